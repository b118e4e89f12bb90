/**
 * What a date is of, from the words around it: a founding document or a deadline ("Căn cứ Quyết định số …
 * ngày 18/3/2022", "trước ngày …"), a cut-off ("đến 31/12/2023"), a plan or forecast, a starting point or a
 * comparison ("kể từ", "so với"), a lasting fact recalled ("công nhận", "khánh thành"), a finished action
 * ("đã", "hoàn thành"), the date an item opens with ("+ Ngày 20/4/2024: …"), and the years a title names.
 * Read here from the lexicon; date-out-of-period only judges where the dates fall.
 */
import type { Analysis } from '../model/index.js';
import { iso } from './dates.js';
import {
  alt, ACT_IN_PAPER_WORDS, COMPARED_TIME_WORDS, PRIOR_OCCURRENCE_NOUNS, HEDGES, AMENDING_ACTIONS, ANNIVERSARY_WORDS, FOUNDING_DAY_WORDS, FOUNDING_YEARS, BACKGROUND_WORDS, BULLET_CHARS, COMPLETED_ACTIONS, CONTINUATION_WORDS, OUTCOME_PARTICLES, EXAMPLE_LEAD_WORDS, ISSUED_ACTIONS, PAPER_SUBJECT_WORDS, CUT_OFF_WORDS, DEADLINE_WORDS, DISSEMINATION_WORDS, DOCUMENT_BASIS_WORDS, DOCUMENT_CODE_MARKS, BASIS_VERB_WORDS, ASPECT_WORDS, FINISHED_PARTICLES, FINISHED_WORDS, HELD_ACTIONS, OWN_DEED_OPENERS, DAY_DEED_SUBJECT_BREAKS, DATED_EVENT_NOUNS, EVENT_DAY_NIGHT_WORDS, EVENT_SPAN_OPENERS, EVENT_YEAR_BACK_WORDS, CURRENT_PERIOD_WORDS, PERIOD_LABEL_LEADS, PERIOD_NAME_WORDS, OTHER_PERIOD_TAILS,
  HELD_DAY_WORDS, EVENT_NOUNS, PLAN_OFFICE_NAMES, TOOK_PLACE_ACTIONS, FUTURE_WORDS, MULTI_YEAR_WORDS, NOT_DEADLINE_HAN_WORDS, OCCURRED_WORDS, HAPPENED_WORDS, POSSIBILITY_WORDS, HAPPENED_DAY_BREAKS, NEW_START_CLASS_WORDS, WORK_START_VERBS, CARRIED_OVER_PROJECT_WORDS, MEASURED_RESULT_VERBS, TOOK_PART_WORDS, ATTAINED_VERBS, ESTIMATE_WORDS, PLAN_RATE_BASES, PLAN_SECTION_WORDS, PLAN_TITLE_EXTRA, PURPOSE_WORDS, SINCE_WORDS, TIME_OF_DAY_WORDS, TITLE_QUANTIFIERS, SCHOOL_YEAR_TAILS, SERIES_NOUNS, YEAR_WORDS, wordsRe, edgeAlt,
} from '../text/lexicon.js';

// Basis words read as whole words ("hạn" is no deadline inside "Phước Thạnh", "hạnh phúc", "xếp hạng"); the marks of a
// document number are read inside it ("15-NQ/TU").
const EXEMPT = new RegExp(String.raw`${edgeAlt(DOCUMENT_BASIS_WORDS)}(?![\p{L}])|(?:${alt(DOCUMENT_CODE_MARKS)})`, 'iu');
// "Phòng Tài chính - Kế hoạch", "Sở Kế hoạch và Đầu tư": an office acting, no plan cited; blanked before the basis words are read.
const PLAN_OFFICE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(PLAN_OFFICE_NAMES).replace(/ - /gu, String.raw`\s*[-–—]\s*`)})(?![\p{L}])`, 'giu');
const basisCited = (words: string): boolean => EXEMPT.test(words.replace(PLAN_OFFICE, ' '));
const FUTURE = wordsRe([...FUTURE_WORDS, ...DEADLINE_WORDS, 'tính đến']);
// "nợ quá hạn", "hạn chế": words holding "hạn" that name no deadline, blanked before the deadline words are read.
const NOT_DEADLINE_HAN = wordsRe(NOT_DEADLINE_HAN_WORDS, 'giu');
// A plan section is titled by its plan words ("Phương hướng, nhiệm vụ năm 2025", "Mục tiêu, nhiệm vụ và giải pháp"); a title
// that only mentions them ("Kết quả thực hiện nhiệm vụ năm 2023") reports what was done.
const PLAN_SECTION = new RegExp(String.raw`^\s*(?:(?:${alt(TITLE_QUANTIFIERS)})\s+)?(?:${alt([...PLAN_SECTION_WORDS, ...PLAN_TITLE_EXTRA])})(?![\p{L}])`, 'iu');
const CUT_OFF = new RegExp(String.raw`${edgeAlt(CUT_OFF_WORDS)}\s+(?:ngày\s+)?$`, 'iu');
const SINCE = wordsRe(SINCE_WORDS);
const BACKGROUND = wordsRe(BACKGROUND_WORDS);
const FINISHED = wordsRe(FINISHED_WORDS);
const OCCURRED = wordsRe(OCCURRED_WORDS);
// "Trong năm xảy ra 01 vụ cháy", "Trong quý phát sinh 03 vụ việc": a happening verb, then the number of what happened.
const HAPPENED_COUNT = new RegExp(String.raw`${edgeAlt(HAPPENED_WORDS)}\s+\d`, 'iu');
// "… tiếp nhận 418 đơn vị": a verb of a measured outcome ("được" may follow it), then its figure.
// A hedge may stand before the figure ("thu hút khoảng 15 000 lượt người").
const MEASURED_RESULT = new RegExp(String.raw`${edgeAlt(MEASURED_RESULT_VERBS)}(?:\s+được)?(?:\s+(?:${alt(HEDGES)}))?\s+\d`, 'iu');
// "các ngày 14/3, 09/7 và 23/12/2024": only a comma, a semicolon or "và" (and "ngày" again) between two listed days.
const LIST_JOIN = /^\s*(?:[,;]|[,;]?\s*và)\s*(?:ngày\s+)?$/iu;
// "Công trình … đã hoàn thành, nghiệm thu và đưa vào sử dụng từ ngày 26/12": a work done, the date its own (no purpose between);
// "Đã tổ chức Lễ tuyên dương … vào ngày 22/12": an event held.
// "… đã xử lý xong ngày 18/12": a verb (one or two words) closed by a particle of completion says the same.
const DONE_BEFORE = new RegExp(String.raw`(?<![\p{L}])đã\s+(?:được\s+)?(?:${alt(COMPLETED_ACTIONS, HELD_ACTIONS)}|\p{L}+(?:\s+\p{L}+)?\s+(?:${alt(FINISHED_PARTICLES)}))(?![\p{L}])`, 'iu');
const ISSUED_BEFORE = new RegExp(String.raw`(?<![\p{L}])đã\s+(?:${alt(ISSUED_ACTIONS)})(?![\p{L}])`, 'iu');
const PAPER_SUBJECT = wordsRe(PAPER_SUBJECT_WORDS);
const PURPOSE = new RegExp(String.raw`${edgeAlt(PURPOSE_WORDS)}(?![\p{L}])`, 'iu');
const MULTI_YEAR = new RegExp(alt(MULTI_YEAR_WORDS), 'iu');
const LEAD_DATE = new RegExp(String.raw`^\s*(?:[${BULLET_CHARS}]\s*)?(?:(?:${alt(TIME_OF_DAY_WORDS)})\s+)?(?:ngày\s+)?$`, 'iu');
const YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/gu;
const YEAR_WORD = /năm/iu;

/** The clause a date sits in: back to the previous "," ";" or sentence end. */
export function clauseBefore(text: string, at: number): string {
  const head = text.slice(0, at);
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('. '));
  return head.slice(cut + 1);
}

// Between one dated paper of a chain and the next: ",", "và" (or both), an amending act ("được" maybe before it), at most a
// few words of how ("có mục tiêu"), then "tại|theo" and the paper; no ";" or sentence end on the way.
const AMENDS_NEXT = new RegExp(String.raw`^[^;.]{0,80}?(?:,|(?<![\p{L}])và)\s*(?:được\s+)?(?:${alt(AMENDING_ACTIONS)})(?:\s+\p{L}+){0,4}?\s+(?:${alt(ACT_IN_PAPER_WORDS)})\s[^;]{0,80}$`, 'iu');
/**
 * The words between two dated papers of one sentence join an amending act to the first's chain: "… giao tại Quyết định số
 * 02/QĐ-UBND ngày 08/01/2024, điều chỉnh tại Quyết định số 45/QĐ-UBND ngày …": the second amends what the first set.
 */
export const amendsChain = (between: string): boolean => AMENDS_NEXT.test(between);

/** The words cite a founding document or set a deadline: a date there is no action of the period. */
export const citesBasis = (words: string): boolean => basisCited(words.replace(BASIS_AS_VERB, ' '));
// "… được thực hiện tại 8/8 xã": a basis word after an aspect word is the verb, blanked before the basis words are read.
const BASIS_AS_VERB = new RegExp(String.raw`${edgeAlt(ASPECT_WORDS)}\s+(?:${alt(BASIS_VERB_WORDS)})(?![\p{L}])`, 'giu');
// "… tổ chức hội nghị phổ biến Luật …, Nghị định số 95/2023/NĐ-CP cho 64 người": what follows a verb of dissemination is the
// session's subject matter.
const DISSEMINATION = wordsRe(DISSEMINATION_WORDS);
/**
 * The words cite a founding document before any verb of dissemination: a decree named only as what a session spread
 * ("Ngày 18/3, tổ chức hội nghị phổ biến Nghị định số …") is its topic, no basis the date belongs to.
 */
export function citesBasisBeyondTopic(words: string): boolean {
  const m = DISSEMINATION.exec(words);
  return citesBasis(m ? words.slice(0, m.index) : words);
}
const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
/** How long before a period's start a day still counts as its own (a quarter's report tells the days just before it). */
const EARLY_MARGIN_DAYS = 31;
/**
 * A day of the period's own year, more than about a month before the period starts ("18/3/2025" in a report on quý III
 * năm 2025), and not in the report's counting window when it has one.
 */
export function earlyInYear(iso: string, periodStart: string, windowStart?: string): boolean {
  if (iso.slice(0, 4) !== periodStart.slice(0, 4) || (windowStart !== undefined && iso >= windowStart)) return false;
  const gap = dayOf(periodStart) - dayOf(iso);
  return !Number.isNaN(gap) && gap > EARLY_MARGIN_DAYS * DAY_MS;
}
/**
 * A day of the year before a period shorter than its year whose day and month fall in the period, on or before `last`
 * ("22/8/2023" in a report on quý III năm 2024; "14/01/2024" in one on năm học 2024 - 2025, 9/2024–5/2025): the day the
 * period holds, written with the year before.
 */
export function slippedYear(iso: string, period: { start: string; end: string }, last: string): boolean {
  if (period.start.slice(5, 10) === '01-01' && period.end.slice(5, 10) === '12-31') return false;
  if (!(dayOf(period.end) - dayOf(period.start) < 365 * DAY_MS) || iso.slice(0, 10) >= period.start.slice(0, 10)) return false;
  const moved = `${Number(iso.slice(0, 4)) + 1}${iso.slice(4, 10)}`;
  return moved >= period.start.slice(0, 10) && moved <= period.end.slice(0, 10) && moved <= last.slice(0, 10);
}
/**
 * A day in the first calendar year of a period running into the next ("năm học 2024 - 2025": 9/2024–5/2025) before the
 * period starts, whose day and month fall in the period's second year ("14/01/2024"): that part of the cycle before, so
 * before the period though its year is the period's first.
 */
export function priorCycleDay(iso: string, period: { start: string; end: string }): boolean {
  const first = period.start.slice(0, 4);
  if (Number(period.end.slice(0, 4)) !== Number(first) + 1 || iso.slice(0, 4) !== first || iso.slice(0, 10) >= period.start.slice(0, 10)) return false;
  return `${period.end.slice(0, 4)}${iso.slice(4, 10)}` <= period.end.slice(0, 10);
}
// "quý trước", "năm ngoái", "tháng tới", "kỳ sau": a period noun with a word making it another period than the report's.
const OTHER_PERIOD = new RegExp(String.raw`(?<![\p{L}])(?:(?:${alt(PERIOD_NAME_WORDS)})\s+(?:${alt(OTHER_PERIOD_TAILS)})|cùng\s+kỳ)(?![\p{L}])`, 'iu');
/** The words name a period other than the report's own ("quý trước", "năm ngoái", "cùng kỳ"). */
export const otherPeriodNamed = (words: string): boolean => OTHER_PERIOD.test(words);
// "trong 12 tháng", "sau 3 năm": a count of months or years, a span of its own.
const SPAN_COUNT = new RegExp(String.raw`(?<![\d./,])(\d{1,2})\s+(${alt(PERIOD_NAME_WORDS)})(?![\p{L}])`, 'giu');
/** The words count a span of months or years the period's label does not ("Trong 12 tháng, …" of "9 tháng năm 2024"). */
export function otherSpanCounted(words: string, label: string): boolean {
  const own = label.toLowerCase().replace(/\s+/gu, ' ');
  return [...words.matchAll(SPAN_COUNT)].some((m) => !own.includes(`${Number(m[1])} ${m[2].toLowerCase()}`));
}
/**
 * The clause before characters `at` of a text cites a founding document or sets a deadline; the opening of the date's own
 * span ("từ ngày 12 đến ngày 14/3/2024") is no deadline.
 */
export const basisBefore = (text: string, at: number): boolean => basisCited(clauseBefore(text, ownSpanStart(text, at)));
/** A cut-off word stands right before the date at `at` ("đến 31/12/2023"): the date counts up to it. */
export const cutOffBefore = (text: string, at: number): boolean => CUT_OFF.test(text.slice(0, at));
// "Đến ngày 18/3/2026, …", "Tính đến hết ngày …": a sentence that opens with its cut-off and nothing else before the date.
const CUT_OFF_OPENS = new RegExp(String.raw`^[\s\-+•*–]*(?:tính\s+)?(?:${alt(CUT_OFF_WORDS)})\s+(?:hết\s+)?(?:ngày\s+)?$`, 'iu');
/**
 * A sentence opening "Đến ngày <d>, …" on a day that ends no month states what stood on that day, no estimate up to
 * the end of a month or period ("đến ngày 31/12/2025" in a report signed 15/12): `lead` is the sentence before the date.
 */
export const dayCutOffOpens = (lead: string, iso: string): boolean => CUT_OFF_OPENS.test(lead) && !monthEnd(iso);
/** How far past signing a day must lie, in a later year than the period, to be no near event told without plan words. */
const FAR_AFTER_DAYS = 92;
/**
 * "ngày 09/11/2026 phường tổ chức hội thi" in a 2025 report signed 18/12/2025: a day months after signing, in a year
 * past the period's, is no event the report could tell of (an event of the next weeks may be, without "sẽ").
 */
export function farPastSigning(iso: string, signed: string, periodEnd: string): boolean {
  const day = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  const sign = Date.parse(`${signed.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(day) || Number.isNaN(sign)) return false;
  return iso.slice(0, 4) > periodEnd.slice(0, 4) && day - sign > FAR_AFTER_DAYS * 86_400_000;
}
function monthEnd(iso: string): boolean {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return true;
  day.setUTCDate(day.getUTCDate() + 1);
  return day.getUTCDate() === 1;
}
// "từ ngày 05/10/2025 đến ngày 12/10/2025", "(08/3/1910 - 08/3/2025)": only a cut-off word or a dash between two dates
// makes them one span.
const SPAN_BETWEEN = new RegExp(String.raw`^\s*(?:(?:${alt(CUT_OFF_WORDS)})\s+(?:ngày\s+)?|[-–—]\s*)$`, 'iu');
/** The words between two dates join them into one span ("… 05/10/2025 đến ngày 12/10/2025"): the second ends the first's span, no deadline. */
export const spanBetween = (between: string): boolean => SPAN_BETWEEN.test(between);
/**
 * The ages in years a passage gives an anniversary ("Lễ kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2024)"
 * → 77): a span of dates whose years lie that far apart runs from the founding day to the anniversary day, whose year is
 * the year the ceremony is held in.
 */
export function anniversaryAges(words: string): number[] {
  return [...words.matchAll(ANNIVERSARY_AGE)].map((m) => Number(m[1]));
}
/**
 * The years the anniversaries of known bodies a passage names fall in ("kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí
 * Minh" → 1931 + 94 = 2025): the year the ceremony is held in.
 */
export function foundingAnniversaryYears(words: string): string[] {
  const out: string[] = [];
  for (const m of words.matchAll(FOUNDING_ANNIVERSARY)) {
    const name = words.slice(m.index + m[0].length).toLowerCase();
    const found = FOUNDING_YEARS.find(([names]) => names.some((n) => name.startsWith(n.toLowerCase())));
    if (found) out.push(String(found[1] + Number(m[1])));
  }
  return out;
}
const FOUNDING_ANNIVERSARY = new RegExp(String.raw`${edgeAlt(ANNIVERSARY_WORDS)}\s+(\d{1,3})\s*năm\s+(?:${alt(FOUNDING_DAY_WORDS)})\s+`, 'giu');
const ANNIVERSARY_AGE = new RegExp(String.raw`${edgeAlt(ANNIVERSARY_WORDS)}\s+(\d{1,3})\s*năm(?![\p{L}])`, 'giu');
/** The words speak of plans, forecasts, estimates or deadlines. */
export const futureWords = (words: string): boolean => FUTURE.test(words.replace(NOT_DEADLINE_HAN, ' ').replace(PLAN_OFFICE, ' '));
// "Ngày 15/8, xã tiếp tục đấu giá thành công 03 lô đất": a continuation verb followed, a few words on, by the action's
// outcome ("thành công", "xong") narrates it as done; without one ("tiếp tục đấu giá các lô còn lại") it plans.
const CONTINUED_DONE = new RegExp(String.raw`${edgeAlt(CONTINUATION_WORDS)}(?=(?:\s+\p{L}+){1,4}\s+(?:${alt(OUTCOME_PARTICLES)})(?![\p{L}]))`, 'giu');
/** The words speak of plans, forecasts, estimates or deadlines, a continuation told with its outcome aside. */
export const futureTold = (words: string): boolean => futureWords(words.replace(CONTINUED_DONE, ' '));
// "Ngày 12/7/2025, Trạm Kiểm lâm phối hợp Công an xã tiếp tục kiểm tra …": a sentence that opens with its day and a comma
// narrates that day; a continuation verb there tells the deed done again on the day, no plan (a plan names its day with
// "sẽ", "dự kiến", "kế hoạch", a deadline with "trước ngày", and those are still read).
const CONTINUED = new RegExp(String.raw`${edgeAlt(CONTINUATION_WORDS)}(?![\p{L}])`, 'giu');
/** As futureTold, for a sentence narrating its opening day ("Ngày <d>, …"): a continuation verb there plans nothing. */
export const futureToldOnDay = (words: string): boolean => futureWords(words.replace(CONTINUED, ' '));
/** The words make an earlier date a starting point or a comparison. */
export const sinceWords = (words: string): boolean => SINCE.test(words);
const COMPARED_TIME = wordsRe(COMPARED_TIME_WORDS);
/**
 * The words of a statement before its date compare with another time ("So với năm 2024 (cơn bão số 3 đổ bộ ngày
 * 07/9/2024 …)"): the date is that time's, cited as a reference beside the period's own events.
 */
// "lần diễn tập trước vào ngày …": an occurrence noun, at most three words, then "trước" not opening a deadline ("trước ngày").
const PRIOR_OCCURRENCE = new RegExp(String.raw`${edgeAlt(PRIOR_OCCURRENCE_NOUNS)}(?:\s+\p{L}+){0,3}?\s+trước(?![\p{L}])(?!\s*(?:ngày|\d))[^.;,]*$`, 'iu');
export const comparedTime = (lead: string): boolean => COMPARED_TIME.test(lead) || PRIOR_OCCURRENCE.test(lead);
// "từ ngày 12 đến ngày 14/3/2024": the opening of a span within one month whose end is the date itself.
const OWN_SPAN_OPENING = new RegExp(String.raw`(?<![\p{L}])(?:${alt(EVENT_SPAN_OPENERS)})\s+(?:ngày\s+)?\d{1,2}(?:\s*\/\s*\d{1,2})?\s*(?:(?:${alt(CUT_OFF_WORDS)})(?![\p{L}])|[-–—])\s*(?:ngày\s+)?$`, 'iu');
/**
 * Where the span a date ends starts, when the text before characters `at` opens one with a bare day ("từ ngày 12 đến ngày
 * 14/3/2024"): its "từ" starts the date's own span, no earlier starting point. `at` when there is none.
 */
export function ownSpanStart(text: string, at: number): number {
  const base = Math.max(0, at - 40);
  const m = OWN_SPAN_OPENING.exec(text.slice(base, at));
  return m ? base + m.index : at;
}
/** The words recall a lasting fact (a recognition, an opening, a merger). */
export const backgroundWords = (words: string): boolean => BACKGROUND.test(words);
/** The words tell an incident or case as having happened ("xảy ra", "phát hiện"). */
export const occurredWords = (words: string): boolean => OCCURRED.test(words);
/** The words count incidents that happened ("xảy ra 02 vụ cháy"), not ones only found. */
export const happenedCount = (words: string): boolean => HAPPENED_COUNT.test(words);
const HAPPENED_AT = new RegExp(String.raw`${edgeAlt(HAPPENED_WORDS)}(?![\p{L}])`, 'giu');
const HAPPENED_ON_DAY = /^\s*(?:vào\s+)?(?:các\s+)?(?:ngày\s+)?$/iu;
const POSSIBLE = wordsRe(POSSIBILITY_WORDS);
const HAPPENED_BREAK = wordsRe(HAPPENED_DAY_BREAKS);
const HAPPENED_REACH = 200;
/**
 * The words before a day (its statement's lead) tell an incident that happened on it: a count of incidents told as happened
 * ("xảy ra 01 vụ ngộ độc … tại …, xã … vào ngày"), or the happening right before the day ("xảy ra vào ngày"), with no deed,
 * paper or starting point between that hands the day to something else, and no risk or forecast before it ("nguy cơ xảy ra").
 */
export function happenedOn(lead: string): boolean {
  const last = [...lead.matchAll(HAPPENED_AT)].at(-1);
  if (!last || POSSIBLE.test(lead.slice(0, last.index))) return false;
  const tail = lead.slice(last.index);
  const between = tail.slice(last[0].length);
  if (HAPPENED_ON_DAY.test(between)) return true;
  return tail.length <= HAPPENED_REACH && happenedCount(tail) && !HAPPENED_BREAK.test(between);
}
const NEW_START_CLASS = wordsRe(NEW_START_CLASS_WORDS);
const WORK_START_ON = new RegExp(String.raw`${edgeAlt(WORK_START_VERBS)}\s+(?:xây\s+dựng\s+)?(?:vào\s+)?ngày\s*$`, 'iu');
const CARRIED_OVER = wordsRe(CARRIED_OVER_PROJECT_WORDS);
/** The words class what follows as works newly started in the plan year ("Dự án khởi công mới"). */
export const newStartClass = (words: string): boolean => NEW_START_CLASS.test(words);
/** The words right before a day make it a work's start ("… khởi công ngày"), and none of them tells it carried over. */
export const workStartOn = (lead: string): boolean => WORK_START_ON.test(lead) && !CARRIED_OVER.test(lead);
/** The words between two dates only join them in one list (", ", " và "). */
export const listJoin = (between: string): boolean => LIST_JOIN.test(between);
/** The words give an event's measured outcome ("tiếp nhận 418 đơn vị"): the event was held. */
// "… vào ngày 14/01 với 612 thí sinh dự thi": "với", a count and its noun (up to three words), then the words of taking part.
const TOOK_PART = new RegExp(String.raw`(?<![\p{L}])với\s+(?:(?:${alt(HEDGES)})\s+)?\d[\d.,\s]*(?:\p{L}+\s+){1,3}(?:${alt(TOOK_PART_WORDS)})(?![\p{L}])`, 'iu');
// "…, ngày 05/4/2025 UBND xã tổ chức ra quân …": a day opening its clause (the sentence or the part after a comma).
const CLAUSE_DAY_LEAD = /(?:^|[,;:])\s*(?:[-+•*]\s*)?ngày\s*$/iu;
// Then a short subject (eight syllables at most, no word tying the day to a paper or a plan) and a deed verb.
const DAY_SUBJECT_DEED = new RegExp(String.raw`^\s*(?:(?!(?:${alt(DAY_DEED_SUBJECT_BREAKS)})(?![\p{L}]))\p{L}+\s+){0,8}(?:đã\s+)?(?:${alt(OWN_DEED_OPENERS)})(?![\p{L}])`, 'iu');
/**
 * A clause opening with its day, then its subject and a deed ("Hưởng ứng …, ngày 05/4/2025 UBND xã tổ chức ra quân …"),
 * narrates what was done that day, as a sentence opening "Ngày <d>, …" does. `lead` runs from the statement's start to
 * the day, `after` from the day on.
 */
export const dayOpensDeed = (lead: string, after: string): boolean => CLAUSE_DAY_LEAD.test(lead) && DAY_SUBJECT_DEED.test(after);
/**
 * A day opening its clause tells that day's step of a chronicle ("Ngày 10/01/2025, Ban Chỉ đạo tổ chức …; ngày 20/3/2025,
 * …"): the clause opens with "ngày" and the day, then a comma or its subject and deed. `lead` runs from the statement's
 * start to the day, `after` from the day on.
 */
export const dayOpensStep = (lead: string, after: string): boolean => CLAUSE_DAY_LEAD.test(lead) && (/^\s*,/u.test(after) || DAY_SUBJECT_DEED.test(after));
/**
 * After its day (a comma maybe between), a short subject and a deed of its own ("…, Ủy ban nhân dân xã tổ chức lễ ra quân
 * …"), no lasting fact recalled on the way ("ngày 20/7/2023, khởi công tuyến …" is a work's start, no deed of the day's actor).
 */
export function subjectDeedAfter(after: string): boolean {
  const m = DAY_SUBJECT_DEED.exec(after.replace(/^\s*,/u, ' '));
  return m !== null && !backgroundWords(m[0]);
}
export const measuredResult = (words: string): boolean => MEASURED_RESULT.test(words);
/**
 * The words give the head count of an event's participants ("với 612 thí sinh dự thi"): held, where the day could only be
 * the period's with its year slipped; a day after signing needs more (the count may be the one expected).
 */
export const tookPart = (words: string): boolean => TOOK_PART.test(words);
// "… xã giao đủ 32/32 công dân, đạt 100% chỉ tiêu": a verb of attaining, a share (a hedge may stand before it), then the target.
const ATTAINED_TARGET = new RegExp(String.raw`${edgeAlt(ATTAINED_VERBS)}\s+(?:(?:${alt(HEDGES)})\s+)?\d[\d.,]*\s*%\s*(?:${alt(PLAN_RATE_BASES)})(?![\p{L}])`, 'iu');
// "… thu hút 46 500 lượt khách, doanh thu ước đạt 38,6 tỷ đồng": an estimate word, a verb of attaining and its figure.
const ESTIMATED_OUTCOME = new RegExp(String.raw`${edgeAlt(ESTIMATE_WORDS)}\s+(?:${alt(ATTAINED_VERBS)})\s+(?:(?:${alt(HEDGES)})\s+)?\d`, 'giu');
/** The words with each estimated outcome blanked: "doanh thu ước đạt 38,6 tỷ đồng" of a held event estimates what it brought, no plan. */
export const withoutEstimatedOutcome = (words: string): string => words.replace(ESTIMATED_OUTCOME, ' ');
/** The words give a deed's result against its target ("đạt 100% chỉ tiêu", "vượt 5% kế hoạch"): the deed was done. */
export const attainedTarget = (words: string): boolean => ATTAINED_TARGET.test(words);
const ATTAINED_TARGETS = new RegExp(ATTAINED_TARGET.source, 'giu');
/** The words with each result against a target blanked: "đạt 96% kế hoạch" measures a deed, it plans or cites nothing. */
export const withoutAttained = (words: string): string => words.replace(ATTAINED_TARGETS, ' ');
/** The words state an action as finished ("đã", "hoàn thành"). */
export const finishedWords = (words: string): boolean => FINISHED.test(words);
/** The words before a date say a work was already done ("đã hoàn thành, nghiệm thu … từ ngày"), with no purpose ("để", "nhằm") between. */
export const doneBefore = (words: string): boolean => (DONE_BEFORE.test(words) || issuedBefore(words)) && !PURPOSE.test(words);
// "thu hoạch dứt điểm toàn bộ diện tích vào ngày …", "giải phóng xong mặt bằng ngày …": a particle of finishing in the date's
// own clause tells the work as done on that day, "đã" or not. A verb that may also schedule ("kết thúc ngày 20/6", "hoàn
// thành ngày 30/6" of a timetable) does not.
const COMPLETED_IN_CLAUSE = new RegExp(String.raw`${edgeAlt(FINISHED_PARTICLES)}(?![\p{L}])`, 'iu');
/** The clause of `lead` closest to its date (after its last "," or ";") tells a work finished, with no purpose word. */
export function completedInClause(lead: string): boolean {
  const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1);
  return COMPLETED_IN_CLAUSE.test(clause) && !PURPOSE.test(clause);
}
// "Kho bạc đã có văn bản xác nhận số dư … ngày 24/6/2026": a paper already issued, the date its own when nothing between
// the act and the date names what the paper is about ("đã ban hành công văn về tổ chức tọa đàm vào ngày …" dates the tọa đàm).
function issuedBefore(words: string): boolean {
  const m = ISSUED_BEFORE.exec(words);
  return m !== null && !PAPER_SUBJECT.test(words.slice(m.index + m[0].length));
}
// "Điển hình là cuộc cưỡng chế … ngày 14/10": a sentence opening with an example word.
const EXAMPLE_LEAD = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(EXAMPLE_LEAD_WORDS)})(?![\p{L}])`, 'iu');
/**
 * The date at `at` stands in a sentence that gives an instance ("Điển hình là …") of what the sentences before it in the
 * same paragraph told as done ("… đã tổ chức 17 cuộc cưỡng chế."), with no plan words: the instance is done.
 */
export function doneInstance(text: string, at: number): boolean {
  const head = text.slice(0, at);
  const start = head.lastIndexOf('. ');
  if (start < 0 || !EXAMPLE_LEAD.test(head.slice(start + 2))) return false;
  const told = head.slice(0, start);
  return finishedWords(told) && !futureWords(told);
}
// "Trong kỳ, …", "Trong năm, …": a sentence opening with a word of the current period and a comma.
const CURRENT_PERIOD_OPENS = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(CURRENT_PERIOD_WORDS)})\s*,`, 'iu');
// "Trong 6 tháng, …" of a period labelled "6 tháng đầu năm 2025": "trong", two words or more of the label's opening, a comma.
const LABEL_OPENS = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(PERIOD_LABEL_LEADS)})\s+([^,;:.]{1,40}?)\s*,`, 'iu');
/** The words open with the report's own period ("Trong kỳ, …", "Trong 6 tháng, …" of "6 tháng đầu năm 2025"). */
export function opensWithPeriod(words: string, label: string): boolean {
  if (CURRENT_PERIOD_OPENS.test(words)) return true;
  const m = LABEL_OPENS.exec(words);
  if (!m) return false;
  const said = m[1].toLowerCase().split(/\s+/u);
  const own = label.toLowerCase().split(/\s+/u);
  return said.length >= 2 && said.length <= own.length && said.every((w, k) => w === own[k]);
}
// "Trong quý ghi nhận …": "trong", a period noun, then a lowercase word (no number of its own: "trong quý II" is another).
const NOUN_OPENS = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(PERIOD_LABEL_LEADS)})\s+(${alt(PERIOD_NAME_WORDS)})\s+(?!(?:${alt(OTHER_PERIOD_TAILS)})(?![\p{L}]))(\p{L})`, 'iu');
// "Năm 2024, …" of a period labelled "năm 2024": the label's opening words themselves (two or more), then a comma.
const BARE_LABEL_OPENS = /^[\s\-+•*–]*([^,;:.]{1,40}?)\s*,/u;
/** The words open with the report's own period by its label, "trong" before it or not ("Năm 2024, …", "Trong năm 2024, …"). */
export function opensWithLabel(words: string, label: string): boolean {
  if (opensWithPeriod(words, label)) return true;
  const m = BARE_LABEL_OPENS.exec(words);
  if (!m) return false;
  const said = m[1].toLowerCase().split(/\s+/u);
  const own = label.toLowerCase().split(/\s+/u);
  return said.length >= 2 && said.length <= own.length && said.every((w, k) => w === own[k]);
}
/**
 * The words open with the report's own period ("Trong kỳ, …", "Trong 6 tháng, …"), or with the bare noun its label opens
 * with, then the sentence's own words ("Trong quý ghi nhận 01 ca …" of "quý I năm 2025"; not "Trong quý trước …").
 */
export function opensWithOwnPeriod(words: string, label: string): boolean {
  if (opensWithPeriod(words, label)) return true;
  const m = NOUN_OPENS.exec(words);
  return m !== null && /\p{Ll}/u.test(m[2]) && m[1].toLowerCase() === label.toLowerCase().split(/\s+/u)[0];
}
// "Hội nghị đối thoại do Chi cục Thuế … tổ chức hôm 26/9/2024 …": a sentence opening with an event noun, then, with no clause
// break, the verb of its taking place and the day ("tổ chức vào ngày", "diễn ra hôm"), or the opening of the days it ran
// ("diễn ra từ ngày 08/11/2023 đến ngày 10/11/2023").
const EVENT_SUBJECT = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(EVENT_NOUNS)})(?![\p{L}])[^,;:()]*?${edgeAlt(TOOK_PLACE_ACTIONS)}\s+(?:(?:${alt(TIME_OF_DAY_WORDS)})\s+)?(?:(?:${alt(EVENT_SPAN_OPENERS)})\s+)?(?:(?:${alt(HELD_DAY_WORDS)})\s+)?$`, 'iu');
/** The sentence before a date (`lead`) makes an event its subject and the date the day it took place. */
export const eventHeldOn = (lead: string): boolean => EVENT_SUBJECT.test(lead);
// "kết quả trong năm có 11 hộ …", "trong kỳ": the report's own period by a word, not a named year ("trong năm 2024"), a
// school year or another period ("trong năm học", "trong năm tới").
const CURRENT_PERIOD_SAID = new RegExp(String.raw`${edgeAlt(CURRENT_PERIOD_WORDS)}(?![\p{L}])(?!\s*\d)(?!\s+(?:${alt(OTHER_PERIOD_TAILS)})(?![\p{L}]))`, 'iu');
/** The words name the report's own period by a word of it ("trong năm", "trong kỳ", "năm nay"). */
export const currentPeriodSaid = (words: string): boolean => CURRENT_PERIOD_SAID.test(words);
/** The words frame several years ("giai đoạn", "từ năm", "qua các năm"). */
export const multiYearWords = (words: string): boolean => MULTI_YEAR.test(words);
/** A section title of plans rather than results. */
export const planSectionTitle = (title: string): boolean => PLAN_SECTION.test(title);
/** The text before a date is no more than an item's opening ("+ Ngày", "- Sáng ngày"). */
export const opensWithDate = (before: string): boolean => LEAD_DATE.test(before);
// "+ Đợt 3 ngày", "- Lần thứ 2 (ngày", "Vòng II:": an item opening with a numbered round of a series, then its day.
const SERIES_LEAD_DATE = new RegExp(String.raw`^\s*(?:[${BULLET_CHARS}]\s*)?(?:${alt(SERIES_NOUNS)})\s+(?:thứ\s+)?(?:\d{1,2}|[ivx]{1,4})\s*[:,(–-]?\s*(?:(?:${alt(TIME_OF_DAY_WORDS)})\s+)?(?:ngày\s+)?$`, 'iu');
/** The text before a date is an item's opening that numbers a round of a series ("+ Đợt 3 ngày", "- Lần thứ 2 (ngày"). */
export const opensWithSeriesDate = (before: string): boolean => SERIES_LEAD_DATE.test(before);
// "+ Ngày 05/4: tháo dỡ …": an item opening with a day and month written without its year, "ngày" before it.
const YEARLESS_LEAD = new RegExp(String.raw`^(\s*(?:[${BULLET_CHARS}]\s*)?(?:(?:${alt(TIME_OF_DAY_WORDS)})\s+)?ngày\s+)(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])`, 'iu');
/**
 * The day an item opens with when written without its year ("+ Ngày 05/4: …"), read in `year` (the one year of the
 * period a chronicle of the period's actions leaves unsaid): characters [from, to) and its ISO form, or null.
 */
export function yearlessLeadDay(text: string, year: string): { from: number; to: number; iso: string; raw: string } | null {
  const m = YEARLESS_LEAD.exec(text);
  if (!m) return null;
  const [d, mo] = [+m[2], +m[3]];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const from = m[1].length;
  return { from, to: m[0].length, iso: iso(+year, mo, d), raw: m[0].slice(from) };
}
/** The years (19xx, 20xx) a title names. */
export const yearsIn = (title: string): string[] => [...title.matchAll(YEAR)].map((m) => m[1]);
/** A date mention written with the word "năm" ("năm 2024", "ngày 5 tháng 3 năm 2024"). */
export const namesYear = (raw: string): boolean => YEAR_WORD.test(raw);

/** The statement (clauses joined across ":") holding characters [from, …) of a block, without its closing mark. */
export function statementAround(input: Pick<Analysis, 'source' | 'clauses'>, block: number, from: number): { from: number; to: number } {
  const text = input.source.blocks[block].text;
  const s = input.clauses.at(block, from, true) ?? { from: 0, to: text.length };
  return { from: s.from, to: /[.;!?:]$/u.test(text.slice(s.from, s.to)) ? s.to - 1 : s.to };
}

// "Bão số 10", "áp thấp nhiệt đới số 2": a numbered occurrence, its key the noun's last word and the number ("bão 10").
const DATED_EVENT = new RegExp(String.raw`${edgeAlt(DATED_EVENT_NOUNS)}\s+số\s+(\d{1,3})(?![\d\p{L}])`, 'giu');
// What may stand between the occurrence and the date it is listed with: "(ngày 28–", " ngày ", " (từ ngày ", " năm trước (ngày "
// (a date written "năm 2024" is one too).
const EVENT_DATE_GAP = new RegExp(String.raw`^\s*(?:(?:${alt(EVENT_YEAR_BACK_WORDS)})\s*)?\(?\s*(?:(?:(?:${alt(EVENT_SPAN_OPENERS)})\s+)?(?:${alt(EVENT_DAY_NIGHT_WORDS)})\s+)?(?:\d{1,2}\s*[-–]\s*)?$`, 'iu');
/** A cheap test that DATED_EVENT can match at all ("số" then a number). */
const EVENT_NUMBER = /số\s+\d/iu;
const eventKey = (m: RegExpExecArray): string => `${m[0].toLowerCase().split(/\s+/u).at(-3)} ${Number(m[1])}`;

// "năm học 2025-2026": a school year, two years in a row; it begins in its first.
const SCHOOL_YEAR = new RegExp(String.raw`${edgeAlt(YEAR_WORDS)}\s+(?:${alt(SCHOOL_YEAR_TAILS)})\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)`, 'giu');

/** The first year of the one school year a statement names ("Lễ khai giảng năm học 2025-2026 …" → 2025), or none. */
function schoolYearStart(said: string): string[] {
  const starts = new Set<string>();
  for (const m of said.matchAll(SCHOOL_YEAR)) if (Number(m[2]) === Number(m[1]) + 1) starts.add(m[1]);
  return starts.size === 1 ? [...starts] : [];
}

/**
 * For each block, for each of its dates (as in `dates`), the years of the numbered occurrences its statement names ("Riêng
 * trong bão số 10, ngày 27/9/2024 …") that the report dates where it lists them ("Bão số 10 (ngày 28–29/9/2025): …"), each
 * dated in one year only: the statement is placed in that year, as if it named it. A statement naming one school year
 * ("Lễ khai giảng năm học 2025-2026 được tổ chức vào ngày …") is placed no earlier than the year it begins: that year is
 * given too (never its second year, in which the school year's own days of the first would fall before). Empty when none.
 */
export function dateEventYears(input: Pick<Analysis, 'source' | 'dates'>, statements: ReadonlyArray<ReadonlyArray<{ from: number; to: number }>>): string[][][] {
  const years = new Map<string, Set<string>>();
  const listedAt = new Set<string>();
  input.source.blocks.forEach((b, block) => {
    // The pattern opens with a lookbehind, tried at every index: a block without "số" and a digit after it is skipped.
    if (b.kind === 'row' || !EVENT_NUMBER.test(b.text)) return;
    const dates = [...(input.dates[block] ?? [])].sort((x, y) => x.from - y.from);
    let j = 0;
    for (const m of b.text.matchAll(DATED_EVENT)) {
      const end = m.index + m[0].length;
      while (j < dates.length && dates[j].from < end) j++;
      const d = dates[j];
      if (!d || !EVENT_DATE_GAP.test(b.text.slice(end, d.from))) continue;
      const key = eventKey(m as RegExpExecArray);
      const set = years.get(key) ?? new Set<string>();
      set.add(d.start.slice(0, 4)).add(d.end.slice(0, 4));
      years.set(key, set);
      listedAt.add(`${block}:${d.from}`);
    }
  });
  return input.dates.map((ds, block) => {
    // One reading per statement: a statement of many dates is read once.
    const named = new Map<string, string[]>();
    return (ds ?? []).map((d, k) => {
      const st = statements[block]?.[k];
      if (!st || listedAt.has(`${block}:${d.from}`)) return [];
      const at = `${st.from}:${st.to}`;
      let out = named.get(at);
      if (!out) {
        const found = new Set<string>();
        const said = input.source.blocks[block].text.slice(st.from, st.to);
        for (const y of schoolYearStart(said)) found.add(y);
        if (years.size > 0 && EVENT_NUMBER.test(said)) for (const m of said.matchAll(DATED_EVENT)) {
          const set = years.get(eventKey(m as RegExpExecArray));
          if (set && set.size === 1) found.add([...set][0]);
        }
        out = [...found];
        named.set(at, out);
      }
      return out;
    });
  });
}
