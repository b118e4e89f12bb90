/**
 * Parts told apart as classes of the whole's own thing, a "trong đó" read as distinct members: "Tổng chiều dài đường giao
 * thông … là 78,6 km, trong đó đường trục xã 12,4 km, đường trục thôn 28,7 km, đường ngõ xóm 22,9 km, đường trục chính nội
 * đồng 15,1 km" names one noun of the whole ("đường") again in every part, each time with a qualifier of its own: a road is
 * of one class, so the classes cannot hold more than the whole together. Only for a measure (length, area, weight, volume;
 * lexicon DIVISIBLE_UNITS) other than money: people, households or firms are counted again under every attribute they have
 * ("hộ nông nghiệp", "hộ nghèo"), and a budget's heads nest ("chi thường xuyên" holds "chi sự nghiệp giáo dục").
 */
import type { Figure } from '../model/index.js';
import { isMeasured } from './labels.js';
import { labelTokens } from './similarity.js';

/** Fewest parts: two named things may well be two views of one ("lao động nữ", "lao động qua đào tạo"). */
const MIN_CLASSES = 3;
/**
 * How far above the whole the classes may add up and still read as one split with a slip in it: 5% of the whole, and less
 * than the smallest part. Classes that overshoot by more rather nest or overlap ("đất nông nghiệp 900 ha, đất trồng lúa 520
 * ha" counts the rice land twice): no reading then.
 */
const SLIP_SHARE = 0.05;

/**
 * True when parts (their figures and own words `texts`, number removed) split a whole (`wholeWords`, its own words) into
 * classes of its thing: three parts at least, each of the whole's kind and unit (a measure, not money), whose words all open with the same word or
 * words, the first of them a noun the whole's words hold ("lúa vụ Đông Xuân, lúa vụ Mùa" of "sản lượng lúa"), each then qualified by words of its own, no two parts the same; and whose sum
 * lies above the whole by a slip's worth at most (see SLIP_SHARE). Parts adding up to the whole or less tell nothing by being
 * distinct: a "trong đó" may name some classes only.
 */
export function classesOfWhole(whole: Figure, parts: readonly Figure[], texts: readonly string[], wholeWords: string): boolean {
  if (parts.length < MIN_CLASSES || parts.length !== texts.length || whole.kind === 'percent' || whole.kind === 'money' || !isMeasured(whole.unit)) return false;
  if (parts.some((p) => p.kind !== whole.kind || p.unit !== whole.unit || p.value <= 0)) return false;
  const sum = parts.reduce((s, p) => s + p.value, 0);
  const excess = sum - whole.value;
  if (!(excess > 1e-9) || excess > SLIP_SHARE * whole.value || excess >= Math.min(...parts.map((p) => p.value))) return false;
  const unit = labelTokens(whole.unit ?? '');
  const words = texts.map((t) => withoutTail(labelTokens(t).filter((w) => !/^\d/u.test(w)), unit));
  const head = commonHead(words);
  if (head.length === 0 || !labelTokens(wholeWords).includes(head[0])) return false;
  const qualifiers = words.map((w) => w.slice(head.length).join(' '));
  return qualifiers.every((q) => q.length > 0) && new Set(qualifiers).size === qualifiers.length;
}

// The words without the unit that closes them ("giường nội khoa 96 giường": the unit after the number, not the class's noun).
function withoutTail(words: string[], tail: readonly string[]): string[] {
  const n = words.length - tail.length;
  return tail.length > 0 && n >= 0 && tail.every((t, k) => words[n + k] === t) ? words.slice(0, n) : words;
}

// The words every list opens with.
function commonHead(words: readonly string[][]): string[] {
  const first = words[0];
  let n = 0;
  while (n < first.length && words.every((w) => w[n] === first[n])) n++;
  return first.slice(0, n);
}
