import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';
import type { Figure, Finding } from '../../src/model/index.js';
import { defineRule } from '../../src/rules/define.js';
import { dedupeFindings, dropRestatedErrors, severityOf } from '../../src/rules/run.js';

const rule = defineRule({ id: 'r', severity: 'error', description: '', messages: {}, check: () => {} });

describe('severityOf', () => {
  it('uses what the rule reported, else its default, when the user set nothing', () => {
    expect(severityOf(rule, undefined, undefined)).toBe('error');
    expect(severityOf(rule, 'info', undefined)).toBe('info');
  });
  it("holds the user's level for every finding at the rule's default", () => {
    expect(severityOf(rule, undefined, 'warning')).toBe('warning');
    expect(severityOf(rule, 'error', 'info')).toBe('info');
  });
  it('never raises a finding the rule marked less sure than its default', () => {
    expect(severityOf(rule, 'info', 'error')).toBe('info');
    expect(severityOf(rule, 'warning', 'info')).toBe('info');
  });
});

const finding = (r: string, severity: Finding['severity'], start: number, end: number): Finding => ({
  rule: r, severity, messageId: 'm', message: '', data: {}, section: '', suggestion: null,
  evidence: [{ text: 'x', quote: 'x', offset: 0, span: { start, end, line: 1, page: null } } as Finding['evidence'][number]],
});

describe('dedupeFindings', () => {
  it('keeps one finding per primary place across rules: the more severe, else the first', () => {
    const a = finding('a', 'warning', 10, 14);
    const b = finding('b', 'error', 10, 14);
    const c = finding('c', 'error', 10, 14);
    const d = finding('d', 'info', 20, 24);
    expect(dedupeFindings([a, b, c, d])).toEqual([b, d]);
  });
  it("never merges one rule's own findings", () => {
    const a = finding('a', 'error', 10, 14);
    const a2 = { ...finding('a', 'error', 10, 14), messageId: 'other' };
    expect(dedupeFindings([a, a2])).toEqual([a, a2]);
  });
});

describe('one error told twice (dropRestatedErrors)', () => {
  const report = [
    'BÁO CÁO',
    'Kết quả cấp giấy phép năm 2025',
    '1. Kết quả',
    'Năm 2025, Trung tâm đã cấp 1.482 giấy phép lái xe, tăng so với năm trước.',
    'Bảng 1. Giấy phép theo quý',
    'Quý\tGiấy phép lái xe\tGiấy phép kinh doanh',
    'Quý I\t352\t120',
    'Quý II\t410\t133',
    'Quý III\t365\t141',
    'Quý IV\t355\t150',
    'Cộng\t1 428\t544',
  ].join('\n');
  const run = async (only: string[]) => {
    const outcome = await analyseBytes('t.txt', Buffer.from(report, 'utf8'), { only });
    return outcome.analysis!.findings.map((f) => `${f.rule}:${f.evidence.map((e) => e.quote.trim()).join('|')}`);
  };
  it('drops a conflict of a sentence with a mis-added total when the sentence states the rows\' sum', async () => {
    // Alone, the conflict is told (1.482 in the sentence, 1 428 in the total row) ...
    expect(await run(['repeated-value-conflict'])).toEqual(['repeated-value-conflict:1.482|1 428']);
    // ... beside the total check (352 + 410 + 365 + 355 = 1 482), only the wrong total is.
    const both = await run(['repeated-value-conflict', 'table-total-mismatch']);
    expect(both).toHaveLength(1);
    expect(both[0]).toMatch(/^table-total-mismatch:1 428\|/);
  });
  const at = (start: number, end: number) => ({ block: 0, quote: 'x', offset: 0, span: { start, end, line: 1, page: null } });
  const fig = (start: number, end: number, value: number) => ({ index: 0, raw: String(value), kind: 'count', value, decimals: 0, span: { start, end, line: 1, page: null } }) as unknown as Figure;
  const total: Finding = { rule: 'sum', severity: 'error', messageId: 'm', message: '', data: { stated: 963, actual: 936 }, section: '', suggestion: null, evidence: [at(100, 103), at(80, 83)] };
  const conflict = (start: number, end: number): Finding => ({ rule: 'twice', severity: 'warning', messageId: 'm', message: '', data: {}, section: '', suggestion: null, evidence: [at(start, end), at(100, 103)] });
  it('keeps a conflict whose other side states a third value, or whose places the total check never cites', () => {
    const figures = [fig(10, 13, 936), fig(20, 23, 950), fig(100, 103, 963)];
    const right = conflict(10, 13);
    const third = conflict(20, 23);
    const elsewhere: Finding = { ...conflict(10, 13), evidence: [at(10, 13), at(40, 43)] };
    expect(dropRestatedErrors([total, right, third, elsewhere], figures)).toEqual([total, third, elsewhere]);
  });
});
