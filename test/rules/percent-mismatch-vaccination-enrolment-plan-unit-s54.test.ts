import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// A rate of a plan restated in brackets with its unit, the figure handed over to the rate counting another thing.
const sessions = (rate: string, plan: string) => `Trạm Y tế tổ chức 12 buổi tiêm chủng mở rộng cho 1.450 lượt trẻ, ${rate} (${plan}).`;
const classes = (rate: string) => `Các trường tiểu học tuyển mới 6 lớp với 198 học sinh, ${rate} kế hoạch (7 lớp).`;
const orchards = (rate: string) => `Trồng mới 42,5 ha cây ăn quả cho 86 hộ tham gia, ${rate} kế hoạch (50 ha).`;

describe('percent-mismatch: the amount done of a bracketed plan is the one of the plan\'s unit in the clause (session 54)', () => {
  it('checks the rate against the amount of the plan\'s unit, past a count of another thing', async () => {
    // Hand-checked: 12/16 = 75,0%, not 80,0% (the plan counts sessions, "1.450 lượt trẻ" doses given).
    await expectFindings('percent-mismatch', sessions('đạt 80,0% kế hoạch năm', '16 buổi'), [
      { messageId: 'percentMismatch', data: { stated: 80, num: 12, den: 16, actual: 75 }, quote: '80,0%', at: 'Trạm Y tế tổ chức 12 buổi tiêm chủng mở rộng cho 1.450 lượt trẻ, đạt ' },
    ]);
    // Hand-checked: 6/7 = 85,7%, not 75,0%.
    await expectFindings('percent-mismatch', classes('đạt 75,0%'), [
      { messageId: 'percentMismatch', data: { stated: 75, num: 6, den: 7, actual: 85.7 }, quote: '75,0%' },
    ]);
    // A decimal of the plan's unit: 42,5/50 = 85,0%, not 80,0%.
    await expectFindings('percent-mismatch', orchards('đạt 80,0%'), [
      { messageId: 'percentMismatch', data: { stated: 80, num: 42.5, den: 50, actual: 85 }, quote: '80,0%' },
    ]);
  });

  it('says nothing when the rate fits the amount of the plan\'s unit', async () => {
    await expectNone('percent-mismatch', sessions('đạt 75,0% kế hoạch năm', '16 buổi'));
    await expectNone('percent-mismatch', classes('đạt 85,7%'));
    await expectNone('percent-mismatch', orchards('đạt 85,0%'));
  });

  it('says nothing when the plan counts a thing no amount of the clause counts, or two amounts do', async () => {
    await expectNone('percent-mismatch', sessions('đạt 90% kế hoạch', '20 điểm tiêm'));
    await expectNone('percent-mismatch', 'Trạm Y tế tổ chức 12 buổi tiêm chủng định kỳ và 3 buổi tiêm bổ sung cho 1.450 lượt trẻ, đạt 80,0% kế hoạch (16 buổi).');
  });

  it('says nothing when the bracket is no plan, or a comparison stands between', async () => {
    // A share of the same period a year before.
    await expectNone('percent-mismatch', sessions('bằng 80,0% cùng kỳ', '16 buổi'));
    await expectNone('percent-mismatch', 'Trạm Y tế tổ chức 12 buổi tiêm chủng, tăng 2 buổi so với cùng kỳ, cho 1.450 lượt trẻ, đạt 80% kế hoạch (16 buổi).');
  });
});
