/**
 * Administrative units named in a report's text: "xã Tân Lập", "UBND QUẬN
 * NGŨ HÀNH SƠN", with their rank (commune, district, province) and a folded key
 * that tells two spellings of one place ("Hoà"/"Hòa") from two places.
 */
import type { Source, Unit, UnitLevel, UnitMention } from '../model/index.js';
import { foldKey, stripDiacritics } from '../text/normalize.js';
import { ADMIN_LEVEL_WORDS, alt, altInitialCase, COOPERATIVE_WORDS, COUNCIL_WORDS, NAMED_BUILDING_COMPOUND_HEADS, NAMED_BUILDING_WORDS, ISATION_WORDS, LINE_OPENING_PHRASES, OFFICIAL_POST_WORDS, PERSON_MIDDLE_NAMES, POST_TITLE_WORDS, SCALED_CURRENCY_WORDS, SOCIETY_WORDS, UNION_AFTER_LEVEL_WORDS, edgeAlt } from '../text/lexicon.js';

/** Rank of each level: 3 commune, 2 district, 1 province. */
export const LEVEL_RANK: Record<UnitLevel, number> = {
  xã: 3, phường: 3, 'thị trấn': 3, huyện: 2, quận: 2, 'thị xã': 2, 'thành phố': 2, tỉnh: 1,
};

/**
 * The centrally governed cities (thành phố trực thuộc trung ương): a "thành phố" of these names is
 * a province, not a district, so it is the parent of a quận or huyện and never its peer.
 */
const CENTRAL_CITIES = new Set(['ha noi', 'ho chi minh', 'hai phong', 'da nang', 'can tho', 'hue']);

/** One named unit in the text: "xã Tân Lập" at characters [from, to) of a block (a model noun). */
export type { UnitMention };

/** Key used to tell two spellings of one place apart from two places. */
export function placeKey(name: string): string {
  return stripDiacritics(foldKey(name)).replace(APOSTROPHES, "'");
}
// The apostrophes of a name ("M'nang", "M’nang", "Mʼnang"): one key for all.
const APOSTROPHES = /[’ʼ‘`]/gu;

/** The proper name of a unit, without its level word: "Giếng Đáy" of "phường Giếng Đáy". */
function properName(unit: Unit): string {
  return unit.name.slice(unit.level.length + 1);
}

/** Rank of a unit: its level's, except that a centrally governed city is a province. */
export function rankOf(unit: Unit): number {
  return unit.level === 'thành phố' && CENTRAL_CITIES.has(placeKey(properName(unit))) ? 1 : LEVEL_RANK[unit.level];
}

export const LEVEL_WORDS = altInitialCase(ADMIN_LEVEL_WORDS);
// A word of a name: a capital and lower-case letters, then syllables joined by an apostrophe ("M'nang", "H'Drai", "R'lấp", in
// the Central Highlands' names) or by a hyphen and a capital ("Rang-Tháp"): the name is read whole, not cut at the mark.
export const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}]*(?:['’ʼ]\\p{L}[\\p{Ll}\\p{M}]*|-\\p{Lu}[\\p{Ll}\\p{M}]*)*";
const NAME = `(?:(?<=[PQ]\\p{Ll}+ )\\d{1,2}(?![\\p{L}\\d]|\\s+\\p{Ll})|${NAME_WORD}(?:[ \\u00A0]+${NAME_WORD}){0,3})`;
// A table cell ends at a tab: "ngân sách phường<TAB>Triệu đồng" holds no place, "Trạm Y tế xã An Bình<TAB>Cộng hòa …" names An Bình.
const MENTION = new RegExp(`(?<![\\p{L}])(${LEVEL_WORDS})[ \\u00A0]+(${NAME})(?![\\p{L}\\d])`, 'gu');
const CAPS_LEVELS = alt(ADMIN_LEVEL_WORDS.map((w) => w.toUpperCase()));
// A header whose two columns a txt or pdf reader ran together ("UBND XÃ AN BÌNH CỘNG HÒA XÃ HỘI …"): the name ends before the motto,
// even glued to it with no space ("HUYỆN AN BÌNHCỘNG HÒA …", on the header's second line "XÃ AN BÌNHĐộc lập - Tự do …"); a
// name's first word may still be "Cộng" ("XÃ CỘNG HÒA"), and "XÃ ĐỘC LẬP" in capitals is a commune.
const MOTTO = '(?:CỘNG\\s*H[ÒO]A(?!\\p{L})|Độc\\s*lập(?!\\p{L}))';
// A cell whose lines a pdf reader joined ("UBND HUYỆN A UBND XÃ B"): the name ends before the next committee's words.
const NEXT_COUNCIL = `(?:${COUNCIL_WORDS.map((w) => w.toUpperCase().replace(/\s+/gu, '\\s+')).join('|')})(?!\\p{L})`;
// An apostrophe or a hyphen between two capitals stays inside the word ("CƯ M'GAR", "IA H'DRAI").
const CAPS_LETTER = `(?:(?!${MOTTO}|${NEXT_COUNCIL})\\p{Lu})`;
const CAPS_WORD = `(?:${CAPS_LETTER}|['’ʼ-](?=${CAPS_LETTER}))`;
const CAPS_MENTION = new RegExp(`(?<![\\p{L}])(${CAPS_LEVELS})\\s+(\\p{Lu}${CAPS_WORD}*(?:[ ]+${CAPS_WORD}+){0,3})(?=${MOTTO}|(?![\\p{L}]))`, 'gu');
const COUNCIL = new RegExp(alt(COUNCIL_WORDS.map((w) => w.toUpperCase())).split(' ').join('\\s+'), 'u');
/** Capitalised words that follow a level word but are no place name ("Tỉnh Ủy", "xã UBND"). */
const NOT_NAMES = new Set(['ủy', 'uỷ', 'ubnd', 'hđnd', 'ban', 'đảng']);

/** A union's word after a level word ("Huyện Đoàn", "TỈNH ĐOÀN"): kept with its diacritics, as "Đoan Hùng" is a district. */
const UNION_WORDS = new Set(UNION_AFTER_LEVEL_WORDS.map(foldKey));

/** Words of time after a level word: "ngân sách xã Quý I", "THU NGÂN SÁCH XÃ NĂM 2023". */
const PERIOD_WORDS_LIST = ['quý', 'năm', 'tháng', 'kỳ', 'đợt', 'giai'];
const PERIOD_WORDS = new Set(PERIOD_WORDS_LIST.map(foldKey));
/** Scales of money: "Triệu đồng", "Nghìn đồng", "Tỷ đồng" after a level word are a unit column, not a name. */
const MONEY_SCALES = new Set(['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ'].map(foldKey));
/** The currency after a money scale ("Triệu đồng", "TRIỆU ĐỒNG"), not a title-case name ("Đồng Tháp"). */
const SCALED_CURRENCY = new RegExp(String.raw`^\s*(?:${alt(SCALED_CURRENCY_WORDS, SCALED_CURRENCY_WORDS.map((w) => w.toUpperCase()))})(?![\p{L}])`, 'u');
/** "văn hóa - xã hội", "kinh tế, xã hội", "an sinh xã hội": society, not a commune named Hội. */
const SOCIETY_BEFORE = new RegExp(String.raw`(?:${alt(SOCIETY_WORDS)}|[-–,&])\s*$`, 'iu');
/** "xã hội hóa": a process, not a commune named Hội. */
const ISATION = new RegExp(`^(?:${alt(ISATION_WORDS)})$`, 'iu');

// A level word followed by a time ("xã Quý I", "xã Năm 2023") or the noun "xã hội" is no place name.
function notAPlace(level: string, proper: string, before: string): boolean {
  const words = proper.split(/\s+/);
  const first = foldKey(words[0]);
  if (PERIOD_WORDS.has(first) && words.slice(1).every((w) => /^(?:[IVXLivxl]+|\d+)$/u.test(w))) return true;
  if (level !== 'xã' || first !== foldKey('hội')) return false;
  return words.length === 1 || ISATION.test(words[1]) || SOCIETY_BEFORE.test(before);
}

/**
 * Words that end a name written in capitals: a title goes on after it ("… XÃ TÂN PHƯỚC ĐẾN NGÀY 30/11/2024", "XÃ TÂN LẬP
 * NĂM 2024"), and capitals show no word boundary of the name.
 */
const CAPS_NAME_ENDS = new Set(['đến', 'từ', 'ngày', 'tại', 'về', 'của', 'theo', 'trong', ...PERIOD_WORDS_LIST].map(foldKey));

const CAPS_PERIOD_ENDS = new Set(PERIOD_WORDS_LIST.map(foldKey));
const TITLE_GOES_ON = new RegExp(`^[ \\u00A0]*(?!${MOTTO})[\\p{L}\\d]`, 'u');

// The words of a name in capitals before the first word that ends it ("Tân Phước Đến Ngày" → "Tân Phước"). A period word
// is also a place's syllable ("HUYỆN SƠN KỲ", "XÃ ĐÔNG NĂM"): it ends the name only when the title goes on after it, so
// the last word of the line stays, and so does one followed by another period word ("XÃ PHÚ KỲ NĂM 2024" → "Phú Kỳ").
function capsName(proper: string, after: string): string {
  const words = proper.split(/\s+/);
  const goesOn = (k: number) => (k + 1 < words.length ? !CAPS_PERIOD_ENDS.has(foldKey(words[k + 1])) : TITLE_GOES_ON.test(after));
  const end = words.findIndex((w, k) => k > 0 && CAPS_NAME_ENDS.has(foldKey(w)) && (!CAPS_PERIOD_ENDS.has(foldKey(w)) || goesOn(k)));
  return end < 0 ? proper : words.slice(0, end).join(' ');
}

const OPENING = new RegExp(String.raw`^(?:${alt(LINE_OPENING_PHRASES)})(?![\p{L}])`, 'iu');

// The words of a name before a capitalised word that opens the next line's phrase ("Phước Thạnh Căn" + " cứ Luật" →
// "Phước Thạnh"); the first word always stays.
function openerCut(proper: string, after: string): string {
  const words = [...proper.matchAll(/\S+/gu)];
  for (let k = 1; k < words.length; k++) if (OPENING.test(proper.slice(words[k].index) + after)) return proper.slice(0, words[k].index).trimEnd();
  return proper;
}

// The words of a name before a period word that a number or a Roman numeral follows ("Tân Thạnh Quý" + " III/2025" →
// "Tân Thạnh"; "Phú Quý" alone stays); the first word always stays.
function periodCut(proper: string, after: string): string {
  const words = [...proper.matchAll(/\S+/gu)];
  for (let k = 1; k < words.length; k++) {
    if (!PERIOD_WORDS.has(foldKey(words[k][0]))) continue;
    const rest = proper.slice(words[k].index + words[k][0].length) + after;
    if (/^[ \u00A0]+(?:[IVX]{1,4}|\d{1,4})(?![\p{L}])/u.test(rest)) return proper.slice(0, words[k].index).trimEnd();
  }
  return proper;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
}

/** "đường liên xã, liên ấp", "trục liên huyện": "liên" makes the level word an adjective (between units), naming none. */
const BETWEEN_UNITS = /(?<![\p{L}])liên\s+$/iu;
/** "Hợp tác xã Môi trường Sơn Tây": "xã" closes the name of a cooperative, naming no commune. */
const COOPERATIVE = new RegExp(String.raw`${edgeAlt(COOPERATIVE_WORDS)}\s+$`, 'iu');

/**
 * "Lễ hội đền Xã Tắc", "ĐÌNH PHƯỜNG ĐÔNG": a level word capitalised right after a building's noun opens the building's name,
 * no unit ("gia đình" is no building).
 */
const BUILDING = new RegExp(String.raw`(?<![\p{L}])(?<!(?<![\p{L}])(?:${alt(NAMED_BUILDING_COMPOUND_HEADS)})\s+)(?:${alt(NAMED_BUILDING_WORDS)})\s+$`, 'iu');
const namedBuilding = (m: RegExpExecArray): boolean => /^\p{Lu}/u.test(m[1]) && BUILDING.test(m.input.slice(Math.max(0, m.index - 16), m.index));

/** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": the national motto's "xã hội" (society) is no commune. */
const REPUBLIC = /c[ộỘ]ng\s+h[òoÒOàÀ][aAàÀ]?\s*$/iu;

/** An official's post up to four words before the level word, within its clause ("viên chức dân số xã …"). */
const OFFICIAL_POST = new RegExp(String.raw`${edgeAlt(OFFICIAL_POST_WORDS)}(?:\s+[\p{L}-]+){0,3}\s+$`, 'iu');
const MIDDLE_NAMES = new Set(PERSON_MIDDLE_NAMES.map(foldKey));

// "viên chức dân số xã Hoàng Thị Mai": after an official's post, three words with a middle name are the official, not a place.
function officialName(proper: string, before: string): boolean {
  const words = proper.split(/\s+/);
  return words.length >= 3 && MIDDLE_NAMES.has(foldKey(words[1])) && OFFICIAL_POST.test(before.split(/[,;:.()]/).pop()!);
}

// "Phó Chủ tịch UBND huyện Trần Quốc Hưng" closing a signature line: a post opening the line, its organ and level word, then
// three words or more ending the line are the signer's name (the post's unit left unsaid), not a place.
const SIGNER_POST = new RegExp(String.raw`^[\s.]*(?:(?:KT|TM|TL|Q)\.\s*)?(?:${alt(POST_TITLE_WORDS)})(?:\s+[\p{L}.]+){0,4}\s+$`, 'iu');
function signerName(proper: string, before: string, after: string): boolean {
  return proper.split(/\s+/).length >= 3 && after.trim() === '' && SIGNER_POST.test(before);
}

function mention(block: number, m: RegExpExecArray, caps: boolean): UnitMention | null {
  if (REPUBLIC.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return null;
  // A pdf row run into the next ("Đường trục xã, liên xã Đường ấp, liên ấp"): the capital after "liên xã" opens the next label.
  if (BETWEEN_UNITS.test(m.input.slice(Math.max(0, m.index - 8), m.index))) return null;
  if (m[1].toLowerCase() === 'xã' && COOPERATIVE.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return null;
  if (namedBuilding(m)) return null;
  const level = m[1].toLowerCase() as UnitLevel;
  const tail = m.input.slice(m.index + m[0].length);
  const timed = caps ? '' : periodCut(m[2].trim(), tail);
  const proper = caps ? capsName(titleCase(m[2].trim()), tail) : timed !== m[2].trim() ? timed : openerCut(m[2].trim(), tail);
  if (NOT_NAMES.has(foldKey(proper.split(/\s+/)[0]))) return null;
  if (notAPlace(level, proper, m.input.slice(Math.max(0, m.index - 20), m.index))) return null;
  if (officialName(proper, m.input.slice(Math.max(0, m.index - 50), m.index))) return null;
  if (!caps && signerName(proper, m.input.slice(0, m.index), m.input.slice(m.index + m[0].length))) return null;
  // A unit of money ("ngân sách phường Triệu đồng" of a table row run into a line) is no place.
  if (MONEY_SCALES.has(foldKey(proper)) && SCALED_CURRENCY.test(m.input.slice(m.index + m[0].length))) return null;
  const to = caps ? m.index + m[0].indexOf(m[2]) + capsLength(m[2], proper) : m.index + m[0].indexOf(m[2]) + proper.length;
  // "Huyện Đoàn Kim Bảng": the union's word after a district's or province's level word; the place is the words after it.
  const words = proper.split(/\s+/);
  const union = LEVEL_RANK[level] <= 2 && UNION_WORDS.has(foldKey(words[0]));
  if (union && words.length === 1) return null;
  const name = union ? words.slice(1).join(' ') : proper;
  return { block, from: m.index, to, unit: { name: `${level} ${name}`, level }, key: placeKey(name) };
}

// The characters of a capitals match that the kept name covers (its first words, separators kept).
function capsLength(written: string, kept: string): number {
  const n = kept.split(/\s+/).length;
  const words = [...written.matchAll(/\S+/gu)];
  const last = words[Math.min(n, words.length) - 1];
  return last.index! + last[0].length;
}

// Meta and the text readings both ask for a document's mentions: read once per Source.
const MENTIONS = new WeakMap<Source, UnitMention[]>();

/** Every named administrative unit in the document, in reading order. */
export function findUnitMentions(source: Source): UnitMention[] {
  let found = MENTIONS.get(source);
  if (!found) MENTIONS.set(source, (found = readUnitMentions(source)));
  return found.slice();
}

function readUnitMentions(source: Source): UnitMention[] {
  const out: UnitMention[] = [];
  source.blocks.forEach((b, i) => {
    // Each pattern run by exec from the block's start (no copy of the pattern per block, as matchAll makes): neither can
    // match empty, and nothing else runs them.
    MENTION.lastIndex = 0;
    for (let m = MENTION.exec(b.text); m; m = MENTION.exec(b.text)) {
      const found = mention(i, m, false);
      if (found !== null) out.push(found);
    }
    const council = COUNCIL.test(b.text) || COUNCIL.test(source.blocks[i - 1]?.text ?? '');
    if (!council) return;
    CAPS_MENTION.lastIndex = 0;
    for (let m = CAPS_MENTION.exec(b.text); m; m = CAPS_MENTION.exec(b.text)) {
      const found = mention(i, m, true);
      if (found !== null) out.push(found);
    }
  });
  return out.sort((a, b) => a.block - b.block || a.from - b.from);
}

/** Where the report states its own unit: the first mention of the issuer (header, title or intro first). */
export function locateUnit(source: Source, unit: Unit, mentions = findUnitMentions(source)): UnitMention | null {
  const key = placeKey(properName(unit));
  return mentions.find((m) => m.key === key && rankOf(m.unit) === rankOf(unit)) ?? null;
}
