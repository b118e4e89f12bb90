/**
 * A way of change claimed of a subject between two years, closed by a colon, the two years' values told right after it:
 * "Số vụ cháy rừng giảm mạnh so với năm 2024: năm 2025 xảy ra 09 vụ, năm 2024 là 07 vụ." Read as a `direction` claim
 * (the later year's value the current, the compared year's the base) and judged by claim-mismatch as "giảm so với năm
 * 2023 (01 người)" is.
 *
 * Read only when: the statement opens with a count word and its subject, at most two adverbs, the verb, at most one word of
 * degree ("mạnh", "đáng kể"), "so với năm <Y0>" and a colon; after the colon, up to the sentence's end, exactly two
 * clauses (cut at "," and ";"), each opened by "năm <year>" and holding one figure and no other digit: one of Y0, one of a
 * later year; both amounts of one unit, neither a change nor hedged. No negation in the subject. Anything else: nothing.
 */
import type { Comparison, Figure } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { claimMatches } from './comparisons.js';
import { unitsAlike } from './labels.js';
import { alt, CHANGE_CLAIM_ADVERBS, CHANGE_DEGREE_WORDS, CHANGE_VERBS, COMPARED_WITH, COUNT_WORDS, HEDGES, NEGATION_WORDS, wordsRe } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures'>;
type Direction = Extract<Comparison, { kind: 'direction' }>;

const YEAR = String.raw`(?:19|20)\d\d`;
// "Số <subject> [adverbs] giảm [mạnh] so với năm 2023:", at a sentence's start.
const CLAIM = new RegExp(
  String.raw`(?:^|[.!?]\s+)[\s\-+•*–]*(?:${alt(COUNT_WORDS)})\s+(?<subject>\p{L}[\p{L}\s]{1,80}?)\s+(?:(?:${alt(CHANGE_CLAIM_ADVERBS)})\s+){0,2}`
  + String.raw`(?<verb>${alt(CHANGE_VERBS)})(?:\s+(?:${alt(CHANGE_DEGREE_WORDS)}))?\s+(?:${alt(COMPARED_WITH)})\s+năm\s+(?<base>${YEAR})\s*:`,
  'giu',
);
const HAS_CLAIM = new RegExp(String.raw`(?:${alt(CHANGE_VERBS)})(?:\s+\p{L}+){0,2}\s+(?:${alt(COMPARED_WITH)})\s+năm\s+${YEAR}\s*:`, 'iu');
const YEAR_OPENING = new RegExp(String.raw`^\s*năm\s+(${YEAR})(?!\d)`, 'iu');
const NEGATED = wordsRe(NEGATION_WORDS);
const HEDGED = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(HEDGES)})\s*$`, 'iu');
// Where the sentence after the colon ends: a full stop, "!" or "?" before a space or the end (a thousands point is followed by a digit).
const SENTENCE_END = /[.!?](?=\s|$)/u;

/** The direction claims whose two years' values follow their colon. */
export function readYearListedDirections(input: Input): Direction[] {
  const out: Direction[] = [];
  for (const { block, figs, at, m } of claimMatches(input, HAS_CLAIM, CLAIM)) {
    const { subject, verb, base } = m.groups!;
    if (NEGATED.test(subject) || /\d/u.test(subject)) continue;
    const from = m.index + m[0].length;
    const end = SENTENCE_END.exec(block.text.slice(from));
    const to = end ? from + end.index : block.text.length;
    const clauses = cutClauses(block.text, from, to);
    if (clauses.length !== 2) continue;
    const read = clauses.map(([a, z]) => {
      const year = YEAR_OPENING.exec(block.text.slice(a, z));
      const own = figs.filter((f) => at(f) >= a && at(f) < z);
      const digits = block.text.slice(a, z).replace(year?.[0] ?? '', '').replace(own[0]?.raw ?? '\u0000', '');
      return year && own.length === 1 && !/\d/u.test(digits) && !HEDGED.test(block.text.slice(a, at(own[0]))) ? { year: year[1], figure: own[0] } : null;
    });
    if (read.some((r) => r === null)) continue;
    const [one, two] = read as { year: string; figure: Figure }[];
    const earlier = [one, two].filter((r) => r.year === base);
    const later = [one, two].filter((r) => r.year > base);
    if (earlier.length !== 1 || later.length !== 1) continue;
    const [b, c] = [earlier[0].figure, later[0].figure];
    if (b.change || c.change || b.kind !== c.kind || (b.kind !== 'count' && b.kind !== 'decimal') || b.unit === null || c.unit === null || !unitsAlike(b.unit, c.unit)) continue;
    const verbAt = block.text.indexOf(verb, m.index + m[0].indexOf(subject) + subject.length);
    out.push({ kind: 'direction', block: block.index, from: verbAt, to: from - 1, verb: verb.toLowerCase(), current: c, base: b });
  }
  return out;
}

// The clauses of text[from, to) cut at "," and ";" (a decimal comma, between digits, cuts none), each trimmed of nothing.
function cutClauses(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if ((c === ',' || c === ';') && !(/\d/u.test(text[k - 1] ?? '') && /\d/u.test(text[k + 1] ?? ''))) {
      out.push([start, k]);
      start = k + 1;
    }
  }
  out.push([start, to]);
  return out.filter(([a, z]) => text.slice(a, z).trim() !== '');
}
