import { describe, expect, it } from 'vitest';
import type { DocumentOut } from '../../src/model/index.js';
import { scoreReading, type Gold } from '../../src/report/score.js';

// Session 37: a heading number closed by a dash is written in the gold without it ("2" for "2-", "2 –" or "2 —"), as for
// "2." and "2)"; the en and em dash are final punctuation as the hyphen is.
const section = (number: string, title: string, level: number) => ({ number, title, level, path: [], line: 1, page: null });
const doc = (sections: DocumentOut['sections']): DocumentOut => ({
  source: 'x.txt', format: 'txt', sha256: null, encoding: null, meta: null, sections, passages: [], figures: [], indicators: [], findings: [], error: null,
});
const gold = (headings: Gold['headings']): Gold => ({ report: 'x', errors: [], mustNotFlag: [], headings });

describe('scoreReading: heading numbers closed by a dash', () => {
  it('matches "III –", "2–", "c—" and "4-" to the bare numbers; a dash inside a number still counts', () => {
    const r = scoreReading(doc([
      section('III –', 'ĐÁNH GIÁ CHUNG', 1), section('2–', 'Chăn nuôi', 2), section('c—', 'Về phân bón', 3), section('4-', 'Thú y', 2),
      section('1–2', 'Một khoảng', 2),
    ]), gold([
      { number: 'III', title: 'ĐÁNH GIÁ CHUNG', depth: 1 },
      { number: '2', title: 'Chăn nuôi', depth: 2 },
      { number: 'c', title: 'Về phân bón', depth: 3 },
      { number: '4', title: 'Thú y', depth: 2 },
      { number: '1', title: 'Một khoảng', depth: 2 },
    ]))!;
    expect(r.headingsRight).toBe(4);
    expect(r.misses).toEqual(['heading missed 1 Một khoảng', 'heading invented 1–2 Một khoảng']);
  });
});
