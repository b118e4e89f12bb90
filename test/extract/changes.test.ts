import { describe, expect, test } from 'vitest';
import { extractFigures } from '../../src/extract/figures.js';
import { snippetSource } from './seed-blocks.js';

const figuresOf = (text: string) => {
  const source = snippetSource(text);
  return extractFigures(source, source.blocks.map(() => 0)).figures;
};
const first = (text: string) => figuresOf(text)[0];

describe('change figures: the verb signs the change, the value stays as written', () => {
  test.each([
    ['Số vụ tai nạn giảm 5% so với cùng kỳ.', 5, -5, 'giảm'],
    ['Tỷ lệ hộ nghèo giảm 5 điểm phần trăm so với năm trước.', 5, -5, 'giảm'],
    ['Thu ngân sách tăng 12% so với cùng kỳ.', 12, 12, 'tăng'],
    ['Tai nạn giao thông giảm 5 vụ so với cùng kỳ.', 5, -5, 'giảm'],
    ['Số hộ kinh doanh tăng thêm 14 hộ.', 14, 14, 'tăng'],
    ['Thu ngân sách vượt 8% kế hoạch.', 8, 8, 'vượt'],
    ['Số hồ sơ Giảm 3,5% so với quý trước.', 3.5, -3.5, 'giảm'],
  ])('%s', (text, value, change, verb) => {
    const f = first(text);
    expect(f.value).toBe(value);
    expect(f.change).toMatchObject({ value: change, verb, hedged: false });
  });

  test('a hedge between verb and number marks the change approximate', () => {
    expect(first('Số vụ giảm khoảng 4% so với cùng kỳ.').change).toEqual({ value: -4, verb: 'giảm', hedged: true });
  });

  test.each([
    'Ra quân tăng cường 5 đội kiểm tra.', // "tăng cường" is another word
    'Hỗ trợ giảm nghèo 50 hộ.', // the verb does not stand right before the number
    'Có 120 hộ nghèo, chiếm 4,5%.',
    'Số trẻ em giảmthiểu 3 trường hợp.',
  ])('no change: %s', (text) => {
    for (const f of figuresOf(text)) expect(f.change ?? null).toBeNull();
  });

  test('only the figure right after the verb is the change', () => {
    const figs = figuresOf('Đạt 1.210 hồ sơ, tăng 18,5% so với năm trước (1.021 hồ sơ).');
    expect(figs.map((f) => f.change?.value ?? null)).toEqual([null, 18.5, null]);
  });

  test('the verb governs a second amount joined by "và" right after the first one\'s unit', () => {
    const figs = figuresOf('Năm nay xảy ra 12 vụ cháy làm 15 người bị thương, giảm 03 vụ và 04 người so với năm trước.');
    expect(figs.map((f) => f.change?.value ?? null)).toEqual([null, null, -3, -4]);
    expect(figuresOf('Số hộ tăng 20 hộ và 35 nhân khẩu.').map((f) => f.change?.value ?? null)).toEqual([20, 35]);
  });

  test.each([
    'Số vụ giảm 03 vụ, trong đó 04 người bị thương.', // a comma, not "và"
    'Số vụ giảm 03 vụ so với cùng kỳ và 04 người bị thương.', // words of its own before "và"
  ])('no shared change: %s', (text) => {
    expect(figuresOf(text).map((f) => f.change?.value ?? null)).toEqual([-3, null]);
  });
});
