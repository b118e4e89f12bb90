import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { labelTokens, tokensInOrder } from '../../src/extract/similarity.js';

// A name refines another only when it keeps the other's words in their order: the same syllables reordered are other
// Vietnamese words ("nghề nông nghiệp" is a trade, "lao động nông nghiệp" a kind of worker). Values checked by hand.
const RULE = 'repeated-value-conflict';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';
const pairs = async (text: string) => (await findingsOf(RULE, text)).map((f) => [f.data.value, f.data.other].sort());

describe('repeated-value-conflict: a refinement keeps the shorter name\'s word order', () => {
  it('holds farm workers trained in any trade apart from workers trained in a farming trade', async () => {
    const text = report(
      'I. KẾT QUẢ', '- Lao động nông nghiệp được đào tạo nghề ngắn hạn: 412/450 người, đạt 91,6%.',
      'Công tác tư vấn việc làm được duy trì thường xuyên.',
      'II. ĐÁNH GIÁ', '- Lao động được đào tạo nghề nông nghiệp: 96/120 người, đạt 80,0%.',
    );
    expect(await pairs(text)).toEqual([]);
  });

  it('holds a village\'s cultural house apart from the villages\' cultural families', async () => {
    const text = report(
      'I. KẾT QUẢ', '- Thôn có nhà văn hóa đạt chuẩn gia đình: 14/16 thôn, đạt 87,5%.',
      'Phong trào thể thao quần chúng phát triển.',
      'II. ĐÁNH GIÁ', '- Thôn có gia đình văn hóa đạt chuẩn: 11/16 thôn, đạt 68,8%.',
    );
    expect(await pairs(text)).toEqual([]);
  });

  it('still reads a name refined by added words in the same order as one quantity: 412/450 against 421/450', async () => {
    const text = report(
      'I. KẾT QUẢ', '- Lao động nông nghiệp được đào tạo nghề: 412/450 người, đạt 91,6%.',
      'Công tác tư vấn việc làm được duy trì thường xuyên.',
      'II. ĐÁNH GIÁ', '- Lao động nông nghiệp được đào tạo nghề các loại: 421/450 người, đạt 93,6%.',
    );
    expect(await pairs(text)).toEqual([['412/450', '421/450']]);
  });

  it('still reads the villages\' cultural families refined in order as one quantity: 11/16 against 13/16', async () => {
    const text = report(
      'I. KẾT QUẢ', '- Thôn có gia đình văn hóa đạt chuẩn: 11/16 thôn, đạt 68,8%.',
      'Phong trào thể thao quần chúng phát triển.',
      'II. ĐÁNH GIÁ', '- Thôn có gia đình văn hóa đạt chuẩn các năm: 13/16 thôn, đạt 81,3%.',
    );
    expect(await pairs(text)).toEqual([['11/16', '13/16']]);
  });

  it('reads order from the words both names share, a word repeated on the shorter side only telling none', () => {
    const inOrder = (a: string, b: string) => tokensInOrder(labelTokens(a), labelTokens(b));
    expect(inOrder('lao động được đào tạo nghề nông nghiệp', 'lao động nông nghiệp được đào tạo nghề ngắn hạn')).toBe(false);
    expect(inOrder('lao động nông nghiệp được đào tạo nghề', 'lao động nông nghiệp được đào tạo nghề các loại')).toBe(true);
    // "xe … các xe được đăng kiểm": the second "xe" has no match in the longer name, which keeps the order of the rest.
    expect(inOrder('xe (bảo đảm các xe được đăng kiểm)', 'tổng số xe được đăng kiểm định kỳ')).toBe(true);
  });
});
