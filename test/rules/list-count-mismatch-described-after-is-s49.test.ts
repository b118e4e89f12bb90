import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// A bare "là" after a count tells what the counted things are, not which, when the count is each thing's own ("mỗi lớp có
// 02 cán sự là …") or when lower-case words around a numbered name open the list and bare numbers of that classifier follow
// ("… là hội viên thôn 3, thôn 5, thôn 7"): nothing is counted (src/extract/claims-lists.ts, describedAfterIs). Sentences
// written for this test (schools, agriculture, health); names counted by hand.
const RULE = 'list-count-mismatch';

describe('list-count-mismatch: a description after a bare "là" is no list (s49)', () => {
  it('stays silent on a count each thing holds, a description after "là"', async () => {
    await expectNone(RULE, 'Mỗi lớp có 02 cán sự là học sinh tổ 1, tổ 2, tổ 3.');
    await expectNone(RULE, 'Mỗi thôn có 01 cán bộ khuyến nông là thành viên tổ 1, tổ 2.');
    await expectNone(RULE, 'Mỗi xã có 02 cán bộ phụ trách là Nguyễn Văn An, Lê Thị Bình, Trần Văn Cường.');
    await expectNone(RULE, 'Mỗi tổ có 02 thành viên là cán bộ xã, công an viên.');
  });

  it('stays silent on persons described by the numbered places or grades they come from', async () => {
    await expectNone(RULE, 'Trạm y tế có 02 cộng tác viên là hội viên thôn 3, thôn 5, thôn 7.');
    await expectNone(RULE, 'Xã có 02 tổ trưởng là học sinh lớp 4, lớp 5, lớp 6.');
  });

  it('still counts names after a colon under "mỗi", and numbered names of the counted noun after "là"', async () => {
    // Tổ Toán, Tổ Văn: two groups, not three.
    await expectFindings(RULE, 'Mỗi trường có 03 tổ chuyên môn: Tổ Toán, Tổ Văn.',
      [{ messageId: 'listCountMismatch', data: { count: 3, listed: 2, items: 'Tổ Toán; Tổ Văn' }, quote: '03', at: 'Mỗi trường có ' }]);
    await expectNone(RULE, 'Mỗi trường có 02 tổ chuyên môn: Tổ Toán, Tổ Văn.');
    // thôn 3, thôn 5: two hamlets, not three.
    await expectFindings(RULE, 'Xã có 03 thôn là thôn 3, thôn 5.',
      [{ messageId: 'listCountMismatch', data: { count: 3, listed: 2 }, quote: '03', at: 'Xã có ' }]);
  });
});
