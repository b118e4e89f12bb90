/**
 * Numbers that are not figures: dates, years, durations and ages, document and
 * decree numbers, standards, phone numbers, levels ("mức độ 3, 4"), list
 * markers, heading numbers, versions ("chợ 4.0"), URLs and e-mail addresses.
 *
 * Each kind is one general pattern over a passage (never a seed sentence). The
 * patterns are applied once each, so a passage costs a fixed number of linear
 * scans; the result is a sorted list of character ranges the figure reader skips.
 *
 * Durations and ages ("6 tháng", "5 năm", "24 tiếng", "18 tuổi") are not figures:
 * in these reports they name the period or the threshold a figure is about,
 * never a quantity an audit would compare — unless counted in thousands or with
 * decimals ("15.512 ngày điều trị", "4,9 ngày"), or an anniversary ("kỷ niệm 82 năm").
 */

import {
  ACCOUNT_WORDS, ORDINAL_WORDS, CODE_NAMING_WORDS, BRANCH_NAME_WORDS, BODY_NAME_WORDS, BODY_WORD_COMPOUNDS, NUMBERED_SITE_KINDS, NUMBERED_UNIT_HEADS, POWER_LINE_WORDS, CALIBRE_WEAPON_WORDS, CALIBRE_UNITS, COURSE_VERBS, COURSE_TRAINEE_NOUNS,
  EVENT_TITLE_WORDS, NUMBERED_ITEM_LINKS, NUMBERED_PLACE_RUN_WORDS, PLACE_KIND_WORDS,
  AGE_PHRASE_ENDS, AGE_RANGE_LEADS, AGE_RUN_LEADS, GOAL_ALL_LEADS, GOAL_ALL_VERBS, SUBSET_RANGE_FROM, SUBSET_RANGE_TO, TOTAL_ROW_LABELS, NUMBERED_ITEM_RUN_WORDS, alt, altInitialCase, SPAN_LEAD_COMPOUND_HEADS, BOUND_WORDS, COMPARISON_WORDS, DEVICE_COMPOUND_HEADS, DEVICE_KIND_WORDS, GRADED_GOODS_WORDS, DEVICE_NAME_BREAKS, ACTION_SPAN_LEADS, TERM_SPAN_HEADS, CHANGE_FROM_WORDS, NEW_LEVEL_VERBS, NEW_LEVEL_TAILS, STOPPAGE_VERBS, ACTION_SPAN_UNITS, SPAN_PERIOD_TAILS, CALENDAR_ERA_WORDS, CROP_SEASON_WORDS, FEAST_SEASON_WORDS, EARTHLY_BRANCHES, HEAVENLY_STEMS, HOTLINE_WORDS, DIAL_WORDS, DIAL_LINKS, DIAL_NUMBER_WORDS, DIAL_NOUN_HEADS, EMERGENCY_NUMBERS, EMERGENCY_SERVICE_WORDS, HOUSE_NUMBER_WORDS, KILOMETRE_POST_WORDS, MAP_SCALE_WORDS, SPEC_UNITS, EMISSION_STANDARD_NAMES, NAME_PRICE_UNITS, STAR_RATING_WORDS, TEMPERATURE_UNITS, PRESSURE_UNITS, PLAN_EXCEEDED_WORDS, ROAD_NAME_HEADS, ROAD_NAME_LEADS, ROAD_WORDS, STREET_WORDS, MEASURED_SPAN_LEADS, MEASURED_SPAN_LINKS, SPAN_COMPARATIVES, HEDGES, MEASURED_SPAN_UNITS, HOUR_UNITS, HAMLET_AS_KIND_HEADS, AMOUNT_AFTER_WORDS, AND_OR_WORDS, ANNIVERSARY_WORDS, COMBINED_PRODUCT_JOINERS, COMPARED_WITH, DATE_CUE_WORDS, DOCUMENT_VERB_WORDS, EVENT_DAY_WORDS, FIGURE_CUE_WORDS, ID_COUNTED_NOUNS, ID_COMPOUND_HEADS, ID_WORDS, ISSUE_LEVEL_WORDS, ISSUED_TO_WORDS, SCHOOL_GRADE_WORDS, ASPECT_WORDS,
  NAMING_WORDS, CHAINAGE_MARKS, DAY_CALENDAR_WORDS, DAY_LIST_MONTH_TAILS, SPAN_VALUE_HEADS, COUNTED_NOUNS, RESIDENTIAL_GROUP_WORDS, COUNT_NUMBER_HEADS, DOCUMENT_KIND_INITIALS, NAMING_WORD_VERBS, RECEIVED_WORDS, LAW_TITLE_WORDS, LEVEL_COMPOUND_HEADS, LEVEL_NUMBER_WORDS, LEVELLED_THINGS, SUBGRADE_WORDS, WIND_FORCE_WORDS, MEASURE_UNITS, PROGRAMME_TITLE_WORDS, PERIOD_NAME_WORDS, NAMED_YEAR_WORDS, VARIETY_NAME_CUES, PERIOD_PLACE_WORDS, PERIODIC_WORDS, PLACED_PERIOD_WORDS, PLURAL_WORDS, DISTRIBUTIVE_WORDS, CATEGORY_NUMBER_WORDS, PRICE_BASE_WORDS, RANGE_WORDS, SPAN_UNITS, WORK_UNIT_TAILS, RATE_SPAN_UNITS, RATE_SPAN_PERIODS, UNITS_IN_PERIOD, edgeAlt,
  OPEN_RANGE_TAILS, REPEAT_THRESHOLD_UNITS, EVENT_GAP_LEADS, QUOTED_NAME_HEADS, SPAN_EVENT_TITLES, INTERVAL_TAILS, INTERVAL_UNITS,
  ANNIVERSARY_GREETING_WORDS, MARKER_POST_HEADS, MARKER_POST_LEADS, RESTATED_PERIOD_WORDS,
  CHANGE_VERBS, CHANGED_SPAN_UNITS, DIFFERENCE_TAILS, COORDINATE_AXES, COORDINATE_AXIS_UNITS, COORDINATE_WORDS, FREQUENCY_STATED_WORDS, NUMBERED_ITEM_VERBS, PASSED_SPAN_COMPOUND_HEADS, PASSED_SPAN_LEADS,
} from '../text/lexicon.js';
import { countedNounAt } from './counted.js';
import { GLUED_SPACE_GROUPS, readStatedDecimal, type NumberStyle } from './numbers.js';
import { findSpacedGroupSlips } from './malformed-numbers.js';
import { parseSpelled } from './spelled.js';
import { findUnit } from './labels.js';
import { keepShape } from '../text/shapes.js';
import { memoMap, remembered } from '../text/memo.js';

// Words as a name opens them: the first letter a capital, any later syllable in either case ("Vành đai", "Vành Đai").
const capitalisedAlt = (words: readonly string[]): string => altInitialCase(words).split('|').map((w) => w.replace(/^\[(\p{Lu})\p{Ll}\]/u, '$1')).join('|');

// A line or a call named earlier in the same sentence: "Duy trì đường dây nóng tiếp nhận tin báo cháy, cứu nạn, cứu hộ 114".
const LINE_WINDOW = 160;
const LINE_BEFORE = new RegExp(`${edgeAlt(HOTLINE_WORDS, DIAL_WORDS)}(?![\\p{L}])[^.;!?]*$`, 'iu');

/** A half-open range [start, end) of a passage. */
export type Range = [number, number];

const L = '\\p{L}';
const DOC_WORDS = alt(ID_WORDS);
const VERB_DOC_TITLES = DOCUMENT_VERB_WORDS.map((w) => w[0].toUpperCase() + w.slice(1)).join('|');
const COUNTED = alt(ID_COUNTED_NOUNS);
// After a document's title word, any counted noun of the closed list ("tổ chức", "cơ sở", "hộ") makes the number a count.
const TITLE_COUNTED = alt(ID_COUNTED_NOUNS, COUNTED_NOUNS);
const AMOUNT_AFTER = `${alt(AMOUNT_AFTER_WORDS)}|%`;
// After an id word, a number of two digits or more before a measure unit is a quantity: "thùng rác loại 240 lít" is the
// bin's size, "bình loại 35 kg" its load; "loại 240" alone names a model, and one digit ("xe ép rác loại 7 tấn", "loại 4
// m3") names a class by its round size, as "loại 1, 2" names one by its number.
const MEASURED_AFTER = alt(MEASURE_UNITS);
const PLURALS = alt(PLURAL_WORDS, DISTRIBUTIVE_WORDS);
// The naming word of each verb it ends ("loại" of "phân loại"), read only right after the verb's first word.
const NAMING_VERB_TAILS = NAMING_WORD_VERBS.map((v) => {
  const [lead, ...rest] = v.split(' ');
  return String.raw`(?<=(?<![\p{L}])${lead}\s+)${rest.join('\\s+')}(?![\p{L}])`;
}).join('|');
const TIME_WORDS = alt(SPAN_UNITS);
const NUM = '\\d+(?:[.,]\\d+)*';
const YEAR = '(?:19|20)\\d\\d';
// What joins two ages of a run (", " — a space after the comma: "1,5" is a decimal — or "và", "hoặc"); the end of a number
// (no decimal, no longer number); no amount or unit after a run.
const AGE_JOIN = `(?:\\s*,\\s+|\\s+(?:${alt(AND_OR_WORDS)})\\s+)`;
const NUMBER_END = '(?![\\d.,]\\d|\\d)';
const NO_AMOUNT_AFTER = `(?!\\s*(?:${alt(AMOUNT_AFTER_WORDS, MEASURE_UNITS)}|%)(?![${L}]))`;
// An age written after "tuổi": no leading zero, at most 120 (the end of the number is checked where it is used).
const AGE = '(?:1[01]\\d|120|[1-9]\\d?)';
// A day of a month, 1 to 31, not the start of a longer number.
const DAY = '(?:0?[1-9]|[12]\\d|3[01])(?![\\d]|[.,]\\d)';
// The year of a date written in full (day, month, year): any year of the last millennium too.
const FULL_DATE_YEAR = '(?:1\\d|20)\\d\\d';
const DASH = '[-–—]';
/** A grade of wind or storm: 1 to 17 (Beaufort and its extension). */
const WIND_GRADE = '(?:1[0-7]|[1-9])';
// One grade of a run ("2", "2a") and what joins two ("2a, 2b", "2a và 2b", "2a - 2b").
const GRADE_ITEM = `\\d{1,2}[a-d]?(?![${L}\\d])`;
const SUBGRADE = `\\d{1,2}[a-d](?![${L}\\d])`;
const GRADE_SEP = `[ \\u00A0]*(?:,|${alt(AND_OR_WORDS)}|${DASH})[ \\u00A0]*`;
const TEMPERATURE = TEMPERATURE_UNITS.map((u) => u.replace(/\s/g, '\\s?')).join('|');
const HAMLET_AS_KIND = new RegExp(String.raw`${edgeAlt(HAMLET_AS_KIND_HEADS)}\s$`, 'iu');
const COUNT_CUE = new RegExp(`${edgeAlt(FIGURE_CUE_WORDS, RECEIVED_WORDS)}(?![${L}])`, 'iu');

/**
 * The patterns, each naming what it excludes; all are global and unicode. A third regex, when given, is a hint: a
 * looser pattern (the same words and what must follow them, without the lookbehinds) that matches at the start of
 * every match of the pattern. A pattern that opens with a lookbehind is tried in full at every index of a passage
 * (3-6× the cost of the same pattern without it); the hint is not, so the pattern is then tried only where the hint
 * matched (see `nextMatch`), with the same matches. A fourth, when given, is what the passage must hold for the pattern to
 * match anywhere in it (a year): without it the pattern is not run.
 */
// Tests a passage must pass for a pattern holding a year (four digits) to match at all: most passages hold none, and the
// patterns opening with a word list are otherwise tried through every one of them.
const NEEDS_YEAR = new RegExp(YEAR);
const NEEDS_FOUR_DIGITS = /\d{4}/;
// The branch pattern opens with a capital tried at every index; a passage without a branch word and its number is skipped.
// The emergency pattern opens with a word list; a passage without one of the numbers is skipped.
const EMERGENCY_NEEDS = new RegExp(`(?:${alt(EMERGENCY_NUMBERS)})(?!\\d)`, 'u');
// A voltage class and what joins two ("22 kV và 35 kV", "35/22 kV"); a passage without "kV" after a digit holds none.
const VOLTAGE = '\\d{1,3}(?:,\\d{1,2})?';
const VOLTAGE_JOIN = `[ \\u00A0]*(?:,|/|${alt(AND_OR_WORDS)})[ \\u00A0]*`;
const KV_NEEDS = /\d[ \u00A0]?kV(?![\p{L}\d])/u;
const BRANCH_NEEDS = new RegExp(`(?:${alt(BRANCH_NAME_WORDS)})[ \\u00A0]+\\d`, 'u');

// Minutes or seconds of an angle: up to two digits, maybe a decimal.
const ANGLE_PART = '\\d{1,2}(?:[.,]\\d+)?[ \\u00A0]?';
// A coordinate's value: a number, its thousands maybe grouped by spaces ("2 452 316"), then maybe degrees, minutes and
// seconds ("104°45'", "3°"; never "°C", a temperature).
const COORDINATE_VALUE = `\\d+(?:[.,]\\d+)*(?:[ \\u00A0\\u202F]\\d{3}(?!\\d))*(?:[ \\u00A0]?°(?![ \\u00A0]?[CF](?![${L}]))(?:[ \\u00A0]?${ANGLE_PART}['′’](?:[ \\u00A0]?${ANGLE_PART}(?:["″”]|''))?)?)?(?![\\d.,]\\d)`;
const DEGREE_NEEDS = /°/u;
// A programme's title words, each opening in either case ("Chương trình", "chương trình").
const PROGRAMME_EITHER_CASE = altInitialCase(PROGRAMME_TITLE_WORDS.map((w) => w.toLowerCase()));
const AXIS_NEEDS = new RegExp(`(?:${COORDINATE_AXES.join('|')})[ \\u00A0]?[(:=]`, 'u');

const PATTERNS: ReadonlyArray<readonly [string, RegExp, RegExp?, RegExp?]> = [
  // A number with a doubled mark ("13,,1%", "42..6 km") has no value: neither "13" nor "1%" is what the report meant
  // (garbled-number reports it from the text), so no half of it is read as a figure.
  ['garbled', /(?<![\d.,])\d+(?:[.,]\d+)*[.,]{2}\d+(?:[.,]{1,2}\d+)*/gu, /\d+(?:[.,]\d+)*[.,]{2}\d/gu],
  ['url', /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov|edu|info)\b\S*/giu],
  // A span of days before a full date ("27-29/4/2024", "16 – 18/02/2025"): the first day is a date too, no figure (the span
  // rises: checked in code).
  ['dayRange', new RegExp(`(?<![\\d.,/])(\\d{1,2})\\s?${DASH}\\s?(\\d{1,2})\\s?/\\s?\\d{1,2}\\s?/\\s?(?:${FULL_DATE_YEAR})(?!\\d)`, 'gu'), undefined, NEEDS_FOUR_DIGITS],
  // A full date's year may be long past: "(19/5/1890 - 19/5/2024)" spans an anniversary, "19/5" is no fraction.
  ['date', new RegExp(`(?<![\\d.,])\\d{1,2}\\s?[/.-]\\s?\\d{1,2}\\s?[/.-]\\s?(?:${FULL_DATE_YEAR}|\\d\\d)(?!\\d)`, 'giu')],
  // "ngày 15", "ngày 15/5/2024"; never the start of a longer number ("cây ngắn ngày 352,7 ha": the day is "ngày", the area follows).
  ['date', new RegExp(`ngày\\s+\\d{1,2}(?!\\d|,\\d)(?:\\s*[/.-]\\s*\\d{1,2})?(?:\\s*[/.-]\\s*\\d{2,4})?(?:\\s+tháng\\s+\\d{1,2})?(?:\\s+năm\\s+\\d{2,4})?`, 'giu')],
  // "ngày 10, 25 hằng tháng", "các ngày 2, 7 âm lịch", "vào ngày 5, 15 và 25.": a list of days after "ngày", of a month or a
  // calendar or closing its clause, is dates;
  // "ngày 10, 25 người dự" (a count after the day) is not read here.
  ['date', new RegExp(`ngày\\s+${DAY}(?:\\s*(?:,|${alt(AND_OR_WORDS)})\\s*${DAY})+(?=\\s+(?:${alt(DAY_LIST_MONTH_TAILS, DAY_CALENDAR_WORDS)})(?![${L}])|\\s*[,.;)]|\\s*$)`, 'giu')],
  ['date', new RegExp(`(?<![\\d.,/])(?:0?[1-9]|1[0-2])\\s?[/.-]\\s?${YEAR}(?!\\d)`, 'giu'), undefined, NEEDS_YEAR],
  ['period', new RegExp(`(?:${alt(PERIOD_NAME_WORDS)})\\s+(?:năm\\s+)?(?:\\d{1,4}|[IVX]+)(?:\\s*[/.-]\\s*${YEAR}|\\s+${YEAR})?(?!\\d|[.,]\\d)`, 'giu')],
  ['date', new RegExp(`(?<![\\d.,])${YEAR}\\s*${DASH}\\s*${YEAR}(?!\\d)`, 'giu'), undefined, NEEDS_YEAR],
  // "năm học 2025", "năm tài chính 2024": a year named by its kind (PERIOD_NAME_WORDS reads "năm 2025" alone).
  ['period', new RegExp(`${edgeAlt(NAMED_YEAR_WORDS)}\\s+${YEAR}(?!\\d|[.,]\\d)`, 'giu'), undefined, NEEDS_YEAR],
  ['date', new RegExp(`(?<![${L}\\d])[IVX]+\\s*/\\s*${YEAR}`, 'gu'), undefined, NEEDS_YEAR],
  ['date', new RegExp(`${edgeAlt(PRICE_BASE_WORDS)}\\s+(?:năm\\s+)?${YEAR}(?!\\d|[.,]\\d)`, 'giu'), undefined, NEEDS_YEAR],
  // "vụ Xuân 2025", "vụ Đông Xuân năm 2025": the year of a crop season.
  ['date', new RegExp(`${edgeAlt(CROP_SEASON_WORDS)}\\s+(?:năm\\s+)?${YEAR}(?!\\d|[.,]\\d)`, 'giu'), undefined, NEEDS_YEAR],
  // "mùa lễ hội Xuân 2025", "Tết Nguyên đán năm 2025": the year of a feast or season (not before a counted noun: below).
  ['feast', new RegExp(`${edgeAlt(FEAST_SEASON_WORDS)}\\s+(?:năm\\s+)?${YEAR}(?!\\d|[.,]\\d)`, 'giu'), undefined, NEEDS_YEAR],
  // "Phật lịch 2568", "Tết Giáp Thìn 2024": a year of a named calendar or a lunar year's stem and branch (capitalised).
  ['date', new RegExp(`(?<![${L}])(?:${alt(CALENDAR_ERA_WORDS)}|(?:${alt(HEAVENLY_STEMS)})\\s+(?:${alt(EARTHLY_BRANCHES)}))\\s+(?:năm\\s+)?\\d{4}(?!\\d|[.,]\\d)`, 'gu'), undefined, NEEDS_FOUR_DIGITS],
  // "640 ngày công", "1 200 giờ công" count work, not time.
  ['duration', new RegExp(`(?<![\\d.,])${NUM}\\s*(?:(?:${DASH}|${alt(RANGE_WORDS)})\\s*${NUM}\\s*)?(?:${TIME_WORDS})(?![${L}])(?!\\s+(?:${alt(WORK_UNIT_TAILS)})(?![${L}]))`, 'giu')],
  // "khám thai đủ 4 lần trở lên", "tiêm từ 2 mũi trở lên": a count of repeated acts as the open end of a range names the
  // indicator's condition, no value measured.
  ['bound', new RegExp(`(?<![\\d.,])\\d{1,2}\\s*(?:${alt(REPEAT_THRESHOLD_UNITS)})\\s+(?:${alt(OPEN_RANGE_TAILS)})(?![${L}])`, 'giu'),
    new RegExp(`\\d{1,2}\\s*(?:${alt(REPEAT_THRESHOLD_UNITS)})\\s+(?:${alt(OPEN_RANGE_TAILS)})`, 'giu')],
  // "độ tuổi từ 16 đến 30", "lứa tuổi 6 - 14": an age range with its unit before it (two ends of at most three digits).
  ['duration', new RegExp(`(?<![${L}])(?:${alt(AGE_RANGE_LEADS)})\\s+(?:(?:${alt(CHANGE_FROM_WORDS)})\\s+)?\\d{1,3}\\s*(?:${DASH}|${alt(RANGE_WORDS)})\\s*\\d{1,3}(?!\\d|[.,]\\d|\\s?%)`, 'giu'),
    new RegExp(`(?:${alt(AGE_RANGE_LEADS)})\\s+(?:(?:${alt(CHANGE_FROM_WORDS)})\\s+)?\\d`, 'giu')],
  // "hội viên ở các độ tuổi 65, 70 và 75": a run of ages after the words of an age group, joined by ", " (a space after the
  // comma: "1,5" is a decimal) or "và", "hoặc", the whole run taken (checked in code: no counted noun after the last).
  ['ageRun', new RegExp(`(?<![${L}])(?:${alt(AGE_RUN_LEADS)})\\s+\\d{1,3}(?:${AGE_JOIN}\\d{1,3})+${NUMBER_END}(?!${AGE_JOIN}\\d)${NO_AMOUNT_AFTER}`, 'giu'),
    new RegExp(`(?:${alt(AGE_RUN_LEADS)})\\s+\\d`, 'giu')],
  // "58 cụ tuổi 70 và 41 cụ tuổi 75", "tuổi 70 có 286 người", "bước sang tuổi 60", a table row "| 2 | Tuổi 95 | 07 |": an age
  // (or a rising run of ages) written after "tuổi" names whom a count is of, or a row's class, no quantity (checked in code: no
  // counted noun after the last; a number after the run that is no age, "tuổi 90 và 06 cụ", counts). Not after a number or
  // a span ("dưới 6 tuổi 318", "18 tháng tuổi 97": "tuổi" is that number's unit, the next number a count), nor after the end
  // of a phrase naming people ("người cao tuổi 21"); an age has no leading zero, is at most 120, and runs on into no
  // thousands group ("tuổi 6 248 người"); a range is the pattern's above ("tuổi 15 - 20%" is none).
  ['ageHead', new RegExp(`(?<![${L}])(?<!(?:\\d|(?<![${L}])(?:${alt(AGE_PHRASE_ENDS, SPAN_UNITS)}))[ \\u00A0]+)tuổi[ \\u00A0]+${AGE}(?:${AGE_JOIN}${AGE})*${NUMBER_END}(?![ \\u00A0\\u202F]\\d{3}${NUMBER_END})(?!${AGE_JOIN}${AGE}${NUMBER_END})(?!\\s*(?:${DASH}|${alt(RANGE_WORDS)})\\s*\\d)${NO_AMOUNT_AFTER}`, 'giu'),
    /tuổi[ \u00A0]+[1-9]/giu],
  // "trực 24/24 giờ", "12/12 tháng": the whole of a span, written as a number over itself, says "all the time", no amount.
  ['duration', new RegExp(`(?<![\\d.,/])(\\d{1,2})\\s?/\\s?\\1\\s*(?:${TIME_WORDS})(?![${L}])`, 'giu')],
  // "Phấn đấu đạt 19/19 tiêu chí", "phấn đấu 16/16 xã đạt chuẩn": every one of a set as a goal, written as a number over
  // itself, states no amount reached (as "24/24 giờ" states no span); "đạt 15/19" and "duy trì 19/19" after a result do.
  ['goal', new RegExp(`${edgeAlt(GOAL_ALL_LEADS)}\\s+(?:(?:${alt(GOAL_ALL_VERBS)})\\s+)?(\\d{1,3})\\s?/\\s?\\1(?![\\d.,/]|\\s?%)`, 'giu'),
    new RegExp(`(?:${alt(GOAL_ALL_LEADS)})\\s`, 'giu')],
  // "Cộng 09 xã (từ 2 đến 10)": a bracketed range after a total word names the rows the subtotal adds by their STT, no
  // amount (extract/table-rows.ts namedSubset); only the bracket, so the count before it stays a figure.
  ['rowRange', new RegExp(`(?<=${edgeAlt(TOTAL_ROW_LABELS)}[^()|\\n]{0,40})\\((?:(?:${alt(SUBSET_RANGE_FROM)})\\s*)?\\d{1,3}\\s*(?:${alt(SUBSET_RANGE_TO)})\\s*\\d{1,3}\\s*\\)`, 'giu'),
    new RegExp(`\\((?:(?:${alt(SUBSET_RANGE_FROM)})\\s*)?\\d`, 'giu')],
  // "Km 18 Quốc lộ 37", "Km 5+200": a kilometre post names a place on a road, it measures no length ("dài 12 km" does).
  ['doc', new RegExp(`(?<![${L}\\d])(?:${alt(KILOMETRE_POST_WORDS)})\\s*\\d{1,4}(?:(?:\\s*\\+\\s*\\d{1,4})|(?=\\s*[,(]?\\s*(?:${alt(ROAD_WORDS)})(?![${L}])))`, 'giu')],
  // "tuyến Trà Cổ - Mốc 1.378", "cột mốc 1378": a boundary marker's number names the marker, as a kilometre post's names a
  // place; a count, a unit or "%" after it ("cắm mốc 120 cọc", "cột mốc 15 km") makes it a quantity.
  ['markerPost', new RegExp(`(?<![${L}])(?:(?:${altInitialCase(MARKER_POST_LEADS)})[ \\u00A0]+(?:${altInitialCase(MARKER_POST_HEADS)})|${capitalisedAlt(MARKER_POST_HEADS)})[ \\u00A0]+(?:\\d{1,3}\\.\\d{3}|\\d{1,4})(?![\\d.,]\\d|\\d)(?!\\s*(?:${alt(COUNTED_NOUNS, MEASURE_UNITS, AMOUNT_AFTER_WORDS)}|%)(?![${L}]))`, 'gu'),
    new RegExp(`(?:(?:${alt(MARKER_POST_LEADS)})[ \\u00A0]+)?(?:${alt(MARKER_POST_HEADS)})[ \\u00A0]+\\d`, 'giu')],
  // "Đường Vành đai 4", "tuyến vành đai 3", "dự án Đường vành đai 3,5": a ring road's number (a half written with a decimal
  // comma too) names it (the head capitalised as a name, or after a road word); "có 4 tuyến vành đai" counts roads, and
  // "vành đai 3 km" measures one.
  ['roadName', new RegExp(`(?<![${L}])(?:(?<=(?<![${L}])(?:${altInitialCase(ROAD_NAME_LEADS)})\\s+)(?:${altInitialCase(ROAD_NAME_HEADS)})|${capitalisedAlt(ROAD_NAME_HEADS)})\\s+\\d{1,2}(?:,\\d)?(?![\\d.,]\\d|\\d)(?!\\s*(?:${alt(COUNTED_NOUNS, MEASURE_UNITS, AMOUNT_AFTER_WORDS)}|%)(?![${L}]))`, 'gu'),
    new RegExp(`(?:${alt(ROAD_NAME_HEADS)})\\s+\\d`, 'giu')],
  // A clock time ("8h30", "14 giờ 15 phút", "7:45"). Its minutes never run on into a thousands group or a decimal: "thuê bao
  // 4G 18.315 thuê bao" is a network's generation, then a count (the "4G" alone is a code, below).
  ['time', /(?<![\d.,])\d{1,2}(?::\d{2}(?::\d{2})?|\s?(?:h|g|giờ)\s?\d{2}(?:\s?phút)?|h(?![\p{L}\d])|\s?(?:am|pm)(?![\p{L}]))(?![\d%]|[.,]\d)|giờ\s+kém\s+\d{1,2}/giu],
  ['doc', new RegExp(`${NUM}(?:\\s?[/-]\\s?\\d+)*\\s?(?:/|-)\\s?[A-ZĐ${'\\p{Lu}'}][${L}\\d&]*(?:\\s?[-/–]\\s?[${L}\\d&]+)*`, 'gu')],
  ['doc', new RegExp(`(?<![\\d.,])\\d+\\s+\\p{Lu}{2,}\\s?/\\s?\\p{Lu}[${L}]*`, 'gu')],
  // After a plural word ("rau các loại 15 ha", "tại các thôn 120 hộ") the noun names kinds or places, not one numbered item.
  // "phân loại 13 hợp tác xã": a verb that ends in a naming word classifies the count after it, it names no item.
  ['doc', new RegExp(`(?<![${L}])(?<!(?:${PLURALS})\\s+)(?<!(?<![${L}])(?:${alt(ID_COMPOUND_HEADS)})\\s+)(?!${NAMING_VERB_TAILS})(?:${DOC_WORDS})\\s+(?:số\\s*:?\\s*)?(?!${NUM}\\s+(?:${COUNTED})(?![${L}]))${NUM}(?!\\d|[.,]\\d)(?!\\s*(?:${AMOUNT_AFTER})(?![${L}]))(?!(?<=\\d\\d)\\s*(?:${MEASURED_AFTER})(?![${L}]))(?:\\s?[/-]\\s?[${L}\\d]+)*`, 'giu'),
    new RegExp(`(?:${DOC_WORDS})\\s+(?:số\\s*:?\\s*)?\\d`, 'giu')],
  // "nhà văn hóa khối 7 và khối 12", "khóm 3": a residential group's number; never "05 khối 6 tháng", "sinh khối 20 ha".
  ['doc', new RegExp(`(?<![${L}])(?<!(?:\\d|${PLURALS})\\s+)(?:${alt(RESIDENTIAL_GROUP_WORDS)})\\s+\\d{1,2}(?![\\d.,]\\d|\\d)(?!\\s*(?:${alt(COUNTED_NOUNS, SPAN_UNITS)}|%)(?![${L}]))`, 'giu'),
    new RegExp(`(?:${alt(RESIDENTIAL_GROUP_WORDS)})\\s+\\d`, 'giu')],
  // "Cụm 1 (thôn 1, 2, 3)", "tổ 4, 5 và 6": residential places or teams numbered in a run, each number a name (checked in
  // code: no counted noun after the last, "tổ 3, 45 hộ"); not after a count ("05 cụm 12 loa") nor a plural before one number
  // ("các thôn 120 hộ"); after a plural, a run of two numbers or more names the places ("các tổ dân phố 3, 5, 7"); never
  // "đường thôn" (the village roads, no hamlet).
  ['placeRun', new RegExp(`(?<![${L}])(?<!\\d\\s+)(?:(?<!(?:${PLURALS})\\s+)(?:${alt(NUMBERED_PLACE_RUN_WORDS)})\\s+\\d{1,3}(?:\\s*(?:,|${alt(AND_OR_WORDS)})\\s*\\d{1,3})*|(?:${alt(NUMBERED_PLACE_RUN_WORDS)})\\s+\\d{1,3}(?:\\s*(?:,|${alt(AND_OR_WORDS)})\\s*\\d{1,3})+)(?![\\d.,]\\d|\\d)(?!\\s*(?:${alt(AMOUNT_AFTER_WORDS, MEASURE_UNITS, SPAN_UNITS)}|${COUNTED}|%)(?![${L}]))`, 'giu'),
    new RegExp(`(?:${alt(NUMBERED_PLACE_RUN_WORDS)})\\s+\\d`, 'giu')],
  // "NĐ 105/2020", "QĐ số 1234/2023": a document's kind in initials, its number and its year.
  ['doc', new RegExp(`${edgeAlt(DOCUMENT_KIND_INITIALS)}\\s*(?:số\\s*:?\\s*)?\\d+\\s?/\\s?${YEAR}(?!\\d|[.,]\\d)(?:\\s?[/-]\\s?[${L}\\d]+)*`, 'gu'),
    new RegExp(`(?:${alt(DOCUMENT_KIND_INITIALS)})\\s*(?:số\\s*:?\\s*)?\\d`, 'gu')],
  ['doc', new RegExp(`${edgeAlt(DOCUMENT_VERB_WORDS)}\\s+số\\s*:?\\s*${NUM}(?:\\s?[/-]\\s?[${L}\\d]+)*`, 'giu'),
    new RegExp(`(?:${alt(DOCUMENT_VERB_WORDS)})\\s+số\\s*:?\\s*\\d`, 'giu')],
  // A title opening a sentence ("Kế hoạch 42.300 triệu đồng", "Hướng dẫn 2.140 lượt người", "Hướng dẫn 23 tổ chức, cá nhân")
  // is the word before an amount or a count, as the id words above are: a document's number is followed by neither.
  ['doc', new RegExp(`(?<![${L}])(?:${VERB_DOC_TITLES}|${DOCUMENT_VERB_WORDS.map((w) => w.toUpperCase()).join('|')})\\s+(?!${NUM}\\s+(?:${TITLE_COUNTED})(?![${L}]))${NUM}(?!\\d|[.,]\\d)(?!\\s*(?:${AMOUNT_AFTER})(?![${L}]))(?!(?<=\\d\\d)\\s*(?:${MEASURED_AFTER})(?![${L}]))(?:\\s?[/-]\\s?[${L}\\d]+)*`, 'gu')],
  // The year that closes a law's title: "Luật Giáo dục 2019", "Bộ luật Lao động năm 2019" (capitalised words between).
  ['doc', new RegExp(`${edgeAlt(LAW_TITLE_WORDS)}(?:\\s+\\p{Lu}[${L}]*(?:\\s+\\p{Ll}+)?){1,4}\\s+(?:năm\\s+)?${YEAR}(?!\\d|[.,]\\d)`, 'gu'), undefined, NEEDS_YEAR],
  // The year that closes a programme's title in lower-case words: "Chương trình giáo dục phổ thông 2018", "theo chương trình
  // giáo dục phổ thông 2018", "Chương trình GDPT 2018" (a word of the name may be initials; not when a counted noun or an
  // amount follows: "Chương trình hỗ trợ 2020 hộ" counts households; nor, the title in lower case, when a verb stands among
  // its words: checked in code).
  ['programmeYear', new RegExp(`(?<![${L}])(${PROGRAMME_EITHER_CASE})((?:\\s+(?:\\p{Ll}+|\\p{Lu}{2,6}(?![${L}]))){1,6})\\s+${YEAR}(?!\\d|[.,]\\d)`, 'gu'),
    new RegExp(`(?:${PROGRAMME_EITHER_CASE})\\s`, 'gu'), NEEDS_YEAR],
  // The year that closes an event's name, the word before it capitalised: "Hội chợ Du lịch quốc tế VITM Hà Nội 2024", "Liên
  // hoan Phim Việt Nam 2023" (what follows and the last word are checked in code: "Giải Báo Hà Tĩnh 2024 lượt" counts).
  ['event', new RegExp(`(?<![${L}])(?:${altInitialCase(EVENT_TITLE_WORDS)})((?:[ \\u00A0]+[${L}][${L}-]*){1,8}?)[ \\u00A0]+(${YEAR})(?!\\d|[.,]\\d)`, 'gu'),
    new RegExp(`(?:${altInitialCase(EVENT_TITLE_WORDS)})[ \\u00A0]`, 'gu'), NEEDS_YEAR],
  // A number that closes a programme's title in lower-case words ("Chương trình mục tiêu quốc gia 1719", "Đề án phát triển
  // du lịch 2030"): at the end of its clause, or before its year ("… 1719 năm 2024"), it names the programme. A count, a
  // unit or "%" after it, a thousands mark in it, or a verb among the words ("Chương trình đã hỗ trợ 120 (…)": checked in
  // code) makes it a figure.
  ['programme', new RegExp(`${edgeAlt(PROGRAMME_TITLE_WORDS)}((?:[ \\u00A0]+\\p{Ll}+){1,6})[ \\u00A0]+\\d{2,4}(?![\\d.,]\\d|\\d)(?=[ \\u00A0]*(?:$|[\\n,;:)]|\\.(?!\\d)|năm[ \\u00A0]+${YEAR}))`, 'gu'),
    new RegExp(`(?:${alt(PROGRAMME_TITLE_WORDS)})\\s`, 'gu')],
  // A number closing a name in quotes: an app, a hotline or a model ("ứng dụng "Báo cháy 114"", "mô hình “Chợ 4”"), or a
  // price closing a charity's name ("điểm "Tủ bánh mì 0 đồng"", "“Bữa cơm 2.000 đồng”").
  ['title', new RegExp(`["“]\\p{Lu}[^"”\\d:;]{0,40}?\\s(?:\\d{1,4}|(?:\\d{1,3}(?:\\.\\d{3})*[ \\u00A0]+(?:${alt(NAME_PRICE_UNITS)})))(?=["”])`, 'gu')],
  // A name in quotes after its head ("Cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”", "phong trào thi đua “3 nhất”"): every
  // number inside the quotes is part of the name (at most three lower-case words between the head and the quotes; a "%"
  // inside, checked in code, makes it a statement, no name).
  ['quotedName', new RegExp(`${edgeAlt(QUOTED_NAME_HEADS)}(?:[ \\u00A0]+\\p{Ll}+){0,3}[ \\u00A0]*["“][^"”\\n]{1,120}["”]`, 'giu'),
    new RegExp(`(?:${alt(QUOTED_NAME_HEADS)})[ \\u00A0]`, 'giu')],
  // A slogan or method named in quotes by small numbers and lower-case words ("1 phải 5 giảm", "3 giảm 3 tăng", "5 không 3
  // sạch", "4 tại chỗ"): a name, no count (a counted noun after one of its numbers is checked in code: "“5 hộ”" counts).
  ['slogan', /["“]\d{1,2}(?:[ \u00A0]+\p{Ll}+){1,3}(?:[ \u00A0]*,?[ \u00A0]*\d{1,2}(?:[ \u00A0]+\p{Ll}+){1,3}){0,3}["”]/gu],
  // A position along a road ("đường cong Km 48+300", "K12+450"): two numbers joined by "+" after the mark name one place.
  ['chainage', new RegExp(`(?<![${L}\\d])(?:${alt(CHAINAGE_MARKS)})\\s?\\d{1,4}\\s?\\+\\s?\\d{1,4}(?:[.,]\\d+)?(?!\\d)`, 'gu')],
  // A house number: "tại số 126 đường Nguyễn Trãi", "số nhà 45/3 phố Hàng Bạc" (the street named in capitals after it);
  // "tổng số 12 đường …" counts.
  ['address', new RegExp(`(?<![${L}])(?<!(?:[Tt]ổng)\\s)(?:${altInitialCase(HOUSE_NUMBER_WORDS)})\\s+\\d{1,4}[A-Z]?(?:\\s?/\\s?\\d{1,4}[A-Z]?)*(?=,?\\s+(?:${altInitialCase(STREET_WORDS)})\\s+\\p{Lu})`, 'gu'),
    new RegExp(`(?:${altInitialCase(HOUSE_NUMBER_WORDS)})\\s+\\d`, 'gu')],
  ['standard', new RegExp(`\\b(?:ISO|TCVN|IEC|QCVN)\\s*[\\d.:/\\s-]*\\d`, 'gu')],
  // An emission standard's level ("đạt tiêu chuẩn khí thải Euro 5", "EURO 4"): a class, no count.
  ['standard', new RegExp(`\\b(?:${alt(EMISSION_STANDARD_NAMES)})[ \\u00A0]?[1-7](?![\\d.,]\\d|\\d|\\s?%)`, 'gu')],
  // A phone number opens with 0 and a non-zero digit, never inside a grouped number: "2 350 000 000" holds no phone.
  // With the area code in brackets or groups of any length ("(0236) 3 847 125", "0239.3 840 115"), it must hold 9 to 11 digits.
  ['phone', /(?<![\d.,]|\d[ \u00A0\u202F])0[1-9]\d{1,2}(?:[ .-]?[\dxX]{2,4}){1,3}(?![\dxX])|(?<![\d.,]|\d[ \u00A0\u202F])(?:\(0[1-9]\d{1,2}\)|0[1-9]\d{1,2})(?:[ .-]?[\dxX]{1,4}){2,4}(?![\dxX])/gu],
  // A service line (toll-free 1800, paid 1900): four more digits, or three and three ("Tổng đài 1900 6868", "1800 599 920");
  // no thousands grouping writes four digits before a group.
  ['phone', /(?<![\d.,]|\d[ \u00A0\u202F])1[89]00(?:[ .]?\d{4}|[ .]?\d{3}[ .]?\d{3})(?!\d|[.,]\d)/gu, /1[89]00/gu],
  // A short service number after the line's name ("Tổng đài điện thoại quốc gia bảo vệ trẻ em 111", "đường dây nóng 1022",
  // "Số điện thoại báo cháy, cứu nạn: 114", the name's words listed with commas and closed by a colon): it dials, it counts
  // nothing (a counted noun or a verb of counting between makes it a count, checked below).
  ['hotline', new RegExp(`${edgeAlt(HOTLINE_WORDS)}((?:,?\\s+[${L}]+){0,8}?)\\s*:?\\s+(1\\d{2,3})(?!\\d|[.,]\\d|\\s?%|[ \\u00A0]\\d)`, 'giu'), new RegExp(`(?:${alt(HOTLINE_WORDS)})\\s`, 'giu')],
  // A service number dialled ("gọi số 114", "gọi đến số 113", "quay số 115", "gọi tới 1022"): a verb of calling a line, maybe
  // a link and "số", then the short number; it counts nothing ("cuộc gọi", "kêu gọi" are no such verb; a counted noun after
  // it makes it a count, checked below: "gọi 114 lượt").
  ['dial', new RegExp(`(?<![${L}])(?<!(?<![${L}])(?:${altInitialCase(DIAL_NOUN_HEADS)})[ \\u00A0]+)(?:${altInitialCase(DIAL_WORDS)})(?:[ \\u00A0]+(?:${alt(DIAL_LINKS)})){0,2}(?:[ \\u00A0]+(?:${alt(DIAL_NUMBER_WORDS)}))?[ \\u00A0]*:?[ \\u00A0]+(1\\d{2,3})(?!\\d|[.,]\\d|\\s?%|[ \\u00A0]\\d)`, 'gu'),
    new RegExp(`(?:${altInitialCase(DIAL_WORDS)})[ \\u00A0]`, 'gu')],
  // A national emergency number after the service it reaches ("tin báo cháy, cứu nạn, cứu hộ 114", "cấp cứu 115"), in a
  // sentence that names a line or a call before it (checked in code, as is no counted noun after it: "cứu hộ 114 vụ" counts).
  ['emergency', new RegExp(`${edgeAlt(EMERGENCY_SERVICE_WORDS)}\\s*:?\\s+(${alt(EMERGENCY_NUMBERS)})(?!\\d|[.,]\\d|\\s?%|[ \\u00A0]\\d)`, 'giu'),
    new RegExp(`(?:${alt(EMERGENCY_SERVICE_WORDS)})\\s`, 'giu'), EMERGENCY_NEEDS],
  // A bank account's number after "số tài khoản" or "tài khoản … số" ("tài khoản tiếp nhận số 2702 2010 12345"): an id of eight
  // digits or more, in groups of any length, no amount (a thousands grouping, "số tài khoản: 12.345", counts; checked in code).
  ['account', new RegExp(`(?:(?<![${L}])số\\s+(?:${alt(ACCOUNT_WORDS)})\\s*:?\\s*|${edgeAlt(ACCOUNT_WORDS)}(?:\\s+\\p{Ll}+){0,4}?\\s+số\\s*:?\\s*)(\\d[\\d \\u00A0.-]{4,}\\d)(?!\\d|[.,]\\d)`, 'giu'),
    new RegExp(`(?:số\\s+(?:${alt(ACCOUNT_WORDS)})|${alt(ACCOUNT_WORDS)})`, 'giu')],
  ['code', new RegExp(`(?<![${L}\\d])\\d+G(?:\\s?/\\s?\\d+G)*(?![${L}])`, 'gu')],
  // Digits run into one capital letter, maybe more digits after it ("chuyên án 0926C", "lớp 10A1", "phòng 203B", "biển
  // 29C"): a code, no amount. Letters a unit is written with ("5W", "220V", "20L", "50K", "5M", "10T", "500Đ") are left to
  // the figure reader, and so are capitals run together ("12TTHC": a space left out before an abbreviation). Digits joined to
  // such a code by a dash with no space are its first part ("trạm đăng kiểm 19-03D", "đội 2-15B"), no amount either.
  ['code', new RegExp(`(?<![${L}\\d.,])(?:\\d+${DASH})?\\d+(?:(?![WVLKMTĐ])\\p{Lu}|\\p{Lu}\\d+)(?![${L}\\d])`, 'gu'), /\d+(?:[-–—]\d+)?\p{Lu}/gu],
  // After a noun naming a thing by its code ("chuyên án 317V", "mã số 08K"), digits run into any one capital are the code
  // (the code alone is no figure; the noun stays text).
  ['namedCode', new RegExp(`(?<![${L}])(?:${altInitialCase(CODE_NAMING_WORDS)})\\s+(?:số\\s+)?(?:\\d+${DASH})?\\d+\\p{Lu}\\d*(?![${L}\\d])`, 'gu'), new RegExp(`(?:${altInitialCase(CODE_NAMING_WORDS)})\\s+(?:số\\s+)?\\d`, 'gu')],
  // A size code of small whole numbers run together by "x" ("đá 1x2", "đá 4x6", "gạch 4x8x18"): the grade of a material, no
  // quantity; a unit or a counted noun after it ("20x20 cm", "3x4 ảnh") makes it a measure or a count (checked in code).
  ['size', /(?<![\p{L}\d.,])\d{1,3}[xX×]\d{1,3}(?:[xX×]\d{1,3})*(?![\p{L}\d]|[.,]\d|\s?%)/gu],
  // A vehicle plate: province digits, the series in one or two capitals maybe with a digit, a dash, then the serial in three
  // digits and two more after a dot, or four or five digits ("71B2-345.67", "29LD-012.34", "51F-678.90", "30E - 1234"): an
  // id, so neither half is a figure (the serial's dot is no thousands mark, "345.67" no decimal).
  ['plate', new RegExp(`(?<![${L}\\d.,])\\d{2}\\p{Lu}{1,2}\\d?[ \\u00A0]?${DASH}[ \\u00A0]?(?:\\d{3}\\.\\d{2}|\\d{4,5})(?![${L}\\d]|[.,]\\d)`, 'gu'), /\d{2}\p{Lu}/gu],
  // "mức 2 triệu đồng/suất" is an amount of money, no level.
  // "định mức 27 giáo viên" is a norm, no level.
  // "cấp độ rủi ro 3, 4", "mức cảnh báo 2": the thing graded may stand between the level word and its number.
  ['level', new RegExp(`(?<![${L}])(?<!${edgeAlt(LEVEL_COMPOUND_HEADS)}\\s)(?:${alt(LEVEL_NUMBER_WORDS)})(?:\\s+(?:${alt(LEVELLED_THINGS)}))?\\s*\\d{1,2}(?:\\s*(?:,|${alt(AND_OR_WORDS)}|${DASH}|/)\\s*\\d{1,2})*(?!\\d|[.,]\\d|\\s?%)(?!\\s*(?:${alt(AMOUNT_AFTER_WORDS, MEASURE_UNITS)})(?![${L}\\d]))`, 'giu')],
  // "chuyển độ 2a, 2b", "cấp độ 3b": a grade with the letter of its sub-grade, alone or in a list of grades ("độ 1, 2a"); the
  // list ends at its last lettered grade ("độ 2a và 3 trẻ" counts three children).
  ['level', new RegExp(`(?<![${L}])(?:${alt(SUBGRADE_WORDS)})[ \\u00A0]*(?:${GRADE_ITEM}${GRADE_SEP})*${SUBGRADE}(?:${GRADE_SEP}${SUBGRADE})*`, 'giu')],
  // "(chỉ tiêu 5, 6 và 7)", "tiêu chí 2 và 9;": items named by their numbers in a run of two or more, closed by a clause mark.
  ['category', new RegExp(`(?<![${L}])(?<!(?:\\d|${PLURALS})\\s+)(?:${alt(NUMBERED_ITEM_RUN_WORDS)})[ \\u00A0]+\\d{1,2}(?:(?:[ \\u00A0]*,[ \\u00A0]+|[ \\u00A0]+(?:${alt(AND_OR_WORDS)})[ \\u00A0]+)\\d{1,2})+(?![\\d%]|[.,]\\d)(?=[ \\u00A0]*(?:[).;:,]|$))`, 'giu'),
    new RegExp(`(?:${alt(NUMBERED_ITEM_RUN_WORDS)})[ \\u00A0]+\\d`, 'giu')],
  // "cán bộ thuộc đối tượng 3", "sức khỏe loại 1, 2, 3", "AK bài 1": a category named by one digit, alone or in a list of
  // such digits; the list ends at a clause mark, a bracket, a tab or the text's end ("loại 1, 25 hộ" lists no category 25).
  // "số" before the word ("Số đối tượng 5") or a counted noun after the number (checked in code: "nhóm 3 người") makes it a count.
  ['category', new RegExp(`(?<![${L}])(?<!(?:${PLURALS})\\s+)(?<!(?<![${L}])[Ss]ố[ \\u00A0]+)(?:${alt(CATEGORY_NUMBER_WORDS)})[ \\u00A0]+[1-9](?:(?:[ \\u00A0]*,[ \\u00A0]*|[ \\u00A0]+(?:${alt(AND_OR_WORDS)})[ \\u00A0]+)[1-9])*(?!\\d|[.,]\\d|\\s?%|\\s?\\/)(?=[ \\u00A0]*(?:[,.;:()\\t\\n]|$|[ \\u00A0]\\p{L}))`, 'giu'),
    new RegExp(`(?:${alt(CATEGORY_NUMBER_WORDS)})[ \\u00A0]+\\d`, 'giu')],
  // "kênh cấp 2, cấp 3", "đường cấp 4", "cấp 1 và 2": a level named by a word that also issues ("cấp 120 thẻ"), one digit
  // each, no number after it ("Cấp 3 900 giấy phép" issues 3 900); what follows and what opens it are checked in code (issuedCount).
  // "bão cấp 10", "gió mạnh cấp 8, giật cấp 12-13": after a word of wind or storm "cấp" grades a scale up to 17, so two
  // digits are a grade too (what follows is checked in code as below: "cấp 10 hộ" still counts).
  ['grade', new RegExp(`${edgeAlt(WIND_FORCE_WORDS)}\\s+${edgeAlt(ISSUE_LEVEL_WORDS)}\\s+${WIND_GRADE}(?:\\s*(?:,|${alt(AND_OR_WORDS)}|${DASH})\\s*(?:(?:${alt(ISSUE_LEVEL_WORDS)})\\s+)?${WIND_GRADE})*(?![\\d.,]\\d|\\d|\\s?%|\\s?/\\s?\\d|[ \\u00A0]\\d)`, 'giu'),
    new RegExp(`(?:${alt(WIND_FORCE_WORDS)})\\s+(?:${alt(ISSUE_LEVEL_WORDS)})\\s+\\d`, 'giu')],
  ['grade', new RegExp(`${edgeAlt(ISSUE_LEVEL_WORDS)}\\s+[1-9](?:\\s*(?:,|${alt(AND_OR_WORDS)}|${DASH})\\s*(?:(?:${alt(ISSUE_LEVEL_WORDS)})\\s+)?[1-9](?![\\d.,]\\d|\\d))*(?!\\d|[.,]\\d|\\s?%|\\s?/\\s?\\d|[ \\u00A0]\\d)`, 'giu')],
  // "tuyển sinh lớp 10", "vào lớp 1 đạt 100%": a school grade (1 to 12) names; a fraction, a count of pupils or a separator
  // after it ("lớp 426/431", "lớp 35 học sinh", "lớp 1.200") is a figure, and a number after it leaves it unsure ("Lớp 6 40",
  // a table's label run into its first cell). A span of grades ("lớp 3-5", "khối lớp 6 – 9") names them all, both ends.
  ['class', new RegExp(`${edgeAlt(SCHOOL_GRADE_WORDS)}\\s+(?:1[0-2]|[1-9])(?:\\s?${DASH}\\s?(?:1[0-2]|[1-9]))?(?!\\d|[.,]\\d|\\s?[/%]|[ \\u00A0]\\d|\\s*(?:${COUNTED})(?![${L}]))`, 'giu')],
  ['marker', /\(\s*[ivxlc]*\d{1,2}\s*\)/giu],
  // A footnote's mark in square brackets, in the prose ("đã kiện toàn[2];", "xã [3]") or opening the footnote itself at the
  // body's end ("[2] Số liệu do …"): it refers to a note, it counts nothing.
  ['marker', /\[\s*\d{1,3}\s*\]/gu],
  // A branch named by its number, alone in brackets after its body's name: "Trường Cao đẳng Y tế (cơ sở 2)", "(chi nhánh 3)".
  ['title', new RegExp(`\\(\\s*(?:${alt(BRANCH_NAME_WORDS)})\\s+\\d{1,2}\\s*\\)`, 'giu')],
  // A branch named by its number right after its body's name, opened by a capital (three lower-case words at most after it):
  // "Thuế cơ sở 3 tỉnh Quảng Ngãi", "Kho bạc chi nhánh 2": the number names the branch (what follows it is checked in code).
  ['branch', new RegExp(`(?<![${L}])\\p{Lu}\\p{Ll}*(?:[ \\u00A0]+\\p{Ll}+){0,3}[ \\u00A0]+(?:${alt(BRANCH_NAME_WORDS)})[ \\u00A0]+(\\d{1,2})(?![\\d%]|[.,]\\d|\\s?\\/\\s?\\d)`, 'gu'),
    undefined, BRANCH_NEEDS],
  // A station's frequency ("tần số 96,5 MHz"): a name of its channel, no amount (the units are matched with their case);
  // stated as its subject's value ("Tần số của Đài là 87,9 MHz", checked in code) it is the quantity measured.
  ['frequency', new RegExp(`(?<![\\d.,])\\d{1,5}(?:,\\d{1,3})?\\s?(?:${SPEC_UNITS.join('|')})(?![${L}\\d])`, 'gu')],
  // A line's or a station's voltage class right after it ("đường dây 35 kV", "Trạm biến áp 110kV Lương Sơn"): a name of its
  // class, no amount (a capacity in kVA or kWp is one; so is a voltage measured, after a verb).
  // Classes joined to it are classes too ("trung thế 22 kV và 35 kV", "đường dây 110 kV, 35 kV và 22 kV", "trạm biến áp
  // 35/22 kV"): the run of voltages joined by ",", "/", "và" or "hoặc", the last closed by kV.
  ['spec', new RegExp(`(?<=(?<![${L}])(?:${altInitialCase(POWER_LINE_WORDS)})[ \\u00A0]+)(?:${VOLTAGE}(?:[ \\u00A0]?kV)?${VOLTAGE_JOIN})*${VOLTAGE}[ \\u00A0]?kV(?![${L}\\d])`, 'gu'),
    new RegExp(`${VOLTAGE}(?:[ \\u00A0]?kV(?![${L}\\d])|${VOLTAGE_JOIN}\\d)`, 'gu'), KV_NEEDS],
  // A weapon's calibre right after it ("cối 60mm", "súng máy phòng không 12,7 mm"): a name of its class, no amount.
  ['spec', new RegExp(`(?<=(?<![${L}])(?:${altInitialCase(CALIBRE_WEAPON_WORDS)})[ \\u00A0]+)\\d{1,3}(?:,\\d{1,2})?[ \\u00A0]?(?:${alt(CALIBRE_UNITS)})(?![${L}\\d])`, 'gu'),
    new RegExp(`\\d{1,3}(?:,\\d{1,2})?[ \\u00A0]?(?:${alt(CALIBRE_UNITS)})(?![${L}\\d])`, 'gu')],
  // A band of temperatures ("nhiệt độ duy trì 20-22°C", "từ 2°C đến 8°C"): a condition kept or observed, no amount (one
  // reading alone is).
  ['band', new RegExp(`(?<![\\d.,])\\d{1,3}(?:,\\d{1,2})?(?:\\s?(?:${TEMPERATURE})(?![${L}]))?\\s*(?:${DASH}|(?<=\\s)(?:${alt(RANGE_WORDS)})(?=\\s))\\s*\\d{1,3}(?:,\\d{1,2})?\\s?(?:${TEMPERATURE})(?![${L}])`, 'gu')],
  // A temperature bounding a condition ("sốt dưới 38,5°C", "trên 39 độ C", "không quá 25°C"): a threshold, no reading; after
  // a verb of reaching a level ("nhiệt độ xuống dưới 10 độ C", "lên trên 40°C") it is the reading the weather went past
  // (checked in code).
  ['bound', new RegExp(`${edgeAlt(BOUND_WORDS)}\\s+\\d{1,3}(?:,\\d{1,2})?\\s?(?:${TEMPERATURE})(?![${L}])`, 'giu'), new RegExp(`(?:${alt(BOUND_WORDS)})\\s+\\d`, 'giu')],
  // A blood pressure ("huyết áp ≥ 140/90 mmHg"): two numbers over a slash with a pressure unit are one reading, no fraction.
  ['spec', new RegExp(`(?<![\\d.,/])\\d{2,3}\\s?\\/\\s?\\d{2,3}\\s?(?:${PRESSURE_UNITS.map((u) => u.replace(/\s/g, '\\s?')).join('|')})(?![${L}\\d])`, 'gu')],
  // A star rating ("đạt 4 sao", "khách sạn 2-3 sao", "sản phẩm 3, 4 sao", "3 hoặc 4 sao"): one to five stars name a class,
  // no amount; a run of them listed before one star word names classes too.
  ['level', new RegExp(`(?<![\\d.,])0?[1-5](?:\\s?${DASH}\\s?0?[1-5]|(?:\\s?,\\s?|\\s(?:${alt(AND_OR_WORDS)})\\s)0?[1-5])*\\s?(?:${alt(STAR_RATING_WORDS)})(?![${L}\\d])`, 'giu')],
  // A position in degrees and minutes, maybe seconds ("kinh tuyến trục 104°45'", "vĩ độ 21°30'15\""): an angle on the globe,
  // no amount.
  ['position', new RegExp(`(?<![\\d.,])\\d{1,3}[ \\u00A0]?°[ \\u00A0]?${ANGLE_PART}['′’](?:[ \\u00A0]?${ANGLE_PART}(?:["″”]|''))?`, 'gu'), undefined, DEGREE_NEEDS],
  // A value after a coordinate word ("kinh tuyến trục 105°", "múi chiếu 3°", "vĩ độ 21,5", "tọa độ: 2 452 316"): a position,
  // no amount (a counted noun after it, "cập nhật tọa độ 125 điểm", is checked in code).
  ['coordinate', new RegExp(`${edgeAlt(COORDINATE_WORDS)}[ \\u00A0]*:?[ \\u00A0]*${COORDINATE_VALUE}`, 'giu'), new RegExp(`(?:${alt(COORDINATE_WORDS)})[ \\u00A0]*:?[ \\u00A0]*\\d`, 'giu')],
  // A value after a plane axis and its unit or sign ("X(m): 2 452 316", "Y = 486 275"): a position; the axis must carry its
  // unit, or a coordinate word stand earlier in its sentence (checked in code).
  ['axis', new RegExp(`(?<![${L}\\d])(?:${COORDINATE_AXES.join('|')})((?:[ \\u00A0]?\\((?:${alt(COORDINATE_AXIS_UNITS)})\\))?)[ \\u00A0]?[:=][ \\u00A0]*${COORDINATE_VALUE}`, 'gu'), undefined, AXIS_NEEDS],
  // A map's scale ("bản đồ tỷ lệ 1/2000", "1:500"): one over a round thousand or five hundred, a map word before it in its clause.
  ['scale', /(?<![\d.,/])1\s?[/:]\s?(?:500|[1-9]\d{0,2}[. ]?000)(?![\d.,]\d|\d|\s?\/\s?\d)/gu],
  // "vắc xin 5 trong 1", "3 in 1": a combined product's name (2 to 9 things in one), not a count; "2 trong 1 tháng" is a span.
  ['title', new RegExp(`(?<![\\d.,])[2-9]\\s+(?:${alt(COMBINED_PRODUCT_JOINERS)})\\s+1(?![\\d.,%])(?!\\s*(?:${TIME_WORDS})(?![${L}]))`, 'giu'),
    new RegExp(`[2-9]\\s+(?:${alt(COMBINED_PRODUCT_JOINERS)})\\s+1`, 'giu')],
  // "Cụm số 3", "Tổ dân phố số 2", "Cơ sở cai nghiện ma túy số 2": a number of one or two digits after "số", closing its
  // clause or cell, names an item; the word before "số" is checked in code ("tổng số 31" counts).
  ['numbered', new RegExp(`(?<=[${L}][ \\u00A0])số[ \\u00A0]+\\d{1,2}(?=[ \\u00A0]*(?:$|[\\t\\n;:)]|[,.](?!\\d)))`, 'giu'), /số[ \u00A0]+\d/giu],
  // "Khu vực bỏ phiếu số 5 là địa bàn vùng cao", "Tổ số 3 có 45 hộ", "KVBP số 5 (thôn Đồng Giao)": such a number followed
  // by a link word (NUMBERED_ITEM_LINKS) or by a bracket that does not spell it out (checked in code) names the item its
  // clause or row is about.
  ['numbered', new RegExp(`(?<=[${L}][ \\u00A0])[Ss]ố[ \\u00A0]+\\d{1,2}(?=[ \\u00A0]+(?:${alt(NUMBERED_ITEM_LINKS)})(?![${L}])|[ \\u00A0]*\\()`, 'gu'), /[Ss]ố[ \u00A0]+\d/gu],
  // "Đội Quản lý thị trường số 2 xử lý", "Đoàn kiểm tra số 3 kiểm tra chợ": a number after "số" closing a unit's name, which
  // opens with a capitalised unit word (NUMBERED_UNIT_HEADS, not "Tổ chức", "Ban hành") a few words before, names the unit
  // whatever word follows; a counted noun after it ("số 15 hồ sơ") is checked in code as above.
  ['numbered', new RegExp(`(?<=(?<![${L}])(?!(?:${altInitialCase(BODY_WORD_COMPOUNDS)})(?![${L}]))(?:${alt(NUMBERED_UNIT_HEADS)})(?:[ \\u00A0]+[${L}][${L}-]*){0,6}[ \\u00A0]+)số[ \\u00A0]+\\d{1,2}(?![\\d%]|[.,]\\d)`, 'gu'), /số[ \u00A0]+\d/gu],
  // "Dự án Khu dân cư số 2 thị trấn Đu 143 hộ", "Trường Mầm non số 1 xã Tân Hòa có 12 lớp": a number after "số" followed by
  // the place the numbered item lies in (a place kind and its capitalised name) names the item; a counting word before "số"
  // ("trong số 2 xã Yên Lạc …") or a run of names after it ("… xã Yên Lạc và Động Đạt") makes it a count (checked in code).
  ['numberedSite', new RegExp(`(?<=[${L}][ \\u00A0])[Ss]ố[ \\u00A0]+\\d{1,2}(?=[ \\u00A0]+(?:${alt(PLACE_KIND_WORDS)})[ \\u00A0]+\\p{Lu})`, 'gu'), /[Ss]ố[ \u00A0]+\d/gu],
  // "các công trình (số 1, 2 và 3)", "phòng học số 4, 5 và 6": item numbers after "số" in a run, no number after it, name
  // the items; the word before "số" ("tổng số") or a counted noun after the last number makes a count (checked in code).
  ['numberedRun', new RegExp(`(?:(?<=[${L}][ \\u00A0])|(?<=\\([ \\u00A0]*))[Ss]ố[ \\u00A0]+\\d{1,2}(?!\\d|[.,]\\d)(?:(?:[ \\u00A0]*,[ \\u00A0]*|[ \\u00A0]+(?:${alt(AND_OR_WORDS)})[ \\u00A0]+)\\d{1,2}(?![\\d%]|[.,]\\d|[ \\u00A0]?\\/))+(?![ \\u00A0]*[,.]?[ \\u00A0]*\\d)`, 'gu'),
    /[Ss]ố[ \u00A0]+\d/gu],
  // "Tỷ lệ 2024/2023 (%)", "so sánh 2025/2024": one year over a neighbouring one weighs a year against another, no fraction
  // (the years and a counted noun after them are checked in code: "2015/2020 hộ" counts).
  ['yearPair', new RegExp(`(?<![\\d.,/])(${YEAR})[ \\u00A0]?/[ \\u00A0]?(${YEAR})(?!\\d|[.,]\\d|[ \\u00A0]?/)`, 'gu'), undefined, NEEDS_YEAR],
  ['version', new RegExp(`(?<![\\d.,])\\d+\\.0(?!\\d|[.,]\\d)|(?<![${L}])v\\d+(?:\\.\\d+)+`, 'giu')],
];

// "Chợ 4.0", "“Nông nghiệp 4.0”": one digit and ".0" after a capitalised name or before a closing quote, no counted noun
// or percent after it, closes a name even where ".0" is a decimal (a document written the English way).
function namedVersion(text: string, start: number, end: number): boolean {
  if (!/^[1-9]\.0$/u.test(text.slice(start, end)) || /^[ \u00A0]?%/u.test(text.slice(end, end + 2)) || countedNounAt(text, end) !== null) return false;
  return CLOSING_QUOTE.test(text.charAt(end)) || NAME_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}
const CLOSING_QUOTE = /["”’']/u;
// A capitalised word right before ("Chợ 4.0"), or a name of two or three words opening with a capital inside the sentence
// ("mô hình Nông trại 4.0"; a sentence's first words, "Doanh thu đạt 4.0", name nothing).
const NAME_BEFORE = new RegExp(`(?:(?<![${L}])\\p{Lu}[${L}]*|[${L}][ \\u00A0]\\p{Lu}[${L}]*(?:[ \\u00A0]\\p{Ll}+){1,2})[ \\u00A0]$`, 'u');

// A heading or list number opening a passage: "1.", "2.1.", "3.5 Tỷ lệ", "1)", "- + (1)".
const LEADING = new RegExp(`^[\\s\\-+•*–·]*(?:\\d{1,2}(?:\\.\\d{1,2})+\\.?(?=\\s*[${L}(“"])|\\d{1,2}(?:\\.\\d{1,2})*[.)](?=\\s))`, 'u');

// A row of a table written as text with "|" between cells ("| 4 | Khu phố 4 | 3 | 2 |"): its first cell holding only a row
// number (as a table's STT cell, figures.ts) is the row's number, never a figure, when a cell of words follows it.
const PIPED_ROW_NUMBER = new RegExp(`^[ \\t]*\\|[ \\t]*\\d{1,3}(?:\\.\\d{1,2})*\\.?[ \\t]*(?=\\|[^|]*[${L}]{2}[^|]*\\|)`, 'u');

const HAS_DIGIT = /\d/;
// "xuống dưới", "lên trên": a verb of reaching a level right before a bound word.
const LEVEL_REACHED_BEFORE = new RegExp(`(?:^|[^${L}])(?:${alt(NEW_LEVEL_VERBS)})\\s+$`, 'iu');
const YEAR_IN = new RegExp(`${YEAR}(?!\\d)`);

/** Text an address needs: without one of these the costly address pattern cannot match. */
const URL_HINT = /@|:\/\/|www\.|\.(?:vn|com|net|org|gov|edu|info)\b/iu;

/**
 * Answers for short passages, kept across documents (see memo.ts): most passages are table cells ("12,6", "1.800",
 * "Cộng (2+3)"), a fifth of the calls of a report and the same few thousand strings in report after report, and each
 * ran all the patterns below. Keyed by what the answer depends on (the text and the three options read here); the
 * ranges handed out are shared, so callers only read them.
 */
const SHORT_PASSAGES = memoMap<string, readonly Range[]>();
const SHORT_PASSAGE = 40;

/** Sorted, merged ranges of a passage that hold numbers which are not figures (shared: read them, never change them). */
export function findNotFigureRanges(text: string, opts: { atBlockStart: boolean; spaceGroups?: boolean; style?: 'vi' | 'en' }): readonly Range[] {
  // Every range holds a digit: a passage without one has none (most prose lines).
  if (!HAS_DIGIT.test(text)) return NONE;
  if (text.length > SHORT_PASSAGE) return notFigureRanges(text, opts);
  const key = `${opts.atBlockStart ? 1 : 0}${opts.spaceGroups ? 1 : 0}${opts.style ?? ''}|${text}`;
  return remembered(SHORT_PASSAGES, key, () => notFigureRanges(text, opts));
}
const NONE: readonly Range[] = [];

function notFigureRanges(text: string, opts: { atBlockStart: boolean; spaceGroups?: boolean; style?: 'vi' | 'en' }): Range[] {
  const ranges: Range[] = [];
  if (opts.atBlockStart) {
    const m = LEADING.exec(text) ?? PIPED_ROW_NUMBER.exec(text);
    if (m) ranges.push([0, m[0].length]);
  }
  let year: boolean | undefined;
  let fourDigits: boolean | undefined;
  // Indexed, the tuple read by position: a destructuring for-of runs two iterators a pattern, for every passage.
  for (let k = 0; k < HINTED.length; k++) {
    const h = HINTED[k];
    const name = h[0], re = h[1], hint = h[2], needs = h[3];
    // The address pattern is costly and needs one of these to match at all.
    if (name === 'url' && !URL_HINT.test(text)) continue;
    if (needs === NEEDS_YEAR && !(year ??= NEEDS_YEAR.test(text))) continue;
    if (needs === NEEDS_FOUR_DIGITS && !(fourDigits ??= NEEDS_FOUR_DIGITS.test(text))) continue;
    if (needs !== undefined && needs !== NEEDS_YEAR && needs !== NEEDS_FOUR_DIGITS && !needs.test(text)) continue;
    re.lastIndex = 0;
    if (hint) hint.lastIndex = 0;
    for (let m = nextMatch(re, hint, text); m; m = nextMatch(re, hint, text)) {
      // "Trong năm 148 người", "quý 08 nhiệm vụ": a number that is no year, with a counted noun after it, is a count.
      if (name === 'period' && !YEAR_IN.test(m[0]) && countedNounAt(text, m.index + m[0].length)) continue;
      if (name === 'feast' && countedNounAt(text, m.index + m[0].length)) continue;
      // "trạm 4G 12 trạm": a capital G and a space after it name a mobile network's generation (a code), no hour; a clock
      // writes "7g30", "7 giờ 30" or "7h30".
      if (name === 'time' && /^\d{1,2}G\s/u.test(m[0])) continue;
      if ((name === 'period' || name === 'doc') && placedPeriod(text, m.index, m[0])) continue;
      if (name === 'duration' && measuredSpan(text, m.index, m[0])) continue;
      if (name === 'duration') {
        ranges.push([listedSpanStart(text, m.index, m[0]), m.index + m[0].length]);
        continue;
      }
      if (name === 'bound' && LEVEL_REACHED_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      if (opts.spaceGroups && (name === 'period' || name === 'doc') && continuesGroups(text, m.index, m.index + m[0].length, m[0])) continue;
      if (opts.spaceGroups && name === 'level' && groupedAmount(text, m.index + m[0].length, m[0])) continue;
      if (opts.spaceGroups && name === 'level') {
        const cut = listedLevelsThenCount(text, m.index + m[0].length, m[0]);
        if (cut !== null) {
          ranges.push([m.index, m.index + cut]);
          continue;
        }
      }
      // A document written the English way writes "970.0 tỷ đồng" for a decimal amount, not a version number, unless the
      // number closes a name ("mô hình “Chợ 4.0”").
      if (name === 'version' && opts.style === 'en' && /^\d/u.test(m[0]) && !namedVersion(text, m.index, m.index + m[0].length)) continue;
      if (name === 'doc' && (restatedInWords(text, m.index + m[0].length) || countedLikeSiblings(text, m.index, m.index + m[0].length))) continue;
      if (name === 'doc' && plannedAmount(text, m.index, m.index + m[0].length, m[0])) continue;
      if (name === 'doc' && pastLastPeriod(m[0]) && countedNounAt(text, m.index + m[0].length)) continue;
      if (name === 'doc' && countedFraction(text, m[0], m.index + m[0].length)) continue;
      // "khu vực nông thôn 43,1 tấn/ngày": a number with a decimal comma is an amount, never an id; "nông thôn" and "đường
      // thôn" are no hamlet.
      if (name === 'doc' && (/\d,\d{1,2}$/u.test(m[0]) || /^thôn/iu.test(m[0]) && HAMLET_AS_KIND.test(text.slice(Math.max(0, m.index - 8), m.index)))) continue;
      if ((name === 'title' || name === 'category') && countedNounAt(text, m.index + m[0].length)) continue;
      if (name === 'event') {
        const end = m.index + m[0].length;
        if (CAPITAL.test(m[1].trim().split(/[ \u00A0]+/u).at(-1) ?? '') && countedNounAt(text, end) === null && !AMOUNT_WORD_AFTER.test(text.slice(end, end + 12))) ranges.push([end - m[2].length, end]);
        continue;
      }
      if (name === 'namedCode') {
        ranges.push([m.index + m[0].search(/\d/u), m.index + m[0].length]);
        continue;
      }
      if (name === 'coordinate' && countedNounAt(text, m.index + m[0].length) !== null) continue;
      if (name === 'axis' && (countedNounAt(text, m.index + m[0].length) !== null || (m[1] === '' && !COORDINATE_CUE.test(sentenceBefore(text, m.index, COORDINATE_REACH))))) continue;
      if (name === 'frequency' && FREQUENCY_STATED.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      if (name === 'programmeYear') {
        if (countedNounAt(text, m.index + m[0].length) !== null || AMOUNT_WORD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
        if (!CAPITAL.test(m[1]) && PROGRAMME_VERB.test(m[2])) continue;
        ranges.push([m.index, m.index + m[0].length]);
        continue;
      }
      if (name === 'programme') {
        if (PROGRAMME_VERB.test(m[1])) continue;
        ranges.push([m.index + m[0].search(/\d/u), m.index + m[0].length]);
        continue;
      }
      if (name === 'branch') {
        if (!branchNumber(text, m.index + m[0].length)) continue;
        ranges.push([m.index + m[0].length - m[1].length, m.index + m[0].length]);
        continue;
      }
      if (name === 'hotline') {
        // Only the number is no figure: the line's name stays text (and a "1800 …" line is the service-line pattern's).
        if (!countedNounAt(text, m.index + m[0].length) && !COUNT_CUE.test(m[1])) ranges.push([m.index + m[0].length - m[2].length, m.index + m[0].length]);
        continue;
      }
      if (name === 'dial') {
        const end = m.index + m[0].length;
        if (!countedNounAt(text, end)) ranges.push([end - m[1].length, end]);
        continue;
      }
      if (name === 'emergency') {
        const end = m.index + m[0].length;
        if (!countedNounAt(text, end) && LINE_BEFORE.test(text.slice(Math.max(0, m.index - LINE_WINDOW), m.index))) ranges.push([end - m[1].length, end]);
        continue;
      }
      if (name === 'account') {
        const digits = m[1].replace(/\D/gu, '');
        if (digits.length >= 8 && !/^\d{1,3}(?:[. \u00A0]\d{3})+$/u.test(m[1])) ranges.push([m.index + m[0].length - m[1].length, m.index + m[0].length]);
        continue;
      }
      if (name === 'ageHead') {
        // Ages of a run rise ("tuổi 70, 75 và 80"): a number not above the one before it counts ("154 cụ tuổi 85, 51 cụ tuổi
        // 90": 51 elders), and ends the run before it.
        const nums = [...m[0].matchAll(/\d+/gu)];
        let k = 1;
        while (k < nums.length && Number(nums[k][0]) > Number(nums[k - 1][0])) k += 1;
        const end = m.index + (nums[k - 1].index ?? 0) + nums[k - 1][0].length;
        if (k === nums.length && countedNounAt(text, end)) continue;
        ranges.push([m.index + (nums[0].index ?? 0), end]);
        continue;
      }
      if (name === 'ageRun') {
        // Only the numbers are no figures; the group's words stay text.
        if (!countedNounAt(text, m.index + m[0].length)) ranges.push([m.index + m[0].search(/\d/u), m.index + m[0].length]);
        continue;
      }
      if (name === 'placeRun' && (countedNounAt(text, m.index + m[0].length) || (/^thôn/iu.test(m[0]) && HAMLET_AS_KIND.test(text.slice(Math.max(0, m.index - 8), m.index))))) continue;
      if (name === 'numbered' && (countingHead(text, m.index) || countedAfterLabel(text, m.index + m[0].length) || restatedInWords(text, m.index + m[0].length))) continue;
      if (name === 'numberedSite' && (countingHead(text, m.index) || PLACE_RUN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80)))) continue;
      if (name === 'numberedRun' && ((!/\([ \u00A0]*$/u.test(text.slice(Math.max(0, m.index - 4), m.index)) && countingHead(text, m.index)) || countedNounAt(text, m.index + m[0].length))) continue;
      if (name === 'yearPair' && (Math.abs(Number(m[1]) - Number(m[2])) > NEIGHBOUR_YEARS || m[1] === m[2] || countedNounAt(text, m.index + m[0].length))) continue;
      // "cây ngắn ngày 12 ha": a day alone with a counted noun or unit after it is the crop's word and a quantity.
      if (name === 'date' && LONE_DAY.test(m[0]) && countedNounAt(text, m.index + m[0].length) !== null) continue;
      if ((name === 'roadName' || name === 'markerPost') && countedNounAt(text, m.index + m[0].length) !== null) continue;
      if (name === 'slogan' && !listedSlogan(m[0]) && countsInside(m[0], m.index, text)) continue;
      if (name === 'quotedName') {
        const open = m[0].search(/["“]/u);
        // A name with no number inside excludes nothing ("danh hiệu “Gia đình văn hóa” 12 hộ": the 12 after it counts).
        if (!m[0].includes('%') && /\d/u.test(m[0].slice(open))) ranges.push([m.index + open, m.index + m[0].length]);
        continue;
      }
      if (name === 'size' && (countedNounAt(text, m.index + m[0].length) !== null || (findUnit(text, m.index + m[0].length)?.start ?? Infinity) <= m.index + m[0].length + 1)) continue;
      if (name === 'dayRange' && !risingDays(m[1], m[2])) continue;
      if (name === 'grade' && issuedCount(text, m.index, m.index + m[0].length)) continue;
      if (name === 'scale' && !MAP_BEFORE.test(clauseBefore(text, m.index, 100))) continue;
      if (name === 'phone' && !/^1[89]00/.test(m[0]) && !/^\d{9,11}$/.test(m[0].replace(/[^\dxX]/g, '')) && !/^0[1-9]\d{1,2}(?:[ .-]?[\dxX]{2,4}){1,3}$/.test(m[0])) continue;
      if (/\d/.test(m[0])) ranges.push([m.index, m.index + m[0].length]);
    }
  }
  ranges.push(...nameNumberRanges(text, opts.spaceGroups ?? false));
  if (opts.spaceGroups) ranges.push(...gluedGroupRanges(text), ...spacedSlipRanges(text));
  ranges.push(...varietyNameRanges(text));
  ranges.push(...deviceNameRanges(text));
  ranges.push(...gradeNameRanges(text));
  ranges.push(...dayMonthRanges(text, opts.style ?? 'vi'));
  const merged = mergeRanges(ranges);
  const continued = continuedLabels(text, merged);
  return continued.length === 0 ? merged : mergeRanges([...merged, ...continued]);
}

// "Đội Quản lý thị trường số 2 tổ chức kiểm tra", "tổ số 3, số 7 tổ chức …": a verb whose first word is a counted noun
// ("tổ" of "tổ chức") after an item's number counts nothing; any other counted noun after it makes the number a count.
const ITEM_VERB_AFTER = new RegExp(`^[ \\u00A0]*(?:${alt(NUMBERED_ITEM_VERBS)})(?![${L}])`, 'iu');
function countedAfterLabel(text: string, end: number): boolean {
  return countedNounAt(text, end) !== null && !ITEM_VERB_AFTER.test(text.slice(end, end + 16));
}

// An excluded range closing with an item's number after "số" ("tổ số 3", "Phòng học số 2"), and "số N" joined to it by a
// comma or "và" / "hoặc": the next item of the same kind, its noun left out.
const LABEL_END = /(?<![\p{L}])số[ \u00A0]+\d{1,2}$/iu;
const CONTINUED_LABEL = new RegExp(`^[ \\u00A0]*(?:,|${alt(AND_OR_WORDS)})[ \\u00A0]*(số[ \\u00A0]+\\d{1,2})(?![\\d%]|[.,]\\d|[ \\u00A0]?\\/)`, 'iu');
const LABEL_REACH = 24;

/**
 * Items numbered after "số" that continue a numbered item excluded before them: "tổ số 3, số 7 tổ chức ít buổi", "phòng
 * học số 2 và số 5 xuống cấp" name the items, as the first does; a counted noun after one ("tổ số 3, số 7 hộ") makes it a
 * count and ends the run. Each range is looked past once, so the scan stays linear.
 */
function continuedLabels(text: string, ranges: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const [start, end] of ranges) {
    if (!LABEL_END.test(text.slice(Math.max(start, end - 12), end))) continue;
    for (let at = end, m = CONTINUED_LABEL.exec(text.slice(at, at + LABEL_REACH)); m; m = CONTINUED_LABEL.exec(text.slice(at, at + LABEL_REACH))) {
      const stop = at + m[0].length;
      if (countedAfterLabel(text, stop)) break;
      out.push([stop - m[1].length, stop]);
      at = stop;
    }
  }
  return out;
}

// A coordinate word earlier in the sentence of an axis written without its unit ("tọa độ X = 2345678, Y = 567890"), looked
// for up to a sentence back.
const COORDINATE_CUE = new RegExp(`${edgeAlt(COORDINATE_WORDS)}(?![${L}])`, 'iu');
const COORDINATE_REACH = 200;
// "là 87,9 MHz", "đạt 2,4 GHz": a word stating the frequency as a value, right before it.
const FREQUENCY_STATED = new RegExp(`${edgeAlt(FREQUENCY_STATED_WORDS)}\\s+$`, 'iu');

// A verb or a word handing a figure over among a programme title's words ("Chương trình đã hỗ trợ", "Đề án có"): what
// follows is its figure, not its name.
const PROGRAMME_VERB = new RegExp(`${edgeAlt(ASPECT_WORDS, FIGURE_CUE_WORDS)}(?![${L}])`, 'iu');

// Years a year-over-year ratio may weigh apart ("2024/2023", "2025/2020").
const NEIGHBOUR_YEARS = 10;
const NAME_GOES_ON = /^[ \u00A0]+\p{Lu}/u;
const AMOUNT_WORD_AFTER = new RegExp(`^[ \\u00A0]*(?:${AMOUNT_AFTER})`, 'iu');
/**
 * Whether the branch number ending at `end` names the branch: no counted noun follows it unless a capitalised name goes on
 * after that ("Thuế cơ sở 3 tỉnh Quảng Ngãi" names the province the branch is of; "Thăm cơ sở 3 lần" counts visits).
 */
function branchNumber(text: string, end: number): boolean {
  if (AMOUNT_WORD_AFTER.test(text.slice(end, end + 12))) return false;
  const noun = countedNounAt(text, end);
  if (noun === null) return true;
  const after = text.slice(end, end + 60).replace(/^[ \u00A0\u202F]?/u, '').slice(noun.length);
  return NAME_GOES_ON.test(after);
}

// A place kind and a capitalised name joined by "," or "và" to another name: the places a count of them names.
const PLACE_RUN_AFTER = new RegExp(String.raw`^[ \u00A0]+(?:${alt(PLACE_KIND_WORDS)})(?:[ \u00A0]+\p{Lu}\p{Ll}*)+[ \u00A0]*(?:,|(?:${alt(AND_OR_WORDS)})(?![\p{L}]))[ \u00A0]*\p{Lu}`, 'u');
// The word before "số" ("tổng số", "dân số") when it makes the number a count or a measure.
const WORD_BEFORE = /(\p{L}+)[ \u00A0]$/u;
const COUNT_HEADS = new Set<string>(COUNT_NUMBER_HEADS);
function countingHead(text: string, at: number): boolean {
  const w = WORD_BEFORE.exec(text.slice(Math.max(0, at - 20), at));
  return !w || COUNT_HEADS.has(w[1].normalize('NFC').toLowerCase());
}

const LONE_DAY = /^ngày\s+\d{1,2}$/iu;
// "“3 ca, 4 kíp”", "“5 không, 3 sạch”": two numbered items or more in one pair of quotes make a slogan whatever its nouns
// (a count is never quoted as a list of counts); one item with a counted noun ("“5 hộ”") is a count quoted.
const listedSlogan = (quoted: string): boolean => (quoted.match(/\d+/gu) ?? []).length >= 2;
// True when a number of a quoted phrase is followed by a counted noun or unit ("“5 hộ”"): a count quoted, no slogan.
function countsInside(quoted: string, at: number, text: string): boolean {
  for (const d of quoted.matchAll(/\d+/gu)) if (countedNounAt(text, at + d.index + d[0].length) !== null) return true;
  return false;
}

// "đã cấp 3 giấy phép", "được cấp 2 lần", "cấp 5 cho hộ": a count issued, no level — a counted noun or unit (the closed
// list) after the last number, "cho" after it, or an aspect word before the level word, makes it the verb.
const ASPECT_BEFORE = new RegExp(String.raw`${edgeAlt(ASPECT_WORDS)}\s+$`, 'iu');
const GIVEN_TO = new RegExp(String.raw`^\s+(?:${alt(ISSUED_TO_WORDS)})(?![\p{L}])`, 'iu');
function issuedCount(text: string, start: number, end: number): boolean {
  return countedNounAt(text, end) !== null || ASPECT_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || GIVEN_TO.test(text.slice(end, end + 6));
}

const MAP_BEFORE = new RegExp(`${edgeAlt(MAP_SCALE_WORDS)}(?![${L}])`, 'iu');
/** Up to `max` characters before `at`, from the start of its clause (after the last ".", ";" or line break). */
function clauseBefore(text: string, at: number, max: number): string {
  const before = text.slice(Math.max(0, at - max), at);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('\n'), before.search(/\.\s[^.]*$/u));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/** How far back a variety word is looked for: a sentence of a few list items. */
const VARIETY_REACH = 240;
/** Up to `max` characters before `at`, from the start of its sentence (after the last ". " that ends no number, or a line break). */
function sentenceBefore(text: string, at: number, max: number): string {
  const before = text.slice(Math.max(0, at - max), at);
  const cut = Math.max(before.lastIndexOf('\n'), before.search(/[.!?](?!\d)\s[^.!?]*$/u));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

const STICKY = new Map<RegExp, RegExp>();

/**
 * A hint for a pattern that opens with a lookbehind and was given none: the pattern without the lookbehinds opening each of
 * its top-level alternatives (null when none opens so, or one holds a capturing group, or an alternative would be left
 * empty). Every match of the pattern starts where its hint matches (the hint asks less at the same place), so `nextMatch`
 * gives the same matches; the hint opens with what the match itself opens with, which the regex engine finds by a fast
 * scan, where a lookbehind first is tried at every index.
 */
export function lookbehindFreeHint(re: RegExp): RegExp | null {
  const alternatives = topAlternatives(re.source);
  let stripped = false;
  const rest: string[] = [];
  for (let a of alternatives) {
    while (a.startsWith('(?<=') || a.startsWith('(?<!')) {
      const end = groupEnd(a, 0);
      if (end < 0 || /\((?!\?)|\(\?<(?![=!])/u.test(unescaped(a.slice(4, end - 1)))) return null;
      a = a.slice(end);
      stripped = true;
    }
    if (a === '') return null;
    rest.push(a);
  }
  return stripped ? new RegExp(rest.join('|'), re.flags) : null;
}

/** `source` with each escaped character and each character class blanked out (same length), so parens can be read. */
function unescaped(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += '__';
      i++;
    } else if (inClass) {
      out += '_';
      if (c === ']') inClass = false;
    } else if (c === '[') {
      out += '_';
      inClass = true;
    } else out += c;
  }
  return out;
}

/** The index just past the group opening at `start` of `source` (a "("), or -1. */
function groupEnd(source: string, start: number): number {
  const plain = unescaped(source);
  let depth = 0;
  for (let i = start; i < plain.length; i++) {
    if (plain[i] === '(') depth++;
    else if (plain[i] === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The top-level alternatives of a regex source (split at each "|" outside groups and classes). */
function topAlternatives(source: string): string[] {
  const plain = unescaped(source);
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < plain.length; i++) {
    if (plain[i] === '(') depth++;
    else if (plain[i] === ')') depth--;
    else if (plain[i] === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

// The patterns, each with its hint: the one written, or else the one read off its opening lookbehinds.
const HINTED: ReadonlyArray<readonly [string, RegExp, RegExp?, RegExp?]> = PATTERNS.map(([name, re, hint, needs]) => [name, re, hint ?? lookbehindFreeHint(re) ?? undefined, needs]);

/**
 * The next match of `re` in `text` after the last (start with `re.lastIndex` and `hint.lastIndex` at 0), or null; an
 * empty match moves on by one. With a hint, `re` is tried (sticky) only where `hint` matches: every match of `re` starts
 * where `hint` matches, so the candidates, tried left to right, give the same matches as a scan of every index (the
 * hinted patterns never match empty: each ends with a digit).
 */
function nextMatch(re: RegExp, hint: RegExp | undefined, text: string): RegExpExecArray | null {
  if (!hint) {
    const m = re.exec(text);
    if (m && m[0].length === 0) re.lastIndex++;
    return m;
  }
  let sticky = STICKY.get(re);
  if (!sticky) STICKY.set(re, (sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`)));
  for (let h = hint.exec(text); h; h = hint.exec(text)) {
    sticky.lastIndex = h.index;
    const m = sticky.exec(text);
    if (m && m[0].length > 0) {
      hint.lastIndex = m.index + m[0].length;
      return m;
    }
    hint.lastIndex = h.index + 1;
  }
  return null;
}

// "tồn đầu kỳ 640 liều", "nhập trong kỳ 05 liều": a period placed by a word before it ("đầu kỳ", "trong năm") is already
// named, so the number after it counts something when no period could bear it (no year, above 12 or written "05") and a
// word follows; "trong năm 3 vừa qua" keeps its period.
const PLACED = new RegExp(String.raw`^(?:${alt(PLACED_PERIOD_WORDS)})\s+(\d+(?:[.,]\d+)*)$`, 'iu');
// "tiếp công dân định kỳ 22 buổi": "định kỳ" says how often, so the number after it counts too.
const PLACE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(PERIOD_PLACE_WORDS, PERIODIC_WORDS)})\s+$`, 'iu');
const PERIODIC_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(PERIODIC_WORDS)})\s+$`, 'iu');
function placedPeriod(text: string, start: number, match: string): boolean {
  const m = PLACED.exec(match);
  const before = text.slice(Math.max(0, start - 8), start);
  if (!m || new RegExp(`^${YEAR}$`).test(m[1]) || !PLACE_BEFORE.test(before)) return false;
  // "định kỳ 12 buổi": after a word of frequency "kỳ" numbers no period, whatever its size.
  if (!PERIODIC_BEFORE.test(before) && !/^0\d/u.test(m[1]) && Number(m[1].replace(/[.,]/gu, '')) <= 12) return false;
  return /^[ \u00A0\u202F]\p{Ll}/u.test(text.slice(start + match.length, start + match.length + 2));
}

// "tại nhà văn hóa thôn 32 buổi, tại trường học 09 buổi, tại doanh nghiệp 05 buổi": a number after a place word, followed
// by a counted noun that another number of its sentence counts too, is one more of those counts: its siblings tell the
// list counts by that noun, where a hamlet's number would stand alone. The window is bounded, so the check stays linear.
const SIBLING_WINDOW = 160;
function countedLikeSiblings(text: string, start: number, end: number): boolean {
  const noun = countedNounAt(text, end);
  if (noun === null) return false;
  const from = Math.max(0, start - SIBLING_WINDOW);
  const head = text.slice(from, start);
  const tail = text.slice(end, end + SIBLING_WINDOW);
  const before = head.slice(Math.max(head.lastIndexOf('. '), head.lastIndexOf(';')) + 1);
  const stop = /[.;](?:\s|$)/u.exec(tail);
  const after = stop ? tail.slice(0, stop.index) : tail;
  // The noun's own words must stand in the window before a pattern is built for them (most numbers have no such sibling).
  const lower = noun.toLowerCase();
  if (!before.toLowerCase().includes(lower) && !after.slice(noun.length + 1).toLowerCase().includes(lower)) return false;
  const sibling = new RegExp(String.raw`(?<![\p{L}\d])\d[\d.,]*[ \u00A0\u202F]${noun.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\p{L}])`, 'iu');
  return sibling.test(before) || sibling.test(after.slice(noun.length + 1));
}

// "danh mục 12 (mười hai) thủ tục", "gồm 05 (năm) tổ": a number restated in words in brackets right after it is a count
// written twice; an id or a period ("Điều 5", "quý 2") is never spelled out again beside its digits.
const WORDS_IN_BRACKETS = /^\s*\(\s*(\p{L}+(?:\s+\p{L}+){0,7})\s*\)/u;
function restatedInWords(text: string, end: number): boolean {
  const m = WORDS_IN_BRACKETS.exec(text.slice(end, end + 80));
  return m !== null && parseSpelled(m[1]) !== null;
}

// "Hướng dẫn 15/15 xã, thị trấn", "thôn 12/12 hộ": a part over its whole in digits alone, then a counted noun, is a fraction
// after the word, never its document's or item's number (those carry letters, a year, or nothing counted after them).
// After an ordinal ("xếp thứ 4/18 huyện": fourth of 18) it is a rank among the whole, no fraction.
const YEAR_ONLY = new RegExp(`^${YEAR}$`);
const FRACTION_END = /(?<![\p{L}\d.,/-])(\d{1,5})\s?\/\s?(\d{1,5})$/u;
const ORDINAL_LEAD = new RegExp(`^(?:${alt(ORDINAL_WORDS)})\\s`, 'iu');
function countedFraction(text: string, match: string, end: number): boolean {
  const m = FRACTION_END.exec(match);
  return m !== null && !ORDINAL_LEAD.test(match) && Number(m[1]) <= Number(m[2]) && !YEAR_ONLY.test(m[2]) && countedNounAt(text, end) !== null;
}

// "15.512 ngày" (days of inpatient care), "4,9 ngày" (an average stay), "1.172,5 giờ" (hours on air): a span counted in
// thousands or with decimals is a measured amount, never the period a figure is about; nor is the age of an anniversary
// ("kỷ niệm 82 năm Ngày …").
const MEASURED_SPAN = new RegExp(String.raw`^\d{1,3}(?:\.\d{3})+(?![.,]?\d)|^(?:\d{1,3}(?:\.\d{3})+|\d+),\d+(?!\s*(?:${DASH}|${alt(RANGE_WORDS)}))`, 'u');
const ANNIVERSARY = new RegExp(String.raw`${edgeAlt(ANNIVERSARY_WORDS)}\s+$`, 'iu');
const YEARS_ONLY = /^\d{1,3}\s*năm$/iu;
// "Thời gian giải quyết bình quân 12 ngày làm việc, sớm hơn 03 ngày so với quy định": an average or a difference of time.
const SPAN_MEASURE_LEAD = new RegExp(String.raw`${edgeAlt(MEASURED_SPAN_LEADS)}\s+(?:(?:${alt(MEASURED_SPAN_LINKS)})\s+)?$`, 'iu');
// "sớm hơn cùng kỳ khoảng 20 ngày": a comparative of time, then what it is compared with (one to four words or years).
const SPAN_COMPARED_LEAD = new RegExp(String.raw`${edgeAlt(SPAN_COMPARATIVES)}(?:\s+(?:\p{L}+|\d{4})){1,4}\s+$`, 'iu');
// "rút ngắn 3,5 ngày so với quy định (15 ngày)", "rút ngắn 04 ngày so với quy định 15 ngày": the span a measured
// difference is taken from, in brackets or not, is measured too.
const MEASURED_BASE = new RegExp(String.raw`${edgeAlt(MEASURED_SPAN_LEADS)}\s+${NUM}\s*(?:${TIME_WORDS})\s+(?:${alt(COMPARED_WITH)})(?![\p{L}])[^()\d;.]{0,40}(?:\(\s*)?$`, 'iu');
// "412 phút", "15 giây": a span in minutes or seconds is measured, whatever comes before it.
const MEASURED_UNIT = new RegExp(String.raw`^${NUM}\s*(?:${alt(MEASURED_SPAN_UNITS)})$`, 'iu');
// "713 giờ": more hours than a day has.
const HOURS = new RegExp(String.raw`^(\d+)\s*(?:${alt(HOUR_UNITS)})$`, 'iu');
const HOURS_IN_DAY = 24;
const manyHours = (match: string): boolean => Number(HOURS.exec(match)?.[1] ?? 0) > HOURS_IN_DAY;
// "Thời gian huấn luyện: dân quân tại chỗ 15 ngày; dân quân cơ động 12 ngày": a span in the list after a noun of how long
// and a colon, in the same sentence, is the value stated (unless placed as a period: "Thời gian: 6 tháng đầu năm").
const SPAN_VALUE_LIST = new RegExp(String.raw`${edgeAlt(SPAN_VALUE_HEADS)}(?:\s+\p{L}+){0,6}\s*:[^.!?:\n]{0,160}$`, 'iu');
function statedSpan(text: string, start: number, match: string): boolean {
  return ACTION_SPAN.test(match) && SPAN_VALUE_LIST.test(text.slice(Math.max(0, start - 220), start)) &&
    !SPAN_PERIOD_TAIL.test(text.slice(start + match.length, start + match.length + 16));
}
// "Thời gian giải quyết giảm từ 5 ngày làm việc năm 2024 xuống còn 3 ngày làm việc": a span a change goes from, to another span
// after "lên" / "xuống (còn)" in the same clause, and that span, are both measured amounts; a period is never changed so.
const SPAN_NUM = String.raw`\d{1,3}(?:,\d+)?\s*(?:${alt(ACTION_SPAN_UNITS)})(?![\p{L}])`;
const TO_LEVEL = String.raw`\s(?:${alt(NEW_LEVEL_VERBS)})(?:\s+(?:${alt(NEW_LEVEL_TAILS)}))?\s+`;
const SPAN_CHANGE_FROM = new RegExp(String.raw`${edgeAlt(CHANGE_FROM_WORDS)}\s+$`, 'iu');
const SPAN_CHANGE_TO_AFTER = new RegExp(String.raw`^[^.;:!?()]{0,40}?${TO_LEVEL}${SPAN_NUM}`, 'iu');
const SPAN_CHANGE_TO = new RegExp(String.raw`${edgeAlt(CHANGE_FROM_WORDS)}\s+${SPAN_NUM}[^.;:!?()]{0,40}?${TO_LEVEL}$`, 'iu');
function changedSpan(text: string, start: number, match: string): boolean {
  if (!ACTION_SPAN.test(match)) return false;
  const end = start + match.length;
  return (SPAN_CHANGE_FROM.test(text.slice(Math.max(0, start - 8), start)) && SPAN_CHANGE_TO_AFTER.test(text.slice(end, end + 80)))
    || SPAN_CHANGE_TO.test(text.slice(Math.max(0, start - 80), start));
}
// "Tổng thời lượng phát sóng là 286 giờ, tăng 18 giờ (tăng 6,72%)", "thời gian chờ khám giảm thêm 2 ngày": a span right after a
// change verb (maybe "thêm" and a hedge) is the size of the change, a measured amount; a period's tail or a number after it
// ("tăng 3 năm liền", "tăng 2 năm 2024 - 2025") keeps the period, and a bracket after it may hold the change's rate.
const CHANGE_SIZE_SPAN = new RegExp(String.raw`^\d{1,3}\s*(?:${alt(CHANGED_SPAN_UNITS)})$`, 'iu');
const CHANGE_SIZE_LEAD = new RegExp(String.raw`${edgeAlt(CHANGE_VERBS)}\s+(?:${alt(DIFFERENCE_TAILS)}\s+)?(?:(?:${alt(HEDGES)})\s+)?$`, 'iu');
const CHANGE_SIZE_TAIL = new RegExp(String.raw`^\s*(?:(?:${alt(SPAN_PERIOD_TAILS)})(?![\p{L}])|[\d/])`, 'iu');
function changeSize(text: string, start: number, match: string): boolean {
  return CHANGE_SIZE_SPAN.test(match) && CHANGE_SIZE_LEAD.test(text.slice(Math.max(0, start - 24), start))
    && !CHANGE_SIZE_TAIL.test(text.slice(start + match.length, start + match.length + 16));
}
// "Bình quân mỗi ngày làm việc (120 ngày) …", "số tháng có mưa trong năm (7 tháng)": a span alone in brackets right after
// words that name its own unit (at most three words between) says how many of those units there were, a count, no period.
const UNIT_NAMED_BEFORE = new Map(ACTION_SPAN_UNITS.map((u) => [u, new RegExp(String.raw`(?<![\p{L}])${u}(?:\s+\p{L}+){0,3}\s*\(\s*$`, 'iu')]));
const CLOSE_AFTER = /^\s*\)/u;
function countedUnits(text: string, start: number, match: string): boolean {
  if (!ACTION_SPAN.test(match) || !CLOSE_AFTER.test(text.slice(start + match.length, start + match.length + 4))) return false;
  const named = UNIT_NAMED_BEFORE.get(match.replace(/^\d+\s*/u, '').toLowerCase() as (typeof ACTION_SPAN_UNITS)[number]);
  return named !== undefined && named.test(text.slice(Math.max(0, start - 60), start));
}
// "huấn luyện 12 ngày/năm", "học 6 giờ/tuần": a span per period right after its slash is a rate, an amount; unless it fills
// the whole period ("trực 7 ngày/tuần", "24 giờ/ngày": a schedule), or a number follows the period ("ngày/năm 2025").
const RATE_SPAN = new RegExp(String.raw`^(\d{1,3})\s*(${alt(RATE_SPAN_UNITS)})$`, 'iu');
const PER_PERIOD_AFTER = new RegExp(String.raw`^\s?\/\s?(${alt(RATE_SPAN_PERIODS)})(?![\p{L}\d/])(?!\s*\d)`, 'iu');
function spanPerPeriod(text: string, start: number, match: string): boolean {
  const span = RATE_SPAN.exec(match);
  const per = span && PER_PERIOD_AFTER.exec(text.slice(start + match.length, start + match.length + 12));
  if (!span || !per) return false;
  const [unit, period] = [span[2].toLowerCase(), per[1].toLowerCase()];
  return unit !== period && !(UNITS_IN_PERIOD[unit]?.[period] ?? []).includes(Number(span[1]));
}
// "tổ chức 01 Ngày hội việc làm": a capitalised time unit opening an event's title (SPAN_EVENT_TITLES), the count before it
// counts events; in lower case "ngày hội viên", "ngày hội nghị" may run on into other words, and stay a span.
const TITLE_TAILS_BY_UNIT = new Map<string, string[]>();
for (const [unit, ...rest] of SPAN_EVENT_TITLES.map((t) => t.split(' '))) TITLE_TAILS_BY_UNIT.set(unit, [...(TITLE_TAILS_BY_UNIT.get(unit) ?? []), rest.join(String.raw`\s+`)]);
const EVENT_TITLE_TAILS = new Map([...TITLE_TAILS_BY_UNIT].map(([unit, tails]) => [unit, new RegExp(String.raw`^\s+(?:${tails.join('|')})(?![\p{L}])`, 'iu')]));
const CAPITAL_UNIT = /(\p{Lu}[\p{L}\p{M}]*)$/u;
function countedEvents(text: string, start: number, match: string): boolean {
  const unit = CAPITAL_UNIT.exec(match);
  const tail = unit === null ? undefined : EVENT_TITLE_TAILS.get(unit[1].toLowerCase());
  return tail !== undefined && tail.test(text.slice(start + match.length, start + match.length + 24));
}
// "định kỳ 2 tháng một lần", "02 ngày/lần": a span right before "một lần" or "/lần" is the interval between two times, a
// length (read, as gold reads "trong 06 ngày"); a period is never so followed.
const INTERVAL_SPAN = new RegExp(String.raw`^\d{1,3}\s*(?:${alt(INTERVAL_UNITS)})$`, 'iu');
const INTERVAL_AFTER = new RegExp(String.raw`^\s*(?:${alt(INTERVAL_TAILS)})(?![\p{L}\d])`, 'iu');
const intervalSpan = (text: string, start: number, match: string): boolean =>
  INTERVAL_SPAN.test(match) && INTERVAL_AFTER.test(text.slice(start + match.length, start + match.length + 12));
// "mừng thọ cho 148 cụ tròn 70, 75, 80, 85, 90 tuổi": three bare numbers or more, rising, listed right before a span whose
// unit is written once after the last, are spans of that unit as the last is (ages, periods); the count before the run
// ("148 cụ") stays, and so does a count before a single span ("năm 2024 đạt 120, 6 tháng đầu năm 2025 đạt 80"). A number
// that is a thousands group's tail ("1.250, 6 tháng", "1 250, 6 tháng") opens no run.
const LISTED_BEFORE_SPAN = new RegExp(String.raw`(?:\d{1,3}(?:\s*,[ \u00A0]+|[ \u00A0]+(?:${alt(AND_OR_WORDS)})[ \u00A0]+)){2,}$`, 'iu');
const LIST_WINDOW = 60;
const MIN_LISTED = 3;
function listedSpanStart(text: string, start: number, match: string): number {
  const from = Math.max(0, start - LIST_WINDOW);
  const run = LISTED_BEFORE_SPAN.exec(text.slice(from, start));
  if (run === null) return start;
  const at = from + run.index;
  if (at > 0 && (/[\p{L}\d.,]/u.test(text[at - 1]) || /\d[ \u00A0\u202F]$/u.test(text.slice(Math.max(0, at - 2), at)))) return start;
  const numbers = [...`${run[0]} ${match}`.matchAll(/\d+/gu)].map((d) => Number(d[0]));
  const rising = numbers.every((n, i) => i === 0 || n > numbers[i - 1]);
  return numbers.length >= MIN_LISTED && rising ? at : start;
}
// "Trong 6 tháng đầu năm 2025 (181 ngày)", "trong quý (90 ngày)": a span alone in brackets right after a calendar period
// named as such (its number or none after it, no count before it) restates the period's length, a count of the shorter
// unit; "thực hiện 6 tháng (180 ngày)", "2 năm (24 tháng)" restate a term, a span.
const RESTATED_UNIT = new RegExp(String.raw`^\d{1,3}\s*(?:${alt(ACTION_SPAN_UNITS)})$`, 'iu');
const PERIOD_BEFORE_BRACKET = new RegExp(String.raw`(?<![\p{L}])(?<!\d\s*)(?:${alt(RESTATED_PERIOD_WORDS)})(?:\s+(?:[IVX]+|\d{1,4})(?:\s*\/\s*\d{4})?)?\s*\(\s*$`, 'iu');
function restatedLength(text: string, start: number, match: string): boolean {
  return RESTATED_UNIT.test(match) && CLOSE_AFTER.test(text.slice(start + match.length, start + match.length + 4))
    && PERIOD_BEFORE_BRACKET.test(text.slice(Math.max(0, start - 30), start));
}
function measuredSpan(text: string, start: number, match: string): boolean {
  if (countedEvents(text, start, match) || intervalSpan(text, start, match) || restatedLength(text, start, match)) return true;
  if (changedSpan(text, start, match) || changeSize(text, start, match) || countedUnits(text, start, match) || spanPerPeriod(text, start, match)) return true;
  if (MEASURED_SPAN.test(match) || MEASURED_UNIT.test(match) || manyHours(match) || SPAN_MEASURE_LEAD.test(text.slice(Math.max(0, start - 28), start))) return true;
  if (statedSpan(text, start, match) || eventGap(text, start, match)) return true;
  if (ACTION_SPAN.test(match) && SPAN_COMPARED_LEAD.test(text.slice(Math.max(0, start - 50), start))
    && !SPAN_PERIOD_TAIL.test(text.slice(start + match.length, start + match.length + 16))) return true;
  if (MEASURED_BASE.test(text.slice(Math.max(0, start - 90), start))) return true;
  return actionSpan(text, start, match) || (YEARS_ONLY.test(match) && (ANNIVERSARY.test(text.slice(Math.max(0, start - 12), start))
    || greetedAnniversary(text, start, match) || listedAnniversary(text, start, match)));
}
// "kỷ niệm 94 năm Ngày thành lập Đảng …; 70 năm Chiến thắng Điện Biên Phủ …": after "kỷ niệm" in the same sentence, a span
// of years followed by an event's capitalised name is the next anniversary of the list.
const ANNIVERSARY_EARLIER = new RegExp(String.raw`${edgeAlt(ANNIVERSARY_WORDS)}\s+\d{1,3}\s*năm\s+\p{Lu}(?:(?![.!?](?:\s|$)).)*$`, 'iu');
const EVENT_NAME_AFTER = /^\s+\p{Lu}/u;
// "chào mừng 80 năm Cách mạng tháng Tám": a greeting word, the years, then the event's capitalised name.
const GREETING = new RegExp(String.raw`${edgeAlt(ANNIVERSARY_GREETING_WORDS)}\s+$`, 'iu');
function greetedAnniversary(text: string, start: number, match: string): boolean {
  return GREETING.test(text.slice(Math.max(0, start - 14), start)) && EVENT_NAME_AFTER.test(text.slice(start + match.length, start + match.length + 3));
}
function listedAnniversary(text: string, start: number, match: string): boolean {
  return EVENT_NAME_AFTER.test(text.slice(start + match.length, start + match.length + 3)) && ANNIVERSARY_EARLIER.test(text.slice(Math.max(0, start - 300), start));
}
// "niêm yết trước ngày bầu cử 10 ngày": a span right after "trước ngày" or "sau ngày" and an event's name in words (no
// digit: "trước ngày 15/5" is a date) is the gap from the event, a measured amount.
const EVENT_GAP_BEFORE = new RegExp(String.raw`${edgeAlt(EVENT_GAP_LEADS)}(?:\s+\p{L}+){1,4}\s+$`, 'iu');
function eventGap(text: string, start: number, match: string): boolean {
  return ACTION_SPAN.test(match) && EVENT_GAP_BEFORE.test(text.slice(Math.max(0, start - 50), start));
}
// "khám cho 642 công dân trong 06 ngày", "hết dịch sau 30 ngày": how long an action took, inside its clause; a span opening
// the clause ("Trong 6 tháng, xã đã …") or placed as a period after it ("trong 6 tháng đầu năm") is the period told of.
const ACTION_SPAN = new RegExp(String.raw`^\d{1,3}\s*(?:${alt(ACTION_SPAN_UNITS)})$`, 'iu');
const ACTION_SPAN_LEAD = new RegExp(String.raw`[\p{L}\d%)]\s+(?:(?<!${edgeAlt(SPAN_LEAD_COMPOUND_HEADS)}\s+)(?:${alt(ACTION_SPAN_LEADS)})|(?<!${edgeAlt(PASSED_SPAN_COMPOUND_HEADS)}\s+)(?:${alt(PASSED_SPAN_LEADS)}))\s+(?:(?:${alt(HEDGES)})\s+)?$`, 'iu');
const SPAN_PERIOD_TAIL = new RegExp(String.raw`^\s*(?:(?:${alt(SPAN_PERIOD_TAILS)})(?![\p{L}])|[\d/(])`, 'iu');
// "tạm ngừng lấy nước thô 06 ngày": a stoppage's verb earlier in the span's clause (no figure, no clause mark between).
const STOPPAGE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?<!không\s)(?:${alt(STOPPAGE_VERBS)})(?![\p{L}])[^\d,;:.()]{0,40}$`, 'iu');
// "thời hạn vay 36 tháng", "hết thời hạn bảo hành (12 tháng)": a term's noun, at most two words of what it is of, then the span.
const TERM_SPAN_LEAD = new RegExp(String.raw`${edgeAlt(TERM_SPAN_HEADS)}(?:\s+\p{L}+){0,2}(?:\s*\(|\s+là)?\s*$`, 'iu');
// "dân quân năm thứ nhất huấn luyện 15 ngày": a course's verb right before the span (nothing between).
const COURSE_SPAN_LEAD = new RegExp(String.raw`${edgeAlt(COURSE_VERBS)}\s+$`, 'iu');
// "Huấn luyện dân quân năm thứ nhất 15 ngày": the verb, then who took the course with at most four words qualifying them
// (no digit, no clause mark), then the span.
const COURSE_TRAINEES_LEAD = new RegExp(String.raw`${edgeAlt(COURSE_VERBS)}\s+(?:cho\s+)?(?:${alt(COURSE_TRAINEE_NOUNS)})(?:\s+\p{L}+){0,4}\s+$`, 'iu');
function actionSpan(text: string, start: number, match: string): boolean {
  if (!ACTION_SPAN.test(match)) return false;
  const lead = ACTION_SPAN_LEAD.test(text.slice(Math.max(0, start - 24), start)) || TERM_SPAN_LEAD.test(text.slice(Math.max(0, start - 40), start))
    || COURSE_SPAN_LEAD.test(text.slice(Math.max(0, start - 16), start)) || COURSE_TRAINEES_LEAD.test(text.slice(Math.max(0, start - 70), start));
  if (!lead && !STOPPAGE_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return false;
  return !SPAN_PERIOD_TAIL.test(text.slice(start + match.length, start + match.length + 16));
}

// A document that groups thousands with spaces: "cả năm 2 430 ha", "(kế hoạch 14 400 tấn)". A period or id word whose
// number (one to three digits, a valid period only when too large for one) runs on into a three-digit group is a quantity;
// so is one after a word that is the unit of the number before it ("đào tạo dưới 3 tháng 3 730 người": "3 tháng" is a
// duration, and the "3 730" after it no month).
const GROUP_AFTER = /^[ \u00A0\u202F]\d{3}(?!\d|[.,]\d{3})/u;
const LEAD_AT_END = /(?<![\d.,])([1-9]\d{0,2})$/u;
const PERIOD_MAX: Record<string, number> = { tháng: 12, quý: 4, kỳ: 0, năm: 0 };
// "thu hoạch trong quý 820 ha": a number past the last period of its kind (a year has four quarters, twelve months) numbers
// no period; with a counted noun or unit after it, it is a quantity of the period named before ("trong quý").
const PERIOD_LAST: Record<string, number> = { tháng: 12, quý: 4, qúy: 4, tuần: 53 };
function pastLastPeriod(match: string): boolean {
  const m = /^(\p{L}+)\s+(\d+)$/u.exec(match);
  const last = m ? PERIOD_LAST[m[1].toLowerCase()] : undefined;
  return last !== undefined && Number(m![2]) > last;
}
// A period word that is the unit of the number before it ("dưới 3 tháng 3 730 người") names no month: the number after it
// is a quantity.
const DURATION_BEFORE = /(?<![\d.,])\d{1,3}[ \u00A0\u202F]$/u;
function continuesGroups(text: string, start: number, end: number, match: string): boolean {
  const lead = LEAD_AT_END.exec(match);
  if (!lead || !GROUP_AFTER.test(text.slice(end, end + 8))) return false;
  const word = /^\p{L}+/u.exec(match)?.[0].toLowerCase() ?? '';
  const max = PERIOD_MAX[word];
  return max === undefined || Number(lead[1]) > max || DURATION_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

// "bằng 70% của mức 1 263 600 đồng": in a document that groups thousands with spaces, a level's one-digit number that runs
// on into three-digit groups and then an amount word ("đồng", "triệu") is the amount's millions, no level.
const GROUPS_THEN_AMOUNT = new RegExp(String.raw`^(?:[ \u00A0\u202F]\d{3})+(?![\d.,])\s*(?:${alt(AMOUNT_AFTER_WORDS)})(?![\p{L}])`, 'iu');
function groupedAmount(text: string, end: number, match: string): boolean {
  return /(?<![\d.,])\d$/u.test(match) && GROUPS_THEN_AMOUNT.test(text.slice(end, end + 40));
}

// "hồ sơ mức độ 1 và 2 245 hồ sơ mức độ 2": in a document that groups thousands with spaces, the last level of a list
// ("1 và 2", "3, 4") whose digit runs on into three-digit groups and then a counted noun opens that count, no level: the
// range keeps the levels before it (the length returned), the count is read whole.
const LAST_LISTED_LEVEL = new RegExp(String.raw`\d\s*(?:,|${edgeAlt(AND_OR_WORDS)})\s*(\d)$`, 'iu');
const GROUPS_THEN_WORD = /^(?:[ \u00A0\u202F]\d{3})+(?![\d.,])/u;
function listedLevelsThenCount(text: string, end: number, match: string): number | null {
  const last = LAST_LISTED_LEVEL.exec(match);
  if (!last) return null;
  const groups = GROUPS_THEN_WORD.exec(text.slice(end, end + 40));
  if (!groups || !countedNounAt(text, end + groups[0].length)) return null;
  return match.length - last[1].length;
}

// "so với kế hoạch 700 tấn", "(kế hoạch 1.200 người)", "vượt kế hoạch 800 ha": a plan compared with is an amount of a
// unit, never a plan's number.
const PLAN_AMOUNT_LEAD = new RegExp(String.raw`(?:${edgeAlt(COMPARED_WITH, PLAN_EXCEEDED_WORDS)}|\()\s*$`, 'iu');
function plannedAmount(text: string, start: number, end: number, match: string): boolean {
  if (!/^kế hoạch\s+\d/iu.test(match) || !PLAN_AMOUNT_LEAD.test(text.slice(Math.max(0, start - 10), start))) return false;
  const unit = findUnit(text, end);
  return unit !== null && unit.start <= end + 1;
}

// A one-digit number right after a capitalised word, not itself a decimal, percent or fraction.
// A lone digit after a space (the word before it is checked in code: a lookbehind over letters is costly).
const NAME_NUMBER = /(?<= )[1-9](?![\p{L}\d]|[.,]\d|\s?%|\s?\/\s?\d)/gu;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

// True when the letters right before the space at `space` hold a capital ("Sơn 2", "THCS 1").
function afterCapitalWord(text: string, space: number): boolean {
  for (let i = space - 1; i >= 0 && LETTER.test(text[i]); i--) if (UPPER.test(text[i])) return true;
  return false;
}
const NAME_WORDS = /(?:^|[^\p{L}\d])((?:\p{L}+ )+)$/u;
const CAPITAL = /^\p{Lu}/u;

/**
 * Numbers that end a proper name: "Trường Tiểu học Phú Hòa 1", "Trường THCS Số 2",
 * "Trạm Y tế Khu vực 3", "Ban CHPTKV 4". The name is a run of at least three words (or a body's word and its initials), at least two
 * capitalised, whose lower-case words (one or two) only continue a capitalised one
 * ("Tiểu học", "Mầm non", "Nhà văn hóa"); the number is one digit (names number
 * their siblings 1, 2, 3) with no counted noun after it. A shorter run ("Camera AI 2",
 * "gồm: Hòa Khánh 5, …") or a larger number keeps its figure, since a place name
 * followed by a count is also how reports list per-place figures. In a document that groups thousands with spaces, a
 * digit that runs on into three-digit groups and then a counted noun or unit ("Nhà máy nước Đông Sơn 2 000 m³") opens
 * that amount, as a level's digit does (`listedLevelsThenCount`).
 */
function nameNumberRanges(text: string, spaceGroups: boolean): Range[] {
  const out: Range[] = [];
  NAME_NUMBER.lastIndex = 0;
  for (let m = NAME_NUMBER.exec(text); m; m = NAME_NUMBER.exec(text)) {
    if (!afterCapitalWord(text, m.index - 1)) continue;
    const end = m.index + m[0].length;
    // Only a counted noun after the number makes it a count ("Phú Hòa Đông 5 hộ"); any other lowercase word ("Trường THPT
    // Lê Lợi 3 rà soát …") is the clause's verb after the name.
    const unit = findUnit(text, end);
    if (unit && !CAPITAL.test(unit.unit) && countedNounAt(text, end) !== null) continue;
    const groups = spaceGroups ? GROUPS_THEN_WORD.exec(text.slice(end, end + 40)) : null;
    if (groups && countedNounAt(text, end + groups[0].length) !== null) continue;
    const words = NAME_WORDS.exec(text.slice(Math.max(0, m.index - 80), m.index))?.[1].trim().split(' ') ?? [];
    const n = nameLength(words);
    if (n >= 3 || (n === 2 && (siteName(text, words, m.index, end) || bodyInitials(words)))) out.push([m.index, end]);
  }
  return out;
}

const GLUED = new RegExp(GLUED_SPACE_GROUPS, 'gu');
const NAMED_RIGHT_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(NAMING_WORDS)})\s*$`, 'iu');

/**
 * In a document that groups thousands with spaces, a number with a group of four to six digits before a group of three ("1
 * 8501 850 cây": 1 850 typed twice) and a counted noun or an amount after it: no value can be told, so no part of it is a
 * figure (garbled-number reports it from the text, extract/malformed-numbers.ts); not after a naming word nor opening the
 * passage, where the digits may be a name and a count.
 */
function gluedGroupRanges(text: string): Range[] {
  if (!/\d[ \u00A0\u202F]\d{4}/u.test(text)) return [];
  const out: Range[] = [];
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(text); m; m = GLUED.exec(text)) {
    const end = m.index + m[0].length;
    if (text.slice(0, m.index).trim() === '' || NAMED_RIGHT_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (countedNounAt(text, end) !== null || AMOUNT_WORD_AFTER.test(text.slice(end, end + 12))) out.push([m.index, end]);
  }
  return out;
}

/**
 * In a document that groups thousands with spaces, numbers joined by its spaces in groups not of three before a counted noun or
 * an amount ("3 1 48,6 tỷ đồng" for 3 148,6): no value can be told, so no part of the run is a figure ("48,6 tỷ đồng" would
 * be judged as the amount); garbled-number reports it from the same reading (extract/malformed-numbers.ts).
 */
function spacedSlipRanges(text: string): Range[] {
  return findSpacedGroupSlips(text).map(({ from, to }): Range => [from, to]);
}

// "Ban CHPTKV 4", "Đội QLTT 2": a body's word and its name in initials, two words that name a numbered body as three do.
const BODY_HEADS = new Set<string>(NUMBERED_UNIT_HEADS.filter((w) => !w.includes(' ')));
const INITIALS = /^\p{Lu}{2,}$/u;
function bodyInitials(words: string[]): boolean {
  const [head, name] = words.slice(-2);
  return BODY_HEADS.has(head) && INITIALS.test(name);
}

// "khu tái định cư Hòa Minh 2": a kind of site right before the two capitalised words.
const SITE_KIND_END = new RegExp(String.raw`${edgeAlt(NUMBERED_SITE_KINDS)}$`, 'iu');
// Another capitalised word and a lone number in the same sentence ("thôn Đông Hòa 5, thôn Tây Hòa 3"): a list of figures by place.
const NAMED_NUMBER = /\p{Lu}\p{Ll}*[ \u00A0][1-9](?![\p{L}\d]|[.,]\d)/u;
const SITE_REACH = 200;

/**
 * A two-word name numbered after a site's kind ("khu tái định cư Hòa Minh 2, dọc bờ sông …", "cụm công nghiệp Thanh Cao 2
 * đã …"), when no other name of its sentence carries a lone number: "thôn Đông Hòa 5, thôn Tây Hòa 3" gives figures by place.
 */
function siteName(text: string, words: string[], start: number, end: number): boolean {
  const kind = words.slice(0, -2).slice(-4).join(' ');
  if (!SITE_KIND_END.test(kind)) return false;
  const before = text.slice(Math.max(0, start - SITE_REACH), start - words.slice(-2).join(' ').length - 1);
  const after = text.slice(end, end + SITE_REACH);
  const sentenceBefore = before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.!?]\s[^.!?]*$/u)) + 1);
  const sentenceAfter = after.split(/[.!?](?:\s|$)|\n/u)[0];
  return !NAMED_NUMBER.test(sentenceBefore) && !NAMED_NUMBER.test(sentenceAfter);
}

// A variety's name: a code in capitals ("CP 511", "ĐH 6866"), a capitalised word and another ("Đài thơm 8", "Đài Thơm 8",
// "Thiên ưu 8") or a capitalised word alone ("Jasmine 85", "Nếp 97"); the last never opening its sentence or a bullet,
// where a capital starts any word ("Có 5 …").
const VARIETY_NAME = /(?<![\p{L}\d])(?:\p{Lu}{2,4}|\p{Lu}\p{Ll}+ \p{L}+|(?<![.!?\-+•]\s*|^\s*)\p{Lu}\p{Ll}+) (\d{1,5})(?![\p{L}\d]|[.,]\d|\s?%|\s?\/\s?\d)/gu;
const VARIETY_CUE = new RegExp(`${edgeAlt(VARIETY_NAME_CUES)}(?![${L}])`, 'iu');

/**
 * Numbers closing a variety's name after a variety word in their sentence: "khảo nghiệm 04 giống: ĐH 6866, CP 511",
 * "giống sử dụng là Đài thơm 8 và OM 18", "Ngô lai NK 6101", and the later items of a list the word opened, past its
 * semicolons ("Cơ cấu giống: OM 18 có 427 ha, chiếm 38%; OM 5451 có …", "Dùng giống xác nhận; ưu tiên IR 50404"). A counted
 * noun or unit after the number makes it a count ("giống cho HTX 12 hộ").
 */
function varietyNameRanges(text: string): Range[] {
  const out: Range[] = [];
  if (!VARIETY_CUE.test(text)) return out;
  VARIETY_NAME.lastIndex = 0;
  for (let m = VARIETY_NAME.exec(text); m; m = VARIETY_NAME.exec(text)) {
    const end = m.index + m[0].length;
    if (countedNounAt(text, end) !== null || !VARIETY_CUE.test(sentenceBefore(text, m.index, VARIETY_REACH))) continue;
    const unit = findUnit(text, end);
    if (unit && unit.start <= end + 1 && !CAPITAL.test(unit.unit)) continue;
    out.push([end - m[1].length, end]);
  }
  return out;
}

// A device's model after its kind: "tủ lạnh TCW 2000", "máy photocopy Ricoh MP 5000", "máy phát điện HG 7500": the kind,
// up to two lower-case words, a code opening with a capital, then the number closing the name; "Nhà máy nước Đông Sơn 2 000 m³"
// names a plant, no device.
const DEVICE_NAME = new RegExp(String.raw`(?<![\p{L}])(?<!(?<![\p{L}])(?:${altInitialCase(DEVICE_COMPOUND_HEADS)}) )(?:${altInitialCase(DEVICE_KIND_WORDS)})(?: (?!(?:${alt(DEVICE_NAME_BREAKS)})(?![\p{L}]))\p{Ll}+){0,2}(?: \p{Lu}[\p{L}\d-]{0,11}){1,2} (\d{1,5})(?![\p{L}\d]|[.,]\d|\s?%|\s?\/\s?\d)`, 'gu');
const DEVICE_CUE = new RegExp(`(?<![${L}])(?:${altInitialCase(DEVICE_KIND_WORDS)})(?![${L}])`, 'u');

/** Numbers closing a device's model name; a counted noun or unit after the number makes it a count ("máy FAX 3 chiếc"). */
function deviceNameRanges(text: string): Range[] {
  const out: Range[] = [];
  if (!DEVICE_CUE.test(text)) return out;
  DEVICE_NAME.lastIndex = 0;
  for (let m = DEVICE_NAME.exec(text); m; m = DEVICE_NAME.exec(text)) {
    const end = m.index + m[0].length;
    if (countedNounAt(text, end) !== null) continue;
    const unit = findUnit(text, end);
    if (unit && unit.start <= end + 1 && !CAPITAL.test(unit.unit)) continue;
    out.push([end - m[1].length, end]);
  }
  return out;
}

// A grade after its goods: "vàng nhẫn trơn 9999", "vàng SJC 999,9", "xăng E5 RON 92": the goods word, up to three words
// of its name (none a link or a figure's verb: "giá vàng tăng 15 …", "vàng của 12 …" name no grade), then the number.
const GRADE_BREAKS = alt(DEVICE_NAME_BREAKS, FIGURE_CUE_WORDS, COMPARISON_WORDS);
const GRADE_NAME = new RegExp(String.raw`(?<![\p{L}])(?:${altInitialCase(GRADED_GOODS_WORDS)})(?: (?!(?:${GRADE_BREAKS})(?![\p{L}]))[\p{L}][\p{L}\d-]*){0,3} (\d{2,5}(?:[.,]\d{1,2})?)(?![\p{L}\d]|[.,]\d|\s?%|\s?\/\s?\d)`, 'gu');
const GRADE_CUE = new RegExp(`(?<![${L}])(?:${altInitialCase(GRADED_GOODS_WORDS)})(?![${L}])`, 'u');

// "xăng E5 RON 92 thực hiện theo …", "vàng 9999 tăng 2 triệu đồng": a verb of the statement right after the grade is no unit of it.
const VERB_AFTER_GRADE = new RegExp(String.raw`^(?:${alt(FIGURE_CUE_WORDS, COMPARISON_WORDS)})(?![\p{L}])`, 'iu');

/** Numbers naming the grade of goods; a counted noun or unit after the number makes it an amount ("vàng 12 chỉ"). */
function gradeNameRanges(text: string): Range[] {
  const out: Range[] = [];
  if (!GRADE_CUE.test(text)) return out;
  GRADE_NAME.lastIndex = 0;
  for (let m = GRADE_NAME.exec(text); m; m = GRADE_NAME.exec(text)) {
    const end = m.index + m[0].length;
    if (countedNounAt(text, end) !== null) continue;
    const unit = findUnit(text, end);
    if (unit && unit.start <= end + 1 && !VERB_AFTER_GRADE.test(unit.unit)) continue;
    out.push([end - m[1].length, end]);
  }
  return out;
}

// A capitalised body's name right after a number, one space between ("08/08 Ban giám sát").
const BODY_AFTER = new RegExp(String.raw`^[ \u00A0](?:${alt(BODY_NAME_WORDS)})(?![\p{L}])`, 'u');
/** Whether two days span a stretch of one month ("27-29"): the first before the second, both days. */
function risingDays(first: string, last: string): boolean {
  const a = Number(first);
  const b = Number(last);
  return a >= 1 && a < b && b <= 31;
}
// The first day of a span right before a "d/m" ("27-29/4", "từ 27 – 29/4"): a date with it.
const DAY_SPAN_BEFORE = new RegExp(`(?<![\\d.,/])(\\d{1,2})\\s?${DASH}\\s?$`, 'u');
// "d/m" that could be a day and a month.
const DAY_MONTH = /(?<![\d.,/])(\d{1,2})\s?\/\s?(\d{1,2})(?!\d|[.,]\d|\s?\/\s?\d)/gu;
// Words that put a date after them: "từ 21/02", "đến 15/10", "hạn 30/6", "sáng 7/3".
const DATE_CUE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(DATE_CUE_WORDS)})\s*$`, 'iu');
// Words that put a figure after them: "đạt 05/05", "có 07/09".
const FIGURE_CUE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(FIGURE_CUE_WORDS)})\s*$`, 'iu');
// What joins the dates of a list: "30/4 và 1/5", "2/9, 20/11".
const LIST_JOIN = new RegExp(`^\\s*(?:,|${alt(AND_OR_WORDS)})\\s*$`, 'u');
// An event word right before the date ("dịp lễ 30/4", "kỷ niệm 2/9").
const EVENT_CUE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(EVENT_DAY_WORDS)})\s*$`, 'iu');
// An event word, then its name opening with a capital, then the date, maybe in brackets: "Ngày Gia đình Việt Nam 28/6",
// "ngày Quốc khánh 2/9", "Ngày Pháp luật Việt Nam (9/11)".
const EVENT_NAME = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(EVENT_DAY_WORDS, EVENT_DAY_WORDS.map(capitalise))})\s+\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,12}\s*\(?\s*$`, 'u');

/**
 * A "d/m" that is a date, not a fraction: a valid day and month with no counted noun after it,
 * and either a date word before it ("từ 21/02 đến 28/02", "hạn 7/3") or a zero-padded month
 * ("21/02", "07/03") with no figure verb before it, or a named day or event before it ("dịp lễ 30/4",
 * "Ngày Sách Việt Nam 21/4"), or a day above its month that no figure verb opens ("19/5 là dịp"):
 * a part cannot exceed its whole. "21/22 cán bộ", "7/7 thôn", "đạt 05/05", "01/05TTHC" stay fractions.
 */
function dayMonthRanges(text: string, style: NumberStyle): Range[] {
  const out: Range[] = [];
  if (!text.includes('/')) return out;
  DAY_MONTH.lastIndex = 0;
  for (let m = DAY_MONTH.exec(text); m; m = DAY_MONTH.exec(text)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const end = m.index + m[0].length;
    if (day < 1 || day > 31 || month < 1 || month > 12 || countedNounAt(text, end)) continue;
    // "27-29/4": the span's first day joins the date, and what stands before the span cues it.
    const span = DAY_SPAN_BEFORE.exec(text.slice(Math.max(0, m.index - 6), m.index));
    const start = span && risingDays(span[1], m[1]) ? m.index - span[0].length : m.index;
    const before = text.slice(Math.max(0, start - 16), start);
    const padded = /^0\d$/.test(m[2]) && m[1].length === 2;
    const figureCue = FIGURE_CUE.test(before);
    const named = EVENT_CUE.test(before) || (!figureCue && EVENT_NAME.test(text.slice(Math.max(0, start - 120), start)));
    // A part above its whole with nothing counted after it is no fraction: "28/6 được tổ chức".
    const overWhole = day > month && !figureCue;
    // The next date of a list: "30/4 và 1/5", "2/9, 20/11".
    const last = out[out.length - 1];
    const listed = last !== undefined && LIST_JOIN.test(text.slice(last[1], m.index));
    // "08/08 Ban giám sát …", "05/06 Tổ hòa giải …": a part no larger than its whole right before a body's name counts the
    // bodies (all of them, or some), no date (a date before a body acting is cued: "ngày 08/08 Ban …", "sáng 05/06, Tổ …").
    const bodies = BODY_AFTER.test(text.slice(end, end + 20));
    if (DATE_CUE.test(before) || named || overWhole || listed || (padded && !figureCue && !bodies && !ratioStatedAfter(text, end, day / month, style))) out.push([start, end]);
  }
  return out;
}

// The first percentage of the clause after a "d/m" ("06/06 cửa hàng đã thực hiện, đạt 100%"): up to its end (";", a
// sentence's end or a line break), at most PERCENT_REACH characters on.
const PERCENT_REACH = 160;
const CLAUSE_PERCENT = /^[^;\n%]*?(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s?%/u;
/**
 * True when the clause after a zero-padded "d/m" states the ratio d/m as its percentage (to the precision written): the
 * report gives the share of the part in its whole, so "06/06 cửa hàng …, đạt 100%" and "03/08 xã … (37,5%)" are
 * fractions, whatever noun they count; a date's day over its month is no share anything is said to reach. The percentage
 * is read in the document's number style ("37.5%" written the English way).
 */
function ratioStatedAfter(text: string, end: number, ratio: number, style: NumberStyle): boolean {
  const clause = text.slice(end, end + PERCENT_REACH).split(/[.!?](?:\s|$)/u)[0];
  const m = CLAUSE_PERCENT.exec(clause);
  if (!m) return false;
  const stated = readStatedDecimal(m[1], { style, sure: true });
  if (stated === null) return false;
  const half = 0.5 * 10 ** -stated.decimals;
  return Math.abs(stated.value - 100 * ratio) <= half + 1e-9;
}

function capitalise(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

// Words of the name ending the list: back from the last word while each is capitalised or continues a capitalised word.
function nameLength(words: string[]): number {
  let n = 0;
  let capitals = 0;
  for (let k = words.length - 1; k >= 0; k--) {
    const capital = CAPITAL.test(words[k]);
    const continues = n > 0 && (CAPITAL.test(words[k - 1] ?? '') || CAPITAL.test(words[k - 2] ?? ''));
    if (!capital && !continues) break;
    n++;
    if (capital) capitals++;
  }
  return capitals >= 2 ? n : 0;
}

function mergeRanges(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** A cursor over sorted ranges for a left-to-right scan: overall linear. */
export class RangeCursor {
  private i = 0;
  constructor(private readonly ranges: readonly Range[]) {}
  /** True when [from, to) touches an excluded range; `from` must not decrease between calls. */
  overlaps(from: number, to: number): boolean {
    while (this.i < this.ranges.length && this.ranges[this.i][1] <= from) this.i++;
    for (let k = this.i; k < this.ranges.length && this.ranges[k][0] < to; k++) {
      if (this.ranges[k][1] > from) return true;
    }
    return false;
  }
}
/*
 * One cursor held for the life of the process (src/text/shapes.ts). A cursor's hidden class (V8 map) is reached from the class's initial map
 * by adding its two fields, and V8 holds such transitions only weakly: with a cursor made once per passage, a
 * one-line document's only cursor died with the document, its map with it at the next full collections, and the
 * figure-reading code optimised on it (`overlaps`, `--trace-deopt`: "weak objects") was thrown away and compiled again
 * for every document. A living cursor keeps the map, so every document's cursors share it.
 */
keepShape(new RangeCursor([]));
