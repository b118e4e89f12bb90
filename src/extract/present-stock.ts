/**
 * A stock moved from the level there is now to a target: "Nâng tổng số phòng lưu trú từ 1 680 phòng hiện nay lên 2 000 phòng".
 * The figure after "từ" that PRESENT_STOCK_WORDS follow restates the stock at the report's date (what the results state as
 * "toàn huyện có … 1 860 phòng"), named by the noun phrase the verb moves; the figure after "lên"/"xuống" is the target,
 * never a stock. Read on the lower-cased words of a figure's clause (quantities.ts).
 */
import { alt, CHANGE_FROM_WORDS, COUNT_WORDS, edgeAlt, NEW_LEVEL_TAILS, NEW_LEVEL_VERBS, PRESENT_STOCK_WORDS, STOCK_MOVE_VERBS } from '../text/lexicon.js';

// The verb, the count word at most, the noun phrase (one to eight words), then "từ" right before the figure.
const MOVED_FROM = new RegExp(String.raw`${edgeAlt(STOCK_MOVE_VERBS)}\s+(?:(?:${alt(COUNT_WORDS)})\s+)?((?:\p{L}+\s+){1,8}?)(?:${alt(CHANGE_FROM_WORDS)})\s*$`, 'u');
// The figure's unit (at most three words), then the word of the present.
const NOW_AFTER = new RegExp(String.raw`^(\s*(?:\p{L}+\s+){0,3}?)(?:${alt(PRESENT_STOCK_WORDS)})(?![\p{L}])`, 'u');
// Between the stock now and the figure: its unit, the word of the present, then the verb of the new level.
const TO_TARGET = new RegExp(String.raw`^\s*(?:\p{L}+\s+){0,3}?(?:${alt(PRESENT_STOCK_WORDS)})\s+(?:${alt(NEW_LEVEL_VERBS)})(?:\s+(?:${alt(NEW_LEVEL_TAILS)}))?\s*$`, 'u');
const FROM_END = new RegExp(String.raw`${edgeAlt(CHANGE_FROM_WORDS)}\s*$`, 'u');

/** The stock there is now: its noun phrase and where its unit ends in `after` (the present word's start); null when not one. */
export function presentFrom(gapSegment: string, after: string): { noun: string; unitEnd: number } | null {
  const now = NOW_AFTER.exec(after);
  if (now === null) return null;
  const moved = MOVED_FROM.exec(gapSegment);
  return moved === null ? null : { noun: moved[1].trim(), unitEnd: now[1].trimEnd().length };
}

/**
 * The figure is the target a stock is moved to from its level now ("… từ 1 680 phòng hiện nay lên 2 000 phòng"): `before` is
 * the clause's words before the figure ahead of it, `gap` those between the two.
 */
export function targetFromPresent(before: string, gap: string): boolean {
  return TO_TARGET.test(gap) && FROM_END.test(before);
}
