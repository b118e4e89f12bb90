import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'list-count-mismatch';
const report = (intro: string, bullets: string[]) => ['BÁO CÁO', '', 'I. KẾT QUẢ', intro, ...bullets.map((b) => `- ${b};`), 'Các đơn vị đã khắc phục xong.'].join('\n');

describe('list-count-mismatch: bullets under a count of the main ones, and under a count of groups', () => {
  it('counts the bullets under "<count> <noun> chủ yếu, gồm:"', async () => {
    // Hand-checked: 04 announced, 3 bullets.
    await expectFindings(RULE, report('Qua kiểm tra, đoàn chỉ ra 04 hạn chế chủ yếu, gồm:', ['Chậm cập nhật sổ sách', 'Thiếu chứng từ gốc', 'Lưu trữ hồ sơ chưa khoa học']), [
      { messageId: 'listCountMismatch', data: { count: 4, listed: 3 } },
    ]);
  });

  it('takes each bullet under a count of groups as one group, commas inside it', async () => {
    // Hand-checked: 06 groups announced, 4 bullets; a comma inside a bullet joins one group's members.
    await expectFindings(RULE, report('Đoàn kiểm tra phát hiện 06 nhóm vi phạm, gồm:', ['Thu sai, thu vượt mức quy định', 'Chi không đúng đối tượng', 'Mua sắm không qua đấu thầu', 'Quyết toán chậm, thiếu hồ sơ']), [
      { messageId: 'listCountMismatch', data: { count: 6, listed: 4 } },
    ]);
    await expectNone(RULE, report('Đoàn kiểm tra phát hiện 04 nhóm vi phạm, gồm:', ['Thu sai, thu vượt mức quy định', 'Chi không đúng đối tượng', 'Mua sắm không qua đấu thầu', 'Quyết toán chậm, thiếu hồ sơ']));
  });

  it('leaves fewer bullets alone when a bullet may name two of the things counted', async () => {
    await expectNone(RULE, report('Đoàn kiểm tra phát hiện 06 sai phạm, gồm:', ['Thu sai, thu vượt mức quy định', 'Chi không đúng đối tượng', 'Mua sắm không qua đấu thầu', 'Quyết toán chậm, thiếu hồ sơ']));
  });
});
