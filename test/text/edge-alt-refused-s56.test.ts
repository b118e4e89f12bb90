import { describe, expect, it } from 'vitest';
import { alt, edgeAlt, wordsRe, INFLOW_WORDS, RECEIPT_WORDS, SPENDING_WORDS } from '../../src/text/lexicon.js';

// The plain form edgeAlt stands for: the words, none right after a letter, each refused word's test in front of it.
const plain = (words: readonly string[], flags: string) => new RegExp(`(?<![\\p{L}])(?:${alt(words)})(?![\\p{L}])`, flags);
const matches = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))].map((m) => `${m.index}:${m[0]}`);

describe('edgeAlt with words refused after some words ("thu" after "doanh")', () => {
  // Other topics than any fixture: budget, agriculture, trade, health, education; refusing words before the cue and not.
  const sentences = [
    'Tổng thu ngân sách xã ước đạt 4.215 triệu đồng; doanh thu dịch vụ 820 triệu đồng, nghiệm thu 3 công trình.',
    'Vụ hè thu gieo cấy 1.240 ha, mùa thu năm nay bội thu; thất thu thuế 12 triệu, truy thu 35 triệu đồng.',
    'Giá trị xuất khẩu đạt 12 triệu USD, sản xuất 4.100 tấn; nhập khẩu 3 lô hàng, thu nhập bình quân 58 triệu.',
    'Trạm y tế xử lý dứt điểm 14 trường hợp, 6 xã trọng điểm, kiểm điểm 02 tập thể; điểm trường 4 có 120 học sinh.',
    'Lập biên bản 03 cơ sở, văn bản số 12, cơ bản hoàn thành; bản Nà Hẩu có 46 hộ.',
    'doanh  thu 5 tỷ (hai dấu cách); Thu được 12 triệu; THU 4 triệu; thu',
    '',
  ];

  it('finds what the plain pattern finds, with and without the i flag', () => {
    const lists = [['thu', 'thu được', 'chi'], ['xuất', 'nhập', 'điểm', 'bản', 'kiểm tra'], [...INFLOW_WORDS, ...RECEIPT_WORDS], SPENDING_WORDS];
    for (const words of lists)
      for (const flags of ['u', 'iu'])
        for (const s of sentences) expect(matches(wordsRe(words, flags), s)).toEqual(matches(plain(words, flags), s));
  });

  it('keeps the fast form for a list holding a refused word', () => {
    // "thu" refused after "doanh", "nghiệm", …: tested after its first character, looking back over it.
    const re = edgeAlt(['thu', 'tăng']);
    expect(re.startsWith('(?<!')).toBe(false);
    expect(re).toContain('t(?<![\\p{L}][\\s\\S])(?:');
    // "doanh thu 820 triệu" is no receipt; "thu ngân sách 4.215 triệu" is one (index 5 of the first sentence).
    expect(matches(wordsRe(['thu']), sentences[0])).toEqual(['5:thu']);
  });
});
