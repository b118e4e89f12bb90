import { describe, expect, it } from 'vitest';
import { readCell } from '../../src/extract/table-cells.js';

// A short cell's reading is kept across documents (table-cells.ts): the same text read again, elsewhere or under
// another grammar, must still get its own range, its own grammar's value, and a cell of its own.
describe('cell readings kept across documents', () => {
  it('locates the same cell text in each block it is read from', () => {
    const first = 'Xã Tân An | 2.140 | 96,5%';
    const second = 'Thôn Bắc | 96,5% | 12';
    const a = readCell('96,5%', { block: 3, from: 18, to: 25 }, first);
    const b = readCell('96,5%', { block: 7, from: 10, to: 17 }, second);
    expect(a).toMatchObject({ kind: 'percent', value: 96.5, decimals: 1, pure: true, at: { block: 3, from: 20, to: 25 } });
    expect(b).toMatchObject({ kind: 'percent', value: 96.5, at: { block: 7, from: 11, to: 16 } });
    expect(readCell('96,5%', null)).toMatchObject({ kind: 'percent', value: 96.5, at: null });
  });
  it('hands out a new cell each time, so changing one changes no later reading', () => {
    const a = readCell('-12,5', null);
    expect(a).toMatchObject({ kind: 'decimal', value: -12.5 });
    a.value = 0;
    a.kind = 'text';
    expect(readCell('-12,5', null)).toMatchObject({ kind: 'decimal', value: -12.5 });
  });
  it('reads the same text by each grammar', () => {
    expect(readCell('1.125', null, undefined, { style: 'vi', sure: true }).value).toBe(1125);
    expect(readCell('1.125', null, undefined, { style: 'en', sure: true }).value).toBe(1.125);
    expect(readCell('1.125', null, undefined, { style: 'vi', sure: false }).kind).toBe('text');
  });
});
