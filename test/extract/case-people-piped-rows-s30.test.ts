import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures.js';
import { findUnit } from '../../src/extract/labels.js';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';
import { findingsOf } from '../rules/audit-helper.js';
import { snippetSource } from './seed-blocks.js';

// Session 30 (h160). Sentences and rows written for this test, other topics and numbers than the fixture.

const figuresOf = (line: string) => {
  const source = snippetSource(line);
  return extractFigures(source, source.blocks.map(() => 0)).figures;
};

describe('people of a criminal case ("bị can", "bị cáo", "bị hại") are one noun though "bị" alone is a function word', () => {
  it('reads the two words as the unit after a number', () => {
    const text = 'truy tố 07 bị cáo về tội trộm cắp';
    expect(findUnit(text, text.indexOf('07') + 2)?.unit).toBe('bị cáo');
    const other = 'có 3 bị hại được bồi thường';
    expect(findUnit(other, other.indexOf('3') + 1)?.unit).toBe('bị hại');
    // "bị" opening a passive clause is still no unit: "12 hộ bị ngập" has "hộ", "5 bị xử phạt" none.
    const passive = 'có 5 bị xử phạt';
    expect(findUnit(passive, passive.indexOf('5') + 1)).toBeNull();
  });

  it('reads "N vụ/M bị can" as two counts, cases and the accused in them, never the fraction N/M', () => {
    const figs = figuresOf('Chuyển Viện kiểm sát truy tố 05 vụ/13 bị can, đạt 62,5% số vụ đã điều tra.');
    expect(figs.some((f) => f.kind === 'fraction')).toBe(false);
    const cases = figs.find((f) => f.raw.startsWith('05'));
    expect(cases?.value).toBe(5);
    expect(cases?.unit).toBe('vụ');
    expect(figs.find((f) => f.raw === '13')?.unit).toBe('bị can');
  });

  it('lets percent-mismatch leave the percent alone (5/13 = 38,5%, yet 62,5% is of the cases investigated)', async () => {
    const text = 'BÁO CÁO\nI. KẾT QUẢ\n1. Điều tra, truy tố\n'
      + '- Cơ quan điều tra thụ lý 08 vụ trộm cắp tài sản. Chuyển Viện kiểm sát truy tố 05 vụ/13 bị can, đạt 62,5% số vụ thụ lý.\n';
    expect(await findingsOf('percent-mismatch', text)).toEqual([]);
  });
});

describe('a table written as text with "|" between cells: the first cell\'s row number is no figure', () => {
  const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: true }).map(([a, b]) => text.slice(a, b).trim());

  it('excludes the row number before a cell of words', () => {
    expect(excluded('| 12 | Trường Tiểu học Tân Hiệp | 540 | 38 | 14,2 |')).toEqual(['| 12']);
    expect(excluded('| 2.3 | Thu tiền sử dụng đất | 1 250 | 980 |')).toEqual(['| 2.3']);
  });

  it('keeps the first cell when no cell of words follows it, or when it is empty', () => {
    expect(excluded('| 2023 | 415 | 390 |')).toEqual([]);
    expect(excluded('| | Tổng cộng | 96 | 71 |')).toEqual([]);
  });

  it('reads the row\'s amounts and not its number', () => {
    const figs = figuresOf('| 9 | Thôn Bình An | 27 | 4 |');
    expect(figs.map((f) => f.value)).toEqual([27, 4]);
  });
});
