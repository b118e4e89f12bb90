/**
 * The whole a rate names as its base right after its percent ("đạt 85,4% trên số vụ việc đã kết thúc hòa giải (…",
 * "bằng 79,0% tổng số vụ việc phải giải quyết"), read so that a fraction is paired only with a rate of its own whole.
 */
import { alt, COUNT_WORDS, RATE_WORDS, WHOLE_OF_PREPOSITIONS, WHOLE_TOTAL_WORDS, edgeAlt } from '../text/lexicon.js';
import { labelTokens } from './similarity.js';
import type { PassageFigure } from './read-figures.js';

// "trên số", "của tổng số", "tổng số", "số": the words opening the whole a percent is of.
const BASE_LEAD = String.raw`^\s*(?:(?:${alt(WHOLE_OF_PREPOSITIONS)})\s+)?(?:${alt(WHOLE_TOTAL_WORDS, COUNT_WORDS)})\s+`;
// A percent's base in words alone, then the bracket its own fraction opens ("% trên số vụ việc đã kết thúc hòa giải (").
const BASE_THEN_BRACKET = new RegExp(String.raw`${BASE_LEAD}(\p{L}[\p{L}\s]{0,60}?)\s*\(\s*$`, 'iu');
// The base a percent names after it, up to the first mark or figure.
const BASE_AFTER = new RegExp(String.raw`${BASE_LEAD}(\p{L}[\p{L}\s]{0,60})`, 'iu');

/** The whole a percent names between it and the bracket of a fraction right after ("trên số vụ việc đã kết thúc ("), as tokens. */
function baseBeforeBracket(text: string, q: PassageFigure, f: PassageFigure): string | null {
  const m = BASE_THEN_BRACKET.exec(text.slice(q.to, f.from));
  return m ? labelTokens(m[1]).join(' ') || null : null;
}

/** The whole a percent names right after it ("79,0% tổng số vụ việc phải giải quyết" → "vụ việc phải giải quyết"), as tokens. */
function baseAfter(text: string, p: PassageFigure): string | null {
  const m = BASE_AFTER.exec(text.slice(p.to, p.to + 80));
  return m ? labelTokens(m[1]).join(' ') || null : null;
}

/**
 * "Tỷ lệ hòa giải thành đạt 85,4% trên số vụ việc đã kết thúc hòa giải (158/185 vụ) và bằng 79,0% tổng số vụ việc phải giải
 * quyết": a fraction in brackets after a rate and the whole that rate names is of that whole; a later rate naming another
 * whole (all cases to resolve, not those concluded) is a share of that other whole, never the fraction's.
 */
export function rateOfOtherWhole(text: string, q: PassageFigure | undefined, f: PassageFigure, p: PassageFigure): boolean {
  if (q?.kind !== 'percent') return false;
  const own = baseBeforeBracket(text, q, f);
  const named = own === null ? null : baseAfter(text, p);
  return named !== null && named !== own;
}

/** "… thôn đạt tỷ lệ tiêm chủng đầy đủ ": a rate word and the words naming it, right before the percent. */
export const NAMED_RATE_BEFORE = new RegExp(String.raw`${edgeAlt(RATE_WORDS)}\s+\p{L}[\p{L}\s]*$`, 'iu');

/**
 * "Có 08/10 lớp có tỷ lệ tốt nghiệp 100%", "12/15 xã có tỷ lệ người dân tham gia BHYT đạt 95%": a rate named by its own words
 * in the counted things' own clause (no mark between the fraction and the percent) is a rate each of them has, not the
 * share the fraction makes; "21/22 cán bộ … được trang bị máy tính, đạt tỉ lệ 100%" hands a bare rate over in a clause of its
 * own, the fraction's.
 */
export function rateOfEachCounted(text: string, f: PassageFigure, p: PassageFigure): boolean {
  const between = text.slice(f.to, p.from);
  return !/[,;:()]/u.test(between) && NAMED_RATE_BEFORE.test(between);
}
