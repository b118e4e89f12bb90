import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "04 tổ dân phố … là tổ dân phố số 3, 6, 8": members named by their numbers under one head noun written once, each number
// one member (src/extract/numbered-run.ts). Sentences written for this test (cultural houses, cameras, classes); every count
// checked by hand.
const RULE = 'list-count-mismatch';

describe('list-count-mismatch: members named by numbers under one head noun (s47)', () => {
  it('reports five villages stated against four numbers listed after "là"', async () => {
    // thôn 2, 4, 7 and 9: four villages, not five.
    await expectFindings(RULE, 'Hiện còn 05 thôn chưa có nhà văn hóa đạt chuẩn là thôn 2, 4, 7 và 9.',
      [{ messageId: 'listCountMismatch', data: { count: 5, listed: 4 } }]);
  });

  it('reads the numbers after "số" too, and a list after "gồm:"', async () => {
    // khu phố số 1 and 3: two, not three.
    await expectFindings(RULE, 'Còn 03 khu phố chưa lắp camera giám sát là khu phố số 1, 3; phường tiếp tục vận động xã hội hóa.',
      [{ messageId: 'listCountMismatch', data: { count: 3, listed: 2 } }]);
    // lớp 6A, 6B, 7A: three classes, not four.
    await expectFindings(RULE, 'Trường có 04 lớp đạt danh hiệu lớp tiên tiến, gồm: lớp 6A, 6B, 7A.',
      [{ messageId: 'listCountMismatch', data: { count: 4, listed: 3 } }]);
  });

  it('stays silent when the numbers listed make the count', async () => {
    await expectNone(RULE, 'Đến nay có 06 (sáu) thôn có nhà văn hóa đạt chuẩn, gồm: thôn 1, 3, 5, 6, 8 và 10.');
    await expectNone(RULE, 'Còn 02 khu phố chưa lắp camera giám sát là khu phố số 1, 3; phường tiếp tục vận động xã hội hóa.');
  });

  it('stays silent for a range, numbers with a unit, a head of another noun, or a number named twice', async () => {
    await expectNone(RULE, 'Có 06 tổ tham gia ra quân là từ tổ 1 đến tổ 5.');
    await expectNone(RULE, 'Năm 2025 có 04 thôn làm đường giao thông, gồm: thôn 3, 5 và 7 km đường trục chính.');
    await expectNone(RULE, 'Còn 04 hộ nghèo chưa được hỗ trợ nhà ở là thôn 2, 5 và 7.');
    await expectNone(RULE, 'Còn 04 thôn chưa đạt chuẩn là thôn 2, 5, 5 và 7.');
  });
});
