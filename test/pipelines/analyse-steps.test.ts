import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANALYSE_STEPS, analyseBytes, analyseSource, type AnalyseStep } from '../../pipelines/analyse.js';
import { timeOne, type Clock } from '../../pipelines/bench-stages.js';
import { sourceFromText } from '../segment/source-from-lines.js';

/**
 * The benches time analyse.ts's own composition through its step hook, so what they time is what the CLI runs:
 * the staged run reads the same document and finds the same findings as the plain one (no timing asserted).
 */
const FIXTURES = ['fixtures/seeds/000_d822b3314a80c054.txt', 'fixtures/seeds/001_311a9839200255dd.txt', 'fixtures/seeds/001_311a9839200255dd.lo.docx'];

describe('analyse steps', () => {
  for (const path of FIXTURES) {
    it(`bench-stages' staged run of ${path.split('/').pop()} gives the plain analysis, byte for byte`, async () => {
      const bytes = readFileSync(path);
      const plain = (await analyseBytes(path, bytes)).analysis!;
      const clock: Clock = {};
      const staged = (await timeOne(path, bytes, clock))!;
      expect(staged.findings).toEqual(plain.findings);
      expect(staged.lists).toEqual(plain.lists);
      expect(JSON.stringify(staged)).toBe(JSON.stringify(plain));
      expect(plain.findings.length).toBeGreaterThan(0);
      expect(Object.keys(clock).sort()).toEqual(['ingest', ...Object.keys(ANALYSE_STEPS)].sort());
    });
  }

  it('runs every step once, in the order ANALYSE_STEPS lists them, each under its stage', () => {
    const seen: AnalyseStep[] = [];
    const text = ['UBND XÃ AN HÒA', 'BÁO CÁO', 'Kết quả 6 tháng đầu năm 2024', 'I. KẾT QUẢ', 'Còn 03 thôn chưa có nhà văn hóa: thôn Đông, thôn Tây.'].join('\n');
    const plain = analyseSource(sourceFromText(text));
    const staged = analyseSource(sourceFromText(text), {}, (step, run) => {
      seen.push(step);
      return run();
    });
    expect(seen).toEqual(Object.keys(ANALYSE_STEPS));
    expect([...new Set(seen.map((s) => ANALYSE_STEPS[s]))]).toEqual(['segment', 'extract', 'rules']);
    expect(staged.findings).toEqual(plain.findings);
    expect(plain.findings.map((f) => [f.rule, f.data.count, f.data.listed])).toEqual([['list-count-mismatch', 3, 2]]);
  });
});
