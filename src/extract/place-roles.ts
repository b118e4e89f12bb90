/**
 * What a unit named in a report is to the report's facts: the issuer of a document cited just before it
 * ("Quyết định số 12/QĐ-UBND ngày … của UBND xã X"), someone else's place (a neighbour, a provider: "giáp xã
 * X", "VNPT huyện Y"), a partner or a place visited ("phối hợp với xã X"), a place the issuer sent people to ("cử 12 dân
 * quân … tại xã X"), a receiver of the issuer's help or
 * its yardstick ("hỗ trợ xã X 2 tấn giống", "cao hơn xã X"), one of a list of units, or the subject of its
 * clause. Read here from the lexicon; locality-mismatch only judges a subject that is not the issuer.
 */
import type { Source } from '../model/index.js';
import { findUnitMentions, LEVEL_RANK, NAME_WORD, placeKey, rankOf, type UnitMention } from './places.js';
import { splitSentences } from './sentences.js';
import { neighbourListed } from './place-neighbours.js';
import { governingBasis } from './place-basis.js';
import {
  AND_OR_WORDS,
  alt, AT_WORDS, OWNER_WORDS, AUTHOR_VERBS, CLOSING_LINE_LEADS, CLOSING_LINE_NOUNS, BULLET_CHARS, FINDING_VERBS, CITED_DOCUMENT_WORDS, COMMA_COMPOUNDS, LANDMARK_WORDS, PERIOD_AFTER_NAME_WORDS, LOCATIVE_OPENERS, NEIGHBOUR_OR_PROVIDER_WORDS, LINK_WORDS, LINK_TAIL_WORDS, OWNED_SUBJECT_VERBS, PARTNER_WORDS, RECEIVER_WORDS, RECIPIENT_VERBS, RELATION_WORDS, TRANSFER_WORDS, INVITE_WORDS,
  BODY_NAME_WORDS, BODY_TOPIC_WORDS, SPAN_UNITS, TIME_OPENER_WORDS, TITLE_QUANTIFIERS, VALUE_COPULAS, WHOLE_AREA_WORDS, YARDSTICK_WORDS,
  BELONGING_WORDS, COMMUNE_LEVEL_WORDS, GIVING_VERBS, DISPATCH_VERBS, ADMIN_LEVEL_WORDS, AREA_SUBJECT_VERBS, COMPARISON_OPENERS, NEW_LEVEL_VERBS, BETWEEN_UNITS_WORDS, NEIGHBOUR_ADJECTIVES, DELEGATION_WORDS, COMING_VERBS, ORIGIN_WORDS, VISIT_PURPOSE_WORDS, FELLOW_UNIT_WORDS, LOCATED_IN_WORDS, PLACE_KIND_WORDS, COVERED_AREA_WORDS, REGION_WORDS, REGION_NAME_JOINERS, REPORTED_AREA_WORDS, STATE_DEGREE_ADVERBS, SUBJECT_VERB_ADVERBS, FAR_YARDSTICK_WORDS, FORMER_UNIT_WORDS, MERGER_TARGET_WORDS, YARDSTICK_JOINERS, MERGER_WORDS, NAME_LIST_JOINERS, SITE_WORDS, UNIT_DESCRIPTION_WORDS, OWN_DEED_OPENERS,
  ESTIMATE_WORDS, VISIT_COUNT_HEADS, VISITOR_NOUNS, MONTH_WORDS, QUARTER_WORDS, YEAR_WORDS,
  COUNT_WORDS, UNIT_COMPARISON_WORDS, AGENT_WORDS, PASSIVE_AGENT_LEADS, PASSIVE_AGENT_QUANTIFIERS, PLACE_PEOPLE_WORDS, edgeAlt,
  FACILITY_WORDS, FACILITY_SITE_VERBS, PARTNER_AFTER_WORDS, altInitialCase, FAR_PARTNER_WORDS, PARTNER_OBJECT_WORDS,
} from '../text/lexicon.js';

/** A document number just before: "Quyết định số 12/QĐ-UBND ngày … của". */
const CITATION = new RegExp(String.raw`(?:\d+\s*\/\s*[\p{L}-]+|(?:${alt(CITED_DOCUMENT_WORDS)})\s+số)`, 'giu');
const OF = new RegExp(String.raw`\b(?:${alt(['của'])})\b`, 'giu');
/** Words before a name that make it someone else's place: neighbours, providers. */
const OTHER_PLACE = new RegExp(String.raw`(?:${alt(NEIGHBOUR_OR_PROVIDER_WORDS, FELLOW_UNIT_WORDS)})\s+(?:với\s+)?(?:\S+\s+){0,2}$`, 'iu');
/** A link word right before the name, "với"/"sang"/"đến" and a level word between at most: "nối sang xã X", "kết nối với huyện Y". */
const LINKED_PLACE = new RegExp(String.raw`${edgeAlt(LINK_WORDS)}\s+(?:(?:${alt(LINK_TAIL_WORDS)})\s+)?(?:\S+\s+)?$`, 'iu');
/**
 * Words before a name, in the same clause, that make it a partner or a place visited, not the
 * subject of the report's own facts: "phối hợp với UBND xã X", "cùng xã X", "tham quan mô hình … tại xã X", a guest ("mời lãnh
 * đạo xã X dự"); a person's
 * new post is someone else's place too ("điều động 01 công chức sang công tác tại xã X").
 */
const PARTNER = new RegExp(String.raw`(?:${alt(PARTNER_WORDS, TRANSFER_WORDS, INVITE_WORDS)})(?:(?![.;!?](?:\s|$)).){0,60}$`, 'iu');
/**
 * A partner word earlier in the sentence, then "với" and at most five words of an organ right before the name: "Công tác
 * phối hợp giữa Trạm Y tế với trường mầm non, các đoàn thể và với Trạm Y tế xã X". The partner is named far from the
 * partner word when a list of partners comes first; "với" still introduces it as one of them.
 */
const FAR_PARTNER = new RegExp(String.raw`${edgeAlt(FAR_PARTNER_WORDS)}(?![\p{L}])(?:(?![.;!?](?:\s|$)).){0,200}?(?<![\p{L}])(?:${alt(PARTNER_OBJECT_WORDS)})\s+(?:[^\s,;:.()!?]+\s+){0,5}$`, 'iu');
const FAR_PARTNER_REACH = 260;
/**
 * A verb of sending out, then a count, and no clause break before the name: "cử 12 dân quân cơ động hỗ trợ diễn tập … tại
 * xã X". The issuer's people went to the named unit; the facts of the clause are still the issuer's own.
 */
const DISPATCHED = new RegExp(String.raw`${edgeAlt(DISPATCH_VERBS)}\s+\d[\d.]*\s(?:(?![.;!?](?:\s|$)).){0,70}$`, 'iu');
/**
 * The name right after a verb of giving or a comparison word, an organ or "cho" between: the unit receives the
 * issuer's help ("Xã đã hỗ trợ xã X 2 tấn giống", "chuyển 50 bộ sách cho UBND xã X") or is its yardstick
 * ("năng suất cao hơn xã X"), so the facts are still the issuer's own.
 */
const RECIPIENT_OR_YARDSTICK = new RegExp(String.raw`${edgeAlt(RECIPIENT_VERBS, YARDSTICK_WORDS)}(?:\s+(?:${alt(RECEIVER_WORDS)}))*\s*$`, 'iu');
/**
 * A comparison word, then at most six words of the compared thing (a number among them: "gấp 3,8 lần") and no clause
 * break before the name: "thấp hơn công trình cấp nước xã X", "thấp hơn Cụm công nghiệp A thuộc xã X".
 */
const FAR_YARDSTICK = new RegExp(String.raw`${edgeAlt(FAR_YARDSTICK_WORDS)}(?:\s+(?:\d+(?:[.,]\d+)*|[^\s\d,;:.()!?"“”]+)){0,6}\s+$`, 'iu');
const FINDING = new RegExp(String.raw`${edgeAlt(FINDING_VERBS)}(?![\p{L}])`, 'iu');
const RELATION = new RegExp(String.raw`(?<!\p{L})(?:${alt(RELATION_WORDS)})(?!\p{L})`, 'iu');
const WHOLE_AREA = new RegExp(String.raw`^(?:${alt(WHOLE_AREA_WORDS)})$`, 'iu');
const TIME_OPENER = new RegExp(String.raw`^(?:${alt(TIME_OPENER_WORDS)})$`, 'iu');
const AREA_TAIL = new RegExp(String.raw`\s+(?:${alt(WHOLE_AREA_WORDS.filter((w) => w !== 'toàn'))})$`, 'iu');
// A capitalised locative that is the whole clause before the name ("Tại"), and, after the name, a comma within a few words.
const LOCATIVE_OPENER = new RegExp(String.raw`^(?:${alt(LOCATIVE_OPENERS)})$`, 'u');
const NAME_THEN_COMMA = /^[^,;.:()]{1,40},/u;
const PARTNER_WORD = new RegExp(String.raw`${edgeAlt(PARTNER_WORDS)}(?![\p{L}])`, 'iu');
// "Các khu công nghiệp …", "Một số doanh nghiệp …": a plural opening the clause's noun phrase, no relation to another one.
const PLURAL_OPENER = new RegExp(String.raw`^(?:${alt(TITLE_QUANTIFIERS)})\s+`, 'iu');
const PLURAL_AFTER_AND = new RegExp(String.raw`(\s(?:${alt(NAME_LIST_JOINERS)})\s+)(?:${alt(TITLE_QUANTIFIERS)})\s+`, 'giu');
const AND_END = new RegExp(String.raw`\s(?:${alt(['và'])})$`, 'iu');
const BULLETS = new RegExp(String.raw`^[\s${BULLET_CHARS}]+`, 'u');
const COMMA_COMPOUND = new RegExp(String.raw`${edgeAlt(COMMA_COMPOUNDS)}(?![\p{L}])`, 'giu');

/** The text with the comma of each comma-joined pair ("an ninh, trật tự", "Phòng, chống") made a space: it ends no clause. */
function joinCompounds(text: string): string {
  return text.replace(COMMA_COMPOUND, (m) => m.replace(',', ' '));
}

/**
 * The mention is the issuer of a document cited just before it (first "của" after the number, same clause). Without a "của"
 * it follows the number in the citation's own phrase ("Kế hoạch số 35/KH-UBND huyện X"): a comma after the citation
 * ("Thực hiện Kế hoạch số 35/KH-UBND ngày 12/02/2024, Đoàn kiểm tra huyện X đã …") opens the clause of the report's facts.
 */
export function inCitation(text: string, from: number): boolean {
  const before = text.slice(Math.max(0, from - 160), from);
  let last = -1;
  for (const m of before.matchAll(CITATION)) last = m.index + m[0].length;
  if (last < 0) return false;
  const between = before.slice(last);
  const ofs = (between.match(OF) ?? []).length;
  return !/[.;]\s/u.test(between) && ofs <= 1 && (ofs === 1 || !between.includes(','));
}

/**
 * Other units of the mention's rank named in its block; two or more make a list, not a slip. Given the block's text, a unit
 * another sentence (or another clause, after a semicolon) already sets apart as someone else's (a partner, a receiver: "… Ngoài ra, … ủng hộ đồng bào xã X") or
 * as a document's issuer, or names beside the issuer's own unit ("… qua địa bàn xã A và xã B"), is no item of such a list; in
 * the mention's own sentence it still is ("giáp xã A và xã B").
 */
export function inList(mentions: Array<UnitMention & { other?: boolean; cited?: boolean }>, m: UnitMention, own: string, text?: string): boolean {
  const sentences = text === undefined ? [] : splitSentences(text);
  const sentenceOf = (at: number) => sentences.findIndex((x) => at >= x.from && at < x.to);
  // "… xã X đã hoàn thành …; phối hợp với xã Y …": a semicolon between them parts two clauses as a sentence's end does.
  const clausesApart = (o: UnitMention) => sentenceOf(o.from) !== sentenceOf(m.from) || text!.slice(Math.min(o.to, m.to), Math.max(o.from, m.from)).includes(';');
  // A unit named beside the issuer's own in its clause ("chảy qua địa bàn xã A và xã B") is accounted for there as well.
  const apart = (o: UnitMention & { other?: boolean; cited?: boolean }) => text !== undefined && o !== m && (o.other === true || o.cited === true || besideOwn(mentions, o, own, text)) && clausesApart(o);
  const others = new Set(mentions.filter((o) => o.block === m.block && rankOf(o.unit) === rankOf(m.unit) && o.key !== own && !apart(o)).map((o) => o.key));
  return others.size >= 2 || (text !== undefined && (besideOwn(mentions, m, own, text) || pluralNamed(text, m)));
}

// A plural word or a count right before the level word ("các xã", "những phường", "03 xã", "03 (ba) xã").
const PLURAL_BEFORE = new RegExp(String.raw`(?<![\p{L}\d])(?:${alt(TITLE_QUANTIFIERS)}|\d{1,3}(?:\s*\([^()]{1,20}\))?)\s+$`, 'iu');

/**
 * The mention opens a list its level word, made plural, names ("số liệu của các xã A, B và C", "03 xã A, B và C"): the level
 * word is written once, so only the first name reads as a mention; the names after it make it one of several units, not a slip.
 */
function pluralNamed(text: string, m: UnitMention): boolean {
  if (!PLURAL_BEFORE.test(text.slice(Math.max(0, m.from - 30), m.from))) return false;
  const list = MERGED_LIST.exec(text.slice(m.from + m.unit.level.length, m.from + m.unit.level.length + 200));
  return list !== null && list[1].split(LIST_SEPARATOR).filter((n) => n.trim() !== '').length >= 2;
}

const JOINED_TO_OWN = new RegExp(String.raw`^\s*(?:,|(?:,\s*)?(?:${alt(AND_OR_WORDS)}))\s*$`, 'iu');

/** The mention follows the issuer's own unit of its rank joined by a comma, "và" or "hoặc" ("đoạn qua phường A và phường B"): both are named, one is no slip for the other. */
function besideOwn(mentions: UnitMention[], m: UnitMention, own: string, text: string): boolean {
  return mentions.some((o) => o.block === m.block && o.key === own && rankOf(o.unit) === rankOf(m.unit) && o.to <= m.from && JOINED_TO_OWN.test(text.slice(o.to, m.from)));
}

/** Words right before a name that make it the site of an establishment ("… tỉnh đóng tại xã X"). */
const SITE = new RegExp(String.raw`${edgeAlt(SITE_WORDS)}\s+$`, 'iu');

/** Words right before a name that make it a landmark ("Đường tránh phía Tây thị trấn X"): a side of the unit or a road around it. */
const LANDMARK = new RegExp(String.raw`${edgeAlt(LANDMARK_WORDS)}\s+$`, 'iu');

/**
 * The words before the mention make it someone else's place, a partner, a place the issuer sent people to, a receiver, a
 * yardstick, a site, a landmark or the site of a higher unit's facility.
 */
export function notTheActor(text: string, from: number, rank = 3): boolean {
  const before = text.slice(Math.max(0, from - 80), from);
  return PARTNER.test(before) || farPartner(text, from) || elsewhereBefore(text, from, rank);
}

// The words before the mention set it apart by anything but a partnership (notTheActor without its partner words).
function elsewhereBefore(text: string, from: number, rank: number): boolean {
  const before = text.slice(Math.max(0, from - 80), from);
  return OTHER_PLACE.test(before.slice(-40)) || LINKED_PLACE.test(before.slice(-40)) || DISPATCHED.test(before) || RECIPIENT_OR_YARDSTICK.test(before) || FAR_YARDSTICK.test(before) || SITE.test(before) || LANDMARK.test(before) || higherFacilitySite(text, from, rank);
}

/**
 * The mention is someone else's place by a reading other than a partnership: a neighbour, a receiver, a yardstick, a site,
 * a guest, a giver (the `other` role of placeRole without its partner words).
 */
export function setApartBesidesPartner(text: string, m: UnitMention): boolean {
  return elsewhereBefore(text, m.from, rankOf(m.unit)) || neighbourAfter(text, m.to) || betweenUnits(text, m) || bracketedSite(text, m.from, m.to) || describedAfter(text, m.to, rankOf(m.unit)) || comparedInSentence(text, m.from) || ownThenElsewhere(text, m) || visitingFrom(text, m.from, m.to) || comingFrom(text, m.from, m.to) || givenBy(text, m.from, m.to) || neighbourListed(text, m.from);
}

/** The name follows "với" and an organ, a partner word earlier in its sentence (FAR_PARTNER). */
function farPartner(text: string, from: number): boolean {
  const before = text.slice(Math.max(0, from - FAR_PARTNER_REACH), from);
  return PARTNER_OBJECT_NEAR.test(before.slice(-50)) && FAR_PARTNER.test(before);
}
// The cheap test first: "với" within the last few words before the name (nearly all names have none).
const PARTNER_OBJECT_NEAR = new RegExp(String.raw`(?<![\p{L}])(?:${alt(PARTNER_OBJECT_WORDS)})\s+(?:[^\s,;:.()!?]+\s+){0,5}$`, 'iu');

// "Khu xử lý chất thải rắn huyện tại xã X", "Bãi chôn lấp rác của huyện Y đặt tại xã Z": a facility's kind, a few words of
// it (no clause mark), its owner's level word ("của" before it, its name after it may stand), a verb of lying at most, a
// locative, then the name. Case-sensitive but for the kind's first letter, so the owner's name is read by its capitals.
const HIGHER_FACILITY = new RegExp(
  String.raw`(?<![\p{L}])(?:${altInitialCase(FACILITY_WORDS)})(?![\p{L}])(?:\s+[^\s,;:.()!?]+){0,8}?\s+(?:của\s+)?(${alt(ADMIN_LEVEL_WORDS)})((?:\s+${NAME_WORD}){0,4})\s+(?:(?:${alt(FACILITY_SITE_VERBS)})\s+)?(?:${alt(LOCATED_IN_WORDS)})\s+$`,
  'u',
);

/**
 * The mention only locates a facility, site or project of a unit above it ("rác được vận chuyển về Khu xử lý chất thải rắn
 * huyện tại xã X" in the report of another commune of that district): the facility is the higher unit's and serves the issuer
 * too; the named unit is where it lies, not whose facts the clause reports. The owner must rank above the mention ("Trạm y
 * tế xã tại xã X" names a commune's own station, and stays a possible slip).
 */
export function higherFacilitySite(text: string, from: number, rank: number): boolean {
  const m = HIGHER_FACILITY.exec(text.slice(Math.max(0, from - 160), from));
  if (m === null) return false;
  const level = LEVEL_OF.get(m[1].toLowerCase());
  if (level === undefined) return false;
  const name = m[2].trim();
  const owner = name === '' ? LEVEL_RANK[level as keyof typeof LEVEL_RANK] : rankOf({ name: `${level} ${name}`, level } as UnitMention['unit']);
  return owner < rank;
}

// "Khu công nghiệp Nam Cấm II (thuộc huyện X)": a proper name (capitalised words, a Roman or plain number may close it),
// then a bracket opened right after it, a locative word at most, and the unit; the bracket closes after the unit (its
// province may follow: "(huyện X, tỉnh Y)").
const NAMED_THEN_BRACKET = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:\p{Lu}[\p{L}\p{M}]*\s+)*\p{Lu}[\p{L}\p{M}]*(?:\s+(?:[IVX]{1,4}|\d{1,2}))?\s*\(\s*(?:(?:${alt(LOCATED_IN_WORDS)})\s+)?$`, 'u');
const BRACKET_CLOSE = /^\s*(?:[,–-][^()\n]{0,40})?\)/u;
// A place's kind word right before the capitalised words ("thôn Đông", "Xã Tân An"): the named thing is a place itself.
const PLACE_KIND_NAME = new RegExp(String.raw`${edgeAlt(PLACE_KIND_WORDS, ADMIN_LEVEL_WORDS)}\s+\p{Lu}`, 'iu');

/**
 * The mention, alone in brackets right after a named establishment, gives where that establishment lies ("Nhà máy
 * gạch Tuynel Hưng Long (xã X)"): someone else's place, no claim on the report's facts. The name needs a lower-case word
 * before its capitals (its kind: "Nhà máy gạch …"), and not a place's kind: a hamlet's commune ("thôn Đông (xã X)") or a
 * unit's district ("xã Tân An (huyện Y)") is the report's own subject.
 */
export function bracketedSite(text: string, from: number, to: number): boolean {
  if (!BRACKET_CLOSE.test(text.slice(to, to + 50))) return false;
  const before = text.slice(Math.max(0, from - 120), from);
  const m = NAMED_THEN_BRACKET.exec(before);
  if (m === null) return false;
  const lead = /(?:\S+\s+){1,2}$/u.exec(before.slice(0, m.index));
  return lead !== null && !/[.;:!?]\s*$/u.test(lead[0]) && !PLACE_KIND_NAME.test(lead[0] + m[0]);
}

// "xã Tân An (cũ)", "xã Tân An trước đây": a former unit's marker right after its name.
const FORMER_AFTER = new RegExp(String.raw`^\s*\(?\s*(?:${alt(FORMER_UNIT_WORDS)})(?![\p{L}])`, 'iu');

/** The words right after the mention mark it as a former unit. */
export function formerAfter(text: string, to: number): boolean {
  return FORMER_AFTER.test(text.slice(to, to + 30));
}

const LEVEL = alt(ADMIN_LEVEL_WORDS);
const AND = alt(NAME_LIST_JOINERS);
const UNIT_NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,3}`;
// A merger word, then within its sentence and at most 80 characters a level word ("sắp xếp 03 xã", "hợp nhất … của các xã").
const MERGER = new RegExp(String.raw`${edgeAlt(MERGER_WORDS)}(?![\p{L}])[^.;!?]{0,80}?(?<![\p{L}])(?:${LEVEL})(?![\p{L}])`, 'giu');
// The names listed right after the level word ("xã: A, B và C", "xã A, xã B và xã C"), then the unit they went into ("vào xã D").
const MERGED_LIST = new RegExp(String.raw`^\s*:?\s*(${UNIT_NAME}(?:(?:\s*,\s*(?:(?:${AND})\s+)?|\s+(?:${AND})\s+)(?:(?:${LEVEL})\s+)?${UNIT_NAME})*)`, 'u');
const MERGED_INTO = new RegExp(String.raw`^\s+(?:${alt(MERGER_TARGET_WORDS)})\s+(?:${LEVEL})\s+(${UNIT_NAME})`, 'iu');
const LIST_SEPARATOR = new RegExp(String.raw`\s*,\s*(?:(?:${AND})\s+)?|\s+(?:${AND})\s+|(?<![\p{L}])(?:${LEVEL})\s+`, 'giu');

/**
 * The keys of the units a merger sentence names as merged ("Xã X được thành lập trên cơ sở sắp xếp 03 xã: A, B và C";
 * "sáp nhập xã A vào xã B"): the first list of names after the merger word, and the unit it went into; two names at least,
 * as a merger joins two units or more. Such names are the issuer's own former parts wherever the report names them.
 */
export function mergedUnits(text: string): string[] {
  const out: string[] = [];
  if (!MERGER_NEEDS.test(text)) return out;
  for (const m of text.matchAll(MERGER)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
    const list = MERGED_LIST.exec(rest);
    if (!list) continue;
    const names = list[1].split(LIST_SEPARATOR).map((n) => n.trim()).filter((n) => n !== '');
    const into = MERGED_INTO.exec(rest.slice(list[0].length));
    if (into) names.push(into[1]);
    if (names.length >= 2) out.push(...names.map(placeKey));
  }
  return out;
}

// An area word, then two or more units named right after it ("phụ trách địa bàn huyện A và huyện B").
const COVERED = new RegExp(String.raw`${edgeAlt(COVERED_AREA_WORDS)}\s+(?:${LEVEL})\s+`, 'giu');
// What every match of MERGER and COVERED holds, without their lookbehinds (tried at every index of every paragraph of a
// document): a cheap test that skips the paragraphs without a merger or area word (nearly all).
const MERGER_NEEDS = new RegExp(alt(MERGER_WORDS), 'iu');
const COVERED_NEEDS = new RegExp(alt(COVERED_AREA_WORDS), 'iu');

/**
 * The keys of the units a sentence names as the area an issuer is responsible for ("Đội Quản lý thị trường số 3 (phụ trách
 * địa bàn huyện A và huyện B)"): the list right after the area word, two names at least. Each is the issuer's own area.
 */
export function coveredUnits(text: string): string[] {
  const out: string[] = [];
  if (!COVERED_NEEDS.test(text)) return out;
  for (const m of text.matchAll(COVERED)) {
    const list = MERGED_LIST.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 200));
    const names = list ? list[1].split(LIST_SEPARATOR).map((n) => n.trim()).filter((n) => n !== '') : [];
    if (names.length >= 2) out.push(...names.map(placeKey));
  }
  return out;
}

// A count before the level word, spelled out in brackets or not ("trên địa bàn 02 (hai) huyện A và B").
const AREA_COUNT = String.raw`(?:\d{1,3}\s*(?:\([^()]{1,20}\)\s*)?)?`;
// The author's verb, then within its sentence a word of the reported area, a count and a level word ("Chi cục … báo cáo kết
// quả … trên địa bàn 02 (hai) huyện A và B như sau").
const REPORTED_AREA = new RegExp(String.raw`${edgeAlt(AUTHOR_VERBS)}(?![\p{L}])[^.;!?]{0,160}?${edgeAlt(REPORTED_AREA_WORDS)}\s+${AREA_COUNT}(?:${LEVEL})\s+`, 'giu');
const REPORTED_NEEDS = new RegExp(alt(REPORTED_AREA_WORDS), 'iu');

/**
 * The keys of the units the report's own "báo cáo" sentence says it reports on ("Chi cục Thuế khu vực … báo cáo kết quả … trên
 * địa bàn 02 (hai) huyện A và B như sau:"): the list right after the area word, two names at least. Each is the issuer's own
 * area; one name alone is the issuer itself or a slip, and is left to the rule.
 */
export function reportedArea(text: string): string[] {
  const out: string[] = [];
  if (!REPORTED_NEEDS.test(text) || !AUTHOR_NEEDS.test(text)) return out;
  for (const m of text.matchAll(REPORTED_AREA)) {
    const list = MERGED_LIST.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 200));
    const names = list ? list[1].split(LIST_SEPARATOR).map((n) => n.trim()).filter((n) => n !== '') : [];
    if (names.length >= 2) out.push(...names.map(placeKey));
  }
  return out;
}
const AUTHOR_NEEDS = new RegExp(alt(AUTHOR_VERBS), 'iu');

// A regional body's name: its region word, then two names or more joined by a dash, a comma or "và", in title case or in
// capitals ("Chi cục Thuế khu vực Kim Sơn – An Hòa", "CHI CỤC THUẾ KHU VỰC KIM SƠN – AN HÒA").
const TITLE_NAME = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:[ \u00A0]+\p{Lu}[\p{Ll}\p{M}]*){0,3}`;
const CAPS_NAME = String.raw`\p{Lu}[\p{Lu}\p{M}]*(?:[ \u00A0]+\p{Lu}[\p{Lu}\p{M}]*){0,3}`;
const REGION_JOIN = String.raw`\s*(?:${alt(REGION_NAME_JOINERS.filter((w) => /\p{L}/u.test(w)), REGION_NAME_JOINERS.filter((w) => /\p{L}/u.test(w)).map((w) => w.toUpperCase()))})\s+|\s*[${REGION_NAME_JOINERS.filter((w) => !/\p{L}/u.test(w)).map((c) => (c === '-' ? '\\-' : c)).join('')}]\s*`;
const REGION_WORD = alt(REGION_WORDS, REGION_WORDS.map((w) => w.toUpperCase()), REGION_WORDS.map((w) => w[0].toUpperCase() + w.slice(1)));
const REGION = new RegExp(String.raw`(?<![\p{L}])(?:${REGION_WORD})\s+(${TITLE_NAME}(?:(?:${REGION_JOIN})${TITLE_NAME})+|${CAPS_NAME}(?:(?:${REGION_JOIN})${CAPS_NAME})+)(?![\p{L}])`, 'gu');
const REGION_NEEDS = new RegExp(alt(REGION_WORDS), 'iu');
const REGION_SPLIT = new RegExp(REGION_JOIN, 'u');
const AUTHOR_NEXT = new RegExp(String.raw`^\s*(?:${alt(AUTHOR_VERBS)})(?![\p{L}])`, 'iu');
// The national motto a header line may run into ("… AN HÒA CỘNG HÒA XÃ HỘI …"): the issuer's name ends before it.
const MOTTO_START = /(?:CỘNG\s*H[ÒO]A(?!\p{L})|Độc\s*lập(?!\p{L}))/u;

/**
 * The keys of the units a regional issuer is named after ("Chi cục Thuế khu vực A – B" reports on both districts A and B): its
 * name in a header line in capitals (nothing in lower case before it in its line or cell), or right before "báo cáo". A
 * regional body named elsewhere ("phối hợp với Chi cục Thuế khu vực C – D") is another body, and its names are not read.
 */
export function regionUnits(text: string): string[] {
  const out: string[] = [];
  if (!REGION_NEEDS.test(text)) return out;
  for (const line of text.split(/[\t\n]/u)) {
    const cut = MOTTO_START.exec(line);
    const own = cut ? line.slice(0, cut.index) : line;
    for (const m of own.matchAll(REGION)) {
      const header = !/\p{Ll}/u.test(own.slice(0, m.index + m[0].length));
      if (!header && !AUTHOR_NEXT.test(own.slice(m.index + m[0].length))) continue;
      out.push(...m[1].split(REGION_SPLIT).map((n) => n.trim()).filter((n) => n !== '').map(placeKey));
    }
  }
  return out;
}

// The covered units of a document, read once per Source: an area it is responsible for, the area its "báo cáo" sentence
// names, the units a regional issuer is named after (read in header cells too).
const COVERED_OF = new WeakMap<Source, Set<string>>();
function coveredOf(source: Source): Set<string> {
  let found = COVERED_OF.get(source);
  if (!found) COVERED_OF.set(source, (found = new Set(source.blocks.flatMap((b) => [...(b.kind === 'row' ? [] : [...coveredUnits(b.text), ...reportedArea(b.text)]), ...regionUnits(b.text)]))));
  return found;
}

// The merged units of a document, read once per Source.
const MERGED = new WeakMap<Source, Set<string>>();
function mergedOf(source: Source): Set<string> {
  let found = MERGED.get(source);
  if (!found) MERGED.set(source, (found = new Set(source.blocks.flatMap((b) => (b.kind === 'row' ? [] : mergedUnits(b.text))))));
  return found;
}

/**
 * The name is the subject of its clause: nothing before it in the clause but an organ of the unit
 * ("UBND", "Trung tâm Y tế", "Phòng Văn hóa và Thông tin"), "Toàn" or "Trên địa bàn".
 */
export function isSubject(text: string, from: number): boolean {
  const head = joinCompounds(text.slice(0, from));
  const cut = Math.max(...[',', ';', ':', '(', '. ', '! ', '? '].map((c) => head.lastIndexOf(c)));
  const clause = head.slice(cut + 1).replace(BULLETS, '').trim();
  // "…, đến nay huyện X đã có 09 xã …": a time adverb opening the clause leaves the name its subject.
  if (clause === '' || WHOLE_AREA.test(clause) || TIME_OPENER.test(clause)) return true;
  // "Tại huyện X, 42 phòng học tạm …": the opening locative frames the facts after the name, unless they are a visit or a
  // partnership ("Tại huyện X, đoàn đã tham quan …").
  if (/^\p{Lu}/u.test(clause) && LOCATIVE_OPENER.test(clause.toLowerCase()) && NAME_THEN_COMMA.test(text.slice(from))) {
    const rest = text.slice(from).split(/[.;!?](?:\s|$)/u)[0];
    return !PARTNER_WORD.test(rest);
  }
  // "Thu ngân sách trên địa bàn thị xã X đạt khá": the unit is where the clause's subject happens, as good as its actor.
  const own = clause.replace(AREA_TAIL, '');
  if (own !== clause && own !== '') return isSubject(own, own.length);
  // "Ban Quản lý các cụm công nghiệp huyện X đã …": a body's name may hold "các"/"những"; they relate nothing there.
  // … nor "về" that opens its field ("Ban Chỉ đạo … về an toàn thực phẩm huyện X"), words following it before the unit.
  const words = BODY_OPENER.test(clause) ? clause.replace(INNER_PLURAL, ' ').replace(BODY_TOPIC, ' ') : clause.replace(PLURAL_OPENER, '');
  const body = BODY_OPENER.test(clause);
  // "Ban Chỉ đạo chống thất thu ngân sách huyện X đã tổ chức …": a body's longer name is its subject when a verb follows the unit.
  const length = clause.split(/\s+/).length;
  const short = length <= 7 || (body && length <= 12 && BODY_VERB_AFTER.test(text.slice(from, from + 60)));
  return /^\p{Lu}/u.test(clause) && short && !RELATION.test(words) && !AND_END.test(clause);
}
const BODY_VERB_AFTER = new RegExp(String.raw`^\p{Ll}+(?:\s+\p{Ll}+)?(?:\s+\p{Lu}[\p{L}-]*){1,4}\s+(?:${alt(OWNED_SUBJECT_VERBS)})(?![\p{L}])`, 'u');
const BODY_OPENER = new RegExp(String.raw`^(?:${BODY_NAME_WORDS.join('|')})(?![\p{L}])`, 'u');
const BODY_TOPIC = new RegExp(String.raw`${edgeAlt(BODY_TOPIC_WORDS)}(?=\s+\p{L})`, 'giu');
const INNER_PLURAL = new RegExp(String.raw`${edgeAlt(TITLE_QUANTIFIERS.filter((w) => w !== 'một số'))}(?![\p{L}])`, 'giu');

// "… đội tuyển học sinh giỏi của huyện X được xếp …": the clause's words end in "của" and a verb follows the name.
const OWNER_BEFORE = /(?<![\p{L}])của\s*$/iu;
const OWNED_SUBJECT_AFTER = new RegExp(String.raw`^\s+(?:${alt(OWNED_SUBJECT_VERBS)})(?![\p{L}])`, 'iu');
// "Tổng số văn bản đi … của huyện X là 21.604 văn bản": a copula and a figure state the owned subject's value, as "đạt" does.
const SPAN_IN_PHRASE = new RegExp(String.raw`(?<![\d.,])\d{1,3}\s*(?:${alt(SPAN_UNITS)})(?![\p{L}])`, 'giu');
// "Số liệu quyết toán ngân sách năm 2024 của huyện X": the period of the owned phrase tells when, not who is counted.
const PERIOD_IN_PHRASE = new RegExp(String.raw`${edgeAlt([...YEAR_WORDS, ...QUARTER_WORDS, ...MONTH_WORDS])}\s+(?:(?:[IVX]{1,3}|\d{1,2})\s*\/\s*)?(?:19|20)\d\d(?![\d/])`, 'giu');
const OWNED_VALUE_AFTER = new RegExp(String.raw`^\s+(?:${alt(VALUE_COPULAS)})\s+\d`, 'iu');

// "Số lao động của huyện X xuất cảnh trong năm chủ yếu làm việc …": a count ("Số", "Tổng số") of a noun owned by the unit opens
// the clause, and a lower-case word follows the name, no comparison ("Số lượt … của phường X thấp hơn phường Y" compares
// two units): the count opening the clause is its subject, so the unit is whose facts they are, whatever verb comes next.
const COUNT_OWNED = new RegExp(String.raw`^\s*(?:${alt(COUNT_WORDS)})\s+[\p{L}\s]{1,40}?\s+của\s*$`, 'iu');
const LOWER_WORD_AFTER = /^\s+\p{Ll}/u;
const COMPARED_AFTER = new RegExp(String.raw`^\s+(?:${alt(UNIT_COMPARISON_WORDS)})(?![\p{L}])`, 'iu');
// A copula with no figure after it ("Số hộ nghèo của xã X là cao nhất huyện") ranks the unit among others, as a comparison
// does; a copula and a figure is OWNED_VALUE_AFTER's.
const COPULA_AFTER = new RegExp(String.raw`^\s+(?:${alt(VALUE_COPULAS)})(?![\p{L}])`, 'iu');
function ownsCount(clause: string, after: string): boolean {
  return COUNT_OWNED.test(clause) && LOWER_WORD_AFTER.test(after) && !COMPARED_AFTER.test(after) && !COPULA_AFTER.test(after);
}
/**
 * The name owns the subject of its clause: "<noun phrase> của <unit>" followed by the clause's verb (or "là" and a figure), with no other
 * noun or relation between the clause's start and "của" but the owned phrase (a partner, a yardstick or a cited
 * document before it is told by notTheActor and inCitation).
 */
export function ownsSubject(text: string, from: number, to: number): boolean {
  const head = joinCompounds(text.slice(Math.max(0, from - 120), from));
  const cut = Math.max(...[',', ';', ':', '(', '. '].map((c) => head.lastIndexOf(c)));
  // "Kết quả trên cho thấy điều kiện … trên địa bàn huyện X đã được cải thiện": a verb of finding opens the clause it reports.
  const clause = head.slice(cut + 1).split(FINDING).pop()!;
  const after = text.slice(to, to + 20);
  const next = text.slice(to, to + 80);
  // An age or a span inside the phrase ("Tỷ lệ trẻ dưới 1 tuổi … của huyện X") names who is counted, not a count.
  if (/\d/u.test(clause.replace(SPAN_IN_PHRASE, '').replace(PERIOD_IN_PHRASE, ''))) return false;
  // "công tác tiêm chủng của huyện X trong Quý I cơ bản bám sát …": a period and adverbs may stand before the verb.
  if (OWNER_BEFORE.test(clause)) return OWNED_SUBJECT_AFTER.test(after) || OWNED_VALUE_AFTER.test(after) || AREA_SUBJECT_AFTER.test(next) || ownsCount(clause, after);
  // "công tác bảo đảm an ninh, trật tự trên địa bàn huyện X trong 6 tháng đầu năm 2024 đạt …": the noun phrase the area
  // frames is the clause's subject when its verb follows the name (a period and adverbs between: "cơ bản đáp ứng"); no
  // relation word in the phrase but a plural opening it ("các công trình …"), nor a verb that would make the phrase an
  // object ("Đoàn đã kiểm tra công tác … trên địa bàn huyện X …").
  const area = AREA_BEFORE.exec(clause);
  // "nhân dân và các HTX trên địa bàn huyện X đã hiểu …": nouns joined by "và", each may open with a plural, frame one subject.
  const phrase = area === null ? '' : clause.slice(0, area.index).trim().replace(PLURAL_OPENER, '').replace(PLURAL_AFTER_AND, '$1');
  // "… giảm tỷ lệ hộ nghèo trên địa bàn huyện X từ 4,1% xuống 3,6%": the change's values follow the name, so the measure the
  // area frames is the unit's own, as a verb after it would make it.
  return area !== null && !RELATION.test(phrase) && !OWNED_VERB.test(phrase) && (AREA_SUBJECT_AFTER.test(next) || AREA_VALUES_AFTER.test(next) || AREA_COPULA_AFTER.test(next));
}
/**
 * "- Tổ chức 26 đợt ra quân tuyên truyền lưu động trên địa bàn huyện X": a sentence with no subject, opened by a verb of a deed
 * and its count (OWN_DEED_OPENERS), tells the issuer's own deed, and the area named right after it is where that deed was done,
 * as a subject's would be. One clause (no comma, semicolon, colon or bracket before the area), no other name in it (a
 * capitalised word after the first), and no partner, gift, dispatch or transfer word: those make the unit someone else's.
 */
export function ownDeedArea(text: string, from: number): boolean {
  const start = Math.max(0, from - DEED_REACH);
  const head = text.slice(start, from);
  const area = AREA_BEFORE.exec(head);
  if (area === null) return false;
  const before = head.slice(0, area.index);
  const open = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  if (open < 0 && start > 0) return false;
  const clause = before.slice(open + 1).replace(BULLETS, '').trim();
  return OWN_DEED_OPENER.test(clause) && !/[,;:()]/u.test(clause) && !/\s\p{Lu}/u.test(clause) && !DEED_RELATION.test(clause);
}
const DEED_REACH = 200;
const OWN_DEED_OPENER = new RegExp(String.raw`^(?:${alt(OWN_DEED_OPENERS)})\s+\d`, 'iu');
const DEED_RELATION = new RegExp(String.raw`${edgeAlt(PARTNER_WORDS, GIVING_VERBS, DISPATCH_VERBS, TRANSFER_WORDS)}(?![\p{L}])`, 'iu');

/**
 * "Tổng lượt khách đến huyện X 9 tháng ước đạt 356.800 lượt": a count of visitors coming to the unit, the whole clause before
 * the name, then its verb (a period and adverbs between): the visits are counted at the unit, so the measure is its own.
 */
export function visitsCounted(text: string, from: number, to: number): boolean {
  const head = text.slice(Math.max(0, from - 60), from);
  const cut = Math.max(...[',', ';', ':', '(', '. '].map((c) => head.lastIndexOf(c)));
  return VISITS_BEFORE.test(head.slice(cut + 1).replace(BULLETS, '')) && AREA_SUBJECT_AFTER.test(text.slice(to, to + 80));
}
const VISITS_BEFORE = new RegExp(String.raw`^\s*(?:(?:${alt(VISIT_COUNT_HEADS)})\s+)?(?:${alt(VISITOR_NOUNS)})\s+(?:${alt(COMING_VERBS)})\s*$`, 'iu');

// "… trên địa bàn <unit>": the clause's words end in the area words.
const AREA_BEFORE = new RegExp(String.raw`${edgeAlt(WHOLE_AREA_WORDS.filter((w) => w !== 'toàn'))}\s*$`, 'iu');
const PERIOD_WORD = String.raw`(?:${alt(PERIOD_AFTER_NAME_WORDS)}|\d{1,4}(?:\/\d{1,4}){0,2}|[IV]{1,3}|-)`;
// "… từ 4,15% xuống còn 3,62%", "… từ 120 lên 145 hộ": a change from one value to another right after the name (a period between).
const AREA_VALUES_AFTER = new RegExp(String.raw`^(?:\s+${PERIOD_WORD}){0,8}\s+từ\s+\d[\d.,]*\s*(?:%|\p{L}+(?:\s+\p{L}+)?)?\s+(?:${alt(NEW_LEVEL_VERBS)})(?![\p{L}])`, 'iu');
const OWNED_VERB = new RegExp(String.raw`${edgeAlt(OWNED_SUBJECT_VERBS)}(?![\p{L}])`, 'iu');
// "thu tiền sử dụng đất trên địa bàn huyện X vẫn là nguồn thu chủ yếu": a copula saying what the framed phrase is makes it
// the clause's subject, as a verb of a result does; not a rank ("… là cao nhất tỉnh" compares the unit with others).
const AREA_COPULA_AFTER = new RegExp(
  String.raw`^(?:\s+${PERIOD_WORD}){0,8}(?:\s+(?:${alt(SUBJECT_VERB_ADVERBS)})(?![\p{L}])){0,3}\s+(?:${alt(VALUE_COPULAS)})\s+(?!(?:\p{L}+\s+){0,2}nhất(?![\p{L}]))\p{Ll}`,
  'iu',
);
const AREA_SUBJECT_AFTER = new RegExp(
  String.raw`^(?:\s+${PERIOD_WORD}){0,8}(?:\s+(?:${alt(SUBJECT_VERB_ADVERBS, STATE_DEGREE_ADVERBS, ESTIMATE_WORDS)})(?![\p{L}])){0,3}\s+(?:${alt(AREA_SUBJECT_VERBS)})(?![\p{L}])`,
  'iu',
);

// "… huyện X, huyện giáp ranh, …", "huyện X (lân cận)": an apposition right after the name makes it a neighbour.
const NEIGHBOUR_AFTER = new RegExp(String.raw`^(?:\s*[,(]\s*(?:\p{L}+\s+){0,3}(?:${alt(NEIGHBOUR_OR_PROVIDER_WORDS.filter((w) => /^\p{Ll}/u.test(w)), FELLOW_UNIT_WORDS, PARTNER_AFTER_WORDS)})|\s+(?:${alt(NEIGHBOUR_ADJECTIVES)}))(?![\p{L}])`, 'u');
// "… theo thỏa thuận giữa hai xã": a sentence about a relation between two units of a rank, "hai", "2", "02" or "các" before the level word.
const BETWEEN_UNITS = new RegExp(String.raw`${edgeAlt(BETWEEN_UNITS_WORDS)}\s+(?:hai|0?2|các)\s+(${LEVEL})(?![\p{L}])`, 'giu');

/**
 * The mention's sentence is about a relation between two units of its rank ("… tiếp nhận 35 ngôi mộ của xã X di dời theo
 * thỏa thuận giữa hai xã"): the named unit is the issuer's counterpart, not a slip for the issuer.
 */
export function betweenUnits(text: string, m: UnitMention): boolean {
  const sentence = splitSentences(text).find((x) => m.from >= x.from && m.from < x.to);
  if (sentence === undefined) return false;
  for (const b of text.slice(sentence.from, sentence.to).matchAll(BETWEEN_UNITS)) {
    const level = LEVEL_OF.get(b[1].toLowerCase());
    if (level !== undefined && LEVEL_RANK[level as keyof typeof LEVEL_RANK] === rankOf(m.unit)) return true;
  }
  return false;
}

// "Để so sánh, …": a comparison opener, bullets before it, opening the sentence; a comma or a space after it.
const COMPARISON_OPENER = new RegExp(String.raw`^[\s${BULLET_CHARS}]*(?:${alt(COMPARISON_OPENERS)})(?![\p{L}])`, 'iu');

/**
 * The mention's sentence opens by announcing its facts as a comparison ("Để so sánh, huyện X cùng kỳ có 152 doanh nghiệp"):
 * the named unit is the issuer's yardstick, not a slip for the issuer.
 */
export function comparedInSentence(text: string, from: number): boolean {
  const sentence = splitSentences(text).find((x) => from >= x.from && from < x.to);
  return sentence !== undefined && COMPARISON_OPENER.test(text.slice(sentence.from, from));
}

/** The words right after the mention set it apart as a neighbour of the issuer. */
export function neighbourAfter(text: string, to: number): boolean {
  const after = text.slice(to, to + 40);
  return NEIGHBOUR_AFTER.test(after);
}

// "huyện X (địa phương dẫn đầu tỉnh)", "phường Y (thành phố Z)": a bracket right after the name that describes the unit or
// names a unit above it, closed within a few words.
const DESCRIBED_AFTER = new RegExp(String.raw`^\s*\(\s*(?:(${alt(UNIT_DESCRIPTION_WORDS)})(?![\p{L}])|(${LEVEL})\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}))[^()\n]{0,60}\)`, 'iu');
const LEVEL_OF = new Map(ADMIN_LEVEL_WORDS.map((w) => [w.toLowerCase(), w]));

/**
 * The words right after the mention introduce the unit to the reader: a bracketed description ("(địa phương dẫn đầu tỉnh)")
 * or the unit above it ("(thành phố Biên Hòa)"). The report never introduces its own unit so; the named one is another,
 * named for a comparison. A bracketed unit of the mention's rank or lower is no such introduction ("xã X (xã Y cũ)").
 */
export function describedAfter(text: string, to: number, rank: number): boolean {
  const m = DESCRIBED_AFTER.exec(text.slice(to, to + 80));
  if (m === null) return false;
  if (m[1] !== undefined) return true;
  const level = LEVEL_OF.get(m[2].toLowerCase());
  return level !== undefined && rankOf({ name: `${level} ${m[3]}`, level } as UnitMention['unit']) < rank;
}

// "của xã", "trong xã": the issuer named by its level word alone, no name after it. Built once per level word, as
// OWN_BY_LEVEL_ALONE below: built per mention, its compilation was most of ownThenElsewhere's time. Only `matchAll` reads
// it, which matches on a copy, so the shared regex's lastIndex never moves.
const OWN_OF_LEVEL = new Map<string, RegExp>();
const OWN_BY_LEVEL = (level: string): RegExp => {
  let re = OWN_OF_LEVEL.get(level);
  if (re === undefined) {
    if (OWN_OF_LEVEL.size >= 64) OWN_OF_LEVEL.clear();
    OWN_OF_LEVEL.set(level, (re = new RegExp(String.raw`(?<![\p{L}])(?:của|trong)\s+${level}(?![\p{L}])(?!\s+\p{Lu})`, 'gu')));
  }
  return re;
};
const LOCATED_IN = new RegExp(String.raw`${edgeAlt(LOCATED_IN_WORDS)}(?![\p{L}])`, 'iu');

/**
 * "05 hộ của xã sinh hoạt tại điểm nhóm thuộc xã X": in one sentence the issuer is named by its level word alone ("của xã")
 * and then, after a locative ("tại", "ở", "thuộc"), a named unit of that level: the sentence sets the two apart, so the
 * named one is the other place its people go to, not a slip for the issuer's name.
 */
export function ownThenElsewhere(text: string, m: UnitMention): boolean {
  const head = text.slice(Math.max(0, m.from - 160), m.from);
  const sentence = head.slice(Math.max(head.lastIndexOf('. '), head.lastIndexOf(';'), head.lastIndexOf('\n')) + 1);
  const own = [...sentence.matchAll(OWN_BY_LEVEL(m.unit.level))].pop();
  return own !== undefined && LOCATED_IN.test(sentence.slice(own.index + own[0].length));
}

// "… của 15 xã, thị trấn thuộc <unit> tiếp nhận 27.408 hồ sơ": communes belonging to the unit, then a verb and a figure.
const MEMBERS_BEFORE = new RegExp(String.raw`${edgeAlt(COMMUNE_LEVEL_WORDS)}\s+(?:${alt(BELONGING_WORDS)})\s*$`, 'iu');
const VERB_FIGURE_AFTER = new RegExp(String.raw`^\s+(?!(?:${alt(PERIOD_AFTER_NAME_WORDS)})(?![\p{L}]))(?:\p{Ll}+\s+){1,3}\d`, 'u');

/**
 * The name owns the counted communes its clause's figure is of: "Bộ phận một cửa của 15 xã, thị trấn thuộc huyện X tiếp
 * nhận 27.408 hồ sơ" states the members' facts as that district's, as a subject would; a period after the name
 * ("… thuộc huyện X năm 2024") is no verb.
 */
export function ownsCountedMembers(text: string, to: number, from: number): boolean {
  return MEMBERS_BEFORE.test(text.slice(Math.max(0, from - 40), from)) && VERB_FIGURE_AFTER.test(text.slice(to, to + 60));
}

// "đoàn cán bộ y tế xã X đến học tập kinh nghiệm …": a visiting group's noun a few words before the name, no clause break,
// and right after the name a verb of coming and what the group came for.
const DELEGATION_BEFORE = new RegExp(String.raw`${edgeAlt(DELEGATION_WORDS)}(?:\s+[^\s.,;:!?()]+){0,6}\s+$`, 'iu');
const COMING_FOR = new RegExp(String.raw`^\s*(?:${alt(COMING_VERBS)})\s+(?:${alt(VISIT_PURPOSE_WORDS)})(?![\p{L}])`, 'iu');

/**
 * The mention names where a visiting group came from ("Ngày 06/11, đoàn cán bộ y tế xã X đến học tập kinh nghiệm tại
 * …", "Đoàn công tác của UBND huyện Y về thăm và tặng quà"): the group's deed is the visit, the facts the clause reports
 * happen at the issuer, and the named unit is a guest, not a slip for the issuer's name.
 */
export function visitingFrom(text: string, from: number, to: number): boolean {
  return COMING_FOR.test(text.slice(to, to + 50)) && DELEGATION_BEFORE.test(text.slice(Math.max(0, from - 80), from));
}

// "… giáo dân từ xã X sang dự": an origin word right before the name and a verb of coming right after it.
const ORIGIN_BEFORE = new RegExp(String.raw`${edgeAlt(ORIGIN_WORDS)}\s+$`, 'iu');
const COMING_AFTER = new RegExp(String.raw`^\s+(?:${alt(COMING_VERBS)})(?![\p{L}])`, 'iu');

/**
 * The mention names where people came from ("khoảng 150 lượt người tham dự, có cả giáo dân từ xã X sang dự", "đón 12
 * lao động từ huyện Y về"): they came to the issuer, whose event it is; the named unit is their origin, no slip for the issuer.
 */
export function comingFrom(text: string, from: number, to: number): boolean {
  return ORIGIN_BEFORE.test(text.slice(Math.max(0, from - 12), from)) && COMING_AFTER.test(text.slice(to, to + 12));
}

/** "…, UBND huyện X báo cáo kết quả … như sau:": the unit right before a verb of reporting is the report's author. */
export const AUTHOR_AFTER = new RegExp(String.raw`^\s+(?:${alt(AUTHOR_VERBS)})(?![\p{L}])`, 'iu');

// "Trên đây là báo cáo kết quả … 6 tháng đầu năm 2025 của Ủy ban nhân dân ": a closing line's lead and what it sums up, no
// sentence end on the way, then "của" and at most six words of an organ right before the name (captured).
const CLOSING_LINE_OWNER = new RegExp(String.raw`(?<![\p{L}])(?:${alt(CLOSING_LINE_LEADS)})\s+(?:${alt(CLOSING_LINE_NOUNS)})(?![\p{L}])(?:(?![.;!?](?:\s|$)).){0,260}?\s(?:${alt(['của'])})\s+((?:[^\s,;:.()!?]+\s+){0,6})$`, 'iu');
// The organ's words: none, or a name opening with a capital ("Ủy ban nhân dân", "Hội Khuyến học"), no level word of another
// unit among them ("của xã A cho " leaves the unit after it a receiver, no author).
const ORGAN_WORDS = new RegExp(String.raw`^(?:\p{Lu}(?:(?!(?<![\p{L}])(?:${alt(ADMIN_LEVEL_WORDS)})(?![\p{L}]))[^])*)?$`, 'u');
// After the name: the line's end ("./.", a sentence end, nothing), an address of the unit above it maybe between ("…, huyện Y./.").
const CLOSING_LINE_END = new RegExp(String.raw`^(?:,?\s*(?:${alt(ADMIN_LEVEL_WORDS)})\s[^.;!?]{1,40}?)?\s*(?:\.\s*\/\s*\.|[.;!](?:\s|$)|$)`, 'iu');

/**
 * The mention closes a report's closing line as the one whose report it is ("Trên đây là báo cáo … của Ủy ban nhân dân xã
 * X./."): the author, so the issuer's own unit, never a partner or a place visited that the title's topic words (a "học
 * tập" of "xã hội học tập") might suggest. A document cited on the way makes it that document's issuer instead.
 */
function closingLineOwner(text: string, m: UnitMention): boolean {
  const owner = CLOSING_LINE_OWNER.exec(text.slice(Math.max(0, m.from - 320), m.from));
  return owner !== null && ORGAN_WORDS.test(owner[1]) && CLOSING_LINE_END.test(text.slice(m.to)) && !inCitation(text, m.from);
}

/** Read the roles of a mention in its block's text. */
export function placeRole(source: Source, m: UnitMention): { subject: boolean; cited: boolean; other: boolean; former: boolean; covered: boolean; basis: boolean } {
  const text = source.blocks[m.block].text;
  // The report's author, whatever document its sentence cites before it: the subject of the report's own facts.
  if (AUTHOR_AFTER.test(text.slice(m.to, m.to + 30)) || closingLineOwner(text, m)) return { subject: true, cited: false, other: false, former: formerAfter(text, m.to) || mergedOf(source).has(m.key), covered: coveredOf(source).has(m.key), basis: false };
  // "… tại xã X, huyện Y": the unit that closes another's address is where that one lies; it is the subject only as that one is.
  const addressed = addressedUnit(source, m);
  const at = addressed ?? m;
  const cited = inCitation(text, m.from);
  return {
    subject: isSubject(text, at.from) || ownsSubject(text, at.from, m.to) || ownsCountedMembers(text, m.to, at.from) || ownDeedArea(text, at.from) || visitsCounted(text, at.from, m.to) || peopleActPassively(text, at.from, m.to),
    cited,
    other: notTheActor(text, m.from, rankOf(m.unit)) || setApartBesidesPartner(text, m),
    former: formerAfter(text, m.to) || mergedOf(source).has(m.key),
    covered: coveredOf(source).has(m.key),
    basis: cited && governingBasis(text, m.from, m.to, rankOf(m.unit)),
  };
}

// Between a lower unit and the unit above it in one address: a comma or a space at most ("xã X, huyện Y", "xã X huyện Y").
const ADDRESS_JOIN = /^,?[ \u00A0]*$/u;

/**
 * The lower unit whose address the mention closes ("tổ chức đoàn học tập mô hình … tại xã X, huyện Y": "huyện Y" is where
 * "xã X" lies), or null. Such a mention opens no clause of its own: what the clause says of the pair, it says of the lower
 * unit, so the pair's role is read at the lower unit's place.
 */
function addressedUnit(source: Source, m: UnitMention): UnitMention | null {
  const text = source.blocks[m.block].text;
  const lower = findUnitMentions(source).filter((o) => o.block === m.block && o.to <= m.from && rankOf(o.unit) > rankOf(m.unit)).pop();
  return lower !== undefined && ADDRESS_JOIN.test(text.slice(lower.to, m.from)) ? lower : null;
}

/**
 * A unit the sentence names as someone else's place (a partner, a neighbour) is that in all its mentions there:
 * "Tranh chấp của hộ dân thuộc xã X được UBND xã phối hợp với UBND xã X hòa giải" — the first "xã X" locates the
 * partner's residents, not the issuer's facts. Not a mention that is the subject of a clause of its own, closed off from
 * the partner's by a ";": "UBND huyện X đã thành lập 05 đoàn kiểm tra …; Trường … giao lưu với Trường … huyện X" — the
 * first clause tells the deed of a unit, whoever the second names as a partner.
 */
export function otherThroughSentence<T extends UnitMention & { other: boolean; cited: boolean; subject: boolean }>(source: Source, given: T[]): T[] {
  const places = otherThroughJoiner(source, given);
  const sentenceOf = (m: T) => splitSentences(source.blocks[m.block].text).findIndex((x) => m.from >= x.from && m.from < x.to);
  const keyOf = (m: T) => `${m.block}/${sentenceOf(m)}/${rankOf(m.unit)}/${m.key}`;
  const partners = places.filter((m) => m.other && !m.cited);
  if (partners.length === 0) return places;
  const known = new Map<string, T[]>();
  for (const p of partners) known.set(keyOf(p), [...(known.get(keyOf(p)) ?? []), p]);
  const ownClause = (m: T, p: T) => m.subject && source.blocks[m.block].text.slice(Math.min(m.to, p.to), Math.max(m.from, p.from)).includes(';');
  return places.map((m) => (!m.other && (known.get(keyOf(m)) ?? []).some((p) => !ownClause(m, p)) ? { ...m, other: true } : m));
}

/**
 * A unit the report introduces as a neighbour ("xã X (giáp ranh)", "giáp xã X") stays that neighbour where it is named
 * again later as the place where something happens ("… đến khi dịch bệnh tại xã X được công bố hết dịch"): the same
 * neighbour, not a slip for the issuer. A later mention that is its clause's subject, or owns it ("công tác … của xã X"),
 * keeps its own role.
 */
export function neighbourThroughDocument<T extends UnitMention & { other: boolean; subject: boolean }>(source: Source, places: T[]): T[] {
  const key = (m: T) => `${rankOf(m.unit)}/${m.key}`;
  const introduced = (m: T) => {
    const text = source.blocks[m.block].text;
    return neighbourAfter(text, m.to) || NEIGHBOUR_BEFORE.test(text.slice(Math.max(0, m.from - 40), m.from)) || LINKED_PLACE.test(text.slice(Math.max(0, m.from - 40), m.from))
      || neighbourListed(text, m.from);
  };
  const first = new Map<string, { block: number; from: number }>();
  for (const m of places) {
    if (!m.other || !introduced(m)) continue;
    const seen = first.get(key(m));
    if (!seen || m.block < seen.block || (m.block === seen.block && m.from < seen.from)) first.set(key(m), { block: m.block, from: m.from });
  }
  if (first.size === 0) return places;
  return places.map((m) => {
    const seen = first.get(key(m));
    const later = seen !== undefined && (m.block > seen.block || (m.block === seen.block && m.from > seen.from));
    const text = source.blocks[m.block].text;
    return !m.other && !m.subject && later && LOCATED_AT.test(text.slice(Math.max(0, m.from - 12), m.from)) ? { ...m, other: true } : m;
  });
}
// "… dịch bệnh tại xã X": a place where something happens, right after a locative ("của xã X" may still be a slip).
const LOCATED_AT = new RegExp(String.raw`${edgeAlt(LOCATIVE_OPENERS)}\s+$`, 'iu');
// "giáp xã X", "xã lân cận X": a neighbour word (not a provider's name) right before the name, a few words between at most.
const NEIGHBOUR_BEFORE = new RegExp(String.raw`${edgeAlt(NEIGHBOUR_ADJECTIVES, NEIGHBOUR_OR_PROVIDER_WORDS.filter((w) => /^\p{Ll}/u.test(w)))}\s+(?:\S+\s+){0,2}$`, 'iu');

// A comparison word right before the name, or within the few words of the compared thing: "cao hơn huyện X (79,4%)".
const YARDSTICK_BEFORE = new RegExp(String.raw`${edgeAlt(YARDSTICK_WORDS)}\s*$`, 'iu');
function yardstickAt(text: string, from: number): boolean {
  const before = text.slice(Math.max(0, from - 80), from);
  return YARDSTICK_BEFORE.test(before) || FAR_YARDSTICK.test(before);
}

/**
 * A unit the report compares its own figures with ("Tỷ lệ này cao hơn huyện X (79,4%)") is its yardstick wherever the
 * report only states that unit's value: "Tỷ lệ trường chuẩn của huyện X là 55,2%" gives the yardstick's figure, not the
 * issuer's facts under a wrong name. A mention doing anything else (an actor, "huyện X đã …") keeps its role.
 */
export function yardstickValues<T extends UnitMention & { other: boolean }>(source: Source, places: T[]): T[] {
  const compared = new Set(places.filter((m) => yardstickAt(source.blocks[m.block].text, m.from)).map((m) => `${rankOf(m.unit)}/${m.key}`));
  if (compared.size === 0) return places;
  return places.map((m) => {
    if (m.other || !compared.has(`${rankOf(m.unit)}/${m.key}`)) return m;
    const text = source.blocks[m.block].text;
    const head = text.slice(Math.max(0, m.from - 120), m.from);
    const clause = head.slice(Math.max(...[',', ';', ':', '(', '. '].map((c) => head.lastIndexOf(c))) + 1);
    const stated = OWNER_BEFORE.test(clause) && !/\d/u.test(clause) && OWNED_VALUE_AFTER.test(text.slice(m.to, m.to + 20));
    return stated ? { ...m, other: true } : m;
  });
}

// Between two mentions: a bracketed figure of the first at most, then a joiner and "của"/"với" ("huyện X (96,4%) và của xã Y").
const JOINED = new RegExp(String.raw`^\s*(?:\([^()\n]{0,30}\)\s*)?(?:${alt(YARDSTICK_JOINERS)})\s+(?:(?:${alt(['của', 'với'])})\s+)?$`, 'iu');

/**
 * A unit joined by "và"/"hoặc" to a unit named just before it as someone else's place (a yardstick, a partner, a neighbour)
 * is someone else's too: "Tỷ lệ này cao hơn của huyện X (96,4%) và của xã Y (94,8%)" compares with both. Mentions of any
 * rank carry it on, in order through the block.
 */
export function otherThroughJoiner<T extends UnitMention & { other: boolean; cited: boolean }>(source: Source, places: T[]): T[] {
  const out = places.slice();
  const order = out.map((_, i) => i).sort((a, b) => out[a].block - out[b].block || out[a].from - out[b].from);
  for (let k = 1; k < order.length; k++) {
    const p = out[order[k - 1]];
    const m = out[order[k]];
    if (m.other || !p.other || p.cited || p.block !== m.block || m.from < p.to) continue;
    if (JOINED.test(source.blocks[m.block].text.slice(p.to, m.from))) out[order[k]] = { ...m, other: true };
  }
  return out;
}

// "… do Ban Chỉ huy quân sự huyện X bàn giao": the agent word, then the giver's organ (a few words, no clause mark) before the name.
const AGENT_BEFORE = new RegExp(String.raw`${edgeAlt(AGENT_WORDS)}\s+(?:[^\s,;:.()]+\s+){0,6}$`, 'iu');

/**
 * The unit is the agent of a passive deed of giving ("Tiếp nhận 02 hài cốt liệt sĩ do Ban Chỉ huy quân sự huyện X bàn giao",
 * "được UBND huyện X hỗ trợ 20 tấn gạo"): the issuer received from it; someone else's deed, not the issuer's facts.
 */
function givenBy(text: string, from: number, to: number): boolean {
  return AGENT_BEFORE.test(text.slice(Math.max(0, from - 80), from)) && GIVES_AFTER.test(text.slice(to, to + 40));
}

// "UBND huyện X (đã) hỗ trợ 02 xe …": a verb of giving right after the name, adverbs between.
const GIVES_AFTER = new RegExp(String.raw`^\s+(?:(?:${alt(SUBJECT_VERB_ADVERBS)})\s+){0,2}(?:${alt(GIVING_VERBS)})(?![\p{L}])`, 'iu');

/**
 * A unit named as the giver of help whose receiver, later in the same sentence, is the issuer ("UBND huyện X hỗ trợ 02 xe
 * chuyên dụng giúp thị trấn Y vệ sinh …" in the report of huyện Y; "… hỗ trợ huyện 500 bao cát"): the clause tells what
 * the issuer received from someone else, not that unit's own facts under a wrong name. The receiver is a mention bearing the
 * issuer's own name at any rank, or the issuer's level word alone. A giver whose sentence names no such receiver keeps its role.
 */
export function giverToIssuer<T extends UnitMention & { other: boolean; subject: boolean }>(source: Source, places: T[], ownKey: string, ownLevel: string): T[] {
  const bare = OWN_BY_LEVEL_ALONE(ownLevel);
  return places.map((m) => {
    if (m.other || !m.subject || m.key === ownKey) return m;
    const text = source.blocks[m.block].text;
    if (!GIVES_AFTER.test(text.slice(m.to, m.to + 40))) return m;
    const sentence = splitSentences(text).find((x) => m.from >= x.from && m.from < x.to);
    const end = sentence?.to ?? text.length;
    const receiver = places.some((o) => o.block === m.block && o.from > m.to && o.from < end && o.key === ownKey) || bare.test(text.slice(m.to, end));
    return receiver ? { ...m, other: true } : m;
  });
}
// The issuer's level word with no name after it ("hỗ trợ huyện 500 bao cát"); after "của", "thuộc", "tại" it owns or places
// what is given ("hỗ trợ 35 hộ của thị trấn"), it receives nothing.
// Built once per level word (a handful: "xã", "huyện", …), not once per document: the alternation alone took 0.1 ms.
const OWNER_OR_AT = alt(OWNER_WORDS, AT_WORDS);
const BY_LEVEL = new Map<string, RegExp>();
const OWN_BY_LEVEL_ALONE = (level: string): RegExp => {
  let re = BY_LEVEL.get(level);
  if (re === undefined) {
    if (BY_LEVEL.size >= 64) BY_LEVEL.clear();
    BY_LEVEL.set(level, (re = new RegExp(String.raw`(?<!(?<![\p{L}])(?:${OWNER_OR_AT})\s+)(?<![\p{L}])${level}(?![\p{L}])(?!\s+\p{Lu})`, 'u')));
  }
  return re;
};

// "được cấp ủy, chính quyền và nhân dân", "được toàn thể đoàn viên thanh niên": the passive's agent word (a word of how
// many may follow it), then only a place's people or authorities, joined by commas and "và", right before the name.
const PEOPLE = alt(PLACE_PEOPLE_WORDS);
const PASSIVE_PEOPLE = new RegExp(String.raw`${edgeAlt(PASSIVE_AGENT_LEADS)}\s+(?:(?:${alt(PASSIVE_AGENT_QUANTIFIERS)})\s+)?(?:(?:${PEOPLE})(?:\s*,\s*|\s+(?:${alt(AND_OR_WORDS)})\s+))*(?:${PEOPLE})\s+$`, 'iu');
// The deed right after the name: a word in lower case, no clause mark between.
const DEED_AFTER = /^\s+\p{Ll}/u;

/**
 * "Chủ trương … tiếp tục được cấp ủy, chính quyền và nhân dân huyện X đồng tình hưởng ứng": the unit's own people or
 * authorities are the agent of the clause's passive deed, so the deed is the unit's, as its subject's would be. A giver's
 * deed ("được UBND huyện X hỗ trợ …") names an organ, not its people, and is told by givenBy.
 */
function peopleActPassively(text: string, from: number, to: number): boolean {
  return PASSIVE_PEOPLE.test(text.slice(Math.max(0, from - 120), from)) && DEED_AFTER.test(text.slice(to, to + 20));
}
