/**
 * A way of change claimed between two years with no figure of its own ("Nhờ làm tốt công tác phòng ngừa, số vụ cháy năm
 * 2025 đã giảm so với năm 2024"), against the counts the report states of each year elsewhere ("Năm 2024, … xảy ra 06 vụ
 * cháy" in the overview, "Năm 2025 xảy ra 07 vụ cháy" in the results). Read as a `direction` claim and judged by
 * claim-mismatch as "giảm so với năm 2023 (01 người)" is.
 *
 * The claim: a statement opening with a count word and its subject ("Số …", "Tổng số …"; a cause clause closed by a comma
 * may come first), the subject's year at most, up to two adverbs, "tăng"/"giảm" and "so với năm <year>", nothing after;
 * no other digit, no negation. Each side: the counts of the prose whose name is, word for word, the subject (the same set
 * of words), whose scope says nothing but its year — the earlier year named as the sentence's period ("period:năm 2024"),
 * the claim's year the report's own whole year (or named as the earlier one is) — neither a change, a target nor a
 * previous value. Every count of a side states the same value, and both sides are found; else nothing is read.
 */
import type { Analysis, Comparison, FigureReading } from '../model/index.js';
import { labelTokens } from './similarity.js';
import { unitsAlike } from './labels.js';
import { alt, CAUSE_WORDS, CHANGE_CLAIM_ADVERBS, CHANGE_VERBS, COMPARED_WITH, COUNT_WORDS, NEGATION_WORDS, wordsRe } from '../text/lexicon.js';

type Input = Pick<Analysis, 'source' | 'clauses' | 'readings'> & Partial<Pick<Analysis, 'meta'>>;
type Direction = Extract<Comparison, { kind: 'direction' }>;

const YEAR = String.raw`(?:19|20)\d\d`;
// "[Nhờ …, ]số <subject>[ năm Y1] [đã] giảm so với năm Y0[.]": the whole statement.
const CLAIM = new RegExp(
  String.raw`^[\s\-+•*–]*(?:(?:${alt(CAUSE_WORDS)})\s[^\d;:()]*?,\s*)?(?:${alt(COUNT_WORDS)})\s+(?<subject>\p{L}[\p{L}\s]{1,60}?)(?:\s+năm\s+(?<year>${YEAR}))?\s+`
  + String.raw`(?:(?:${alt(CHANGE_CLAIM_ADVERBS)})\s+){0,2}(?<verb>${alt(CHANGE_VERBS)})\s+(?:${alt(COMPARED_WITH)})\s+năm\s+(?<base>${YEAR})[\s.]*$`,
  'iu',
);
const HAS_CLAIM = new RegExp(String.raw`(?:${alt(CHANGE_VERBS)})\s+(?:${alt(COMPARED_WITH)})\s+năm\s+${YEAR}`, 'iu');
const NEGATED = wordsRe(NEGATION_WORDS);
const WHOLE_YEAR = new RegExp(String.raw`^năm\s+(${YEAR})$`, 'iu');

/** The figure-less direction claims between two named years, each against the one count of each year stated elsewhere. */
export function readYearDirections(input: Input): Comparison[] {
  const out: Direction[] = [];
  const ownYear = WHOLE_YEAR.exec(input.meta?.period?.label.trim() ?? '')?.[1] ?? null;
  let counts: FigureReading[] | null = null;
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !HAS_CLAIM.test(block.text)) continue;
    for (const s of input.clauses.statements(block.index)) {
      const statement = block.text.slice(s.from, s.to);
      const m = CLAIM.exec(statement);
      if (!m) continue;
      const { subject, year, verb, base } = m.groups!;
      const current = year ?? ownYear;
      const digits = statement.replace(base, '').replace(year ?? '\u0000', '');
      if (current === null || current === base || /\d/u.test(digits) || NEGATED.test(subject)) continue;
      const wanted = new Set(labelTokens(subject));
      if (wanted.size < 2) continue;
      counts ??= plainCounts(input);
      const named = counts.filter((q) => q.tokens.length === wanted.size && q.tokens.every((t) => wanted.has(t)));
      const now = named.filter((q) => ofYear(q, current, ownYear));
      const before = named.filter((q) => ofYear(q, base, ownYear));
      if (now.length === 0 || before.length === 0 || !oneValue(now) || !oneValue(before) || !unitsAlike(now[0].figure.unit!, before[0].figure.unit!)) continue;
      // The claim runs from its verb to the base's year.
      const verbAt = m[0].indexOf(verb, m[0].indexOf(subject) + subject.length);
      const to = m[0].indexOf(base, verbAt) + base.length;
      out.push({ kind: 'direction', block: block.index, from: s.from + m.index + verbAt, to: s.from + m.index + to, verb: verb.toLowerCase(), current: now[0].figure, base: before[0].figure });
    }
  }
  return out;
}

// The counts of the prose whose scope tells nothing but the lead-in and a year: no change, plan, previous value or part.
function plainCounts(input: Input): FigureReading[] {
  return input.readings.filter((q) => q.figure.cell === null && q.role === 'count' && q.kind === 'count' && !q.figure.change && q.figure.unit !== null && q.pred === null
    && q.scope.split('|').every((t) => t === '' || t.startsWith('lead:') || t.startsWith('period:')));
}

// A count is of a year when its sentence names that year as its period, or names none in a report of that whole year.
function ofYear(q: FigureReading, year: string, ownYear: string | null): boolean {
  const period = q.scope.split('|').find((t) => t.startsWith('period:'));
  if (period === undefined) return year === ownYear;
  return WHOLE_YEAR.exec(period.slice('period:'.length).trim())?.[1] === year;
}

const oneValue = (qs: FigureReading[]) => new Set(qs.map((q) => q.figure.value)).size === 1;
