import { describe, expect, it } from 'vitest';
import type { DocumentOut } from '../../src/model/index.js';
import { scoreReading, type Gold } from '../../src/report/score.js';

// Session 34: a quote may open with the range word right before a range's high end ("đến 45.000 đồng/kg" of "từ 38.000
// đồng đến 45.000 đồng/kg"); it is answered by the high end's value, as a quote opening at the high end itself.
const text = 'Giá thu mua chè búp tươi từ 38.000 đồng đến 45.000 đồng/kg, giá lúa 7.000 - 8.200 đồng/kg.';
const fig = (raw: string, value: number, high: number) => ({
  raw, kind: 'range' as const, value, high, numerator: null, denominator: null, percent: null, unit: null, label: null, line: 1, page: null,
  block: 0, from: text.indexOf(raw), to: text.indexOf(raw) + raw.length, snippet: text,
});
const doc: DocumentOut = {
  source: 'x.txt', format: 'txt', sha256: null, encoding: null, meta: null, sections: [], passages: [{ block: 0, text, line: 1, page: null }],
  figures: [fig('38.000 đồng đến 45.000 đồng', 38000, 45000), fig('7.000 - 8.200', 7000, 8200)], indicators: [], findings: [], error: null,
};
const gold = (figures: Gold['figures']): Gold => ({ report: 'x', errors: [], mustNotFlag: [], figures });

describe('scoreReading: a quote opening with the range word before the high end', () => {
  it('is answered by the high end, and only by its value', () => {
    const r = scoreReading(doc, gold([
      { quote: 'đến 45.000 đồng/kg', value: 45000 },
      { quote: 'từ 38.000 đồng', value: 38000 },
      { quote: 'đến 45.000 đồng/kg', value: 38000 }, // the low end's value answers no quote of the high end
      { quote: '- 8.200 đồng/kg', value: 8200 }, // a dash is no range word
    ]))!;
    expect(r.figuresRight).toBe(2);
    expect(r.misses.map((m) => m.split(':')[0])).toEqual(['figure đến 45.000 đồng/kg = 38000', 'figure - 8.200 đồng/kg = 8200']);
  });
});
