import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/index.js';
import { defineRule } from '../../src/rules/define.js';
import { dedupeFindings, severityOf } from '../../src/rules/run.js';

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
