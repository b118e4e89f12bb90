/**
 * Figure readings: what each figure measures, read once for every rule — its
 * role (count, money, share, fulfilment, target, prior, change, cumulative,
 * average), its name (tokens), kind and unit, its scope — the qualifiers that
 * make two similarly named figures different quantities ("mới", "còn lại",
 * "trong đó", "tại …", "của …", a period other than the report's, a target, a
 * previous value after "so với", a change after "tăng", a list's lead-in
 * paragraph, a plan section, a table column of targets or cumulative values) —
 * and the figures it is a part or the total of (from the part–whole claims).
 */
import { isRateRow, TOTAL_ROW_WORDS } from './table-rows.js';
import { otherPeriodColumn, spansReportPeriod } from './table-periods.js';
import type { Analysis, Figure, FigureReading, FigureRelation, FigureRole, Table } from '../model/index.js';
import { canonicalLabel, labelTokens, tokenContainment } from './similarity.js';
import { foldKey } from '../text/normalize.js';
import { clauseWindow } from '../text/positions.js';
import {
  ADDED_WORDS, alt, spellings, AMONG, ATTRIBUTE_WORDS, CHANGE_VERBS, AND_OR_WORDS, ASPECT_WORDS, AT_WORDS, BESIDES_WORDS, CONSISTS_OF, DIVIDED_INTO, DESTINATION_WORDS, CUMULATIVE_WORDS, AS_OF_WORDS, AS_OF_CALENDAR_WORDS, EACH_WORDS, ENTITY_HEADER_WORDS, FULFILMENT_BASES, HEADER_FRAME_WORDS, NEGATION_WORDS, PENDING_WORDS,
  NEUTRAL_BEFORE_WORDS, REACHED_PARTICLES, COMPLETION_VERBS, PLAN_RESULT_WORDS, TARGET_SETTING_VERBS, RESULT_LEAD_WORDS, TARGET_WORDS, DUTY_DONE_VERBS, OF_WHICH, ONGOING_WORDS, OTHER_COLUMN_WORDS, PERIOD_UNITS, PHRASE_STOP_WORDS, PLAN_ABBREVIATIONS, PLAN_SECTION_WORDS, PLAN_WORDS, PREDICATE_MARKERS, SUBGROUP_COPULAS, COPULA_NON_MEMBERS,
  PLACE_KIND_WORDS, PRIOR_WORDS, SUBUNIT_KINDS, RATE_WORDS, RECIPIENT_WORDS, REST_WORDS, SEPARATELY, SHARE_VERBS, wordsRe, GENERIC_HEADER_WORDS, START_END_WORDS, TITLE_QUANTIFIERS, YEAR_START_WORDS,
  BOUND_WORDS, OPEN_RANGE_TAILS, CLOSING_LEVEL_WORDS, COUNT_WORDS, COUNTED_NOUNS, LOOSE_FLOW_WORDS, SCOPE_HEADING_OPENERS, INFLOW_WORDS, OPENING_STOCK_WORDS, OUTFLOW_WORDS, RECEIPT_WORD_TAILS, RECEIPT_WORDS, SPENDING_WORD_TAILS, SPENDING_WORDS,
  FUTURE_WORDS, FRONTED_SCOPE_OPENERS, PLAN_STILL_AHEAD_WORDS, PRESENT_STOCK_WORDS, STATE_WORDS, WHOLE_STOCK_WORDS, BALANCE_WORDS, AS_OF_DATE_WORDS, ASSESSMENT_HEADS, SHORTCOMING_HEADS, ATTENDANCE_VERBS, EVENT_NOUNS, PERCENT_POINT_UNITS, LEVEL_REACHED_WORDS, NEW_LEVEL_TAILS, NEW_LEVEL_VERBS, RAISE_TO_VERBS, SHARE_OF_WHOLE_VERBS, COMPARED_WITH, ESTIMATE_WORDS, PERIOD_NAME_WORDS,
  MEANS_WORDS, TOTAL_OF_WORDS, SUBGROUP_WORDS, POPULATION_HEADS, COUNTED_WHERE_WORDS, UNIT_LEVEL_WORDS, STILL_LEFT_WORDS, CUE_BEARING_NAMES, HAS_WORDS, NOT_EVENT_DAY_LEADS, RANGE_WORDS, WHOLE_OF_PREPOSITIONS,
  CUTOFF_WORDS, CUTOFF_TIMES, CLOSING_NOW_LEADS, WHOLE_STOCK_ASIDE_LEADS, STANDING_STATE_VERBS, TOTAL_OPENING_WORDS, CLAUSE_TURN_WORDS, SUBJECT_VERB_ADVERBS, LIST_CLAUSE_WORDS, DIVISIBLE_UNITS, PERSON_NOUNS, TIME_PHRASE_LEADS, NAME_FRAME_TOKENS, VERB_LEAD_WORDS, MERELY_VERBS, WHOLE_SET_NOUNS, GROUP_STOCK_HAS,
  LEVEL_QUALIFIER_HEADS, LOCATIVE_OPENERS, MULTIPLE_VERBS, DEED_PARTNER_WORDS, DEED_PARTNER_LINKS, LAW_TITLE_WORDS, KEPT_AS_IS_WORDS, HAPPENED_COUNT_WORDS, FOUND_COUNT_WORDS, FOUND_LEAD_PERIODS, edgeAlt,
  MEMBER_NOUNS, PERSON_STANDING_NOUNS, PERSON_ROLE_SUFFIX, PERSON_BODY_WORDS, UNIVERSAL_WORDS, UNIVERSAL_PLURALS, VALUE_COPULAS,
  SHARE_OF_COUNT_HEADS, SHARE_REACH_VERBS, AMOUNT_AFTER_COUNT_HEAD,
} from '../text/lexicon.js';
import { cleanLabel } from './labels.js';
import { headcountOf, headcountReading } from './headcounts.js';
import { restatedMoneyName, restatedName } from './restated-bracket.js';
import { memoMap, MEMO_KEY_MAX, remembered } from '../text/memo.js';
import { fulfilmentCells } from './table-fulfilment.js';
import { readScale } from './numbers.js';
import { presentFrom, targetFromPresent } from './present-stock.js';
import { actorsApart, deedActor } from './deed-actor.js';
// The characters before a stock read for the "từ" that moves it (present-stock.ts).
const FROM_WINDOW = 12;

/** What the readings are read from. */
export type ReadingInput = Pick<Analysis, 'source' | 'sections' | 'blockSection' | 'meta' | 'figures' | 'clauses' | 'tables' | 'claims'>;
type RuleContext = ReadingInput;
type Quantity = Omit<FigureReading, 'role' | 'related'>;

// How far back a set is looked for: a sentence's dozen figures.
const SET_BACK = 12;
/**
 * "Đầu tư 06 công trình …, đã hoàn thành 05 công trình": the nearest earlier count of the figure's sentence (its clauses
 * too) in its noun and larger than it, the set it counts some of; null when there is none.
 */
function countedSetOf(input: Pick<Analysis, 'source' | 'figures'>, f: Figure): Figure | null {
  const block = input.source.blocks[f.block];
  const unit = unitHead(f);
  if (unit === null || f.cell !== null) return null;
  for (let k = f.index - 1; k >= 0 && k >= f.index - SET_BACK && input.figures[k].block === f.block; k--) {
    const g = input.figures[k];
    if (/[.!?]\s/u.test(block.text.slice(g.span.end - block.span.start, f.span.start - block.span.start).replace(/\d[.,]\d/gu, ''))) return null;
    if (g.kind === f.kind && !g.change && unitHead(g) === unit && g.value > f.value) return g;
  }
  return null;
}

/** What a figure counts, reduced to its head noun ("hồ sơ", "máy tính"), "%" for rates, "đồng" for money; null when unknown. */
export function unitHead(f: Figure): string | null {
  if (f.kind === 'percent') return '%';
  if (f.kind === 'money') return 'đồng';
  if (!f.unit) return null;
  let head = UNIT_HEADS.get(f.unit);
  if (head === undefined) {
    const words = canonicalLabel(f.unit).split(/[\s/]+/);
    head = words.slice(0, TWO_WORD.has(words.slice(0, 2).join(' ')) ? 2 : 1).join(' ');
    if (UNIT_HEADS.size >= 10_000) UNIT_HEADS.clear();
    UNIT_HEADS.set(f.unit, head);
  }
  return head;
}
/**
 * What a table column measures, as tokens of its header without the words that only frame it (HEADER_FRAME_WORDS),
 * brackets (units, signs) and numbers: "Tổng số phòng học" → phòng học, "Tỷ lệ đáp ứng (%)" → đáp ứng, "Kết quả" → none.
 */
export function columnMeasure(header: string): string[] {
  const bare = header.replace(/\([^)]*\)/gu, ' ').replace(/[\d%]+/gu, ' ').replace(HEADER_FRAME, ' ');
  return labelTokens(bare);
}
const HEADER_FRAME = wordsRe(HEADER_FRAME_WORDS, 'giu');

// Units read before: a document names few, and folding one is costly (unitHead runs for every figure against many).
const UNIT_HEADS = memoMap<string, string>();
const TWO_WORD = new Set(['hồ sơ', 'máy tính', 'máy in', 'văn bản', 'tài khoản', 'thủ tục', 'cán bộ', 'giao dịch', 'học sinh', 'trường hợp', 'hộ gia đình', 'doanh nghiệp']);


const PHRASE_MAX = 10;
// "… 215 doanh nghiệp tham gia": a name closed by a verb of attendance; the event is the last event noun before the figure.
const ATTENDANCE = new RegExp(String.raw`${edgeAlt(ATTENDANCE_VERBS)}\s*$`, 'u');
const EVENT = new RegExp(String.raw`${edgeAlt(EVENT_NOUNS)}(?![\p{L}])`, 'gu');
/**
 * The event a count of attendance is of ("Tổ chức 02 hội nghị … với 215 doanh nghiệp tham gia": "hội nghị"), as a branch
 * key "event=<noun>" (see distinctReadings): attendances of two events named differently are two quantities; a count
 * whose name is no attendance, or whose clause names no event, is still compared.
 */
function eventOf(name: string, before: string): string | null {
  if (!ATTENDANCE.test(name)) return null;
  const events = [...before.matchAll(EVENT)];
  return events.length > 0 ? `event=${events[events.length - 1][0]}` : null;
}
// Words too general to name a quantity alone.
const GENERIC = new Set('hồ sơ trường hợp người lượt cái chiếc đạt tỷ lệ đúng hạn kết quả đơn vị tổng cộng trong đó bài tin máy tính'.split(' '));
// Words after a figure that end its noun phrase.
// "21 máy đạt tỉ lệ 100%", "24 cụm đạt tỷ lệ 100% kế hoạch": a rate word after the marker opens the figure's own rate, no
// subgroup; but a rate that goes on to name what it is of ("Có 04 khu vực bỏ phiếu đạt tỷ lệ 100% cử tri đi bầu") is a bar
// some of them reached, as "đạt chuẩn" is.
const BAR_OF = String.raw`\s+\d[\d.,]*\s?%\s+(?!(?:so với\s+)?(?:${alt(FULFILMENT_BASES, COMPARED_WITH, PLAN_ABBREVIATIONS.map((w) => w.toLowerCase()))})(?![\p{L}]))\p{Ll}`;
const PREDICATE = new RegExp(String.raw`^\s*((?:${alt(PREDICATE_MARKERS)})(?!\s+(?:${alt(RATE_WORDS)})(?![\p{L}])(?!${BAR_OF}))\s+\p{L}+(?:\s+\p{L}+){0,2})`, 'u');
// "58 trẻ sinh ra là con thứ 3 trở lên": a copula and a lower-case noun right after the count's noun name its subgroup.
const COPULA_MEMBER = new RegExp(String.raw`^\s*((?:${alt(SUBGROUP_COPULAS)})(?!\s+(?:${alt(COPULA_NON_MEMBERS)})(?![\p{L}]))\s+\p{Ll}+(?:\s+\p{L}+){0,2})`, 'u');
// "mạng lưới 142 tổ hòa giải hoạt động hiệu quả": a network's size, closing the words before the count.
const WHOLE_SET = new RegExp(String.raw`${edgeAlt(WHOLE_SET_NOUNS)}$`, 'u');
// "Toàn bộ 2.680 lao động đi biển đã được cập nhật …": a clause opening with "toàn bộ" / "tất cả" right before the count says
// what follows its noun of all of them, so that verb names no subgroup (after a verb, "hỗ trợ toàn bộ 315 hộ đã đăng ký", it may).
const UNIVERSAL_SUBJECT = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(UNIVERSAL_WORDS)})(?:\s+(?:${alt(UNIVERSAL_PLURALS)}))?\s*$`, 'u');
/**
 * "Lực lượng lao động làm nghề khai thác trên biển là 2.860 người", "Số giáo viên trực tiếp đứng lớp là 186 người": a count in
 * persons after a copula whose subject opens (a collective frame such as "lực lượng" aside) with a noun of persons counts those
 * persons: the subject is its name, that noun its unit. Group 1: the subject without the frame; group 2: the noun.
 */
const PERSON_NOUN = String.raw`(?:${alt([...MEMBER_NOUNS, ...PERSON_STANDING_NOUNS].filter((w) => w !== 'lượt'))}|\p{L}+\s${PERSON_ROLE_SUFFIX})`;
const COPULA_SUBJECT = new RegExp(
  String.raw`^\s*(?:(?:${alt(PERSON_BODY_WORDS)})\s+)?((?:(?:${alt(COUNT_WORDS)})\s+)?(${PERSON_NOUN})(?![\p{L}])[^\d()]*?)\s+(?:${alt(VALUE_COPULAS)})\s*$`, 'iu');
// "Hệ thống công trình thủy lợi gồm 85 hồ chứa … và 1.426,5 km kênh mương": the members of a breakdown of a network named
// by its words ("of=hệ thống …", see namedWhole) list what the network holds, all of each.
const WHOLE_SET_BREAKDOWN = new RegExp(String.raw`^of=${edgeAlt(WHOLE_SET_NOUNS)}(?![\p{L}])`, 'u');
// A bar "|" (a table written as text, "| 4 | Đoàn cơ quan | 12 |") ends a noun phrase as a comma does: a cell names no other cell.
const PHRASE_STOP = new RegExp(String.raw`[,;:.()!?"“”|]|\s(?:${alt(PHRASE_STOP_WORDS)})(?![\p{L}])`, 'u');
const QUOTED_TITLE = /^["“]([^"“”\n]{2,60})["”]/u;
const PROPER_NAME = String.raw`\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*)*`;
const ENUMERATION = new RegExp(String.raw`^\s*(?:\p{Ll}+\s){1,3}${PROPER_NAME}(?:\s*,\s*${PROPER_NAME})*(?:\s*,|\s*,?\s+và)\s+${PROPER_NAME}`, 'u');
// "38 trường tiểu học và THCS", "12 trạm bơm và trạm biến áp": a noun joined by "và" to an acronym, or to its own head noun
// again, with no number between, before the clause ends: one count of both kinds (group 1 the head, group 2 its repeat).
/**
 * "12 hộ nghèo và cận nghèo", "30 tuyến đường giao thông cấp xã và cấp huyện, gồm …": a noun phrase whose first stop is
 * "và", the words after it (at most four, small letters, no number, no stop word) closing the clause and taking up a word
 * of the phrase's own modifiers, not its head noun: they coordinate a second kind under the same head noun, so the count
 * is of both kinds (a union: its name is the whole phrase). "25 lượt khám và điều trị" shares no word and stays cut at
 * "và". Returned as a match whose [0] is that phrase; null otherwise.
 */
function sharedConjunct(after: string, cut: RegExpExecArray | null): RegExpExecArray | null {
  if (!cut || !/^\s+và$/u.test(cut[0])) return null;
  const first = after.slice(0, cut.index).trim().split(/\s+/u);
  const m = CONJUNCT_AFTER.exec(after.slice(cut.index + cut[0].length));
  if (first.length < 2 || first.some((w) => !/^\p{Ll}+$/u.test(w)) || !m || PHRASE_STOP.test(` ${m[1]}`)) return null;
  const modifiers = new Set(first.slice(1).map(fold));
  if (!m[1].split(/\s+/u).some((w) => modifiers.has(fold(w)))) return null;
  const whole = Object.assign([after.slice(0, cut.index + cut[0].length + m[0].length).trim()], { index: 0, input: after }) as RegExpExecArray;
  return whole;
}
// The second conjunct: one to four words of small letters, then the clause's end.
const CONJUNCT_AFTER = /^\s+(\p{Ll}+(?:\s\p{Ll}+){0,3})(?=\s*(?:[,;.)]|$))/u;
const JOINT_KINDS = new RegExp(String.raw`^\s*(\p{Ll}+)(?:\s\p{Ll}+){0,3}\s+và\s+(?:\p{Lu}{2,6}|(\p{Ll}+)(?:\s\p{L}+){0,3})(?=\s*(?:[,;.)]|$))`, 'u');
// "12/12 tổ dân phố, thôn đăng ký …", "20 cơ quan, đơn vị được kiểm tra": a counted noun joined by a comma to the count's own
// bare counted noun, no number after it in its clause ("23 hộ, hộ cận nghèo … 9 hộ" is two counts), counts both kinds at once (group 1 the second kind): tagged "and:<kind>", a union is
// never the same quantity as a count of the first kind alone, its name staying the first kind's as before.
const JOINABLE_KINDS = COUNTED_NOUNS.filter((w) => !(DIVISIBLE_UNITS as readonly string[]).includes(w));
const JOINED_KINDS = new RegExp(String.raw`^\s*(?:${alt(JOINABLE_KINDS)})\s*,\s*(${alt(JOINABLE_KINDS)})(?![\p{L}\d])(?![^;.]*\d)`, 'u');
const MERELY = new RegExp(String.raw`(?<![\p{L}])mới\s+(?=(?:${alt(MERELY_VERBS)})(?![\p{L}]))`, 'gu');
// "bổ sung có mục tiêu", "Chương trình mục tiêu quốc gia": names whose cue words tag nothing.
const CUE_BEARING = new RegExp(String.raw`${edgeAlt(CUE_BEARING_NAMES)}(?![\p{L}])`, 'giu');
const NEAR_TAGS: ReadonlyArray<[string, RegExp]> = [
  ['new', /(?<![\p{L}])mới(?![\p{L}])/u],
  ['rest', wordsRe(REST_WORDS, 'u')],
  ['part', wordsRe([...OF_WHICH, ...AMONG, ...SEPARATELY, ...CONSISTS_OF], 'u')],
  ['added', wordsRe(ADDED_WORDS, 'u')],
  ['each', wordsRe(EACH_WORDS, 'u')],
  ['neg', wordsRe(NEGATION_WORDS, 'u')],
];
// "Nhìn chung các chỉ tiêu Quý III cơ bản đạt yêu cầu: đã cấp 263 giấy …": a lead-in judging the plans met (a plan noun, then a
// completion verb, up to the colon before the figure) lists the results that met them, no target; words of a plan still
// ahead between them ("các chỉ tiêu phấn đấu đạt:") keep it a plan.
const JUDGED_PLANS = new RegExp(String.raw`(?<![\p{L}])(?:${alt(TARGET_WORDS)})(?:(?!(?<![\p{L}])(?:${alt(PLAN_STILL_AHEAD_WORDS)})(?![\p{L}]))[^:;.])*?(?<![\p{L}])(?:${alt(COMPLETION_VERBS)})(?![\p{L}])(?:(?!(?<![\p{L}])(?:${alt(PLAN_STILL_AHEAD_WORDS)})(?![\p{L}]))[^:;.])*:`, 'gu');
// The text without its lead-ins judging plans met. Each ends with a colon, so a text without one is returned as it is (the
// scan, a lookbehind first, is tried at every index of the text otherwise).
const withoutJudgedPlans = (s: string): string => (s.includes(':') ? s.replace(JUDGED_PLANS, ' ') : s);
const GAP_TAGS: ReadonlyArray<[string, RegExp]> = [
  ['target', wordsRe(PLAN_WORDS, 'u')],
  // "đầu năm" is a previous value ("so với đầu năm"), except in a period's name ("6 tháng đầu năm").
  ['prior', new RegExp(String.raw`(?<![\p{L}])(?:${alt(PRIOR_WORDS)}|(?<!tháng )(?:${alt(YEAR_START_WORDS)})|năm 20\d\d có)(?![\p{L}])`, 'u')],
];
// A frequency after a figure: "bài/1 tuần", "bài/1tháng", "buổi/tháng".
// The plan or estimate a rate is read against ("% kế hoạch năm", "% dự toán", "% KH", "% so với kế hoạch").
const FULFILMENT = new RegExp(String.raw`^\s*%?\s*(?:so với\s+)?(?:${alt(FULFILMENT_BASES, PLAN_ABBREVIATIONS.map((w) => w.toLowerCase()))})(?![\p{L}])`, 'u');
const RATE = new RegExp(String.raw`^\s*(\p{L}+(?: \p{L}+)?)\s?\/\s?(\d*)\s?(${alt(PERIOD_UNITS)})(?![\p{L}])`, 'u');
const CUMULATIVE = wordsRe(CUMULATIVE_WORDS, 'u');
const RUNNING_TOTAL = wordsRe(CUMULATIVE_WORDS.filter((w) => !(AS_OF_WORDS as readonly string[]).includes(w)), 'u');
const AS_OF_DATE = new RegExp(String.raw`${edgeAlt(AS_OF_WORDS)}\s+(?:(?:${alt(AS_OF_CALENDAR_WORDS)})\s+)?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?!\d)`, 'u');
const AS_OF_CALENDAR = new RegExp(String.raw`${edgeAlt(AS_OF_WORDS)}\s+(?:${alt(AS_OF_CALENDAR_WORDS)})(?![\p{L}])`, 'u');
/** Days before the period's end an as-of date may fall and still date the level at its end ("tính đến ngày 25/9" of a report to 30/9). */
const AS_OF_SLACK_DAYS = 10;

// The sentence's only running-total words date a level ("tính đến", "đến nay"), with no date or one in the period's last days.
function asOfPeriodEnd(sentence: string, end: string | null): boolean {
  if (RUNNING_TOTAL.test(sentence)) return false;
  const m = AS_OF_DATE.exec(sentence);
  if (!m) return !AS_OF_CALENDAR.test(sentence);
  if (end === null) return false;
  const year = m[3] ?? end.slice(0, 4);
  const at = Date.UTC(Number(year), Number(m[2]) - 1, Number(m[1]));
  const last = Date.parse(`${end}T00:00:00Z`);
  return Number.isFinite(at) && Number.isFinite(last) && at <= last && last - at <= AS_OF_SLACK_DAYS * 86_400_000;
}
const ONGOING = wordsRe(ONGOING_WORDS, 'u');
const BESIDES = wordsRe(BESIDES_WORDS, 'u');
// The word that hands a figure to the verb before it ("cấp thuốc miễn phí cho 215 người"), after one word at least.
const RECIPIENT = new RegExp(String.raw`(?<=\p{L})\s+(?:${alt(RECIPIENT_WORDS)})$`, 'u');
// End-anchored patterns are tried at every index of the words before a figure: what every match ends with (a word of the
// list, the pattern being case-sensitive) is tested first, and most segments end otherwise.
const RECIPIENT_ENDS = [...new Set(RECIPIENT_WORDS.flatMap(spellings))];
const endsRecipient = (s: string) => RECIPIENT_ENDS.some((w) => s.endsWith(w));
const DONE = /(?<![\p{L}])đã\s/u;
// "tổ chức 05 buổi tuyên truyền tại 04 thôn": a locative after one word at least of its clause hands the count to what was
// done there, the places it was held at ("hiện tại 45 hộ" is a time, no place).
const VENUE = new RegExp(String.raw`(?<=\p{L})(?<!(?:^|\s)hiện)\s+(?:${alt(LOCATIVE_OPENERS)})$`, 'u');
const RECIPIENT_ONLY = new RegExp(String.raw`^\s*(?:${alt(RECIPIENT_WORDS)})\s*$`, 'u');
const BRACKETED = /\([^()]*\)/gu;
// A bracket in the words after a figure's noun, closed or running to where the tail was cut.
const EACH_ASIDE = /\([^()]*(?:\)|$)/gu;
// A bracket of words only opening the text after a figure: its number spelled out ("(mười hai)").
const SPELLED_LEAD = /^\s*\([\p{L}\s]+\)/u;
const FUTURE = wordsRe(FUTURE_WORDS);
const PRESENT_STOCK = wordsRe(PRESENT_STOCK_WORDS);
// "Trên địa bàn huyện có 312 cơ sở": the figure right after the word that states what there is.
const HELD_BEFORE = new RegExp(String.raw`${edgeAlt(GROUP_STOCK_HAS)}$`, 'u');
const WHOLE_STOCK = new RegExp(String.raw`${edgeAlt(WHOLE_STOCK_WORDS)}\s*$`, 'iu');
// "Trong kỳ xảy ra 03 (ba) vụ va chạm giao thông", "ghi nhận 05 vụ": incidents told as happened or recorded, no deed done to them.
// So are those found with no one named as finding them, the clause's last segment only the period and the verb ("Trong kỳ
// phát hiện 07 vụ", "trong 6 tháng đầu năm đã phát hiện …"); "Hạt Kiểm lâm đã phát hiện 07 vụ" is the office's deed.
const HAPPENED_BEFORE = new RegExp(String.raw`${edgeAlt(HAPPENED_COUNT_WORDS)}\s*$|^[\s\-+•*–]*(?:(?:${alt(FOUND_LEAD_PERIODS)}|trong \d{1,2} tháng(?: (?:${alt(START_END_WORDS)}) năm)?(?: \d{4})?)\s+)?(?:đã\s+)?(?:${alt(FOUND_COUNT_WORDS)})\s*$`, 'u');
const STATE = wordsRe(STATE_WORDS);
const PERIOD = new RegExp(String.raw`(?<![\p{L}])(\d+ tháng(?: (?:${alt(START_END_WORDS)}) năm)?(?: \d{4})?|quý [ivx\d]+(?:\/\d{4}| năm \d{4})?|tháng \d{1,2}(?:\/\d{4})?|năm \d{4})(?![\p{L}\d])`, 'u');
// A plan section is titled by its plan words ("Phương hướng, nhiệm vụ …", "Một số nhiệm vụ trọng tâm"); a title that only
// mentions them ("Kết quả triển khai các nhiệm vụ", "Triển khai Kế hoạch số 58") reports what was done.
const PLAN_SECTION = new RegExp(String.raw`^(?:(?:${alt(TITLE_QUANTIFIERS)})\s+)?(?:${alt(PLAN_SECTION_WORDS, ['mục tiêu'])})(?![\p{L}])`, 'u');
// A percent handed to the figure before it ("389 hồ sơ, chiếm 45,2%"), and a name that is a rate's.
const PAIRED = new RegExp(String.raw`^[,\s]*(?:${alt(SHARE_VERBS, RATE_WORDS)}|=)`, 'u');
// The words between two figures that join them as objects of one verb: the first figure's noun, then "và" or a comma.
// "2.089 con trâu, bò và 119.000 con gia cầm": the first noun may be a pair joined by a comma (one or two words after it).
const COORDINATED = /^([^,;:()]*?)(?:\s*,\s*\p{L}+(?:\s\p{L}+)?)?\s*(?:,|(?<![\p{L}])và)$/u;
const RATE_OF_CHANGE = new RegExp(String.raw`${edgeAlt(RATE_WORDS)}\s+(?:${alt(CHANGE_VERBS)})(?![\p{L}])`, 'giu');
// "Hộ nghèo giảm còn 38 hộ", "tăng lên mức 12 tỷ đồng": a change verb handing on to the level reached states that level, no change.
const TO_NEW_LEVEL = new RegExp(String.raw`${edgeAlt(CHANGE_VERBS)}\s+(?:(?:${alt(NEW_LEVEL_VERBS)})(?:\s+(?:${alt(NEW_LEVEL_TAILS)}))?|(?:${alt(LEVEL_REACHED_WORDS)}))(?![\p{L}])`, 'giu');
// "nâng tổng số vốn sách lên 3.460 bản": a named total raised to the figure right after "lên" is that total, no addition —
// also a long name holding its year ("nâng tổng thu ngân sách nhà nước trên địa bàn năm 2025 lên 35.234 triệu đồng").
const RAISED_TO_LEVEL = new RegExp(String.raw`${edgeAlt(RAISE_TO_VERBS)}(?:\s+(?:\p{L}+|(?:19|20)\d\d)){1,14}\s+(?:${alt(NEW_LEVEL_VERBS)})\s*$`, 'iu');
// "Đầu năm, xã quản lý 418 người có công …; đến ngày 30/11/2025 còn 412 người": "còn" after a cut-off in time states the
// level at that time (of the opening stock's quantity), not a rest.
const CUTOFF_LEVEL = new RegExp(String.raw`${edgeAlt(CUTOFF_WORDS)}\s+(?:ngày\s+)?(?:\d{1,2}\/\d{1,2}(?:\/\d{4})?|(?:${alt(CUTOFF_TIMES)})(?:\s+\d{4})?)\s+(?:vẫn\s+)?còn\s*$`, 'iu');
// "…; toàn xã còn 127 hộ nghèo": "còn" right after the unit's own frame opening the clause ("toàn xã", "trên địa bàn huyện")
// states how many the unit still has, its level now, not a rest of a workload.
const FRAMED_LEVEL = new RegExp(String.raw`^\s*(?:${alt(COUNTED_WHERE_WORDS)})\s+(?:(?:${alt(UNIT_LEVEL_WORDS)})\s+)?(?:${alt(STILL_LEFT_WORDS)})\s*$`, 'iu');
// "toàn xã có", "trên địa bàn huyện còn", "toàn huyện hiện có": the whole clause before the count says only that it is the
// unit's own (what it has now).
const UNIT_FRAMED = new RegExp(String.raw`^\s*(?:(?:${alt(COUNTED_WHERE_WORDS)})\s+(?:${alt(UNIT_LEVEL_WORDS)})|(?:${alt(COUNTED_WHERE_WORDS)})(?=\s+(?:${alt(HAS_WORDS, STILL_LEFT_WORDS)})))\s*(?:(?:${alt(CLOSING_NOW_LEADS)})\s+(?=${alt(HAS_WORDS)}))?(?:(?:${alt(HAS_WORDS, STILL_LEFT_WORDS)})\s*)?$`, 'iu');
// "Trong tổng số 321 doanh nghiệp trên địa bàn", "có 45 chợ trên địa bàn huyện": a total or a stock (its word right before the
// count) whose noun the unit's own frame closes is the unit's whole, as when the frame opens the clause.
const TOTAL_OR_HAS_BEFORE = new RegExp(String.raw`${edgeAlt(TOTAL_OPENING_WORDS, HAS_WORDS)}\s*$`, 'iu');
const UNIT_FRAMED_AFTER = new RegExp(String.raw`^\s*(?:${alt(COUNTED_WHERE_WORDS)})(?:\s+(?:${alt(UNIT_LEVEL_WORDS)}))?\s*$`, 'iu');
// After the noun of a unit's whole stock: nothing, the unit's frame, its standing state or an aside picking none of it.
const WHOLE_STOCK_TAIL = new RegExp(String.raw`^\s*(?:$|(?:${alt(COUNTED_WHERE_WORDS)})(?:\s+(?:${alt(UNIT_LEVEL_WORDS)}))?\s*$|(?:(?:${alt(ASPECT_WORDS)})\s+)?(?:${alt(STANDING_STATE_VERBS)})\s*$|(?:${alt(WHOLE_STOCK_ASIDE_LEADS)})(?![\p{L}]))`, 'iu');
const FRAMED_LEVEL_WORD = new RegExp(String.raw`(?:${alt(COUNTED_WHERE_WORDS)})\s+(${alt(UNIT_LEVEL_WORDS)})(?![\p{L}])`, 'iu');
const POINTS_NAME = new RegExp(String.raw`^\s*(?:${alt(PERCENT_POINT_UNITS)})(?![\p{L}])`, 'iu');
const RATE_NAME = new RegExp(`^(?:${alt(RATE_WORDS)})`, 'u');
const FULL_DATE = /(?<!\d)\d{1,2}\/\d{1,2}\/\d{4}(?!\d)/u;
// One thing named by its kind and proper name, nothing else: "Trạm Kênh Tây", "Hồ chứa nước Khe Gỗ", "Trạm Ấp 4B".
const NAMED_THING = /^\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,3}(?:\s+\p{Lu}[\p{Ll}\d]*){1,4}(?:\s+\d{1,3}\p{Lu}?)?$/u;
const LEADING_BULLET = /^[\s\-+•*–]+/u;
const TIME_LEAD = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(TIME_PHRASE_LEADS)})(?![\p{L}])`, 'iu');
const DATE_IN_NAME = new RegExp(String.raw`(?:${edgeAlt(AS_OF_DATE_WORDS)}\s+)?\d{1,2}\/\d{1,2}\/\d{4}(?!\d)`, 'gu');
const SERVED = new RegExp(String.raw`^\s*(?:${alt(RECIPIENT_WORDS)})\s+((?:\p{L}+\s*){1,3})`, 'u');
const MEANS = new RegExp(String.raw`^\s*(?:${alt(MEANS_WORDS)})\s+((?:\p{L}+\s*){1,3})`, 'u');
const AT = new RegExp(String.raw`${edgeAlt(AT_WORDS, DESTINATION_WORDS)}\s+((?:\p{L}+\s*){1,3})`, 'u');

// "UBND thành phố giao chỉ tiêu cho phường … như sau: tỷ lệ bao phủ BHYT đạt 94,5%; số người tham gia BHXH tự nguyện đạt 520
// người; …": a lead-in, closed by a colon, that sets or hands down targets; one that reports results against them ("Kết quả
// thực hiện các chỉ tiêu được giao như sau:", "đạt và vượt các chỉ tiêu đề ra:") is no such lead-in.
const TARGET_SETTING = new RegExp(String.raw`(?<![\p{L}])(?:${alt(TARGET_SETTING_VERBS)})(?![\p{L}])`, 'u');
const TARGET_NOUN = new RegExp(String.raw`(?<![\p{L}])(?:${alt(TARGET_WORDS)})(?![\p{L}])`, 'u');
// "đạt và vượt các chỉ tiêu đề ra:" reports results too; "phấn đấu đạt các chỉ tiêu sau:" sets them.
const RESULT_LEAD = new RegExp(String.raw`(?<![\p{L}])(?<!phấn đấu\s)(?:${alt(RESULT_LEAD_WORDS, COMPLETION_VERBS)})(?![\p{L}])`, 'u');

/**
 * True when a figure stands in an item of a list its own sentence opens with a lead-in setting targets (TARGET_SETTING and a
 * target word before a colon, no result word): every item there is a target, though its own words name none.
 */
function assignedListItem(context: RuleContext, f: Figure, lower: string, at: number, shared: Shared): boolean {
  if (shared.clauseBlock !== f.block) {
    shared.clauseBlock = f.block;
    shared.clauseList = context.clauses.of(f.block);
  }
  const clauses = shared.clauseList;
  // The figure's own clause, found by halving (clauses come in text order).
  let [lo, hi] = [0, clauses.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (clauses[mid].from <= at) lo = mid;
    else hi = mid - 1;
  }
  const own = clauses[lo];
  if (own === undefined || own.from > at) return false;
  // Back over the list's items to its sentence's first clause (MAX_LIST_ITEMS at most): the lead-in runs from there to the
  // first colon opening words; a figure before that colon is the lead-in's own.
  let first = lo;
  while (first > 0 && lo - first < MAX_LIST_ITEMS && clauses[first - 1].sentence === own.sentence) first--;
  if (first > 0 && clauses[first - 1].sentence === own.sentence) return false;
  let lead = -1;
  for (let k = first; k < lo && lead < 0; k++) if (clauses[k].end === ':') lead = k;
  if (lead < 0) return false;
  const words = lower.slice(clauses[first].from, clauses[lead].to);
  return TARGET_SETTING.test(words) && TARGET_NOUN.test(words) && !RESULT_LEAD.test(words);
}
// How many clauses back a list item's lead-in is looked for.
const MAX_LIST_ITEMS = 40;

/** The role a reading's kind and scope give a figure. */
export function roleOf(kind: Quantity['kind'], scope: string): FigureRole {
  const tags = new Set(scope.split('|'));
  const share = kind === 'percent' || kind === 'fraction';
  if (tags.has('target')) return share ? 'fulfilment' : 'target';
  if (tags.has('prior')) return 'prior';
  if (tags.has('added')) return 'change';
  if (tags.has('cumulative')) return 'cumulative';
  if (tags.has('each')) return 'average';
  if (share) return 'share';
  return kind === 'money' ? 'money' : 'count';
}

/** The part–whole relations of each figure, from the claims. */
function relationsOf(claims: ReadingInput['claims']): Map<number, FigureRelation[]> {
  const out = new Map<number, FigureRelation[]>();
  const add = (f: number, r: FigureRelation) => {
    const list = out.get(f);
    if (list) list.push(r);
    else out.set(f, [r]);
  };
  for (const c of claims) {
    if (c.relation === 'list') continue;
    for (const p of c.parts) {
      add(p, { relation: 'part-of', figure: c.whole });
      add(c.whole, { relation: 'total-of', figure: p });
    }
  }
  return out;
}

/** Read every figure of the document; table cells too generic to name a quantity are left out, sentence figures marked unnamed. */
export function extractReadings(input: ReadingInput): FigureReading[] {
  const related = relationsOf(input.claims);
  // A figure a change verb signs ("giảm 5 vụ so với cùng kỳ") is a change whatever its scope names (the prior value is its base).
  return readQuantities(input, input.tables).map((q) => readingOf(q, q.figure.change ? 'change' : roleOf(q.kind, q.scope), related.get(q.figure.index) ?? []));
}

/*
 * The quantity's fields in its own order, then role and related: what `{ ...q, role, related }` made, but built on an
 * empty literal by assignment, so readings of one shape share one hidden class (V8 map). The spread gave every reading a
 * map of its own (`--log-maps` on `stress.js --one markup-runs 1000000`: 38,967 new maps, one per reading per
 * round), so the code reading them was megamorphic and, as those maps died with the document, thrown away ("weak
 * objects" in `--trace-deopt`).
 */
function readingOf(q: Quantity, role: FigureReading['role'], related: FigureRelation[]): FigureReading {
  const r = Object.assign({}, q) as FigureReading;
  r.role = role;
  r.related = related;
  return r;
}

/**
 * What every figure of a block or section shares, read once per document instead of once per figure, so reading the
 * figures of one long line or of many sections stays linear.
 *
 * What is kept per block or per figure is sized for the document once, in typed arrays, or kept for the block being read
 * only: a Map or Set of 16,000–33,000 entries (many-headings at 1M characters) outgrows V8's regular objects and is
 * allocated, at every doubling, on fresh pages (large-object space), each page faulted in on first touch (~25 µs a
 * page on the test machine): a Map of every block's lower-cased text took 35 ms and 848 page faults at 1M against 2 ms
 * and none at 100k, the heading Set 10 ms against 0.2.
 */
interface Shared {
  /**
   * Per block: whether it is a section's heading; `body` is where the body run in after its title starts ("a) Lao động
   * nữ: có 1.240 người …" from "có"), -1 when the heading is a title only.
   */
  headings: { has(block: number): boolean; body(block: number): number };
  /** The block read last (figures come block by block) and its text in lower case. */
  lowerBlock: number;
  lower: string;
  /** The clauses of the block read last (figures come block by block), built once per block. */
  clauseBlock: number;
  clauseList: ReturnType<ReadingInput['clauses']['of']>;
  /** Per block: its lead-in key, its head (blockHead), its counts' first figures (leadCount). */
  leadIn: Map<number, LeadIn>;
  head: Map<number, { colon: number; words: number; head: string | null }>;
  firstOfUnit: Map<number, Map<string, number>>;
  /** Per figure index: the first index of the run of figures of its block it belongs to. */
  runStart: Int32Array;
  /**
   * Per figure index: the first index of the stretch of its run up to it whose figures start in text order (each at or
   * after the one before), where the first figure of a clause is found by halving instead of walking back (clauseSubject).
   */
  orderedFrom: Int32Array;
  plan: Map<number, boolean>;
  /** Per section: the parallel items it and those above it are of (branchesOf); per parent: its children's title openings. */
  branches: Map<number, string[]>;
  openings: Map<number, Map<string, number>>;
}

function sharedOf(context: RuleContext): Shared {
  const figs = context.figures;
  const runStart = new Int32Array(figs.length);
  const orderedFrom = new Int32Array(figs.length);
  for (let k = 0; k < figs.length; k++) {
    const sameRun = k > 0 && figs[k - 1].block === figs[k].block;
    runStart[k] = sameRun ? runStart[k - 1] : k;
    orderedFrom[k] = sameRun && figs[k - 1].span.start <= figs[k].span.start ? orderedFrom[k - 1] : k;
  }
  const heading = new Uint8Array(context.source.blocks.length);
  const body = new Map<number, number>();
  for (const s of context.sections) {
    heading[s.block] = 1;
    const at = runInBody(s.title);
    if (at < 0) continue;
    const text = context.source.blocks[s.block].text;
    const from = text.indexOf(s.title);
    if (from >= 0) body.set(s.block, context.source.blocks[s.block].span.start + from + at);
  }
  return { headings: { has: (b) => heading[b] === 1, body: (b) => body.get(b) ?? -1 }, lowerBlock: -1, lower: '', clauseBlock: -1, clauseList: [], leadIn: new Map(), head: new Map(), firstOfUnit: new Map(), runStart, orderedFrom, plan: new Map(), branches: new Map(), openings: new Map() };
}

/** A short title run in before its body: at most eight words, no digit, then ":" and a sentence of at least six words. */
const RUN_IN_TITLE = /^([^\d:;.]{1,60}):\s+(?=\S)/u;

// Where the body of a heading's title run in after its colon starts, -1 when the title is no run-in title.
function runInBody(title: string): number {
  const m = RUN_IN_TITLE.exec(title);
  if (!m || m[1].trim().split(/\s+/).length > 8) return -1;
  return title.slice(m[0].length).trim().split(/\s+/).length >= 6 ? m[0].length : -1;
}

// A period folded for comparison: no leading zero ("tháng 09" = "tháng 9"), a year after a slash as after "năm".
const periodForm = (s: string): string => fold(s).replace(/\b0(\d)/g, '$1').replace(/\s*\/\s*(\d{4})(?!\d)/gu, ` ${fold('năm')} $1`);

function readQuantities(context: RuleContext, tables: readonly Table[]): Quantity[] {
  const shared = sharedOf(context);
  const headings = shared.headings;
  const period = context.meta.period ? periodForm(context.meta.period.label) : '';
  const months = periodMonths(context.meta.period);
  const out: Quantity[] = [];
  const figs = context.figures;
  const tableOf = new Map<number, Table>();
  for (const t of tables) for (const r of t.rows) for (const b of r.blocks) tableOf.set(b, t);
  const perCell = new Map<string, number>();
  for (const g of figs) if (g.cell !== null && g.kind !== 'fraction') perCell.set(`${g.block}:${g.cell}`, (perCell.get(`${g.block}:${g.cell}`) ?? 0) + 1);
  const echoes = cellEchoes(figs, tableOf, tables);
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.kind === 'range' || (headings.has(f.block) && !(headings.body(f.block) >= 0 && f.span.start >= headings.body(f.block)))) continue;
    // "Tổng số phụ nữ được sàng lọc trong 9 tháng là 2.154 người" in a report of nine months: the span is the period told
    // of, no figure whose words end where the next figure's name begins.
    let p = i - 1;
    while (p >= 0 && figs[p].block === f.block && periodSpan(figs[p], months)) p--;
    const q = f.cell !== null ? cellQuantity(context, f, tableOf.get(f.block), perCell.get(`${f.block}:${f.cell}`) ?? 0, shared) : textQuantity(context, f, figs[p], out, period, months, shared);
    if (q) out.push(f.cell === null ? withEchoes(q, echoes) : q);
  }
  return out;
}

/**
 * Per value, the table cells stating it, as "echo<table>" → the row: a sentence amount equal to a cell restates that row
 * ("còn 17.164 triệu đồng chưa giải ngân" and the row "Vốn ngân sách huyện | … | 17.164" of a table "(ĐVT: triệu đồng)").
 * Money cells count at their scale too. A value two rows of one table state is no row's for sure. The column is not asked:
 * a pdf's cells may run together ("Tổng số 248.600"), which moves a row's later cells one column left.
 */
function cellEchoes(figs: readonly Figure[], tableOf: ReadonlyMap<number, Table>, tables: readonly Table[]): Map<number, Map<string, string | null>> {
  const out = new Map<number, Map<string, string | null>>();
  const order = new Map(tables.map((t, k) => [t, k]));
  for (const g of figs) {
    if (g.cell === null || g.kind === 'percent' || g.kind === 'fraction' || g.kind === 'range' || !echoDigits(g)) continue;
    const t = tableOf.get(g.block);
    if (t === undefined) continue;
    const family = `echo${order.get(t)}`;
    const scale = g.unit !== null ? readScale(g.unit, 0)?.factor ?? 1 : 1;
    for (const v of new Set([g.value, g.value * scale])) {
      const at = out.get(v) ?? new Map<string, string | null>();
      at.set(family, at.has(family) && at.get(family) !== String(g.block) ? null : String(g.block));
      out.set(v, at);
    }
  }
  return out;
}
// Three significant digits at least ("17.164", "312,6"): a smaller number restates a cell by chance as often as not.
const echoDigits = (f: Figure) => (f.raw.match(/\d/gu) ?? []).join('').replace(/^0+/u, '').length >= 3;

// The reading with the rows its value restates as branches (two sentence amounts restating two rows of one table are two items).
function withEchoes(q: Quantity, echoes: Map<number, Map<string, string | null>>): Quantity {
  if (q.kind === 'percent' || q.kind === 'fraction' || !echoDigits(q.figure)) return q;
  const at = echoes.get(q.figure.value);
  if (at === undefined) return q;
  const keys = [...at].filter(([, row]) => row !== null).map(([family, row]) => `${family}=${row}`);
  return keys.length === 0 ? q : { ...q, branches: [...(q.branches ?? []), ...keys] };
}

// The whole months of the report's period ("9 tháng đầu năm 2025": 9), null when it is none or not known.
export function periodMonths(period: { start: string; end: string } | null): number | null {
  if (!period) return null;
  const [sy, sm, sd] = period.start.split('-').map(Number);
  const [ey, em, ed] = period.end.split('-').map(Number);
  if (![sy, sm, sd, ey, em, ed].every(Number.isFinite) || sd !== 1 || ed < 28) return null;
  const n = (ey - sy) * 12 + em - sm + 1;
  return n > 0 ? n : null;
}

// A span of as many months as the report's period ("trong 9 tháng" of a nine-month report).
function periodSpan(f: Figure, months: number | null): boolean {
  return months !== null && f.kind === 'count' && f.value === months && f.cell === null && f.unit !== null && fold(f.unit) === fold('tháng');
}

// The words without "trong 9 tháng" when the report's period is nine months: the time told of, not what is counted.
export function withoutPeriodSpan(words: string, months: number | null): string {
  if (months === null) return words;
  return words.replace(/(?<![\p{L}\d])(?:trong\s+)?(\d{1,2})\s+tháng(?![\p{L}])/gu, (m, n: string) => (Number(n) === months ? ' ' : m));
}

function textQuantity(context: RuleContext, f: Figure, prev: Figure | undefined, done: Quantity[], period: string, months: number | null, shared: Shared): Quantity | null {
  const block = context.source.blocks[f.block];
  if (shared.lowerBlock !== f.block) {
    shared.lowerBlock = f.block;
    shared.lower = block.text.toLowerCase();
  }
  const text = shared.lower;
  const at = f.span.start - block.span.start;
  const end = f.span.end - block.span.start;
  const prevEnd = prev && prev.block === f.block ? prev.span.end - block.span.start : 0;
  const start = context.clauses.at(f.block, at, true)?.from ?? 0;
  const sentence = text.slice(clauseWindow(text, start, at), at);
  const gap = text.slice(Math.max(prevEnd, start), at);
  // The gap's last segment (after its last comma, colon or bracket), asked a dozen times below.
  const gapSegment = lastSegment(gap);
  // "12 doanh nghiệp giải thể, gấp 3 lần cùng kỳ (6 doanh nghiệp)": a multiple is the ratio of two amounts of its clause, no
  // quantity of its own; the words after it ("lần cùng kỳ") would name every multiple of the report alike.
  if ((f.kind === 'count' || f.kind === 'decimal') && f.unit !== null && fold(f.unit) === fold('lần') && MULTIPLE_BEFORE.test(gapSegment)) return null;
  // "trình cấp 46 (bốn mươi sáu) giấy chứng nhận": the number in words beside the digits is the figure itself; its noun follows it.
  const words = spelledAfter(f, block.span.start, text);
  const after = text.slice(words ?? end, (words ?? end) + 120).replace(/^(\s*tin), bài/u, '$1 bài');
  // "Nâng tổng số phòng lưu trú từ 1 680 phòng hiện nay lên 2 000 phòng": the stock there is now, named by the noun phrase
  // the verb moves; its own words end with its unit (present-stock.ts).
  const now = f.kind === 'count' ? presentFrom(gapSegment, after) : null;
  // The figure after it ("… hiện nay lên 2 000 phòng") is the target the stock is moved to, wherever it stands.
  // Only the few characters before the stock are read ("từ "): the clause may be a long line of figures.
  const toTarget = prev !== undefined && prev.block === f.block && prevEnd > start
    && targetFromPresent(text.slice(Math.max(start, prev.span.start - block.span.start - FROM_WINDOW), prev.span.start - block.span.start), gap);
  const rate = now ? null : RATE.exec(after);
  const cut = PHRASE_STOP.exec(after);
  // "02 xã Tân Hưng và Phú Lâm", "03 thôn Đông, Tây và Nam": the count names the very places it lists, so the whole list is
  // its name (a union, never the same quantity as a count of another list that shares its first place).
  const following = block.text.slice(end, end + 120);
  const joint = following.includes('và') ? JOINT_KINDS.exec(following) : null;
  const listed = ENUMERATION.exec(following) ?? (joint && (joint[2] === undefined || joint[2] === joint[1]) ? joint : null) ?? sharedConjunct(after, cut);
  // The noun phrase up to its stop, at most ten words: "hồ sơ đề nghị cấp giấy phép xây dựng" and "… giấy chứng nhận lần đầu"
  // part only at their eighth word. A longer phrase is cut short, so its name is unsure (read as unnamed below).
  const phraseWords = (rate ? rate[1] : now ? after.slice(0, now.unitEnd) : cut ? after.slice(0, cut.index) : after).split(/\s+/);
  const cutShort = !listed && !rate && phraseWords.filter((w) => w !== '').length > PHRASE_MAX && (cut !== null || after.length < 120);
  // "27 mô hình “Dân vận khéo”", "412 hộ đạt danh hiệu “Gia đình văn hóa”": a quoted title right after the noun says which
  // ones are counted, so it is part of the name (the quotes stop the phrase otherwise).
  const titled = !listed && !rate && cut !== null && /["“]/u.test(cut[0]) && phraseWords.some((w) => w !== '') ? QUOTED_TITLE.exec(after.slice(cut.index)) : null;
  const phrase = listed ? listed[0].toLowerCase() : titled ? `${after.slice(0, cut!.index).trimEnd()} ${titled[1]}` : phraseWords.slice(0, PHRASE_MAX + 1).join(' ');
  const phraseEnd = titled ? cut!.index + titled[0].length : phrase.length;
  let name: string;
  const extra: string[] = [];
  let loose = false;
  let subject: string | null = null;
  let closing = false;
  // The counted noun a copula's subject names ("Số giáo viên … là 186 người": giáo viên), when it replaces the unit's.
  let counted: string | null = null;
  // The count is the whole unit's ("toàn xã còn 127 hộ nghèo", "100% hộ nghèo toàn xã (131 hộ)"): a two-word name is then enough.
  let unitWide = false;
  if (/:\s*$/u.test(gap) && f.label) name = f.label.toLowerCase();
  else if (f.kind === 'percent') {
    // Paired with the figure just before it in the same paragraph only: "Tỷ lệ hộ … đạt 98,4%" opening a paragraph names its own rate.
    const paired = done.length && done[done.length - 1].figure === prev && prev!.block === f.block && PAIRED.test(text.slice(prevEnd, at));
    // "đạt 87,2% kế hoạch năm", "bằng 70,2% dự toán": a fulfilment rate measures the quantity before it, not the plan word
    // after it; without that quantity it names nothing.
    if (FULFILMENT.test(after)) {
      if (!paired) return null;
      return { ...done[done.length - 1], figure: f, kind: 'percent', unit: '%', per: null, scope: `${done[done.length - 1].scope}|fulfil`, pred: null };
    }
    name = phrase.replace(/^\s*%/u, '').trim().split(/\s+/).length >= 2 ? phrase.replace(/^\s*%/u, '') : paired ? done[done.length - 1].name : fold(f.label ?? '');
    // "2 184 hồ sơ thanh toán trực tuyến, chiếm 55,8% số hồ sơ trực tuyến": the words after "chiếm X%" name the whole the
    // share is of, not the rate; the share is its numerator's ("tỷ lệ hồ sơ trực tuyến 80,5%" is another quantity).
    // "1.968 hội viên, đạt 90,1% số người cao tuổi", "2.960 hội viên (86,5% số hộ)": "số" and a counted noun after a rate reached
    // by the count before it (or by the words before "đạt") name the population it is taken of, as "tổng số" does; the rate
    // measures its numerator, and two rates of one population with other numerators are two quantities.
    const bracketed = prev !== undefined && prev.block === f.block && prevEnd > start && OPEN_BRACKET.test(gap);
    const countedWhole = COUNTED_WHOLE_AFTER.test(phrase) && (paired || bracketed || REACHED_SHARE.test(gap));
    if ((SHARE_OF_WHOLE.test(gap) || NAMED_WHOLE_AFTER.test(phrase) || countedWhole) && phrase.replace(/^\s*%/u, '').trim().split(/\s+/).length >= 2) {
      // The numerator: the figure paired with the rate, else the words before ", chiếm" (those after the count's number).
      // "gieo cấy bằng máy 3.064 ha, chiếm 35,0 %": words that are only the count's own unit name no numerator; the count
      // just before them is it (two shares of one whole with numerators "ha" alike are two different parts).
      const words = labelTokens(lastSegment(gap.replace(SHARE_OF_WHOLE, '').replace(REACHED_SHARE, '').replace(/[\s,(]+$/u, '')));
      const last = done[done.length - 1];
      const unitOnly = last !== undefined && last.figure === prev && prev.block === f.block && prevEnd > start && words.join(' ') === labelTokens(prev.unit ?? '').join(' ');
      extra.push(`share-of:${paired || unitOnly ? last.tokens.join(' ') : words.join(' ')}`);
    }
    if (!RATE_NAME.test(name) && !paired && phrase.replace(/^\s*%/u, '').trim().split(/\s+/).length < 2) return null;
  } else if (now !== null) {
    name = now.noun;
  } else {
    name = phrase.trim();
    // "cho 100% hộ nghèo toàn xã (131 hộ)": a count alone in its bracket restates the noun phrase before it.
    const restated = f.kind === 'count' ? restatedName(text, at, end, f.unit) : f.kind === 'money' ? restatedMoneyName(text, at, end) : null;
    unitWide = restated?.framed === true;
    if (restated !== null) name = restated.name;
    // "doanh thu bình quân 1,33 tỷ đồng/hợp tác xã": words after a "/" go on the unit (what the amount is per), they do not
    // say which amount it is; the words before it do, as for a name too weak.
    else if (weak(labelTokens(name)) || PER_UNIT_TAIL.test(after) || (labelTokens(name).length >= 3 && measurePerUnit(after, f.unit))) {
      // "tồn quỹ ngân sách xã đến ngày 30/6/2026 là 824.310.000 đồng": the date tells when, not what (nor a garbled name).
      // "Giá trị sản xuất … 9 tháng năm 2025 (giá so sánh 2010) ước đạt 4 286,5 tỷ đồng": a bracketed aside is no segment of
      // the subject; a period ("9 tháng năm 2025") whose numbers would read as a garbled name is its scope (tagged below).
      const segment = withoutPeriodSpan(lastSegment(gap.replace(ASIDE, ' ')).replace(DATE_IN_NAME, ' ').replace(MERELY, ' '), months);
      const bare = garbled(labelTokens(`${name} ${segment}`)) ? segment.replace(PERIODS, ' ') : segment;
      const copula = f.kind === 'count' && f.unit !== null && (PERSON_NOUNS as readonly string[]).includes(fold(f.unit)) && !PER_UNIT_TAIL.test(after) ? COPULA_SUBJECT.exec(bare) : null;
      if (copula && labelTokens(copula[1]).length >= 2) [name, counted] = [copula[1], copula[2]];
      else name = `${name} (${cleanLabel(bare) ?? ''})`;
      // "Cây lúa có năng suất 62,4 tạ/ha, sản lượng ước đạt 2.402,4 tấn": after another figure of its sentence, the words
      // before a figure are not the whole subject.
      loose = prevEnd > start;
      // "Các cơ sở … thu hút 18 450 lao động; thu nhập bình quân 7,8 triệu đồng/người/tháng": a bare measure in a clause after
      // another figure of its sentence is of the sentence's subject (whose income), so the subject is part of its scope.
      // As a branch key "subject=<words>" (see distinctReadings): a bare measure whose sentence names no subject is still compared.
      const opening = loose ? start : sentenceStart(context, f.block, start);
      if (!loose && opening < start && prev !== undefined && prev.block === f.block && prevEnd > opening) subject = `subject=${labelTokens(clauseSubject(context, f, opening, shared)).join(' ')}`;
      // "Các trạm bơm vận hành từ ngày 02/3/2025, lưu lượng đến nay đạt 1.240 m3": an earlier segment of the clause with a
      // subject that acted on a full date is what the bare measure after it measures, as after another figure. A segment
      // that is only the date ("Tính đến ngày 31/3/2025, …") names no subject.
      if (subject === null && !loose) {
        const earlier = gap.slice(0, Math.max(gap.lastIndexOf(','), gap.lastIndexOf(';')));
        const actor = earlier.replace(DATE_IN_NAME, ' ').trim();
        if (FULL_DATE.test(earlier) && !TIME_LEAD.test(actor) && labelTokens(actor).length >= 2) subject = `subject=${labelTokens(actor).join(' ')}`;
      }
      // "+ Trạm Kênh Tây, dung lượng 100 kVA": an earlier segment of the clause that is only one thing's proper name (a common
      // noun, then capitalised words) is what the bare measure after it measures; another name is another thing.
      if (subject === null && !loose) {
        const from = Math.max(prevEnd, start);
        const cutAt = Math.max(gap.lastIndexOf(','), gap.lastIndexOf(';'));
        const named = cutAt > 0 ? block.text.slice(from, from + cutAt).replace(LEADING_BULLET, '').trim() : '';
        if (NAMED_THING.test(named)) subject = `subject=${labelTokens(named).join(' ')}`;
      }
      // "năng suất lúa 62,0 tạ/ha, sản lượng 2.387 tấn" and "cây ngô năng suất 48,0 tạ/ha, sản lượng 684 tấn": a bare measure
      // word names whose output only with the clause's opening words, so those words are part of its scope.
      if (loose) extra.push(`subject:${labelTokens(clauseSubject(context, f, start, shared)).join(' ')}`);
      // "Học sinh lớp 5 hoàn thành chương trình tiểu học 2.941/2.943 em": words running from the figure before to this
      // one, with no stop between, are this figure's subject as much as that figure's noun, so they name neither for sure.
      const last = done[done.length - 1];
      // Not the stock now before its target ("từ 1 680 phòng hiện nay lên 2 000 phòng"): the words between are the stock's own.
      if (last?.figure === prev && prevEnd > start && last.kind === 'count' && !PHRASE_STOP.test(gap) && !toTarget) done[done.length - 1] = { ...last, named: false };
      // "tiếp nhận 4.862 hồ sơ, gồm: giải quyết đúng hạn 4.705 hồ sơ": a count named only by its verb belongs to the
      // paragraph's first count of the same noun; under another first count (another office's intake) it is another quantity.
      const lead = leadCount(context, f, shared);
      // "Đầu năm … 418 người có công …; đến ngày 30/11 còn 412 người": a bare count of "còn" after a cut-off in time, under
      // a paragraph's named opening level (a prior one), is the same quantity's level at that time: its name, no rest.
      const stock = lead && CUTOFF_LEVEL.test(gapSegment) ? done.find((d) => d.figure === lead && d.named && d.kind === 'count') : undefined;
      if (stock && stock.scope.split('|').includes('prior')) {
        // The opening's noun phrase, not the words of its own clause ("xã quản lý") that its name carries in brackets.
        name = stock.name.replace(/\s*\([^()]*\)\s*$/u, '');
        closing = true;
      } else if (lead) {
        extra.push(`within:${lead.value}`);
        loose = true;
      }
    }
  }
  const tail = after.slice(rate ? rate[0].length : phraseEnd).split(/[,;.]/)[0] ?? '';
  const framedAfter = f.kind === 'count' && UNIT_FRAMED_AFTER.test(tail) && TOTAL_OR_HAS_BEFORE.test(gapSegment);
  const wholeStock = f.kind === 'count' && (framedAfter || UNIT_FRAMED.test(gapSegment));
  const stockName = wholeStock ? wholeStockName(context, phrase, gapSegment, tail) : null;
  if (stockName !== null) name = stockName;
  const tokens = [...new Set(labelTokens(name))];
  if (garbled(tokens)) return null;
  // Numbers side by side ("… 100% 100% …", "5.120 3.864"): a table row run into a line, whose columns are unknown.
  if (/^\s*[\d%=]/u.test(after) || /\d[%]?\s*$/u.test(text.slice(Math.max(0, at - 3), at))) return null;
  // "mới đạt 56 ca": "mới" before such a verb says "only", no new ones.
  const near = `${gapSegment.replace(MERELY, ' ')} ${phrase} ${tail.slice(0, 60)}`;
  // "tỷ lệ tăng dân số tự nhiên 1,02%": a change verb right after a rate word names the rate, it adds nothing.
  const raised = RAISED_TO_LEVEL.test(gapSegment) ? `${gapSegment.replace(RAISED_TO_LEVEL, ' ')} ${phrase} ${tail.slice(0, 60)}` : near;
  if (f.kind === 'count' && FRAMED_LEVEL.test(gapSegment)) closing = true;
  // "2. Tồn tại, hạn chế / - Vẫn còn 27 trường hợp sinh con thứ 3": a statement opening with "(vẫn) còn" under a shortcomings
  // title says those still exist, no remainder of a set its sentence names.
  // "Còn 61 hồ sơ … đang giải quyết": those still in hand are a remainder of a workload, whatever the title says.
  if (f.kind === 'count' && STILL_OPENING.test(gap) && underShortcomings(context, f) && !STILL_PENDING.test(after.split(/[,;.]/)[0] ?? '')) closing = true;
  if (wholeStock) unitWide = true;
  // "cho 181 hộ (mỗi hộ 01 bồn chứa …)": an aside in brackets after the noun tells what each of them got, another figure's
  // measure; the figure is no amount per unit itself.
  const unbracketed = EACH_ASIDE.test(tail) ? `${gapSegment.replace(MERELY, ' ')} ${phrase} ${tail.replace(EACH_ASIDE, ' ').slice(0, 60)}` : near;
  const tags = [...extra, ...NEAR_TAGS.filter(([t, re]) => re.test(t === 'added' ? raised.replace(RATE_OF_CHANGE, ' ').replace(TO_NEW_LEVEL, ' ').replace(CUE_BEARING, ' ') : t === 'each' ? unbracketed : near)).map(([t]) => t)]
    // The verb moving a stock from its level now ("nâng … từ 1 680 phòng hiện nay") adds nothing to that level.
    .filter((t) => (!closing || t !== 'rest') && (now === null || t !== 'added'));
  // "số vụ cháy giảm so với cùng kỳ, thiệt hại về tài sản khoảng 1 680 triệu đồng": a comparison closed by a comma before
  // the figure's own words compares another figure; "so với năm 2024 (14.000 lượt người)" keeps its bracket, and a
  // clause opened by a time ("Đầu năm 2024, toàn huyện có 135 cơ sở") its time.
  // "Mặc dù năm 2024 có 15.281 hồ sơ …" in the report of 2024: its own year, no previous value.
  const own = context.meta.period ? context.meta.period.end.slice(0, 4) : null;
  const unprior = (g: string) => (own === null || !g.includes(own) ? g : g.replace(ownYearHas(own), ' '));
  for (const [t, re] of GAP_TAGS) if (re.test(t === 'prior' ? unprior(gap.replace(CLOSED_COMPARISON, ' ')) : withoutJudgedPlans(gap.replace(CUE_BEARING, ' ')))) tags.push(t);
  // A share there is a target too, but a target share reads as a rate of fulfilment (roleOf): only amounts are tagged.
  if (f.kind !== 'percent' && f.kind !== 'fraction' && !tags.includes('target') && assignedListItem(context, f, text, at, shared)) tags.push('target');
  // "Đang giải quyết 45 hồ sơ" counts what is still in hand, never the "1.347 hồ sơ" already settled.
  const ongoing = ONGOING.test(`${gapSegment} ${name}`);
  // "Tính đến ngày 30/9/2025, trạm đang quản lý 48 người": what is in hand at the period's end is the level, no running total.
  if (CUMULATIVE.test(sentence) && !(ongoing && asOfPeriodEnd(sentence, context.meta.period?.end ?? null))) tags.push('cumulative');
  if (ongoing) tags.push('ongoing');
  // "Ngoài ra, các doanh nghiệp trao 40 suất học bổng": beyond the "312 suất" stated before, another quantity.
  if (BESIDES.test(sentence)) tags.push('besides');
  // "04 hợp tác xã đã mở gian hàng …", "06 hợp tác xã đang hoạt động": a verb after the noun counts only those that
  // did it, a subgroup; two counts with different verbs are different quantities.
  // Not after a network's name ("mạng lưới 142 tổ hòa giải hoạt động …"): what follows is said of the whole network.
  const whole = WHOLE_SET.test(gapSegment) || (f.kind === 'count' && UNIVERSAL_SUBJECT.test(gap));
  // "11 trạm y tế xã, thị trấn đạt Bộ tiêu chí …", "46 cơ sở sản xuất, kinh doanh thực phẩm chưa đạt …": a second noun joined
  // by a comma is still the count's noun phrase, so the verb after it narrows the count as after the first.
  // "04 nhà văn hóa tổ dân phố (tổ 2, tổ 6, tổ 9, tổ 13) đã xuống cấp": a bracketed aside right after the noun (its members, a
  // share) leaves the verb after it narrowing the count as if the noun ended there.
  const aside = rate ? null : LEADING_ASIDE.exec(after.slice(phraseEnd));
  const pastAside = aside === null ? null : (after.slice(phraseEnd + aside[0].length).split(/[,;.(]/u)[0] ?? '');
  const predicate = whole ? null : PREDICATE.exec(tail) ?? COPULA_MEMBER.exec(tail) ?? (pastAside === null ? null : PREDICATE.exec(pastAside)) ?? (rate ? null : joinedPredicate(block.text.slice(words ?? end, (words ?? end) + after.length), phraseEnd, after));
  // "thu nhận 1.265 hồ sơ cho trẻ em dưới 14 tuổi": those the count served, after its noun, narrow it to them as a verb does.
  const served = predicate || whole ? null : SERVED.exec(tail);
  // "Số hợp tác xã xếp loại tốt và khá là 59 hợp tác xã": the words between the count word's noun and the copula pick which of
  // them are counted, as a verb after the noun does.
  const fronted = predicate || served || whole || f.kind !== 'count' ? null : frontedQualifier(gapSegment, phrase);
  const pred = predicate ? predicate[1].trim().split(/\s+/).slice(0, 3).join(' ') : served ? served[0].trim().split(/\s+/).slice(0, 3).join(' ') : fronted;
  // The predicate's whole clause, when it follows the noun right away: a table row may name the noun with all of it.
  const predPhrase = predicate !== null && predicate.input === tail ? tail.trim().toLowerCase() : null;
  const place = AT.exec(tail) ?? AT.exec(gapSegment);
  // "03 quyết định cưỡng chế bằng biện pháp phong tỏa tài khoản": the way named after the noun makes the count those done that way.
  const means = MEANS.exec(tail);
  if (means) tags.push(`by:${labelTokens(means[1]).join(' ')}`);
  const joinedKind = JOINED_KINDS.exec(after);
  if (joinedKind) tags.push(`and:${labelTokens(joinedKind[1]).join(' ')}`);
  if (place) tags.push(`at:${place[1].trim()}`);
  // "Chiều ngày 28/01/2025 xảy ra 01 vụ tai nạn …": what happened on one day is that day's count, narrower than the period's.
  const day = eventDay(sentence);
  if (day !== null) tags.push(`on:${day}`);
  // "phát hiện 612 trường hợp vi phạm, chiếm 31,26% tổng số vi phạm": a count its sentence states as a share of a named
  // total is a part of that total, never the total itself.
  if (!tags.includes('part') && shareOfOwnTotal(after, tokens)) tags.push('part');
  const p = periodIn(sentence, block.text.slice(clauseWindow(text, start, at), at));
  // The report's own period is folded ("Quý III/2024" → "qúy iii năm 2024"): the sentence's period is folded alike to be found in
  // it, a year after a slash ("Quý III/2025") read as after "năm" ("quý III năm 2025"), either way round.
  const ownPeriod = p !== null && period.includes(periodForm(p[1]));
  if (p && !ownPeriod) tags.push(`period:${p[1]}`);
  // "Năm 2025 toàn xã đã hoàn thành bê tông hóa 13,2 km" under "Mục tiêu năm 2026": the report's own period, done, no plan word.
  const pastFact = ownPeriod && DONE.test(sentence) && !FUTURE.test(sentence);
  // "Trên cơ sở 2.310 đoàn viên hiện có, phấn đấu …", "hỗ trợ toàn bộ 315 hộ đã đăng ký" under "Phương hướng năm 2026":
  // the stock there is now, restated beside the plan, no target; so is "số giáo viên hiện có của toàn ngành là 1.968 người",
  // the stock named in the figure's own clause before it.
  // "… từ 1 680 phòng hiện nay lên 2 000 phòng": the word of the present before "lên" is the stock's before it, not the target's.
  if (toTarget && f.kind !== 'percent' && !tags.includes('target')) tags.push('target');
  const stock = !toTarget && (PRESENT_STOCK.test(`${gapSegment} ${phrase} ${tail}`) || (WHOLE_STOCK.test(gap) && STATE.test(`${phrase} ${tail}`)));
  if (inPlanSection(context, f, shared) && !pastFact && !stock) tags.push(...planTags(context, f));
  // "Trên địa bàn huyện có 312 cơ sở nhà trọ", "… 29 chợ hiện có", "mạng lưới 36 cộng tác viên": what there is, all of it.
  let held = stock || whole || framedAfter || HELD_BEFORE.test(gapSegment);
  const lead = leadIn(context, f.block, shared);
  tags.push(`lead:${lead.key}`);
  const head = blockHead(text, f.block, at, shared);
  if (head && !ASSESSMENT_HEAD.test(head)) tags.push(`head:${labelTokens(head).join(' ')}`);
  // "tỷ lệ giải quyết đúng hạn dưới 97%", "không quá 5 ngày": a bound of a condition, never the value of the quantity.
  // "tàu từ 15 m trở lên", "người từ 60 tuổi trở lên": the figure is the open end of a range (its unit at most two words before
  // "trở lên"), a bound that names a group, never a quantity of its own: two ranges ("từ 15 m", "từ 24 m trở lên") are two groups.
  const openRange = OPEN_RANGE_AFTER.test(after);
  if ((BOUND_ENDS.some((w) => gap.trimEnd().endsWith(w)) && BOUND_BEFORE.test(gap)) || openRange) tags.push('bound');
  const per = rate ? `${Number(rate[2] || 1)} ${rate[3]}` : null;
  // "tăng 1,9 điểm phần trăm": the unit of a change in points names no quantity (the rate it changes is named before).
  const named = !weak(tokens) && (tokens.length >= 3 || (unitWide && tokens.length === 2)) && !cutShort && !POINTS_NAME.test(name) && !openRange;
  // "chi trả trợ cấp cho 412 người": the verb before "cho" narrows the figure to those it reached.
  // "toàn huyện kiên cố hóa được 27,6 km kênh": a particle after the verb ("được") says the action reached the count, so the
  // verb before it acts as without it; alone or after an aspect or link word ("có được", "đã được") it names no action.
  const recipientCut = endsRecipient(gapSegment) ? gapSegment.replace(RECIPIENT, '') : gapSegment;
  const particleCut = recipientCut.replace(REACHED_AFTER_VERB, '');
  const before = particleCut !== recipientCut && !ASPECT_END.test(particleCut) ? particleCut : recipientCut;
  // "Sửa chữa 05 ngầm tràn và 6,1 km đường": a figure joined to the one before it by "và" or a comma right after that
  // figure's own noun is another object of the same verb.
  const last = done[done.length - 1];
  // "12 (mười hai) trạm biến áp mới, 18,0 km …": the number spelled out after the figure before is that figure again.
  const joined = prevEnd > start && last?.figure === prev ? COORDINATED.exec((prev.spelled ? gap.replace(SPELLED_LEAD, ' ') : gap).trim()) : null;
  const coordinated = joined !== null && joined[1] !== '' && last.name.startsWith(foldKey(joined[1]));
  const acting = now === null && before !== '' && !NEUTRAL_BEFORE.test(before) && !/:\s*$/u.test(gap);
  // "tài trợ 320 triệu đồng (bằng chữ: …) cho 04 điểm trường": a count handed by "cho" to the figure just before it (its
  // words in brackets aside) is of those the same verb reached.
  const handed = !acting && !coordinated && prevEnd > start && last?.figure === prev && last.pre != null
    && RECIPIENT_ONLY.test(gap.replace(BRACKETED, ' '));
  const pre = acting ? before.split(/\s+/).slice(-3).join(' ') : coordinated || handed ? last.pre : null;
  // The whole verb phrase, for a name told by all of it ("miễn gọi nhập ngũ" is not "tạm hoãn gọi nhập ngũ").
  const verb = acting ? before : coordinated || handed ? last.verb ?? null : null;
  // Those a verb's action reached ("chi trả trợ cấp cho 412 người"): some of the noun, never all of it.
  // "cấp giống cho 186 hộ nông dân và 05 tổ hợp tác": another recipient joined by "và" or a comma is reached alike.
  // So are the places an action or an event was held at ("tổ chức 05 buổi nói chuyện tại 04 thôn"): some of the places of
  // that kind, never all of them stated as what there is ("xã có 12 thôn").
  const venue = f.kind === 'count' && VENUE.test(gapSegment);
  const reached = handed || venue || (coordinated && last.served === true) || (acting && endsRecipient(gapSegment) && RECIPIENT.test(gapSegment));
  // "Phấn đấu trồng 160 ha rừng và 26.000 cây phân tán": another object of the same plan verb is a target too.
  if (coordinated && !tags.includes('target') && last.scope.split('|').includes('target')) tags.push('target');
  // "giao chỉ tiêu bê tông hóa 80 km đường, xây dựng mới 08 cầu và kiên cố hóa 20 km kênh": the next item of a series of
  // verb and object after one plan word (a comma or "và" right after the target's own noun, then a verb of a few words
  // only) is a target too; a verb that tells what was done ("thực hiện", "đạt", "đã …") turns to the result.
  else if (acting && !tags.includes('target') && last?.figure === prev && prevEnd > start && last.scope.split('|').includes('target') && nextPlanItem(gap, last.name)) tags.push('target');
  // "Mô hình nuôi gà … quy mô 6.000 con với 30 hộ tham gia": a count attached by "với" to the noun phrase opening its
  // sentence is that thing's (one model's households), so the opening words are its subject as for a bare measure.
  if (subject === null && ATTACHED.test(gap)) {
    const words = labelTokens(clauseSubject(context, f, sentenceStart(context, f.block, start), shared));
    // "Đã thực hiện 58 lượt kiểm tra tàu cá xuất bến với 1.940 thuyền viên": a subject too bare to tell ("đã thực hiện"),
    // the count is attached to the figure before it, told by that figure's noun phrase.
    const attachedTo = prevEnd > start ? labelTokens(gap.replace(ATTACHED, ' ')) : [];
    if (words.length >= 2) subject = `subject=${words.join(' ')}`;
    else if (attachedTo.length >= 2) subject = `subject=${attachedTo.join(' ')}`;
  }
  // "với 3.940 con lợn và 12.300 con gia cầm": another object of the same attachment belongs to the same subject.
  if (subject === null && coordinated) subject = last.branches?.find((b) => b.startsWith('subject=')) ?? null;
  // "09 (chín) Tổ bảo vệ an ninh, trật tự với 54 thành viên": a count attached by "với" to the count just before it, with that
  // count's noun phrase and nothing else between, counts that group's members: "with=<its count> <its words>" tells whose.
  const attached = prevEnd > start && last?.figure === prev && last.kind === 'count' && last.named && ATTACHED.test(gap) ? labelTokens(gap.replace(ASIDE, ' ').replace(ATTACHED, ' ')) : [];
  const group = attached.length >= MIN_OWNER_WORDS && last.tokens.every((t) => attached.includes(t)) ? `with=${prev!.value} ${attached.join(' ')}` : null;
  // "Toàn huyện có 04 tôn giáo … với 55 cơ sở thờ tự": what a group stated as what there is holds is what there is too, all
  // of it, never those a deed reached ("chấp thuận sửa chữa 04 cơ sở thờ tự").
  if (group !== null && last.held === true) held = true;
  // "Duy trì hoạt động của 14 tổ bảo vệ an ninh, trật tự với 96 thành viên" among the tasks ahead: a group kept as it is has
  // the make-up there is now, no target (as a stock "hiện có" restated in a plan section).
  if (group !== null && !tags.includes('target') && KEPT_GROUP.test(text.slice(sentenceStart(context, f.block, start), prev!.span.start - block.span.start))) {
    for (const t of ['plan', 'ahead']) if (tags.includes(t)) tags.splice(tags.indexOf(t), 1);
  }
  const splitWhole: { index: number } = { index: -1 };
  const of = breakdownOf(context, f, text, at, splitWhole);
  if (of !== null && WHOLE_SET_BREAKDOWN.test(of)) held = true;
  // "105 người nộp thuế còn nợ, gồm 23 doanh nghiệp, 64 hộ kinh doanh": every member is of what the whole is, so it keeps the
  // whole's scope words ("còn", "mới", "không", "đang"), whichever member the connector stands before.
  if (splitWhole.index >= 0) {
    const w = findLast(done, (q) => q.figure.index === splitWhole.index);
    if (w !== undefined) for (const t of w.scope.split('|')) if (INHERITED_TAGS.has(t) && !tags.includes(t)) tags.push(t);
    // "Toàn xã hiện có 86,42 km kênh mương, gồm 18,50 km kênh cấp I và 67,92 km kênh nội đồng": a member of a breakdown of what
    // there is is what there is of its kind, all of it, never what a deed of the period reached ("kiên cố hóa 2,85 km kênh nội đồng").
    if (w?.held === true && pre === null && !reached) held = true;
  }
  const event = eventOf(name.trim(), sentence);
  // "Thôn Đông Hạ có 19/468 hộ nghèo, tỷ lệ 4,06%, và 31 hộ cận nghèo": the unit named at the head of the sentence owns
  // every figure after it there, until another is named (the nearest name is taken).
  const ownerText = block.text.slice(clauseWindow(text, sentenceStart(context, f.block, start), at), at);
  // The proper names before the figure, read once for its owner and for another place.
  const names = [...ownerText.matchAll(OWNER)];
  const owner = ownerOf(names);
  // "Thôn Đông Hạ có … 31 hộ cận nghèo" in the report of xã Đông Sơn: a place other than the report's own unit narrows the
  // figure to that place, as "tại …" does; a figure naming no place is the whole unit's.
  const elsewhere = otherPlace(context, ownerText, names);
  if (elsewhere !== null) tags.push(`at:${elsewhere}`);
  const partner = pre === null ? null : deedPartner(ownerText);
  // The actor opens the sentence: in a sentence running over the clause window before the figure (a line with no stop) none
  // is read, so reading every figure of such a line stays linear.
  const opening = sentenceStart(context, f.block, start);
  const actor = pre === null || clauseWindow(text, opening, at) !== opening ? null : deedActor(text.slice(opening, at), verbCore(pre));
  const branches = [...branchesOf(context, f.section, shared), ...(of === null ? [] : [of]), ...(event === null ? [] : [event]), ...(owner === null ? [] : [owner]), ...(subject === null ? [] : [subject]), ...(group === null ? [] : [group]), ...(partner === null ? [] : [partner])];
  // "chi trả trợ cấp hằng tháng cho 421 người": the flow word moves what is paid; a count of persons handed to it by "cho" is
  // of those it reached (a standing group), neither going out nor coming in.
  const recipients = endsRecipient(gapSegment.trimEnd()) && RECIPIENT.test(gapSegment.trimEnd()) && (PERSON_NOUNS as readonly string[]).includes(unitHead(f) ?? '');
  const set = f.kind === 'count' ? countedSetOf(context, f) : null;
  // "hoàn thành giao quân với 45 công dân" and "43 thanh niên lên đường nhập ngũ": one event's headcount, named by the event.
  const headcount = headcountOf(f, f.unit, gapSegment, gap, phrase);
  const unit = counted === null ? unitHead(f) : unitHead({ ...f, unit: counted });
  if (headcount !== null) return headcountReading({ figure: f, tokens, name: foldKey(name), kind: kindOf(f), unit, per, scope: tags.sort().join('|'), named, pred, pre, verb, loose, flow: null, branches, item: itemOf(context, f.section, shared) }, headcount);
  return { figure: f, tokens, name: foldKey(name), kind: kindOf(f), unit, per, scope: tags.sort().join('|'), named, pred, pre, verb, ...(predPhrase ? { predPhrase } : {}), ...(reached ? { served: true } : {}), ...(held ? { held: true } : {}), ...(f.kind === 'count' && HAPPENED_BEFORE.test(gapSegment) ? { happened: true } : {}), loose, flow: recipients ? null : flowOf(gap), branches, item: itemOf(context, f.section, shared), ...(set === null ? {} : { set: set.value }), ...(lead.block < 0 ? {} : { list: lead.block }), ...(actor === null ? {} : { actor }) };
}

/**
 * The partner a deed was done with, named right after "phối hợp (với)" in the figure's sentence before it ("Phối hợp Đội
 * Quản lý thị trường số 4 kiểm tra 18 cơ sở", "Phối hợp Chi cục Tiêu chuẩn … kiểm định …; kiểm tra 42 cơ sở"): as a branch
 * key "partner=<its first two words>" (see distinctReadings), the same deed done with two partners named differently is
 * two occasions, two quantities; a deed whose sentence names no partner is still compared. Only a name (a capital first
 * letter): "phối hợp kiểm tra" names no partner. The last such verb before the figure is taken.
 */
function deedPartner(before: string): string | null {
  let last: RegExpExecArray | null = null;
  DEED_PARTNER.lastIndex = 0;
  for (let m = DEED_PARTNER.exec(before); m !== null; m = DEED_PARTNER.exec(before)) last = m;
  if (last === null) return null;
  const name = before.slice(last.index + last[0].length).split(PARTNER_NAME_END)[0];
  if (!/^\p{Lu}/u.test(name)) return null;
  const words = labelTokens(name).slice(0, PARTNER_WORDS_KEPT);
  return words.length === PARTNER_WORDS_KEPT ? `partner=${words.join(' ')}` : null;
}
const DEED_PARTNER = new RegExp(String.raw`${edgeAlt(DEED_PARTNER_WORDS.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]))}\s+(?:(?:${alt(DEED_PARTNER_LINKS)})\s+)?`, 'gu');
const PARTNER_NAME_END = /[,;:.()!?"“”|]/u;
// Two words tell a body ("đội quản", "chi cục", "công an") without its district or number, which a second mention may leave out.
const PARTNER_WORDS_KEPT = 2;

const ASIDE = /\([^()]*\)/gu;
// The least words of a group's name for a count attached to it to be told by it ("tổ bảo vệ an ninh", not "con").
const MIN_OWNER_WORDS = 3;
// "năm 2025 có" for the report's own year, compiled once a year rather than once a figure.
const OWN_YEAR_HAS = new Map<string, RegExp>();
function ownYearHas(own: string): RegExp {
  let re = OWN_YEAR_HAS.get(own);
  if (!re) OWN_YEAR_HAS.set(own, (re = new RegExp(String.raw`năm ${own} có(?![\p{L}])`, 'gu')));
  return re;
}
const EVENT_DAY = /(?<![\p{L}])ngày\s+(\d{1,2})\s?\/\s?(\d{1,2})(?:\s?\/\s?\d{4})?(?![\d/])/gu;
const NOT_EVENT_DAY = new RegExp(String.raw`(?:${edgeAlt(NOT_EVENT_DAY_LEADS)}|\d\s?\/\s?[\p{L}\d-]+|(?<![\p{L}])số)\s*$`, 'iu');
const RANGE_AFTER = new RegExp(String.raw`^\s*(?:-|–|(?:${alt(RANGE_WORDS)})(?![\p{L}]))`, 'u');
// The one day a clause dates what it tells ("chiều ngày 28/01/2025 xảy ra …"), as "d/m"; null for none, a bound ("tính đến
// ngày 30/6"), a document's date ("Công văn số 112/UBND ngày 20/12/2024") or a range of days.
function eventDay(sentence: string): string | null {
  // Every match holds "ngày" (matchAll clones the pattern at each call: once a figure).
  if (!sentence.includes('ngày')) return null;
  for (const m of sentence.matchAll(EVENT_DAY)) {
    const from = m.index ?? 0;
    if (NOT_EVENT_DAY.test(sentence.slice(Math.max(0, from - 30), from)) || RANGE_AFTER.test(sentence.slice(from + m[0].length))) continue;
    return `${Number(m[1])}/${Number(m[2])}`;
  }
  return null;
}
// A share of a named total after the figure's noun, in its sentence ("…, chiếm 11,7% số lượt kiểm tra và chiếm 31,26% tổng số
// vi phạm"): only words and percents between.
// The words between a count and its share, where a subgroup word sets the count's own subgroup apart.
// A population's total after the share ("tổng số hộ", "tổng số trẻ em trên địa bàn"): the share is the subgroup's prevalence.
const POPULATION_TOTAL = new RegExp(String.raw`^\s*(?:${alt(POPULATION_HEADS)})(?![\p{L}])`, 'iu');
const SUBGROUP_NAME = new RegExp(String.raw`(?<=\S\s+)(?:${alt(SUBGROUP_WORDS)})(?![\p{L}])`, 'iu');
const SHARE_OF_NAMED_TOTAL = new RegExp(String.raw`^((?:[^.;:\d]|\d[\d.,]*\s?%)*?)${edgeAlt(SHARE_VERBS)}\s+\d[\d.,]*\s?%\s*(?:(?:${alt(WHOLE_OF_PREPOSITIONS)})\s+)?(?:${alt(TOTAL_OF_WORDS)})\s+([^\d.,;:()]{2,60})`, 'iu');
// The total named after the share is of the figure's own kind ("612 trường hợp vi phạm, chiếm 31,26% tổng số vi phạm …",
// "96 hồ sơ …, chiếm 20% tổng số hồ sơ"): the first two words of the total's name are words of the figure's. A total of other
// things ("1.046 hộ nghèo, chiếm 3,15% tổng số hộ dân") or stated with a figure of its own ("tổng số 33.206 hộ dân") is
// another quantity's whole: the figure may still be its own kind's total.
// A name that sets its own subgroup apart ("46 trẻ em có hoàn cảnh đặc biệt, chiếm 1,18% tổng số trẻ em") is that
// subgroup's whole: the share places the subgroup among all of its head noun, and the count is still all of the subgroup.
function shareOfOwnTotal(after: string, tokens: readonly string[]): boolean {
  // The pattern needs a "%": most words after a figure hold none, and its lazy opening is tried at every length otherwise.
  if (!after.includes('%')) return false;
  const m = SHARE_OF_NAMED_TOTAL.exec(after);
  if (!m || SUBGROUP_NAME.test(m[1]) || POPULATION_TOTAL.test(m[2])) return false;
  const own = new Set(tokens);
  const total = labelTokens(m[2]).slice(0, 2);
  return total.length > 0 && total.every((t) => own.has(t));
}
const CLOSED_COMPARISON = new RegExp(String.raw`${edgeAlt(COMPARED_WITH)}(?![\p{L}])[^,;()]*[,;]`, 'gu');
const PERIODS = new RegExp(PERIOD.source, 'gu');
// "Thực hiện Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở năm 2023, phường đã kiện toàn 14 tổ": a year closing a
// law's title (a capitalised title word, its words with no number, bracket nor clause end, then "năm <year>") dates the
// law, not the figure; a year opening a clause after a comma ("Thực hiện Luật Đất đai, năm 2025 xã …") is the figure's.
const LAW_TITLE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(LAW_TITLE_WORDS)})\s+\p{Lu}[^\d;:.()]{0,120}(?<!,\s*)$`, 'u');
const YEAR_PERIODS = new RegExp(PERIOD.source, 'gu');
/** The first period the (lower-case) sentence names, a law's year aside (`original`: the same words in their own case). */
function periodIn(sentence: string, original: string): RegExpExecArray | null {
  YEAR_PERIODS.lastIndex = 0;
  for (let m = YEAR_PERIODS.exec(sentence); m; m = YEAR_PERIODS.exec(sentence)) {
    if (!m[1].startsWith('năm') || !LAW_TITLE_BEFORE.test(original.slice(Math.max(0, m.index - 160), m.index))) return m;
  }
  return null;
}
const SHARE_OF_WHOLE = new RegExp(String.raw`${edgeAlt(SHARE_OF_WHOLE_VERBS)}\s*$`, 'u');
// "cho 2 145 người, đạt 73,66% tổng số người cao tuổi": a named total right after the percent is the whole it is a share of,
// whatever verb stands before it ("chiếm", "đạt", none).
const NAMED_WHOLE_AFTER = new RegExp(String.raw`^\s*%?\s*(?:${alt(TOTAL_OF_WORDS)})(?![\p{L}])`, 'iu');
// "số" and a counted noun right after a percent ("90,1% số người cao tuổi"); "số tiền", "số vốn", "số lượng" name an amount or
// a yardstick, not a population.
const COUNTED_WHOLE_AFTER = new RegExp(String.raw`^\s*%?\s*(?:${alt(SHARE_OF_COUNT_HEADS)})\s+(?!(?:${alt(AMOUNT_AFTER_COUNT_HEAD)})(?![\p{L}]))\p{L}`, 'iu');
const REACHED_SHARE = new RegExp(String.raw`${edgeAlt(SHARE_REACH_VERBS)}\s*$`, 'u');
const OPEN_BRACKET = /\(\s*$/u;

// Where the sentence holding a clause starts (the first clause of that sentence).
function sentenceStart(context: RuleContext, block: number, from: number): number {
  return context.clauses.sentenceStart(block, from);
}

// A proper name of two title-case words at least after a lower-case word ("Cụm công nghiệp Vân Du có 18 doanh nghiệp").
// The lookbehind is asked after the capital it precedes (the same matches): a pattern opening with a lookbehind is tried in full
// at every index, one opening with a capital only where a capital stands.
const OWNER = /(\p{Lu}(?<=\p{Ll}\s\p{Lu})\p{Ll}+(?:\s\p{Lu}\p{Ll}+)+)(?![\p{L}])/gu;
/**
 * Whose a figure is, when the words of its sentence before it name a unit by its proper name ("Cụm công nghiệp Vân Du có
 * 18 doanh nghiệp" and "Cụm công nghiệp Thành Công có 11 doanh nghiệp"): as a branch key "owner=<name>" (see
 * distinctReadings), the figures of two units named differently are two quantities; a figure whose clause names no unit is
 * still compared. The name nearest the figure is taken.
 */
// A place named by its kind and proper name ("thôn Đông Hạ" in a commune's report, "xã Tân Lập" in a district's) nearest
// the figure, lower-cased, when its kind is below the report's own level (no level read: below a commune's).
function otherPlace(context: RuleContext, before: string, names: readonly RegExpMatchArray[]): string | null {
  if (names.length === 0) return null;
  const last = names[names.length - 1];
  const kind = PLACE_BEFORE.exec(before.slice(0, last.index));
  if (!kind) return null;
  const below = SUBUNIT_KINDS[context.meta.unit?.level ?? 'xã'] ?? [];
  return below.includes(kind[1].toLowerCase()) ? `${kind[1]} ${last[1]}`.toLowerCase() : null;
}
const PLACE_BEFORE = new RegExp(String.raw`(${edgeAlt(PLACE_KIND_WORDS, SUBUNIT_KINDS['tỉnh'])})\s+$`, 'iu');

const ATTACHED = new RegExp(String.raw`${edgeAlt(ATTRIBUTE_WORDS)}\s*$`, 'u');
// A word keeping the group, then its words up to the group's count, no clause end between.
const KEPT_GROUP = new RegExp(String.raw`${edgeAlt(KEPT_AS_IS_WORDS)}(?![\p{L}])[^;.:]*$`, 'u');

function ownerOf(names: readonly RegExpMatchArray[]): string | null {
  return names.length > 0 ? `owner=${names[names.length - 1][1].toLowerCase()}` : null;
}

const BREAKDOWN = new RegExp(String.raw`${edgeAlt(OF_WHICH, CONSISTS_OF, DIVIDED_INTO)}(?![\p{L}])`, 'gu');
const SENTENCE_END = /[.!?]\s/gu;
// "có 04 trường học (01 trường mầm non, 02 trường tiểu học …)": a bracket opened right after a count's noun phrase splits it.
const BRACKET_AFTER_NOUN = /^[\s\p{L}]*\($/u;

/**
 * "toàn huyện có 51/69 trường đạt chuẩn, gồm 17 trường mầm non, 21 trường tiểu học …" beside "69 trường, gồm 24 trường
 * mầm non, 26 trường tiểu học …": a member of a breakdown ("gồm", "trong đó", "chia ra" after an amount of its sentence)
 * counts part of the whole that breakdown splits, so the members of breakdowns of two different wholes are two
 * quantities however alike their names. As a branch key "of=<whole>" (see distinctReadings): a member beside a figure
 * stated on its own is still compared. The whole is the nearest amount before the connector (a rate beside it skipped; of
 * a share "51/69", the 51 split); the member runs to the end of the sentence, or to a ";" unless a colon announces the list.
 */
// The scope words of a breakdown's whole that its members share (see textQuantity).
const INHERITED_TAGS = new Set(['rest', 'new', 'neg', 'ongoing']);
// The last quantity read that `keep` accepts (a breakdown's whole is a few figures back).
function findLast(out: readonly Quantity[], keep: (q: Quantity) => boolean): Quantity | undefined {
  for (let k = out.length - 1; k >= 0 && k >= out.length - 40; k--) if (keep(out[k])) return out[k];
  return undefined;
}

function breakdownOf(context: RuleContext, f: Figure, text: string, at: number, whole?: { index: number }): string | null {
  const from = clauseWindow(text, 0, at);
  const window = text.slice(from, at);
  let start = 0;
  for (const m of window.matchAll(SENTENCE_END)) start = m.index + m[0].length;
  let connector: RegExpMatchArray | null = null;
  for (const m of window.slice(start).matchAll(BREAKDOWN)) connector = m;
  const bracket = bracketWhole(context, f, text, from + start, at);
  if (bracket !== null && (!connector || from + start + connector.index! < bracket.open)) return `of=${bracket.whole.value}`;
  if (!connector) return null;
  const cAt = from + start + connector.index!;
  const cEnd = cAt + connector[0].length;
  if (text.slice(cEnd, at).includes(';') && !/^\s*:/u.test(text.slice(cEnd))) return null;
  const blockStart = context.source.blocks[f.block].span.start;
  for (let k = f.index - 1; k >= 0; k--) {
    const g = context.figures[k];
    if (g.block !== f.block || g.span.start - blockStart < from + start) break;
    if (g.span.end - blockStart > cAt || g.kind === 'percent') continue;
    if (g.cell !== null || !['count', 'decimal', 'money', 'fraction'].includes(g.kind)) return null;
    if (whole) whole.index = g.index;
    return `of=${g.kind === 'fraction' ? g.numerator : g.value}`;
  }
  return namedWhole(text.slice(from + start, cAt));
}

/**
 * "Đơn thuộc thẩm quyền gồm 45 vụ khiếu nại, tố cáo và 226 đơn kiến nghị": a breakdown whose whole has no amount is of
 * the whole its words before the connector name (two words at least, no number; the clause after the last comma): the
 * members of "đơn thuộc thẩm quyền" are no members of "Tổng số đơn tiếp nhận 412 đơn, gồm …", however alike their names.
 */
function namedWhole(before: string): string | null {
  const clause = before.split(/[,;:]/u).pop()!.replace(/^[\s\-–+•*]+/u, '').trim().toLowerCase();
  const words = clause.split(/\s+/u).filter((w) => w !== '');
  return words.length >= 2 && words.every((w) => /^\p{L}+$/u.test(w)) ? `of=${words.join(' ')}` : null;
}

// The count whose noun phrase a still open bracket before `at` follows, of the same counted noun as `f`: the whole it splits.
function bracketWhole(context: RuleContext, f: Figure, text: string, from: number, at: number): { whole: Figure; open: number } | null {
  // Searched within the clause's window only, so a long line without brackets costs each figure its window, not the line.
  const window = text.slice(from, at);
  const inside = window.lastIndexOf('(');
  if (inside < 0 || window.indexOf(')', inside) >= 0) return null;
  const open = from + inside;
  const blockStart = context.source.blocks[f.block].span.start;
  for (let k = f.index - 1; k >= 0; k--) {
    const g = context.figures[k];
    if (g.block !== f.block || g.span.start - blockStart < from) return null;
    if (g.span.end - blockStart > open) continue;
    const u = unitHead(g);
    if (g.cell !== null || g.kind !== 'count' || f.kind !== 'count' || u === null || u !== unitHead(f)) return null;
    return BRACKET_AFTER_NOUN.test(text.slice(g.span.end - blockStart, open + 1)) ? { whole: g, open } : null;
  }
  return null;
}

// Where the bracketed words of a figure's number end ("46 (bốn mươi sáu)" → after ")"), null when none follow it.
function spelledAfter(f: Figure, blockStart: number, text: string): number | null {
  const sp = f.spelled;
  if (!sp || sp.block !== f.block || sp.span.start < f.span.end) return null;
  const close = sp.span.end - blockStart;
  if (!/^\s*\($/u.test(text.slice(f.span.end - blockStart, sp.span.start - blockStart))) return null;
  const m = /^\s*\)/u.exec(text.slice(close));
  return m ? close + m[0].length : null;
}

const BOUND_BEFORE = new RegExp(String.raw`${edgeAlt(BOUND_WORDS)}\s*$`, 'u');
// What the words before a bound end with, trailing white space aside (as for RECIPIENT).
const BOUND_ENDS = [...new Set(BOUND_WORDS.flatMap(spellings))];
const OPEN_RANGE_AFTER = new RegExp(String.raw`^\s*%?\s*(?:[\p{L}²³]+\s+){0,2}(?:${alt(OPEN_RANGE_TAILS)})(?![\p{L}])`, 'u');
const firm = (words: readonly string[]) => words.filter((w) => !(LOOSE_FLOW_WORDS as readonly string[]).includes(w));
const MONTH_BEFORE = 'tháng ';
const FLOWS: ReadonlyArray<[NonNullable<FigureReading['flow']>, RegExp]> = [
  // "6 tháng đầu năm" names a period, no opening level: refused in flowOf (MONTH_BEFORE), so that the pattern opens with a
  // word's first character, not with a lookbehind tried at every index.
  ['open', new RegExp(String.raw`${edgeAlt(OPENING_STOCK_WORDS)}(?![\p{L}])`, 'gu')],
  ['close', new RegExp(String.raw`${edgeAlt(CLOSING_LEVEL_WORDS)}(?![\p{L}])`, 'gu')],
  ['in', new RegExp(String.raw`${edgeAlt(firm(INFLOW_WORDS), RECEIPT_WORDS)}(?![\p{L}])(?!\s+(?:${alt(RECEIPT_WORD_TAILS)})(?![\p{L}]))`, 'gu')],
  ['out', new RegExp(String.raw`${edgeAlt(firm(OUTFLOW_WORDS), SPENDING_WORDS)}(?![\p{L}])(?!\s+(?:${alt(SPENDING_WORD_TAILS)})(?![\p{L}]))`, 'gu')],
];

/**
 * Where a figure stands in a stock and its flows, from the words of its clause before it (`gap`, in lower case): the cue
 * nearest the figure wins ("tồn kỳ trước 146 hồ sơ" opens, "tiếp nhận mới 9.870" comes in, "đã giải quyết 9.905" goes out,
 * "còn tồn cuối kỳ 121" closes); at one place the longer cue ("kỳ trước chuyển sang" over "chuyển").
 */
export function flowOf(gap: string): FigureReading['flow'] {
  let best: { flow: NonNullable<FigureReading['flow']>; end: number; length: number } | null = null;
  for (const [flow, re] of FLOWS) {
    // exec, not matchAll (which clones the regex at every call: four calls a figure); no cue matches empty.
    re.lastIndex = 0;
    for (let m = re.exec(gap); m; m = re.exec(gap)) {
      // Refused where "tháng " stands right before: the scan goes on from the next index, as the pattern's lookbehind did.
      if (flow === 'open' && m.index >= MONTH_BEFORE.length && gap.startsWith(MONTH_BEFORE, m.index - MONTH_BEFORE.length)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m[0].length > best.length)) best = { flow, end, length: m[0].length };
    }
  }
  return best?.flow ?? null;
}

/**
 * The parallel items a section and those above it are of: a heading below the top level whose sibling headings (same
 * parent) open with the same scope word ("Lĩnh vực đất đai" / "Lĩnh vực tư pháp - hộ tịch", "Tại Bộ phận Một cửa cấp
 * huyện" / "Tại … cấp xã") heads one item of a family; its sentences' figures are that item's. A table's cells have none:
 * a table after the last item often sums up every one.
 */
function branchesOf(context: RuleContext, section: number | null, shared: Shared): string[] {
  if (section === null) return [];
  let out = shared.branches.get(section);
  if (out) return out;
  const s = context.sections[section];
  const own = familyOf(context, s, shared);
  // A frame family's item is the title after its frame ("hđnd phường"): two siblings of one title are one item twice.
  const item = own?.includes('/~') ? frameWords(s.title).slice(FRAME_WORDS).join(' ') : String(section);
  out = [...branchesOf(context, s.parent, shared), ...(own === null ? [] : [`${own}=${item}`])];
  shared.branches.set(section, out);
  return out;
}

// The item of the innermost heading of parallel items above a figure: the words of its title after the scope word.
function itemOf(context: RuleContext, section: number | null, shared: Shared): string[] {
  const branches = branchesOf(context, section, shared);
  if (branches.length === 0) return [];
  const [family, at] = branches[branches.length - 1].split('=');
  if (family.includes('/~')) return labelTokens(at);
  const s = context.sections[Number(at)];
  return labelTokens(s.title.trim().replace(SCOPE_OPENER, (m) => m.slice(-1)));
}

/** A name's tokens without the words that only say "the number of" ("số kết dư" → kết dư, "tổng số hộ" → hộ): lexicon COUNT_WORDS. */
export function nameCore(tokens: readonly string[]): string[] {
  // "số dư tồn quỹ" is "tồn quỹ": the balance word frames the name as "số" does.
  return tokens.filter((t, k) => !COUNT_TOKENS.has(t) && !(k > 0 && BALANCE_FRAME.has(`${tokens[k - 1]} ${t}`)));
}
/**
 * A name's core without its period and estimate words ("giá trị sản xuất 9 tháng ước" → giá trị sản xuất): what a figure
 * measures, when its period is compared on its own (the scope's "period:") and "ước" changes no quantity.
 */
export function undatedCore(tokens: readonly string[]): string[] {
  return nameCore(tokens).filter((t) => !/^\d/u.test(t) && !UNDATED_NOISE.has(t));
}
const UNDATED_NOISE = new Set<string>([...PERIOD_NAME_WORDS, ...ESTIMATE_WORDS]);
const BALANCE_FRAME = new Set<string>(BALANCE_WORDS);
const COUNT_TOKENS = new Set(COUNT_WORDS.flatMap((w) => w.split(' ')));

/**
 * True when two readings are one item's same standing in its flows ("a) Lĩnh vực đất đai: … đã giải quyết 3.982 hồ sơ"
 * and the row "Đất đai" of a table under "Đã giải quyết"): the same figure, however differently each is worded.
 */
export function sameItemFlow(a: Pick<FigureReading, 'flow' | 'item'>, b: Pick<FigureReading, 'flow' | 'item'>): boolean {
  if (!a.flow || a.flow !== b.flow || !a.item?.length || !b.item?.length || a.item.length !== b.item.length) return false;
  return tokenContainment(a.item, b.item) === 1;
}

// The family key of a section among its siblings ("parent/scope word"), null when no sibling opens the same way.
function familyOf(context: RuleContext, s: ReadingInput['sections'][number], shared: Shared): string | null {
  // Every parent's children's openings, counted in one pass over the sections the first time any is asked.
  if (shared.openings.size === 0) {
    shared.openings.set(-2, new Map());
    for (const t of context.sections) {
      const key = opening(t.title);
      if (key === null) continue;
      const counts = shared.openings.get(t.parent ?? -1) ?? new Map<string, number>();
      counts.set(key, (counts.get(key) ?? 0) + 1);
      shared.openings.set(t.parent ?? -1, counts);
    }
  }
  const openings = shared.openings.get(s.parent ?? -1) ?? new Map<string, number>();
  // Top-level headings are the report's chapters ("I. Lĩnh vực kinh tế", "II. Lĩnh vực văn hóa - xã hội"), whose figures
  // may restate one another's; only below them do scope headings split one topic.
  if (s.parent === null) return null;
  const key = opening(s.title);
  return key !== null && (openings.get(key) ?? 0) >= 2 ? `${s.parent ?? -1}/${key}` : null;
}

// The scope word opening a title ("lĩnh vực", "tại", "đối với"), when words follow it (SCOPE_HEADING_OPENERS); else its
// first FRAME_WORDS words when more follow ("~bầu cử đại biểu" of "Bầu cử đại biểu Quốc hội khóa XVI"): siblings that
// open with the same frame ("Bầu cử đại biểu HĐND thành phố", "Bầu cử đại biểu HĐND phường") name parallel items.
function opening(title: string): string | null {
  const m = SCOPE_OPENER.exec(title.trim());
  if (m) return m[1].toLowerCase();
  const words = frameWords(title);
  return words.length > FRAME_WORDS ? `~${words.slice(0, FRAME_WORDS).join(' ')}` : null;
}
const SCOPE_OPENER = new RegExp(String.raw`^(${alt(SCOPE_HEADING_OPENERS)})\s+\p{L}`, 'iu');
/** Words a heading's frame has: four syllables ("kết quả giải quyết", "bầu cử đại biểu"), fewer say too little ("công tác"). */
const FRAME_WORDS = 4;
// A title's words up to its first punctuation, lower case.
const frameWords = (title: string) => title.normalize('NFC').trim().split(/[,:;.()–-]/u)[0].toLowerCase().split(/\s+/u).filter((w) => /^[\p{L}\d]+$/u.test(w));

/** True when a reading counts a member of a breakdown of another figure ("07 chủ thể, gồm … 04 hộ sản xuất"): see breakdownOf. */
export function breakdownMember(q: Pick<FigureReading, 'branches'>): boolean {
  return (q.branches ?? []).some((k) => k.startsWith('of='));
}

/**
 * True when two readings say their figures are two different quantities whatever their names: one stands in a stock
 * or flow where the other stands elsewhere (a stock carried over and a total received, money collected and money
 * spent), or they sit under two sibling headings of parallel items (one field and another, the district and the commune).
 */
export function distinctReadings(a: Pick<FigureReading, 'flow' | 'branches' | 'actor'>, b: Pick<FigureReading, 'flow' | 'branches' | 'actor'>, besides?: string): boolean {
  if (a.flow && b.flow && a.flow !== b.flow) return true;
  // Two bodies named as doing the deed ("Ban đại diện … kiểm tra", "Các tổ chức Hội … kiểm tra"): two occasions.
  if (actorsApart(a.actor, b.actor)) return true;
  const families = new Map((a.branches ?? []).map((k) => k.split('=') as [string, string]));
  return (b.branches ?? []).some((k) => {
    const [family, item] = k.split('=');
    const other = families.get(family);
    return family !== besides && other !== undefined && other !== item;
  });
}

/**
 * True when both readings name their sentence's subject ("subject=…" branches) and the shorter subject's telling words
 * (no time lead such as "trong", frame word or number) are all among the other's: "Trong năm đã mở …" says less of the
 * same actor as "Năm 2025, Trung tâm … phối hợp các xã mở …", while "Đoàn Thanh niên xã mở …" names another.
 */
export function subjectsNested(a: Pick<FigureReading, 'branches'>, b: Pick<FigureReading, 'branches'>): boolean {
  const [sa, sb] = [subjectWords(a), subjectWords(b)];
  if (sa === null || sb === null) return false;
  const [small, large] = sa.length <= sb.length ? [sa, sb] : [sb, sa];
  return small.every((t) => large.includes(t));
}
const SUBJECT_KEY = 'subject=';
const UNTELLING = new Set([...START_END_WORDS, ...TIME_PHRASE_LEADS, ...NAME_FRAME_TOKENS].flatMap((w) => w.split(' ')));
function subjectWords(q: Pick<FigureReading, 'branches'>): string[] | null {
  const key = (q.branches ?? []).find((k) => k.startsWith(SUBJECT_KEY));
  return key === undefined ? null : key.slice(SUBJECT_KEY.length).split(' ').filter((t) => t !== '' && !UNTELLING.has(t) && !/\d/u.test(t));
}

function cellQuantity(context: RuleContext, f: Figure, table: Table | undefined, figuresInCell: number, shared: Shared): Quantity | null {
  if (!f.label) return null;
  const rowTokens = labelTokens(f.label);
  const column = table?.columns[f.cell!];
  // A cell holding several figures ("100% 100% 410/410 = 100%", a pdf row run together) cannot tell which is which.
  if (!table || !column || figuresInCell > 1) return null;
  // A row written between bars with more cells than its table's header row ("| 2 | … | 100,0 | | 3 | … | 103,1 |": two rows
  // run together on one pdf line): which column a cell stands under is unknown, so it names no quantity.
  const barred = context.source.blocks[f.block];
  if (barred?.cellStarts !== undefined && (barred.cells?.length ?? 0) > Math.max(0, ...table.headerBlocks.map((b) => context.source.blocks[b]?.cells?.length ?? 0))) return null;
  const header = fold(column?.header ?? '');
  // Rows that name offices or places ("Khối, đơn vị", "Xã, phường"): the row says whose the figure is, not what it counts;
  // "Phòng chuyên môn | 98" is the staff of those offices, never the number of offices a sentence states.
  const labelColumn = table.columns.find((c) => c.role !== 'stt');
  const entityRows = labelColumn !== undefined && labelColumn.index !== f.cell && ENTITY_HEADER.test(fold(labelColumn.header));
  // What a column measures ("Số hộ", "Số hộ có tài khoản") is part of the quantity's name; a header
  // that only says when or how ("Kỳ báo cáo", "Kết quả", "Lũy kế") is not.
  const measured = ['value', 'part'].includes(column.role) && !GENERIC_HEADER.test(header) ? labelTokens(column.header) : [];
  const tokens = [...new Set([...rowTokens, ...measured])];
  // The total row of such a table names no office: it is the whole unit's count of the column ("Cộng | 3 582" under
  // "Văn bản đến"), the figure a sentence of the report states.
  const totalRow = entityRows ? table.rows.find((r) => r.blocks.includes(f.block)) : undefined;
  if (entityRows && !(totalRow?.total === true && measured.length > 0)) return null;
  if (weak(tokens) || tokens.length < 3 || garbled(rowTokens)) return null;
  // A column of a rate per unit ("Mức hỗ trợ (đồng/suất)", "Đơn giá"): the row's amount for each one, never the row's
  // quantity a sentence counts or sums.
  if (column.measure === 'average') return null;
  const tags: string[] = [];
  // A column beside a total column of the same rows ("Cấp huyện | Cấp xã | Tổng cộng"): a part of the row's quantity,
  // which the total column holds; the part is never the quantity a sentence states for the row.
  if (['value', 'part'].includes(column.role) && table.columns.some((c) => c.role === 'total' && c.index !== column.index)) tags.push('row-part');
  // A numbered row ("Tổ dân phố 5", "Thôn 3") is one instance, never the group a sentence counts ("06 tổ dân phố").
  if (rowTokens.some((t) => /^\d/.test(t))) tags.push(`instance:${rowTokens.join(' ')}`);
  if (column?.role === 'target' || GAP_TAGS[0][1].test(header)) tags.push('target');
  // "Lũy kế quý I/2026" in the report of quý I/2026: the running total over the report's own period is its figure.
  const ownRun = (column?.role === 'cumulative' || CUMULATIVE.test(header)) && spansReportPeriod(column.header, context.meta.period);
  if (!ownRun && (column?.role === 'cumulative' || CUMULATIVE.test(header))) tags.push('cumulative');
  if (column && !['value', 'total', 'period', 'percent'].includes(column.role) && !ownRun) tags.push(`column:${column.role}`);
  // A column of fulfilment ("Tỷ lệ so dự toán (%)") holds the same quantity as "đạt 54,8% dự toán" in a sentence, never a
  // share "chiếm 57,6%" of the row's item.
  // So does a rate column its rows show to be result over plan ("Kế hoạch | Thực hiện | Tỷ lệ (%)"): on a rate row
  // ("Tỷ lệ thu gom | % | 98,0 | 97,6 | 99,6") the rate reached is the result cell, never the fulfilment beside it.
  const cellRow = table.rows.find((r) => r.blocks.includes(f.block));
  if (column.measure === 'fulfilment' || (cellRow !== undefined && fulfilled(table).has(cellRow.cells[f.cell!]))) tags.push('fulfil');
  if (inPlanSection(context, f, shared)) tags.push(...planTags(context, f));
  // A column of another year ("Năm 2023" in a 2024 report, "6 tháng đầu năm 2023"), of the same period before ("Cùng kỳ")
  // or of a change ("Tăng/giảm", "So sánh") holds another quantity than the report's own figure.
  const own = context.meta.period ? context.meta.period.end.slice(0, 4) : null;
  const years = header.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? [];
  if (own && years.some((y) => y !== own)) tags.push(`column-period:${years.join(',')}`);
  // A column of a part of the period ("Quý I" in a nine-month report) holds that part's quantity, never the report's.
  else if (otherPeriodColumn(table, f.cell!, context.meta.period)) tags.push(`column-period:${header}`);
  if (OTHER_COLUMN.test(header)) tags.push('column-other');
  // A row counted in a scaled unit ("Trồng cây phân tán | nghìn cây | 125,0"): its value is at that scale, never the same
  // number as a sentence's "125.000 cây" (or "125 cây"), so it is told apart by its scale until one is compared at it.
  const scale = cellRow !== undefined && cellRow.unit.trim() !== '' ? readScale(cellRow.unit, 0)?.factor ?? 1 : 1;
  if (scale !== 1) tags.push(`scaled:${scale}`);
  tags.push('lead:');
  // A total row ("Tổng cộng", "Cộng") totals its own table's column: named by that column and table, never by the word
  // "tổng cộng", so the totals of two tables (thu and chi) are two quantities.
  const row = table.rows.find((r) => r.blocks.includes(f.block));
  const total = row !== undefined && (row.total || TOTAL_ROW_WORDS.test(f.label.trim()));
  if (total) tags.push(`total-of:${table.index}:${f.cell}`);
  // A row under a group row ("Xây dựng mới phòng học | 38" / "- Trung học cơ sở | 8") counts the group's share for its
  // item, never the item's whole count another table or a sentence states ("Trung học cơ sở | 298" phòng học): the
  // group's words scope it, so only a row of a group of the same words is the same quantity.
  const group = row?.parent != null ? labelTokens(table.rows[row.parent]?.label ?? '') : [];
  if (!total && group.length > 0) tags.push(`group:${group.join(' ')}`);
  const name = total ? `${f.label} ${column.header}` : f.label;
  // A rate row ("Tỷ lệ trực tuyến (%)") of a table whose columns are periods holds percents whatever its column says.
  const percentColumn = column?.role === 'percent' || header.includes('%') || RATE_IN.test(header) || (row !== undefined && isRateRow(row));
  const kind = percentColumn && (f.kind === 'decimal' || f.kind === 'count' || f.kind === 'percent') ? 'percent' : kindOf(f);
  // A row of a table with a total row is a member of the breakdown of that total (see breakdownOf).
  const whole = total ? undefined : totalsOf(context, table).get(f.cell!);
  return { figure: f, tokens, name: foldKey(name), per: null, kind, unit: kind === 'percent' ? '%' : unitHead(f), scope: tags.sort().join('|'), named: true, pred: null, flow: flowOf(column.header.toLowerCase()), item: rowTokens.filter((t) => !/^\d/u.test(t)), ...(whole === undefined ? {} : { branches: [`of=${whole}`] }) };
}

// Per table, its cells of result over plan (src/extract/table-fulfilment.ts), read once per table.
const FULFILLED = new WeakMap<Table, ReturnType<typeof fulfilmentCells>>();
function fulfilled(table: Table): ReturnType<typeof fulfilmentCells> {
  let cells = FULFILLED.get(table);
  if (!cells) FULFILLED.set(table, (cells = fulfilmentCells(table)));
  return cells;
}

// Per table, the value of its total row's cell in each column (a cell holding one figure only), read once per table.
const TOTALS = new WeakMap<Table, Map<number, number>>();
function totalsOf(context: RuleContext, table: Table): Map<number, number> {
  let out = TOTALS.get(table);
  if (out) return out;
  out = new Map();
  const rows = table.rows.filter((r) => r.total);
  if (rows.length === 1) {
    const seen = new Map<number, number[]>();
    for (const b of new Set(rows[0].blocks)) for (const g of figuresOf(context, b)) if (g.cell !== null) seen.set(g.cell, [...(seen.get(g.cell) ?? []), g.value].slice(0, 2));
    for (const [cell, values] of seen) if (values.length === 1) out.set(cell, values[0]);
  }
  TOTALS.set(table, out);
  return out;
}

// The figures of a block, from a map built once per document.
const BY_BLOCK = new WeakMap<readonly Figure[], Map<number, Figure[]>>();
export function figuresOf(context: Pick<RuleContext, 'figures'>, block: number): Figure[] {
  let map = BY_BLOCK.get(context.figures);
  if (!map) {
    map = new Map();
    for (const g of context.figures) {
      const list = map.get(g.block);
      if (list) list.push(g);
      else map.set(g.block, [g]);
    }
    BY_BLOCK.set(context.figures, map);
  }
  return map.get(block) ?? [];
}

// Words before a figure that state it without narrowing it: "có 12", "toàn bộ 268", "tổng số 40", "đạt 15".
const NEUTRAL_BEFORE = new RegExp(`(?:^|\\s)(?:${alt(NEUTRAL_BEFORE_WORDS)})$`, 'u');
// The gap from a target to the next figure of its series: the target's noun, "," or "và", then at most MAX_ITEM_VERB words of a
// verb, none of them one that states a result or a time.
function nextPlanItem(gap: string, name: string): boolean {
  const m = PLAN_ITEM.exec(gap.trim());
  return m !== null && m[1] !== '' && name.startsWith(foldKey(m[1])) && !RESULT_TURN.test(m[2]);
}
const MAX_ITEM_VERB = 4;
const PLAN_ITEM = new RegExp(String.raw`^([^,;:()\d]*?)\s*(?:,|(?<![\p{L}])và)\s+(\p{Ll}+(?:\s\p{Ll}+){0,${MAX_ITEM_VERB - 1}})$`, 'u');
const RESULT_TURN = wordsRe([...ASPECT_WORDS, ...REACHED_PARTICLES, ...COMPLETION_VERBS, ...PLAN_RESULT_WORDS, ...DUTY_DONE_VERBS, ...TIME_PHRASE_LEADS], 'u');
const REACHED_AFTER_VERB = new RegExp(String.raw`(?<=\p{L})\s+(?:${alt(REACHED_PARTICLES)})\s*$`, 'u');
const ASPECT_END = new RegExp(String.raw`(?:^|\s)(?:${alt(ASPECT_WORDS)})$`, 'u');
const ENTITY_HEADER = new RegExp(String.raw`(?<![\p{L}])(?:đơn vị(?! tính)|${alt(ENTITY_HEADER_WORDS)})(?![\p{L}])`, 'u');
const OTHER_COLUMN = new RegExp(alt(OTHER_COLUMN_WORDS), 'u');
const RATE_IN = new RegExp(alt(RATE_WORDS), 'u');

// The words of a clause before its first figure: what the clause's figures measure ("cây ngô năng suất bình quân").
function clauseSubject(context: RuleContext, f: Figure, from: number, shared: Shared): string {
  const block = context.source.blocks[f.block];
  const figs = context.figures;
  const at = block.span.start + from;
  let first = f;
  // Back from the figure before f, over its block's figures that start at or after `from`: on a stretch in text order, the
  // first of them is found by halving (one line of 36,000 figures in one sentence walked back over all of them from
  // each, quadratic), and the walk goes on one by one only before a figure out of order.
  let k = f.index - 1;
  while (k >= 0 && figs[k].block === f.block && figs[k].span.start >= at) {
    let lo = shared.orderedFrom[k];
    let hi = k;
    // Starts rise from lo to k, and figs[k] starts at or after `at`: the first of lo..k that does.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (figs[mid].span.start >= at) hi = mid;
      else lo = mid + 1;
    }
    first = figs[lo];
    if (lo > shared.orderedFrom[k]) break;
    k = lo - 1;
  }
  return block.text.slice(from, first.span.start - block.span.start);
}

// The paragraph's first figure counting the same noun as f, when it comes before f: the first of f's run of figures in
// its block with f's kind and unit head, found in a table of the run built once.
function leadCount(context: RuleContext, f: Figure, shared: Shared): Figure | null {
  const unit = unitHead(f);
  if (unit === null) return null;
  const start = shared.runStart[f.index];
  let first = shared.firstOfUnit.get(start);
  if (!first) {
    first = new Map();
    for (let k = start; k < context.figures.length && context.figures[k].block === f.block; k++) {
      const g = context.figures[k];
      const key = `${g.kind}|${unitHead(g) ?? '\u0000'}`;
      if (!first.has(key)) first.set(key, k);
    }
    shared.firstOfUnit.set(start, first);
  }
  const k = first.get(`${f.kind}|${unit}`);
  return k !== undefined && k < f.index ? context.figures[k] : null;
}

const fold = (s: string) => canonicalLabel(s);
// A verb of a multiple closing the words before a figure ("gấp 3 lần", "tăng gấp 2 lần", "bằng 1,5 lần").
const MULTIPLE_BEFORE = new RegExp(String.raw`${edgeAlt(MULTIPLE_VERBS)}\s*$`, 'iu');
const GENERIC_HEADER = new RegExp(String.raw`^(?:${alt(GENERIC_HEADER_WORDS)}|năm \d+)\b`, 'u');
// A name holding two numbers or more is a pdf row run together, not a label.
const garbled = (tokens: string[]) => tokens.filter((t) => /^\d/.test(t)).length >= 2;
const PER_UNIT_TAIL = /^\s*\/\s*\p{L}/u;

// The predicate after a second noun joined to the count's by a comma: one to four lower-case syllables (as written) that open no
// clause (CLAUSE_TURN_WORDS, stop, aspect and adverb words), then a predicate marker; a capitalised word (a proper name) is
// no such noun. `after` is the lower-cased window read from the same place: used only when it is `written` lower-cased
// ("tin, bài" is joined there).
function joinedPredicate(written: string, phraseEnd: number, after: string): RegExpExecArray | null {
  if (written.toLowerCase() !== after) return null;
  const rest = written.slice(phraseEnd);
  const m = JOINED_NOUN.exec(rest);
  if (!m || TURN_WORD.test(m[1])) return null;
  return PREDICATE.exec(rest.slice(m[0].length).split(/[,;.]/u)[0] ?? '');
}
const JOINED_NOUN = new RegExp(String.raw`^\s*,\s*((?:\p{Ll}+\s+){1,4}?)(?=(?:${alt(PREDICATE_MARKERS)})(?![\p{L}]))`, 'u');
const TURN_WORD = wordsRe([...CLAUSE_TURN_WORDS, ...PHRASE_STOP_WORDS, ...ASPECT_WORDS, ...SUBJECT_VERB_ADVERBS, ...LIST_CLAUSE_WORDS, ...PREDICATE_MARKERS]);
// "công suất 12 m3/giờ", "422 kWh/hộ/tháng": a unit of measure with "/" after it is a rate's unit, which names no
// quantity, though its words would make a name of three ("m", "3", "giờ"); the words before the figure do. Counted nouns
// written with a slash ("06 xã/thị trấn") stay names; a rate unit of two words ("tấn/ha") is too short to name anyway.
function measurePerUnit(after: string, unit: string | null): boolean {
  const head = unit?.split('/')[0].trim().toLowerCase() ?? '';
  if (head === '' || !(MEASURE_UNITS.has(head) || /\d$/u.test(head) || /\p{Lu}/u.test(unit!))) return false;
  const rest = after.trimStart();
  return rest.startsWith(head) && PER_UNIT_TAIL.test(rest.slice(head.length));
}
const MEASURE_UNITS = new Set<string>(DIVISIBLE_UNITS);
const weak = (tokens: string[]) => tokens.filter((t) => !GENERIC.has(t) && !/^\d/.test(t)).length < 2;

function kindOf(f: Figure): Quantity['kind'] {
  if (f.kind === 'percent' || f.kind === 'money' || f.kind === 'fraction') return f.kind;
  return 'count';
}

// The words of a clause after its last comma, bracket, clause mark or cell bar ("| Đoàn trường học | 14": a cell names no other cell).
/**
 * "Số hợp tác xã xếp loại tốt và khá là 59 hợp tác xã": a count word, the figure's own noun (`phrase`, the words after the
 * figure), more words, a copula: those more words (the first three, not opening with a word of where, whose or when,
 * FRONTED_SCOPE_OPENERS) qualify the noun, naming the sub-group counted; null when there are none.
 */
function frontedQualifier(segment: string, phrase: string): string | null {
  const m = FRONTED.exec(segment);
  if (!m) return null;
  const [words, noun] = [m[1].toLowerCase().split(/\s+/u), phrase.trim().toLowerCase().split(/\s+/u)];
  if (noun.length === 0 || noun[0] === '' || noun.some((w, k) => words[k] !== w)) return null;
  const rest = words.slice(noun.length).join(' ');
  // "Tổng số trẻ suy dinh dưỡng thể thấp còi đang được Trạm chăm sóc là 118 trẻ": a verb marker after other words makes those
  // before it the noun's own name and what follows it a state the count's deed restates, no classing of the noun.
  return rest === '' || FRONTED_SCOPE.test(rest) || FRONTED_MARKER.test(rest) ? null : rest.split(' ').slice(0, 3).join(' ');
}
const FRONTED = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(COUNT_WORDS)})\s+(\p{L}+(?:\s+[\p{L}\d]+)+?)\s+(?:${alt(VALUE_COPULAS)})$`, 'iu');
const FRONTED_SCOPE = new RegExp(String.raw`^(?:${alt(FRONTED_SCOPE_OPENERS)})(?![\p{L}])`, 'u');
// A verb marker after the first of the fronted words (one opening them is the qualifier itself: "đạt chuẩn …").
const FRONTED_MARKER = new RegExp(String.raw`\s(?:${alt(PREDICATE_MARKERS)})(?![\p{L}])`, 'u');
// A bracket opening the words after a figure's noun, closed.
const LEADING_ASIDE = /^\s*\([^()]*\)/u;

function lastSegment(s: string): string {
  return s.split(/[,;:(|]/).pop()!.trim();
}

// A statement that opens with "còn" / "vẫn còn", nothing but a bullet before it.
const STILL_OPENING = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(STILL_LEFT_WORDS.filter((w) => w !== 'còn lại'))})\s*$`, 'iu');
// A word saying what the count holds is still being done ("đang", "tiếp tục"): a remainder of the workload, not the whole.
const STILL_PENDING = wordsRe(PENDING_WORDS, 'iu');
const SHORTCOMING_TITLE = new RegExp(String.raw`^[\s\dIVXivx.)\-]*(?:${alt(SHORTCOMING_HEADS)})(?![\p{L}])`, 'iu');
// The figure's own section is titled by a shortcomings word ("2. Tồn tại, hạn chế", "Khó khăn, vướng mắc").
function underShortcomings(context: RuleContext, f: Figure): boolean {
  return f.section !== null && SHORTCOMING_TITLE.test(context.sections[f.section].title);
}

// "(3) Cấp căn cước: 40 trường hợp, … Liên thông 2 cấp: 12": the title before a paragraph's first colon scopes the figures after it.
// "- Ưu điểm", "- Tồn tại, hạn chế": a paragraph's assessment label, no scope of its figures.
const ASSESSMENT_HEAD = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(ASSESSMENT_HEADS)})(?:\s*(?:,|và)\s*(?:${alt(ASSESSMENT_HEADS)}))*\s*$`, 'iu');

function blockHead(text: string, b: number, at: number, shared: Shared): string | null {
  let h = shared.head.get(b);
  if (!h) {
    const colon = text.indexOf(':');
    const head = colon < 0 ? '' : text.slice(0, colon);
    // Where the first word after the colon starts: the figure's head is only one with words between the colon and it.
    const word = colon < 0 ? -1 : text.slice(colon + 1).search(/\S/u);
    h = { colon, words: word < 0 ? text.length : colon + 1 + word, head: colon >= 0 && head.split(/\s+/).length <= 12 && !/[;.]\s/u.test(head) ? head : null };
    shared.head.set(b, h);
  }
  if (h.colon < 0 || h.colon >= at || h.words >= at) return null;
  return h.head;
}


// "plan", and "ahead" when a title above the figure names a year after the report's own ("Phương hướng, nhiệm vụ năm 2027"
// in a 2026 report): the next period's plan, never a result of this one restated.
function planTags(context: RuleContext, f: Figure): string[] {
  const own = context.meta.period ? Number(context.meta.period.end.slice(0, 4)) : NaN;
  for (let t: number | null = f.section; t !== null && Number.isFinite(own); t = context.sections[t].parent) {
    const years = context.sections[t].title.match(/(?<!\d)(?:19|20)\d\d(?!\d)/gu) ?? [];
    if (years.length > 0 && years.every((y) => Number(y) > own)) return ['plan', 'ahead'];
  }
  return ['plan'];
}

function inPlanSection(context: RuleContext, f: Figure, shared: Shared): boolean {
  return f.section !== null && planSection(context, f.section, shared);
}

// Whether a section or one above it is a plan section, read once per section (up the tree to the first section read).
function planSection(context: RuleContext, s: number, shared: Shared): boolean {
  const path: number[] = [];
  let plan: boolean | undefined;
  for (let t: number | null = s; t !== null; t = context.sections[t].parent) {
    plan = shared.plan.get(t);
    if (plan !== undefined) break;
    path.push(t);
  }
  // From the top of the walk down: a section is a plan section when its title says so or its parent is one.
  let above = plan ?? false;
  for (let k = path.length - 1; k >= 0; k--) {
    above = above || PLAN_SECTION.test(fold(context.sections[path[k]].title));
    shared.plan.set(path[k], above);
  }
  return shared.plan.get(s)!;
}

/**
 * The paragraph that opens the list a list item belongs to ("… cụ thể:"): its words as a key ("" for none), and its block,
 * which the items of that one list share (-1 for none).
 */
interface LeadIn {
  key: string;
  block: number;
}
const NO_LEAD: LeadIn = { key: '', block: -1 };

function leadIn(context: RuleContext, b: number, shared: Shared): LeadIn {
  let lead = shared.leadIn.get(b);
  if (lead === undefined) shared.leadIn.set(b, (lead = readLeadIn(context, b, shared.headings)));
  return lead;
}

function readLeadIn(context: RuleContext, b: number, headings: Shared['headings']): LeadIn {
  const blocks = context.source.blocks;
  if (!/^\s*[-+•*]|^\s*\(\d+\)/u.test(blocks[b].text)) return NO_LEAD;
  for (let k = b - 1; k >= 0 && k >= b - 15; k--) {
    if (context.blockSection[k] !== context.blockSection[b] || headings.has(k)) return NO_LEAD;
    const t = blocks[k].text.trim();
    if (/:$/u.test(t) && !/^\s*[-+•*]/u.test(t)) return { key: labelTokens(t).join(' '), block: k };
    if (!/^\s*[-+•*]|^\s*\(\d+\)/u.test(t)) return NO_LEAD;
  }
  return NO_LEAD;
}

const UNION = new RegExp(String.raw`,|${edgeAlt(AND_OR_WORDS)}(?![\p{L}])`, 'u');
const ASPECT = new RegExp(String.raw`${edgeAlt(ASPECT_WORDS)}(?![\p{L}])`, 'gu');

/** A name that joins two things ("trường tiểu học, trung học cơ sở", "… và …"): it counts their union. */
export function namesUnion(name: string): boolean {
  return UNION.test(name);
}

/**
 * A name that is only a counted noun ("hộ gia đình", "tổ dân phố"): it says what is counted, not which of them; the verb
 * before the figure ("phun hóa chất cho 2 415 hộ gia đình") is then all that tells the quantity.
 */
export function bareNoun(name: string): boolean {
  return BARE_NOUNS.has(labelTokens(name).join(' '));
}
const BARE_NOUNS = new Set(COUNTED_NOUNS.map((w) => labelTokens(w).join(' ')));

/**
 * A counted noun followed only by the initials of its kind ("tổ TK&VV", "hộ SXKD", "học sinh THPT"): as bare as the noun
 * alone, since the initials name what kind is counted, not which ones. Initials are an upper-case word in the figure's
 * label whose tokens hold no vowel ("tk", "vv", "sxkd"); an acronym with vowels ("UBND") is not read so.
 */
export function initialedNoun(q: Pick<FigureReading, 'tokens' | 'figure'>): boolean {
  const m = INITIALED.exec(q.figure.label ?? '');
  if (!m || !bareNoun(m[1])) return false;
  const noun = new Set(labelTokens(m[1]));
  const rest = q.tokens.filter((t) => !noun.has(t));
  return rest.length > 0 && rest.every((t) => !VOWEL.test(t.normalize('NFD')));
}
const INITIALED = /^(\p{Ll}+(?:\s\p{Ll}+){0,2})\s+\p{Lu}{2,}(?!\p{Ll})/u;
const VOWEL = /[aeiouy]/u;

/** A verb before a figure without its aspect words ("đã đăng tải" = "đăng tải"), null when nothing is left. */
export function verbCore(pre: string | null | undefined): string | null {
  if (!pre) return null;
  return pre.length > MEMO_KEY_MAX ? verbCoreOnce(pre) : remembered(VERB_CORES, pre, verbCoreOnce);
}
// The rules ask for the verbs of two readings at every pair they compare: answers kept (as for `unitHead`).
const VERB_CORES = memoMap<string, string | null>();

function verbCoreOnce(pre: string): string | null {
  // A bullet opening the words ("- thả 6.000 con") is no part of the verb.
  const v = pre.replace(ASPECT, ' ').replace(LEADING_BULLET, '').trim().replace(/\s+/g, ' ');
  // "phường đã cấp", "và trình cấp": the unit acting or the joiner opening the words before the verb is no part of it (kept
  // when nothing else is left). A joiner inside the phrase stays: "tiếp nhận chuyển trường và tuyển mới" names both actions.
  const verb = v.replace(VERB_LEAD, '');
  return v === '' ? null : verb === '' ? v : verb;
}
const VERB_LEAD = new RegExp(String.raw`^(?:(?:${alt(VERB_LEAD_WORDS.map((w) => w.toLowerCase()))})\s+)+`, 'u');

/**
 * The name of a figure told by the whole verb phrase before it, as a sorted set of tokens: "kết nạp mới 86 hội viên"
 * names "hội viên kết nạp mới", the same set as "hội viên mới kết nạp"; null without a verb before it. The whole phrase,
 * not its last words: "miễn gọi nhập ngũ" and "tạm hoãn gọi nhập ngũ" stay two names.
 */
export function actedName(q: Pick<FigureReading, 'tokens' | 'verb'>): string[] | null {
  const verb = verbCore(q.verb);
  return verb === null ? null : [...new Set([...q.tokens, ...labelTokens(verb)])].sort();
}

const LEVEL_HEADS = new Set<string>(LEVEL_QUALIFIER_HEADS);
// The words right after each level head of a name's tokens ("cấp huyện" → "huyện").
const levelsOf = (tokens: readonly string[]) => tokens.flatMap((t, k) => (LEVEL_HEADS.has(t) && k + 1 < tokens.length ? [tokens[k + 1]] : []));

/**
 * "giải cấp huyện" beside "giải cấp xã chào mừng ngày thành lập huyện": each name qualifies its thing by a level, and the
 * levels differ (the longer name's "huyện" is another phrase's word), so neither refines the other.
 */
export function levelsApart(a: readonly string[], b: readonly string[]): boolean {
  const [la, lb] = [levelsOf(a), levelsOf(b)];
  return la.length > 0 && lb.length > 0 && !la.some((l) => lb.includes(l));
}

/**
 * The name of a unit's whole stock of a one-word noun ("Toàn xã có 2.134 hộ", "Trong tổng số 2.143 hộ trên địa bàn"): the noun
 * and the unit ("hộ (toàn xã)"), however the frame tells it, so the stock is one quantity whichever way it is restated. The
 * unit is the one the frame names, else the report's own. Null when the words after the noun pick some of it ("hộ nghèo" is
 * another noun phrase, "hộ có …" a subset) or no unit is known: the name then stays the words before the figure.
 */
function wholeStockName(context: RuleContext, phrase: string, gapSegment: string, tail: string): string | null {
  const noun = labelTokens(phrase);
  if (noun.length !== 1 || !WHOLE_STOCK_TAIL.test(tail)) return null;
  const level = (FRAMED_LEVEL_WORD.exec(gapSegment) ?? FRAMED_LEVEL_WORD.exec(tail))?.[1]?.toLowerCase() ?? context.meta.unit?.level ?? null;
  return level === null ? null : `${phrase.trim()} (toàn ${level})`;
}
