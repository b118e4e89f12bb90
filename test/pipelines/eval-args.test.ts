import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** `npm run eval` with arguments it cannot use says so and stops, instead of scoring every set (about ten minutes). */
const run = (...args: string[]) => spawnSync(process.execPath, ['dist/pipelines/eval.js', ...args], { encoding: 'utf8' });

describe('eval: its arguments', () => {
  it('prints its usage for --help and scores nothing', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run eval/);
    expect(r.stdout).toContain('--dir DIR');
  });

  it('stops with exit 2 on a directory that does not exist, naming it', () => {
    const r = run('--dir', 'fixtures/no-such-set');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no such directory: fixtures/no-such-set');
    expect(r.stdout).toBe('');
  });

  it('stops with exit 2 on an unknown argument or a --dir without its directory', () => {
    expect(run('--dirs', 'fixtures/seeds').stderr).toContain('unknown argument: --dirs');
    const r = run('--dir');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--dir needs a directory');
  });
});

/** `eval-scans` (minutes per set) likewise: usage on --help, exit 2 on what it cannot use, before any scan is made. */
const scans = (...args: string[]) => spawnSync(process.execPath, ['dist/pipelines/eval-scans.js', ...args], { encoding: 'utf8' });

describe('eval-scans: its arguments', () => {
  it('prints its usage for --help', () => {
    const r = scans('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: node dist\/pipelines\/eval-scans\.js/);
    expect(r.stdout).toContain('--work DIR');
  });

  it('stops with exit 2 on a missing directory, an unknown option, a value that is no number or a bad form', () => {
    const cases: Array<[string[], string]> = [
      [['--dir', 'fixtures/no-such-set'], 'no such directory: fixtures/no-such-set'],
      [['--dirs', 'fixtures/seeds'], 'unknown argument: --dirs'],
      [['--dpi', 'high'], '--dpi needs a number'],
      [['--form', 'docx'], '--form is pd or lo, not docx'],
      [['--work'], '--work needs a value'],
    ];
    for (const [args, message] of cases) {
      const r = scans(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stdout).toBe('');
    }
  });
});
