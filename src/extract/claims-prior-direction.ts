/**
 * Ways of change claimed with no amount against a value stated elsewhere with its earlier period's in brackets: "số vụ vi
 * phạm đã giảm so với cùng kỳ" in an assessment, after "xảy ra 27 vụ vi phạm (cùng kỳ năm 2024: 21 vụ)" in the results. The
 * claim is read as a `direction` (current and base are the two figures), judged by claim-mismatch as the bracketed base of
 * "giảm so với năm 2023 (01 người)" is.
 *
 * Read only when: the statement opens with a count word and its subject ("Số …", "Tổng số …"), then "tăng"/"giảm" (an aspect
 * word before, at most two words after it), then "so với" and an earlier-period word, a year at most after it; it holds no
 * other digit and no negation; and the report states exactly one such pair whose current figure's name is, word for word,
 * the subject (the same set of words: "trễ hạn 46 hồ sơ" for "số hồ sơ trễ hạn", never a narrower group of it), its base
 * in a bracket opened by an earlier-period word right after its noun. A year the claim names is the bracket's year.
 */
import type { Analysis, Comparison, Figure, FigureReading } from '../model/index.js';
import { labelTokens } from './similarity.js';
import { unitsAlike } from './labels.js';
import { alt, CHANGE_VERBS, COMPARED_WITH, COUNT_WORDS, DONE_WORDS, EARLIER_PERIOD_WORDS, NEGATION_WORDS, wordsRe } from '../text/lexicon.js';

type Input = Pick<Analysis, 'source' | 'figures' | 'clauses' | 'readings'>;

const CLAIM = new RegExp(
  String.raw`^[\s\-+•*–]*(?:${alt(COUNT_WORDS)})\s+(\p{L}[\p{L}\s]{1,60}?)\s+(?:(?:${alt(DONE_WORDS)})\s+)?(${alt(CHANGE_VERBS)})((?:\s+\p{Ll}+){0,2}?)\s+(?:${alt(COMPARED_WITH)})\s+(?:${alt(EARLIER_PERIOD_WORDS)})(?:\s+năm\s+((?:19|20)\d\d))?(?![\p{L}\d])`,
  'iu',
);
// Between a current figure and its base: the figure's noun (no clause mark, no figure), then a bracket opened by an
// earlier-period word and its year ("46 hồ sơ (cùng kỳ năm 2024: 38 hồ sơ)").
const PRIOR_BRACKET = new RegExp(String.raw`^[^()\d;.:]{0,40}\(\s*(?:${alt(EARLIER_PERIOD_WORDS)})(?:\s+năm\s+((?:19|20)\d\d))?\s*[:,]?\s*$`, 'iu');
const NEGATED = wordsRe(NEGATION_WORDS);

interface Pair { current: Figure; base: Figure; tokens: Set<string>; year: string | null }

/** The direction claims with no figure of their own, each with the one current and earlier value of its subject. */
export function readPriorDirections(input: Input): Comparison[] {
  const pairs = priorPairs(input);
  if (pairs.length === 0) return [];
  const out: Comparison[] = [];
  for (const block of input.source.blocks) {
    if (block.kind === 'row') continue;
    for (const s of input.clauses.statements(block.index)) {
      const statement = block.text.slice(s.from, s.to);
      const m = CLAIM.exec(statement);
      if (!m || /\d/u.test(statement.replace(m[4] ?? '\u0000', '')) || NEGATED.test(m[1]) || NEGATED.test(m[3])) continue;
      const wanted = new Set(labelTokens(m[1]));
      const fit = pairs.filter((p) => p.tokens.size === wanted.size && [...wanted].every((t) => p.tokens.has(t)) && (m[4] === undefined || p.year === m[4]));
      if (fit.length === 0 || new Set(fit.map((p) => `${p.current.value}/${p.base.value}`)).size !== 1) continue;
      const verbAt = s.from + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
      out.push({ kind: 'direction', block: block.index, from: verbAt, to: s.from + m[0].length, verb: m[2].toLowerCase(), current: fit[0].current, base: fit[0].base });
    }
  }
  return out;
}

// Each count of the prose followed by its earlier period's value in a bracket of its own, of the same unit.
function priorPairs(input: Input): Pair[] {
  const readings = new Map<number, FigureReading>(input.readings.map((r) => [r.figure.index, r]));
  const out: Pair[] = [];
  for (let k = 0; k + 1 < input.figures.length; k++) {
    const f = input.figures[k];
    const g = input.figures[k + 1];
    if (g.block !== f.block || f.cell !== null || f.change || g.change || f.unit === null || g.unit === null || (f.kind !== 'count' && f.kind !== 'decimal') || g.kind !== f.kind) continue;
    const block = input.source.blocks[f.block];
    if (block.kind === 'row' || !unitsAlike(f.unit, g.unit)) continue;
    const m = PRIOR_BRACKET.exec(block.text.slice(f.span.end - block.span.start, g.span.start - block.span.start));
    if (!m || !/^[^()]{0,30}\)/u.test(block.text.slice(g.span.end - block.span.start))) continue;
    const reading = readings.get(f.index);
    if (reading) out.push({ current: f, base: g, tokens: new Set(reading.tokens), year: m[1] ?? null });
  }
  return out;
}
