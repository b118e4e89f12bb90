/**
 * A way of change claimed of a subject between two years, closed by a colon, the two years' values told right after it:
 * "Số vụ cháy rừng giảm mạnh so với năm 2024: năm 2025 xảy ra 09 vụ, năm 2024 là 07 vụ." The year compared with may be
 * named "năm trước"/"năm học trước" (then the two values are of two years in a row, both calendar or both school years,
 * "năm học 2024-2025"), and the earlier value may close the later one's clause in a bracket: "Số hộ tái nghèo giảm so với
 * năm trước: năm 2025 có 12 hộ (năm 2024: 9 hộ)." Read as a `direction` claim
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
import { alt, CHANGE_CLAIM_ADVERBS, CHANGE_DEGREE_WORDS, CHANGE_VERBS, COMPARED_WITH, COUNT_WORDS, HEDGES, NEGATION_WORDS, PRIOR_YEAR_WORDS, SCHOOL_YEAR_TAILS, wordsRe } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures'>;
type Direction = Extract<Comparison, { kind: 'direction' }>;

const YEAR = String.raw`(?:19|20)\d\d`;
// "Số <subject> [adverbs] giảm [mạnh] so với năm 2023:", at a sentence's start.
// The year compared with: "năm 2024", or the year just before named so ("năm trước", "năm học trước").
const BASE = String.raw`(?:năm\s+(?<base>${YEAR})|(?<prior>(?:${alt(PRIOR_YEAR_WORDS)})))`;
const CLAIM = new RegExp(
  String.raw`(?:^|[.!?]\s+)[\s\-+•*–]*(?:${alt(COUNT_WORDS)})\s+(?<subject>\p{L}[\p{L}\s]{1,80}?)\s+(?:(?:${alt(CHANGE_CLAIM_ADVERBS)})\s+){0,2}`
  + String.raw`(?<verb>${alt(CHANGE_VERBS)})(?:\s+(?:${alt(CHANGE_DEGREE_WORDS)}))?\s+(?:${alt(COMPARED_WITH)})\s+${BASE}\s*:`,
  'giu',
);
const HAS_CLAIM = new RegExp(String.raw`(?:${alt(CHANGE_VERBS)})(?:\s+\p{L}+){0,2}\s+(?:${alt(COMPARED_WITH)})\s+(?:năm\s+${YEAR}|(?:${alt(PRIOR_YEAR_WORDS)}))\s*:`, 'iu');
// "năm 2025", "năm học 2024-2025" (a school year, known by its last year), then a colon at most, opening a clause (or its bracket).
const YEAR_OPENING = new RegExp(String.raw`^\s*năm(?:\s+(?:${alt(SCHOOL_YEAR_TAILS)}))?\s+(?:(?<first>${YEAR})\s*[-–]\s*)?(?<year>${YEAR})(?!\d)\s*:?`, 'iu');
const NEGATED = wordsRe(NEGATION_WORDS);
const HEDGED = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(HEDGES)})\s*$`, 'iu');
// Where the sentence after the colon ends: a full stop, "!" or "?" before a space or the end (a thousands point is followed by a digit).
const SENTENCE_END = /[.!?](?=\s|$)/u;

/** The direction claims whose two years' values follow their colon. */
export function readYearListedDirections(input: Input): Direction[] {
  const out: Direction[] = [];
  for (const { block, figs, at, m } of claimMatches(input, HAS_CLAIM, CLAIM)) {
    const { subject, verb, base, prior } = m.groups!;
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
      if (!year || own.length !== 1 || /\d/u.test(digits) || HEDGED.test(block.text.slice(a, at(own[0])))) return null;
      // A school year spans two years in a row: "năm học 2024-2025".
      if (year.groups!.first !== undefined && Number(year.groups!.year) !== Number(year.groups!.first) + 1) return null;
      return { year: Number(year.groups!.year), school: year.groups!.first !== undefined, figure: own[0] };
    });
    if (read.some((r) => r === null)) continue;
    const [one, two] = read as { year: number; school: boolean; figure: Figure }[];
    // Named by its year, the base is a calendar year; "năm trước" is the year just before the other, both told alike.
    if (base !== undefined ? one.school || two.school : one.school !== two.school || Math.abs(one.year - two.year) !== 1) continue;
    const earlierYear = base !== undefined ? Number(base) : Math.min(one.year, two.year);
    const earlier = [one, two].filter((r) => r.year === earlierYear);
    const later = [one, two].filter((r) => r.year > earlierYear);
    if (earlier.length !== 1 || later.length !== 1) continue;
    const [b, c] = [earlier[0].figure, later[0].figure];
    if (b.change || c.change || b.kind !== c.kind || (b.kind !== 'count' && b.kind !== 'decimal') || b.unit === null || c.unit === null || !unitsAlike(b.unit, c.unit)) continue;
    const verbAt = block.text.indexOf(verb, m.index + m[0].indexOf(subject) + subject.length);
    out.push({ kind: 'direction', block: block.index, from: verbAt, to: from - 1, verb: verb.toLowerCase(), current: c, base: b });
  }
  return out;
}

// The clauses of text[from, to) cut at "," and ";" (a decimal comma, between digits, cuts none), each trimmed of nothing. A
// bracket closing a clause that opens with a year is a clause of its own: "năm học 2025-2026 có 9 em (năm học 2024-2025: 12 em)".
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
  return out.filter(([a, z]) => text.slice(a, z).trim() !== '').flatMap(([a, z]) => {
    const aside = TRAILING_YEAR_BRACKET.exec(text.slice(a, z));
    return aside ? [[a, a + aside.index], [a + aside.index + 1, a + aside.index + aside[0].trimEnd().length - 1]] : [[a, z]];
  });
}
const TRAILING_YEAR_BRACKET = new RegExp(String.raw`\((?=\s*năm(?:\s+(?:${alt(SCHOOL_YEAR_TAILS)}))?\s+${YEAR})[^()]*\)\s*$`, 'iu');
