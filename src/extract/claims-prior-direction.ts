/**
 * Ways of change claimed with no figure against a value stated elsewhere with its earlier period's in brackets, read as a
 * `direction` claim (current and base are the two figures) and judged by claim-mismatch as the bracketed base of "giảm
 * so với năm 2023 (01 người)" is. One statement loop reads both shapes of the claim, which differ in what names the
 * subject and how it is matched:
 *
 * - a rate: "tỷ lệ phụ nữ sinh con tại cơ sở y tế tiếp tục tăng so với cùng kỳ" against the one rate the report states
 *   with its earlier value in brackets right after it ("Sinh tại cơ sở y tế 124 người, tỷ lệ 89,2% (cùng kỳ năm 2025 là
 *   91,5%)"). The rate is the claim's when every word of its own sentence before it (digits and filler words aside, three
 *   at least) is a word of the claim's subject, and the subject has at most half as many words again of its own; exactly
 *   one rate of the report may match, of the claim's earlier period. Not read: a claim with a figure of its own (a
 *   number in its subject, "lớp 9", "dưới 5 tuổi", aside), a negation, a partial or plan word.
 * - a count: "số vụ vi phạm đã giảm so với cùng kỳ" in an assessment, after "xảy ra 27 vụ vi phạm (cùng kỳ năm 2024: 21
 *   vụ)" in the results. The statement opens with a count word and its subject ("Số …", "Tổng số …"), at most two words
 *   after the verb, a year at most after the earlier-period word; no other digit and no negation; and every pair whose
 *   current figure's name is, word for word, the subject (the same set of words: "trễ hạn 46 hồ sơ" for "số hồ sơ trễ
 *   hạn", never a narrower group of it) states the same values, its base in a bracket opened by an earlier-period word
 *   right after its noun. A year the claim names is the bracket's year.
 */
import type { Analysis, Comparison, Figure, FigureReading } from '../model/index.js';
import { foldKey } from '../text/normalize.js';
import { labelTokens } from './similarity.js';
import { unitsAlike } from './labels.js';
import { unspelled } from './read-spelled.js';
import {
  alt, CHANGE_CLAIM_ADVERBS, CHANGE_VERBS, COMPARED_WITH, COUNT_WORDS, EARLIER_PERIOD_WORDS, NEGATION_WORDS, PARTIAL_CLAIM_WORDS, RATE_SUBJECT_FILLERS,
  RATE_WORDS, wordsRe, edgeAlt,
} from '../text/lexicon.js';

type Input = Pick<Analysis, 'source' | 'figures' | 'clauses' | 'readings'>;
type Direction = Extract<Comparison, { kind: 'direction' }>;
interface Pair { current: Figure; base: Figure }

// Up to two adverbs before the verb ("vẫn tiếp tục giảm").
const ADVERBS = String.raw`(?:(?:${alt(CHANGE_CLAIM_ADVERBS)})\s+){0,2}`;

/**
 * One claim shape: the words naming its subject, then "(adverbs) tăng|giảm (a few words) so với <earlier period>( năm
 * <year>)". Groups: subject, verb, period, year.
 */
const claimShape = (head: string, subject: string, tail: string) => new RegExp(
  String.raw`${head}\s+(?<subject>${subject})\s+${ADVERBS}(?<verb>${alt(CHANGE_VERBS)})${tail}\s+(?:${alt(COMPARED_WITH)})\s+(?<period>${alt(EARLIER_PERIOD_WORDS)})(?:\s+năm\s+(?<year>(?:19|20)\d\d))?(?![\p{L}\d])`,
  'iu',
);

/** A shape of the claim: how it is found in a statement, which pairs it reads, and which of them is its own. */
interface Shape<P extends Pair> {
  claim: RegExp;
  // Whether a block without the claim anywhere may be passed over at once (not for a claim that opens its statement).
  anywhere: boolean;
  pairs: (input: Input) => P[];
  // The pair the claim speaks of, or none when the statement is no such claim or the reading is unsure.
  pick: (pairs: P[], m: RegExpExecArray, statement: string) => P | undefined;
  // Where the claim starts in the statement (the whole match, or its verb).
  from: (m: RegExpExecArray) => number;
}

/** The direction claims with no figure of their own, each with the one current and earlier value of its subject. */
export function readPriorDirections(input: Input): Comparison[] {
  return [...readShape(input, RATE_SHAPE), ...readShape(input, COUNT_SHAPE)];
}

function readShape<P extends Pair>(input: Input, shape: Shape<P>): Direction[] {
  const pairs = shape.pairs(input);
  const out: Direction[] = [];
  if (pairs.length === 0) return out;
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || (shape.anywhere && !shape.claim.test(block.text))) continue;
    for (const s of input.clauses.statements(block.index)) {
      const statement = block.text.slice(s.from, s.to);
      const m = shape.claim.exec(statement);
      const pair = m ? shape.pick(pairs, m, statement) : undefined;
      if (!m || !pair) continue;
      out.push({ kind: 'direction', block: block.index, from: s.from + shape.from(m), to: s.from + m.index + m[0].length, verb: m.groups!.verb.toLowerCase(), current: pair.current, base: pair.base });
    }
  }
  return out;
}

// The rate shape: "tỷ lệ <subject> (tiếp tục) tăng so với cùng kỳ", anywhere in its statement.
const RATE_BLOCKED = wordsRe([...NEGATION_WORDS, ...PARTIAL_CLAIM_WORDS]);
const FILLERS = new Set([...RATE_WORDS, ...RATE_SUBJECT_FILLERS].flatMap((w) => foldKey(w).split(' ')));
const MIN_SHARED = 3;
const BRACKET_SPAN = 200;
const SENTENCE_SPAN = 400;
const COUNTED = /\d[\d.,]*\s+\p{L}+/gu;
// Right after the current rate: "(cùng kỳ năm 2025 là 91,5%)", the earlier period's words opening the bracket.
const PRIOR_AFTER = new RegExp(String.raw`^\s*\(\s*(${alt(EARLIER_PERIOD_WORDS)})(?![\p{L}])[^()%\d]*(?:năm\s+\d{4}[^()%\d]*)?\d`, 'iu');
const rateWords = (s: string) => foldKey(s).split(/[^\p{L}]+/u).filter((w) => w !== '' && !FILLERS.has(w));
interface RatePair extends Pair { period: string; words: string[] }

const RATE_SHAPE: Shape<RatePair> = {
  claim: claimShape(String.raw`${edgeAlt(RATE_WORDS)}`, String.raw`\p{L}[^;:.!?()%,]{3,80}?`, ''),
  anywhere: true,
  pairs: ratePairs,
  pick(pairs, m, own) {
    // A figure of its own ("tăng 2,3 điểm so với cùng kỳ", "… (91,5%)") makes it another claim; an age or a grade in the subject does not.
    if (m.groups!.year !== undefined || own.includes('%') || /\d/u.test(own.slice(0, m.index) + own.slice(m.index + m[0].length)) || RATE_BLOCKED.test(own)) return undefined;
    const subject = new Set(rateWords(m.groups!.subject));
    const period = foldKey(m.groups!.period);
    const found = pairs.filter((p) => p.period === period && p.words.length >= MIN_SHARED && p.words.every((w) => subject.has(w))
      && subject.size - p.words.length <= p.words.length / 2);
    return found.length === 1 ? found[0] : undefined;
  },
  from: (m) => m.index,
};

// Each rate followed by its earlier value in brackets, with the words of its own sentence before it.
function ratePairs(input: Input): RatePair[] {
  const rates = input.figures.filter((f) => f.kind === 'percent' && f.cell === null);
  const out: RatePair[] = [];
  rates.forEach((f, k) => {
    const block = input.source.blocks[f.block];
    const end = f.span.end - block.span.start;
    const prior = PRIOR_AFTER.exec(block.text.slice(end, end + 60));
    const base = rates[k + 1];
    if (!prior || !base || base.block !== f.block) return;
    // The bracket closes within a short window, and the sentence before the rate is looked for within one too: a search
    // through the whole block per rate is quadratic on one long line.
    const close = block.text.slice(end, end + BRACKET_SPAN).indexOf(')');
    if (close < 0 || base.span.end - block.span.start > end + close) return;
    const at = f.span.start - block.span.start;
    const head = block.text.slice(Math.max(0, at - SENTENCE_SPAN), at);
    const from = Math.max(...['. ', '; ', ': ', '! ', '? ', '\n'].map((c) => head.lastIndexOf(c)));
    // A count's noun ("124 người", "171 em") is what it counts, not what the rate measures.
    out.push({ current: f, base, period: foldKey(prior[1]), words: [...new Set(rateWords(head.slice(from + 1).replace(COUNTED, ' ')))] });
  });
  return out;
}

// The count shape: "Số <subject> (đã) giảm (…) so với cùng kỳ (năm 2024)", opening its statement.
const NEGATED = wordsRe(NEGATION_WORDS);
// Between a current figure and its base: the figure's noun (no clause mark, no figure), then a bracket opened by an
// earlier-period word and its year ("46 hồ sơ (cùng kỳ năm 2024: 38 hồ sơ)").
const PRIOR_BRACKET = new RegExp(String.raw`^[^()\d;.:]{0,40}\(\s*(?:${alt(EARLIER_PERIOD_WORDS)})(?:\s+năm\s+((?:19|20)\d\d))?\s*[:,]?\s*$`, 'iu');
interface CountPair extends Pair { tokens: Set<string>; year: string | null }

const COUNT_SHAPE: Shape<CountPair> = {
  claim: claimShape(String.raw`^[\s\-+•*–]*(?:${alt(COUNT_WORDS)})`, String.raw`\p{L}[\p{L}\s]{1,60}?`, String.raw`(?<after>(?:\s+\p{Ll}+){0,2}?)`),
  anywhere: false,
  pairs: countPairs,
  pick(pairs, m, statement) {
    const { subject, after, year } = m.groups!;
    if (/\d/u.test(statement.replace(year ?? '\u0000', '')) || NEGATED.test(subject) || NEGATED.test(after)) return undefined;
    const wanted = new Set(labelTokens(subject));
    const fit = pairs.filter((p) => p.tokens.size === wanted.size && [...wanted].every((t) => p.tokens.has(t)) && (year === undefined || p.year === year));
    return fit.length > 0 && new Set(fit.map((p) => `${p.current.value}/${p.base.value}`)).size === 1 ? fit[0] : undefined;
  },
  from: (m) => m[0].indexOf(m.groups!.verb, m[0].indexOf(m.groups!.subject) + m.groups!.subject.length),
};

// Each count of the prose followed by its earlier period's value in a bracket of its own, of the same unit.
function countPairs(input: Input): CountPair[] {
  const readings = new Map<number, FigureReading>(input.readings.map((r) => [r.figure.index, r]));
  const out: CountPair[] = [];
  for (let k = 0; k + 1 < input.figures.length; k++) {
    const f = input.figures[k];
    const g = input.figures[k + 1];
    if (g.block !== f.block || f.cell !== null || f.change || g.change || f.unit === null || g.unit === null || (f.kind !== 'count' && f.kind !== 'decimal') || g.kind !== f.kind) continue;
    const block = input.source.blocks[f.block];
    if (block.kind === 'row' || !unitsAlike(f.unit, g.unit)) continue;
    const m = PRIOR_BRACKET.exec(unspelled(block.text.slice(f.span.end - block.span.start, g.span.start - block.span.start), f.value));
    if (!m || !/^[^()]{0,30}\)/u.test(block.text.slice(g.span.end - block.span.start))) continue;
    const reading = readings.get(f.index);
    if (reading) out.push({ current: f, base: g, tokens: new Set(reading.tokens), year: m[1] ?? null });
  }
  return out;
}

