/**
 * A multiple claimed with no figure of its subject ("số người cao tuổi được khám sức khỏe định kỳ tăng gấp 3 lần so với cùng
 * kỳ") against the one statement elsewhere in the report of that subject's count beside its earlier-period value ("đã khám
 * sức khỏe định kỳ cho 2.209 người cao tuổi (cùng kỳ năm 2024: 1.105 người)": 2.209 over 1.105 is 2,0). The claim's subject
 * is a bare "Số X" (X of two words at least, function words aside) and the claim compares with an earlier period or a year;
 * the statement's words before its count, the count's own noun included, hold every word of X; the earlier value stands
 * alone in a bracket right after the count, labelled by an earlier period ("cùng kỳ", "năm trước") or a year, in the count's
 * unit, or alone in a bracket after the count's own change and "so với" such a period ("1 512 người, tăng 50 % so với cùng
 * kỳ năm 2025 (1 008 người)"), and names every year the claim compares with. Not read: a hedged count or multiple, a claim in a statement holding
 * another figure or a plan word ("phấn đấu", "dự kiến"), a count whose sentence names another kind of period than the
 * claim's ("quý" against "6 tháng"), a count a task or an aim sets (aimed.ts), and any claim two statements match. Read as a `ratio` claim.
 */
import type { Block, Comparison, Figure } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { labelTokens } from './similarity.js';
import { figuresByBlock } from './comparisons.js';
import { aimedFigure } from './aimed.js';
import { alt, APPROXIMATE_WORDS, CHANGE_VERBS, COMPARED_WITH, COUNT_WORDS, EARLIER_PERIOD_WORDS, FUTURE_WORDS, HEDGES, MULTIPLE_NUMBER_WORDS, NEGATION_WORDS, PERIOD_UNITS, wordsRe, YEAR_WORDS, edgeAlt } from '../text/lexicon.js';
import { STATED_DECIMAL, readStatedDecimal, wordedMultipleDecimals } from './numbers.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses' | 'numbers'> & Partial<Pick<ComparisonInput, 'blockSection' | 'sections'>>;

// "số X [tăng] gấp 3 lần so với cùng kỳ": the subject, the verb of a rise, a hedge, the multiple (digits or a word), what it compares with.
const CLAIM = new RegExp(String.raw`${edgeAlt(COUNT_WORDS)}\s+(\p{L}[\p{L} ]{2,80}?)\s+(?:(tăng)\s+)?gấp\s+(?:(${alt(HEDGES)})\s+)?(?:(${STATED_DECIMAL})\s+lần|(${alt(Object.keys(MULTIPLE_NUMBER_WORDS))})(?:\s+lần)?)(?![\p{L}\d])\s*(?:${alt(COMPARED_WITH)})\s+([^,;.()]{0,40})`, 'giu');
const HAS_CLAIM = new RegExp(CLAIM.source, 'iu');
const EARLIER = wordsRe(EARLIER_PERIOD_WORDS);
const FUTURE = wordsRe(FUTURE_WORDS);
const NEGATED = wordsRe(NEGATION_WORDS);
const HEDGED_BEFORE = new RegExp(String.raw`${edgeAlt(APPROXIMATE_WORDS)}\s*$`, 'iu');
// After a count, its noun, then a bracket opened by the earlier period or a year and closed by a colon or nothing:
// " người cao tuổi (cùng kỳ năm 2024: ", " hộ (năm 2024: ".
const BASE_LEAD = new RegExp(String.raw`^[\p{L} ]{0,40}\(\s*((?:${alt(EARLIER_PERIOD_WORDS)})(?:\s+(?:${alt(YEAR_WORDS)})\s+(?:19|20)\d\d)?|(?:${alt(YEAR_WORDS)})\s+(?:19|20)\d\d)\s*(?::|là)?\s*$`, 'iu');
// The base alone in its bracket: its noun, then the bracket's close.
const BASE_TAIL = /^[\p{L} ]{0,30}\)/u;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;
// The kind of period a sentence speaks of: "6 tháng", "quý", "tháng", "năm", the first one named.
const PERIOD = new RegExp(String.raw`(?<![\p{L}])(?:\d+\s+)?(${alt(PERIOD_UNITS)})(?![\p{L}])`, 'iu');
const MIN_WORDS = 2;

interface Stated { current: Figure; base: Figure; words: Set<string>; years: string[]; period: string | null }

/** The figure-less multiples of a bare "Số X", against the one count of X stated with its earlier-period value. */
export function readRecalledRatios(input: Input): Extract<Comparison, { kind: 'ratio' }>[] {
  const out: Extract<Comparison, { kind: 'ratio' }>[] = [];
  let stated: Stated[] | null = null;
  const byBlock = figuresByBlock(input.figures);
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !HAS_CLAIM.test(block.text)) continue;
    const figs = byBlock.get(block.index) ?? [];
    for (const s of input.clauses.statements(block.index)) {
      const own = block.text.slice(s.from, s.to);
      for (const m of own.matchAll(CLAIM)) {
        // The claim's place: from its verb ("tăng gấp 3 lần so với cùng kỳ"), the subject before it aside.
        const verbAt = m[0].indexOf(m[1]) + m[1].length;
        const [from, to] = [s.from + m.index + verbAt + (m[0].slice(verbAt).length - m[0].slice(verbAt).trimStart().length), s.from + m.index + m[0].trimEnd().length];
        if (m[3] || HEDGED_BEFORE.test(own.slice(0, m.index)) || FUTURE.test(own) || NEGATED.test(m[1])) continue;
        // Every figure of the statement lies inside the claim (its multiple, when read as one): the subject's value is elsewhere.
        if (figs.some((f) => { const at = f.span.start - block.span.start; return at >= s.from && at < s.to && (at < from || at >= to); })) continue;
        const compared = m[6];
        const years = compared.match(YEAR) ?? [];
        if (!EARLIER.test(compared) && years.length === 0) continue;
        const subject = labelTokens(m[1]);
        if (subject.length < MIN_WORDS) continue;
        stated ??= statedPairs(input);
        const period = periodOf(block.text.slice(input.clauses.sentenceStart(block.index, s.from), from));
        const found = stated.filter((p) => subject.every((w) => p.words.has(w)) && years.every((y) => p.years.includes(y)) && (period === null || p.period === null || p.period === period));
        if (found.length !== 1) continue;
        const worded = m[5] === undefined ? undefined : MULTIPLE_NUMBER_WORDS[m[5].toLowerCase()] ?? MULTIPLE_NUMBER_WORDS[m[5].toLowerCase().normalize('NFC')];
        if (m[5] !== undefined && worded === undefined) continue;
        // Digits as the document's number style reads them ("1,5" or, written the English way, "1.5"); another mark, unread.
        const digits = worded === undefined ? readStatedDecimal(m[4], input.numbers) : null;
        if (worded === undefined && digits === null) continue;
        const multiple = worded ?? digits!.value;
        const decimals = digits?.decimals ?? wordedMultipleDecimals(multiple);
        out.push({ kind: 'ratio', block: block.index, from, to, stated: multiple, decimals, written: m[5] ?? m[4], increase: worded === undefined && m[2] !== undefined, pair: [found[0].current, found[0].base] });
      }
    }
  }
  return out;
}

// Every count outside tables followed by its earlier-period value alone in a bracket, with the words of its statement
// before it and its noun.
function statedPairs(input: Input): Stated[] {
  const out: Stated[] = [];
  const figures = input.figures;
  for (let k = 0; k + 1 < figures.length; k++) {
    const current = figures[k];
    // The base right after the count, or after the count's own change ("1 512 người, tăng 50 % so với cùng kỳ (1 008 người)").
    const changed = changedBase(input, figures, k);
    const base = changed?.base ?? figures[k + 1];
    if (base.block !== current.block || current.cell !== null || base.cell !== null || current.change || base.change) continue;
    if (current.kind !== 'count' || base.kind !== 'count' || current.unit === null || base.unit === null) continue;
    const block: Block = input.source.blocks[current.block];
    const [at, end, next] = [current.span.start - block.span.start, current.span.end - block.span.start, base.span.start - block.span.start];
    const lead = changed ? null : BASE_LEAD.exec(block.text.slice(end, next));
    if ((!lead && !changed) || !BASE_TAIL.test(block.text.slice(base.span.end - block.span.start))) continue;
    const noun = changed ? changed.noun : block.text.slice(end, end + lead![0].indexOf('('));
    if (!sameNoun(current.unit, base.unit) || HEDGED_BEFORE.test(block.text.slice(Math.max(0, at - 12), at)) || aimedFigure(input, current)) continue;
    const s = input.clauses.at(current.block, at, true);
    if (!s) continue;
    const before = block.text.slice(s.from, at);
    out.push({
      current, base, words: new Set([...labelTokens(before), ...labelTokens(noun)]), years: (changed ? changed.compared : lead![1]).match(YEAR) ?? [],
      period: periodOf(block.text.slice(input.clauses.sentenceStart(current.block, s.from), at)),
    });
  }
  return out;
}

// Between a count and its own change: its noun, a comma, the verb ("1 512 người, tăng 50 %"). Between the change and the
// base: the change's unit, then "so với" the earlier period or a year and the bracket's opening ("% so với cùng kỳ năm 2025 (").
const OWN_CHANGE = new RegExp(String.raw`^([\p{L} ]{0,40}),\s*(?:${alt(CHANGE_VERBS)})\s*$`, 'iu');
const CHANGE_BASE = new RegExp(String.raw`^[\p{L}% ]{0,20}?${edgeAlt(COMPARED_WITH)}\s+((?:${alt(EARLIER_PERIOD_WORDS)})(?:\s+(?:${alt(YEAR_WORDS)})\s+(?:19|20)\d\d)?|(?:${alt(YEAR_WORDS)})\s+(?:19|20)\d\d)\s*\(\s*$`, 'iu');

/**
 * The base of the count at k when it is stated after the count's own change: the count, a comma and a change verb with its
 * amount (not hedged), "so với" an earlier period or a year, and the base alone in a bracket — "1 512 người, tăng 50 % so
 * với cùng kỳ năm 2025 (1 008 người)". With the count's noun and what it is compared with.
 */
function changedBase(input: Input, figures: Figure[], k: number): { base: Figure; noun: string; compared: string } | undefined {
  const [current, change, base] = [figures[k], figures[k + 1], figures[k + 2]];
  if (!change || !base || change.block !== current.block || base.block !== current.block || !change.change || change.change.hedged || change.cell !== null) return undefined;
  const block: Block = input.source.blocks[current.block];
  const local = (o: number) => o - block.span.start;
  const own = OWN_CHANGE.exec(block.text.slice(local(current.span.end), local(change.span.start)));
  const compared = own ? CHANGE_BASE.exec(block.text.slice(local(change.span.end), local(base.span.start))) : null;
  return own && compared ? { base, noun: own[1], compared: compared[1] } : undefined;
}

const head = (unit: string) => unit.toLowerCase().split(/\s+/u)[0];
const sameNoun = (a: string, b: string) => head(a) === head(b);
const periodOf = (text: string): string | null => PERIOD.exec(text)?.[1].toLowerCase() ?? null;
