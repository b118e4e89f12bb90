/**
 * Checks that keep a comparison's current value the sentence's own, read from the figures alone (no cue word but the
 * "so với" that ends a comparison):
 *
 * - ratioBase: "đạt 158 490 m³, bằng 55,61 % tổng công suất cấp phép năm (285 000 m³), tăng …": the bracket right after a
 *   percent and the noun it is taken of holds that noun's whole, the base of the ratio (an earlier figure of the sentence
 *   over it is that percent), never a value the sentence reports. "đạt 80 % (400 hộ)" (no noun) restates the part.
 * - statedChange / changeAgrees: "tăng 12 240 m³ (tăng 8,37 %) so với cùng kỳ (146 250 m³)": the absolute change stated
 *   with the claim, which the current value less the base must be.
 */
import type { Figure } from '../model/index.js';
import { sameUnit } from './comparisons.js';
import { alt, COMPARED_WITH } from '../text/lexicon.js';

type At = (f: Figure) => number;

const countable = (f: Figure) => f.kind === 'count' || f.kind === 'decimal' || f.kind === 'money';
const end = (at: At, f: Figure) => at(f) + (f.span.end - f.span.start);
// The noun a percent is taken of, up to the bracket: words only, one at least ("% tổng công suất cấp phép năm (").
const NOUN_TO_BRACKET = /^\s*%?[\s\p{L}]{0,80}?\p{L}[\s\p{L}]*\(\s*$/u;
// Between an absolute change and the claim after it: its unit, a bracket or a joining word, no figure, no comparison.
const CHANGE_TO_CLAIM = new RegExp(String.raw`^[^\d;]{0,40}$`, 'u');
const COMPARED = new RegExp(String.raw`(?<![\p{L}])(?:${alt(COMPARED_WITH)})(?![\p{L}])`, 'iu');

// One unit of a figure's last written decimal ("55,61 %" → 0,01; "285 000" → 1).
function lastUnit(f: Figure): number {
  const m = /[.,](\d{1,2})\D*$/u.exec(f.raw);
  return m ? 10 ** -m[1].length : 1;
}

// Each figure is asked once per claim before it: the answer, read once (a long line stays linear).
const RATIO_BASES = new WeakMap<Figure, boolean>();
const NOUN_MAX = 100;

/** True when `v` is the whole of a percent stated right before its bracket: an earlier figure over `v` is that percent. */
export function ratioBase(text: string, figs: readonly Figure[], at: At, v: Figure): boolean {
  let known = RATIO_BASES.get(v);
  if (known === undefined) RATIO_BASES.set(v, (known = readRatioBase(text, figs, at, v)));
  return known;
}

function readRatioBase(text: string, figs: readonly Figure[], at: At, v: Figure): boolean {
  if (!countable(v) || v.value <= 0 || !/\(\s*$/u.test(text.slice(Math.max(0, at(v) - 3), at(v)))) return false;
  const i = figs.indexOf(v);
  const p = i > 0 ? figs[i - 1] : undefined;
  if (!p || p.kind !== 'percent' || at(v) - end(at, p) > NOUN_MAX || !NOUN_TO_BRACKET.test(text.slice(end(at, p), at(v)))) return false;
  return figs.slice(0, i - 1).some((c) => countable(c) && !c.change && sameUnit(c, v) && Math.abs((c.value / v.value) * 100 - p.value) <= lastUnit(p));
}

/**
 * The absolute change stated right before a claim at `from` ("tăng 12 240 m³ (tăng 8,37 %) so với …"): a change figure of
 * the base's unit with no figure, clause end or comparison of its own between; undefined when there is none.
 */
export function statedChange(text: string, figs: readonly Figure[], at: At, from: number, base: Figure): Figure | undefined {
  const g = figs.filter((f) => end(at, f) <= from).at(-1);
  if (!g?.change || !countable(g) || !sameUnit(g, base)) return undefined;
  const between = text.slice(end(at, g), from);
  return CHANGE_TO_CLAIM.test(between) && !COMPARED.test(between) ? g : undefined;
}

// A change written "4,2 triệu đồng" is rounded to 100 000 đồng: held to 2% of its size, or to its last written unit.
const CHANGE_ROUNDING = 0.02;

/** True when `current` less `base` is, in size, the stated absolute change (to its rounding). */
export function changeAgrees(current: Figure, base: Figure, change: Figure): boolean {
  return Math.abs(Math.abs(current.value - base.value) - Math.abs(change.value)) <= Math.max(lastUnit(change), CHANGE_ROUNDING * Math.abs(change.value));
}

/** True when `f` stands inside a bracket opened in its clause ("(285 000 m³)"). */
export function bracketed(text: string, at: At, f: Figure): boolean {
  let depth = 0;
  for (let i = at(f) - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ')') depth++;
    else if (c === '(' && depth-- === 0) return true;
    else if (c === ';') return false;
  }
  return false;
}
