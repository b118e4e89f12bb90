/**
 * Change rates: a change amount followed by its rate in brackets ("giảm 06 vụ (-25,00%)", "tăng 213 trường hợp
 * (+12,21%)") states the change over the earlier value. That value is the bracketed earlier one of the same unit when the
 * sentence gives it ("(cùng kỳ 816 trường hợp), tăng 432 trường hợp (+52,94%)"), else the current value stated before the
 * change less the change ("xảy ra 24 vụ …; so với cùng kỳ giảm 06 vụ": 30). The current value is the one figure of the same
 * unit before it in its paragraph that is no change or earlier value; with several ("làm chết 11 người, bị thương 09 người"),
 * the one sharing a word with the change's own ("số người chết giảm 01 người"). A value is no current one of the change
 * when it is itself a signed amount ("tăng nhiều nhất (+725 người)": a change of its own), or when a part connector stands
 * between it and the change ("…; riêng các nhóm khác giảm 88 người (-4,1%)", "trong đó …"): the change is then of a
 * group singled out of it, whose earlier value the text does not give here. Unsure: nothing is read.
 */
import type { ChangeRate, Figure, FigureReading } from '../model/index.js';
import { labelTokens } from './similarity.js';
import { unitHead } from './quantities.js';
import { alt, CHANGE_VERBS, PART_CONNECTOR, COMPARED_WITH, COUNT_WORDS, EARLIER_PERIOD_WORDS, EQUAL_WORDS, YEAR_WORDS } from '../text/lexicon.js';
import type { TextReadingInput } from './text-readings.js';

// Between the change amount and its rate: the unit's words and an opening bracket, a plus sign at most.
const TO_RATE = /^[^\d()[\].,;:]{0,40}\(\s*\+?\s*$/u;
const SEPARATOR = /[,;:.]/gu;
const NOISE = new Set([...CHANGE_VERBS, ...COMPARED_WITH, ...COUNT_WORDS, ...EARLIER_PERIOD_WORDS, ...YEAR_WORDS].flatMap((w) => labelTokens(w)));
// A running total is a current value too: "lũy kế 41,3 km, tăng 3,5 km (+9,3%)" grew by the change from its earlier stock.
const CURRENT_ROLES = new Set(['count', 'money', 'cumulative']);
// A sign written right before an amount ("(+725 người)", "(-12 hộ)"): the amount is a change itself, not a level.
const SIGNED = /(?:\+|\(\s*[-−–])\s*$/u;

/** Every change amount with its bracketed rate and the values the rate is of (see the module comment). */
export function readChangeRates(input: TextReadingInput): ChangeRate[] {
  const reading = new Map<number, FigureReading>(input.readings.map((q) => [q.figure.index, q]));
  const out: ChangeRate[] = [];
  const figs = input.figures;
  for (let i = 0; i + 1 < figs.length; i++) {
    const change = figs[i];
    const block = input.source.blocks[change.block];
    if (!change.change || change.change.hedged || change.cell !== null || block.kind === 'row') continue;
    if (change.kind !== 'count' && change.kind !== 'money' && change.kind !== 'decimal') continue;
    const text = block.text;
    const offset = (f: Figure) => f.span.start - block.span.start;
    const end = (f: Figure) => f.span.end - block.span.start;
    const unit = unitHead(change);
    // "giảm 02 vụ (cùng kỳ 07 vụ), giảm 35,7%": the earlier value in a bracket of its own, the rate after it with the change's verb.
    const aside = bracketedBase(figs, i, text, offset, end, unit);
    const rate = figs[aside ? i + 2 : i + 1];
    if (!rate || rate.kind !== 'percent' || rate.block !== change.block) continue;
    const between = text.slice(end(change), offset(rate));
    if (!aside && !TO_RATE.test(between)) continue;
    if (aside && (!rate.change || rate.change.hedged || rate.change.verb !== change.change.verb)) continue;
    const before: Figure[] = [];
    for (let k = i - 1; k >= 0 && figs[k].block === change.block; k--) before.push(figs[k]);
    const sameUnit = before.filter((f) => f.kind === change.kind && !f.change && unitHead(f) === unit && f.cell === null);
    const earlier = sameUnit.filter((f) => reading.get(f.index)?.role === 'prior');
    // A signed amount is a change, never the current value; nor is a value a part connector parts the change from.
    const current = sameUnit.filter((f) => CURRENT_ROLES.has(reading.get(f.index)?.role ?? '')
      && !SIGNED.test(text.slice(Math.max(0, offset(f) - 3), offset(f))) && !PART_CONNECTOR.test(text.slice(end(f), offset(change))));
    const own = ownWords(text, before[0] ? end(before[0]) : 0, offset(change), between, change);
    const fitting = own.length === 0 ? current : current.filter((f) => {
      const words = new Set(wordsAround(text, f, block.span.start, figs));
      return own.some((t) => words.has(t));
    });
    if (fitting.length !== 1 || earlier.length > 1 || (aside && earlier.length > 0)) continue;
    const base = aside ?? earlier[0] ?? null;
    // A stated earlier value the change does not lead from is another comparison: not read.
    if (base && Math.abs(fitting[0].value - base.value - change.change.value) > 1e-6 * Math.max(1, Math.abs(base.value))) continue;
    out.push({ rate, change, current: fitting[0], base });
  }
  return out;
}

// Between a change and an earlier value in brackets ("giảm 02 vụ (cùng kỳ 07 vụ), giảm 35,7%"): the unit's words, the
// bracket opened by an earlier period (its year maybe); after that value, its unit's words, the bracket closed, a comma
// and the change's verb (or "tương đương") right before the rate.
const TO_BASE = new RegExp(String.raw`^[^\d()[\].,;:]{0,40}\(\s*(?:${alt(EARLIER_PERIOD_WORDS)})(?:\s+(?:${alt(YEAR_WORDS)})\s+\d{4})?\s*:?\s*$`, 'iu');
const BASE_TO_RATE = new RegExp(String.raw`^[^\d()[\].,;:]{0,20}\)\s*,\s*(?:(?:${alt(EQUAL_WORDS)})\s+)?(?:${alt(CHANGE_VERBS)})\s*$`, 'iu');

function bracketedBase(figs: readonly Figure[], i: number, text: string, offset: (f: Figure) => number, end: (f: Figure) => number, unit: string | null): Figure | null {
  const change = figs[i];
  const base = figs[i + 1];
  const rate = figs[i + 2];
  if (!base || !rate || base.block !== change.block || rate.block !== change.block || base.change || base.cell !== null) return null;
  if (base.kind !== change.kind || unitHead(base) !== unit) return null;
  if (!TO_BASE.test(text.slice(end(change), offset(base))) || !BASE_TO_RATE.test(text.slice(end(base), offset(rate)))) return null;
  return base;
}

// The change's own words: from the last stop before it (after the figure before it) to its bracket, less its number,
// unit, change verb, "so với", "cùng kỳ" and "số" ("số người chết giảm 01 người (": chết).
function ownWords(text: string, from: number, at: number, between: string, change: Figure): string[] {
  const head = text.slice(from, at);
  const stops = [...head.matchAll(SEPARATOR)];
  const start = stops.length ? stops[stops.length - 1].index! + 1 : 0;
  const unit = new Set(labelTokens(change.unit ?? ''));
  return labelTokens(`${head.slice(start)} ${between.replace('(', ' ')}`).filter((t) => !unit.has(t) && !NOISE.has(t) && !/^\d/u.test(t));
}

// The words of a figure's clause piece: from the stop or figure before it to the stop or figure after it.
function wordsAround(text: string, f: Figure, base: number, figs: readonly Figure[]): string[] {
  const prev = figs[f.index - 1];
  const next = figs[f.index + 1];
  const from = prev && prev.block === f.block ? prev.span.end - base : 0;
  const to = next && next.block === f.block ? next.span.start - base : text.length;
  const head = text.slice(from, f.span.start - base);
  const stops = [...head.matchAll(SEPARATOR)];
  const start = stops.length ? from + stops[stops.length - 1].index! + 1 : from;
  const tail = text.slice(f.span.end - base, to);
  const stop = tail.search(SEPARATOR);
  return labelTokens(`${text.slice(start, f.span.start - base)} ${stop >= 0 ? tail.slice(0, stop) : tail}`);
}
