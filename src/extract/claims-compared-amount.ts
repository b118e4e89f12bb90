/**
 * A difference claimed with a comparative and its amount after what it is weighed against, the other value in brackets
 * right after: "Năng suất bình quân đạt 58,6 tạ/ha, thấp hơn vụ Mùa 2023 là 1,2 tạ/ha (59,8 tạ/ha)", "giá bình quân
 * 42.000 đồng/kg, cao hơn năm trước là 3.000 đồng/kg (39.000 đồng/kg)". The value minus the bracketed one is the amount,
 * signed by the comparative. Read as a `change` claim (amount, not percent) and judged by claim-mismatch as "tăng 3 vụ so
 * với … (B)" is.
 *
 * Read only when: the value stands right before a comma (its unit words only between), unhedged and no change; then the
 * comparative ("cao hơn", "thấp hơn"; "tăng", "giảm" with "so với"), words naming what it is weighed against (no digit
 * but a year, no clause break), "là" or ":", the amount, and a bracket holding the other value alone (its unit words at
 * most). Value, amount and other value count one named unit. Anything else is unsure and gives nothing.
 */
import type { Comparison, Figure } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { claimSites, sameUnit } from './comparisons.js';
import { unitHead } from './quantities.js';
import { parseNumberToken } from './numbers.js';
import { alt, CHANGE_CLAIM_ADVERBS, CHANGE_VERBS, COMPARED_WITH, HEDGES, HIGHER_WORDS, LOWER_WORDS, edgeAlt } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses' | 'numbers'>;
type Change = Extract<Comparison, { kind: 'change' }>;

// ", cao hơn vụ Xuân 2023 là 0,7 ": groups comparative, change verb (then "so với" is required). The words between name
// what the value is weighed against: letters, spaces, a year.
const WEIGHED = String.raw`(?:[\p{L}\s]|(?<![\d.,])(?:19|20)\d\d(?![\d.,]))`;
const CLAIM = new RegExp(
  String.raw`,\s*(?:(?:${alt(CHANGE_CLAIM_ADVERBS)})\s+){0,2}(?:(${alt(HIGHER_WORDS, LOWER_WORDS)})\s+(?:(?:${alt(COMPARED_WITH)})\s+)?|(${alt(CHANGE_VERBS)})\s+(?:${alt(COMPARED_WITH)})\s+)(${WEIGHED}{2,60}?)(?:\s+là|\s*:)\s*(?=\d)`,
  'giu',
);
const HAS_CLAIM = new RegExp(CLAIM.source, 'iu');
const LOWER = new RegExp(String.raw`^(?:${alt(LOWER_WORDS)}|${alt(['giảm'])})$`, 'iu');
// Between the value and the comma: its unit words only ("tạ/ha", "triệu đồng/người").
const UNIT_WORDS = /^\s*[\p{L}\s/%]{0,30}$/u;
// Between the amount and the bracket: its unit words; inside the bracket, the other value alone with its unit words.
const TO_BRACKET = /^\s*[\p{L}\s/%]{0,30}\(\s*$/u;
const CLOSE = /^\s*[\p{L}\s/%]{0,30}\)/u;
const HEDGED = new RegExp(String.raw`${edgeAlt(HEDGES)}\s*$`, 'iu');
const named = (f: Figure) => (f.kind === 'count' || f.kind === 'decimal' || f.kind === 'money') && unitHead(f) !== null;

/** The comparatives with an amount whose value stands before them and whose other value is in the bracket after. */
export function readComparedAmounts(input: Input): Change[] {
  const out: Change[] = [];
  for (const { block, figs, text, at, endOf, m, statement } of claimSites(input, HAS_CLAIM, CLAIM)) {
    const end = m.index + m[0].length;
    const k = figs.findIndex((f) => at(f) === end);
    const amount = figs[k];
    const other = figs[k + 1];
    const value = figs[k - 1];
    if (k < 1 || !other || at(value) < statement.from || endOf(other) > statement.to) continue;
    if (!TO_BRACKET.test(text.slice(endOf(amount), at(other))) || !CLOSE.test(text.slice(endOf(other)))) continue;
    if (!UNIT_WORDS.test(text.slice(endOf(value), m.index)) || HEDGED.test(text.slice(Math.max(statement.from, at(value) - 12), at(value)))) continue;
    if (![value, amount, other].every(named) || value.change || amount.change || other.change) continue;
    if (!sameUnit(value, amount) || !sameUnit(value, other) || value.kind !== other.kind) continue;
    // The amount as written ("4.500", "1,5"), read in the document's style; an ambiguous token where it is unsure is not read.
    const written = /^\d+(?:[.,]\d+)*/u.exec(amount.raw)?.[0];
    const stated = written ? parseNumberToken(written, input.numbers?.style ?? 'vi', input.numbers?.sure ?? true) : null;
    if (!stated || stated.value <= 0) continue;
    const verb = (m[1] ?? m[2]).toLowerCase();
    const down = LOWER.test(verb);
    const from = m.index + m[0].indexOf(m[1] ?? m[2]);
    out.push({
      kind: 'change', block: block.index, from, to: endOf(amount), verb, stated: stated.value, signed: down ? -stated.value : stated.value,
      decimals: stated.decimals, percent: false, unit: unitOf(amount), written: written!, figure: amount, current: value, base: other,
      amount: value.value, scale: amount.value / stated.value,
    });
  }
  return out;
}

const unitOf = (f: Figure) => f.unit ?? '';
