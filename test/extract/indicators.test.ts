import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';
import { foldKey } from '../../src/text/normalize.js';
import type { Analysis, Indicator } from '../../src/model/index.js';
import { matchIndicator } from '../../src/extract/indicator-match.js';

const root = join(import.meta.dirname, '..', '..');
const gold = JSON.parse(readFileSync(join(root, 'fixtures', 'gold', 'indicators.json'), 'utf8'));
const cache = new Map<string, Promise<Analysis>>();
function analyse(file: string): Promise<Analysis> {
  if (!cache.has(file)) {
    cache.set(file, analyseBytes(file, readFileSync(join(root, 'fixtures', 'seeds', file))).then((o) => {
      if (!o.analysis) throw new Error(o.error.message);
      return o.analysis;
    }));
  }
  return cache.get(file)!;
}
const norm = (s: string) => foldKey(s).replace(/\s+/g, ' ');
const find = (a: Analysis, name: string, exact = false): Indicator | undefined =>
  a.indicators.find((i) => (exact ? norm(i.name) === norm(name) : norm(i.name).startsWith(norm(name))));
const pick = (i: Indicator | undefined) =>
  i && { value: i.value, target: i.target, cumulative: i.cumulative, numerator: i.numerator, denominator: i.denominator, percent: i.percent };

const FORMS = ['txt', 'pd.docx'];

describe.each(FORMS)('indicators of the seeds (%s)', (form) => {
  it("reads every row of seed 004's appendix with its target, period value and cumulative value", async () => {
    const a = await analyse(`004_9d8bea49ef95c194.${form}`);
    for (const g of gold['004_9d8bea49ef95c194'].appendix) {
      const i = find(a, g.name);
      expect(pick(i), `row ${g.stt}`).toEqual({
        value: g.value, target: g.target, cumulative: g.cumulative, numerator: g.numerator, denominator: g.denominator, percent: g.percent,
      });
      expect(i!.periodStart).toBe('2024-05-01');
      expect(i!.periodEnd).toBe('2024-05-31');
    }
  });

  it("reads seed 001's equipment table: totals per row and each breakdown column as its own indicator", async () => {
    const a = await analyse(`001_311a9839200255dd.${form}`);
    for (const g of gold['001_311a9839200255dd'].equipment) {
      const row = find(a, g.name, true);
      expect(row?.value, g.name).toBe(g.value);
      expect(row?.unit).toBe('cái');
      for (const [header, value] of Object.entries(g.parts)) {
        const part = find(a, `${g.name} – ${header}`, true);
        expect(part?.value, `${g.name} – ${header}`).toBe(value);
        expect(part?.key).toBeNull();
      }
    }
  });

  it("reads seed 002's rates of sections 6.1 and 6.2 with their targets and the section's own period", async () => {
    const a = await analyse(`002_1b00c6e55fb426e7.${form}`);
    const g = gold['002_1b00c6e55fb426e7'];
    for (const r of g.rates) {
      const i = find(a, r.name);
      expect(pick(i), r.name).toEqual({ value: r.value, target: r.target, cumulative: null, numerator: r.numerator, denominator: r.denominator, percent: r.percent });
      expect(i!.unit).toBe('percent');
      expect(i!.sectionPath.endsWith(r.section)).toBe(true);
      expect([i!.periodStart, i!.periodEnd]).toEqual([g.period.start, g.period.end]);
    }
  });
});

describe('canonical keys', () => {
  const SEEDS = ['000_d822b3314a80c054', '001_311a9839200255dd', '002_1b00c6e55fb426e7', '003_de71c115c989c0f9', '004_9d8bea49ef95c194'];

  it('gives a key to at least 80% of appendix-table rows and "Tỷ lệ …" sentences', async () => {
    let keyed = 0;
    let total = 0;
    for (const s of SEEDS) {
      const a = await analyse(`${s}.txt`);
      const appendix = new Set(a.tables.filter((t) => t.columns.some((c) => c.role === 'target' || c.role === 'cumulative')).flatMap((t) => t.rows.flatMap((r) => r.blocks)));
      for (const i of a.indicators) {
        const isRow = appendix.has(i.block);
        const rateSentence = a.source.blocks[i.block].kind !== 'row' && /^t[ỷỉ] lệ\s/iu.test(i.name);
        if (!isRow && !rateSentence) continue;
        total++;
        if (i.key) keyed++;
      }
    }
    expect(total).toBeGreaterThan(30);
    expect(keyed / total).toBeGreaterThanOrEqual(0.8);
  });

  it('has no wrong key in the hand-checked sample of 40', async () => {
    expect(gold.sample).toHaveLength(40);
    for (const g of gold.sample) {
      const i = find(await analyse(`${g.document}.txt`), g.name);
      expect(i, g.name).toBeDefined();
      expect(i!.key, g.name).toBe(g.key);
      if (i!.key) expect(i!.matchScore).toBeGreaterThan(0);
    }
  });

  it('keeps the key null when nothing is close and spells out abbreviations and old tone placement', () => {
    expect(matchIndicator('Máy chiếu (Projector)', false).key).toBeNull();
    expect(matchIndicator('Tỷ lệ CBCC được cấp chữ ký số', true).key).toBe('canbo.signature_rate');
    expect(matchIndicator('Tỉ lệ hồ sơ được số hoá', true).key).toBe('hoso.digitised_rate');
  });
});

describe('indicators of a table with a change column', () => {
  it('reads the year columns as the values and the "Tăng/giảm (%)" column as no rate of the row', async () => {
    const text = 'STT\tChỉ tiêu\tĐVT\tNăm 2023\tNăm 2024\tTăng/giảm (%)\n1\tSố vụ cháy\tVụ\t12\t9\t-25,0%\n2\tSố vụ trộm cắp\tVụ\t40\t46\t15,0%\n';
    const o = await analyseBytes('t.txt', Buffer.from(text, 'utf8'));
    const fire = o.analysis!.indicators.find((i) => norm(i.name) === norm('Số vụ cháy'));
    expect(fire).toBeDefined();
    expect(fire!.unit).not.toBe('percent');
    expect(fire!.percent).toBeNull();
  });
});
