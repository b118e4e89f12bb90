/**
 * A multiple claimed by a statement that opens with its subject in words alone and closes on its base, alone in a bracket
 * after the earlier period: "Kinh phí hỗ trợ học bổng năm nay tăng gấp đôi so với năm học trước (45 triệu đồng)" after
 * "Nhà trường đã trao học bổng … với tổng kinh phí 72 triệu đồng, gồm: …" (72 over 45 is 1,6). The current value is the
 * one figure before the claim, in its own paragraph (else the one just before, same section), in the base's unit, whose
 * sentence up to it and its own unit words name every word of the subject (its current-period words aside, two words at
 * least). A figure after "gồm"/"trong đó" with another such figure before that word in its sentence is a part of it, no
 * value of the subject. The earlier period is an earlier-period word ("cùng kỳ", "năm trước") or a year before the
 * report's, the words between "so với" and it the subject's own ("so với Tết năm 2024"). Read only when the statement
 * holds nothing else (no other figure, no hedge, no negation, no plan word) and exactly one value matches; the current
 * value's sentence names no year but the report's. Read as a `ratio` claim, judged by claim-mismatch.
 */
import type { Comparison, Figure } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { figuresByBlock, sameUnit } from './comparisons.js';
import { unitHead } from './quantities.js';
import { labelTokens } from './similarity.js';
import { readStatedDecimal, STATED_DECIMAL, wordedMultipleDecimals } from './numbers.js';
import {
  alt, APPROXIMATE_WORDS, BREAKDOWN_WORDS, COMPARED_WITH, CURRENT_PERIOD_WORDS, EARLIER_PERIOD_WORDS, FUTURE_WORDS, MULTIPLE_NUMBER_WORDS, NEGATION_WORDS, PLAN_WORDS,
  YEAR_WORDS, wordsRe,
} from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses' | 'readings' | 'numbers' | 'meta' | 'blockSection'>;
type RatioClaim = Extract<Comparison, { kind: 'ratio' }>;

// The whole statement: its subject (words only), "tăng" perhaps, the multiple, "so với", a few words, the earlier period
// (a word of it, or "năm" and a year), the bracket's opening. The base and the bracket's close follow.
const CLAIM = new RegExp(String.raw`^[\s\-+•*–]*(\p{L}[\p{L} ]{2,80}?)\s+(?:(tăng)\s+)?gấp\s+(?:(${STATED_DECIMAL})\s+lần|(${alt(Object.keys(MULTIPLE_NUMBER_WORDS))})(?:\s+lần)?)(?![\p{L}\d])\s*(?:${alt(COMPARED_WITH)})\s+((?:\p{L}+\s+){0,3}?)(?:(${alt(EARLIER_PERIOD_WORDS)})(?:\s+(?:${alt(YEAR_WORDS)})\s+((?:19|20)\d\d))?|(?:${alt(YEAR_WORDS)})\s+((?:19|20)\d\d))\s*\(\s*$`, 'iu');
const HAS_MULTIPLE = /gấp/iu;
// After the base: its unit words, the bracket's close, the statement's end.
const BASE_TAIL = /^[\p{L} ]{0,20}\)\s*[.;]?\s*$/u;
const UNSURE_WORDS = wordsRe([...APPROXIMATE_WORDS, ...NEGATION_WORDS, ...PLAN_WORDS, ...FUTURE_WORDS]);
const CURRENT = new RegExp(String.raw`(?<![\p{L}])(?:${alt(CURRENT_PERIOD_WORDS)})(?![\p{L}])`, 'giu');
const BREAKDOWN = wordsRe(BREAKDOWN_WORDS);
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;
// What a figure counts after it: its unit words, up to a clause mark.
const OWN_WORDS = /^[^;:.,()!?\d]{0,40}/u;
const NOT_VALUES = new Set(['change', 'prior', 'target']);
const MIN_WORDS = 2;
// The year the report's period ends in; none known, no year is earlier.
const yearOf = (input: Input): number => Number(input.meta?.period?.end.slice(0, 4) ?? NaN);

/** Multiples of a worded subject against its base in brackets, the current value told before them in the paragraph. */
export function readSubjectRatios(input: Input): RatioClaim[] {
  const reportYear = yearOf(input);
  const out: RatioClaim[] = [];
  const byBlock = figuresByBlock(input.figures);
  let roles: Map<number, string> | null = null;
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !HAS_MULTIPLE.test(block.text)) continue;
    const figs = [...(byBlock.get(block.index) ?? [])].sort((a, b) => a.span.start - b.span.start);
    const at = (f: Figure) => f.span.start - block.span.start;
    // One walk over the block's figures (in text order) for all its statements, not a filter per statement.
    let k = 0;
    for (const s of input.clauses.statements(block.index)) {
      while (k < figs.length && at(figs[k]) < s.from) k++;
      let j = k;
      while (j < figs.length && at(figs[j]) < s.to) j++;
      const own = figs.slice(k, j);
      if (!HAS_MULTIPLE.test(block.text.slice(s.from, s.to))) continue;
      const base = own.at(-1);
      if (!base || base.change || base.cell !== null || unitHead(base) === null) continue;
      const baseAt = base.span.start - block.span.start;
      const m = CLAIM.exec(block.text.slice(s.from, baseAt));
      if (!m || !BASE_TAIL.test(block.text.slice(base.span.end - block.span.start, s.to))) continue;
      // A multiple in digits is a figure of its own; nothing else may be.
      if (own.length > (m[3] === undefined ? 1 : 2) || UNSURE_WORDS.test(m[1]) || /\d/u.test(m[1])) continue;
      const year = m[7] ?? m[8];
      if (year !== undefined && !(Number(year) < reportYear)) continue;
      const wanted = labelTokens(m[1].replace(CURRENT, ' '));
      if (wanted.length < MIN_WORDS || !labelTokens(m[5]).every((t) => wanted.includes(t))) continue;
      roles ??= new Map(input.readings.map((r) => [r.figure.index, r.role]));
      const current = currentValue(input, byBlock, block.index, s.from, base, wanted, year, roles);
      if (!current) continue;
      const worded = m[4] === undefined ? undefined : MULTIPLE_NUMBER_WORDS[m[4].toLowerCase()] ?? MULTIPLE_NUMBER_WORDS[m[4].toLowerCase().normalize('NFC')];
      const digits = m[4] === undefined ? readStatedDecimal(m[3], input.numbers) : null;
      const stated = worded ?? digits?.value;
      if (stated === undefined) continue;
      const from = s.from + m.index + m[0].indexOf(m[2] ?? 'gấp', m[1].length);
      out.push({
        kind: 'ratio', block: block.index, from, to: baseAt + base.raw.length, stated, decimals: digits?.decimals ?? wordedMultipleDecimals(stated), written: m[4] ?? m[3],
        increase: worded === undefined && m[2] !== undefined, pair: [current, base],
      });
    }
  }
  return out;
}

/** The one value of the subject before the claim: in its paragraph, else in the paragraph just before (same section). */
function currentValue(input: Input, byBlock: ReturnType<typeof figuresByBlock>, blockIndex: number, upTo: number, base: Figure, wanted: string[], year: string | undefined, roles: Map<number, string>): Figure | null {
  const reportYear = yearOf(input);
  for (const b of [blockIndex, blockIndex - 1]) {
    const block = input.source.blocks[b];
    if (!block || block.kind === 'row' || input.blockSection[b] !== input.blockSection[blockIndex]) return null;
    const alike = (byBlock.get(b) ?? []).filter((f) => (b < blockIndex || f.span.start - block.span.start < upTo) && f !== base
      && !f.change && f.cell === null && !NOT_VALUES.has(roles.get(f.index) ?? '') && sameUnit(f, base) && unitHead(f) === unitHead(base));
    if (alike.length === 0) continue;
    const found = alike.filter((f, k) => {
      const at = f.span.start - block.span.start;
      const clause = input.clauses.at(b, at);
      const start = clause ? input.clauses.sentenceStart(b, clause.from) : 0;
      const before = block.text.slice(start, at);
      // A part of a breakdown ("tổng kinh phí 72 triệu đồng, gồm: … 30 triệu đồng") is no value of the whole's subject.
      if (alike.slice(0, k).some((p) => p.span.start - block.span.start >= start && BREAKDOWN.test(block.text.slice(p.span.end - block.span.start, at)))) return false;
      const years = before.match(YEAR) ?? [];
      if (years.some((y) => y === year || Number(y) !== reportYear)) return false;
      const words = new Set([...labelTokens(before), ...labelTokens(OWN_WORDS.exec(block.text.slice(at + f.raw.length))?.[0] ?? '')]);
      return wanted.every((t) => words.has(t));
    });
    return found.length === 1 ? found[0] : null;
  }
  return null;
}
