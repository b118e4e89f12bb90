import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "N được xét (không xét M …), trong đó A, B": the bracket sets M members apart as not counted, so "trong đó" splits N,
// never M (src/extract/claims-inline.ts closedAside, lexicon LEFT_OUT_OPENERS). Sentences and figures written for this test.
const RULE = 'part-exceeds-whole';
const report = (line: string) => ['BÁO CÁO', 'Kết quả công tác năm 2025', '', 'I. KẾT QUẢ', line].join('\n');

describe('part-exceeds-whole: a bracket leaving members out is not the whole a later "trong đó" splits (s37)', () => {
  it('says nothing when the parts fit the amount before the bracket', async () => {
    await expectNone(RULE, report('Có 265 hộ được phân loại kinh tế (không phân loại 18 hộ mới tách), trong đó hộ khá 140 hộ, hộ trung bình 97 hộ, hộ nghèo 28 hộ.'));
    await expectNone(RULE, report('Đã kiểm tra 430 cơ sở kinh doanh (trừ 25 cơ sở tạm nghỉ), trong đó đạt yêu cầu 402 cơ sở.'));
    await expectNone(RULE, report('Có 580 lao động được tư vấn việc làm (chưa kể 40 lao động tự do), trong đó nữ 310 người.'));
  });

  it('still flags a part larger than the amount before the bracket', async () => {
    await expectFindings(RULE, report('Có 265 hộ được phân loại kinh tế (không phân loại 18 hộ mới tách), trong đó hộ khá 410 hộ, hộ nghèo 28 hộ.'), [
      { messageId: 'partExceedsWhole', data: { part: 410, whole: 265 } },
    ]);
  });

  it('still reads a bracket that restates the amount as the whole', async () => {
    // Look-alike: the bracket is the amount itself (no word leaving members out), so its value bounds the parts.
    await expectFindings(RULE, report('Tổng số hộ được phân loại năm 2025 (265 hộ), trong đó hộ khá 410 hộ.'), [
      { messageId: 'partExceedsWhole', data: { part: 410, whole: 265 } },
    ]);
  });
});
