import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'percent-mismatch';

describe('percent-mismatch: a share of what came in, after a time phrase fronted before the statement', () => {
  it('reads "Trong quý, <subject> tiếp nhận N …, đã … M …, đạt P%" as M/N', async () => {
    // Hand-checked: 30/36 = 83,3%, not 88,3%.
    await expectFindings(RULE, 'Trong quý, Phòng Tài chính tiếp nhận 36 hồ sơ quyết toán của các xã, đã thẩm tra 30 hồ sơ, đạt 88,3%.', [{ messageId: 'percentMismatch', data: { stated: 88.3, num: 30, den: 36 } }]);
    // Hand-checked: 45/52 = 86,5%, not 68,5%.
    await expectFindings(RULE, 'Từ đầu năm đến nay, Trung tâm Y tế tiếp nhận 52 ca bệnh sốt xuất huyết, đã điều trị khỏi 45 ca, đạt 68,5%.', [{ messageId: 'percentMismatch', data: { stated: 68.5, num: 45, den: 52 } }]);
    // Hand-checked: 112/140 = 80%, not 70%.
    await expectFindings(RULE, 'Trong vụ Đông Xuân, Trạm Khuyến nông tiếp nhận 140 hồ sơ đề nghị hỗ trợ giống, đã giải quyết 112 hồ sơ, đạt 70%.', [{ messageId: 'percentMismatch', data: { stated: 70, num: 112, den: 140 } }]);
  });

  it('stays silent when the share agrees', async () => {
    await expectNone(RULE, 'Trong quý, Phòng Tài chính tiếp nhận 36 hồ sơ quyết toán của các xã, đã thẩm tra 30 hồ sơ, đạt 83,3%.');
  });
});
