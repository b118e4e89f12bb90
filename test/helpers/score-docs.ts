import type { DocumentOut } from '../../src/model/index.js';
import type { Gold } from '../../src/report/score.js';

/** A section of the outline, as the segmenter writes it. */
export const section = (number: string, title: string, level: number) => ({ number, title, level, path: [], line: 1, page: null });
/** A figure read from `text` (its passage), a count unless a fraction's parts are given. */
export const figure = (raw: string, value: number, text: string, numerator: number | null = null, denominator: number | null = null) => ({
  raw, kind: 'count' as const, value, numerator, denominator, percent: null, unit: null, label: null, line: 1, page: null, text, high: null as number | null,
});
/** A document of these figures, each figure's passage (its `text`) once in `passages`. */
export const doc = (sections: DocumentOut['sections'], written: Array<ReturnType<typeof figure>>): DocumentOut => {
  const passages: DocumentOut['passages'] = [];
  const figures = written.map(({ text, ...f }) => {
    let p = passages.find((q) => q.text === text);
    if (!p) passages.push((p = { block: passages.length, text, line: 1, page: null }));
    return { ...f, block: p.block, from: text.indexOf(f.raw), to: text.indexOf(f.raw) + f.raw.length, snippet: text };
  });
  return { source: 'x.txt', format: 'txt', sha256: null, encoding: null, meta: null, sections, passages, figures, indicators: [], findings: [], error: null };
};
/** A gold of report "x": no errors or look-alikes unless given. */
export const gold = (g: Partial<Gold>): Gold => ({ report: 'x', errors: [], mustNotFlag: [], ...g });
