import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "06 môn: điền kinh, bơi lội, cờ vua, bóng bàn và đá cầu, chọn 42 học sinh …": a "và" closes the list of kinds; a comma
// piece after it counting other things is the sentence going on, and the list ends before it (src/extract/claims-kinds.ts).
// Sentences written for this test, in another topic; counts checked by hand.
const RULE = 'list-count-mismatch';

describe('list-count-mismatch: lower-case kinds closed by "và", then a clause counting other things (s46)', () => {
  it('reports four fields named against a count of five when a counting clause follows the list', async () => {
    // Named: đất đai; hộ tịch; xây dựng; môi trường = 4, announced 5.
    await expectFindings(RULE, 'Năm 2025, xã rà soát 05 lĩnh vực: đất đai, hộ tịch, xây dựng và môi trường, cắt giảm 18 thủ tục hành chính không cần thiết.',
      [{ messageId: 'listCountMismatch', data: { count: 5, listed: 4 } }]);
  });

  it('stays silent when the kinds before the clause match the count', async () => {
    await expectNone(RULE, 'Năm 2025, xã rà soát 04 lĩnh vực: đất đai, hộ tịch, xây dựng và môi trường, cắt giảm 18 thủ tục hành chính không cần thiết.');
  });

  it('stays silent when the first piece holds the only "và": it may be one kind, the list going on', async () => {
    // "tuyên truyền và vận động" may be one kind; nothing closes the list before the counting piece, so nothing is read.
    await expectNone(RULE, 'Tổ công tác triển khai 03 nội dung: tuyên truyền và vận động, hướng dẫn 120 hộ cài đặt ứng dụng.');
  });

  it('stays silent when the piece after the list counts the same noun (it may be one more kind)', async () => {
    await expectNone(RULE, 'Trường dạy 05 môn: toán, văn và tiếng Anh, 02 môn tự chọn theo nhu cầu.');
  });
});
