import { describe, expect, it } from 'vitest';
import type { DocumentOut } from '../../src/model/index.js';
import { scoreReading, type Gold } from '../../src/report/score.js';

// Session 45: a gold quote may open at a fraction's slash ("/2 310 hộ" of "2 145/2 310 hộ"); the denominator answers it.
const text = 'Cấp nước sạch cho 2 145/2 310 hộ, đạt 92,9%.';
const raw = '2 145/2 310';
const doc: DocumentOut = {
  source: 'x.txt', format: 'txt', sha256: null, encoding: null, meta: null, sections: [], passages: [{ block: 0, text, line: 1, page: null }],
  figures: [{
    raw, kind: 'fraction', value: 2145 / 2310, high: null, numerator: 2145, denominator: 2310, percent: null, unit: 'hộ', label: null, line: 1, page: null,
    block: 0, from: text.indexOf(raw), to: text.indexOf(raw) + raw.length, snippet: text,
  }],
  indicators: [], findings: [], error: null,
};
const gold = (figures: Gold['figures']): Gold => ({ report: 'x', errors: [], mustNotFlag: [], figures });

describe('scoreReading: a quote opening at a fraction\'s slash', () => {
  it('is answered by the denominator alone', () => {
    const r = scoreReading(doc, gold([
      { quote: '/2 310 hộ', value: 2310 },
      { quote: '/2 310 hộ', value: 2145 }, // the numerator stands before the quote
      { quote: '/2 31', value: 2310 }, // a quote cut inside the denominator is not it
    ]))!;
    expect(r.figuresRight).toBe(1);
    expect(r.misses.map((m) => m.split(':')[0])).toEqual(['figure /2 310 hộ = 2145', 'figure /2 31 = 2310']);
  });
});
