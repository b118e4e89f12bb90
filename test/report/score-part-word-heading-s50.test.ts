import { describe, expect, it } from 'vitest';
import type { DocumentOut } from '../../src/model/index.js';
import { scoreReading, type Gold } from '../../src/report/score.js';

// Session 50 (h215): a gold may write the number of "Phần thứ nhất" as "thứ nhất", as others write "PHẦN I" as "I": the
// part word ("Phần", "Chương", "Mục") is optional on both sides of the heading match, the number being the same.
const section = (number: string, title: string, level: number) => ({ number, title, level, path: [], line: 1, page: null });
const doc = (sections: DocumentOut['sections']): DocumentOut => ({
  source: 'x.txt', format: 'txt', sha256: null, encoding: null, meta: null, sections, passages: [], figures: [], indicators: [], findings: [], error: null,
});
const gold = (headings: Gold['headings']): Gold => ({ report: 'x', errors: [], mustNotFlag: [], headings });

describe('scoreReading: a part word before a heading number', () => {
  it('matches "Phần thứ nhất", "CHƯƠNG II" and "Mục 3" to golds with or without the word', () => {
    const r = scoreReading(doc([
      section('Phần thứ nhất', 'KẾT QUẢ NĂM HỌC 2024 - 2025', 1), section('PHẦN THỨ HAI', 'PHƯƠNG HƯỚNG NĂM HỌC MỚI', 1),
      section('CHƯƠNG II', 'THU NGÂN SÁCH', 1), section('Mục 3', 'Chi thường xuyên', 2), section('thứ ba', 'KIẾN NGHỊ', 1),
    ]), gold([
      { number: 'thứ nhất', title: 'KẾT QUẢ NĂM HỌC 2024 - 2025', depth: 1 },
      { number: 'Phần thứ hai', title: 'PHƯƠNG HƯỚNG NĂM HỌC MỚI', depth: 1 },
      { number: 'II', title: 'THU NGÂN SÁCH', depth: 1 },
      { number: '3', title: 'Chi thường xuyên', depth: 2 },
      { number: 'Phần thứ ba', title: 'KIẾN NGHỊ', depth: 1 },
    ]))!;
    expect(r.headingsRight).toBe(5);
    expect(r.misses).toEqual([]);
  });

  it('still tells two numbers apart: "Phần thứ nhất" is not "thứ hai", nor "Chương 1" "Mục 2"', () => {
    const r = scoreReading(doc([section('Phần thứ nhất', 'KẾT QUẢ', 1), section('Chương 1', 'Chi đầu tư', 1)]),
      gold([{ number: 'thứ hai', title: 'KẾT QUẢ', depth: 1 }, { number: 'Mục 2', title: 'Chi đầu tư', depth: 1 }]))!;
    expect(r.headingsRight).toBe(0);
    expect(r.misses).toEqual(['heading missed thứ hai KẾT QUẢ', 'heading missed Mục 2 Chi đầu tư', 'heading invented Phần thứ nhất KẾT QUẢ', 'heading invented Chương 1 Chi đầu tư']);
  });
});
