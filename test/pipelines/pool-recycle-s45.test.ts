import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';
import { answerOf } from '../../pipelines/reply.js';
import { toDocumentOut } from '../../src/report/json.js';
import { analysisRows } from '../../src/store/rows.js';

/**
 * The pool replaces a worker on its heap, not after a fixed count of files: each answer tells the worker's heap
 * in use, and one holding more than `recycleHeapMb` is replaced (a count stays as a backstop). Worker threads run
 * only from the built code (dist/), so the pool is imported from there (`npm test` builds first).
 */
const { createPool } = (await import(join(process.cwd(), 'dist/pipelines/pool.js'))) as typeof import('../../pipelines/pool.js');

const REPORT = [
  'UBND PHƯỜNG HÒA AN',
  'BÁO CÁO',
  'Tình hình thu ngân sách quý III năm 2025',
  'I. KẾT QUẢ',
  '1. Thu ngân sách',
  // 312/400 is 78%, not 87%: one error.
  'Có 312/400 hộ kinh doanh đã kê khai thuế điện tử, đạt tỷ lệ 87%.',
  // 27/36 is 75%: stays silent.
  'Có 27/36 tổ dân phố hoàn thành chỉ tiêu thu quỹ, đạt 75%.',
].join('\n');

function files(n: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-pool-'));
  return Array.from({ length: n }, (_, i) => {
    const path = join(dir, `bao-cao-${i}.txt`);
    writeFileSync(path, `${REPORT}\nGhi chú số ${i + 1}.\n`);
    return path;
  });
}

/** The threads that answered each file, one file at a time through a pool of one. */
async function threads(options: Parameters<typeof createPool>[0], n: number): Promise<number[]> {
  const pool = createPool({ size: 1, ...options });
  try {
    const out: number[] = [];
    for (const path of files(n)) {
      const r = await pool.run({ path });
      expect(r.outcome?.analysis?.findings.map((f) => f.rule)).toContain('percent-mismatch');
      expect(r.heapMb).toBeGreaterThan(0);
      out.push(r.thread!);
    }
    return out;
  } finally {
    await pool.close();
  }
}

describe('the pool recycles a worker on its heap', () => {
  it('replaces a worker whose heap holds more than the limit after a file', async () => {
    // Any worker holds more than 1 MB after reading a report: each file finds a fresh worker.
    const t = await threads({ recycleHeapMb: 1 }, 2);
    expect(t[1]).not.toBe(t[0]);
  }, 240_000);

  it('keeps a worker whose heap stays under the limit, up to the count backstop', async () => {
    const t = await threads({ recycleHeapMb: 10_000, recycleAfter: 3 }, 4);
    expect(t[1]).toBe(t[0]);
    expect(t[2]).toBe(t[0]);
    expect(t[3]).not.toBe(t[0]);
  }, 240_000);

  it('keeps the worker from file to file with the default limits (a report leaves far less heap than they allow)', async () => {
    const t = await threads({}, 2);
    expect(t[1]).toBe(t[0]);
  }, 240_000);
});

describe('a worker sends back only the part of the analysis a batch asks for', () => {
  it('answers the rows a store saves, and the document audit prints, equal to those made from the whole analysis', async () => {
    const [path] = files(1);
    const pool = createPool({ size: 1 });
    try {
      const rows = (await pool.run({ path, reply: { kind: 'rows' } })).outcome!;
      const doc = (await pool.run({ path, reply: { kind: 'document', blocks: true } })).outcome!;
      const whole = (await pool.run({ path })).outcome!.analysis!;
      expect(rows.analysis).toBeUndefined();
      expect(rows.counts).toEqual({ sections: whole.sections.length, figures: whole.figures.length, findings: whole.findings.length });
      const stamp = (r: typeof rows.rows) => ({ ...r!, document: { ...r!.document, ingested_at: null } });
      expect(stamp(rows.rows)).toEqual(stamp(analysisRows(whole)));
      expect(rows.rows!.findings.map((f) => f.rule)).toContain('percent-mismatch');
      expect(doc.document).toEqual({ ...toDocumentOut(path, whole), blocks: whole.source.blocks.map((b) => ({ block: b.index, text: b.text, line: b.span.line, page: b.span.page })) });
    } finally {
      await pool.close();
    }
  }, 240_000);

  it('answers an unreadable file with its error in every form', async () => {
    const outcome = (await analyseBytes('trong.txt', new Uint8Array()));
    for (const kind of ['analysis', 'rows', 'document'] as const) {
      const a = answerOf(outcome, kind === 'document' ? { kind, blocks: true } : { kind });
      if (outcome.error) expect(a).toEqual({ path: 'trong.txt', error: outcome.error });
      else expect(a.error).toBeUndefined();
    }
  });
});
