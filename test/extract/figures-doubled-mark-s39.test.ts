import { describe, expect, it } from 'vitest';
import { readPassage } from '../../src/extract/read-figures.js';
import { dropOnSlips } from '../../src/rules/run.js';
import type { Figure, Finding } from '../../src/model/index.js';

// Session 39: a number with one doubled mark ("7,,3 km") is read with the mark said once (7,3), flagged as a slip so that only
// garbled-number speaks of it. Sentences written for this test.
const read = (text: string, style: 'vi' | 'en' = 'vi') =>
  readPassage(text, { atBlockStart: true, style }).figures.map((f) => [f.kind, f.value, f.unit, f.slip ?? false]);

describe('a figure written with a doubled mark', () => {
  it('reads the number with the mark said once, marked as a slip', () => {
    expect(read('Xã đã nạo vét 7,,3 km mương tiêu và trồng 450 cây xanh.')).toEqual([
      ['decimal', 7.3, 'km', true], ['count', 450, 'cây xanh', false],
    ]);
    expect(read('Tỷ lệ hộ dùng nước sạch đạt 87,,25%.')).toEqual([['percent', 87.25, '%', true]]);
    expect(read('Dư nợ cho vay hộ nghèo 26,,4 tỷ đồng.')).toEqual([['money', 26_400_000_000, 'đồng', true]]);
    expect(read('Thu phí chợ được 3.418,,5 nghìn đồng.')).toEqual([['money', 3_418_500, 'đồng', true]]);
    expect(read('The road was widened by 6..25 km.', 'en').slice(0, 1)).toEqual([['decimal', 6.25, 'km', true]]);
  });

  it('leaves unread a number with two doubled marks, and reads a clean one as no slip', () => {
    expect(read('Đã nạo vét 4,,2,,6 km mương.')).toEqual([]);
    expect(read('Đã nạo vét 4,26 km mương.')).toEqual([['decimal', 4.26, 'km', false]]);
  });

  it('reads no doubled mark inside a table cell', () => {
    expect(readPassage('7,,3', { atBlockStart: true, inCell: true }).figures).toEqual([]);
  });
});

describe('findings resting on a slip', () => {
  const span = (start: number, end: number) => ({ start, end, line: 1, page: null });
  const figure = (start: number, end: number, slip: boolean) => ({ span: span(start, end), ...(slip ? { slip: true } : {}) }) as unknown as Figure;
  const finding = (rule: string, ...spans: Array<[number, number]>) => ({ rule, evidence: spans.map(([a, b]) => ({ span: span(a, b) })) }) as unknown as Finding;

  it('keeps garbled-number\'s finding and drops another rule\'s that points at the slip', () => {
    const figures = [figure(10, 16, true), figure(30, 34, false)];
    const garbled = finding('garbled-number', [10, 19]);
    const percent = finding('percent-mismatch', [30, 34], [12, 16]);
    const sum = finding('parts-sum-mismatch', [30, 34], [40, 44]);
    expect(dropOnSlips([garbled, percent, sum], figures)).toEqual([garbled, sum]);
  });

  it('keeps a finding whose evidence only holds the slip inside a longer passage (a list item)', () => {
    const list = finding('list-count-mismatch', [2, 40]);
    expect(dropOnSlips([list], [figure(10, 16, true)])).toEqual([list]);
  });

  it('keeps every finding when no figure is a slip', () => {
    const all = [finding('percent-mismatch', [10, 16])];
    expect(dropOnSlips(all, [figure(10, 16, false)])).toEqual(all);
  });
});
