import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// A count in its own brackets right after a comparison ("so với năm 2019 (02 làng nghề)") is the earlier value, not the
// count of the names after it (src/extract/claims-lists.ts, PRIOR_BRACKET).
const RULE = 'list-count-mismatch';
const report = (line: string) => ['BÁO CÁO', '', 'I. KẾT QUẢ', line, 'Các làng nghề duy trì sản xuất ổn định.'].join('\n');

describe('list-count-mismatch: a bracketed earlier value before a list', () => {
  it('does not read the earlier value in brackets as the count of the list', async () => {
    // Hand-checked: 04 villages now, 02 in 2019; four names follow.
    await expectNone(RULE, report('Đến nay huyện có 04 làng nghề được công nhận, tăng gấp đôi so với năm 2019 (02 làng nghề), gồm: làng mộc Phú Hòa, làng gốm Tân An, làng chiếu Bình Lộc, làng rèn Hà Tây.'));
    await expectNone(RULE, report('Hiện có 05 hợp tác xã kiểu mới, nhiều hơn cùng kỳ (03 hợp tác xã), gồm: HTX Đông Phú, HTX Tây Phú, HTX Nam Phú, HTX Bắc Phú, HTX Trung Phú.'));
  });

  it('still reads a count alone in its brackets with no comparison before it', async () => {
    // Hand-checked: "(03 thôn)" announces the list; four names follow.
    await expectFindings(RULE, report('Các thôn đạt chuẩn văn hóa (03 thôn) gồm: Phú Hòa, Tân An, Bình Lộc, Hà Tây.'), [
      { messageId: 'listCountMismatch', data: { count: 3, listed: 4 } },
    ]);
  });
});
