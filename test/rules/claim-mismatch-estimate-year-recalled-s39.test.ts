import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "Năm N ước <verb> X <value>, tăng/giảm so với năm N-1" against the value of X stated for year N-1 earlier: the estimate's
// word is no word of the subject (src/extract/claims-year-recalled.ts, ESTIMATE_WORDS in the lexicon).
const seen = async (text: string) => (await findingsOf('claim-mismatch', text))
  .filter((f) => f.messageId === 'directionMismatch')
  .map((f) => [f.data.verb, f.data.base, f.data.value]);

const report = (earlier: string, claim: string) => `I. KẾT QUẢ\n${earlier}\nII. NHIỆM VỤ NĂM TỚI\n${claim}\n`;
const EARLIER = 'Năm 2022, toàn tỉnh sản xuất 41.300 tấn chè búp tươi, chủ yếu tại các huyện vùng cao.';

describe('claim-mismatch: a way of change of an estimated value against the earlier year recalled', () => {
  it('flags an estimate claimed to rise that fell below the earlier year', async () => {
    expect(await seen(report(EARLIER, 'Năm 2023 ước sản xuất 38.750 tấn chè búp tươi, tăng so với năm 2022 do mở rộng diện tích.')))
      .toEqual([['tăng', 41300, 38750]]);
  });
  it('stays silent on a true way, another subject or another year', async () => {
    expect(await seen(report(EARLIER, 'Năm 2023 ước sản xuất 44.120 tấn chè búp tươi, tăng so với năm 2022 do mở rộng diện tích.'))).toEqual([]);
    expect(await seen(report(EARLIER, 'Năm 2023 ước sản xuất 38.750 tấn cà phê nhân, tăng so với năm 2022 do mở rộng diện tích.'))).toEqual([]);
    expect(await seen(report(EARLIER, 'Năm 2024 ước sản xuất 38.750 tấn chè búp tươi, tăng so với năm 2023 do mở rộng diện tích.'))).toEqual([]);
    // A hedged estimate ("khoảng") stays unsure.
    expect(await seen(report(EARLIER, 'Năm 2023 ước sản xuất khoảng 38.750 tấn chè búp tươi, tăng so với năm 2022.'))).toEqual([]);
  });
});
