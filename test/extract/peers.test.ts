/**
 * Other projects' Vietnamese number cases (NVIDIA NeMo text processing, Facebook Duckling; see
 * ../shared/peers/README.md), read at test time, never copied: each input is written into a report
 * sentence and figure extraction must give the expected value — or no figure for a date, a clock
 * time, a phone number or a code.
 *
 * The floors asserted are the shares measured when this test was written; they only go up.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractFigures } from '../../src/extract/figures.js';
import type { Figure } from '../../src/model/index.js';
import { snippetSource } from './seed-blocks.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** `../shared/peers` beside the repository; in a git worktree, also beside the main checkout. */
function peersDir(): string | null {
  const candidates = [process.env.BAOCAO_PEERS, join(ROOT, '..', 'shared', 'peers')];
  const dotGit = join(ROOT, '.git');
  if (existsSync(dotGit) && statSync(dotGit).isFile()) {
    // A worktree's .git file points into the main checkout's .git/worktrees/<name>.
    const gitdir = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1].trim();
    if (gitdir) candidates.push(join(dirname(dirname(dirname(resolve(ROOT, gitdir)))), '..', 'shared', 'peers'));
  }
  return candidates.find((d): d is string => !!d && existsSync(join(d, 'nemo.tsv'))) ?? null;
}

interface Case { input: string; expected: string; kind: string; file: string }

function readCases(dir: string, file: string): Case[] {
  const lines = readFileSync(join(dir, file), 'utf8').split(/\r?\n/).slice(1).filter((l) => l.trim());
  return lines.map((l) => {
    const [input, expected, kind] = l.split('\t');
    return { input, expected, kind, file };
  });
}

const NO_FIGURE_KINDS = new Set(['date', 'time', 'phone', 'code']);

/**
 * Out of scope, each with its reason. Administrative reports count in đồng and write
 * plain digits; these forms never appear in them, and reading some of them would
 * cost precision on forms that do.
 */
const OUT_OF_SCOPE: ReadonlyArray<[RegExp, string]> = [
  [/[$€¥£₹₩]|(?<![\p{L}])(?:usd|eur|gbp|inr|aed|rm|rs)(?![\p{L}])|đô|(?<![\p{L}])(?:xen|xu)(?![\p{L}])|euro|ơ rô|rupee|dirham|pound|won|uôn|ringgit|vn\$/iu,
    'foreign currency: the reports account in đồng only'],
  [/(?<![\p{L}\d])-?\d+(?:[.,]\d+)?(?:k|K|tr|t|M|G)\d?(?![\p{L}])|^-?,\d+G/u,
    'chat and market shorthand (1k, 2tr5, 3M, 1t): not written in administrative reports, and "t" is also tấn'],
  [/(?<![\p{L}])(?:VND|VNĐ)\d/u, 'the currency written before the number ("VND1000"), the English order; reports write "1.000 đồng"'],
  [/^-?,\d+/u, 'a decimal with no integer part (",77"): not Vietnamese writing'],
  [/^-?\d+ \d+\/\d+/u, 'a mixed number ("5 1/2"): not used in reports, and reading one would join a count to a fraction'],
  [/(?:^|\s)giữa\s.+\svà\s/iu, '"giữa 1000 và 2000": the peers code it as a range, baocao reads the two bounds as two figures'],
  [/(?:^|\s)trừ\s/iu, '"trừ" as a minus sign: in reports "trừ" means "except" or "deduct" ("trừ 5 xã"), so it never makes a figure negative'],
];
function outOfScope(c: Case): string | null {
  return OUT_OF_SCOPE.find(([re]) => re.test(c.input))?.[1] ?? null;
}

const SENTENCE = (input: string) => `Kết quả: ${input} trong kỳ báo cáo.`;

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** One expected value against one figure: a number, "n/d", or "lo..hi". */
function matches(expected: string, f: Figure): boolean {
  const range = /^(-?[\d.]+)\.\.(-?[\d.]+)$/.exec(expected);
  if (range) return f.kind === 'range' && close(f.value, Number(range[1])) && f.high !== null && close(f.high, Number(range[2]));
  const frac = /^(-?\d+)\/(\d+)$/.exec(expected);
  if (frac) {
    if (f.kind !== 'fraction' || f.numerator === null || f.denominator === null) return false;
    return close(f.numerator * Math.sign(Number(frac[1]) || 1) * Math.sign(f.numerator || 1), Number(frac[1])) && close(f.denominator, Number(frac[2]));
  }
  const value = Number(expected);
  return Number.isFinite(value) && f.kind !== 'fraction' && f.kind !== 'range' && close(f.value, value);
}

function figuresIn(input: string): Figure[] {
  const source = snippetSource(SENTENCE(input));
  return extractFigures(source, [null]).figures;
}

function isRight(c: Case): boolean {
  const figs = figuresIn(c.input);
  if (NO_FIGURE_KINDS.has(c.kind)) return figs.length === 0;
  const wanted = c.expected.split(';');
  return figs.length === wanted.length && wanted.every((w, i) => matches(w, figs[i]));
}

interface Share { kind: string; right: number; total: number; misses: string[] }

function score(cases: Case[]): { byKind: Share[]; overall: Share } {
  const byKind = new Map<string, Share>();
  const overall: Share = { kind: 'all', right: 0, total: 0, misses: [] };
  for (const c of cases) {
    const s = byKind.get(c.kind) ?? { kind: c.kind, right: 0, total: 0, misses: [] };
    byKind.set(c.kind, s);
    const ok = isRight(c);
    for (const t of [s, overall]) {
      t.total++;
      if (ok) t.right++;
      else t.misses.push(c.input);
    }
  }
  return { byKind: [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind)), overall };
}

const pct = (s: Share) => (s.total ? (100 * s.right) / s.total : 100);
const line = (s: Share) => `${s.kind.padEnd(9)} ${pct(s).toFixed(1).padStart(5)}% (${s.right}/${s.total})`;

const dir = peersDir();

describe.skipIf(!dir)('peer number cases (../shared/peers)', () => {
  if (!dir) return;
  const all = [...readCases(dir, 'nemo.tsv'), ...readCases(dir, 'duckling.tsv'), ...readCases(dir, 'spelled.tsv')];
  const excluded = all.filter((c) => outOfScope(c));
  const digits = all.filter((c) => c.file !== 'spelled.tsv' && !outOfScope(c));
  const spelled = all.filter((c) => c.file === 'spelled.tsv' && !outOfScope(c));

  test('digit cases are read right, per kind', () => {
    const { byKind, overall } = score(digits);
    const whole = score(all.filter((c) => c.file !== 'spelled.tsv')).overall;
    console.log(['digit cases (nemo + duckling), in scope:', ...byKind.map(line), line(overall), `misses: ${overall.misses.join(' | ')}`, `every case, nothing excluded: ${line(whole)}`].join('\n'));
    console.log(`out of scope: ${excluded.length} cases\n${[...new Set(excluded.map((c) => outOfScope(c)))].map((r) => `  ${excluded.filter((c) => outOfScope(c) === r).length} cases: ${r}`).join('\n')}`);
    expect(pct(overall)).toBeGreaterThanOrEqual(DIGIT_FLOOR);
  });

  test('spelled-out cases are read right, per kind', () => {
    const { byKind, overall } = score(spelled);
    const whole = score(all.filter((c) => c.file === 'spelled.tsv')).overall;
    console.log(['spelled-out cases, in scope:', ...byKind.map(line), line(overall), `misses: ${overall.misses.join(' | ')}`, `every case, nothing excluded: ${line(whole)}`].join('\n'));
    expect(pct(overall)).toBeGreaterThanOrEqual(SPELLED_FLOOR);
  });
});

if (!dir) console.log('peer cases skipped: no ../shared/peers folder beside the repository (set BAOCAO_PEERS to point at one)');

const DIGIT_FLOOR = 99;
const SPELLED_FLOOR = 97;
