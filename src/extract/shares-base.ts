/**
 * Whether a count read as the whole of a share stated elsewhere ("…, đạt 83,4% số người cao tuổi", "chiếm 8,9% tổng số trẻ
 * sinh ra") can be that whole at all. Two things say it cannot, whichever reader found it:
 *
 * - it is itself stated as a part of a larger base: a share of its own, below 100% and of no plan, handed over right
 *   after it ("3 120 hộ được cấp nước sạch, đạt 94,5%; …"): 3 120 is 94,5% of all the households, not all of them;
 * - it is singled out of a longer span, in a sentence of its own: opened by "Riêng", or placed in one quarter or month of
 *   a report that spans more ("Riêng tháng 12 có 41 ca.", "Trong quý III ghi nhận 57 ca."): the year's total is elsewhere.
 *
 * When it cannot, the share is paired with nothing: the rule says nothing rather than judge against the wrong base.
 */
import type { Analysis, Figure } from '../model/index.js';
import { labelTokens } from './similarity.js';
import { alt, COUNT_WORDS, MONTH_WORDS, QUARTER_WORDS, RATE_WORDS, SEPARATELY, SHARE_OF_WHOLE_VERBS, SHARE_REACH_VERBS, WHOLE_OF_PREPOSITIONS, WHOLE_TOTAL_WORDS } from '../text/lexicon.js';

type BaseInput = Pick<Analysis, 'source' | 'figures' | 'clauses'> & Partial<Pick<Analysis, 'meta'>>;

// ", đạt 94,5%" right after a count and the words telling what was done with it, in its own clause.
const OWN_SHARE_HANDED = new RegExp(String.raw`^[^\d;.()]{0,80},\s*(?:${alt(SHARE_REACH_VERBS, SHARE_OF_WHOLE_VERBS)})(?:\s+(?:${alt(RATE_WORDS)}))?\s*$`, 'iu');
// Nothing after a share names what it is of.
const CLOSED = /^\s*%?\s*(?:[,;.)]|$)/u;
// The whole a share names after itself ("% số người cao tuổi", "% của tổng số hộ"): its words, up to a clause mark.
const NAMED_BASE = new RegExp(String.raw`^\s*%?\s*(?:(?:${alt(WHOLE_OF_PREPOSITIONS)})\s+)?(?:${alt(WHOLE_TOTAL_WORDS, COUNT_WORDS)})\s+(\p{L}+(?:\s\p{L}+){0,5}?)\s*(?=[,;.)]|$)`, 'iu');
// A sentence opened by "Riêng", a bullet or dash before it.
const SINGLED_OUT_LEAD = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(SEPARATELY)})(?![\p{L}])`, 'iu');
// One quarter or one month named with its number ("quý IV/2024", "tháng 12").
const SUB_PERIOD_NAMED = new RegExp(String.raw`(?<![\p{L}])(?:${alt(QUARTER_WORDS, MONTH_WORDS)})\s+(?:[IVX]{1,4}|\d{1,2})(?![\p{L}\d])`, 'iu');
/** A report spanning more days than a quarter holds. */
const QUARTER_DAYS = 92;

/** True when `whole` cannot be the base of `share`, the share of `part` (see the module's note). */
export function notTheBase(input: BaseInput, share: Figure, part: Figure, whole: Figure): boolean {
  if (whole.kind !== 'count' || whole.index >= part.index) return false;
  return statedAsShare(input, share, part, whole) || singledOut(input, part, whole);
}

/**
 * The whole has a share of its own (below 100%) handed over right after it, and the later share names a base the whole
 * cannot be: the very base the whole's own share names ("386 hộ, chiếm 17,4% tổng số hộ; … 25 hộ, chiếm 1,1% tổng số
 * hộ"), or, when the whole's share names none, no more than the whole's own noun while the whole's clause tells what was
 * done with it ("3 120 hộ được cấp nước sạch, đạt 94,5%; … 2 890 hộ, đạt 87,5% số hộ": not every household had water).
 */
function statedAsShare(input: BaseInput, share: Figure, part: Figure, whole: Figure): boolean {
  const q = input.figures[whole.index + 1];
  if (!q || q === share || q.index >= part.index || q.kind !== 'percent' || q.block !== whole.block || q.cell !== whole.cell || !(q.value > 0 && q.value < 100)) return false;
  const block = input.source.blocks[whole.block];
  const between = block.text.slice(whole.span.end - block.span.start, q.span.start - block.span.start);
  if (!OWN_SHARE_HANDED.test(between)) return false;
  const named = baseNamed(input, share);
  if (named.length === 0) return false;
  const after = afterFigure(input, q);
  const own = NAMED_BASE.exec(after);
  if (own) return labelTokens(own[1]).join(' ') === named.join(' ');
  if (!CLOSED.test(after)) return false;
  const noun = new Set([...labelTokens(whole.label ?? ''), ...labelTokens(whole.unit ?? '')]);
  const told = labelTokens(between.replace(/,[^,]*$/u, ''));
  return named.every((t) => noun.has(t)) && told.some((t) => !noun.has(t));
}

const afterFigure = (input: BaseInput, f: Figure) => {
  const block = input.source.blocks[f.block];
  return block.text.slice(f.span.end - block.span.start, f.span.end - block.span.start + 80);
};
// The words of the base a share names after itself, canonical; none when it names none.
function baseNamed(input: BaseInput, share: Figure): string[] {
  const m = NAMED_BASE.exec(afterFigure(input, share));
  return m ? labelTokens(m[1]) : [];
}

function singledOut(input: BaseInput, part: Figure, whole: Figure): boolean {
  const block = input.source.blocks[whole.block];
  const at = whole.span.start - block.span.start;
  const clause = input.clauses.at(whole.block, at);
  if (!clause) return false;
  const start = input.clauses.sentenceStart(whole.block, clause.from);
  if (part.block === whole.block) {
    const partClause = input.clauses.at(part.block, part.span.start - block.span.start);
    if (partClause && input.clauses.sentenceStart(part.block, partClause.from) === start) return false;
  }
  const lead = block.text.slice(start, at);
  if (SINGLED_OUT_LEAD.test(lead)) return true;
  return SUB_PERIOD_NAMED.test(lead) && longerThanQuarter(input);
}

function longerThanQuarter(input: BaseInput): boolean {
  const period = input.meta?.period;
  if (!period) return false;
  const days = (Date.parse(period.end) - Date.parse(period.start)) / 86_400_000;
  return days > QUARTER_DAYS;
}
