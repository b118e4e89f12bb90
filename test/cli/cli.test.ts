import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditOut } from '../../src/model/index.js';

const BIN = 'bin/baocao.js';
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('the baocao command line', () => {
  it('prints exactly one JSON object that matches the output schema', () => {
    const r = run('audit', '--format', 'json', 'fixtures/seeds/004_9d8bea49ef95c194.txt', 'fixtures/seeds/000_d822b3314a80c054.txt');
    const parsed = AuditOut.parse(JSON.parse(r.stdout));
    expect(parsed.documents.map((d) => d.source)).toEqual(['fixtures/seeds/004_9d8bea49ef95c194.txt', 'fixtures/seeds/000_d822b3314a80c054.txt']);
    expect(parsed.documents[0].format).toBe('txt');
    expect(parsed.documents[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('exits 2 with a one-line error for an unknown option', () => {
    const r = run('audit', '--no-such-option', 'fixtures');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('reports a missing file as a per-file error with exit code 2 and still audits the rest', () => {
    const r = run('audit', '--format', 'json', 'no/such/file.pdf', 'fixtures/seeds/004_9d8bea49ef95c194.txt');
    expect(r.status).toBe(2);
    const out = AuditOut.parse(JSON.parse(r.stdout));
    expect(out.documents[0].error?.code).toBe('NOT_FOUND');
    expect(out.documents[1].error).toBeNull();
  });

  it('gives a file over the time limit TIMEOUT and one over the size limit TOO_LARGE, and goes on', () => {
    const pdf = 'fixtures/seeds/000_d822b3314a80c054.pd.pdf';
    const slow = AuditOut.parse(JSON.parse(run('audit', '--format', 'json', '--timeout', '0.001', pdf).stdout));
    expect(slow.documents[0].error?.code).toBe('TIMEOUT');
    const big = run('audit', '--format', 'json', '--max-size', '0.05', pdf, 'fixtures/seeds/004_9d8bea49ef95c194.txt');
    expect(big.status).toBe(2);
    const out = AuditOut.parse(JSON.parse(big.stdout));
    expect(out.documents.map((d) => d.error?.code ?? null)).toEqual(['TOO_LARGE', null]);
  });

  it('lists every command in its help and exits 0', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    for (const c of ['audit', 'ingest', 'schema', 'rules']) expect(r.stdout).toContain(c);
    const sub = run('audit', '--help');
    expect(sub.stdout).toContain('--format');
    expect(sub.stdout).toContain('Ví dụ');
  });

  it('prints a JSON Schema for the audit output', () => {
    const r = run('schema');
    const schema = JSON.parse(r.stdout) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(['version', 'documents']);
  });

  describe('--rule ID=LEVEL and positions', () => {
    // The same "100%" twice in one paragraph: only the second one is wrong (21/22 is 95,45%).
    const text = 'Năm trước toàn bộ hồ sơ đạt 100%. Có 21/22 cán bộ, công chức được trang bị máy tính, đạt tỉ lệ 100%.\n';
    const file = join(mkdtempSync(join(tmpdir(), 'baocao-cli-')), 'bao-cao.txt');
    writeFileSync(file, text);
    const audit = (...args: string[]) => AuditOut.parse(JSON.parse(run('audit', '--format', 'json', ...args, file).stdout)).documents[0].findings;

    it('reports the rule at its default severity, pointing at the second equal text', () => {
      const [f] = audit('--rule', 'percent-mismatch');
      expect(f).toMatchObject({ rule: 'percent-mismatch', severity: 'error' });
      expect(f.evidence[0].offset).toBe(text.lastIndexOf('100%'));
    });

    it('--rule ID=warning sets the severity and it holds (exit code 0: no error left)', () => {
      const r = run('audit', '--format', 'json', '--rule', 'percent-mismatch=warning', file);
      const found = AuditOut.parse(JSON.parse(r.stdout)).documents[0].findings.filter((f) => f.rule === 'percent-mismatch');
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((f) => f.severity === 'warning')).toBe(true);
      expect(r.status).toBe(0);
    });

    it('--rule ID=info and ID=off; an unknown level is a usage error', () => {
      expect(audit('--rule', 'percent-mismatch=info').filter((f) => f.rule === 'percent-mismatch').map((f) => f.severity)).toEqual(['info']);
      expect(audit('--rule', 'percent-mismatch=off').filter((f) => f.rule === 'percent-mismatch')).toEqual([]);
      const bad = run('audit', '--rule', 'percent-mismatch=loud', file);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('loud');
    });

    it('the terminal column points at the figure found', () => {
      const out = run('audit', '--rule', 'percent-mismatch', file).stdout;
      expect(out).toContain(`1:${text.lastIndexOf('100%') + 1}`);
    });
  });
});
