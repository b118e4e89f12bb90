import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'percent-mismatch';

// Written for this test; every ratio checked by hand.
describe('percent-mismatch: a total broken down in brackets, then what was done of it by a cut-off day (s128)', () => {
  it('reads "Tổng … X (a A, b B, c C); đến ngày d đã … Y, đạt P%" as Y/X when the bracket adds up to X', async () => {
    // 1.000 + 500 + 300 = 1.800 = the total; 1.530/1.800 = 85,0%, not 88,0%.
    await expectFindings(RULE, '– Tổng vốn hỗ trợ trồng rừng được giao 1.800 triệu đồng (vốn tỉnh 1.000 triệu đồng, vốn huyện 500 triệu đồng, vốn doanh nghiệp 300 triệu đồng); đến ngày 30/11/2025 đã giải ngân 1.530 triệu đồng, đạt 88,0%.',
      [{ messageId: 'percentMismatch', data: { stated: 88, num: 1_530_000_000, den: 1_800_000_000 } }]);
    // No bracket, the cut-off day alone: 360/480 = 75,0%, not 78,0%.
    await expectFindings(RULE, 'Tổng kinh phí nạo vét kênh mương được phân bổ 480 triệu đồng; đến ngày 15/12/2025 đã thanh toán 360 triệu đồng, đạt 78,0%.',
      [{ messageId: 'percentMismatch', data: { stated: 78, num: 360_000_000, den: 480_000_000 } }]);
  });

  it('stays silent when the share agrees, or when the bracket is one piece of the total the rate may be of', async () => {
    await expectNone(RULE, '– Tổng vốn hỗ trợ trồng rừng được giao 1.800 triệu đồng (vốn tỉnh 1.000 triệu đồng, vốn huyện 500 triệu đồng, vốn doanh nghiệp 300 triệu đồng); đến ngày 30/11/2025 đã giải ngân 1.530 triệu đồng, đạt 85,0%.');
    // "(trong đó vốn tỉnh 1.000 triệu đồng)": 1.000/1.000 = 100% may be the share of the province's money.
    await expectNone(RULE, '– Tổng vốn hỗ trợ trồng rừng được giao 1.800 triệu đồng (trong đó vốn tỉnh 1.000 triệu đồng); đã giải ngân 1.000 triệu đồng, đạt 100%.');
    // Two amounts in brackets that do not add up to the total: not read as its breakdown.
    await expectNone(RULE, '– Tổng vốn hỗ trợ trồng rừng được giao 1.800 triệu đồng (vốn tỉnh 1.000 triệu đồng, vốn huyện 500 triệu đồng); đã giải ngân 1.000 triệu đồng, đạt 100%.');
  });
});

describe('percent-mismatch: a plan for the year, then what part of the year did of it (s128)', () => {
  it('reads "kế hoạch năm X, 6 tháng thu được Y, đạt P%" as Y/X', async () => {
    // 410/950 = 43,2%, not 48,2%.
    await expectFindings(RULE, '– Thu phí dịch vụ thủy lợi: kế hoạch năm 950 triệu đồng, 6 tháng đầu năm thu được 410 triệu đồng, đạt 48,2%.',
      [{ messageId: 'percentMismatch', data: { stated: 48.2, num: 410_000_000, den: 950_000_000 } }]);
    // 150/600 = 25,0%, not 20,0%.
    await expectFindings(RULE, '– Trồng rừng thay thế: kế hoạch năm 600 ha, quý III trồng được 150 ha, đạt 20,0%.',
      [{ messageId: 'percentMismatch', data: { stated: 20, num: 150, den: 600 } }]);
  });
  it('stays silent when the share agrees', async () => {
    await expectNone(RULE, '– Thu phí dịch vụ thủy lợi: kế hoạch năm 950 triệu đồng, 6 tháng đầu năm thu được 410 triệu đồng, đạt 43,2%.');
  });
});
