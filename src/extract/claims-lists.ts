/**
 * Counts that announce named items: "05 xã: Chí Hòa, Thái Hưng và Bắc Sơn",
 * "04 trường chưa triển khai: trường A, trường B", and a footnote "³ Gồm: A, B, C"
 * hanging on "còn 04 đơn vị chưa đạt³".
 *
 * Only name lists are read (each item holds a capitalised word, or is a
 * classifier and a number: "thôn 3"); descriptive phrases can hold commas of
 * their own, so counting them would guess. "như", "…", "v.v.", "khác" make a
 * list open: examples, never to be counted.
 */
import { insideBrackets } from '../text/positions.js';
import type { Block, Claim, Figure } from '../model/index.js';
import { subSpan } from '../model/index.js';
import { localRange, makeClaim, type BlockFigures } from './claims-parts.js';
import { unitsAlike } from './labels.js';
import { parseSpelled } from './spelled.js';
import { CODE_NAME, readKindList } from './claims-kinds.js';
import { perPlaceList } from './claims-per-place.js';
import { markerOf } from './claims-bullets.js';
import { readNumberedRun } from './numbered-run.js';
import {
  alt, AS_FOLLOWS, BODY_NAME_WORDS, COMMA_COMPOUNDS, PAIRED_COUNT_NOUNS, BODY_WORD_COMPOUNDS, BULLET_CHARS, CONSISTS_OF, FOREIGN_NAME_WORDS, HEDGES, LIST_WORDS, NAME_OWNER_WORDS, NEW_BODY_WORDS, NEW_NAME_WORDS, NUMBERED_NAME_WORDS, OPEN_LIST_WORDS, PART_SEPARATOR_WORDS,
  SPECIFICALLY, wordsRe, YEAR_MONTH_UNITS, LIST_PLACE_WORDS, LIST_TOPIC_WORDS, AND_OR_WORDS, NUMBER_SCALE_WORDS, CURRENCY_WORDS, PLURAL_WORDS, PLACE_KIND_WORDS, PERSON_HONORIFICS, POST_TITLE_WORDS, altInitialCase, LISTED_DOCUMENT_WORDS, EVENT_NOUNS,
  CLAUSE_OPENING_WORDS, DISTRIBUTIVE_WORDS, MONTH_WORDS, DEED_TIME_NOUNS, AFTER_NAMES_CLAUSE_WORDS, NAME_STOREY_WORDS, NAME_GRADE_WORDS, PERSONS_ANNOUNCED, YEAR_WORDS, PRIOR_WORDS, SOME_OF_WORDS, BESIDES_WORDS, LIST_CLAUSE_WORDS, COUNTED_MAIN_WORDS, COUNTED_GROUP_NOUNS, FOLLOWING_WORDS, FIELD_AND_NAMES, NUMBERED_SITE_KINDS, PERSON_NOUNS, edgeAlt, HOUSEHOLD_OF_WORDS, VALUE_COPULAS, LIST_CLOSING_CLAUSE_WORDS,
  FOREIGN_WORD_VERBS, COUNTED_SUBJECT_LEADS, DESCRIPTION_BREAK_WORDS, EXAMPLE_LEAD_WORDS, REMAINDER_WORDS, ORDINAL_WORDS, OPEN_RANGE_TAILS, LEFT_OVER_TAILS, OF_WHICH,
} from '../text/lexicon.js';

// Words between a count and its colon that say the names are of something else ("06 chữ ký số cho các chức danh: …").
const FOREIGN_ALL = wordsRe(FOREIGN_NAME_WORDS, 'giu');
// What may bear the names, at most two words after such a word: several things ("cho các chức danh"), places ("tại thôn",
// "tại địa bàn các xã"); "tổ chức" (to organise) is no "tổ".
const NAME_HOLDER = new RegExp(String.raw`^(?:\s+\p{L}+){0,2}?\s+(?:${alt(PLURAL_WORDS, PLACE_KIND_WORDS)})(?![\p{L}])(?!\s+chức)`, 'iu');
/**
 * The names after the colon are of something else when a word of FOREIGN_NAME_WORDS opens a phrase of things that bear
 * names ("06 chữ ký số cho các chức danh: …", "tại các điểm công cộng: …"); a topic after it ("03 xã được tặng Bằng khen
 * về thành tích thực hiện phong trào: A, B, C") bears none, and the names stay the count's.
 */
function foreignNames(words: string): boolean {
  for (const m of words.matchAll(FOREIGN_ALL)) if (!FOREIGN_VERB.test(words.slice(m.index)) && NAME_HOLDER.test(words.slice(m.index + m[0].length))) return true;
  return false;
}
// "về đích sớm các nhà …" (reached the goal early): a verb, no relation word (FOREIGN_WORD_VERBS).
const FOREIGN_VERB = new RegExp(String.raw`^(?:${alt(FOREIGN_WORD_VERBS)})(?![\p{L}])`, 'iu');
// What a description of the counted things may hold besides words, none of it another count: a threshold ("05 xã có tỷ lệ
// hộ nghèo trên 5%: …"), a title in quotes ("được công nhận "Thôn văn hóa""), a span of years ("3 năm liên tục (2021-2023)").
// An amount of money is a threshold too ("04 dự án có vốn trên 150 tỷ đồng: …"): money is never the count a list names.
// A percent's decimal mark is either style's ("trên 5,5%", "trên 5.5%" in a report written the English way).
const THRESHOLD = String.raw`\d{1,3}(?:[.,]\d{1,2})?\s?%|\d+(?:[.,]\d+)*\s(?:(?:${alt(NUMBER_SCALE_WORDS)})\s)?(?:${alt(CURRENCY_WORDS)})(?![\p{L}])`;
const QUOTED = String.raw`["“«][^"”»\d]{1,40}["”»]`;
const YEARS = String.raw`\d{1,2}\s(?:${alt(YEAR_MONTH_UNITS)})(?![\p{L}])|\((?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d\)`;
// The calendar year the counted things belong to ("05 văn bản triển khai Luật Lâm nghiệp năm 2017", "04 xã đạt chuẩn năm 2025").
const CALENDAR_YEAR = String.raw`(?:${alt(YEAR_WORDS)})\s(?:19|20)\d\d(?![\d/.,-]\d)`;
// A rank ("sinh con thứ 3", "lần thứ 2"): no count of anything, and no "thứ 3/25" (a rank among a whole).
const ORDINAL = String.raw`(?:${alt(ORDINAL_WORDS)})\s\d{1,2}(?![\d/.,%]|\s?%)`;
// The open end of a range of another noun that qualifies the counted things ("04 thôn có từ 02 trường hợp sinh con thứ 3 trở
// lên", "03 trường có 02 giáo viên trở lên đạt giỏi"): the number, then its noun's words (a rank among them) up to "trở lên" /
// "trở xuống". A bound, never how many of the counted things there are nor the count of the names after them.
const RANGE_TAIL = String.raw`(?=(?:\s+(?:${ORDINAL}|[\p{L}][\p{L}-]*)){1,8}?\s+(?:${alt(OPEN_RANGE_TAILS)})(?![\p{L}]))`;
const OPEN_BOUND = String.raw`\d{1,3}(?![\d/.,%])${RANGE_TAIL}`;
const DESCRIBES = `${THRESHOLD}|${QUOTED}|${YEARS}|${CALENDAR_YEAR}|${ORDINAL}|${OPEN_BOUND}`;
const DESCRIBES_RE = new RegExp(String.raw`(?:${edgeAlt(HEDGES, ['dưới', 'từ'])}\s+)?(?:${DESCRIBES})`, 'giu');
// A threshold with its hedge ("dưới 20%", "trên 150 tỷ đồng") is one description, not a word of the counted things' name.
const HEDGED = String.raw`(?:(?:${alt(HEDGES, ['dưới', 'từ'])})\s+)?(?:${DESCRIBES})`;
// "05 người, là các ông, bà: A, B, …": the persons announced (PERSONS_ANNOUNCED) close the lead-in at their colon, the comma
// between "ông, bà" no clause break.
const PERSONS_CLOSE = String.raw`,?\s*(?:${alt(CONSISTS_OF)}|là)\s+các\s+(?:${alt(PERSONS_ANNOUNCED)})\s*:`;
const INTRO = new RegExp(String.raw`^((?:(?:\s+(?:${HEDGED}))*\s+[\p{L}][\p{L}-]*){0,8}?(?:\s+(?:${HEDGED}))*)\s*(?:${PERSONS_CLOSE}|,?\s*(?:${alt(CONSISTS_OF)}|là)(?![\p{L}])\s*:?|:)`, 'u');
// An INTRO closed by a bare "là", no colon after it.
const BARE_IS = new RegExp(String.raw`${edgeAlt(VALUE_COPULAS)}\s*$`, 'iu');
// The counted things' words, "là" and a description in lower-case words (no name, no number, no clause break) up to a colon.
const DESCRIBED_INTRO = new RegExp(String.raw`^((?:(?:\s+(?:${HEDGED}))*\s+[\p{L}][\p{L}-]*){0,8}?\s+(?:${alt(VALUE_COPULAS)})(?:\s+\p{Ll}[\p{L}-]*){1,10}?)\s*:`, 'u');
// A longer description of the counted things is still theirs when a colon, not a "gồm"/"là", closes it
// ("04 sản phẩm … có tem truy xuất nguồn gốc bằng mã QR: A, B, C"), a threshold among its words as in a short one
// ("04 xã có tỷ lệ hồ sơ nộp trực tuyến dưới 60%: …"). Sixteen syllables at most: the body that handed the things over may
// take nine alone ("04 công trình do Ban Quản lý dự án đầu tư xây dựng huyện bàn giao: …").
const LONG_INTRO = new RegExp(String.raw`^((?:(?:\s+(?:${DESCRIBES}))*\s+[\p{L}][\p{L}-]*){9,16}?(?:\s+(?:${DESCRIBES}))*)\s*:`, 'u');
// Over bullets, a longer description closed by "gồm:" ("05 văn bản triển khai thi hành Luật Đất đai năm 2025, gồm:"): the
// bullets, one thing each, are what it announces (announcedBullets), however many words name the things.
const LONG_CONSISTS_INTRO = new RegExp(String.raw`^((?:(?:\s+(?:${HEDGED}))*\s+[\p{L}][\p{L}-]*){9,14}?(?:\s+(?:${HEDGED}))*)\s*,?\s*(?:${alt(CONSISTS_OF)})\s*:`, 'u');
// "03 cuộc kiểm tra việc quản lý, sử dụng ngân sách và tài sản công tại: A, B và C": a comma inside the description is
// no clause break when it opens a coordination closed by "và" and the description ends on the places the counted things
// took place ("tại:"); a comma opening another clause ("03 cuộc kiểm tra, phát hiện sai phạm tại: …") has no "và" there.
const COMMA_INTRO = new RegExp(String.raw`^((?:\s+[\p{L}][\p{L}-]*){2,8}?),((?:\s+\p{Ll}[\p{L}-]*){1,4}?\s+(?:${alt(AND_OR_WORDS)})(?:\s+\p{Ll}[\p{L}-]*){1,5}?\s+(?:${alt(LIST_PLACE_WORDS)}))\s*:`, 'u');
// "04 mô hình tự quản về an ninh, trật tự: "A", "B", …": a topic (LIST_TOPIC_WORDS) whose nouns a comma joins, one to
// three lower-case words after it, none opening a clause, up to the colon. Read only over names (topicalNames).
const TOPIC_INTRO = new RegExp(
  String.raw`^((?:\s+[\p{L}][\p{L}-]*){0,6}?\s+(?:${alt(LIST_TOPIC_WORDS)})(?:\s+\p{Ll}[\p{L}-]*){1,3}),(?!\s+(?:${alt(CLAUSE_OPENING_WORDS, LIST_CLAUSE_WORDS)})(?![\p{L}]))((?:\s+\p{Ll}[\p{L}-]*){1,3})\s*:`,
  'u',
);
const PAREN_INTRO = /^((?:\s+[\p{L}][\p{L}-]*){1,4})\s*\(/u;
// "04 xã, phường: Ninh Thủy, Ninh Hiệp và Ninh Đa": a counted noun joined by a comma to another kind of place ("xã, thị
// trấn", "thôn, tổ dân phố") is one noun of the places listed after the colon, the comma no clause break.
const JOINT_PLACE_INTRO = new RegExp(String.raw`^(\s+(?:${alt(PLACE_KIND_WORDS)})\s*,\s*(?:${alt(PLACE_KIND_WORDS)}))\s*(?:,?\s*(?:${alt(CONSISTS_OF)}|là)(?![\p{L}])\s*:?|:)`, 'iu');
// "04 lớp tập huấn cho 285 lượt nông dân về: A; B; C": the counted things' words, the audience they were held for (a count of
// people, "lượt" before it at most), then the topic word closing at the colon: the list names the topics of the counted things.
const AUDIENCE_INTRO = new RegExp(String.raw`^((?:\s+[\p{L}][\p{L}-]*){0,6}?)\s+cho\s+\d+(?:[.,]\d{3})*((?:\s+\p{Ll}[\p{L}-]*){1,4}?)\s+(?:${alt(LIST_TOPIC_WORDS)})\s*:`, 'u');
const AUDIENCE_BEFORE = /(?<![\p{L}])cho\s+$/iu;
const TOPIC_CLOSE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(LIST_TOPIC_WORDS)})\s*:\s*$`, 'iu');
// "…, gồm các hộ:": the counted noun again after "gồm các" names what the list names (FAR_INTRO's second group).
const FAR_INTRO = new RegExp(String.raw`^([^:]{0,200}?),?\s*(?:${alt(CONSISTS_OF)})(?:\s+các\s+(\p{L}+(?:\s\p{L}+){0,2}))?\s*:`, 'u');
// "05 hộ, mỗi hộ 02 con lợn giống, gồm …": a number after "mỗi" and a noun is each counted thing's own, no other count.
const PER_EACH_BEFORE = /(?<![\p{L}])mỗi(?:\s+\p{L}+){1,2}\s+$/iu;
const OPEN = new RegExp(String.raw`…|\.\.\.|(?<![\p{L}])(?:v\.?v|${alt(OPEN_LIST_WORDS)}|các \p{L}+ khác)(?![\p{L}])`, 'iu');
const COMMA = /\s*[,;]\s*/u;
// "04 trường đạt chuẩn điển hình là: A, B": examples of the counted things (EXAMPLE_LEAD_WORDS), never all of them.
const EXAMPLE_LEAD = new RegExp(String.raw`${edgeAlt(EXAMPLE_LEAD_WORDS)}(?![\p{L}])`, 'iu');
// "như sau:" (as follows) announces the whole list, not examples of it.
const AS_FOLLOWS_RE = wordsRe(AS_FOLLOWS, 'giu');
// "03 nguyên nhân chủ yếu:": "chủ yếu" closing the counted noun right before the colon says which things are counted (the main
// ones), all of them named after it; it is no "mainly" announcing examples.
const MAIN_TAIL = new RegExp(String.raw`${edgeAlt(COUNTED_MAIN_WORDS)}\s*$`, 'iu');
const AND = new RegExp(String.raw`\s+(?:${alt(PART_SEPARATOR_WORDS)})\s+`, 'u');
const AND_OR = new RegExp(String.raw`\s(?:${alt(AND_OR_WORDS)})\s`, 'u');
// "thôn 3", "Tổ 12", "lớp 9A": a name made of a classifier and a number; "nghỉ hưu 03" is a count, no name.
const NUMBERED = new RegExp(String.raw`^(?:${alt(NUMBERED_NAME_WORDS)})(?:\s+|\s?\.\s?)(?:\d{1,3}[A-Z]?|[IVX]{1,4}|[A-Z])$`, 'iu');
const SUPERSCRIPT = '¹²³⁴⁵⁶⁷⁸⁹⁰';
const FOOTNOTE = new RegExp(`^\\s*([${SUPERSCRIPT}]+)\\s*(${alt(CONSISTS_OF, LIST_WORDS, SPECIFICALLY)})\\s*:?\\s*(.*)$`, 'iu');

/** List claims of one block: a count followed by the names it counts. */
export function extractInlineLists(block: Block, figures: Figure[]): Claim[] {
  const out: Claim[] = [];
  // "05 điểm … tại các thôn: A, B, C và D (mỗi thôn 01 điểm)": places each holding a share of the count (claims-per-place.ts).
  const shared = EACH_NOTE.test(block.text);
  for (const f of figures) {
    const placed = shared ? perPlaceList(block, f, figures, readPlaceNames) : null;
    if (placed) {
      out.push(placed);
      continue;
    }
    if (f.kind !== 'count' || f.unit === null || f.cell !== null || f.value < 1 || f.value > MAX_NAMED) continue;
    const [from, count] = localRange(block, f);
    // "có từ 02 trường hợp sinh con thứ 3 trở lên là: …": the open end of a range qualifying other things owns no list.
    if (OPEN_BOUND_AFTER.test(block.text.slice(count, count + BOUND_REACH))) continue;
    // "Các tiêu chí đã đạt (17 tiêu chí) gồm: …": a count alone in its brackets announces the list after them.
    const bracketed = OWN_BRACKET.test(block.text.slice(Math.max(0, from - 2), from));
    // "05 làng nghề, tăng so với năm 2019 (02 làng nghề), gồm: …": a bracket closing a comparison holds the earlier value,
    // never the count of the names after it.
    if (bracketed && PRIOR_BRACKET.test(block.text.slice(Math.max(0, from - PRIOR_REACH), from))) continue;
    const closed = bracketed ? CLOSE.exec(block.text.slice(count)) : null;
    const to = count + (closed ? closed[0].length : spelledAfter(block.text.slice(count, count + 48), f.value));
    // A bound between the count and a far "gồm:" ("04 đơn vị có số hồ sơ quá hạn từ 14 hồ sơ trở lên, gồm: …") is no other count.
    let intro = introAfter(block.text, to, figures.filter((g) => !OPEN_BOUND_AFTER.test(block.text.slice(localRange(block, g)[1], localRange(block, g)[1] + BOUND_REACH))).map((g) => localRange(block, g)[0]), f.unit) ?? venueIntro(block.text, to, f.unit)
      ?? clausedIntro(block.text, from, to, f.unit) ?? pairedAfter(block.text, to, f.unit);
    // "tập huấn cho 45 cán bộ về: A; B; C": the count is the audience, the list the topics it was taught; no list of its own.
    if (intro && intro.paired === undefined && AUDIENCE_BEFORE.test(block.text.slice(Math.max(0, from - 8), from)) && TOPIC_CLOSE.test(intro.text)) continue;
    // "04 tổ dân phố … là tổ dân phố số 3, 6, 8": members named by their numbers under one head noun (numbered-run.ts).
    const read = intro ? readNumberedRun(block.text, to + intro.text.length, f.unit) ?? listAfter(block.text, to + intro.text.length, intro.paren || (!closed && parenthesised(block, from)), undefined, [], intro.venues ? undefined : f.value, GROUP_NOUN.test(f.unit), MAIN_TAIL.test(intro.words), !BARE_IS.test(intro.text)) : null;
    // "05 sự kiện, lễ hội …:": a second noun after the comma only when the names confirm it; else no lead-in was read at all.
    const unpaired = intro?.paired !== undefined && (read === null || !pairedNamed(read.items, intro.paired));
    const list = unpaired ? null : read;
    if (unpaired) intro = null;
    // A bound of another noun inside the lead-in ("04 thôn có từ 02 trường hợp … trở lên là: …") describes the counted things;
    // the names are still theirs unless they are of that noun (innerNames).
    if (list && innerNames(block, figures, f, to, to + intro!.text.length, list.items)) continue;
    const named = list ? { intro: intro!, list } : classifiedList(block, f, figures);
    // "mỗi phòng có 01 trưởng phòng là học sinh lớp 4, lớp 5": what follows a bare "là" says what the counted things are, not
    // which (describedAfterIs).
    if (named && BARE_IS.test(named.intro.text) && describedAfterIs(block.text.slice(Math.max(0, from - DISTRIBUTIVE_REACH), from), named.list.items, f.unit)) continue;
    // "04 hình thức trợ giúp pháp lý: tư vấn pháp luật, tham gia tố tụng, …": lower-case kinds after a count of kinds.
    const kinds = !named && intro && !intro.paren && !intro.venues && !intro.claused && intro.paired === undefined && !closed ? readKindList(block.text, to + intro.text.length, f.unit, intro.words, otherCountStarts(block, figures, f)) : null;
    if (kinds) {
      out.push(makeClaim({
        relation: 'list', whole: f.index, items: kinds.items, open: false, atMost: true,
        connector: intro!.text.trim(), block: block.index, span: subSpan(block, from, kinds.end),
      }));
      continue;
    }
    if (!named) continue;
    if (intro?.paren && list && describesKinds(list.items, f.value)) continue;
    // After a topic a comma ran through, only names (each opening in capitals, quoted or not) surely are the counted things.
    if (intro?.topical && !named.list.items.every((item) => /^\p{Lu}/u.test(item))) continue;
    const { list: { open, end: listTo, shorter } } = named;
    const bare = intro?.bare === true && list !== null;
    if (bare && !bareVenuesRead(block, figures, f, named.list.items, to + intro!.text.length, listTo)) continue;
    // Of two readings of a last "và" (one name more, or a noun phrase of the sentence), the one agreeing with the count is taken.
    const items = shorter && shorter.length === f.value && !namesNoun(named.list.items[named.list.items.length - 1], f.unit!.toLowerCase()) ? shorter : named.list.items;
    // "05 hộ: Tân An 3, Tân Bình 2": the places' figures of the counted things add up to the count (placeFigures).
    if (named.list.byPlace === f.value) continue;
    // "có 8 trường học trong đó đạt chuẩn quốc gia: A, B": "of which" in the lead-in picks some of the counted things.
    if (OF_WHICH_RE.test(named.intro.text)) continue;
    // "gồm thí sinh của Trường A và Trường B": the names are whom the counted things belong to (ownersNamed), not the things.
    if (ownersNamed(items)) continue;
    const joined = coordinatedBefore(block, figures, f) ?? (ownNames(named.intro.text, items, f.unit!.toLowerCase()) ? [] : null);
    if (joined === null) continue;
    const words = named.intro.words;
    out.push(makeClaim({
      relation: 'list', whole: f.index, items, open: open || OPEN.test(words.replace(AS_FOLLOWS_RE, ' ').replace(MAIN_TAIL, ' ')) || EXAMPLE_LEAD.test(named.intro.text),
      connector: named.intro.text.trim(), block: block.index, span: subSpan(block, joined.length ? localRange(block, figures.find((g) => g.index === joined[0])!)[0] : from, listTo),
      parts: joined,
      ...(intro?.venues && list ? { venues: true } : {}),
      // Venues with no colon: one event may have gathered two places, so more names than events say nothing (atMost).
      ...(splitName(items, f.value) || bare ? { atMost: true } : {}),
    }));
  }
  return out;
}

const OF_WHICH_RE = wordsRe(OF_WHICH, 'iu');
// The most things a list names one by one: a larger count is never checked against names.
const MAX_NAMED = 60;

/**
 * "… gồm thí sinh của Trường THPT A và Trường THPT B", "gồm học viên đến từ Hội Nông dân, Hội Phụ nữ": a list whose first item
 * opens with lower-case words and a word of ownership or origin (NAME_OWNER_WORDS) before its first name, every other item a
 * name (a capital first), names whom the counted things belong to or come from — one school may send hundreds — not the
 * things. Items each repeating a noun ("điểm thi của Trường A, điểm thi của Trường B") or described in lower case
 * ("chủ trương của Đảng; phòng, chống thiên tai") are the things themselves.
 */
function ownersNamed(items: readonly string[]): boolean {
  return OWNER_LEAD.test(items[0]) && items.slice(1).every((item) => /^\p{Lu}/u.test(item));
}
const OWNER_LEAD = new RegExp(String.raw`^\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}?\s+(?:${alt(NAME_OWNER_WORDS)})\s+(?=\p{Lu})`, 'u');
const CLAUSE_OPENING = new RegExp(String.raw`^(?:${alt(CLAUSE_OPENING_WORDS)})(?![\p{L}])`, 'iu');
const BOUND_REACH = 120;
const OPEN_BOUND_AFTER = new RegExp(`^${RANGE_TAIL}`, 'iu');

/**
 * Bounds a lead-in holds between the count and its list ("từ 02 trường hợp … trở lên", read as its description): when one is
 * of the counted noun itself, another set of it is meant; when the names open with such a bound's noun ("hộ ông A") or a
 * person's title, they are of it, not of the counted things. Either way the list is no one's surely.
 */
function innerNames(block: Block, figures: Figure[], f: Figure, from: number, to: number, items: readonly string[]): boolean {
  const inner = figures.filter((g) => {
    const [start, end] = localRange(block, g);
    return g !== f && g.kind === 'count' && g.unit !== null && start > from && start < to && OPEN_BOUND_AFTER.test(block.text.slice(end, end + BOUND_REACH));
  });
  return inner.some((g) => unitsAlike(g.unit!, f.unit!) || items.some((item) => namesNoun(item, g.unit!.toLowerCase()) || HONORIFIC.test(item)));
}

/**
 * A bare "là" (no colon) after a count may name the counted things ("03 xã là Tân An, Tân Bình, Tân Hòa") or tell what they
 * are ("02 thành viên là cán bộ xã, công an viên"). It tells what they are, and nothing is counted, when the count is each
 * thing's own (DISTRIBUTIVE_WORDS and its noun right before it in the clause: "mỗi phòng có 01 trưởng phòng là …" — the
 * items may be alternatives for every one of them), or when the first item is lower-case words that are not the counted noun
 * around a numbered name and the other items are bare numbers of that classifier ("… là học sinh lớp 4, lớp 5": the pupils'
 * grades, a property shared by the counted persons, no one of them).
 */
function describedAfterIs(before: string, items: readonly string[], unit: string): boolean {
  if (PER_THING_COUNT.test(before)) return true;
  const first = NUMBERED_PROPERTY.exec(items[0]);
  if (!first || namesNoun(items[0], unit.toLowerCase()) || namesHead(items[0], unit.toLowerCase())) return false;
  const classifier = first[2].toLowerCase();
  return items.slice(1).every((item) => NUMBERED.test(item) && item.toLowerCase().startsWith(classifier));
}
// The count's clause before it opening with a distributive word and one to four words of its noun and verb ("mỗi phòng có").
const DISTRIBUTIVE_REACH = 40;
const PER_THING_COUNT = new RegExp(String.raw`${edgeAlt(DISTRIBUTIVE_WORDS)}(?:\s+\p{L}+){1,4}\s+$`, 'iu');
// Lower-case words, then a numbered name at the item's end: "học sinh lớp 4".
const NUMBERED_PROPERTY = new RegExp(String.raw`^(\p{Ll}+(?:\s+\p{Ll}+){0,3})\s+(${alt(NUMBERED_NAME_WORDS)})(?:\s+|\s?\.\s?)\d{1,3}[A-Z]?$`, 'u');

// Where the block's counts of another noun than f's start ("chọn 42 học sinh" after "06 môn: …").
function otherCountStarts(block: Block, figures: Figure[], f: Figure): number[] {
  return figures.filter((g) => g.kind === 'count' && g.unit !== null && g.cell === null && !unitsAlike(g.unit, f.unit!)).map((g) => localRange(block, g)[0]);
}

const EACH_NOTE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(DISTRIBUTIVE_WORDS)})\s`, 'iu');
// Names of places after their lead-in, read as any list of names is.
const readPlaceNames = (text: string, listFrom: number) => listAfter(text, listFrom, false);

/**
 * "04 giải đấu: Giải bóng chuyền hơi Cúc, Lan Trung Tâm, Hội thao dân quân, Liên hoan văn nghệ": one item more than the
 * count, all but one descriptive names (a capital, then a lower-case word), that one a bare proper name (every word
 * capitalised) right after a name closing on a capitalised word — a comma inside one proper name ("Cúc, Lan") may have
 * split it. Then only fewer names than the count is sure (atMost).
 */
function splitName(items: readonly string[], count: number): boolean {
  if (items.length !== count + 1 || items.length < 3) return false;
  const bare = (item: string) => item.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w));
  const described = (item: string) => /^\p{Lu}\S*\s+\p{Ll}/u.test(item);
  const fragments = items.map((item, i) => i > 0 && bare(item) && /(?:^|\s)\p{Lu}\S*$/u.test(items[i - 1]));
  return fragments.filter(Boolean).length === 1 && items.every((item, i) => fragments[i] || described(item));
}

// "03 doanh nghiệp và 02 hợp tác xã: …": a count right after another count and its noun, joined by "," or "và" (its
// spelled bracket between), is the last of a coordination of counts.
const COORDINATED = new RegExp(String.raw`^\s*(?:\([\p{L}\s]{2,40}\)\s*)?(?:[\p{L}-]+\s+){0,4}[\p{L}-]+\s*(?:,|\s(?:${alt(PART_SEPARATOR_WORDS)}))\s*$`, 'u');

/**
 * The counts of a coordination that a count closes ("gồm 03 doanh nghiệp và 02 hợp tác xã: A, B, C, D, E"), in reading
 * order, the count itself left out: the names after the colon may be of them all, not of the last group only.
 * Null when the coordination holds a count too large to be named one by one ("1.024 thí sinh, 43 phòng thi, gồm …",
 * "850 học viên và 12 lớp, gồm …"): names after it may group those things (the schools they come from, the communes they
 * live in) rather than list anything counted, and which count they go with is unsure (ownNames decides).
 */
function coordinatedBefore(block: Block, figures: Figure[], f: Figure): number[] | null {
  const out: number[] = [];
  let next = localRange(block, f)[0];
  const before = figures.filter((g) => g.span.end <= f.span.start).sort((a, b) => b.span.start - a.span.start);
  for (const g of before) {
    const [gFrom, gTo] = localRange(block, g);
    if (gTo > next) continue;
    if (g.kind !== 'count' || g.unit === null || g.cell !== null || !COORDINATED.test(block.text.slice(gTo, next))) break;
    // "có 14 chi hội, 10 chi hội đạt vững mạnh:": the same bare noun before the comma is the whole the next count is some of.
    if (unitsAlike(g.unit, f.unit!) && block.text.slice(gTo, next).replace(/[\s,]+/gu, ' ').trim().toLowerCase() === g.unit.toLowerCase() && block.text.slice(gTo, next).includes(',')) break;
    if (g.value > MAX_NAMED) return null;
    out.unshift(g.index);
    next = gFrom;
  }
  return out;
}

/**
 * After a coordination holding a count too large to be named ("1.250 hộ, 05 thôn: …"), the names are the last count's alone
 * when a colon closes its own words right after it (no comma, no "gồm"/"là" in between), or when each opens with its noun
 * ("thôn Đông, thôn Tây"); the larger count says nothing of them.
 */
function ownNames(connector: string, items: readonly string[], unit: string): boolean {
  return (OWN_COLON.test(connector.trim()) && !CONSISTS_OR_IS.test(connector)) || items.every((item) => namesNoun(item, unit));
}
const OWN_COLON = /^[\p{L}\s-]*:$/u;
const CONSISTS_OR_IS = wordsRe([...CONSISTS_OF, ...VALUE_COPULAS]);

/**
 * "thiếu 04 giáo viên tiểu học (Tiếng Anh, Tin học)": fewer words in brackets than the count, one of them no proper name
 * (a word in lower case: "Tin học", "Ngữ văn"), name the kinds of the counted things (their subjects, trades), not each
 * of them; a bracket of proper names ("03 xã (Tân Lập, Tân Hòa)") still names the things themselves.
 */
function describesKinds(items: string[], count: number): boolean {
  return items.length < count && items.some((item) => !NUMBERED.test(item) && /(?:^|\s)\p{Ll}/u.test(item));
}

const OWN_BRACKET = /\(\s*$/u;
// The words a lower-case first item of a name list may run to.
const FIRST_WORDS = 6;
// A comparison word ("so với", "cùng kỳ") in the clause right before a count's own bracket: the bracket is the base compared with.
const PRIOR_REACH = 60;
const PRIOR_BRACKET = new RegExp(String.raw`${edgeAlt(PRIOR_WORDS)}(?![\p{L}])[^,;:.()]{0,40}\(\s*$`, 'iu');
// "04 (bốn) di tích: …": the count spelled out in brackets right after its digits is the count again, not a description.
const SPELLED_BRACKET = /^\s*\(([\p{L}\s]{2,40})\)/u;
function spelledAfter(after: string, value: number): number {
  const m = SPELLED_BRACKET.exec(after);
  return m && parseSpelled(m[1])?.value === value ? m[0].length : 0;
}
// The counted noun and the bracket's close: " tiêu chí)".
const CLOSE = /^[\s\p{L}]{0,40}?\)/u;

// "04 nhóm nội dung": a count of groups (COUNTED_GROUP_NOUNS).
const GROUP_NOUN = new RegExp(String.raw`^(?:${alt(COUNTED_GROUP_NOUNS)})$`, 'iu');

function listAfter(text: string, listFrom: number, inParens: boolean, noun?: string, kinds: readonly string[] = [], count?: number, groups = false, main = false, described = true): { items: string[]; open: boolean; end: number; shorter?: string[]; byPlace?: number } | null {
  const enumerated = inParens ? null : enumeratedList(text, listFrom) ?? documentList(text, listFrom);
  if (enumerated) return enumerated;
  const end = listEnd(text, listFrom, inParens);
  if (end === null) return null;
  const list = readList(text.slice(listFrom, end), noun, !inParens && semicolonList(text.slice(listFrom, end)), kinds);
  if (list) return semicolonItems(text, listFrom, end, list.items.length, count) ?? { ...list, end };
  // "tại 04 tổ: Tổ 3, Tổ 7 và Tổ 9, nâng tổng số … lên 31 tổ.": the "và" closes the names; a comma after the last name
  // that opens a lower-case clause (not the counted noun again) ends the list there.
  const close = clauseAfterLast(text.slice(listFrom, end), noun);
  const cut = close === null ? null : readList(text.slice(listFrom, listFrom + close), noun, false, kinds);
  if (cut) return { ...cut, end: listFrom + close! };
  const opened = clauseAfterNames(text.slice(listFrom, end)) ?? restAfterNames(text.slice(listFrom, end));
  const names = opened === null ? null : readList(text.slice(listFrom, listFrom + opened), noun, false, kinds);
  if (names) return { ...names, end: listFrom + opened! };
  const ran = inParens ? null : predicateAfterNames(text.slice(listFrom, end));
  const named = ran === null ? null : readList(text.slice(listFrom, listFrom + ran), noun, false, kinds);
  if (named) return { ...named, end: listFrom + ran! };
  const tail = inParens ? null : clauseAfterLastName(text.slice(listFrom, end));
  const told = tail === null ? null : readList(text.slice(listFrom, listFrom + tail), noun, false, kinds);
  if (told) return { ...told, end: listFrom + tail! };
  const verb = inParens ? null : verbAfterNames(text.slice(listFrom, end));
  const ended = verb === null ? null : readList(text.slice(listFrom, listFrom + verb), noun, false, kinds);
  if (ended) return { ...ended, end: listFrom + verb! };
  // "57 người chủ yếu là lao động tự do, …; trang thiết bị còn thiếu; …": lower-case phrases after a bare "là" (no colon) say
  // what the counted things are, and the semicolons part the sentence's clauses; only a colon announces described items.
  return inParens || count === undefined || !described ? null : descriptiveList(text, listFrom, count, groups, main);
}

/**
 * "03 đợt cao điểm: mừng Đảng, mừng Xuân; kỷ niệm Ngày Giải phóng (30/4); kỷ niệm Quốc khánh.": a comma list cut at a
 * semicolon with fewer names than the count may be the first item of a list the semicolons part, its commas its own. When
 * the semicolons, up to the sentence's end, part as many items as the count, none after the first opening a clause
 * ("; đồng thời …"), that reading agrees with the count and is taken.
 */
function semicolonItems(text: string, listFrom: number, end: number, read: number, count?: number): { items: string[]; open: boolean; end: number } | null {
  if (count === undefined || read >= count || text[end] !== ';') return null;
  const stop = PERIOD_END.exec(text.slice(listFrom, listFrom + LIST_MAX));
  if (!stop) return null;
  const body = text.slice(listFrom, listFrom + stop.index);
  const pieces = body.replace(/\([^()]*\)/gu, ' ').split(SEMI).map((p) => p.trim()).filter((p) => /\p{L}/u.test(p));
  // "…; đồng thời …": a clause going on after a semicolon is no item.
  if (pieces.slice(1).some((p) => CLAUSE_OPENS.test(p))) return null;
  // "03 công trình: Đường A, B; Trường C và Trạm D.": the last piece's one "và" may join its last two items, as in any list;
  // read so only when no other piece holds a "và" of its own (then "và" joins inside items) and that agrees with the count.
  const last = pieces.length ? pieces[pieces.length - 1].split(AND) : [];
  const joined = last.length === 2 && pieces.length + 1 === count && !pieces.slice(0, -1).some((p) => AND.test(p)) ? [...pieces.slice(0, -1), ...last] : pieces;
  return joined.length === count ? { items: joined, open: OPEN.test(body), end: listFrom + stop.index } : null;
}

/**
 * Items described, not named ("03 chuyên đề: an toàn thực phẩm; phòng, chống dịch bệnh; sơ cứu ban đầu."): when semicolons
 * tell the items apart, each may be a lower-case phrase with commas of its own. Read only when the semicolons run to the
 * sentence's end, three items at least (two after a count of the main ones, see below), each a short phrase with no number and no clause word opening it (a clause going on
 * "; đồng thời …" is no item). A "và" inside the last item may join two items or two words of one ("phòng chống thiên tai và
 * cứu nạn"): with none elsewhere, the reading that agrees with the count is taken, so an ambiguous "và" never makes a mismatch.
 * A count of groups ("04 nhóm nội dung: …, …; …; A và B") whose other items join members with commas of their own says
 * that the semicolons part the groups and commas and "và" join inside them: the last "và" is then inside its group; so does a
 * last group holding a comma of its own ("…; cân và thước đo chiều cao, cân nặng").
 */
function descriptiveList(text: string, listFrom: number, count: number, groups: boolean, main: boolean): { items: string[]; open: boolean; end: number } | null {
  const window = text.slice(listFrom, listFrom + LIST_MAX);
  const stop = PERIOD_END.exec(window);
  if (!stop) return null;
  // "…: lấn chiếm đất công (12 trường hợp); tự ý chuyển mục đích (5 trường hợp)": a bracket closing an item tells its size,
  // no word of it.
  const body = window.slice(0, stop.index).replace(ITEM_CLOSING_BRACKET, '');
  if (/[:()"“”«»]/u.test(body)) return null;
  const pieces = body.split(SEMI).map((p) => p.trim().replace(AND_OPENING, ''));
  // Two pieces are read only after a count of the main ones (`main`: "03 sai sót phổ biến: A; B.", all of them named, no
  // outcome of the things counted as "05 cơ sở: không vi phạm; nhắc nhở" is), and when neither may hold two items (no comma,
  // no "và"/"hoặc" in it).
  if (pieces.length < 2 || (pieces.length === 2 && (!main || pieces.some((p) => p.includes(',') || AND.test(p) || AND_OR.test(p))))) return null;
  pieces[pieces.length - 1] = withoutTrailingClause(pieces[pieces.length - 1]);
  const words = (s: string) => s.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  // A year naming an item's edition ("Luật Đất đai năm 2024") is a word of its name, no number of it; so is the day or month
  // an item is held at ("dịp lễ 30/4 - 01/5", "dịp Quốc khánh 2/9", "tháng 6").
  const item = (s: string) => /\p{L}/u.test(s) && words(s) <= DESCRIBED_ITEM_WORDS && !/\d/u.test(s.replace(NUMBERED_IN, ' ').replace(NAMED_YEAR, ' ').replace(NAMED_DAY, ' ')) && !CLAUSE_OPENS.test(s);
  if (!pieces.every(item)) return null;
  const last = pieces[pieces.length - 1];
  const split = last.split(AND);
  // "04 nhóm thiết bị: …; …; cân và thước đo chiều cao, cân nặng": a group's last item joining its members with a comma of its
  // own joins them with its "và" too.
  // "…; nghiệp vụ phòng cháy, chữa cháy và cứu nạn, cứu hộ": a field's name (FIELD_AND_NAMES) joins its two halves inside one item.
  const joinsInside = pieces.slice(0, -1).some((p) => AND.test(p) || (groups && p.includes(','))) || (groups && last.includes(',')) || FIELD_AND_NAME.test(last);
  const items = split.length === 2 && pieces.length + 1 === count && !joinsInside ? [...pieces.slice(0, -1), ...split] : pieces;
  return { items, open: OPEN.test(body), end: listFrom + stop.index };
}
const ITEM_CLOSING_BRACKET = /\s*\([^()]{0,60}\)(?=\s*(?:;|$))/gu;
const CLAUSE_OPENS = new RegExp(String.raw`^(?:${alt(CLAUSE_OPENING_WORDS, SOME_OF_WORDS, BESIDES_WORDS, LIST_CLAUSE_WORDS)})(?![\p{L}])`, 'iu');
// "…; cống Đông Hà, với tổng kinh phí 2,4 tỷ đồng": a lower-case clause holding a number after the last item's comma is
// the sentence going on, not the item.
const TRAILING_CLAUSE = /,\s*\p{Ll}[^,;]*\d[^;]*$/u;
function withoutTrailingClause(piece: string): string {
  const m = TRAILING_CLAUSE.exec(piece);
  return m ? piece.slice(0, m.index).trim() : piece;
}

// "(1) …; (2) …; (3) …" or "a) …, b) …": the first marker right after the colon, 1 or a.
const ENUM_FIRST = /^\s*(\(?)(1|a)\)\s/u;
const JOIN = alt(PART_SEPARATOR_WORDS);
const ENUM_MARKER = {
  paren: new RegExp(String.raw`(?:^\s*|[;,]\s*(?:(?:${JOIN})\s+)?|\s+(?:${JOIN})\s+)\((\d{1,2}|[a-z])\)\s`, 'gu'),
  bare: new RegExp(String.raw`(?:^\s*|[;,]\s*(?:(?:${JOIN})\s+)?|\s+(?:${JOIN})\s+)(\d{1,2}|[a-z])\)\s`, 'gu'),
};
const SENTENCE_END = /\.(?=\s|$)|[!?]/u;

/**
 * Items told apart by their own markers, numbered from 1 or lettered from a ("04 nội dung: (1) …; (2) …; (3) …"): however
 * each reads (lower case, commas of its own), one marker is one item. The markers run in order within the sentence; a marker
 * out of order (a nested "a)" in a numbered list, a "(5)" after "(2)") ends the count there. Two markers at least.
 */
function enumeratedList(text: string, listFrom: number): { items: string[]; open: boolean; end: number } | null {
  const first = ENUM_FIRST.exec(text.slice(listFrom, listFrom + 8));
  if (!first) return null;
  const stop = SENTENCE_END.exec(text.slice(listFrom, listFrom + LIST_MAX));
  const end = stop ? listFrom + stop.index : Math.min(text.length, listFrom + LIST_MAX);
  const body = text.slice(listFrom, end);
  const re = first[1] ? ENUM_MARKER.paren : ENUM_MARKER.bare;
  const label = (k: number) => (first[2] === '1' ? String(k + 1) : String.fromCharCode(97 + k));
  const starts: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[1] !== label(starts.length)) {
      if (starts.length > 0 && /^\d/u.test(m[1]) === /^\d/u.test(label(0))) return null;
      continue;
    }
    starts.push([m.index, m.index + m[0].length]);
  }
  if (starts.length < 2) return null;
  const items = starts.map(([, from], k) => body.slice(from, k + 1 < starts.length ? starts[k + 1][0] : body.length).replace(/[\s;,.]+$/u, '').trim());
  if (items.some((item) => !/\p{L}/u.test(item))) return null;
  // Each marker opens one item: a word of examples inside an item ("(1) một số hộ chưa đồng thuận …", "(2) … như …") is that
  // item's own description. The list runs on past its markers only by an ellipsis, "v.v." or a last item of others ("… khác").
  return { items, open: ENUM_OPEN.test(body.slice(starts[0][0])) || OTHERS_LAST.test(items[items.length - 1]), end };
}
const ENUM_OPEN = /…|\.\.|(?<![\p{L}])v\.?v(?![\p{L}])/iu;
const OTHERS_LAST = /(?<![\p{L}])khác$/iu;

// A document cited by its kind and number: "Kế hoạch số 12/KH-UBND", "Quyết định số 48/QĐ-UBND".
const DOCUMENT_REF = String.raw`(?:${alt(LISTED_DOCUMENT_WORDS)})\s+số\s+\d{1,5}(?:[/-][\p{L}\d.-]*\p{L}[\p{L}\d.-]*)*`;
const DOCUMENT_OPENS = new RegExp(String.raw`^(?:(?:${alt(PART_SEPARATOR_WORDS)})\s+)?(${DOCUMENT_REF})`, 'u');
// A document alone, perhaps with its date: a name of a comma list ("Kế hoạch số 12/KH-UBND ngày 06/01/2025").
const DOCUMENT_ALONE = new RegExp(String.raw`^(${DOCUMENT_REF})(?:\s+ngày\s+\d{1,2}\/\d{1,2}\/\d{2,4})?$`, 'u');
const DOCUMENT_AND = new RegExp(String.raw`\s+(?:${alt(PART_SEPARATOR_WORDS)})\s+(?=${DOCUMENT_REF})`, 'u');
const DOCUMENT_ANY = new RegExp(DOCUMENT_REF, 'gu');
// A document named by its kind and its subject, no number ("Kế hoạch phát động thi đua năm 2025"): a piece of a ";" list.
const DOCUMENT_TITLE = String.raw`(?:${alt(LISTED_DOCUMENT_WORDS)})\s+\p{Ll}`;
const TITLE_OPENS = new RegExp(String.raw`^(?:(?:${alt(PART_SEPARATOR_WORDS)})\s+)?${DOCUMENT_TITLE}`, 'u');
const TITLE_AND = new RegExp(String.raw`\s+(?:${alt(PART_SEPARATOR_WORDS)})\s+(?=${DOCUMENT_TITLE})`, 'u');
const TITLE_WORDS = 20;

/**
 * Documents named one by one by their kind and number ("05 văn bản chỉ đạo, gồm: Kế hoạch số 12/KH-UBND ngày … về …;
 * Quyết định số 48/QĐ-UBND …"): however long each one's subject runs (commas, dates of its own), one number is one
 * document. Separated by ";", every piece opens with a document (the last may join one more with "và", unless it cites
 * another document in its subject); separated by "," and "và", every piece is a document alone, its date at most.
 */
function documentList(text: string, listFrom: number): { items: string[]; open: boolean; end: number } | null {
  const window = text.slice(listFrom, listFrom + LIST_MAX);
  const first = DOCUMENT_OPENS.exec(window.trimStart());
  if (!first) return titledDocuments(text, listFrom, window);
  const stop = SENTENCE_END.exec(window);
  const end = stop ? listFrom + stop.index : Math.min(text.length, listFrom + LIST_MAX);
  const body = text.slice(listFrom, end).trim();
  let items: string[] | null;
  let counted = false;
  if (body.includes(';')) {
    const pieces = body.split(SEMI).map((p) => p.trim()).filter((p) => p !== '');
    const last = pieces[pieces.length - 1];
    const tail = (last.match(DOCUMENT_ANY) ?? []).length === 2 ? last.split(DOCUMENT_AND) : [last];
    const all = [...pieces.slice(0, -1), ...tail];
    const refs = all.map((p) => DOCUMENT_OPENS.exec(p)?.[1] ?? null);
    items = refs.every((r) => r !== null) ? (refs as string[]) : null;
    // "…; Quyết định số 45/QĐ-UBND … và 02 công văn đôn đốc": documents counted, not named, join the named ones.
    counted = COUNTED_GROUP.test(last);
  } else {
    const pieces = body.split(COMMA).flatMap((p, k, ps) => (k === ps.length - 1 ? p.split(AND) : [p])).map((p) => p.trim());
    const refs = pieces.map((p) => DOCUMENT_ALONE.exec(p)?.[1] ?? null);
    items = refs.every((r) => r !== null) ? (refs as string[]) : null;
  }
  return items && items.length >= 2 ? { items, open: counted || OPEN.test(body), end } : null;
}
/**
 * Documents named by kind and subject, no number ("07 văn bản chỉ đạo, gồm: Kế hoạch phát động thi đua năm 2025; Hướng dẫn
 * bình xét thi đua; Quyết định kiện toàn Hội đồng …"): separated by ";" to the sentence's end, every piece a short title
 * opening with a kind of document and its lower-case subject (the last may join one more with "và"). A year in a subject
 * is no item of its own.
 */
function titledDocuments(text: string, listFrom: number, window: string): { items: string[]; open: boolean; end: number } | null {
  const stop = SENTENCE_END.exec(window);
  if (!stop || !window.slice(0, stop.index).includes(';')) return null;
  const pieces = window.slice(0, stop.index).trim().split(SEMI).map((p) => p.trim()).filter((p) => p !== '');
  const items = [...pieces.slice(0, -1), ...pieces[pieces.length - 1].split(TITLE_AND)];
  const title = (p: string) => TITLE_OPENS.test(p) && p.split(/\s+/u).length <= TITLE_WORDS && !/[:()]/u.test(p);
  return items.length >= 2 && items.every(title) ? { items, open: OPEN.test(window.slice(0, stop.index)), end: listFrom + stop.index } : null;
}
const COUNTED_GROUP = new RegExp(String.raw`\s(?:${alt(PART_SEPARATOR_WORDS)})\s+\d{1,3}\s+\p{L}`, 'u');

// Where the clause after a list's last name starts ("A, B và C, nâng …" → at the comma after "C"), or null.
function clauseAfterLast(body: string, noun?: string): number | null {
  const and = AND.exec(body);
  if (!and || /[;()]/u.test(body.slice(0, and.index))) return null;
  const comma = /,\s*(\p{Ll}[\p{L}\s]*)/u.exec(body.slice(and.index));
  if (!comma || /[;()]/u.test(body.slice(and.index, and.index + comma.index))) return null;
  if (noun !== undefined && comma[1].toLowerCase().startsWith(noun)) return null;
  return and.index + comma.index;
}

/**
 * "tại 06 thôn: Nại Cửu, An Lợi, Phú Long, với 42 thành viên …": proper names only, no "và" to close them, then a comma and
 * a clause opened by a clause word (CLAUSE_OPENING_WORDS: "với", "đạt", "nâng", …) holding a number: the sentence goes on
 * there. Where the clause starts, or null; never when any piece before it opens in lower case (a name may: "khu vực chợ").
 * The clause may join its own things with "và" ("…, với 12 điểm, mỗi điểm trang bị 02 bình bột và 01 bình khí"): no name of
 * the list; a "và" there before a capital ("… và thôn Đông đạt 80%") may join one more name to it, and leaves the list's end
 * unsure. A clause word no item opens with (LIST_CLOSING_CLAUSE_WORDS: "…, nhằm nâng cao …", "…, góp phần …") ends the names
 * with no number after it.
 */
function clauseAfterNames(body: string): number | null {
  if (/[;()]/u.test(body)) return null;
  const m = CLAUSE_AFTER_NAMES.exec(body);
  if (!m || AND.test(body.slice(0, m.index)) || AND_CAPITAL.test(body.slice(m.index))) return null;
  const pieces = body.slice(0, m.index).split(',').map((p) => p.trim());
  return pieces.length >= 2 && pieces.every((p) => /^\p{Lu}/u.test(p)) ? m.index : null;
}
/**
 * "04 thôn …: Đồng Tâm, Quyết Tiến, Đoàn Kết, các thôn còn lại mỗi thôn có 01 trường hợp": proper names, then a comma and the
 * rest of the things ("các thôn còn lại", "số còn lại"), which the list by its words leaves out: the names end there, whatever
 * that clause goes on to say. Where it starts, or null; never when a piece before it opens in lower case.
 */
function restAfterNames(body: string): number | null {
  const m = REST_AFTER_NAMES.exec(body);
  if (!m || AND.test(body.slice(0, m.index)) || /[;()]/u.test(body.slice(0, m.index))) return null;
  const pieces = body.slice(0, m.index).split(',').map((p) => p.trim());
  return pieces.length >= 2 && pieces.every((p) => /^\p{Lu}/u.test(p)) ? m.index : null;
}
const REST_AFTER_NAMES = new RegExp(String.raw`,\s*(?:(?:${alt(PLURAL_WORDS)})\s+)?(?:\p{Ll}+\s+){0,2}?(?:${alt(LEFT_OVER_TAILS)})(?![\p{L}])`, 'u');
/**
 * "03 ngân hàng: Agribank, Vietcombank, BIDV và VietinBank triển khai …": three proper names at least, every word of each
 * capitalised, the last joined by "và" and followed, with no comma, by a lower-case word: the sentence's predicate goes on
 * after the last name. Where it starts, or null.
 */
function predicateAfterNames(body: string): number | null {
  return NAMES_THEN_PREDICATE.exec(body)?.[0].length ?? null;
}
/**
 * "thêm 04 khu phố: Xuân Ổ, Thanh Sơn, Đông Xuyên, Ninh Xá, Đại Tráng với 2 046 hộ": proper names only (every word
 * capitalised, two at least, "và" maybe joining the last), then, with no comma, a clause word (CLAUSE_OPENING_WORDS,
 * AFTER_NAMES_CLAUSE_WORDS) opening a clause that holds a number: the sentence goes on after the last name. Where it starts,
 * or null.
 */
function clauseAfterLastName(body: string): number | null {
  return NAMES_THEN_CLAUSE.exec(body)?.[0].length ?? null;
}
/**
 * "giao cho 04 thôn: Xốp Pu, Na Khốm, Huồi Cọ quản lý theo hình thức cộng đồng tự quản": proper names only (every word
 * capitalised, two at least, no "và"), the last running with no comma into lower-case words: the sentence's predicate goes on
 * after the last name. Read only when nothing after it may hold one more name or a figure of the names (no capital, no number,
 * no comma, no "và"/"hoặc"/"cùng", no word of examples): then the list cannot go on past it. Where it starts, or null.
 */
function verbAfterNames(body: string): number | null {
  const m = NAMES_THEN_LOWER.exec(body);
  if (!m) return null;
  const rest = body.slice(m[0].length);
  return /[\p{Lu}\d,]/u.test(rest) || TAIL_JOINS.test(rest) || OPEN.test(rest) ? null : m[0].length;
}
const PROPER_NAME = String.raw`\p{Lu}[\p{L}\d&-]*(?:\s\p{Lu}[\p{L}\d&-]*){0,3}`;
const NAMES_THEN_LOWER = new RegExp(String.raw`^\s*${PROPER_NAME}(?:\s*,\s*${PROPER_NAME}){1,59}(?=\s+\p{Ll})`, 'u');
const TAIL_JOINS = new RegExp(String.raw`(?<![\p{L}])(?:${alt(AND_OR_WORDS, PART_SEPARATOR_WORDS)})(?![\p{L}])`, 'iu');
const NAMES_THEN_PREDICATE = new RegExp(String.raw`^\s*${PROPER_NAME}(?:\s*,\s*${PROPER_NAME}){1,59}\s+(?:${alt(PART_SEPARATOR_WORDS)})\s+${PROPER_NAME}(?=\s+\p{Ll})`, 'u');
const NAMES_THEN_CLAUSE = new RegExp(String.raw`^\s*${PROPER_NAME}(?:\s*,\s*${PROPER_NAME}){0,59}(?:\s+(?:${alt(PART_SEPARATOR_WORDS)})\s+${PROPER_NAME})?(?=\s+(?:${alt(CLAUSE_OPENING_WORDS, AFTER_NAMES_CLAUSE_WORDS)})\s[^,;]*\d)`, 'u');
// "và" before a capital, a few lower-case words (a classifier: "và thôn Đông") between at most.
const AND_CAPITAL = new RegExp(String.raw`\s(?:${alt(PART_SEPARATOR_WORDS)})\s+(?:\p{Ll}+\s+){0,3}["“«]?\p{Lu}`, 'u');
const CLAUSE_AFTER_NAMES = new RegExp(String.raw`,\s*(?:(?:${alt(CLAUSE_OPENING_WORDS, AFTER_NAMES_CLAUSE_WORDS)})\s[^,;]*\d|(?:${alt(LIST_CLOSING_CLAUSE_WORDS)})(?![\p{L}]))`, 'u');

// Any description of the counted things up to the colon or "gồm" closing the clause (no sentence or clause break).
// "còn 03 bản chưa đạt chuẩn … là bản A, bản B": "là" closes it too, when no comma stands in the description (after one, "là"
// may open another clause: "05 thôn, trong đó đông dân nhất là thôn A và thôn B").
const CLASSIFIED_INTRO = new RegExp(String.raw`^([^:.;!?]{0,200}?)\s*(?:,?\s*(?:${alt(CONSISTS_OF)})(?![\p{L}])\s*:?|:|\s+là(?=\s))`, 'u');
const CLOSED_BY_IS = /\slà$/u;

/**
 * A list whose every name repeats the counted noun ("03 phường …, gồm: phường A và phường B",
 * "04 hợp tác xã …: HTX A, HTX B") names the counted things however the clause describes them
 * (a figure, "trên", "tại" in between), unless a nearer count of the same noun stands between.
 */
function classifiedList(block: Block, f: Figure, figures: Figure[]): { intro: { text: string; words: string }; list: { items: string[]; open: boolean; end: number; shorter?: string[]; byPlace?: number } } | null {
  if (f.unit === null || !/^\p{Ll}/u.test(f.unit)) return null;
  const text = block.text;
  const to = localRange(block, f)[1];
  const m = CLASSIFIED_INTRO.exec(text.slice(to, to + 240));
  if (!m || (CLOSED_BY_IS.test(m[0]) && m[1].includes(','))) return null;
  const unit = f.unit.toLowerCase();
  const between = figures.filter((g) => g !== f && localRange(block, g)[0] > to && localRange(block, g)[0] < to + m[0].length);
  if (between.some((g) => g.unit !== null && unitsAlike(g.unit, unit))) return null;
  const kinds = introKinds(m[1], unit);
  const list = listAfter(text, to + m[0].length, parenthesised(block, localRange(block, f)[0]), unit, kinds);
  // "Tổ dân phố số 3, số 7 và số 12": after the first name, "số N" names the next one of the same noun.
  const numbered = (item: string, k: number) => k > 0 && /^số\s+\d{1,3}[A-Z]?$/iu.test(item) && /(?<![\p{L}])số\s+\d/iu.test(list!.items[0]);
  if (!list || !list.items.every((item, k) => namesNoun(item, unit) || numbered(item, k) || namesHead(item, unit) || kinds.some((n) => namesNoun(item, n)))) return null;
  // "đã kiểm tra 24 cơ sở, phát hiện vi phạm: Cơ sở A, Cơ sở B": a comma may open a new predicate the names are the object of;
  // a comma joining kinds of the counted noun ("04 cuộc họp, hội nghị:") is confirmed by a name of a kind other than its own.
  const ofKinds = list.items.some((item) => !namesNoun(item, unit) && kinds.some((n) => namesNoun(item, n)));
  if (!ofKinds && !commaDescribed(text, localRange(block, f)[0], m[1], unit)) return null;
  return { intro: { text: m[0], words: m[1] }, list };
}

/**
 * Whether a lead-in's commas leave the names the counted things': none there (a pair written as one noun, "phòng, chống", or
 * a bracket's commas aside), none opening a predicate, or predicates of a subject count that go on describing it
 * (describedOn). After a count that is a deed's object ("đã kiểm tra 24 cơ sở, phát hiện vi phạm:", "rà soát 40 hộ nghèo,
 * thoát nghèo:"), the comma opens a new predicate of the deed's doer, and the names after its colon are that predicate's
 * choice among the counted things, or things of its own: a subset, never the whole count.
 */
function commaDescribed(text: string, from: number, words: string, unit: string): boolean {
  const plain = joinCompounds(words.replace(/\([^()]*\)/gu, (m) => ' '.repeat(m.length)));
  // Names joined in the description ("đồng bào Mường, Thái") and a second kind of the counted noun's head ("07 cầu dân sinh,
  // cầu treo …") open no predicate.
  const head = unit.split(/\s+/u)[0];
  const opensPredicate = (segment: string) => /^\p{Ll}/u.test(segment) && segment.split(/\s+/u)[0].toLowerCase() !== head;
  if (!plain.split(',').slice(1).some((segment) => opensPredicate(segment.trim()))) return true;
  return SUBJECT_LEAD.test(text.slice(Math.max(0, from - 12), from)) && describedOn(plain.replace(DESCRIBES_RE, ' '), unit);
}

// "04 (bốn) cuộc diễn tập, hội thao: diễn tập A; hội thao B; …": after a classifier, the intro names the kinds counted,
// two to four nouns of one to three lower-case words joined by commas or "và"/"hoặc", and nothing else.
const KIND_JOIN = new RegExp(String.raw`\s*,\s*|\s+(?:${alt(AND_OR_WORDS)})\s+`, 'u');
function introKinds(words: string, unit: string): string[] {
  const rest = words.replace(/^\s*\([\p{L}\s]{2,40}\)/u, '').trim();
  // The count's noun may hold the first kind ("04 cuộc họp, hội nghị": "cuộc họp", then ", hội nghị").
  const own = unit.split(/\s+/u).slice(1).join(' ');
  const body = rest.toLowerCase().startsWith(unit) ? `${own}${rest.slice(unit.length)}`.replace(/^\s*,\s*/u, '').trim() : rest;
  const kinds = body.split(KIND_JOIN).map((k) => k.trim());
  return kinds.length >= 2 && kinds.length <= 4 && kinds.every((k) => /^\p{Ll}+(?:\s\p{Ll}+){0,2}$/u.test(k)) ? kinds : [];
}

// "07 cầu dân sinh, cầu treo …: cầu Mường Khến, cầu Suối Rếch …": the item opens with the counted noun's head and a proper
// name after it (a capital), when the noun read with the count holds more than its head; or the head, lower-case words
// telling its kind, and a proper name further on ("04 mỏ khoáng sản …: mỏ cát sỏi lòng sông Lô tại xã Đức Bác, …").
function namesHead(item: string, unit: string): boolean {
  const words = unit.split(/\s+/u);
  if (words.length < 2) return false;
  const head = item.split(/\s+/u);
  return head.length >= 2 && head[0].toLowerCase() === words[0] && head.slice(1).some((w) => /^\p{Lu}/u.test(w));
}

// The item opens with the noun ("phường Mỹ An") or its initials ("HTX" for "hợp tác xã").
function namesNoun(item: string, unit: string): boolean {
  const words = unit.split(/\s+/u);
  const initials = words.length >= 2 ? words.map((w) => w[0]).join('').toUpperCase() : null;
  const head = item.split(/\s+/u);
  const opening = head.slice(0, words.length).join(' ').toLowerCase();
  return head.length > words.length && (opening === unit || (initials !== null && head[0] === initials && head.length > 1));
}

// "03 buổi truyền thông trực tiếp tại các thôn:": events (EVENT_NOUNS) whose description ends on the kind of places they were
// held at ("tại các thôn", "ở 4 xã"), the colon right after; the names are those places.
const VENUE_INTRO = new RegExp(String.raw`^((?:\s+[\p{L}][\p{L}-]*){0,8}?\s+(?:${alt(LIST_PLACE_WORDS)})\s+(?:(?:${alt(PLURAL_WORDS)})\s+)?(?:${alt(PLACE_KIND_WORDS)}))\s*:`, 'u');
// The times a deed was done ("04 cuộc cưỡng chế tại các xã: …", "03 lần kiểm tra") are events held at places too.
const EVENT = new RegExp(String.raw`^(?:${alt(EVENT_NOUNS, DEED_TIME_NOUNS)})(?![\p{L}])`, 'iu');
function venueIntro(text: string, to: number, unit: string): Intro | null {
  if (!EVENT.test(unit)) return null;
  const m = VENUE_INTRO.exec(text.slice(to, to + 160));
  if (m) return !/[\d,;.()]/u.test(m[1]) ? { text: m[0], words: m[1], paren: false, venues: true } : null;
  // "04 lớp tập huấn kỹ năng phòng, chống xâm hại tại các ấp Phú Hòa, Phú An, Phú Bình": no colon, the names right after the
  // plural place kind; the comma of a pair written as one noun ("phòng, chống") is no clause break (same length as a space).
  const bare = BARE_VENUE_INTRO.exec(text.slice(to, to + 160).replace(COMMA_COMPOUND, (w) => w.replace(',', ' ')));
  return bare && !/[\d,;.()]/u.test(bare[1]) ? { text: bare[0], words: bare[1], paren: false, venues: true, bare: true } : null;
}
// The same lead-in with no colon: a plural word before the place kind (several places), then the first name's capital.
const BARE_VENUE_INTRO = new RegExp(String.raw`^((?:\s+[\p{L}][\p{L}-]*){0,12}?\s+(?:${alt(LIST_PLACE_WORDS)})\s+(?:${alt(PLURAL_WORDS)})\s+(?:${alt(PLACE_KIND_WORDS)}))\s+(?=\p{Lu})`, 'u');
/**
 * Names of venues read with no colon ("tại các ấp A, B, C") are the places only when each opens with a capital, two at least,
 * no other figure stands among them (a count there opens another clause: "… và 02 buổi tại …"), and the sentence tells no
 * place's share ("mỗi ấp 02 lớp", "(ấp A 02 lớp)"): a distributive word, or another count of the counted noun's head, after
 * the count says several were held at one place.
 */
function bareVenuesRead(block: Block, figures: Figure[], f: Figure, items: readonly string[], listFrom: number, listTo: number): boolean {
  if (items.length < 2 || !items.every((item) => /^\p{Lu}/u.test(item))) return false;
  const to = localRange(block, f)[1];
  const stop = PERIOD_END.exec(block.text.slice(Math.max(to, listTo)));
  const rest = stop ? Math.max(to, listTo) + stop.index : block.text.length;
  if (EACH_NOTE.test(block.text.slice(to, rest))) return false;
  const head = (unit: string) => unit.split(/\s+/u)[0];
  return !figures.some((g) => {
    const start = localRange(block, g)[0];
    return g !== f && start > to && start < rest && ((start >= listFrom && start < listTo) || (g.unit !== null && unitsAlike(head(g.unit), head(f.unit!))));
  });
}

// "Có 03 thôn thực hiện nhanh, về đích sớm các nhà đăng ký trong quý I là: A, B, C, D": the counted things' words, then
// predicates describing them that commas join (two to four), closed by "là:", "gồm:" or a bare colon.
const CLAUSE_WORD = String.raw`\s+(?:${HEDGED}|[\p{L}][\p{L}-]*)`;
const CLAUSED_INTRO = new RegExp(String.raw`^((?:${CLAUSE_WORD}){1,10}?(?:\s*,(?:${CLAUSE_WORD}){1,12}?){1,3})\s*(?:,?\s*(?:${alt(CONSISTS_OF, VALUE_COPULAS)})(?![\p{L}])\s*)?:`, 'u');
const CLAUSED_TAIL = new RegExp(String.raw`\s+(?:${alt(CONSISTS_OF, VALUE_COPULAS)})$`, 'iu');
const CLAUSED_WORDS = 20;
const SUBJECT_LEAD = new RegExp(String.raw`(?:^|[.!?:;${BULLET_CHARS}]|${edgeAlt(COUNTED_SUBJECT_LEADS)})\s*$`, 'iu');
// What ends the description: another subject, a subset or examples (DESCRIPTION_BREAK_WORDS), a plural or a place kind opening
// a noun phrase of its own, or things that bear names of their own after a plural (places, persons).
const BREAK_OPENING = new RegExp(String.raw`^(?:${alt(DESCRIPTION_BREAK_WORDS, PLURAL_WORDS, PLACE_KIND_WORDS, HOUSEHOLD_OF_WORDS)})(?![\p{L}])`, 'iu');
const NAMED_PLURAL = new RegExp(String.raw`${edgeAlt(PLURAL_WORDS)}\s+(?:${alt(PLACE_KIND_WORDS, PERSON_NOUNS, HOUSEHOLD_OF_WORDS)})(?![\p{L}])`, 'iu');
const ROMAN = /^[IVX]{1,4}$/u;
const FAR_BREAK = new RegExp(String.raw`^(?:${alt(DESCRIPTION_BREAK_WORDS)})(?![\p{L}])`, 'iu');
const REMAINDER = wordsRe(REMAINDER_WORDS, 'iu');
/**
 * The lead-in of a count whose predicates a comma runs through, read only when the count is its clause's subject (after
 * "có"/"còn", or opening its sentence) and every segment after a comma goes on describing the counted things: it opens in
 * lower case with no word of BREAK_OPENING, names the counted noun's head no more (another set of it: "…, hỗ trợ các trường chưa
 * đạt là:"), no remainder ("còn lại", "khác"), no plural of places or persons, and no capitalised word but a Roman numeral
 * ("trong quý I"). Only names are read after it.
 */
function clausedIntro(text: string, from: number, to: number, unit: string): Intro | null {
  if (!SUBJECT_LEAD.test(text.slice(Math.max(0, from - 12), from))) return null;
  const m = CLAUSED_INTRO.exec(text.slice(to, to + 240));
  if (!m) return null;
  const words = m[1].replace(CLAUSED_TAIL, '');
  const plain = words.replace(DESCRIBES_RE, ' ');
  // "…, hoạt động hiệu quả nhất là:": the closing "là" may end a word of examples ("nhất là"), so the words are asked with it.
  if (/[\d;.()]/u.test(plain) || foreignNames(plain) || OPEN.test(m[0].replace(DESCRIBES_RE, ' ')) || plain.split(/[\s,]+/u).length > CLAUSED_WORDS + 1) return null;
  return describedOn(plain, unit) ? { text: m[0], words, paren: false, topical: true, claused: true } : null;
}

/**
 * Whether the segments a comma opens in a subject count's lead-in ("Có 05 trạm y tế được nâng cấp, đưa vào sử dụng …") go on
 * describing the counted things: when the words before the first comma are the counted noun alone, no clause word opens the
 * next ("Toàn huyện có 24 trường học, đạt chuẩn …:" tells which of them; "có 07 tôn giáo, hệ phái …:" pairs a noun), and
 * every segment after it opens in lower case with no word of BREAK_OPENING, names the counted noun's head no more (another set of it: "…, hỗ trợ các
 * trường chưa đạt là:"), no remainder ("còn lại", "khác"), no plural of places or persons, and no capitalised word but a Roman
 * numeral ("trong quý I").
 */
function describedOn(words: string, unit: string): boolean {
  const [first, ...rest] = words.split(',');
  const own = unit.toLowerCase();
  if (first.trim().toLowerCase().split(/\s+/u).join(' ') === own && rest.length > 0 && CLAUSE_OPENING.test(rest[0].trim())) return false;
  const head = own.split(/\s+/u)[0];
  const goesOn = (segment: string) => /^\p{Ll}/u.test(segment) && !BREAK_OPENING.test(segment) && !NAMED_PLURAL.test(segment) && !REMAINDER.test(segment)
    && segment.split(/\s+/u).every((w) => w.toLowerCase() !== head && (!/^\p{Lu}/u.test(w) || ROMAN.test(w)));
  return rest.every((s) => goesOn(s.trim()));
}

// A colon-announced list naming the counted nouns, a "(A, B, C)" right after them, or — for "…, gồm:" — the
// count of the clause, however long its description, when no other number stands between
// ("04 trường học … đã triển khai …, gồm: A, B, C").
/**
 * A list's lead-in: its text to the colon, its words, whether a bracket opens it, names places held at, a topic or predicates
 * hold a comma, or a second noun joined to the counted one by a comma (`paired`: its words).
 */
interface Intro { text: string; words: string; paren: boolean; venues?: boolean; bare?: boolean; topical?: boolean; claused?: boolean; paired?: string }

// "05 sự kiện, lễ hội văn hóa du lịch:": the counted noun (a few words after it at most), a comma, then lower-case words up to
// the colon, none a "gồm" or "là" (FAR_INTRO reads "…, gồm:" as it always has).
const PAIRED_WORD = String.raw`\s+(?!(?:${alt(CONSISTS_OF, VALUE_COPULAS)})(?![\p{L}]))\p{Ll}[\p{L}-]*`;
const PAIRED_INTRO = new RegExp(String.raw`^((?:${PAIRED_WORD}){1,5}?)\s*,((?:${PAIRED_WORD}){1,8}?)\s*:`, 'u');
// What opens a clause, a subset, examples, the rest or another set after a comma ("…, đã phát hiện:", "…, trong đó:", "…, các
// thôn còn lại:"), never a second noun of the counted things.
const PAIRED_BREAK = new RegExp(String.raw`^(?:${alt(CLAUSE_OPENING_WORDS, LIST_CLAUSE_WORDS, DESCRIPTION_BREAK_WORDS, PLURAL_WORDS, VALUE_COPULAS, CONSISTS_OF)})(?![\p{L}])`, 'iu');
/**
 * "Tổ chức 05 sự kiện, lễ hội văn hóa - du lịch: Lễ hội A, Lễ hội B, Đêm phố cổ C": a counted noun joined by a comma to a second
 * noun of the things named, both counted as one. The comma may as well open a clause ("04 cơ sở, phát hiện vi phạm:"), so the
 * words after it are read as a noun only when nothing opens a clause, a subset, examples or the rest there (PAIRED_BREAK, OPEN),
 * they name the counted noun no more (another set of it: "05 cơ sở, cơ sở vi phạm:"), and no name-bearing words stand
 * in them; the names after the colon must then confirm that noun (pairedNamed) and all open with a capital.
 */
function pairedAfter(text: string, to: number, unit: string): Intro | null {
  const rest = joinCompounds(text.slice(to, to + 240));
  if (!rest.includes(':')) return null;
  const m = PAIRED_INTRO.exec(rest);
  if (!m) return null;
  const first = m[1].trim().toLowerCase();
  const second = m[2].trim();
  const own = unit.toLowerCase();
  if (!(first === own || first.startsWith(`${own} `)) || PAIRED_BREAK.test(second) || OPEN.test(`${m[1]} ${m[2]}`) || REMAINDER.test(second)) return null;
  if (` ${second.toLowerCase().split(/\s+/u).join(' ')} `.includes(` ${own} `) || foreignNames(`${m[1]}${m[2]}`)) return null;
  return { text: m[0], words: `${m[1]}${m[2]}`, paren: false, topical: true, paired: second };
}

/**
 * Whether every name opens with a capital, and one at least has its words before its proper part (its first capital after
 * its first word) open as the paired noun does, in their first two words or their one ("Lễ hội" of "Lễ hội Khèn Mông" after
 * "…, lễ hội văn hóa du lịch:", "Tổ hợp" of "Tổ hợp tác rau an toàn Đồng Tâm" after "…, tổ hợp tác sản xuất:", "Giải" of
 * "Giải Việt dã" after "…, giải thể thao:"): the comma then joined a noun of the things named, not a clause.
 */
function pairedNamed(items: readonly string[], paired: string): boolean {
  const noun = paired.toLowerCase().split(/\s+/u);
  return items.every((item) => /^\p{Lu}/u.test(item)) && items.some((item) => {
    const words = item.split(/\s+/u);
    const proper = words.findIndex((w, k) => k > 0 && /^\p{Lu}/u.test(w));
    const lead = Math.min(proper, PAIRED_HEAD_WORDS);
    return lead > 0 && lead <= noun.length && words.slice(0, lead).every((w, k) => w.toLowerCase() === noun[k]);
  });
}
const PAIRED_HEAD_WORDS = 2;

function introAfter(text: string, to: number, starts: number[], unit: string): Intro | null {
  const rest = text.slice(to, to + 240);
  const intro = introIn(rest, to, starts, unit);
  if (intro !== null) return intro;
  // "Còn 04 khó khăn, vướng mắc: (1) …": the comma of a pair written as one noun (COMMA_COMPOUNDS, PAIRED_COUNT_NOUNS) ends no description;
  // nor does the dash of two fields written as one ("lễ hội văn hóa - du lịch", "kinh tế - xã hội"): read once more with them
  // made spaces (same length), when nothing was read with them.
  const joined = joinCompounds(rest);
  return joined === rest ? null : introIn(joined, to, starts, unit);
}
const joinCompounds = (rest: string) => rest.replace(COMMA_COMPOUND, (m) => m.replace(',', ' ')).replace(DASH_COMPOUND, (m) => ' '.repeat(m.length));
const COMMA_COMPOUND = new RegExp(String.raw`${edgeAlt(COMMA_COMPOUNDS, PAIRED_COUNT_NOUNS)}(?![\p{L}])`, 'giu');
// A spaced dash between two lower-case words.
const DASH_COMPOUND = /(?<=\p{Ll})\s+[-–]\s+(?=\p{Ll})/gu;

/**
 * Whether a lead-in closed by a place word and its colon ("10 đợt khám sàng lọc tại: …", "03 cuộc kiểm tra … tại: …") names the
 * places events were held at: several may be held at one place, so the places are read as venues are (fewer say nothing).
 */
function heldAt(lead: string, unit: string): boolean {
  return EVENT.test(unit) && PLACE_COLON.test(lead);
}
const PLACE_COLON = new RegExp(String.raw`${edgeAlt(LIST_PLACE_WORDS)}\s*:$`, 'iu');

function introIn(rest: string, to: number, starts: number[], unit: string): Intro | null {
  // Every pattern below but INTRO, JOINT_PLACE_INTRO and PAREN_INTRO ends in a colon: without one they are not tried.
  const colon = rest.includes(':');
  const short = INTRO.exec(rest);
  // "03 nhóm hành vi vi phạm là nguyên nhân chính gây tai nạn: (1) …": a bare "là" followed by lower-case words describing
  // the counted things up to a colon opens no list; the colon does (DESCRIBED_INTRO).
  const described = short && colon && BARE_IS.test(short[0]) ? DESCRIBED_INTRO.exec(rest) : null;
  for (const m of [described, short, colon ? LONG_INTRO.exec(rest) : null]) {
    const words = m ? m[1].replace(DESCRIBES_RE, ' ') : '';
    // "10 đợt khám sàng lọc tại: A, B": events and the places they were held at, the colon right after "tại".
    if (m && !foreignNames(words) && !/[\d,;.()]/u.test(words)) return { text: m[0], words: m[1], paren: false, ...(heldAt(m[0], unit) ? { venues: true } : {}) };
  }
  const audience = colon ? AUDIENCE_INTRO.exec(rest) : null;
  if (audience && !foreignNames(audience[1]) && !/[\d,;.()]/u.test(audience[1] + audience[2])) return { text: audience[0], words: audience[1], paren: false };
  const joint = JOINT_PLACE_INTRO.exec(rest);
  if (joint) return { text: joint[0], words: joint[1].replace(',', ' '), paren: false };
  const comma = colon ? COMMA_INTRO.exec(rest) : null;
  if (comma && !foreignNames(`${comma[1]}${comma[2]}`) && !/[\d,;.()]/u.test(`${comma[1]}${comma[2]}`)) return { text: comma[0], words: `${comma[1]}${comma[2]}`, paren: false, ...(heldAt(comma[0], unit) ? { venues: true } : {}) };
  const topic = colon ? TOPIC_INTRO.exec(rest) : null;
  if (topic && !foreignNames(`${topic[1]}${topic[2]}`) && !/[\d,;.()]/u.test(`${topic[1]}${topic[2]}`)) return { text: topic[0], words: `${topic[1]}${topic[2]}`, paren: false, topical: true };
  const paren = PAREN_INTRO.exec(rest);
  if (paren) return { text: paren[0], words: paren[1], paren: true };
  const far = colon ? FAR_INTRO.exec(rest) : null;
  if (!far || (far[2] !== undefined && far[2].toLowerCase() !== unit.toLowerCase())) return null;
  // A number between is another count, unless it is each counted thing's own ("mỗi hộ 02 con") and the noun is named again.
  if (starts.some((s) => s > to && s < to + far[0].length && !(far[2] !== undefined && PER_EACH_BEFORE.test(rest.slice(0, s - to)))) || /[;.!?](?:\s|$)/u.test(far[1])) return null;
  // "03 thôn đạt chuẩn, trong đó gồm: …", "…, điển hình gồm: …", "…, các thôn khác gồm: …": after a comma, a subset, examples or
  // other members of the counted noun, not the counted things.
  if (far[1].split(',').slice(1).some((segment) => FAR_BREAK.test(segment.trim()) || OPEN.test(segment) || REMAINDER.test(segment))) return null;
  return { text: far[0], words: '', paren: false };
}

// A name's own number inside a bullet ("Chi hội thôn 3").
// A name made of a classifier and a proper name, nothing else: "đường Lý Thường Kiệt", "thôn Đông Hạ".
const CLASSIFIED_NAME = new RegExp(String.raw`^(?:${alt(NUMBERED_NAME_WORDS)})\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*$`, 'u');
// A number describing one named thing, no count of the list: "nhà lớp học 02 tầng Trường A", "thương binh hạng 1/4 Nguyễn Văn B".
const NAME_OWN_NUMBER = new RegExp(String.raw`(?<![\p{L}\d])\d{1,2}\s(?:${alt(NAME_STOREY_WORDS)})(?![\p{L}])|${edgeAlt(NAME_GRADE_WORDS)}\s[1-4]\/4(?![\d/])`, 'giu');
const NUMBERED_IN = new RegExp(String.raw`${edgeAlt(NUMBERED_NAME_WORDS)}(?:\s+|\s?\.\s?)\d{1,3}[A-Z]?(?!\d)`, 'giu');
const BULLET = new RegExp(String.raw`^\s*([${BULLET_CHARS}])\s*`, 'u');

/**
 * List claims of a count closing its paragraph with a colon ("Thành lập 03 tổ hợp tác:") over the bullets under it,
 * when every bullet opens with the counted noun ("- Tổ hợp tác chăn nuôi thôn Đông;"): one bullet, one counted thing.
 * A bullet run that strays from the noun is a description, not the list, and is not read.
 */
export function extractBulletLists(blocks: readonly Block[], figuresOf: BlockFigures): Claim[] {
  const out: Claim[] = [];
  for (const block of blocks) {
    if (block.kind === 'row' || !/:\s*$/u.test(block.text)) continue;
    const counts = figuresOf.of(block.index).filter((f) => f.kind === 'count' && f.unit !== null && f.cell === null && f.value >= 1 && f.value <= MAX_NAMED);
    const f = counts[counts.length - 1];
    if (!f || !/^\p{Ll}/u.test(f.unit!)) continue;
    const [from, digits] = localRange(block, f);
    // "05 (năm) văn bản …, gồm:": the count spelled out in brackets after its digits is the count again.
    const to = digits + spelledAfter(block.text.slice(digits, digits + 48), f.value);
    const following = FOLLOWING_INTRO.exec(block.text.slice(to));
    if (following && to + following[0].length === block.text.trimEnd().length) {
      const claim = followingList(blocks, block, f, from, to, following[0].trim());
      if (claim) {
        out.push(claim);
        continue;
      }
    }
    const intro = INTRO.exec(block.text.slice(to)) ?? LONG_CONSISTS_INTRO.exec(block.text.slice(to));
    if (!intro || to + intro[0].length !== block.text.trimEnd().length) continue;
    const words = intro[1].replace(DESCRIBES_RE, ' ');
    // "05 nhóm sai sót chủ yếu, gồm:": the main ones, all of them bulleted (MAIN_TAIL), as in a list inside the paragraph.
    if (foreignNames(words) || /[\d,;.()]/u.test(words) || OPEN.test(intro[1].replace(AS_FOLLOWS_RE, ' ').replace(MAIN_TAIL, ' '))) continue;
    const unit = f.unit!.toLowerCase();
    const items: string[] = [];
    const under: number[] = [];
    let marker: string | null = null;
    let closed = true;
    // At most 61 bullets are read (a count is 60 at most), so the work stays linear however many bullets follow.
    for (let b = block.index + 1; b < blocks.length && b <= block.index + 61 && blocks[b].kind !== 'row'; b++) {
      const m = BULLET.exec(blocks[b].text);
      if (m && marker !== null && m[1] !== marker && !headSibling(block, blocks[b])) closed = false;
      if (!m || (marker !== null && m[1] !== marker)) break;
      marker = m[1];
      items.push(blocks[b].text.slice(m[0].length).replace(/[\s;.,]+$/u, '').trim());
      under.push(b);
    }
    // "- Trường mầm non: 2 trường" is a breakdown by amounts (claims-bullets.ts), not one name a bullet.
    const plain = (item: string) => !item.includes(':') && item.split(/\s+/u).length <= 14 && (NUMBERED.test(item) || !/\d/u.test(item.replace(NUMBERED_IN, '')));
    // "- Giải Việt dã truyền thống lần thứ XXV, tổ chức ngày 23/3/2025 với 1.350 vận động viên;": a bullet opening with the
    // counted noun and a proper name (a capital after the noun) names one thing, whatever description of it follows, unless
    // it holds a label (":") or an amount of the counted noun itself (a breakdown by amounts).
    const head = unit.split(/\s+/u)[0];
    const titled = (item: string, b: number) => !item.includes(':') && namesNoun(item, unit) && /^\p{Lu}/u.test(item.split(/\s+/u)[unit.split(/\s+/u).length] ?? '')
      && !figuresOf.of(b).some((g) => g.cell === null && g.unit !== null && g.unit.toLowerCase().split(/\s+/u)[0] === head);
    const named = items.length >= 2 && (items.every((item) => plain(item) && namesNoun(item, unit)) || items.every((item, k) => titled(item, under[k])));
    // "Nợ thuế tập trung ở 03 nhóm đối tượng:": a count of groups whose short noun phrase the colon closes announces its
    // bullets, one group each, as "gồm:" does.
    // Not the last of several counts of groups ("có 08 nhóm tăng giá, 02 nhóm giảm giá và 01 nhóm ổn định:"): its sentence
    // holds no number before it.
    const opening = block.text.slice(0, from).split(/[.!?]\s/u).pop()!;
    const grouped = GROUP_NOUN.test(head) && intro[1].trim().split(/\s+/u).length <= GROUP_INTRO_WORDS && !/\d/u.test(opening);
    // "03 nội dung thi đua:" over "- Thi đua hiến đất …", "- Thi đua đóng góp …": every bullet opening with the words closing the
    // counted noun's short phrase names one of the counted things by its kind, as "gồm:" would announce them.
    const echoed = !/\d/u.test(opening) && echoesIntro(intro[1], items);
    if (!named && !(closed && announcedBullets(blocks, figuresOf, f, CONSISTS_INTRO.test(intro[0]) || CONSISTS_BEFORE.test(block.text.slice(0, from)) || grouped || echoed, items, under))) continue;
    // "02 công trình chuyển tiếp và 03 công trình khởi công mới, gồm:": the bullets may name the things of every count.
    const joined = coordinatedBefore(block, figuresOf.of(block.index), f) ?? (ownNames(intro[0], items, unit) ? [] : null);
    if (joined === null) continue;
    out.push(makeClaim({
      relation: 'list', whole: f.index, items, open: false, connector: intro[0].trim(),
      block: block.index, span: subSpan(block, from, to), partBlocks: under, parts: joined,
    }));
  }
  return out;
}

/**
 * "ban hành 05 văn bản chỉ đạo, gồm:" (or "Nội dung gồm 04 nội dung:", `consists`) over one flat run of bullets that a paragraph without a marker closes: "gồm" announces
 * the things counted, one bullet each, whatever words a bullet opens with ("+ Kế hoạch số 16/KH-UBND …", "+ Tổ chức 02 buổi
 * nói chuyện …"). Not read when a bullet may be no single thing: it opens with a number or a plural ("+ 02 kế hoạch …", "+ Các
 * thôn …"), holds a label (":"), or an amount of the counted noun (a breakdown by amounts, claims-bullets.ts); nor for
 * counts of people, whose lists group members ("- Các đồng chí …"). Fewer bullets than the count are read only when no
 * bullet may name two things (a comma or "và" in it, two documents cited), or when the count is of groups ("05 nhóm …, gồm:").
 */
function announcedBullets(blocks: readonly Block[], figuresOf: BlockFigures, f: Figure, consists: boolean, items: string[], under: number[]): boolean {
  if (items.length < 2 || !consists || PERSON_UNIT.test(f.unit!)) return false;
  if (items.some((item) => item === '' || item.includes(':') || /^\d/u.test(item) || PLURAL_OPENING.test(item))) return false;
  const head = f.unit!.toLowerCase().split(/\s+/u)[0];
  if (under.some((b) => figuresOf.of(b).some((g) => g.cell === null && g.unit !== null && g.unit.toLowerCase().split(/\s+/u)[0] === head))) return false;
  const single = (item: string, k: number) => (DOCUMENT_OPENS.test(item) ? oneDocument(item) : (!/,/u.test(item) && !AND.test(item)) || figuresTold(item) || measuresTold(item) || (k < items.length - 1 && describedOne(item)));
  // "05 nhóm sai sót, gồm:" over "- Chi sai nội dung, vượt định mức;": a bullet under a count of groups is one group, its
  // commas and "và" joining that group's members.
  return items.length >= f.value || GROUP_NOUN.test(head) || items.every(single);
}
/**
 * A bullet opening with a document ("Công văn số 24/UBND-NN ngày 02/8/2025 về việc thực hiện Nghị định số 88/2025/NĐ-CP và
 * Nghị định số 101/2025/NĐ-CP") names that one document when every other document it cites is the subject of it: cited
 * after a word of its description ("thực hiện", "theo", "về"), or joined by "," / "và" to such a subject. A document
 * joined straight to the opening one ("Kế hoạch số 12/KH-UBND và Kế hoạch số 15/KH-UBND"), or after a description that a
 * separator closes ("… về trồng rừng; Kế hoạch số 15/KH-UBND …"), is a second one named; a subject's coordinate of the
 * opening document's own kind leaves it unsure.
 */
function oneDocument(item: string): boolean {
  const refs = [...item.matchAll(DOCUMENT_ANY)];
  const kind = (ref: string) => ref.replace(/\s+số\s.*$/u, '');
  let subject = false;
  for (let k = 1; k < refs.length; k++) {
    const gap = item.slice(refs[k - 1].index! + refs[k - 1][0].length, refs[k].index).replace(DOCUMENT_DATE, '').trim();
    if (gap === '' || SEPARATOR_ONLY.test(gap)) {
      if (!subject || kind(refs[k][0]) === kind(refs[0][0])) return false;
    } else if (SEPARATOR_CLOSED.test(gap)) return false;
    else subject = true;
  }
  return true;
}
// The rest of a document's number DOCUMENT_REF leaves ("/2025/NĐ-CP"), then its date.
const DOCUMENT_DATE = /^(?:[/-][\p{L}\d.-]+)*(?:\s*ngày\s+\d{1,2}\/\d{1,2}\/\d{2,4})?/u;
const SEPARATOR_ONLY = new RegExp(String.raw`^[,;]?\s*(?:(?:${alt(PART_SEPARATOR_WORDS)})(?![\p{L}]))?$`, 'u');
const SEPARATOR_CLOSED = new RegExp(String.raw`(?:[,;]|(?<![\p{L}])(?:${alt(PART_SEPARATOR_WORDS)}))$`, 'u');
/**
 * "- Quản lý nước và bón phân cân đối;" before another bullet: a bullet of lower-case words alone after its opening capital (no
 * name, no code, no number, no comma) joined by "và" describes one thing, a topic or a task. Its "và" is no list's closing
 * "và" ("A, B và C"): the run goes on after it, one bullet each. Only the last bullet's "và" may close the run, and a comma may
 * part two things ("- Thu sai, thu vượt mức"), as a capitalised word after "và" may open a second named thing ("Nhà văn hóa
 * thôn Đông và sân thể thao thôn Đông"): those stay unsure.
 */
function describedOne(item: string): boolean {
  return !/[\d,;]/u.test(item) && AND.test(item) && !/\s["“«]?\p{Lu}/u.test(item) && !OPEN.test(item);
}
/**
 * "Hội thi giáo viên dạy giỏi với 36 giáo viên tham gia, 29 giáo viên đạt giải, đạt 80,6%": one thing named before its first
 * figure (no comma, no "và" there), its commas after it only telling more figures of it (each clause holds a number and
 * opens with no capital, so no second name starts there).
 */
function figuresTold(item: string): boolean {
  const first = item.search(/\d/u);
  if (first <= 0) return false;
  const name = item.slice(0, first);
  if (/,/u.test(name) || AND.test(name)) return false;
  const clauses = item.slice(first).split(',').slice(1);
  return clauses.every((c) => /\d/u.test(c) && !/^\s*\p{Lu}/u.test(c));
}
// "Mô hình cấy máy tại xã Hải Đường, quy mô 25 ha": a name without "và" or a comma, then clauses after ", " that each tell
// one of its figures (its number within the clause's first three words: "quy mô 25 ha", "diện tích 800 m2"), none opening
// with a capital or with the name's own head word ("Giải bóng chuyền, giải kéo co với 12 đội" names a second thing).
const MEASURE_CLAUSE = /^\s*(?:\p{Ll}+\s+){0,2}\d/u;
function measuresTold(item: string): boolean {
  const [name, ...clauses] = item.split(/,\s/u);
  const head = name.trim().split(/\s+/u)[0].toLowerCase();
  return clauses.length > 0 && name.trim() !== '' && !AND.test(name)
    && clauses.every((c) => MEASURE_CLAUSE.test(c) && c.trim().split(/\s+/u)[0].toLowerCase() !== head);
}
/**
 * "– Đã tổ chức 04 lớp tập huấn, gồm:" over "•" bullets, then "– Trong quý, …": a bullet of the head's own marker (not the
 * run's) is the head's next sibling, back at its level, so it closes the run under the head as a paragraph without a
 * marker would; another marker may be a deeper level under the run's last bullet, which leaves the count unsure.
 */
function headSibling(head: Block, next: Block): boolean {
  const own = markerOf(head.text);
  return own !== '' && own !== '1.' && markerOf(next.text) === own;
}
/**
 * Whether every bullet (two at least) opens with the last two or three words of the count's short noun phrase (four words at
 * most, its unit's first word left out: "nội dung thi đua" → "thi đua"), a word more after them: the bullets are the kinds
 * the phrase counts ("- Thi đua hiến đất …"), one each.
 */
function echoesIntro(introWords: string, items: readonly string[]): boolean {
  const words = introWords.trim().toLowerCase().split(/\s+/u);
  if (items.length < 2 || words.length > GROUP_INTRO_WORDS) return false;
  for (let k = 2; k <= Math.min(3, words.length - 1); k++) {
    const tail = words.slice(-k).join(' ');
    if (items.every((item) => { const w = item.split(/\s+/u); return w.length > k && w.slice(0, k).join(' ').toLowerCase() === tail; })) return true;
  }
  return false;
}
// The words of a count of groups and what they group ("nhóm đối tượng", "nhóm hàng hóa chủ yếu") before its colon.
const GROUP_INTRO_WORDS = 4;
// "Nội dung tuyên truyền gồm 04 nội dung:": a "gồm" right before the count announces the bullets as one after it would.
const CONSISTS_BEFORE = new RegExp(String.raw`${edgeAlt(CONSISTS_OF)}\s*:?\s*$`, 'iu');
const CONSISTS_INTRO = new RegExp(String.raw`${edgeAlt(CONSISTS_OF)}\s*:\s*$`, 'iu');
const PERSON_UNIT = new RegExp(String.raw`^(?:${alt(PERSON_NOUNS)})(?![\p{L}])`, 'iu');
const PLURAL_OPENING = new RegExp(String.raw`^(?:${alt(PLURAL_WORDS)})(?![\p{L}])`, 'iu');

// "03 tồn tại, hạn chế sau:", "03 hoạt động kiểm tra, giám sát bếp ăn sau:": the counted noun (up to eight words, commas allowed between them, no number) closed by "sau"
// (the following), or by the words saying they are the main ones ("05 nhiệm vụ trọng tâm:"), and the colon ending the paragraph.
const FOLLOWING_INTRO = new RegExp(String.raw`^(?:,?\s+\p{Ll}[\p{L}-]*){1,8}?\s+(?:${alt(FOLLOWING_WORDS, COUNTED_MAIN_WORDS)})\s*:`, 'u');

/**
 * "Còn 03 tồn tại, hạn chế sau:" over bullets: the paragraph announces the things counted as "the following", so each
 * bullet under it is one of them, whatever words it opens with. Read only for one flat run of bullets sharing a marker that
 * a paragraph without a marker (or a table, or the end) closes: a deeper marker under a bullet makes the count ambiguous.
 */
function followingList(blocks: readonly Block[], block: Block, f: Figure, from: number, to: number, connector: string): Claim | null {
  const items: string[] = [];
  const under: number[] = [];
  let marker: string | null = null;
  let b = block.index + 1;
  for (; b < blocks.length && b <= block.index + 61 && blocks[b].kind !== 'row'; b++) {
    const m: readonly string[] | null = BULLET.exec(blocks[b].text) ?? (marker === null || /\d/u.test(marker) ? numberedItem(blocks[b].text, items.length + 1) : null);
    if (!m || (marker !== null && m[1] !== marker && headSibling(block, blocks[b]))) break;
    if (marker !== null && m[1] !== marker) return null;
    marker = m[1];
    items.push(blocks[b].text.slice(m[0].length).replace(/[\s;.,]+$/u, '').trim());
    under.push(b);
  }
  // A numbered run must be numbered from 1 on; a number further on is another list, or a heading, and leaves the count unsure.
  if (marker !== null && /\d/u.test(marker) && b < blocks.length && numberedItem(blocks[b].text, 0, marker)) return null;
  if (b > block.index + 61 || items.length < 2 || items.some((item) => item === '')) return null;
  return makeClaim({ relation: 'list', whole: f.index, items, open: false, connector, block: block.index, span: subSpan(block, from, to), partBlocks: under });
}

/**
 * "thành lập 04 đoàn kiểm tra … tại các xã, thị trấn:" over "- Đoàn số 1 …", "- Đoàn số 2 …", "- Đoàn số 3 …": bullets that
 * each open with the counted noun and its own number, 1, 2, 3 in order, name one counted thing each, whatever the paragraph
 * says about them before its colon (places, topics, commas) and whatever each bullet tells after its number. One flat run
 * of one marker (deeper bullets under an item are skipped, a paragraph without a marker or the head's own marker ends it);
 * a bullet naming two numbers ("Đoàn số 3 và số 4") or a run out of order is no such list. Only a count with no other count
 * of its noun in its paragraph is read, so "04 đoàn, trong đó 02 đoàn …:" is left alone.
 */
export function extractNumberedBulletLists(blocks: readonly Block[], figuresOf: BlockFigures): Claim[] {
  const out: Claim[] = [];
  for (const block of blocks) {
    if (block.kind === 'row' || !/:\s*$/u.test(block.text)) continue;
    const counts = figuresOf.of(block.index).filter((f) => f.kind === 'count' && f.unit !== null && f.cell === null && f.value >= 2 && f.value <= 60 && /^\p{Ll}/u.test(f.unit));
    const run = ownMarkerRun(blocks, block);
    if (!run || run.items.length < 2) continue;
    const matching = counts.filter((f) => run.items.every((item, k) => numberedOwnItem(item, f.unit!, k + 1)));
    if (matching.length !== 1 || counts.filter((g) => g.unit!.toLowerCase() === matching[0].unit!.toLowerCase()).length !== 1) continue;
    const f = matching[0];
    const [from, to] = localRange(block, f);
    out.push(makeClaim({
      relation: 'list', whole: f.index, items: run.items, open: false, connector: ':',
      block: block.index, span: subSpan(block, from, to), partBlocks: run.under,
    }));
  }
  return out;
}

// The items of the bullets of one marker under `head`, deeper bullets between them skipped; null when none follows.
function ownMarkerRun(blocks: readonly Block[], head: Block): { items: string[]; under: number[] } | null {
  const own = markerOf(head.text);
  const items: string[] = [];
  const under: number[] = [];
  let marker: string | null = null;
  for (let b = head.index + 1; b < blocks.length && b <= head.index + 121 && blocks[b].kind === 'paragraph'; b++) {
    const m = markerOf(blocks[b].text);
    if (!m || (own !== '' && m === own)) break;
    if (marker === null) marker = m;
    if (m !== marker) continue;
    const bullet = MARKER_OPENING.exec(blocks[b].text);
    items.push(blocks[b].text.slice(bullet ? bullet[0].length : 0).replace(/[\s;.,]+$/u, '').trim());
    under.push(b);
  }
  return marker === null ? null : { items, under };
}
const MARKER_OPENING = new RegExp(String.raw`^\s*(?:[${BULLET_CHARS}]|\(\s*[\p{L}\d]{1,3}\s*\)|[a-zđ]\)|\d{1,2}[.)](?=\s))\s*`, 'u');

// "Đoàn số 1 do …", "Tổ 2: …": the counted noun's words (its first word at least), "số" maybe, then `ordinal` alone (not a
// run "số 3 và số 4", "3, 4", "3-4", nor the start of a longer number).
function numberedOwnItem(item: string, unit: string, ordinal: number): boolean {
  const words = item.split(/\s+/u);
  const noun = unit.toLowerCase().split(/\s+/u);
  let k = 0;
  while (k < noun.length && words[k]?.toLowerCase() === noun[k]) k++;
  if (k === 0) return false;
  if (words[k]?.toLowerCase() === 'số') k++;
  const m = /^(\d{1,2})(?=$|[\s:;,.)])/u.exec(words.slice(k).join(' '));
  if (!m || Number(m[1]) !== ordinal) return false;
  return !ANOTHER_NUMBER.test(words.slice(k).join(' ').slice(m[1].length));
}
const ANOTHER_NUMBER = new RegExp(String.raw`^\s*(?:[,;/&+\-–]|(?:${alt(AND_OR_WORDS)})(?![\p{L}]))\s*(?:\p{L}+\s+){0,2}\d`, 'iu');

// A numbered item: "(1) …", "1. …", "1) …", its number and a space before its text.
const NUMBERED_ITEM = /^\s*(\(\d{1,2}\)|\d{1,2}[.)])\s+(?=\S)/u;

/**
 * The item numbered `ordinal` ("(3) Hoàn thành …" as the third), as a bullet's match: its marker's shape ("(1)", "1.", "1)")
 * in place of the bullet, so a run keeps one shape; any number when `ordinal` is 0 and `shape` is given (a stray number
 * of that shape). Null for another number: a run numbered out of order is no list of the count's items.
 */
function numberedItem(text: string, ordinal: number, shape?: string): [string, string] | null {
  const m = NUMBERED_ITEM.exec(text);
  if (!m) return null;
  const form = m[1].replace(/\d+/u, '1');
  if (shape !== undefined) return form === shape ? [m[0], form] : null;
  return Number(/\d+/u.exec(m[1])![0]) === ordinal ? [m[0], form] : null;
}

/** List claims of footnotes "³ Gồm: A, B, C." whose mark follows one count in an earlier block. */
export function extractFootnoteLists(blocks: readonly Block[], figuresOf: BlockFigures): Claim[] {
  const out: Claim[] = [];
  for (const note of blocks) {
    const m = FOOTNOTE.exec(note.text);
    if (!m) continue;
    const ref = findReference(blocks, note.index, m[1], figuresOf);
    const list = ref && readList(m[3]);
    if (!list || !ref) continue;
    const [from, to] = localRange(blocks[ref.block], ref);
    out.push(makeClaim({
      relation: 'list', whole: ref.index, items: list.items, open: list.open, connector: m[2],
      block: ref.block, span: subSpan(blocks[ref.block], from, to), partBlocks: [note.index],
    }));
  }
  return out;
}

// The one count with a unit in the clause the footnote mark closes.
function findReference(blocks: readonly Block[], before: number, mark: string, figuresOf: BlockFigures): Figure | null {
  const re = new RegExp(`(?<![${SUPERSCRIPT}])${mark}(?![${SUPERSCRIPT}])`, 'u');
  for (let b = before - 1; b >= 0; b--) {
    const block = blocks[b];
    if (FOOTNOTE.test(block.text) || new RegExp(`^\\s*[${SUPERSCRIPT}]`, 'u').test(block.text)) continue;
    const m = re.exec(block.text);
    if (!m) continue;
    const start = Math.max(...[';', ':', '. '].map((s) => block.text.lastIndexOf(s, m.index)), 0);
    const counts = figuresOf.of(b).filter((f) => f.kind === 'count' && f.unit !== null && localRange(block, f)[0] >= start && localRange(block, f)[1] <= m.index);
    return counts.length === 1 ? counts[0] : null;
  }
  return null;
}

// Where a list ends: its sentence's or clause's end (its bracket's). A list of names runs at most LIST_MAX characters
// (60 names of a few words each): with no end that near, what follows is no list, and the search stops there instead
// of running on to the end of a long line from every count.
const LIST_MAX = 8000;
function listEnd(text: string, from: number, inParens: boolean): number | null {
  const window = text.slice(from, from + LIST_MAX + 1);
  // "gồm: A; B; C." — names separated by semicolons: a first name with no comma or "và" before its ";" opens
  // such a list, which then runs to the sentence's end.
  const semicolons = !inParens && semicolonList(window);
  const re = inParens ? /[.;!?)]/u : semicolons ? PERIOD_END : PERIOD_OR_SEMICOLON_END;
  const m = re.exec(window);
  if (m && m.index < LIST_MAX) return from + m.index;
  if (from + window.length >= text.length) return m ? from + m.index : text.length;
  return null;
}

// A period ends the sentence, unless it closes a person's initial ("Lê Văn T.") and the list goes on after it ("Lê Văn T. (thôn
// A), Hà Thị M."): a bracket, a comma or "và" next.
const INITIAL_GOES_ON = String.raw`(?<=(?:^|\s)\p{Lu}\.)(?=\s*(?:\(|,|và\s))`;
const PERIOD_END = new RegExp(String.raw`\.(?=\s|$)(?!${INITIAL_GOES_ON})|[!?]`, 'u');
const PERIOD_OR_SEMICOLON_END = new RegExp(String.raw`\.(?=\s|$)(?!${INITIAL_GOES_ON})|[;!?]`, 'u');

// "gồm: A; B; C." — names separated by semicolons: a first name with no comma or "và" before its ";" opens such a list, and
// so does a person with a post after a comma ("đồng chí A, Phó Chủ tịch UBND xã; đồng chí B, …").
function semicolonList(text: string): boolean {
  // A bracket of its own may follow the first name ("Lễ hội Xuân (tháng 2); Hội thi …").
  const semi = /^(?:[^,;:.!?()]|\([^():;]*\))*;/u.exec(text);
  if (semi !== null && !AND.test(semi[0])) return true;
  const person = /^([^,;:.!?()]*),([^,;:.!?()]*);/u.exec(text);
  return person !== null && HONORIFIC.test(person[1].trim()) && POST.test(person[2].trim());
}
const HONORIFIC = new RegExp(String.raw`^(?:${altInitialCase(PERSON_HONORIFICS)})\s+\p{Lu}`, 'u');
const POST = new RegExp(String.raw`^(?:${alt(POST_TITLE_WORDS)})(?![\p{L}])`, 'iu');

// "hộ ông Lê Văn A, thôn 3 và hộ bà Trần Thị B, khu phố Đông": a place right after a person's name and a comma (a place kind, then
// a number or a capitalised name, and the list's next separator) is where that person lives, no name of its own.
const PERSON_NAME = String.raw`(?<![\p{L}])(?:(?:${altInitialCase(HOUSEHOLD_OF_WORDS)})\s+)?(?:${altInitialCase(PERSON_HONORIFICS)})\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,4}`;
const PERSON_ADDRESS = new RegExp(String.raw`(${PERSON_NAME})\s*,\s*(?:${alt(PLACE_KIND_WORDS)})\s+(?:\d{1,3}[A-Z]?|\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})(?=\s*(?:[,;]|$)|\s+(?:${alt(PART_SEPARATOR_WORDS)})\s)`, 'gu');
const withoutAddresses = (body: string) => body.replace(PERSON_ADDRESS, '$1');

// "ông A, Chủ tịch Hội Nông dân, bà B": a post right after a person's name is that person's apposition, no name of its own.
function joinPosts(items: string[]): string[] {
  const out: string[] = [];
  let person = false;
  for (const item of items) {
    if (person && POST.test(item) && !HONORIFIC.test(item)) { person = false; continue; }
    person = HONORIFIC.test(item);
    out.push(item);
  }
  return out;
}
const SEMI = /\s*;\s*/u;
const SITE_NUMBERED = new RegExp(String.raw`(?<![\p{L}])(?:${altInitialCase(NUMBERED_SITE_KINDS)})\s+\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*\s+[1-9](?![\p{L}\d]|[.,]\d)`, 'gu');
const NAME_THEN_DIGIT = /\p{Lu}\p{Ll}*\s[1-9](?![\p{L}\d]|[.,]\d)/u;
// Codes of capitals and digits ("kênh N3", "K12+300", "CP 511") are CODE_NAME's (claims-kinds.ts).
// Titles in quotes: straight, curly or angle ("«Pháp luật và đời sống»").
const QUOTED_NAME = /["“«]([^"“”«»]+)["”»]/gu;
const QUOTED_LIST = new RegExp(String.raw`^["“«][^"“”«»]+["”»](?:\s*(?:[,;]|(?:[,;]\s*)?(?:${alt(PART_SEPARATOR_WORDS)}))\s*["“«][^"“”«»]+["”»])+$`, 'u');
// "03 mô hình: "Camera an ninh" thôn Đông, "Tổ liên gia" thôn Trung và "Dòng họ an toàn" thôn Hậu": each title may be followed by the
// place it is at, a place kind and a proper name ("thôn Đông"); one title is still one name. Other words between titles ("ở thôn
// Đông") leave the plain reading of commas to decide.
const QUOTED_TAIL = String.raw`(?:\s+(?:${alt(PLACE_KIND_WORDS)})\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2})?`;
const QUOTED_PLACED_LIST = new RegExp(String.raw`^["“«][^"“”«»]+["”»]${QUOTED_TAIL}(?:\s*(?:[,;]|(?:[,;]\s*)?(?:${alt(PART_SEPARATOR_WORDS)}))\s*["“«][^"“”«»]+["”»]${QUOTED_TAIL})+$`, 'u');
const AND_OPENING = new RegExp(String.raw`^(?:${alt(PART_SEPARATOR_WORDS)})\s+`, 'u');
// Names a semicolon list may hold: longer (a criterion's or a task's full name), commas and "và" inside.
const SEMI_NAME_WORDS = 14;
// A described item between semicolons may say what is done for whom ("hỗ trợ quân nhân hoàn thành nghĩa vụ trở về địa phương
// học nghề, tìm việc làm": 17 syllables); the semicolons running to the sentence's end, no number and no clause word, bound it.
const DESCRIBED_ITEM_WORDS = 18;

/**
 * The names of a list, or null when the text is not a plain list of names.
 * Commas always separate; "và" separates only in the last item ("A, B và C"). In a list separated by semicolons
 * ("Quy hoạch; Thủy lợi và phòng, chống thiên tai; …"), only ";" separates; "và" in its last item does too,
 * unless an earlier name holds a "và" of its own (the list's names join words with it).
 * A name holds a capital ("Mỹ An"), or, given the counted noun, opens with it ("tổ y tế, tổ an ninh").
 */
function readList(raw: string, noun?: string, bySemicolon = false, kinds: readonly string[] = []): { items: string[]; open: boolean; shorter?: string[]; byPlace?: number } | null {
  const body = withoutAddresses(raw.replace(/\([^)]*\)/gu, ' ').replace(/[.\s]+$/u, '').trim());
  if (!body || body.includes(':')) return null;
  // "04 mô hình: "Ngày thứ Bảy vì dân", "Trả kết quả tại nhà" và "…"": names in quotes are titles, however long, and
  // their commas and "và" are their own; the quotes alone tell the names apart.
  if (QUOTED_LIST.test(body) || QUOTED_PLACED_LIST.test(body)) {
    const titles = [...body.matchAll(QUOTED_NAME)].map((m) => m[1].trim());
    return titles.length >= 2 && titles.every((t) => /\p{L}/u.test(t) && t.split(/\s+/u).length <= SEMI_NAME_WORDS) ? { items: titles, open: OPEN.test(body) } : null;
  }
  const pieces = body.replace(/…|\.\.\.|v\.?v\.?/giu, '').split(bySemicolon ? SEMI : COMMA).map((s) => s.trim().replace(bySemicolon ? AND_OPENING : /^$/u, '')).filter((s) => /\p{L}/u.test(s));
  if (bySemicolon && pieces.length) pieces[pieces.length - 1] = withoutTrailingClause(pieces[pieces.length - 1]);
  const split = bySemicolon ? pieces : joinPosts(pieces);
  // "tại 04 thôn: Đông Hòa, Tây Hòa và Nam Hòa, còn một số khoản …": "và" joins the last name; a clause after it (in lower
  // case) is the sentence going on, not more names.
  const closed = bySemicolon ? -1 : split.findIndex((s, k) => k >= 1 && k < split.length - 1 && splitLast(s).length === 2 && /^\p{Ll}/u.test(split[k + 1]));
  const whole = closed < 0 ? split : split.slice(0, closed + 1);
  const open = OPEN.test(closed < 0 ? body : whole.join(', '));
  const last = whole.length ? whole[whole.length - 1] : '';
  const joined = bySemicolon && whole.slice(0, -1).some((s) => AND.test(s));
  // "Kè sông Bưởi (65,0%), Trường Mầm non Thành Minh (60,0%) và Đường vào khu sản xuất xã Thành Long (45,0%)": a bracket of
  // its own closing every name marks where each ends (a "và" after one too), so a name may run as long as a semicolon list's.
  const closedNames = bySemicolon || closed >= 0 ? null : bracketClosedNames(raw);
  // "…; diễn tập phòng chống thiên tai và tìm kiếm cứu nạn": in a list of the kinds its intro named, a "và" whose second half
  // opens with no such kind (nor a capital) joins words inside the last item, not two items.
  const halves = joined ? [last] : splitLast(last);
  // "Giáo dục; Y tế; Môi trường và an toàn thực phẩm": so does one whose second half alone opens in lower case among items
  // that all open with a capital: a name of the list would be capitalised as its siblings are.
  const capitalised = (t: string) => /^\p{Lu}/u.test(t);
  const lowerTail = halves.length === 2 && !capitalised(halves[1]) && !CLASSIFIED_NAME.test(halves[1]) && [...whole.slice(0, -1), halves[0]].every(capitalised);
  const inner = bySemicolon && halves.length === 2 && ((kinds.some((n) => namesNoun(halves[0], n)) && !kinds.some((n) => namesNoun(halves[1], n)) && !capitalised(halves[1])) || lowerTail);
  const items = closedNames ?? [...whole.slice(0, -1), ...(inner ? [last] : halves)];
  if (items.length < 2) return null;
  // "03 tuyến đường: Điện Biên Phủ, Hà Huy Tập, Lê Độ và khu vực chợ X": after bare proper names, a "và" whose second half opens
  // with a common noun of its own may join another noun phrase to the list's sentence, not one more name: both readings are kept.
  // "… Quốc lộ 55 và đường Lý Thường Kiệt": a second half that is a classifier and a proper name is one more name.
  const shorter = !bySemicolon && closedNames === null && !inner && halves.length === 2 && /^\p{Ll}/u.test(halves[1]) && !CLASSIFIED_NAME.test(halves[1])
    && [...whole.slice(0, -1), halves[0]].every((s) => /^\p{Lu}/u.test(s)) ? [...whole.slice(0, -1), halves[0]] : null;
  // A body's full name runs longer ("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện"); a dash is no word.
  const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;
  const long = bySemicolon || closedNames !== null;
  // "nhà văn hóa tổ dân phố 5": a numbered name inside an item ("tổ dân phố 5", "số 3") names it as a capital does.
  // A code of capitals and digits ("kênh N3", "tuyến ĐT741") is a name's own, as a capital is.
  // "khu tái định cư Hòa Minh 2": a site's two-word name numbered among its namesakes, when no other item carries a number
  // after a capital ("thôn Đông Hòa 5, thôn Tây Hòa 3" gives figures by place), as the figure reader reads it.
  const lone = items.filter((s) => NAME_THEN_DIGIT.test(s)).length === 1;
  const numbered = (s: string) => (lone ? s.replace(SITE_NUMBERED, ' ') : s).replace(NUMBERED_IN, ' ').replace(NAME_OWN_NUMBER, ' ').replace(/(?<![\p{L}])số \d{1,3}(?!\d)/giu, '').replace(CODE_NAME, ' ');
  // "Hội chợ xúc tiến thương mại vùng Bắc Trung Bộ, …": where every item opens with a capital, one closed by a comma is a
  // title, and may run as long as a semicolon list's names; the last may run on into the sentence ("… và Viettel triển khai …").
  const titled = items.every((s) => /^\p{Lu}/u.test(s));
  // "mỏ cát sỏi lòng sông Lô tại xã Đức Bác": a thing of the counted noun's kind (its head word first) described by where it is
  // runs as long as a semicolon list's names (namesHead).
  const headed = (s: string) => noun !== undefined && (namesHead(s, noun) || (namesNoun(s, noun) && /\s\p{Lu}/u.test(s)));
  const isName = (s: string, bare: string, last = false) => {
    if (!(words(s) <= (BODY.test(s) || long || (titled && !last) || headed(s) ? SEMI_NAME_WORDS : 8))) return false;
    if (NUMBERED.test(s)) return true;
    // Its numbered names taken out once (five passes over the item), asked twice below.
    const renamed = numbered(bare);
    return !/\d/.test(renamed.replace(NAMED_YEAR, ' ')) && (/(?:^|\s)\p{Lu}/u.test(s) || renamed !== bare || (noun !== undefined && namesNoun(s, noun)) || kinds.some((n) => namesNoun(s, n)));
  };
  // "gạo nếp cái hoa vàng, mật ong Hòa Bình, miến dong Thượng Sơn": a first item in lower case before two names or more that
  // each carry a capital is one of them described by its kind (a product, a site), no clause: it opens the list, words only.
  const plainFirst = (s: string, k: number, list: string[]) => k === 0 && list.length >= 3 && !/\d/u.test(s) && words(s) <= FIRST_WORDS && /^\p{Ll}/u.test(s);
  const allNames = (list: string[]) => {
    const bare = siblingStems(list);
    const named = list.map((s, k) => isName(s, bare[k], k === list.length - 1));
    return named.every((ok, k) => ok || (plainFirst(list[k], k, list) && named.slice(1).every(Boolean) && list.slice(1).every((t) => /\p{Lu}/u.test(t))));
  };
  if (allNames(items)) return shorter ? { items, open, shorter } : { items, open };
  const byPlace = bySemicolon ? null : placeFigures(items);
  if (byPlace !== null) return { items, open, byPlace };
  // "… : thôn A, thôn B và thôn C, với tổng diện tích 120 ha": the "và" before the last name closes the list; a
  // lower-case clause after it describes the named things (never read when the full reading already holds names only).
  const closing = bySemicolon ? -1 : whole.findIndex((seg, k) => k < whole.length - 1 && splitLast(seg).length === 2);
  if (closing < 0 || !/^\p{Ll}/u.test(whole[closing + 1])) return null;
  const named = [...whole.slice(0, closing), ...splitLast(whole[closing])];
  return allNames(named) ? { items: named, open: OPEN.test(whole.slice(0, closing + 1).join(', ')) } : null;
}

const parenthesised = insideBrackets;

/**
 * "04 khu vực mỏ cát gồm: Đại Hồng 3, Đại Lãnh 1 và Đại Sơn 2": proper names, each closed by one digit, read two ways: names
 * numbered among their namesakes (one thing each), or places each with its figure of the counted things ("05 hộ: Tân An 3,
 * Tân Bình 2"). The sum of the digits under the second reading, or null when an item is no proper name and one digit (a
 * classifier may open it: "thôn Đông Hòa 5"). A count agreeing with either reading says nothing; one agreeing with neither
 * names more or fewer things than it says, whichever reading holds.
 */
function placeFigures(items: readonly string[]): number | null {
  const digits = items.map((item) => PLACE_FIGURE.exec(item)?.[1]);
  return items.length >= 2 && digits.every((d) => d !== undefined) ? digits.reduce((sum, d) => sum + Number(d), 0) : null;
}
const PLACE_FIGURE = /^(?:\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}\s([1-9])$/u;

// "Hội chợ OCOP tỉnh năm 2026", "Lễ hội Đền Hùng năm 2025": the year of an event's edition is part of its name, no count;
// it names nothing by itself (a capital, or a numbered place, must still tell a name).
const NAMED_YEAR = /(?<![\p{L}])năm (?:19|20)\d\d(?!\d)/giu;
// A day and month with no year ("30/4", "2/9"; no counted noun after it, "2/9 xã" is a fraction), or a month by its number
// ("tháng 6"): when an item of a list is held.
const NAMED_DAY = new RegExp(String.raw`(?<![\d/.,])(?:[1-9]|[012]\d|3[01])\s?/\s?(?:[1-9]|0[1-9]|1[0-2])(?![\d/.,]|\s?%|\s+\p{Ll})|${edgeAlt(MONTH_WORDS)}\s+(?:[1-9]|1[0-2])(?![\d/.,])`, 'giu');

// The one-digit number closing a name after a capitalised word ("… Hòa Tiến 2").
const SIBLING_NUMBER = /(?<=\s\p{Lu}\p{Ll}*)\s[1-9]$/u;

/**
 * Each name without the number that tells it from a sibling of the same name ("HTX Dịch vụ Hòa Tiến 1, HTX Dịch vụ Hòa
 * Tiến 2 và …"): the same words, then one digit, in two names of the list at least. Other names are kept whole, so a place
 * with its own figure ("Hòa Khánh 5, Hòa Minh 3") still holds a number and is no plain name.
 */
function siblingStems(names: string[]): string[] {
  const stems = names.map((s) => (SIBLING_NUMBER.test(s) ? s.replace(SIBLING_NUMBER, '') : null));
  return names.map((s, k) => (stems[k] !== null && stems.some((t, j) => j !== k && t === stems[k]) ? stems[k]! : s));
}

// The names of "A (65,0%), B (60,0%) và C (45,0%)" when a bracket of its own closes every one of them, else null.
const CLOSED_NAME = /^[^\u0001]*\p{L}[^\u0001]*\u0001$/u;
function bracketClosedNames(raw: string): string[] | null {
  const marked = raw.replace(/\([^()]*\)/gu, '\u0001').replace(/[.\s]+$/u, '').trim();
  const pieces = marked.split(COMMA).flatMap((piece, k, all) => (k === all.length - 1 ? piece.split(AND) : [piece])).map((p) => p.trim());
  return pieces.length >= 2 && pieces.every((p) => CLOSED_NAME.test(p)) ? pieces.map((p) => p.replace('\u0001', '').trim()) : null;
}

// Bodies whose names join two fields with "và": "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa và Thể thao".
const BODY = new RegExp(String.raw`^(?!(?:${altInitialCase(BODY_WORD_COMPOUNDS)})(?![\p{L}]))(?:${alt(BODY_NAME_WORDS)})(?![\p{L}])`, 'u');
const NEW_NAME = new RegExp(String.raw`^(?:${alt(BODY_NAME_WORDS, NEW_NAME_WORDS)})(?![\p{L}])`, 'iu');
// "… Hội Cựu chiến binh và Đoàn Thanh niên": a body's head after "và" opens a second body, never a field of the first.
const NEW_BODY = new RegExp(String.raw`^(?:${alt(NEW_BODY_WORDS)})(?![\p{L}])`, 'u');

// A field's name joining two words with "và" ("lao động - thương binh và xã hội").
const FIELD_AND_NAME = wordsRe(FIELD_AND_NAMES);

// "B và C" is two names, unless it is one body's name ("Phòng Văn hóa và Thông tin") or one field's.
function splitLast(item: string): string[] {
  const pieces = item.split(AND);
  if (pieces.length === 2 && ((BODY.test(pieces[0]) && !NEW_NAME.test(pieces[1]) && !NEW_BODY.test(pieces[1])) || FIELD_AND_NAME.test(item))) return [item];
  return pieces;
}
