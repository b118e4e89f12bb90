import { describe, expect, it } from 'vitest';
import type { DocumentOut } from '../../src/model/index.js';
import { scoreReading, type Gold } from '../../src/report/score.js';

// Session 46: a gold quote may run from a table row's last cells into the next row's first ("| 4 | 9 |\n| 3"), written so to
// be unique; the figure in the first row's part of the quote answers it. Rows and values written for this test.
const rows = ['| 2 | Thôn Nam | 5 | 4 | 9 |', '| 3 | Thôn Bắc | 2 | 1 | 3 |'];
const cell = (block: number, raw: string, from: number) => ({
  raw, kind: 'count' as const, value: Number(raw), high: null, numerator: null, denominator: null, percent: null, unit: null, label: null,
  line: block + 1, page: null, block, from, to: from + raw.length, snippet: rows[block],
});
const doc: DocumentOut = {
  source: 'x.txt', format: 'txt', sha256: null, encoding: null, meta: null, sections: [],
  passages: rows.map((text, block) => ({ block, text, line: block + 1, page: null })),
  figures: [cell(0, '5', 17), cell(0, '4', 21), cell(0, '9', 25), cell(1, '2', 17), cell(1, '1', 21), cell(1, '3', 25)],
  indicators: [], findings: [], error: null,
};
const gold = (figures: Gold['figures']): Gold => ({ report: 'x', errors: [], mustNotFlag: [], figures });

describe('scoreReading: a quote running on into the next row', () => {
  it('is answered by the figure in its part of the first row', () => {
    expect([rows[0][17], rows[0][21], rows[0][25], rows[1][25]]).toEqual(['5', '4', '9', '3']);
    const r = scoreReading(doc, gold([
      { quote: '| 4 | 9 |\n| 3', value: 9 },
      { quote: '| 4 | 9 |\n| 3', value: 3 }, // the next row's number opening it is its row number, not read as a figure there
      { quote: '| 4 | 9 |\n| 4', value: 9 }, // the next row does not open so
    ]))!;
    expect(r.figuresRight).toBe(1);
    expect(r.misses.map((m) => m.split(':')[0])).toEqual(['figure | 4 | 9 |\n| 3 = 3', 'figure | 4 | 9 |\n| 4 = 9']);
  });
});
