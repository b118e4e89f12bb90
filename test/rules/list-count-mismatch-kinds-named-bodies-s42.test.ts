import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "gồm 04 thành phần: công chức Văn hóa - Xã hội, Hội Liên hiệp Phụ nữ xã, trưởng các bản": a count of the parts a body is
// made of names kinds of member, and a kind may be a body or a post by its proper name (src/extract/claims-kinds.ts,
// COUNTED_KIND_NOUNS in the lexicon). Pieces cut at every comma are an upper bound: only fewer is reported. Sentences
// written for this test; counts checked by hand.
const RULE = 'list-count-mismatch';
const text = (count: string) => `Tổ kiểm tra liên ngành được thành lập gồm ${count} thành phần: cán bộ Địa chính - Xây dựng, Công an xã, Ban Chỉ huy Quân sự xã, trưởng các thôn có vi phạm.`;

describe('list-count-mismatch: parts of a body named by kind, some by proper names (s42)', () => {
  it('reports four parts named against a count of five', async () => {
    await expectFindings(RULE, text('05'), [{ messageId: 'listCountMismatch', data: { count: 5, listed: 4 } }]);
  });

  it('stays silent when the parts match the count', async () => {
    await expectNone(RULE, text('04'));
  });

  it('stays silent when a comma inside a name cuts more pieces than the count', async () => {
    // "Phòng Văn hóa, Thông tin huyện" is one body cut in two: five pieces, four parts; more pieces say nothing.
    await expectNone(RULE, 'Đoàn kiểm tra gồm 04 thành phần: đại diện Phòng Văn hóa, Thông tin huyện, Công an xã, công chức Văn hóa - Xã hội, trưởng các thôn.');
  });
});
