import { describe, expect, it } from 'vitest';
import type { DocumentOut } from '../../src/model/index.js';
import { scoreReading, type Gold } from '../../src/report/score.js';

// Session 35: a quote may open with the unit words and slash between a fraction's sides ("tấn/96,0 tấn kế hoạch" of
// "102,4 tấn/96,0 tấn kế hoạch"); it is answered by the denominator, as a quote opening at the denominator itself.
const text = 'Sản lượng cá nuôi đạt 102,4 tấn/96,0 tấn kế hoạch; cấp 35/40 hộ nuôi.';
const fig = (raw: string, value: number, numerator: number, denominator: number) => ({
  raw, kind: 'fraction' as const, value, high: null, numerator, denominator, percent: null, unit: null, label: null, line: 1, page: null,
  block: 0, from: text.indexOf(raw), to: text.indexOf(raw) + raw.length, snippet: text,
});
const doc: DocumentOut = {
  source: 'x.txt', format: 'txt', sha256: null, encoding: null, meta: null, sections: [], passages: [{ block: 0, text, line: 1, page: null }],
  figures: [fig('102,4 tấn/96,0', 102.4 / 96, 102.4, 96), fig('35/40', 35 / 40, 35, 40)], indicators: [], findings: [], error: null,
};
const gold = (figures: Gold['figures']): Gold => ({ report: 'x', errors: [], mustNotFlag: [], figures });

describe('scoreReading: a quote opening at the unit before a fraction\'s slash', () => {
  it('is answered by the denominator, and only by its value', () => {
    const r = scoreReading(doc, gold([
      { quote: 'tấn/96,0 tấn kế hoạch', value: 96 },
      { quote: 'tấn/96,0 tấn kế hoạch', value: 102.4 }, // the numerator answers no quote opening after it
      { quote: '35/40 hộ nuôi', value: 40 }, // a bare fraction: its quote opens at the numerator, answered as before
      { quote: 'hộ/40 hộ', value: 40 }, // no unit words between the sides of "35/40": no such quote is answered
    ]))!;
    expect(r.figuresRight).toBe(2);
    expect(r.misses.map((m) => m.split(':')[0])).toEqual(['figure tấn/96,0 tấn kế hoạch = 102.4', 'figure hộ/40 hộ = 40']);
  });
});
