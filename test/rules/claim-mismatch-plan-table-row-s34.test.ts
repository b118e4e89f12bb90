import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const targets = async (text: string) =>
  (await findingsOf('claim-mismatch', text)).filter((f) => f.messageId === 'targetMismatch').map((f) => [f.data.claim, f.data.value, f.data.target]);

// "Công tác X vượt kế hoạch" with no figure, right under a table of plans and results whose one row names X.
describe('claim-mismatch: a figure-less plan claim against the row of the table above it (s34)', () => {
  const report = (done: string, claim: string, header = 'Kế hoạch năm') =>
    'II. KẾT QUẢ THỰC HIỆN CHỈ TIÊU\n'
    + `| STT | Chỉ tiêu | ĐVT | ${header} | Thực hiện | Tỷ lệ (%) |\n|---|---|---|---|---|---|\n`
    + '| 1 | Tiêm chủng mở rộng cho trẻ | trẻ | 420 | 431 | 102,62 |\n'
    + `| 2 | Khám sàng lọc người cao tuổi | người | 900 | ${done} | 95,00 |\n`
    + '| 3 | Truyền thông giáo dục sức khỏe | buổi | 24 | 26 | 108,33 |\n\n'
    + `Nhìn chung, ${claim}; các chỉ tiêu còn lại cơ bản đạt.\n`
    + 'III. NHIỆM VỤ NĂM TỚI\nTiếp tục duy trì tiêm chủng.\n';

  it('flags a claim to pass the plan the row shows missed', async () => {
    // 855 of 900 planned: below the plan.
    expect(await targets(report('855', 'công tác khám sàng lọc người cao tuổi vượt kế hoạch đề ra'))).toEqual([['vượt kế hoạch', 855, 900]]);
  });

  it('says nothing when the row passes the plan, the subject names no single row, or the plan is of another period', async () => {
    expect(await targets(report('945', 'công tác khám sàng lọc người cao tuổi vượt kế hoạch đề ra'))).toEqual([]);
    // "khám bệnh" names no row word for word.
    expect(await targets(report('855', 'công tác khám bệnh ban đầu vượt kế hoạch đề ra'))).toEqual([]);
    // The claim's plan is of a quarter, the table's of the year.
    expect(await targets(report('855', 'công tác khám sàng lọc người cao tuổi vượt kế hoạch quý'))).toEqual([]);
    // A partial word ("cơ bản") leaves the claim unread.
    expect(await targets(report('855', 'công tác khám sàng lọc người cao tuổi cơ bản đạt kế hoạch đề ra'))).toEqual([]);
  });
});
