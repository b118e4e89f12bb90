import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "Trong số N …, có M …" makes M a part of N: a table row elsewhere at N, whose label reads like the part's name (a union
// label "A, đặc biệt A" holds the part's words), restates the part's own whole, not the part at another value.
// Values checked by hand: each row's value is the whole stated in the sentence, never the part.
const RULE = 'repeated-value-conflict';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';
const pairs = async (text: string) => (await findingsOf(RULE, text)).map((f) => [f.data.value, f.data.other].sort());

describe('repeated-value-conflict: a part is never held against a restatement of its own whole', () => {
  it('children: 57 of the 213 in hard circumstances are in especially hard ones; the row "khó khăn, đặc biệt khó khăn" is 213', async () => {
    const text = report(
      'I. KẾT QUẢ',
      'Bảng 1. Trẻ em được hỗ trợ năm 2024',
      'TT\tNhóm trẻ em\tSố trẻ em',
      '1\tTrẻ em có hoàn cảnh khó khăn, đặc biệt khó khăn\t213',
      '2\tTrẻ em khuyết tật\t64',
      '\tTổng cộng\t277',
      'Công tác chăm sóc trẻ em được quan tâm thường xuyên.',
      'II. ĐÁNH GIÁ',
      'Trong số 213 trẻ em được hỗ trợ, có 57 trẻ em có hoàn cảnh đặc biệt khó khăn.',
    );
    expect(await pairs(text)).toEqual([]);
  });

  it('enterprises: 52 of the 86 firms supported are micro firms; the row "Doanh nghiệp nhỏ, siêu nhỏ" is 86', async () => {
    const text = report(
      'I. KẾT QUẢ',
      'Bảng 1. Doanh nghiệp được hỗ trợ năm 2024',
      'TT\tLoại hình\tSố doanh nghiệp',
      '1\tDoanh nghiệp nhỏ, siêu nhỏ\t86',
      '2\tDoanh nghiệp vừa\t19',
      '\tTổng cộng\t105',
      'Các thủ tục hỗ trợ được giải quyết đúng hạn.',
      'II. ĐÁNH GIÁ',
      'Trong số 86 doanh nghiệp được hỗ trợ, có 52 doanh nghiệp siêu nhỏ.',
    );
    expect(await pairs(text)).toEqual([]);
  });

  it('poverty: 215 of the 640 borrowing households are near-poor; the row "Hộ nghèo, hộ cận nghèo" is 640', async () => {
    const text = report(
      'I. KẾT QUẢ',
      'Bảng 1. Cho vay ưu đãi năm 2024',
      'TT\tĐối tượng\tSố hộ',
      '1\tHộ nghèo, hộ cận nghèo\t640',
      '2\tHộ mới thoát nghèo\t122',
      '\tTổng cộng\t762',
      'Nguồn vốn được giải ngân đúng đối tượng.',
      'II. ĐÁNH GIÁ',
      'Trong số 640 hộ được vay vốn, có 215 hộ cận nghèo.',
    );
    expect(await pairs(text)).toEqual([]);
  });

  it('still holds a part restated at another value that is not its whole: 215 against 251', async () => {
    const text = report(
      'I. KẾT QUẢ',
      'Bảng 1. Cho vay ưu đãi năm 2024',
      'TT\tĐối tượng\tSố hộ',
      '1\tHộ cận nghèo\t251',
      '2\tHộ mới thoát nghèo\t122',
      '\tTổng cộng\t373',
      'Nguồn vốn được giải ngân đúng đối tượng.',
      'II. ĐÁNH GIÁ',
      'Trong số 640 hộ được vay vốn, có 215 hộ cận nghèo.',
    );
    expect(await pairs(text)).toEqual([['215', '251']]);
  });
});
