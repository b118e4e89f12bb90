/**
 * The days a balance's levels are dated to (extract/claims-balance.ts): a level told at a cut-off ("tính đến 31/12/2024 …
 * 1.742 bình"), at a bound of a period ("Dân số ngày 01/01/2024 là …") or at the end of a named year ("cuối năm 2024 thư
 * viện có …") opens a balance closed only by a level at a later day, or by one of the present ("hiện có", "đến nay") when
 * the flows between are told in a period after that day ("6 tháng đầu năm 2025 trang bị thêm 386 bình").
 */
import { CUT_OFF_WORDS, DATED_LEVEL_WORDS, YEAR_END_WORDS, edgeAlt } from '../text/lexicon.js';

const iso = (year: string, month: string, day: string) => `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;

// A cut-off word and a full date before a level ("đến ngày 31/12/2023 là", "tính đến 30/6/2024 còn"), no figure between:
// the day as yyyy-mm-dd. The level may come a clause after the date ("tính đến 31/12/2024, các hộ gia đình trên địa bàn
// đã trang bị 1.742 bình"), its subject and verb between.
const CUT_OFF_DAY = new RegExp(String.raw`${edgeAlt(CUT_OFF_WORDS)}\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*((?:19|20)\d\d)(?!\d)\D{0,60}$`, 'iu');
/** The cut-off day the words before a level end with, or null. */
export function cutOffDay(words: string): string | null {
  const m = CUT_OFF_DAY.exec(words);
  return m ? iso(m[3], m[2], m[1]) : null;
}

// "Dân số ngày 01/01/2024 là 21.312 người", "Tại thời điểm 31/12/2024, toàn xã có 486 tàu cá": a level dated a bound of a
// period with no cut-off word, the first day of a month or the last (the stock a period ends with, the next one's
// opening), is a period's opening level, closed like a dated cut-off by a level at a later one ("đến ngày 30/11/2024 là
// …"). Any other day dates an event ("Ngày 15/3/2024 tổ chức khám cho 412 người"), not a level.
const BOUND_DAY = new RegExp(String.raw`${edgeAlt(DATED_LEVEL_WORDS)}\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*((?:19|20)\d\d)(?!\d)\D{0,40}$`, 'iu');
/** The first or last day of a month the words before a level date it to, or null. */
export function boundDay(words: string): string | null {
  const m = BOUND_DAY.exec(words);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Day 0 of the next month is this month's last (Date.UTC carries a 13th month into January).
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || (day !== 1 && day !== last)) return null;
  return iso(m[3], m[2], m[1]);
}

// "Cuối năm 2024, thư viện trường có 12.450 cuốn sách": the level at the end of a named year, the last day of that year;
// "6 tháng cuối năm 2024" names a period the flows fall in, no level's day.
const YEAR_END_DAY = new RegExp(String.raw`(?<!tháng\s)${edgeAlt(YEAR_END_WORDS)}\s+((?:19|20)\d\d)(?!\d)\D{0,60}$`, 'iu');
/** The last day of the named year the words before a level date it to, or null. */
export function yearEndDay(words: string): string | null {
  const m = YEAR_END_DAY.exec(words);
  return m ? `${m[1]}-12-31` : null;
}

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;
/**
 * The words between a dated opening level and a level of the present tell the period of the flows, and it comes after the
 * opening's day: they name a year, and every year they name is later than the day's ("6 tháng đầu năm 2025" after
 * 31/12/2024). A year at or before it ("trong năm 2024 bổ sung …") or none leaves "hiện có" possibly the same day.
 */
export function toldAfter(between: string, since: string): boolean {
  const years = between.match(YEAR) ?? [];
  return years.length > 0 && years.every((y) => y > since.slice(0, 4));
}
