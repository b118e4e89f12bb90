import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// A percent in brackets after "tiếp đến là …" ranks what its statement's head names ("… đều vượt dự toán, cao nhất là …"):
// growth over a plan, no share (src/extract/rate-context.ts rankHead, lexicon RANK_ITEM_OPENERS). A fraction in the next
// sentence of the paragraph is no part/whole beside the percent (src/rules/percent-out-of-range.ts sentenceFractions).
// Sentences written for this test.
const RULE = 'percent-out-of-range';
const report = (line: string) => ['BÁO CÁO', 'Kết quả thu, chi ngân sách năm 2025', '', 'I. KẾT QUẢ', line].join('\n');

describe('percent-out-of-range: a ranking of growth, a fraction of another sentence (s38)', () => {
  it('says nothing of the items of a ranking whose head names a plan exceeded', async () => {
    await expectNone(RULE, report('Các khoản thu ngân sách xã đều vượt dự toán, cao nhất là thu tiền sử dụng đất (142,5%), tiếp đến là thu phí được để lại (118,2%).'));
  });

  it('says nothing of a percent whose only fraction stands in the next sentence', async () => {
    await expectNone(RULE, report('Sản lượng cá nuôi của các hợp tác xã đều cao, xếp đầu là hợp tác xã Bình Minh (112,4%). Khó khăn: 12/40 ao nuôi chưa có máy sục khí.'));
  });

  it('still flags a percent over 100 beside a fraction of its own sentence', async () => {
    await expectFindings(RULE, report('Khó khăn: 12/40 ao nuôi có máy sục khí (130%), số còn lại chưa có.'), [
      { messageId: 'percentOverWhole', data: { stated: '130' } },
    ]);
  });

  it('still flags a ranked share when the head names a share, no plan', async () => {
    await expectFindings(RULE, report('Tỷ lệ trẻ em được tiêm chủng đầy đủ ở các xã đều cao, cao nhất là số trẻ được tiêm tại xã Hòa Bình (104,5%).'), [
      { messageId: 'percentOverWhole', data: { stated: '104,5' } },
    ]);
  });
});
