/**
 * A way of change claimed with no amount right after the value it speaks of, against the earlier value in brackets:
 * "Tỷ lệ hòa giải thành đạt 82,0% (41/50 vụ việc …), tăng so với cùng kỳ năm 2025 (85,4%)", "Tiếp nhận 40 vụ việc,
 * giảm so với năm 2024 (45 vụ việc)". Read as a `direction` claim (the value and the base) and judged by claim-mismatch as
 * "giảm so với năm 2023 (01 người)" is.
 *
 * Read only when: a comma, at most two adverbs, then "tăng"/"giảm" (a word of degree at most after it, "tăng nhẹ") right
 * before "so với" and an earlier period (an
 * earlier-period word, or a year); the bracket after it holds one figure and words only, no change of its own; the value is
 * the last figure of the statement before the comma (past its unit words and one bracket aside that compares nothing),
 * unhedged and no change, the only figure of its kind and unit in the statement before the claim, of the base's kind and
 * unit. Anything else is unsure and gives nothing.
 *
 * The earlier value may stand in the aside right after the value instead, named by the very period the claim then compares
 * with: "phát hiện 142 vụ vi phạm (năm 2023: 127 vụ), giảm so với năm 2023". The aside pins the pair, so a rival figure of
 * the statement does not matter; the claim must end its clause there (no amount, no bracket of its own after it).
 */
import type { Comparison, Figure } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { figuresByBlock } from './comparisons.js';
import { unitsAlike } from './labels.js';
import { unspelled } from './read-spelled.js';
import { alt, CHANGE_CLAIM_ADVERBS, CHANGE_DEGREE_WORDS, CHANGE_VERBS, COMPARED_WITH, EARLIER_PERIOD_WORDS, HEDGES, LONG_NOUN_TURN_WORDS, OPENING_STATE_WORDS, YEAR_WORDS, wordsRe, edgeAlt } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses'>;

// An opening state ("so với đầu năm (0,14%)") is an earlier value of the same quantity as well: the one it started the period at.
const PERIOD = String.raw`(?:(?:${alt(EARLIER_PERIOD_WORDS, OPENING_STATE_WORDS)})(?:\s+(?:${alt(YEAR_WORDS)})\s+(?:19|20)\d\d)?|(?:${alt(YEAR_WORDS)})\s+(?:19|20)\d\d)`;
// A word of degree after the verb ("tăng nhẹ", "giảm mạnh") leaves the claim a way of change.
const DEGREE = String.raw`(?:\s+(?:${alt(CHANGE_DEGREE_WORDS)}))?`;
// ", tăng so với cùng kỳ năm 2025 (85,4%)", ", giảm nhẹ so với năm 2024 (45 vụ việc)": groups verb, bracket.
const CLAIM = new RegExp(String.raw`,\s*(?:(?:${alt(CHANGE_CLAIM_ADVERBS)})\s+){0,2}(${alt(CHANGE_VERBS)})${DEGREE}\s+(?:${alt(COMPARED_WITH)})\s+${PERIOD}\s*\(([^()]{1,60})\)`, 'giu');
const HAS_CLAIM = new RegExp(CLAIM.source, 'iu');
// Between the value and the comma: its unit words, then at most one bracket aside. A noun phrase longer than a unit and a
// few words ("57 trường hợp vi phạm trật tự xây dựng") is the value's own only without a word that turns to another subject.
const UNIT_WORDS = /^\s*%?[\p{L} ]{0,30}$/u;
const LONG_UNIT_WORDS = /^\s*%?[\p{L} ]{31,60}$/u;
const TURNS = wordsRe(LONG_NOUN_TURN_WORDS);
const unitWords = (t: string) => UNIT_WORDS.test(t) || (LONG_UNIT_WORDS.test(t) && !TURNS.test(t));
const ASIDE = /\s*\([^()]*\)\s*$/u;
// An aside that compares or changes is another claim's ("(cùng kỳ 30 vụ)", "(tăng 5 vụ)").
const COMPARING = wordsRe([...COMPARED_WITH, ...EARLIER_PERIOD_WORDS, ...OPENING_STATE_WORDS, ...CHANGE_VERBS]);
const HEDGED = new RegExp(String.raw`${edgeAlt(HEDGES)}\s*$`, 'iu');
// "(năm 2023: 127 vụ), giảm so với năm 2023;": groups aside period, aside rest, verb, claim period.
const ASIDE_CLAIM = new RegExp(String.raw`\(\s*(${PERIOD})\s*:?\s*([^()]{1,40})\)\s*,\s*(?:(?:${alt(CHANGE_CLAIM_ADVERBS)})\s+){0,2}(${alt(CHANGE_VERBS)})${DEGREE}\s+(?:${alt(COMPARED_WITH)})\s+(${PERIOD})(?=\s*(?:[;,.]|$))`, 'giu');
const HAS_ASIDE_CLAIM = new RegExp(ASIDE_CLAIM.source, 'iu');

/** The direction claims whose value stands right before them in their own statement. */
export function readOwnDirections(input: Input): Comparison[] {
  const out: Comparison[] = [];
  const byBlock = figuresByBlock(input.figures);
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !HAS_CLAIM.test(block.text)) continue;
    const figs = byBlock.get(block.index) ?? [];
    const at = (f: Figure) => f.span.start - block.span.start;
    const endOf = (f: Figure) => f.span.end - block.span.start;
    for (const m of block.text.matchAll(CLAIM)) {
      const statement = input.clauses.statements(block.index).find((s) => s.from <= m.index && m.index < s.to);
      if (!statement) continue;
      const open = m.index + m[0].length - m[2].length - 2;
      const inBracket = figs.filter((f) => at(f) > open && at(f) <= open + m[2].length);
      const base = inBracket[0];
      if (inBracket.length !== 1 || base.change || /\d/u.test(m[2].replace(base.raw, ''))) continue;
      const current = valueBefore(block.text, figs, at, endOf, statement.from, m.index);
      if (!current || current.kind !== base.kind || current.change || !sameUnit(current, base)) continue;
      // The only figure of its kind and unit before the claim: two counts of one noun leave the claim's subject unsure.
      const rivals = figs.filter((f) => at(f) >= statement.from && at(f) < m.index && f !== current && f.kind === current.kind && sameUnit(f, current));
      if (rivals.length > 0) continue;
      const verbAt = m.index + m[0].indexOf(m[1]);
      out.push({ kind: 'direction', block: block.index, from: verbAt, to: m.index + m[0].length, verb: m[1].toLowerCase(), current, base });
    }
  }
  out.push(...readAsideDirections(input, byBlock));
  return out;
}

/** The direction claims whose earlier value is the aside of the value right before them, named by the claim's own period. */
function readAsideDirections(input: Input, byBlock: ReturnType<typeof figuresByBlock>): Comparison[] {
  const out: Comparison[] = [];
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !HAS_ASIDE_CLAIM.test(block.text)) continue;
    const figs = byBlock.get(block.index) ?? [];
    const at = (f: Figure) => f.span.start - block.span.start;
    const endOf = (f: Figure) => f.span.end - block.span.start;
    for (const m of block.text.matchAll(ASIDE_CLAIM)) {
      if (fold(m[1]) !== fold(m[4])) continue;
      const statement = input.clauses.statements(block.index).find((s) => s.from <= m.index && m.index < s.to);
      if (!statement) continue;
      const rest = m.index + m[0].indexOf(m[2], m[1].length + 1);
      const inAside = figs.filter((f) => at(f) >= rest && endOf(f) <= rest + m[2].length);
      const base = inAside[0];
      if (inAside.length !== 1 || base.change || /\d/u.test(m[2].replace(base.raw, ''))) continue;
      const before = figs.filter((f) => at(f) >= statement.from && endOf(f) <= m.index);
      const current = before[before.length - 1];
      if (!current || !unitWords(unspelled(block.text.slice(endOf(current), m.index), current.value)) || HEDGED.test(block.text.slice(Math.max(statement.from, at(current) - 12), at(current)))) continue;
      if (current.kind !== base.kind || current.change || !sameUnit(current, base)) continue;
      const verbAt = m.index + m[0].lastIndexOf(m[3], m[0].length - m[4].length);
      out.push({ kind: 'direction', block: block.index, from: verbAt, to: m.index + m[0].length, verb: m[3].toLowerCase(), current, base });
    }
  }
  return out;
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ').trim();

// The last figure before the comma, past its unit words and one bracket aside that compares nothing; unhedged.
function valueBefore(text: string, figs: Figure[], at: (f: Figure) => number, endOf: (f: Figure) => number, from: number, comma: number): Figure | undefined {
  let head = text.slice(from, comma);
  const aside = ASIDE.exec(head);
  if (aside) {
    if (COMPARING.test(aside[0])) return undefined;
    head = head.slice(0, aside.index);
  }
  const end = from + head.length;
  const before = figs.filter((f) => at(f) >= from && endOf(f) <= end);
  const last = before[before.length - 1];
  if (!last || !unitWords(unspelled(text.slice(endOf(last), end), last.value))) return undefined;
  return HEDGED.test(text.slice(Math.max(from, at(last) - 12), at(last))) ? undefined : last;
}

const sameUnit = (a: Figure, b: Figure) => (a.kind === 'percent' ? b.kind === 'percent' : a.unit !== null && b.unit !== null && unitsAlike(a.unit, b.unit));
