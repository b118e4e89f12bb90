import { describe, expect, it } from 'vitest';
import type { DocumentOut } from '../../src/model/index.js';
import { scoreDocument, type Gold } from '../../src/report/score.js';

// "Doanh thu du lịch đạt 512,4 tỷ đồng, tăng 21,3% so với năm trước (455,0 tỷ đồng)": 512,4/455,0 = 112,6%, growth 12,6%.
const text = 'Doanh thu du lịch đạt 512,4 tỷ đồng, tăng 21,3% so với năm trước (455,0 tỷ đồng).';
const withChange = (unit: string, stated: number): DocumentOut => ({
  source: 'x.txt', format: 'txt', sha256: null, encoding: null, meta: null, sections: [], figures: [], indicators: [], error: null,
  passages: [{ block: 0, text, line: 1, page: null }],
  findings: [{
    rule: 'claim-mismatch', severity: 'error', messageId: 'changeMismatch', message: '', section: '', suggestion: null,
    data: { verb: 'tăng', stated, unit, base: 455_000_000_000, value: 512_400_000_000, way: 'tăng', size: 12.6 },
    evidence: [{ block: 0, quote: '21,3%', offset: text.indexOf('21,3%'), snippet: text, line: 1, page: null }],
  }],
});
const gold = (rule: string): Gold => ({ report: 'x', mustNotFlag: [], errors: [{ id: 'growth', rule, quotes: ['tăng 21,3% so với năm trước'], subtle: false }] });

describe('scoreDocument: a growth in percent its own amounts deny', () => {
  it('counts a claim-mismatch of a change in percent as a gold percent-mismatch of its passage', () => {
    const s = scoreDocument(withChange('%', 21.3), gold('percent-mismatch'), 'txt');
    expect(s.errors).toEqual([{ id: 'growth', rule: 'percent-mismatch', subtle: false, found: true }]);
    expect(s.findings.map((f) => f.matched)).toEqual([true]);
  });

  it('still counts it as a gold claim-mismatch', () => {
    expect(scoreDocument(withChange('%', 21.3), gold('claim-mismatch'), 'txt').errors[0].found).toBe(true);
  });

  it('does not count a change told as an amount ("tăng 57 tỷ đồng") as a percent-mismatch', () => {
    const s = scoreDocument(withChange(' tỷ đồng', 57), gold('percent-mismatch'), 'txt');
    expect(s.errors[0].found).toBe(false);
    expect(s.findings.map((f) => f.matched)).toEqual([false]);
  });
});
