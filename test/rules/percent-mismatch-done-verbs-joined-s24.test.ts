import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'percent-mismatch';

describe('percent-mismatch: a total, then what was done of it told by two verbs joined by a comma and for whom', () => {
  it('reads "Tổng … là N; đã <verb>, <verb> cho <whom> M, đạt P%" as M/N', async () => {
    // Hand-checked: 1 100/1 250 = 88%, not 80%.
    await expectFindings(RULE, 'Tổng kinh phí được giao 1 250 triệu đồng; đã giải ngân, thanh toán cho các nhà thầu 1 100 triệu đồng, đạt 80%.', [{ messageId: 'percentMismatch', data: { stated: 80, num: 1_100_000_000, den: 1_250_000_000 } }]);
    // Hand-checked: 48/64 = 75%, not 57%.
    await expectFindings(RULE, 'Tổng số hộ thuộc diện hỗ trợ là 64 hộ, đã khảo sát, hỗ trợ xây mới 48 hộ, đạt 57%.', [{ messageId: 'percentMismatch', data: { stated: 57, num: 48, den: 64 } }]);
    // Hand-checked: 156 000/240 000 = 65%, not 56%; thousands grouped by spaces, in "nghìn đồng".
    await expectFindings(RULE, 'Tổng số tiền bị lừa đảo là 240 000 nghìn đồng; đã truy thu, hoàn trả cho người dân 156 000 nghìn đồng, đạt 56%.', [{ messageId: 'percentMismatch', data: { stated: 56, num: 156_000_000, den: 240_000_000 } }]);
  });

  it('stays silent when the share agrees, or is a share of a plan', async () => {
    await expectNone(RULE, 'Tổng số hộ thuộc diện hỗ trợ là 64 hộ, đã khảo sát, hỗ trợ xây mới 48 hộ, đạt 75%.');
    await expectNone(RULE, 'Tổng kinh phí được giao 1 250 triệu đồng; đã giải ngân, thanh toán cho các nhà thầu 1 100 triệu đồng, đạt 80% kế hoạch vốn.');
  });
});
