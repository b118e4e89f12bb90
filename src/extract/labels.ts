/**
 * Units and labels of figures: what a number counts ("hồ sơ", "máy tính", "%")
 * and the phrase it quantifies ("Đăng ký khai sinh", "Tỷ lệ văn bản … ký số").
 *
 * Units: a known two-word noun ("hồ sơ", "trường hợp") wins; then a known
 * one-word classifier ("người", "trạm"); then up to two lowercase words that are
 * not function words; an acronym or unit symbol ("TTHC", "km", "MHz") stands alone.
 * A "/"-suffix is kept as part of a rate ("bài/tháng", "đồng/người/tháng").
 */
import type { Figure } from '../model/index.js';
import {
  alt, APPLICATION_UNITS, APPLICATION_VERBS, AS_FOLLOWS, BULLET_CHARS, CLASSIFIED_NOUNS, COMPOUND_NOUNS, CONSISTS_OF, LABEL_CONNECTORS, LABEL_END_VERBS, LABEL_HEAD_WORDS,
  LABEL_START_WORDS, NOUN_CLASSIFIERS, MEMBER_GROUP_NOUNS, OF_WHICH, PERSON_NOUNS, RATE_WORDS, ROLE_SUFFIXES, SEGMENT_OPENERS, SEX_WORDS, SPECIFICALLY, spellings,
  UNIT_CLASSIFIERS, UNIT_STOP_WORDS, COUNTED_NOUNS, PER_TIME_COMPOUNDS, DISEASE_CASE_UNITS, PERSON_ROLE_SUFFIX, GENERIC_MEMBER_NOUNS, MEASURE_UNITS, CURRENCY_WORDS, NUMBER_SCALE_WORDS, SUBUNIT_KINDS, PLAN_BASES,
} from '../text/lexicon.js';
import { flatPowers } from '../text/normalize.js';

// Function words that end a unit or a noun phrase: verbs of reporting, prepositions, conjunctions.
const STOP = new Set(UNIT_STOP_WORDS.flatMap(spellings));

// Nouns of two or three words that are one unit.
const COMPOUNDS = new Set(COMPOUND_NOUNS.flatMap(spellings));

// One-word classifiers and counted nouns that need no second word.
const CLASSIFIERS = new Set(UNIT_CLASSIFIERS.flatMap(spellings));

// "tổ trưởng", "xã viên": a group noun and a role in it, one person (lexicon ROLE_SUFFIXES).
const ROLES: ReadonlySet<string> = new Set(ROLE_SUFFIXES);
const GROUPS = new Set<string>([...UNIT_CLASSIFIERS, ...MEMBER_GROUP_NOUNS].flatMap(spellings));

/** True when a unit is a role in a group ("tổ trưởng", "tổ viên", "ấp trưởng"): it counts people, not the groups. */
export function isRoleNoun(unit: string | null): boolean {
  // Most units are one word: no split for them.
  if (unit === null || !/\S\s+\S/u.test(unit)) return false;
  const w = unit?.toLowerCase().trim().split(/\s+/u) ?? [];
  return w.length === 2 && GROUPS.has(w[0]) && ROLES.has(w[1]);
}

// Acronyms and unit symbols that are a unit on their own: "TTHC", "CBCC", "MHz", "km", "Mbps", "W".
// A metric length raised to a power is one symbol whether the power is typed flat or raised: "m2", "m³", "km²", "dm3".
const SYMBOL = /^(?:\p{Lu}{2,6}|[kKMGT]?(?:Hz|W|Wh|B|b|bps|bs)|km|[kdc]?m[23²³]|ha|kg|MHz|Mbps|Mbs)$/u;
// A word, or a metric length symbol with its raised power ("m²", "km³": a superscript after any other word is a
// footnote mark, "đạt³").
const WORD = /^(?:[kdc]?m[²³](?![\p{L}\d])|[\p{L}][\p{L}\d]*)/u;

// A rate's "/"-suffix: "/tháng", "/100.000 dân", "/người/tháng", "/km²", "/ngày đêm" (a span of time of two words, also
// written "ngày.đêm" or "ngày-đêm").
const PER_WORD = String.raw`(?:${PER_TIME_COMPOUNDS.map((c) => c.split(' ').join('[\\s.-]')).join('|')}|[kdc]?m[²³]|[\p{L}]+)(?![\p{L}])`;
// "ngày.đêm", "ngày-đêm": the written joiner of a two-word span of time, read as the space of "ngày đêm".
const PER_TIME_JOINED = new RegExp(`(?<=\\/\\s?)(?:${PER_TIME_COMPOUNDS.map((c) => c.split(' ').join('[.-]')).join('|')})`, 'gu');
const PER = String.raw`\s?\/\s?(?:\d{1,3}(?:[.,\u00a0 ]\d{3})+\s|\d+\s)?${PER_WORD}(?:\s?\/\s?${PER_WORD})*`;
const PER_TAIL = new RegExp(`^${PER}`, 'u');
// Up to three lower-case words finishing the noun, then the suffix: " trai/100 trẻ gái" after "trẻ", " kinh doanh/1.000 dân"
// after "hộ" (as many as a fraction's middle unit, read-figures.ts FRACTION_TAIL).
const QUALIFIED_PER = new RegExp(String.raw`^((?:\s\p{Ll}+){1,3})${PER}`, 'u');
// "2 650 ha/kế hoạch 2 700 ha", "15 hộ/KH 20 hộ": a result written against its plan; the "/" sets two values side by side,
// and the first is of the noun alone, no rate per anything.
const AGAINST_PLAN = new RegExp(String.raw`^\/\s?(?:${alt(PLAN_BASES)})(?![\p{L}])`, 'iu');

/** The unit written right after a number ending at `from`, and where it ends; null when none. */
export function findUnit(text: string, from: number): { unit: string; start: number; end: number } | null {
  const words = nextWords(text, from, 3);
  if (words.length === 0) return null;
  const [w1, w2, w3] = words;
  let taken: typeof words;
  if (w1.gap > 1) return null;
  if (SYMBOL.test(w1.word)) taken = [w1];
  else {
    // Each word lower-cased once (the tests below ask for them again and again); a word holds no space, so two words
    // joined by one are a two-word unit as `isRoleNoun` splits it.
    const [l1, l2, l3] = words.map((w) => w.word.toLowerCase());
    if (!isLowerish(w1.word)) return null;
    // A known compound noun is one whatever its first word ("bị can": "bị" alone is the passive's function word).
    else if (w3 && COMPOUNDS.has(`${l1} ${l2} ${l3}`)) taken = [w1, w2, w3];
    else if (w2 && COMPOUNDS.has(`${l1} ${l2}`)) taken = [w1, w2];
    else if (STOP.has(l1)) return null;
    else if (w2 && GROUPS.has(l1) && ROLES.has(l2) && /^\p{Ll}/u.test(w2.word)) taken = [w1, w2];
    // "126 hòa giải viên": two lower-case syllables and the person suffix are one noun, never "hòa giải" cut short.
    else if (w3 && l3 === PERSON_ROLE_SUFFIX && roleStem(w1.word, w2.word)) taken = [w1, w2, w3];
    else if (CLASSIFIERS.has(l1) || !w2 || !/^\p{Ll}/u.test(w2.word) || STOP.has(l2)) taken = [w1];
    else taken = [w1, w2];
  }
  const last = taken[taken.length - 1];
  let end = last.end;
  // "112 trẻ trai/100 trẻ gái": words that finish the noun may sit between it and the "/" (no function word: "người và/hoặc");
  // the rate is still per something.
  const qualified = QUALIFIED_PER.exec(text.slice(end, end + 60));
  const per = PER_TAIL.exec(text.slice(end, end + 40)) ?? (qualified && qualified[1].trim().split(/\s+/u).every((w) => !STOP.has(w)) ? qualified : null);
  if (per && !AGAINST_PLAN.test(text.slice(end + per[0].indexOf('/'), end + per[0].length + 12))) end += per[0].length;
  // "m³" and "m3" are one unit: the raised power is read flat (flatPowers), as the lexicon writes it.
  return { unit: flatPowers(text.slice(taken[0].start, end).replace(/\s+/g, ' ')).replace(PER_TIME_JOINED, (m) => m.replace(/[.-]/u, ' ')), start: taken[0].start, end };
}

// The two syllables before the person suffix: lower-case words, no function word, the first no classifier ("vỉ thuốc
// viên" counts packs of pills).
const roleStem = (a: string, b: string) => [a, b].every((w) => /^\p{Ll}+$/u.test(w) && !STOP.has(w)) && !CLASSIFIERS.has(a) && !COUNTED_WORDS.has(a);
const COUNTED_WORDS = new Set(COUNTED_NOUNS.filter((n) => !n.includes(' ')).flatMap(spellings));

/**
 * "58 gói thầu, gồm 31 gói tư vấn, 22 gói xây lắp": two units read as a counted noun of one word and the next word of
 * what kind (findUnit's two lower-case words, neither a compound noun of its own: "hộ cận nghèo" is one), the same noun
 * first — each counts that noun, of one kind or another. Never a compound ("đơn thư" against "đơn khiếu").
 */
export function sameCountedHead(a: string, b: string): boolean {
  const x = a.toLowerCase().trim().split(/\s+/u);
  const y = b.toLowerCase().trim().split(/\s+/u);
  if (x.length !== 2 || y.length !== 2 || x[0] !== y[0] || !COUNTED_WORDS.has(x[0]) || CLASSIFIERS.has(x[0])) return false;
  return [x, y].every((w) => !COMPOUNDS.has(w.join(' ')) && !COUNTED_PHRASES.has(w.join(' ')));
}
const COUNTED_PHRASES = new Set(COUNTED_NOUNS.filter((n) => n.includes(' ')).flatMap(spellings));

interface Word { word: string; start: number; end: number; gap: number }

// Up to n words after `from`, stopping at punctuation (a comma is allowed only between compound words).
function nextWords(text: string, from: number, n: number): Word[] {
  const out: Word[] = [];
  let i = from;
  while (out.length < n) {
    let j = i;
    while (j < text.length && text[j] === ' ') j++;
    const m = WORD.exec(text.slice(j, j + 30));
    if (!m) break;
    out.push({ word: m[0], start: j, end: j + m[0].length, gap: j - i });
    i = j + m[0].length;
  }
  return out;
}

function isLowerish(word: string): boolean {
  return /^\p{Ll}/u.test(word) || /^\p{Lu}\p{Ll}*$/u.test(word);
}

// Markers opening a list item: "-", "+", "•", "(5)", "a)", "1.", "2.1.", "I.".
const MARKERS = new RegExp(String.raw`^(?:[\s${BULLET_CHARS}]+|\(\s*[\p{L}\d]{1,3}\s*\)\s*|[a-zđ]\)\s*|\d{1,2}(?:\.\d{1,2})*[.)]\s+|[IVXLC]+\.\s+)+`, 'u');
// Words that join a label to its figure and are not part of the label ("… đạt tỷ lệ", "… là", "tổng số").
const CONNECTOR = new RegExp(String.raw`(?:^|\s)(?:${alt(LABEL_CONNECTORS)})$`, 'iu');
const EMPTY_LABELS = new RegExp(
  String.raw`^(?:${alt(OF_WHICH, CONSISTS_OF)}|(?:${alt(SPECIFICALLY)})(?: (?:${alt(AS_FOLLOWS)}))?|${alt(AS_FOLLOWS)})$`,
  'iu',
);
const TRAIL = /[\s.,;:!?…=(–-]+$/u;

/** A label as written, without list markers or trailing connectors; null when nothing is left. */
export function cleanLabel(raw: string): string | null {
  let s = raw.replace(/^[\s),.;:]+/u, '').replace(MARKERS, '').replace(TRAIL, '');
  for (let k = 0; k < 4; k++) {
    const t = s.replace(CONNECTOR, '').replace(TRAIL, '');
    if (t === s) break;
    s = t;
  }
  s = s.trim();
  if (!/\p{L}{2}/u.test(s) || EMPTY_LABELS.test(s)) return null;
  return s;
}

// Where a clause starts, scanning back: ";", ":", a sentence end, or an unmatched "(".
const MAX_BACK = 240;

/** Start of the clause that holds position `at`, never before `floor`. */
export function clauseStart(text: string, at: number, floor: number): number {
  const lower = Math.max(floor, at - MAX_BACK);
  let depth = 0;
  for (let i = at - 1; i >= lower; i--) {
    const c = text[i];
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth === 0) return i + 1;
      depth--;
    } else if (c === ';' || c === '!' || c === '?' || c === '\t') return i + 1;
    // A colon between digits ("QCVN 01-1:2018", "ISO 9001:2015", "14:30") is part of a code or a time, not a clause break.
    else if (c === ':' && i < at - 1 && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) return i + 1;
    else if (c === '.' && /\s/.test(text[i + 1] ?? '') && (!/\d/.test(text[i - 1] ?? '') || /^\s+\p{Lu}/u.test(text.slice(i + 1, i + 4)))) return i + 1;
  }
  return lower;
}

const HEAD = new RegExp(String.raw`(?:^|[\s(])((?:${alt(RATE_WORDS, LABEL_HEAD_WORDS)})\s|^(?:${alt(LABEL_START_WORDS)})\s)`, 'iu');
const LABEL_END = new RegExp(String.raw`\s(?:${alt(LABEL_END_VERBS)})\s`, 'iu');
const SEGMENT_OPENER = new RegExp(String.raw`^(?:${alt(SEGMENT_OPENERS)})\s+`, 'iu');

/**
 * The label of a figure at [start, end): the text before a colon ("X: 18"), a
 * "Tỷ lệ …"/"Số …" phrase before it, else the noun phrase after it ("có 34 trạm BTS").
 */
export function findLabel(text: string, start: number, end: number, floor: number): string | null {
  const colon = /:\s*$/.exec(text.slice(floor, start));
  if (colon) {
    const to = floor + colon.index;
    // "Liên thông 2 cấp: 12": a figure before the colon with nothing but words after it belongs to the label.
    const gap = text.slice(floor, to);
    const open = !/[,;)]/.test(gap) && gap.trim().split(/\s+/).length <= 2;
    const label = cleanLabel(text.slice(clauseStart(text, to, open ? 0 : floor), to));
    if (label) return label;
  }
  const from = clauseStart(text, start, floor);
  const clause = text.slice(from, start).replace(MARKERS, '');
  const head = HEAD.exec(clause);
  const headed = head ? cleanLabel(clause.slice(head.index + head[0].indexOf(head[1])).split(LABEL_END)[0]) : null;
  return headed ?? nounPhraseAfter(text, end) ?? lastSegment(clause);
}

// The words after a figure, starting with its unit: "có 34 trạm BTS" → "trạm BTS".
function nounPhraseAfter(text: string, from: number): string | null {
  const unit = findUnit(text, from);
  if (!unit || unit.unit === '%') return nounAfterPercent(text, from);
  const more = nextWords(text, unit.end, 2);
  let end = unit.end;
  for (const w of more) {
    if (w.gap !== 1 || STOP.has(w.word.toLowerCase()) || /^\p{Lu}\p{Ll}/u.test(w.word)) break;
    end = w.end;
  }
  return cleanLabel(text.slice(unit.start, end));
}

function nounAfterPercent(text: string, from: number): string | null {
  const m = /^\s?%\s*/u.exec(text.slice(from, from + 3));
  return m ? nounPhraseAfter(text, from + m[0].length) : null;
}

// "… (trong đó đăng ký mới 5, đăng ký lại 0)": the last comma-separated words before the figure.
function lastSegment(clause: string): string | null {
  const seg = clause.split(/[,(]/).pop() ?? '';
  const words = seg.trim().replace(SEGMENT_OPENER, '').split(/\s+/);
  if (words.length < 2 || words.length > 10) return null;
  return cleanLabel(words.join(' '));
}

/**
 * Counted nouns the genre uses for the same things, so a whole in one and a
 * part in another still compare: pupils ("học sinh", and "em"/"cháu"/"trẻ" for
 * the same children), people ("người", "công dân", "đối tượng" of a welfare
 * list), files ("hồ sơ", "trường hợp"), procedures, news items, establishments.
 * "lượt …" counts visits, never people, so it is never a synonym of "người".
 */
const UNIT_FAMILIES: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['hồ sơ', 'hs', 'trường hợp']),
  new Set(['tthc', 'thủ tục', 'thủ tục hành chính']),
  new Set(['tin bài', 'tin', 'bài']),
  new Set(PERSON_NOUNS),
  new Set(['học sinh', 'em', 'cháu', 'trẻ', 'trẻ em']),
  new Set(['cơ sở', 'đơn vị']),
];

/** True when two written units count the same things: equal, one the head of the other ("hộ" / "hộ gia đình"), or synonyms. */
const CLASSIFIER = new RegExp(`^(?:${alt(NOUN_CLASSIFIERS)})\\s+(?=\\p{L}{2})`, 'u');

export function unitsAlike(a: string, b: string): boolean {
  // A classifier before the noun counts the same things: "46 ngôi nhà" and "64 nhà", "3 chiếc xe" and "3 xe".
  const x = flatPowers(a.toLowerCase().trim().replace(CLASSIFIER, ''));
  const y = flatPowers(b.toLowerCase().trim().replace(CLASSIFIER, ''));
  if (x === y) return true;
  // "tổ" and "tổ trưởng": a group and the people holding a role in it are never one count.
  if (isRoleNoun(x) !== isRoleNoun(y)) return false;
  // "trẻ" and "trẻ trai/100 trẻ gái": a count and a rate per something else are never one quantity.
  if (x.includes('/') !== y.includes('/')) return false;
  if (x.startsWith(y + ' ') || y.startsWith(x + ' ')) return true;
  return UNIT_FAMILIES.some((s) => s.has(x) && s.has(y)) || initialsOf(a, b) || initialsOf(b, a);
}

// "GPXD" and "giấy phép" (of "giấy phép xây dựng"): an acronym of three letters or more whose opening letters are the
// initials of a noun of two words or more counts what that noun, or a longer noun it heads, counts.
const ACRONYM = /^\p{Lu}{3,8}$/u;
function initialsOf(acronym: string, noun: string): boolean {
  const a = acronym.trim();
  const words = noun.toLowerCase().trim().split(/\s+/u);
  if (!ACRONYM.test(a) || words.length < 2 || words.some((w) => !/^\p{Ll}+$/u.test(w))) return false;
  // Tone and vowel marks fall away in initials ("UBND" of "ủy ban nhân dân"); "Đ" stays a letter of its own.
  const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return fold(a).startsWith(fold(words.map((w) => w[0]).join('').toUpperCase()));
}

/**
 * Counted nouns that name a kind of another, so a part in the narrower noun may sit under a whole in
 * the wider one: "8.460 tài liệu số, trong đó sách điện tử 9.120 đầu sách", "120 người, trong đó 45 học
 * sinh". One way only: a whole in "học sinh" says nothing of "người" among its parts.
 */
const KINDS_OF: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  // Property is counted by its kinds: "thanh lý 14 tài sản, gồm 09 máy vi tính, 03 máy in và 01 máy photocopy".
  ['tài sản', new Set(['máy', 'thiết bị', 'xe', 'ô tô', 'xe ô tô', 'bộ máy tính', 'trụ sở', 'bàn', 'ghế', 'tủ'])],
  // Equipment is counted by its machines: "mua 20 thiết bị, gồm 12 máy chiếu và 08 máy in".
  ['thiết bị', new Set(['máy', 'bộ máy tính'])],
  ['tài liệu', new Set(['đầu sách', 'sách', 'cuốn sách', 'văn bản', 'ấn phẩm', 'tạp chí', 'báo'])],
  ['người', new Set(['cán bộ', 'công chức', 'viên chức', 'nhân viên', 'đồng chí', 'học sinh', 'giáo viên', 'đảng viên', 'đoàn viên', 'hội viên', 'người dân', 'công dân', 'lao động', 'học viên', 'bệnh nhân', 'người bệnh',
    'thanh niên', 'chiến sĩ', 'sinh viên', 'đội viên',
    // The members of a local force or a survey's staff are people: "lực lượng xung kích 640 người, gồm 410 dân quân, …".
    'dân quân', 'tự vệ', 'công an viên', 'cựu chiến binh', 'nông dân', 'phụ nữ', 'trẻ em', 'người cao tuổi', 'tình nguyện viên', 'cộng tác viên', 'điều tra viên',
    // Visitors and athletes are people: "cứu sống 58 người, gồm 35 khách du lịch và 21 người dân".
    'khách du lịch', 'du khách', 'vận động viên',
    // Old people are counted as "cụ": "tặng thẻ bảo hiểm y tế cho 215 người cao tuổi, trong đó 48 cụ neo đơn".
    'cụ'])],
  // Athletes are counted by who they are: "430 vận động viên, trong đó 120 học sinh" (a unit is read two words long: "vận động").
  ['vận động', new Set(['học sinh', 'sinh viên', 'thanh niên', 'thiếu niên', 'đoàn viên', 'hội viên', 'cán bộ', 'công chức', 'viên chức', 'người cao tuổi', 'chiến sĩ'])],
  // Workers are people, and a count of "lao động" splits into "người": "465 lao động, gồm: xuất khẩu lao động 38 người, …".
  ['lao động', new Set(['người'])],
  // The members of a team or board are people: "Tổ có 58 thành viên, chia ra: cán bộ thôn 19 người, …".
  ['thành viên', new Set(['người', 'cán bộ', 'công chức', 'đoàn viên', 'hội viên', 'đảng viên'])],
  // Companies are enterprises: "126 doanh nghiệp, gồm 84 công ty trách nhiệm hữu hạn, … và 9 doanh nghiệp tư nhân".
  ['doanh nghiệp', new Set(['công ty', 'tổng công ty'])],
  // A house given under a programme ("Mái ấm công đoàn", "Mái ấm tình thương") is a house: "06 mái ấm, gồm: xây mới 04 nhà, …".
  ['mái ấm', new Set(['nhà', 'ngôi nhà', 'căn nhà'])],
  // The beneficiaries of a policy are people: "586 đối tượng bảo trợ xã hội, gồm: 312 người cao tuổi, 21 trẻ em …", children
  // counted by their own words too ("trẻ mồ côi 45 em", "12 cháu").
  ['đối tượng', new Set(['người', 'trẻ em', 'trẻ', 'em', 'cháu', 'học sinh', 'cán bộ', 'lao động'])],
  // Athletes are people of any walk: "Giải chạy thu hút 520 vận động viên, trong đó 180 sinh viên" (the unit is read
  // "vận động", its first two words).
  ['vận động', new Set(['người', 'học sinh', 'sinh viên', 'thanh niên', 'đoàn viên', 'hội viên', 'cán bộ', 'công chức', 'viên chức', 'chiến sĩ', 'công nhân', 'người cao tuổi', 'trẻ em', 'phụ nữ'])],
  // Letters of any kind are letters: "tiếp nhận 37 đơn thư, trong đó 12 đơn khiếu nại, 05 đơn tố cáo" (the parts read
  // "đơn khiếu", "đơn tố": a unit is read two words long).
  ['đơn thư', new Set(['đơn'])],
  // Taxpayers are businesses, households and persons: "146 người nộp thuế còn nợ, trong đó 64 hộ, cá nhân kinh doanh" (the
  // whole's unit "người nộp thuế" is looked up by its first two words).
  ['người nộp', new Set(['doanh nghiệp', 'công ty', 'hợp tác xã', 'tổ chức', 'hộ', 'hộ kinh doanh', 'hộ gia đình', 'cá nhân'])],
  // Administrative units are counted by their kinds: "toàn huyện có 140 đơn vị, gồm 118 thôn và 22 tổ dân phố".
  ['đơn vị', new Set(SUBUNIT_KINDS['tỉnh'])],
  // Vehicles of a kind are vehicles: "Tạm giữ 86 phương tiện, trong đó 62 mô tô, xe máy".
  ['phương tiện', new Set(['mô tô', 'xe máy', 'xe mô tô', 'ô tô', 'xe ô tô', 'xe', 'xe đạp', 'xe thô sơ', 'tàu', 'thuyền', 'ghe'])],
  // "cán bộ" in the broad sense of the staff of an office ("cán bộ, công chức, viên chức"): "24 cán bộ, công chức, gồm: 11
  // cán bộ, 10 công chức và 03 viên chức". Not "người", which is wider ("60 cán bộ, trong đó 75 người là khách mời").
  ['cán bộ', new Set(['công chức', 'viên chức', 'nhân viên', 'đồng chí'])],
  // "đồng chí" is how a report counts party members or officials one by one: "kết nạp 14 đảng viên, gồm 08 đồng chí ở …".
  ['đảng viên', new Set(['đồng chí'])],
  // The members of a party or a people's committee are counted one by one as "đồng chí": "Ban Thường vụ có 11 ủy viên,
  // trong đó 02 đồng chí dưới 40 tuổi".
  ['ủy viên', new Set(['đồng chí'])],
  ['uỷ viên', new Set(['đồng chí'])],
  // Soldiers, reservists and militia are counted one by one as "đồng chí" too, and split by rank: "Trong số 180 quân nhân dự
  // bị, đã biên chế 165 đồng chí, trong đó sĩ quan 12 đồng chí" (a unit is read two words long: "hạ sĩ" of "hạ sĩ quan").
  ['quân nhân', new Set(['đồng chí', 'sĩ quan', 'hạ sĩ quan', 'chiến sĩ', 'binh sĩ'])],
  ['dân quân', new Set(['đồng chí', 'chiến sĩ'])],
  ['chiến sĩ', new Set(['đồng chí'])],
  ['sĩ quan', new Set(['đồng chí'])],
]);
// "Khám sàng lọc cho 240 phụ nữ, trong đó 12 trường hợp …": a case among people counted is one of those people.
const CASE_UNIT = 'trường hợp';
const PEOPLE = new Set(['người', ...KINDS_OF.get('người')!, 'phụ nữ', 'trẻ', 'trẻ em', 'thai phụ', 'sản phụ', 'bà mẹ', 'người bệnh', 'đối tượng']);

/** True when a unit counts people ("người", "công dân", "thanh niên", "học sinh" …). */
export const isPeople = (unit: string | null): boolean => {
  const w = unit?.toLowerCase().trim().split(/\s+/) ?? [];
  return PEOPLE.has(w.slice(0, 2).join(' ')) || PEOPLE.has(w[0] ?? '') || isRoleNoun(w.slice(0, 2).join(' '));
};

/**
 * Where a sentence frames the whole first ("Trong 240 phụ nữ đẻ, có 236 người …", "trong số các trường hợp phản ứng nặng
 * có 03 trẻ …"), its members may be counted by a wider people noun than the whole's: a bare "người" among people of any
 * kind, or people among cases (a case of a person is that person). Not read elsewhere: "60 cán bộ, trong đó 75 người là
 * khách mời" may count guests beyond the officials. So may establishments of any kind, by a noun counting any
 * (GENERIC_MEMBER_NOUNS: "Trong số 36 homestay hiện có, 34 cơ sở …"), never people nor cases.
 */
export function framedMembers(whole: string | null, part: string | null): boolean {
  if (whole === null || part === null) return false;
  const w = whole.toLowerCase().trim();
  const p = part.toLowerCase().trim();
  return (p === 'người' && isPeople(w)) || ((w === CASE_UNIT || w.startsWith(CASE_UNIT + ' ')) && isPeople(p))
    || (GENERIC_MEMBERS.has(p) && !isPeople(w) && w !== CASE_UNIT && !w.startsWith(CASE_UNIT + ' ') && !isMeasured(w));
}
const GENERIC_MEMBERS = new Set<string>(GENERIC_MEMBER_NOUNS);
// A whole in a unit of measure or money ("120 tấn", "36 tỷ đồng") has no members to count.
const MEASURED = new RegExp(String.raw`^(?:${alt(MEASURE_UNITS, CURRENCY_WORDS, NUMBER_SCALE_WORDS)})(?![\p{L}])`, 'iu');
/** True when a unit opens with a unit of measure or money ("tấn hàng", "ha", "tỷ đồng"): what it measures has no members. */
export const isMeasured = (unit: string | null): boolean => unit !== null && MEASURED.test(unit.trim());

/**
 * People split by who they are: "kết nạp 62 đoàn viên, gồm: 35 học sinh, 18 thanh niên và 06 chiến sĩ". Every count in a
 * people noun, the parts' nouns all different (each names one group of the whole's members), two parts at least.
 */
export function peopleSplit(whole: Figure, parts: readonly Figure[]): boolean {
  const units = parts.map((p) => p.unit?.toLowerCase().trim() ?? '');
  // A bare "người" names no group of the whole's members ("36 công chức, gồm 14 cán bộ và 22 người" is no split by kind),
  // unless the breakdown also restates the whole's own kind as one group, so "người" is the rest of its members
  // ("24 cán bộ, công chức, gồm: 11 cán bộ, 10 công chức và 02 người hoạt động không chuyên trách").
  const own = whole.unit?.toLowerCase().trim() ?? '';
  return whole.kind === 'count' && isPeople(whole.unit) && parts.length >= 2 && parts.every((p) => p.kind === 'count' && isPeople(p.unit))
    && new Set(units).size === units.length && (!units.includes('người') || units.includes(own));
}

/**
 * People split by a word after one shared people noun: "142 học viên gồm 96 người dân tộc Thái, 38 người dân tộc Mông và 10
 * người dân tộc Khơ Mú". Every count in the same people noun, each part told apart by its own words after the noun (`after`,
 * the words right after each part's number), all different; a bare noun ("gồm 14 cán bộ và 22 người") tells no group, nor
 * words naming none ("300 người ở thôn và 110 người ở cơ quan").
 */
export function peopleByQualifier(whole: Figure, parts: readonly Figure[], after: readonly string[]): boolean {
  if (whole.kind !== 'count' || !isPeople(whole.unit) || parts.length < 2 || after.length !== parts.length) return false;
  const unit = parts[0].unit?.toLowerCase().trim() ?? '';
  if (!parts.every((p) => p.kind === 'count' && isPeople(p.unit) && p.unit?.toLowerCase().trim() === unit)) return false;
  const own = after.map((t) => t.trim().replace(/\s+/gu, ' '));
  const rest = own.map((t) => (t.toLowerCase().startsWith(unit) ? t.slice(unit.length).trim() : ''));
  // Each group is named ("dân tộc Thái", "xã Hòa Bình"): "300 người ở thôn và 110 người ở cơ quan" may count others too.
  return rest.every((t) => /\p{Lu}/u.test(t)) && new Set(rest.map((t) => t.toLowerCase())).size === rest.length;
}

/**
 * "46 trường hợp người cao tuổi …, trong đó 52 người trên 80 tuổi": a whole counted in cases whose words right after the case
 * noun name people counts those people, one case a person, so parts counted in people are its members. `after` is the text
 * right after the whole's number.
 */
export function casesOfPeople(whole: Figure, after: string, parts: readonly Figure[]): boolean {
  if (whole.kind !== 'count' || whole.unit?.toLowerCase().trim() !== CASE_UNIT) return false;
  const m = CASES_OF.exec(after);
  return m !== null && isPeople(m[1]) && parts.length > 0 && parts.every((p) => p.kind === 'count' && isPeople(p.unit));
}
/**
 * "Phát hiện mới 54 bệnh nhân lao, trong đó lao phổi 61 ca": cases of a disease among people counted (patients, people
 * screened) are some of those people, one case a person, as a "trường hợp" among people is (unitKindOf). Read only for a
 * part-whole stated in one sentence: elsewhere a count of cases and a count of people stay apart.
 */
export function casesOfPatients(whole: Figure, parts: readonly Figure[]): boolean {
  return whole.kind === 'count' && isPeople(whole.unit) && parts.length > 0
    && parts.every((p) => p.kind === 'count' && DISEASE_CASES.has(p.unit?.toLowerCase().trim() ?? ''));
}
const DISEASE_CASES: ReadonlySet<string> = new Set(DISEASE_CASE_UNITS);

/**
 * "Đăng ký khai sinh 412 trường hợp, gồm 205 trẻ nam và 210 trẻ nữ": a whole counted in cases broken down into people of one
 * noun told apart by sex counts those people, one case a person (a case cannot be both a boy and a girl). Two parts at least,
 * each a count of the same people noun followed right away by a sex word, no two with the same one.
 */
export function casesBySex(whole: Figure, parts: readonly Figure[]): boolean {
  if (whole.kind !== 'count' || whole.unit?.toLowerCase().trim() !== CASE_UNIT || parts.length < 2) return false;
  const unit = parts[0].unit?.toLowerCase().trim() ?? '';
  const sexes = new Set<string>();
  for (const p of parts) {
    if (p.kind !== 'count' || p.unit?.toLowerCase().trim() !== unit || !isPeople(p.unit)) return false;
    const words = (p.label ?? '').toLowerCase().trim().split(/\s+/u);
    const own = unit.split(/\s+/u);
    const sex = words[own.length];
    if (!own.every((w, k) => words[k] === w) || !SEXES.has(sex) || sexes.has(sex)) return false;
    sexes.add(sex);
  }
  return true;
}
const SEXES: ReadonlySet<string> = new Set(SEX_WORDS);

/**
 * "Tập huấn cho 90 đoàn viên, trong đó nữ 41 người": a part counted in bare "người" and named by a sex word alone (or the
 * whole's own noun and a sex word: "… lao động nữ 41 người") counts the whole's members of that sex, so it sits under a
 * whole in any people noun. `before` holds each part's words before its number, within its segment. A "người" named any
 * other way ("75 người là khách mời") may count others too and is not read so.
 */
export function membersBySex(whole: Figure, parts: readonly Figure[], before: readonly string[]): boolean {
  if (whole.kind !== 'count' || !isPeople(whole.unit) || parts.length === 0 || before.length !== parts.length) return false;
  const own = whole.unit!.toLowerCase().trim();
  return parts.every((p, k) => {
    if (p.kind !== 'count' || p.unit?.toLowerCase().trim() !== 'người') return false;
    const words = before[k].toLowerCase().trim().replace(/\s+/gu, ' ');
    const sex = words.startsWith(own + ' ') ? words.slice(own.length + 1) : words;
    return SEXES.has(sex);
  });
}

/**
 * "42 hồ sơ đăng ký hộ kinh doanh mới, trong đó 47 hộ …": files lodged for a noun named right after their verb count that noun,
 * one file each, so parts counted in it are among them. `after` is the text right after the whole's number; every part must
 * be a count whose unit is that noun.
 */
export function applicationsFor(whole: Figure, after: string, parts: readonly Figure[]): boolean {
  if (whole.kind !== 'count' || !(APPLICATION_UNITS as readonly string[]).includes(whole.unit?.toLowerCase().trim() ?? '')) return false;
  const m = APPLIED_FOR.exec(after.toLowerCase());
  if (m === null || parts.length === 0) return false;
  return parts.every((p) => {
    const unit = p.unit?.toLowerCase().trim() ?? '';
    return p.kind === 'count' && unit !== '' && (m[1] === unit || m[1].startsWith(unit + ' '));
  });
}
const APPLIED_FOR = new RegExp(String.raw`^\s*(?:${alt(APPLICATION_UNITS)})\s+(?:${alt(APPLICATION_VERBS)})\s+(\p{Ll}+(?:\s+\p{Ll}+)?)`, 'u');

const CASES_OF = new RegExp(String.raw`^\s*${CASE_UNIT}\s+(\p{Ll}+(?:\s+\p{Ll}+)?)`, 'u');

/** True when `part` counts a kind of what `whole` counts ("đầu sách" of "tài liệu"), or the same things. */
export function unitKindOf(part: string, whole: string): boolean {
  if (unitsAlike(part, whole)) return true;
  const kinds = KINDS_OF.get(whole.toLowerCase().trim().split(/\s+/).slice(0, 2).join(' '));
  const p = part.toLowerCase().trim();
  // "126 hòa giải viên, chia ra: tổ trưởng 18 người, …": the members of a role are people, counted as such.
  if (PERSON_PARTS.has(p) && personRole(whole)) return true;
  // "54 thành viên, gồm 09 tổ trưởng, 09 tổ phó và 36 tổ viên": the people holding roles in a group are people, members.
  if (isRoleNoun(p)) return ROLE_HOLDERS.has(whole.toLowerCase().trim());
  if (p === CASE_UNIT || p.startsWith(CASE_UNIT + ' ')) {
    const w = whole.toLowerCase().trim().split(/\s+/);
    return PEOPLE.has(w.slice(0, 2).join(' ')) || PEOPLE.has(w[0]);
  }
  // A unit is read at most two words long ("cựu chiến" of "150 cựu chiến binh"): a longer kind is matched on its first two.
  const head = (k: string) => k.split(' ').slice(0, 2).join(' ');
  return (kinds !== undefined && [...kinds].some((k) => p === k || p.startsWith(k + ' ') || p === head(k))) || classifiedBy(p, whole);
}

const ROLE_HOLDERS: ReadonlySet<string> = new Set(['người', 'thành viên']);
const PERSON_PARTS = new Set<string>(PERSON_NOUNS);
// A noun of two syllables at least closed by the person suffix ("hòa giải viên", "hội viên"); "viên" alone counts pills.
function personRole(unit: string): boolean {
  const words = unit.toLowerCase().trim().split(/\s+/u);
  return words.length >= 2 && words[words.length - 1] === PERSON_ROLE_SUFFIX;
}

const CLASSIFIED = new Map(CLASSIFIED_NOUNS);
/** "148 tàu cá, gồm: … 96 chiếc": a part in a bare classifier counts the whole's things when the classifier counts that noun. */
function classifiedBy(part: string, whole: string): boolean {
  const nouns = CLASSIFIED.get(part);
  if (!nouns) return false;
  const w = whole.toLowerCase().trim();
  return nouns.some((n) => w === n || w.startsWith(n + ' '));
}
