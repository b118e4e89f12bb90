import { describe, expect, test } from 'vitest';
import { extractFigures } from '../../src/extract/figures.js';
import { snippetSource } from './seed-blocks.js';

const valuesOf = (...lines: string[]) => {
  const source = snippetSource(...lines);
  return extractFigures(source, source.blocks.map(() => 0)).figures.map((f) => f.numerator ?? f.value);
};

describe('numbers that name rather than count (s43)', () => {
  test('a goal of every one of a set ("phấn đấu 12/12 thôn") is no figure; a share reached, or a goal short of all, is', () => {
    expect(valuesOf('Năm 2026 phấn đấu 12/12 thôn có nhà văn hóa đạt chuẩn.')).not.toContain(12);
    expect(valuesOf('Phấn đấu đạt 8/8 tiêu chí trường chuẩn quốc gia.')).toEqual([]);
    expect(valuesOf('Đến nay đã có 10/12 thôn có nhà văn hóa đạt chuẩn.')).toEqual([10]);
    expect(valuesOf('Phấn đấu 11/12 thôn có nhà văn hóa.')).toEqual([11]);
  });

  test('the STT range in brackets of a subtotal row ("Cộng (từ 3 đến 7)") is no figure; the subtotal itself is', () => {
    expect(valuesOf('\tCộng 05 trường (từ 3 đến 7)\t2.145')).not.toContain(3);
    expect(valuesOf('\tCộng 05 trường (từ 3 đến 7)\t2.145')).toContain(2145);
    expect(valuesOf('Mỗi hộ nuôi (từ 3 đến 7 con) lợn nái.')).toContain(3);
  });
});
