/**
 * locality-mismatch — the report's own facts must be about its own unit.
 *
 * Why: reports are often copied from a neighbour's; "Trạm y tế xã Tân Lập"
 * left in the report of phường Hòa Bình, or "xã Đông Sơn" in the closing of
 * xã Sơn Đông's report, puts the figures on the wrong place. Only a NAMED unit of the issuer's rank other than the issuer counts,
 * for a commune-level issuer (xã, phường, thị trấn) and a district-level one
 * (huyện, quận, thị xã, thành phố thuộc tỉnh; a centrally governed city such
 * as "thành phố Đà Nẵng" is a province). A district's report names its peers
 * more often (provincial rankings, events hosted in the provincial capital),
 * so there a peer counts only as the grammatical subject of its clause:
 * "Trong kỳ, UBND quận Sơn Trà đã ký số …", "Toàn huyện X có …". Not mismatches: a district's report naming its
 * communes, lists of several units, neighbours ("giáp", "lân cận"), partners and
 * places visited ("phối hợp với UBND xã X", "tham quan mô hình tại xã X"), units in a
 * document citation ("Quyết định số 12/QĐ-UBND … của UBND xã X"), providers
 * ("VNPT Thanh Hoá", "Bưu điện huyện"), and spelling variants of the issuer's
 * own name ("Giềng Đáy" for "Giếng Đáy").
 *
 * @example {"name": "ok.txt"}
 *   BÁO CÁO
 *   Kết quả chuyển đổi số năm 2024 xã Phú Tân
 *
 *   UBND xã Phú Tân báo cáo như sau:
 *
 *   I. KẾT QUẢ
 *   UBND xã đã phối hợp với VNPT Tân Phú và xã Tân Thới, xã Phú Thạnh tổ chức 02 lớp tập huấn.
 * @example {"name": "not-ok.txt", "expect": "localityMismatch"}
 *   BÁO CÁO
 *   Kết quả chuyển đổi số năm 2024 xã Phú Tân
 *
 *   UBND xã Phú Tân báo cáo như sau:
 *
 *   I. KẾT QUẢ
 *   Trạm y tế xã Tân Phú có 7042 hồ sơ sức khỏe điện tử. UBND xã đã cấp 14 chữ ký số.
 */
import type { Source, Unit } from '../model/index.js';
import { findUnitMentions, locateUnit, placeKey, rankOf, type UnitMention } from '../extract/places.js';
import { defineRule } from './define.js';
import { alt, RECIPIENT_VERBS, YARDSTICK_WORDS } from '../text/lexicon.js';

/** A document number just before: "Quyết định số 12/QĐ-UBND ngày … của". */
const CITATION = /(?:\d+\s*\/\s*[\p{L}-]+|(?:Quyết định|Nghị quyết|Kế hoạch|Công văn|Chỉ thị|Thông báo|Hướng dẫn|Văn bản)\s+số)/giu;
/** Words before a name that make it someone else's place: neighbours, providers. */
const OTHER_PLACE = /(?:giáp|tiếp giáp|lân cận|láng giềng|VNPT|Viettel|Vinaphone|Mobifone|FPT|Bưu điện|Ngân hàng|Agribank|Chi nhánh|Công ty|Điện lực)\s+(?:với\s+)?(?:\S+\s+){0,2}$/iu;

/**
 * Words before a name, in the same clause, that make it a partner or a place visited, not the
 * subject of the report's own facts: "phối hợp với UBND xã X", "cùng xã X", "tham quan mô hình … tại xã X".
 */
const PARTNER = /(?:phối hợp|cùng với|cùng|kết nghĩa|liên kết|giao lưu|tham quan|học tập|học hỏi|thăm|trao đổi kinh nghiệm|làm việc với)(?:(?![.;!?](?:\s|$)).){0,60}$/iu;

/**
 * The name right after a verb of giving or a comparison word, an organ or "cho" between: the unit receives the
 * issuer's help ("Xã đã hỗ trợ xã X 2 tấn giống", "chuyển 50 bộ sách cho UBND xã X") or is its yardstick
 * ("năng suất cao hơn xã X"), so the facts are still the issuer's own.
 */
const RECIPIENT_OR_YARDSTICK = new RegExp(
  String.raw`(?<![\p{L}])(?:${alt(RECIPIENT_VERBS, YARDSTICK_WORDS)})(?:\s+(?:cho|với|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|nhân dân|người dân|bà con))*\s*$`,
  'iu',
);

/** The mention is the issuer of a document cited just before it (first "của" after the number, same clause). */
function inCitation(text: string, from: number): boolean {
  const before = text.slice(Math.max(0, from - 160), from);
  let last = -1;
  for (const m of before.matchAll(CITATION)) last = m.index + m[0].length;
  if (last < 0) return false;
  const between = before.slice(last);
  return !/[.;]\s/u.test(between) && (between.match(/\bcủa\b/giu) ?? []).length <= 1;
}

/** Other units of the issuer's rank named in a block; two or more make a list, not a slip. */
function isList(mentions: UnitMention[], m: UnitMention, own: string): boolean {
  const others = new Set(mentions.filter((o) => o.block === m.block && rankOf(o.unit) === rankOf(m.unit) && o.key !== own).map((o) => o.key));
  return others.size >= 2;
}

/** Words that put a name in a relation (place, comparison, owner) rather than make it the actor. */
const RELATION = /(?<!\p{L})(?:của|do|với|tại|ở|cho|đến|tới|về|so|như|hoặc|thuộc|giáp|cùng|từ|sau|trước|trên|trong|ngoài|bằng|theo|gồm|các|những|nhiều|hơn|thứ)(?!\p{L})/iu;

/**
 * The name is the subject of its clause: nothing before it in the clause but an organ of the unit
 * ("UBND", "Trung tâm Y tế", "Phòng Văn hóa và Thông tin"), "Toàn" or "Trên địa bàn".
 */
function isSubject(text: string, from: number): boolean {
  const head = text.slice(0, from);
  const cut = Math.max(...[',', ';', ':', '(', '. ', '! ', '? '].map((c) => head.lastIndexOf(c)));
  const clause = head.slice(cut + 1).replace(/^[\s\-+•*–]+/u, '').trim();
  if (clause === '' || /^(?:toàn|(?:trên\s+)?địa bàn)$/iu.test(clause)) return true;
  // "Thu ngân sách trên địa bàn thị xã X đạt khá": the unit is where the clause's subject happens, as good as its actor.
  const own = clause.replace(/\s+(?:trên\s+)?địa bàn$/iu, '');
  if (own !== clause && own !== '') return isSubject(own, own.length);
  return /^\p{Lu}/u.test(clause) && clause.split(/\s+/).length <= 7 && !RELATION.test(clause) && !/\svà$/iu.test(clause);
}

function mismatches(source: Source, unit: Unit, mentions: UnitMention[]): UnitMention[] {
  const own = mentions.find((m) => m.unit.name === unit.name)?.key ?? placeKey(unit.name.slice(unit.level.length + 1));
  const rank = rankOf(unit);
  return mentions.filter((m) => {
    if (rankOf(m.unit) !== rank || m.key === own) return false;
    const text = source.blocks[m.block].text;
    const before = text.slice(Math.max(0, m.from - 80), m.from);
    if (rank === 2 && !isSubject(text, m.from)) return false;
    return !inCitation(text, m.from) && !OTHER_PLACE.test(before.slice(-40)) && !PARTNER.test(before) && !RECIPIENT_OR_YARDSTICK.test(before) && !isList(mentions, m, own);
  });
}

export default defineRule({
  id: 'locality-mismatch',
  severity: 'warning',
  description: 'Báo cáo nêu tên một đơn vị cùng cấp khác với đơn vị ban hành',
  messages: {
    localityMismatch: 'Báo cáo của {expected} nhưng đoạn này nói về {found}',
  },
  check(context) {
    const { meta } = context;
    if (!meta.unit || rankOf(meta.unit) < 2) return;
    const mentions = findUnitMentions(context.source);
    const home = locateUnit(context.source, meta.unit, mentions);
    for (const m of mismatches(context.source, meta.unit, mentions)) {
      const places = [{ block: m.block, from: m.from, to: m.to }, ...(home ? [{ block: home.block, from: home.from, to: home.to }] : [])];
      context.report({ messageId: 'localityMismatch', data: { found: m.unit.name, expected: meta.unit.name }, places, suggestion: meta.unit.name });
    }
  },
});
