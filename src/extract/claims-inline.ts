/**
 * Part–whole claims inside one paragraph: "N … (trong đó A a, B b)",
 * "N …, gồm a A và b B", "N …. Trong đó: A a, B b.", and with the whole
 * first, "Trong tổng số N …, A a …" (the parts are what the sentence says next).
 * Also: "N …: nam a, nữ b" (a colon, when the parts cover a split); a workload
 * split by what became of it ("phải giải quyết N đơn; … đã giải quyết a, đang
 * giải quyết b"); and a sentence that only frames its breakdown ("Về cơ cấu,
 * gồm: …", "Số người … được phân theo nhóm tuổi, gồm …", "Phân theo thời gian nợ: …"),
 * whose whole is the one amount of the sentence or paragraph before that it frames or names; and "Trong số <noun and its
 * words> có N …", whose whole is the one earlier amount stated with that noun and those words.
 *
 * The whole is the nearest amount before the connector (in the same sentence,
 * or the previous one when the connector opens a sentence), preferring one
 * whose unit the parts state. The parts run to the closing ")" or the end of
 * the sentence, one figure per comma-, semicolon- or "và"-separated segment;
 * a segment opening with a verb ("đã", "đạt", …) ends them. Anything unclear
 * (a fraction, two amounts in a segment, a part of another unit) yields nothing.
 */
import type { Block, Claim, Figure } from '../model/index.js';
import { subSpan } from '../model/index.js';
import { compatible, heldShareBefore, isAmount, isReference, jointNoun, localRange, makeClaim, outcomeMember, outcomeOf, partitionOf, tiersSplit, type BlockFigures } from './claims-parts.js';
import { splitSentences } from './sentences.js';
import { levelsApart, periodsSplit } from './claims-part-periods.js';
import { classesOfWhole } from './claims-classes.js';
import { applicationsFor, casesBySex, casesOfPatients, casesOfPeople, framedMembers, membersBySex, peopleByQualifier, peopleSplit } from './labels.js';
import {
  alt, AND_OR_WORDS, APPROXIMATE_WORDS, ASIDE_WORDS, EQUAL_WORDS, ATTRIBUTE_WORDS, BOUND_WORDS, COMPLEMENT_THRESHOLDS, OPEN_RANGE_TAILS, BREAKDOWN_BY_VERBS, BREAKDOWN_CRITERION_NOUNS, BREAKDOWN_FRAME_WORDS, CLASSIFYING_VERBS, TOTAL_WORDS, CLAUSE_OPENING_WORDS, COMPARED_WITH, DESCRIBING_WORDS, DIFFERENCE_TAILS, DIFFERENCE_VERBS, EXHAUSTIVE_CONNECTORS,
  FUNDING_WORDS, SHARE_OF_WHOLE_VERBS, INCLUDING_WORDS, RIVAL_COMPARATIVES, AMONG_NAMED, AMONG_THAT, WHOLE_FIRST_WORDS, WHOLE_FIRST_CLAUSE_WORDS, WHOLE_FIRST_LEADS, CRITERION_LEADS, BACK_POINTERS, PLURAL_MARKERS, PART_SEPARATOR_WORDS, PLAN_BASE_TAILS, PLAN_BASES, wordsRe, AS_FOLLOWS, COMPARISON, CONDITION_UNITS, CONSISTS_OF,
  DIVIDED_INTO, EACH_WORDS, LEFT_OUT_OPENERS, LOCATIVE_OPENERS, MOSTLY, CAUSE_WORDS, MEMBER_GROUP_NOUNS, MEMBER_NOUNS, NAME_LINK_WORDS, OWNER_WORDS, OF_WHICH, OUTCOME_OPENERS, PARALLEL_PART_OPENERS, RATE_WORDS, SEPARATELY, SPECIFICALLY, spellings, WORKLOAD_WORDS, REMAINDER_WORDS, SCALE_WORDS, POPULATION_HEADS,
  LEFT_OVER_LEADS, MONEY_NAME_HEADS, SOURCE_CRITERION_TAILS, SOURCE_GETTING_VERBS, RATIO_NAME_WORDS, NEGATION_WORDS, OUTCOME_PARTITION, PART_SHARE_LEADS, WORKLOAD_INTAKE_WORDS, STATED_AS_WORDS, TOTAL_NAMED_LEADS, BULLET_CHARS, edgeAlt,
} from '../text/lexicon.js';
import { bracketsBalanced } from '../text/normalize.js';

// "800.000 đồng/em", "5,2 tấn/ha": a value per unit of something (its unit read with a "/").
const perUnit = (f: Figure) => (f.unit ?? '').includes('/');
const CONDITION = new Set(CONDITION_UNITS.flatMap(spellings));
// "khám thai đủ 4 lần trong 3 thời kỳ 184 người": the figures of a condition ("4 lần", "3 thời kỳ") are not the part.
const condition = (f: Figure) => {
  const words = (f.unit ?? '').toLowerCase().split(/\s+/u);
  return CONDITION.has(words[0]) || CONDITION.has(words.slice(0, 2).join(' '));
};

// "cụ thể:" (or "cụ thể như sau:") after an amount announces its breakdown, like "gồm:"; without the colon
// ("cụ thể hóa", "cụ thể như các xã") it is an ordinary word.
// "Phân theo thời gian nợ: …", "Chia theo lĩnh vực: …": a sentence that opens with the criterion of a breakdown, its colon
// the connector (the colon is matched first, the words before it then: no lookbehind tried at every index).
// "Phân loại nợ: …": a sentence that opens classifying its whole by that whole's own noun, likewise; so does a bare "Theo"
// before a criterion noun ("Theo thị trường: …", BREAKDOWN_CRITERION_NOUNS).
// "Kinh phí huy động từ các nguồn: …": a sentence naming its whole by a few words, then its sources (SOURCE_CRITERION_TAILS).
// The words of a breakdown's criterion after "theo" ("Phân theo đối tượng được hỗ trợ mức đóng:" has seven).
const CRITERION_MAX_WORDS = 8;
const BY_CRITERION_COLON = String.raw`:(?<=(?:^|[.;!?]\s{0,3})[\s\-+•*–]{0,4}(?:(?:${alt(BREAKDOWN_BY_VERBS)})\s+theo(?:\s+\p{L}+){1,${CRITERION_MAX_WORDS}}|[Tt]heo\s+(?:${alt(BREAKDOWN_CRITERION_NOUNS)})(?:\s+\p{L}+){0,3}|(?:${alt(CLASSIFYING_VERBS)})(?:\s+\p{L}+){1,4}|(?:\p{L}+\s+){1,6}(?:${alt(SOURCE_CRITERION_TAILS)})(?:\s+\p{Ll}+)?)\s{0,3}:)`;
const CONNECTOR = new RegExp(
  String.raw`(?<![\p{L}])(${alt(OF_WHICH, CONSISTS_OF, DIVIDED_INTO)}|(?:${alt(SPECIFICALLY)})(?=(?:\s+(?:${alt(AS_FOLLOWS)}))?\s*:)|(?<=[,;]\s*)(?:${alt(SEPARATELY, MOSTLY)}))(?![\p{L}])|(${BY_CRITERION_COLON})`,
  'giu',
);
// Where a connector may start: one of its words (not after a letter) or a colon. CONNECTOR opens with a lookbehind, so a
// scan of it tries its alternatives at every index of the paragraph; these first characters let V8 skip to the candidates,
// and CONNECTOR is then tried (sticky) only there (connectorsIn).
const CONNECTOR_START = new RegExp(`${edgeAlt(OF_WHICH, CONSISTS_OF, DIVIDED_INTO, SPECIFICALLY, SEPARATELY, MOSTLY)}|:`, 'giu');
const CONNECTOR_AT = new RegExp(CONNECTOR.source, 'iuy');
/**
 * The matches of CONNECTOR in `text`, the very ones `text.matchAll(CONNECTOR)` finds in the same order: every match of
 * CONNECTOR opens with a word of CONNECTOR_START or a colon, and each candidate is tried where a scan of CONNECTOR would
 * reach it (after a match, from its end; after a miss, from the next index).
 */
function connectorsIn(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  CONNECTOR_START.lastIndex = 0;
  for (let s = CONNECTOR_START.exec(text); s !== null; s = CONNECTOR_START.exec(text)) {
    CONNECTOR_AT.lastIndex = s.index;
    const m = CONNECTOR_AT.exec(text);
    if (m !== null) out.push(m);
    CONNECTOR_START.lastIndex = m !== null ? s.index + m[0].length : s.index + 1;
  }
  return out;
}
// Any connector word at all: a cheap test that spares most paragraphs CONNECTOR's lookbehinds at every index.
const ANY_CONNECTOR = new RegExp(`${alt(OF_WHICH, CONSISTS_OF, DIVIDED_INTO, SPECIFICALLY, SEPARATELY, MOSTLY)}|(?<![\\p{L}])theo(?:\\s+\\p{L}+){1,${CRITERION_MAX_WORDS}}\\s{0,3}:|${edgeAlt(CLASSIFYING_VERBS)}(?:\\s+\\p{L}+){1,4}\\s{0,3}:|(?:${alt(SOURCE_CRITERION_TAILS)})(?:\\s+\\p{L}+)?\\s{0,3}:`, 'iu');
// The breakdown a criterion's colon announces covers its whole, like "chia ra".
const CRITERION_CONNECTOR = DIVIDED_INTO[0];
// "bao gồm cả", "trong đó có cả": the parts are examples, never the whole split.
// Sticky: tried where the connector ends, on the whole text (no copy of the rest of the paragraph per connector).
const INCLUDING = new RegExp(String.raw`\s*(?:có\s+)?(?:${alt(INCLUDING_WORDS)})(?![\p{L}])`, 'iuy');
const ATTRIBUTE = wordsRe(ATTRIBUTE_WORDS);
const LOCATIVE_ONLY = new RegExp(String.raw`^\s*(?:${alt(LOCATIVE_OPENERS)})\s*$`, 'iu');
// "nợ từ 03 tháng trở lên 4.125 triệu đồng của 27 đơn vị": a count right after an owner word behind an amount of money says whose it is.
const OWNER_ONLY = new RegExp(String.raw`^\s*(?:${alt(OWNER_WORDS)})\s*$`, 'iu');
// "100 khu vực bỏ phiếu tại 16 xã": the counted noun, a locative, then a count of places (no digit, bracket or clause mark between).
const LOCATIVE_AFTER_NOUN = new RegExp(String.raw`^\s+\p{L}[\p{L} ]{0,40}?\s(?:${alt(LOCATIVE_OPENERS)})\s*$`, 'iu');
// A comma between two digits is a decimal mark ("410,0 ha"), never a separator.
const SEPARATOR = new RegExp(String.raw`(?<!\d),|,(?!\d)|;|\s+(?:${alt(PART_SEPARATOR_WORDS)})\s+`, 'uy');
// "tỷ số giới tính khi sinh là 111", "mật độ 520 người/km²": a segment naming its amount a ratio, an index or a density.
const RATIO_NAMED = wordsRe(RATIO_NAME_WORDS);
// When parts are separated by ";", commas belong inside a part ("ngân sách các xã, thị trấn 650 triệu").
const SEMICOLON = /;/uy;
// Money split by where it came from ("ngân sách huyện …; nguồn xã hội hóa …") covers the whole amount.
const FUNDING = wordsRe(FUNDING_WORDS);

// "trong đó ngân sách cấp trên 2.256 triệu đồng, chiếm 75,23%; nhân dân đóng góp 373 triệu đồng, chiếm 12,44%": each source
// told with its share of the whole, the shares short of 100%: the sources named are some of them, not all.
const SHARE_OF_WHOLE = new RegExp(String.raw`(?:${alt(SHARE_OF_WHOLE_VERBS)})\s*$`, 'iu');
function sharesShort(block: Block, figures: readonly Figure[], parts: readonly Figure[]): boolean {
  const first = localRange(block, parts[0])[0];
  const shares = figures.filter((g) => g.kind === 'percent' && g.block === block.index && localRange(block, g)[0] > first
    && SHARE_OF_WHOLE.test(block.text.slice(Math.max(0, localRange(block, g)[0] - 12), localRange(block, g)[0])));
  return shares.length === parts.length && shares.reduce((s, g) => s + g.value, 0) < 99;
}

function fundedBy(texts: string[]): boolean {
  return texts.length >= 2 && texts.every((t) => FUNDING.test(t));
}

// The characters of text[from, to) outside parentheses.
function topLevel(text: string, from: number, to: number): string {
  let depth = 0;
  let out = '';
  for (let i = from; i < to; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += text[i];
  }
  return out;
}
// A segment opening with one of these is a new clause, not a part.
const CLAUSE_VERB = new RegExp(String.raw`^(?:${alt(CLAUSE_OPENING_WORDS)})(?![\p{L}])`, 'iu');
const DESCRIBES = new RegExp(String.raw`^(?:${alt(DESCRIBING_WORDS)})(?![\p{L}])`, 'iu');
const EXHAUSTIVE = new RegExp(alt(EXHAUSTIVE_CONNECTORS), 'u');

/**
 * Claims stated with "trong đó" / "gồm" inside a paragraph's own sentences. `ownTier`: the tier of the report's own unit
 * (lexicon ADMIN_TIERS' index), when known; parts split by tiers from it down cover their whole (tiersSplit).
 */
export function extractInlineClaims(block: Block, figures: Figure[], previous: Previous | null, ownTier: number | null = null): Claim[] {
  const out: Claim[] = [];
  const text = block.text;
  for (const m of ANY_CONNECTOR.test(text) ? connectorsIn(text) : []) {
    const at = m.index;
    const after = at + m[0].length;
    INCLUDING.lastIndex = after;
    if (INCLUDING.test(text)) continue;
    const connector = m[1] === undefined ? CRITERION_CONNECTOR : m[1].toLowerCase();
    const respective = readRespective(block, figures, at, after, connector);
    if (respective) {
      out.push(...respective);
      continue;
    }
    const claim = readClaim(block, figures, previous, at, after, connector, ownTier) ?? readNestedShare(block, figures, at, after, connector) ?? readFractionWhole(block, figures, at, after, connector);
    if (!claim || (MOSTLY_SET.has(connector) && !mostlyCounted(block, after, figures.find((f) => f.index === claim.parts[0]) ?? null))) continue;
    out.push(claim);
    const paired = pairedAmounts(block, figures, claim, at);
    if (paired) out.push(paired);
  }
  for (const m of WHOLE_FIRST_NEEDS.test(text) ? text.matchAll(WHOLE_FIRST) : []) {
    const claim = readWholeFirst(block, figures, m.index + m[0].length, m[0].replace(WHOLE_FIRST_OPENING, '').trim().toLowerCase());
    if (claim) out.push(claim);
  }
  // Figures outside table cells by where they end, for the nearest one before a colon (binary search: linear in colons).
  let free: Figure[] | null = null;
  let depths: Int32Array | null = null;
  for (const m of text.matchAll(/:/gu)) {
    free ??= figures.filter((f) => f.cell === null).sort((a, b) => a.span.end - b.span.end);
    const claim = readColonSplit(block, figures, free, m.index, (at) => (depths ??= depthsOf(text))[at]);
    if (claim) out.push(claim);
  }
  if (WORKLOAD_NEEDS.test(text) && WORKLOAD.test(text)) {
    const ends = figures.map((f) => localRange(block, f)[1]).sort((a, b) => a - b);
    for (const f of figures) {
      const claim = readOutcome(block, figures, ends, f);
      if (claim) out.push(claim);
    }
  }
  return out;
}

// "…, chủ yếu đi các thị trường Nhật Bản 512 người, …": the bulk told by its own amounts, the first in the clause "chủ yếu"
// opens. "chủ yếu do ngã, bỏng; 01 trẻ …", "chủ yếu ở các thôn vùng cao; … 03 trường hợp" tell a cause or a place, and the
// amount after the clause mark is another clause's; "chủ yếu do thu tiền sử dụng đất vượt dự toán 362,4 triệu đồng" is a cause.
const MOSTLY_SET = new Set<string>(MOSTLY);
const MOSTLY_COUNTED = new RegExp(String.raw`^\s+(?!(?:${alt(CAUSE_WORDS)})(?![\p{L}]))[^,;:.()]*$`, 'iu');
function mostlyCounted(block: Block, after: number, first: Figure | null): boolean {
  return first !== null && first.block === block.index && MOSTLY_COUNTED.test(block.text.slice(after, localRange(block, first)[0]));
}
const OF_WHICH_SET = new Set<string>(OF_WHICH);
const CONSISTS_SET = new Set<string>(CONSISTS_OF);
// After "trong đó": a linking word and the attribute the whole's members also have, no number, bracket or clause mark.
const NESTED_ATTRIBUTE = new RegExp(String.raw`^\s*(?:${alt(NAME_LINK_WORDS)})\s+[^\d;:()]{1,60}$`, 'iu');
const RATE_IN = wordsRe(RATE_WORDS);
const LINK_AFTER = new RegExp(String.raw`\s*(?:${alt(NAME_LINK_WORDS)})\s`, 'iuy');
const freeOf = new WeakMap<Figure[], Figure[]>();

/**
 * "Tỷ lệ lao động qua đào tạo đạt 71,5%, trong đó có bằng cấp, chứng chỉ 27,3%": a rate, "trong đó", a linking word ("có",
 * "được") and an attribute, then the one share of the sentence after it: the whole's members that also have the
 * attribute, a share of the same base, so no larger than the rate. A subgroup named without the linking word ("trong đó
 * nữ 68%") may be the subgroup's own rate and is not read.
 */
function readNestedShare(block: Block, figures: Figure[], at: number, after: number, connector: string): Claim | null {
  LINK_AFTER.lastIndex = after;
  if (!OF_WHICH_SET.has(connector) || !LINK_AFTER.test(block.text)) return null;
  const text = block.text;
  const start = sentenceStart(text, at);
  const end = sentenceEnd(text, after);
  // Figures outside cells in reading order (built once per block): the one before the connector and the one after it.
  let free = freeOf.get(figures);
  if (!free) freeOf.set(figures, (free = figures.filter((f) => f.cell === null).sort((a, b) => a.span.start - b.span.start)));
  const list = free;
  const k = lastAtOrBefore(list.length, (i) => localRange(block, list[i])[0], at - 1);
  const [whole, part, next] = [list[k], list[k + 1], list[k + 2]];
  if (!whole || !part || whole.kind !== 'percent' || part.kind !== 'percent' || (next && localRange(block, next)[0] < end)) return null;
  const [ws, we] = localRange(block, whole);
  const [ps, pe] = localRange(block, part);
  if (ws < start || ps < after || pe > end || !/^\s*,?\s*$/u.test(text.slice(we, at)) || !RATE_IN.test(text.slice(start, ws)) || /[()]/u.test(text.slice(start, ws))) return null;
  if (!NESTED_ATTRIBUTE.test(text.slice(after, ps)) || /\p{L}/u.test(text.slice(pe, end))) return null;
  return makeClaim({ relation: 'subset', whole: whole.index, parts: [part.index], connector, block: block.index, span: subSpan(block, ws, pe) });
}

/**
 * "Tiêm chủng đủ liều 412/430 trẻ dưới 1 tuổi, đạt 95,8%; trong đó trẻ em hộ nghèo 37 em": a fraction right before "trong
 * đó" (no other figure between but one percent, its own rate) is the whole its counts are parts of. A part is of the
 * numerator's group or of the denominator's, both at most the denominator, so the claim records that bound (Claim.bound);
 * which group, and so what the parts add up to, is unsure. Read only when the fraction counts whole things (integers,
 * numerator ≤ denominator) and it and every part name counted nouns of one kind. A "gồm" ("đã giải quyết 06/07 vụ, gồm:
 * đúng 01 vụ, sai 02 vụ, …") is a split that must add up to one of the two, unsure which: an exhaustive claim with the
 * bound, two parts at least. What follows a ";" inside the parts is another clause.
 */
function readFractionWhole(block: Block, figures: Figure[], at: number, after: number, connector: string): Claim | null {
  const split = CONSISTS_SET.has(connector);
  if (!OF_WHICH_SET.has(connector) && !split) return null;
  const text = block.text;
  let start = sentenceStart(text, at);
  if (OPENS_SENTENCE.test(text.slice(start, at)) && start > 0) start = sentenceStart(text, start - 1);
  start = clauseOf(text, start, at);
  const before = figures.filter((f) => f.cell === null && localRange(block, f)[0] >= start && localRange(block, f)[1] <= at);
  let k = before.length - 1;
  while (k >= 0 && before[k].kind === 'percent') k--;
  const whole = before[k];
  if (!whole || before.length - 1 - k > 1 || whole.kind !== 'fraction' || whole.numerator === null || whole.denominator === null || whole.unit === null) return null;
  const [num, den] = [whole.numerator, whole.denominator];
  if (!Number.isInteger(num) || !Number.isInteger(den) || den <= 0 || num > den || whole.change || isReference(block, whole)) return null;
  // The fraction and the connector in one bracket depth: "(đạt 12/15 xã), trong đó …" splits what the bracket follows.
  const [ws, we] = localRange(block, whole);
  const inParens = /\(\s*$/u.test(text.slice(0, at));
  if (!bracketsBalanced(text.slice(we, at).replace(/\(\s*$/u, '')) || closedAside(text, ws, at)) return null;
  let end = inParens ? closingParen(text, at) : sentenceEnd(text, after);
  const semi = inParens ? -1 : firstTopLevel(text, ';', after, end);
  if (semi >= 0) end = semi;
  const parts = readParts(block, figures, after, end);
  if (!parts || parts.figures.length === 0) return null;
  // The fraction read as a count of its denominator's things, for the parts' noun to be held against.
  const counted: Figure = { ...whole, kind: 'count', value: den, numerator: null, denominator: null, percent: null };
  const afterWhole = text.slice(we);
  if (!parts.figures.every((p) => p.kind === 'count' && p.unit !== null && p.value >= 0 && !p.change && compatible(counted, p, afterWhole))) return null;
  // A "gồm" split covers one of the fraction's two groups, unsure which: two parts at least, and every one a count.
  if (split && parts.figures.length < 2) return null;
  const last = parts.figures[parts.figures.length - 1];
  return makeClaim({
    relation: split ? 'exhaustive' : 'subset', whole: whole.index, parts: parts.figures.map((f) => f.index), connector, block: block.index,
    span: subSpan(block, ws, localRange(block, last)[1]), bound: den,
  });
}

// "Phân theo lĩnh vực, trong 187 vụ việc có: …", "Chia theo độ tuổi, 58 hòa giải viên:": a sentence that opens with the
// criterion of a breakdown and then names the whole (no figure between) announces, at the whole's colon, parts covering it.
const CRITERION_LEAD = new RegExp(String.raw`^[\s\-+•*–]{0,4}(?:${alt(BREAKDOWN_BY_VERBS)})\s+theo(?:\s+\p{L}+){1,${CRITERION_MAX_WORDS}}\s*,\s*(?:(?:${alt(WHOLE_FIRST_WORDS, WHOLE_FIRST_CLAUSE_WORDS)})\s+)?$`, 'iu');
const criterionLed = (before: string): boolean => CRITERION_LEAD.test(before);

/**
 * "Toàn xã có 1.250 hội viên nông dân: nam 700 hội viên, nữ 560 hội viên": an amount and its noun, a colon, and parts that
 * cover every member of a split (nam / nữ, mới / lại, trực tuyến / trực tiếp, …) are its breakdown. Without the split's
 * words a colon after an amount says nothing of what follows, unless the sentence opened with the breakdown's criterion.
 */
function readColonSplit(block: Block, figures: Figure[], free: Figure[], colon: number, depthBefore: (at: number) => number): Claim | null {
  const text = block.text;
  const whole = free[lastAtOrBefore(free.length, (i) => localRange(block, free[i])[1], colon)];
  // The words between the amount and its colon are 60 characters at most (checked below): a farther amount is none.
  if (!whole || colon - localRange(block, whole)[1] > 60) return null;
  if (!isAmount(whole) || whole.kind === 'percent' || depthBefore(localRange(block, whole)[0]) > 0) return null;
  const words = text.slice(localRange(block, whole)[1], colon);
  if (!/^[\p{L} ]{0,60}$/u.test(words) || words.trim().split(/\s+/u).length > 6 || CONNECTOR_WORD.test(words)) return null;
  const parts = readParts(block, figures, colon + 1, sentenceEnd(text, colon + 1));
  if (!parts || parts.figures.length < 2 || parts.unread || !parts.figures.every((p) => compatible(whole, p) && p.value >= 0)) return null;
  const led = criterionLed(text.slice(sentenceStart(text, localRange(block, whole)[0]), localRange(block, whole)[0]));
  if (!led && partitionOf(parts.texts, text.slice(sentenceStart(text, localRange(block, whole)[0]), colon)) !== 'exhaustive') return null;
  const last = parts.figures[parts.figures.length - 1];
  return makeClaim({
    relation: 'exhaustive', whole: whole.index, parts: parts.figures.map((f) => f.index), disjoint: true,
    connector: led ? CRITERION_CONNECTOR : ':', block: block.index, span: subSpan(block, localRange(block, whole)[0], localRange(block, last)[1]),
  });
}
const SUBSPLIT_OPENER = new RegExp(String.raw`^(?:${alt(OF_WHICH, CONSISTS_OF, DIVIDED_INTO)})(?![\p{L}])`, 'iu');
const CONNECTOR_WORD = new RegExp(String.raw`${edgeAlt(OF_WHICH, CONSISTS_OF, DIVIDED_INTO, SPECIFICALLY)}(?![\p{L}])`, 'iu');

const WORKLOAD = wordsRe(WORKLOAD_WORDS);
// WORKLOAD's words without its lookbehind, a cheap test first on a whole paragraph (few hold one).
const WORKLOAD_NEEDS = new RegExp(alt(WORKLOAD_WORDS), 'iu');
const INTAKE = wordsRe(WORKLOAD_INTAKE_WORDS);
const OUTCOME_OPENER = new RegExp(String.raw`\s*(?:${alt(OUTCOME_OPENERS)})(?![\p{L}])`, 'iuy');

/**
 * "Tổng số đơn thư phải giải quyết là 14 đơn, gồm …; kết quả đã giải quyết 12 đơn, đang giải quyết 04 đơn": a workload
 * (its own clause says "phải giải quyết", "thụ lý") is split by what became of it, told after the next ";" of its sentence
 * or in the next sentence opening with "Kết quả". Read only when every part is settled, pending or passed on, nothing else.
 * "Tổng số đơn phải giải quyết là 45 đơn, đã giải quyết 31 đơn, còn 14 đơn đang giải quyết": with no ";" and no "Kết quả",
 * the outcomes may follow the workload after a comma, each in its own segment (outcomeRun), read only when they cover it
 * (settled and pending both told). A workload told as what came in ("tiếp nhận 40 hồ sơ", "thụ lý mới 12 vụ", lexicon
 * WORKLOAD_INTAKE_WORDS) leaves out what was carried over into the period: its outcomes may add up to more; not read.
 */
function readOutcome(block: Block, figures: Figure[], ends: number[], whole: Figure): Claim | null {
  if (whole.kind !== 'count' || whole.cell !== null || isReference(block, whole)) return null;
  const text = block.text;
  const [ws, we] = localRange(block, whole);
  // The workload words describe this amount: no other amount stands between them and it.
  const lastPrior = lastAtOrBefore(ends.length, (i) => ends[i], ws);
  const clauseFrom = Math.max(text.lastIndexOf(';', ws), sentenceStart(text, ws), lastPrior >= 0 ? ends[lastPrior] : -Infinity);
  const clause = text.slice(clauseFrom, ws);
  if (!WORKLOAD.test(clause) || INTAKE.test(clause)) return null;
  const end = sentenceEnd(text, we);
  const semi = firstTopLevel(text, ';', we, end);
  let from = semi + 1;
  let to = end;
  let parts: OutcomeParts | null;
  if (semi < 0) {
    const next = end + 1;
    OUTCOME_OPENER.lastIndex = next;
    if (next < text.length && OUTCOME_OPENER.test(text)) {
      from = next;
      to = sentenceEnd(text, next + 1);
    } else from = -1;
  }
  if (from < 0) {
    parts = outcomeRun(block, figures, whole, we, end);
    if (outcomeOf(parts.texts) !== 'exhaustive') return null;
  } else {
    if (firstTopLevel(text, ';', from, to) >= 0) to = firstTopLevel(text, ';', from, to);
    const read = readParts(block, figures, from, to, true);
    parts = read && read.figures.length >= 2 ? read : semi >= 0 ? outcomeClauses(block, figures, from, end) : read;
    // "…; đã xử lý 31 trường hợp, đạt 68,9%, còn tồn 16 trường hợp": a part's own share between the parts, or outcomes
    // joined by commas and ";" alike.
    if (semi >= 0 && (!parts || parts.figures.length < 2)) parts = outcomeRun(block, figures, whole, from, end);
  }
  if (!parts || parts.figures.length < 2 || parts.unread || !parts.figures.every((p) => compatible(whole, p) && p.kind === 'count')) return null;
  // "…; đã giải quyết 31 đơn, còn 16 đơn không thuộc thẩm quyền, đã chuyển …": what is left after a bare "còn" is a part
  // only when its own words right after its noun say it is pending; else it may be no part of the workload at all.
  if (parts.figures.some((p) => leftOver(block, p) && !pendingAfter(text.slice(localRange(block, p)[1], sentenceEnd(text, localRange(block, p)[1])), p))) return null;
  const kind = outcomeOf(parts.texts);
  if (kind === null) return null;
  const last = parts.figures[parts.figures.length - 1];
  return makeClaim({
    relation: kind === 'exhaustive' ? 'exhaustive' : 'subset', whole: whole.index, parts: parts.figures.map((f) => f.index), disjoint: true,
    connector: 'giải quyết', block: block.index, span: subSpan(block, ws, localRange(block, last)[1]),
  });
}

type OutcomeParts = { figures: Figure[]; texts: string[]; unread: boolean };

/**
 * "…; đã xử lý 25 trường hợp, đạt 78,1%; còn tồn 7 trường hợp, giao …": outcomes told one to a ";" clause, each opening with
 * its outcome's words right before its count (what follows the count in its clause describes it). The run stops at the first
 * clause that opens otherwise.
 */
const OUTCOME_LEAD = /^[\p{L}\s]{1,40}$/u;
function outcomeClauses(block: Block, figures: Figure[], from: number, end: number): OutcomeParts {
  const out: OutcomeParts = { figures: [], texts: [], unread: false };
  for (const [s, e] of splitSegments(block.text, from, end, SEMICOLON)) {
    const first = figures.find((f) => localRange(block, f)[0] >= s && localRange(block, f)[1] <= e && f.kind !== 'percent');
    const lead = first ? block.text.slice(s, localRange(block, first)[0]) : '';
    if (!first || !OUTCOME_LEAD.test(lead) || outcomeMember(lead) < 0) break;
    out.figures.push(first);
    out.texts.push(lead.trim());
  }
  return out;
}

// "đạt 68,9%", "chiếm tỷ lệ 68,9%": a segment that only gives the part before it its share.
const PART_SHARE = new RegExp(String.raw`^(?:${alt(PART_SHARE_LEADS)})(?:\s+(?:${alt(RATE_WORDS)}))?\s*(?:là\s*)?$`, 'iu');
const LEFT_OVER = new RegExp(String.raw`^(?:(?:${alt(LEFT_OVER_LEADS)})(?![\p{L}]))?\s*$`, 'iu');
const PENDING = OUTCOME_PARTITION.members[1];
// Up to two more words of the count's noun may come first ("16 tin báo đang xử lý", the unit read "tin"), none a negation
// ("16 đơn không thuộc thẩm quyền" names something else).
const PENDING_AFTER = new RegExp(String.raw`^\s*(?:(?!(?:${alt(NEGATION_WORDS)})(?![\p{L}]))\p{L}+\s+){0,2}?(?:${alt(PENDING)})(?![\p{L}])`, 'iu');

/**
 * "…, đã giải quyết 31 đơn, đạt 68,9%, còn 14 đơn đang giải quyết": outcomes told one to a segment (between commas, ";" or
 * "và", brackets kept whole), from `from` to the sentence's end. Each segment holds one count whose outcome its own words
 * name: the words right before it ("đã xử lý dứt điểm 31", "còn tồn 16"), or, after a bare "còn" or nothing, the words right
 * after its noun, and then only a pending one ("còn 16 đơn đang giải quyết": "còn 16 đơn không thuộc thẩm quyền" names no
 * outcome of the workload, and may be no part of it). A segment that only gives the part before it its share ("đạt 68,9%")
 * is skipped, so are words with no figure before the first part (the rest of the workload's own clause). The run ends at
 * the first other segment; a count of the workload's noun after that end leaves the parts unread (a part split further,
 * "trong đó 20 đơn đúng hạn", or another outcome told otherwise).
 */
function outcomeRun(block: Block, figures: Figure[], whole: Figure, from: number, end: number): OutcomeParts {
  const text = block.text;
  const out: OutcomeParts = { figures: [], texts: [], unread: false };
  // An account of outcomes is short: past RUN_SPAN characters the sentence is left unread (and the work per workload bounded).
  const to = Math.min(end, from + RUN_SPAN);
  if (to < end) out.unread = true;
  let free = freeOf.get(figures);
  if (!free) freeOf.set(figures, (free = figures.filter((f) => f.cell === null).sort((a, b) => a.span.start - b.span.start)));
  const list = free;
  let next = lastAtOrBefore(list.length, (i) => localRange(block, list[i])[0], from - 1) + 1;
  let stopped = false;
  for (const [s, e] of splitSegments(text, from, to, SEPARATOR)) {
    while (next < list.length && localRange(block, list[next])[0] < s) next++;
    const mine: Figure[] = [];
    for (let i = next; i < list.length && localRange(block, list[i])[0] < e; i++) {
      if (localRange(block, list[i])[1] <= e && !nested(text, s, localRange(block, list[i])[0])) mine.push(list[i]);
    }
    const counts = mine.filter((f) => f.kind !== 'percent');
    if (stopped) {
      if (counts.some((f) => compatible(whole, f))) {
        out.unread = true;
        break;
      }
      continue;
    }
    if (counts.length === 0) {
      if (mine.length === 0 && out.figures.length === 0 && !/\d/u.test(topLevel(text, s, e))) continue;
      if (mine.length === 1 && out.figures.length > 0 && PART_SHARE.test(text.slice(s, localRange(block, mine[0])[0]).trim()) && !/\p{L}/u.test(text.slice(localRange(block, mine[0])[1], e))) continue;
      stopped = true;
      continue;
    }
    const part = counts[0];
    const [ps, pe] = localRange(block, part);
    const lead = text.slice(s, ps).trim();
    const named = counts.length === 1 && ((OUTCOME_LEAD.test(lead) && outcomeMember(lead) >= 0) || (LEFT_OVER.test(lead) && pendingAfter(text.slice(pe, e), part)));
    if (!named) {
      stopped = true;
      if (counts.some((f) => compatible(whole, f))) {
        out.unread = true;
        break;
      }
      continue;
    }
    out.figures.push(part);
    out.texts.push(text.slice(s, e).trim().replace(part.raw, ' '));
  }
  return out;
}
const RUN_SPAN = 600;

// A bare "còn" right before a count, after a separator ("…, còn 16 đơn …").
const LEFT_OVER_BEFORE = new RegExp(String.raw`(?:^|[,;:(]|\s(?:${alt(PART_SEPARATOR_WORDS)}))\s*(?:${alt(LEFT_OVER_LEADS)})\s*$`, 'iu');
function leftOver(block: Block, part: Figure): boolean {
  const [s] = localRange(block, part);
  return LEFT_OVER_BEFORE.test(block.text.slice(Math.max(0, s - 20), s));
}

// The words after a count name a pending outcome right after its noun ("16 đơn đang giải quyết", "16 đơn chưa giải quyết").
function pendingAfter(after: string, part: Figure): boolean {
  let rest = after.trimStart();
  const unit = part.unit ?? '';
  if (unit && rest.toLowerCase().startsWith(unit.toLowerCase())) rest = rest.slice(unit.length);
  return PENDING_AFTER.test(rest);
}

// "Trong tổng số 240 hộ, …, 180 hộ …": the whole opens the sentence and its parts follow it.
// "Riêng đối với 146 hộ có công, đã hỗ trợ 120 hộ": "đối với" opening the sentence or its clause frames the whole the same way.
// "* Trong 490 lượt người hiến máu, …": a list bullet before the sentence's first word still leaves it the opening.
const WHOLE_FIRST = new RegExp(
  String.raw`${edgeAlt(WHOLE_FIRST_WORDS)}\s+(?=\d)|(?:(?:^|\n)\s*(?:[${BULLET_CHARS}]\s*)?|[.;:!?]\s*)(?:(?:${alt(WHOLE_FIRST_LEADS)})\s+)?(?:${alt(WHOLE_FIRST_CLAUSE_WORDS)})\s+(?=\d)`,
  'giu',
);
const WHOLE_FIRST_OPENING = new RegExp(String.raw`^[.;:!?\s${BULLET_CHARS}]+`, 'u');
// What every match of WHOLE_FIRST holds, without its lookbehind and openings: WHOLE_FIRST is tried at every index of a
// paragraph, this test is cheap, and only a few paragraphs in a hundred pass it.
const WHOLE_FIRST_NEEDS = new RegExp(String.raw`(?:${alt(WHOLE_FIRST_WORDS, WHOLE_FIRST_CLAUSE_WORDS)})\s+\d`, 'iu');

// An amount compared with another time ("tăng 15 hộ so với …") is a change, not a part: lexicon COMPARISON.

// The whole's own words, then a clause naming a criterion, its colon ("…, về trình độ văn hóa có:", "…, theo độ tuổi:").
const CRITERION_COLON = new RegExp(String.raw`^[^\d;:.()]{0,60},\s*(?:${alt(CRITERION_LEADS)})(?:\s+\p{L}+){1,6}?\s*(?:(?:${alt(NAME_LINK_WORDS, CONSISTS_OF)})\s*)?:`, 'iu');

function readWholeFirst(block: Block, figures: Figure[], at: number, connector: string): Claim | null {
  const whole = figures.find((f) => localRange(block, f)[0] === at);
  if (!whole || !isAmount(whole) || whole.kind === 'percent' || whole.cell !== null) return null;
  const from = localRange(block, whole)[1];
  // "Trong tổng số 69 đơn phải xử lý: đã giải quyết 52 đơn, đang giải quyết 11 đơn, …": after a colon each part is told by
  // its own verb, so a verb does not end the parts.
  const announced = /^[^\d;:.()]{0,60}:/u.test(block.text.slice(from));
  const parts = readParts(block, figures, from, sentenceEnd(block.text, from), announced);
  if (!parts || parts.figures.length === 0 || parts.texts.some((t) => COMPARISON.test(t))) return null;
  if (!parts.figures.every((p) => (compatible(whole, p) || framedMembers(whole.unit, p.unit)) && p.value >= 0)) return null;
  const kind = partitionOf(parts.texts, block.text.slice(sentenceStart(block.text, at), localRange(block, parts.figures[0])[0]));
  const last = parts.figures[parts.figures.length - 1];
  // "Trong tổng số 395 công dân, về trình độ văn hóa có: đại học 31, cao đẳng 27, …": a criterion named before the colon
  // splits the whole into its classes, every member in one (three classes at least: fewer may be the ones singled out).
  const byCriterion = announced && parts.figures.length >= 3 && CRITERION_COLON.test(block.text.slice(from));
  return makeClaim({
    relation: kind === 'exhaustive' || byCriterion ? 'exhaustive' : 'subset',
    whole: whole.index,
    parts: parts.figures.map((f) => f.index),
    disjoint: kind !== null,
    connector,
    block: block.index,
    span: subSpan(block, localRange(block, whole)[0], localRange(block, last)[1]),
  });
}

// "Trong số đơn khiếu nại có 21 đơn …": "trong số", a name of up to sixteen words (no number, no punctuation but a comma
// closing it), an optional "có", then the amount. "trong số đó / này" is OF_WHICH, read with the connectors.
const AMONG = wordsRe(AMONG_NAMED);
const AMONG_NAME = new RegExp(String.raw`${edgeAlt(AMONG_NAMED)}\s+(?!(?:${alt(AMONG_THAT)})(?![\p{L}]))((?:\p{L}+\s+){0,15}?\p{L}+)\s*,?\s*(?:có\s+)?(?=\d)`, 'giu');
const BACK_POINTER = new RegExp(String.raw`\s+(?:${alt(BACK_POINTERS)})$`, 'iu');
const PLURAL_MARKER = new RegExp(String.raw`^(?:${alt(PLURAL_MARKERS)})\s+`, 'iu');

function readClaim(block: Block, figures: Figure[], previous: Previous | null, at: number, after: number, connector: string, ownTier: number | null = null): Claim | null {
  const text = block.text;
  const inParens = /\(\s*$/u.test(text.slice(0, at));
  const end = inParens ? closingParen(text, at) : sentenceEnd(text, after);
  // "cụ thể: giáo dục 168 tỷ; đảm bảo xã hội 29 tỷ; …": after a colon, ";"-separated items are each told by their own
  // words, so a verb-like word opening one ("đảm bảo", "thực hiện") does not end the parts.
  const announced = /^\s*(?:như sau\s*)?:/u.test(text.slice(after)) || text[after - 1] === ':' ? 'semicolon' : false;
  let parts = readParts(block, figures, after, end, announced, true);
  if (!parts || parts.figures.length === 0) return null;
  let whole = pickWhole(block, figures, previous, at, parts.figures);
  if (!whole) return null;
  parts = firstItemWhole(parts, whole);
  // A breakdown of people by who they are ("62 đoàn viên, gồm: 35 học sinh, 18 thanh niên …") names each group by its own noun.
  // The words of a part's own segment after its number ("người dân tộc Thái" of "96 người dân tộc Thái, …").
  const wordsAfter = (p: Figure) => (p.block === block.index ? SEGMENT_WORDS.exec(text.slice(localRange(block, p)[1]))?.[0] ?? '' : '');
  // The words of a part's own segment before its number ("nữ" of "trong đó nữ 41 người").
  const wordsBefore = (p: Figure) => (p.block === block.index ? SEGMENT_BEFORE.exec(text.slice(Math.max(after, localRange(block, p)[0] - 40), localRange(block, p)[0]))?.[0] ?? '' : '');
  // The text right after the whole's number ("hồ sơ đăng ký hộ kinh doanh" of "42 hồ sơ đăng ký hộ kinh doanh").
  const afterWhole = (w: Figure) => (w.block === block.index ? text.slice(localRange(block, w)[1]) : '');
  const fit = (w: Figure, ps: Figure[]) => ps.every((p) => p.value >= 0) && (ps.every((p) => compatible(w, p, afterWhole(w))) || membersBySex(w, ps, ps.map(wordsBefore))
    || (EXHAUSTIVE.test(connector) && (peopleSplit(w, ps) || casesBySex(w, ps) || peopleByQualifier(w, ps, ps.map(wordsAfter))))
    || casesOfPeople(w, afterWhole(w), ps) || casesOfPatients(w, ps) || applicationsFor(w, afterWhole(w), ps));
  // "thực hiện 412 hồ sơ, trong đó bản sao điện tử 421 hồ sơ, thu lệ phí 8,24 triệu đồng": money after counts (or counts
  // after money) is another clause; the parts end before it.
  const cut = parts.figures.findIndex((p) => (p.kind === 'money') !== (parts!.figures[0].kind === 'money'));
  if (!fit(whole, parts.figures) && cut > 0) {
    const prefix = { figures: parts.figures.slice(0, cut), texts: parts.texts.slice(0, cut), unread: parts.unread };
    const head = pickWhole(block, figures, previous, at, prefix.figures);
    if (head && fit(head, prefix.figures)) {
      parts = prefix;
      whole = head;
    }
  }
  // "Tổ chức 42 giải, trong đó cấp huyện 45 giải, thu hút 6 800 lượt vận động viên": after a "trong đó" part, a count of
  // another noun is another clause's; the parts end before it (a breakdown "gồm …" is left whole, its sum at stake).
  // "gồm 06 lớp ở thôn, 05 lớp ở trường và 04 lớp ở chợ, thu hút 900 lượt người": in a breakdown too, once the parts were
  // each written number first, a count of another noun with words before its number breaks the list's shape: it is a
  // clause of its own (shapeBreak).
  const other = parts.figures.findIndex((p) => !compatible(whole!, p));
  const lettered = (p: Figure) => /\p{L}/u.test(wordsBefore(p).split(JOINED_BEFORE).pop() ?? '');
  const shapeBreak = other >= 2 && parts.figures.slice(0, other).every((p) => !lettered(p)) && lettered(parts.figures[other]);
  if (!fit(whole, parts.figures) && other > 0 && (!EXHAUSTIVE.test(connector) || shapeBreak)) {
    const prefix = { figures: parts.figures.slice(0, other), texts: parts.texts.slice(0, other), unread: parts.unread };
    const head = pickWhole(block, figures, previous, at, prefix.figures);
    if (head && fit(head, prefix.figures)) {
      parts = prefix;
      whole = head;
    }
  }
  // "có 1.520 hộ nông nghiệp, trong đó hộ chăn nuôi 310 hộ; 2.400 hộ phi nông nghiệp": without a colon, an amount after a
  // ";" larger than the "trong đó" whole is the next item of the sentence's own list, not a part of that whole.
  const overAfterSemi = (w: Figure, ps: Figure[]) => {
    const s = announced || inParens || EXHAUSTIVE.test(connector) ? -1 : firstTopLevel(text, ';', after, end);
    return s >= 0 && ps.some((p) => p.block === block.index && localRange(block, p)[0] > s && p.value > w.value);
  };
  if (!fit(whole, parts.figures) || overAfterSemi(whole, parts.figures)) {
    // "trong đó 64 nhà bị tốc mái hoàn toàn; 05 hộ có nhà bị sập": without a colon, what follows a ";" is another clause,
    // so when the parts read across it do not fit the whole, those before it are read alone.
    const semi = announced || inParens ? -1 : firstTopLevel(text, ';', after, end);
    if (semi < 0) return null;
    parts = readParts(block, figures, after, semi);
    if (!parts || parts.figures.length === 0) return null;
    whole = pickWhole(block, figures, previous, at, parts.figures);
    if (!whole || !fit(whole, parts.figures)) return null;
  }
  // "Đã giải quyết 4.815 hồ sơ, trong đó đúng hạn 4.793 hồ sơ; quá hạn 22 hồ sơ; đang giải quyết 47 hồ sơ": files still
  // pending are no part of those settled; the parts end before a part naming another outcome than the whole's own.
  const home = whole.block === block.index ? block : previous?.block.index === whole.block ? previous.block : null;
  const wholeOutcome = home ? outcomeMember(ownWords(home, whole)) : -1;
  const otherOutcome = wholeOutcome < 0 ? -1 : parts.texts.findIndex((t) => outcomeMember(t) >= 0 && outcomeMember(t) !== wholeOutcome);
  if (otherOutcome === 0) return null;
  if (otherOutcome > 0) parts = { figures: parts.figures.slice(0, otherOutcome), texts: parts.texts.slice(0, otherOutcome), unread: parts.unread };
  if (fartherWholeFits(block, figures, previous, at, whole, parts.figures)) return null;
  const relation = EXHAUSTIVE.test(connector) ? 'exhaustive' : 'subset';
  const kind = whole.kind === 'money' && fundedBy(parts.texts) && !sharesShort(block, figures, parts.figures) ? 'exhaustive' : partitionOf(parts.texts, home ? ownWords(home, whole) : undefined);
  // "trong đó: tranh chấp đất đai 112 vụ; …; mâu thuẫn khác 36 vụ": a last part of the rest ("khác") closes a breakdown of
  // three parts at least into one that covers the whole, every part a count of the whole's things.
  const remainder = parts.figures.length >= 3 && !parts.unread && REMAINDER.test(parts.texts[parts.texts.length - 1])
    && !parts.texts.slice(0, -1).some((t) => REMAINDER.test(t)) && parts.figures.every((p) => p.kind === 'count' && compatible(whole!, p));
  // "các cấp Hội xây 52 nhà, trong đó Hội huyện xây 14 nhà, các cơ sở Hội xây 38 nhà": counts of every tier, split by tier;
  // or of the report's own tier and those below it ("trong đó cấp huyện 38 lượt, cấp xã 116 lượt" in a district's report);
  // "chủ yếu là cấp huyện …, cấp xã …" names the main tiers only.
  const byTier = kind === null && home !== null && parts.figures.every((p) => p.kind === 'count' && compatible(whole!, p))
    && tiersSplit(parts.texts, ownWords(home, whole), MOSTLY_SET.has(connector) ? null : ownTier);
  // "6 tháng đầu năm 2025 là 2 650 tấn; trong đó Quý I/2025 1 296 tấn, Quý II/2025 1 372 tấn": periods that tile the one
  // period the whole's sentence names, each part an amount of the whole's kind (no share, no rate per unit), cover it.
  const byPeriod = kind === null && home !== null && whole.kind !== 'percent' && !perUnit(whole) && parts.figures.every((p) => p.kind === whole!.kind && !perUnit(p) && compatible(whole!, p)) && periodsSplit(parts.texts, wholeLead(home, whole), parts.figures.map((p) => p.value), whole.value);
  // "201 học sinh giỏi, trong đó: cấp tỉnh 18 em; cấp huyện 72 em; cấp trường 120 em": one level a part, distinct members.
  const byLevel = kind === null && parts.figures.every((p) => p.kind === 'count' && compatible(whole!, p)) && levelsApart(parts.texts);
  const exhaustive = parts.figures.length >= 2 && (relation === 'exhaustive' || kind === 'exhaustive' || remainder || byTier || byPeriod);
  // "Tổng chiều dài đường … 78,6 km, trong đó đường trục xã 12,4 km, đường trục thôn 28,7 km, …": classes of the whole's own thing.
  const byClass = kind === null && !exhaustive && !parts.unread && home !== null && classesOfWhole(whole, parts.figures, parts.texts, ownWords(home, whole));
  // A part whose number was not read as a figure ("cán bộ thôn 19 người") would leave the sum short.
  if (exhaustive && parts.unread) return null;
  const last = parts.figures[parts.figures.length - 1];
  const wholeBlock = whole.block;
  const from = wholeBlock === block.index ? localRange(block, whole)[0] : 0;
  return makeClaim({
    relation: exhaustive ? 'exhaustive' : 'subset',
    whole: whole.index,
    parts: parts.figures.map((f) => f.index),
    disjoint: kind !== null || byPeriod || byLevel || byClass,
    connector,
    block: wholeBlock,
    span: subSpan(block, from, localRange(block, last)[1]),
    partBlocks: [block.index],
  });
}

/**
 * "… là 54 ý kiến, gồm …. Đã giải quyết 47 ý kiến; đang giải quyết 07 ý kiến. Trong đó, ý kiến thuộc thẩm quyền của xã 41 ý
 * kiến, …": a connector opening its sentence may split the sentence before's last amount or the passage's whole told earlier.
 * Parts outgrowing the nearest amount (their sum above it, or one of them) that fit within an earlier amount of its kind and
 * noun in the same paragraph leave the whole unsure: no claim. With no such earlier amount the nearest stays the whole.
 */
function fartherWholeFits(block: Block, figures: Figure[], previous: Previous | null, at: number, whole: Figure, parts: readonly Figure[]): boolean {
  if (!OPENS_SENTENCE.test(block.text.slice(sentenceStart(block.text, at), at))) return false;
  const sum = parts.reduce((s, p) => s + p.value, 0);
  if (sum <= whole.value || whole.unit === null) return false;
  const home = whole.block === block.index ? { block, figures } : previous?.block.index === whole.block ? previous : null;
  if (home === null) return false;
  const noun = whole.unit.toLowerCase();
  const [ws] = localRange(home.block, whole);
  return home.figures.some((f) => f.block === whole.block && f.cell === null && localRange(home.block, f)[1] <= ws
    && f.kind === whole.kind && !f.change && isAmount(f) && f.unit?.toLowerCase() === noun && !isReference(home.block, f)
    && f.value >= sum);
}

/**
 * "Quản lý 286 người tăng huyết áp và 94 người đái tháo đường, trong đó điều trị 212 người tăng huyết áp và 61 người đái tháo
 * đường": two wholes or more before the connector (none in brackets), each named by its own words after its number, and
 * parts that name them again one by one (a part's words after its number open with a whole's): each part is a part of the
 * whole of its own name, not of the nearest amount. Read when the parts name two wholes at least this way (a part then
 * naming no whole, or two, leaves the reading unsure: no claim at all), or when the last two amounts are of one unit and
 * joined by "và" right before the connector (joinedWholes): parts all naming the first split it, else no claim.
 * Null otherwise (the ordinary reading applies).
 */
function readRespective(block: Block, figures: Figure[], at: number, after: number, connector: string): Claim[] | null {
  const text = block.text;
  let start = sentenceStart(text, at);
  if (OPENS_SENTENCE.test(text.slice(start, at)) && start > 0) start = sentenceStart(text, start - 1);
  // Amounts of the clause before the connector, none in brackets ("(09 hồ sơ)" restates or compares, it is split by nothing):
  // one walk over the clause, the bracket depth kept as it goes. Asked before the parts are read: most connectors follow
  // one amount or none, and then there is nothing to read.
  const inClause = figures.filter((f) => f.cell === null && f.block === block.index && localRange(block, f)[0] >= start && localRange(block, f)[1] <= at
    && isAmount(f) && f.kind !== 'percent' && !f.change);
  if (inClause.length < 2) return null;
  const inParens = /\(\s*$/u.test(text.slice(0, at));
  const end = inParens ? closingParen(text, at) : sentenceEnd(text, after);
  const announced = /^\s*(?:như sau\s*)?:/u.test(text.slice(after)) || text[after - 1] === ':' ? 'semicolon' : false;
  const parts = readParts(block, figures, after, end, announced);
  if (!parts || parts.figures.length === 0) return null;
  const wholes: Figure[] = [];
  let depth = 0;
  let pos = start;
  for (const f of inClause) {
    const s = localRange(block, f)[0];
    for (; pos < s; pos++) depth += text[pos] === '(' ? 1 : text[pos] === ')' && depth > 0 ? -1 : 0;
    if (depth === 0) wholes.push(f);
  }
  if (wholes.length < 2) return null;
  const names = new Map<Figure, string | null>();
  const nameOf = (f: Figure) => {
    if (!names.has(f)) names.set(f, figureName(block, f));
    return names.get(f)!;
  };
  const homes = parts.figures.map((p) => {
    const name = p.block === block.index ? nameOf(p) : null;
    // A part named by the whole's name and more words ("62 hộ nghèo được vay vốn" of "140 hộ nghèo") is named by it.
    const hits = name === null ? [] : wholes.filter((w) => {
      const own = nameOf(w);
      return own !== null && (name === own || name.startsWith(own + ' ')) && compatible(w, p);
    });
    return hits.length === 1 ? hits[0] : null;
  });
  const named = new Set(homes.filter((w) => w !== null));
  const unnamed = homes.some((w) => w === null);
  // "Theo dõi 140 hộ nghèo và 85 hộ cận nghèo, trong đó vay vốn 162 hộ": parts naming neither of two amounts of one unit
  // joined right before the connector may split either or both: unsure, no claim. Parts that all name the first of them
  // split it; parts all naming one whole elsewhere are read the ordinary way (a breakdown "gồm" keeps its sum at stake).
  if (named.size <= 1) {
    if (!joinedWholes(block, wholes, at, parts.figures)) return null;
    if (unnamed || named.has(wholes[wholes.length - 1])) return unnamed ? [] : null;
    if (!named.has(wholes[wholes.length - 2])) return [];
  }
  if (named.size >= 2 && unnamed) return [];
  return [...named].map((w) => {
    const own = parts.figures.filter((_, k) => homes[k] === w);
    return makeClaim({
      relation: 'subset', whole: w.index, parts: own.map((f) => f.index), disjoint: false, connector, block: block.index,
      span: subSpan(block, localRange(block, w)[0], localRange(block, own[own.length - 1])[1]),
    });
  });
}

// "140 hộ nghèo và 85 …": between two amounts, the first one's words and a joiner, nothing after the joiner.
const JOINED_AMOUNTS = new RegExp(String.raw`^[^\d,;:.()]*\s(?:${alt(PART_SEPARATOR_WORDS)})\s*$`, 'u');

/** The last two amounts before `at` are of one unit and joined ("140 hộ nghèo và 85 hộ cận nghèo"), the parts fitting either. */
function joinedWholes(block: Block, wholes: Figure[], at: number, parts: Figure[]): boolean {
  if (wholes.length < 2) return false;
  const [a, b] = wholes.slice(-2);
  const text = block.text;
  if (a.unit === null || b.unit === null || a.unit.toLowerCase() !== b.unit.toLowerCase()) return false;
  if (!JOINED_AMOUNTS.test(text.slice(localRange(block, a)[1], localRange(block, b)[0]))) return false;
  if (/[\d;:.()]/u.test(text.slice(localRange(block, b)[1], at))) return false;
  return parts.every((p) => compatible(a, p) && compatible(b, p));
}

/** A figure's name: the words of its segment after its number, its unit first, when two words at least ("người tăng huyết áp"). */
function figureName(block: Block, f: Figure): string | null {
  const words = (SEGMENT_WORDS.exec(block.text.slice(localRange(block, f)[1]))?.[0] ?? '').toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length >= 2 ? words.join(' ') : null;
}

const EACH = wordsRe(EACH_WORDS);
// A part's words before its number, back to its segment's start (a comma, ";", ":", ".", a bracket).
const SEGMENT_BEFORE = /[^,;:.()]*$/u;
// A part's words up to its segment's end: a comma, ";", ".", a bracket, "và"/"hoặc", or the text's end.
const SEGMENT_WORDS = new RegExp(String.raw`^[^,;.()]*?(?=\s*(?:[,;.()]|\s(?:${alt(AND_OR_WORDS)})\s|$))`, 'u');
// The joiner of a list's last item ("và", "cùng"), where that item's own words begin.
const JOINED_BEFORE = new RegExp(String.raw`\s(?:${alt(PART_SEPARATOR_WORDS)})\s`, 'u');
const REMAINDER = new RegExp(String.raw`${edgeAlt(REMAINDER_WORDS)}(?![\p{L}])`, 'iu');

/**
 * "186 trường hợp … với diện tích 9,74 ha, trong đó chuyển sang đất ở 168 trường hợp, diện tích 12,35 ha": a whole and its
 * one part, each told with an amount of a second unit named the same way ("diện tích"): the part's amount is some of the
 * whole's. Read only when each has that one amount alone beside it (the whole's before the connector, the part's up to
 * the clause's end), in one unit, neither an average nor a percent nor in brackets.
 */
function pairedAmounts(block: Block, figures: Figure[], claim: Claim, at: number): Claim | null {
  if (claim.relation !== 'subset' || claim.parts.length !== 1 || claim.block !== block.index) return null;
  const text = block.text;
  const whole = figures.find((f) => f.index === claim.whole);
  const part = figures.find((f) => f.index === claim.parts[0]);
  if (!whole || !part) return null;
  const we = localRange(block, whole)[1];
  const pe = localRange(block, part)[1];
  const end = sentenceEnd(text, pe);
  const semi = firstTopLevel(text, ';', pe, end);
  const stop = semi >= 0 ? semi : end;
  const within = (from: number, to: number) => figures.filter((f) => f.cell === null && localRange(block, f)[0] >= from && localRange(block, f)[1] <= to);
  const [before, after] = [within(we, at), within(pe, stop)];
  if (before.length !== 1 || after.length !== 1) return null;
  const [a, b] = [before[0], after[0]];
  if (!isAmount(a) || !isAmount(b) || a.kind === 'percent' || b.kind === 'percent' || a.unit === null || b.unit === null) return null;
  if (a.unit.toLowerCase() !== b.unit.toLowerCase() || !compatible(a, b) || compatible(whole, a)) return null;
  const [as, bs] = [localRange(block, a)[0], localRange(block, b)[0]];
  if (nested(text, we, as) || nested(text, pe, bs) || EACH.test(text.slice(we, as)) || EACH.test(text.slice(pe, bs))) return null;
  // The part's amount is named by words the whole's amount is named by too ("diện tích" … "với diện tích"), or the part
  // restates the whole's noun and each holds its amount by an attribute word (pairedByAttribute).
  const own = (from: number, to: number): string[] => (text.slice(from, to).split(/[,;:]/u).pop() ?? '').toLowerCase().match(/\p{L}+/gu) ?? [];
  const [wa, wb] = [own(we, as), own(pe, bs)];
  if ((wb.length === 0 || !wb.every((w) => wa.includes(w))) && !pairedByAttribute(text, whole, part, we, as, pe, bs)) return null;
  return makeClaim({
    relation: 'subset', whole: a.index, parts: [b.index], connector: claim.connector, block: block.index,
    span: subSpan(block, as, localRange(block, b)[1]),
  });
}

/**
 * "12 hội nghị tuyên truyền … với 1.085 lượt người tham dự; trong đó 09 hội nghị tổ chức tại nhà văn hóa thôn với 1.140 lượt
 * người": the part counts the whole's own noun (some of the same things), and each holds its amount by an attribute word
 * right before it (ATTRIBUTE_WORDS: "với", not "so với"), the words between naming no other amount (no number, no
 * comparison): the part's things hold some of what the whole's hold. The part's words between ("tổ chức tại nhà văn hóa
 * thôn") only narrow which of the things it counts.
 */
function pairedByAttribute(text: string, whole: Figure, part: Figure, we: number, as: number, pe: number, bs: number): boolean {
  if (whole.kind !== 'count' || part.kind !== 'count' || whole.unit === null || part.unit === null || whole.unit.toLowerCase() !== part.unit.toLowerCase()) return false;
  const held = (from: number, to: number) => {
    const between = text.slice(from, to);
    return ATTACHED_BEFORE.test(between) && !/[\d()]/u.test(between) && !COMPARISON.test(between);
  };
  return held(we, as) && held(pe, bs);
}
const ATTACHED_BEFORE = new RegExp(String.raw`${edgeAlt(ATTRIBUTE_WORDS)}\s*$`, 'iu');

const CLASS_BOUND_BEFORE = new RegExp(String.raw`${edgeAlt(BOUND_WORDS, ['từ', 'đến', 'tới'])}\s*$`, 'iu');
const CLASS_BOUND_AFTER = new RegExp(String.raw`^\s*(?:[\p{L}²³]+\s+){0,2}(?:${alt(OPEN_RANGE_TAILS)})(?![\p{L}])`, 'iu');
// A figure set as a bound of a range: "dưới 20 CV", "từ 20 CV đến dưới 90 CV", "từ 90 CV trở lên".
function classBoundAt(text: string, block: Block, f: Figure): boolean {
  const [s, e] = localRange(block, f);
  return CLASS_BOUND_BEFORE.test(text.slice(Math.max(0, s - 16), s)) || CLASS_BOUND_AFTER.test(text.slice(e, e + 30));
}

// Words before a bound that make it a hedged amount of its own ("với trên 800 lượt người", "tổng dư nợ trên 2 tỷ đồng").
const HEDGED_AMOUNT_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(ATTRIBUTE_WORDS, TOTAL_WORDS)})(?![\p{L}])[^\d,;:.()]{0,30}$`, 'iu');

/**
 * "Có 03 học sinh đạt tổng điểm 03 môn … từ 27,0 trở lên, gồm: em A 28,35 điểm; …", "có 4 xã tỷ lệ hộ nghèo dưới 3%, gồm
 * …": a bound set after the counted head of its sentence (a count and its noun before it, no ";" between) says which members
 * are counted, each of them past it; it is no amount the list after the connector divides (the head is). A bound held by
 * an attribute or total word ("12 lớp với trên 800 lượt người", "tổng dư nợ trên 2 tỷ đồng") is a hedged amount, kept.
 */
function memberBound(home: Block, figures: readonly Figure[], f: Figure): boolean {
  const text = home.text;
  if (f.block !== home.index || !classBoundAt(text, home, f)) return false;
  const s = localRange(home, f)[0];
  const start = sentenceStart(text, s);
  return figures.some((h) => {
    if (h === f || h.block !== home.index || h.cell !== null || h.kind !== 'count' || h.unit === null || h.change) return false;
    const [hs, he] = localRange(home, h);
    const between = text.slice(he, s);
    return hs >= start && he <= s && !between.includes(';') && !HEDGED_AMOUNT_BEFORE.test(between) && !classBoundAt(text, home, h);
  });
}

/** The parts between `from` and `to`: one amount per segment, with each segment's words. */
/**
 * "… và 1.100 hội viên ở các độ tuổi 65, 70, 75 và 80": a segment that is a bare number only (at most three digits), after a
 * segment ending in a number no figure was read at (an age, a level: src/extract/not-figures.ts), goes on with that run of
 * labels; it is no part left unread. The segment before is walked back through such bare numbers to the one with words.
 */
const BARE_NUMBER = /^\d{1,3}[.]?$/u;
const TRAILING_NUMBER = /(?<![\d.,])\d{1,3}$/u;
function labelRunGoesOn(block: Block, inside: readonly Figure[], text: string, segments: ReadonlyArray<[number, number]>, s: number, words: string): boolean {
  if (!BARE_NUMBER.test(words)) return false;
  const k = segments.findIndex(([a]) => a === s);
  if (k <= 0) return false;
  const [ps, pe] = segments[k - 1];
  const before = text.slice(ps, pe).trimEnd();
  const m = TRAILING_NUMBER.exec(before);
  if (!m) return false;
  const end = ps + before.length;
  return !inside.some((f) => localRange(block, f)[1] === end);
}

function readParts(block: Block, figures: Figure[], from: number, to: number, announcedList: boolean | 'semicolon' = false, acrossItems = false): Parts | null {
  const text = block.text;
  const inside = figures.filter((f) => localRange(block, f)[0] >= from && localRange(block, f)[1] <= to && !nested(text, from, localRange(block, f)[0]));
  const holds = ([s, e]: [number, number]) => inside.some((f) => f.kind !== 'percent' && localRange(block, f)[0] >= s && localRange(block, f)[1] <= e);
  // "học sinh giỏi cấp tỉnh 18 em, mức 800.000 đồng/em; …": a value per unit beside an amount of the segment is that part's
  // rate, no part of its own (nor a second part that would make the first segment the whole list).
  const amountsOf = (mine: Figure[]) => (mine.some((f) => !perUnit(f)) ? mine.filter((f) => !perUnit(f)) : mine);
  const held = ([s, e]: [number, number]) => amountsOf(inside.filter((f) => f.kind !== 'percent' && localRange(block, f)[0] >= s && localRange(block, f)[1] <= e)).length;
  let bySemicolon = topLevel(text, from, to).includes(';') ? splitSegments(text, from, to, SEMICOLON) : [];
  // "gồm 196 dịch vụ toàn trình và 177 dịch vụ một phần; thanh toán 612 giao dịch …": a first ";"-segment that holds
  // the parts itself, joined by commas or "và", is the whole list; the ";" ends it.
  // "gồm: Huân chương … cho 01 tập thể và 01 cá nhân; Bằng khen … cho 02 tập thể và 03 cá nhân": unless the ";"-segments after
  // it go on with the same list, told like it (itemsGoOn, read for a connector's parts only); the list then runs to its last.
  let extended = false;
  if (bySemicolon.length >= 2 && held(bySemicolon[0]) >= 2) {
    const k = acrossItems ? itemsGoOn(block, inside, bySemicolon, announcedList !== false) : 1;
    extended = k >= 2;
    to = bySemicolon[k - 1][1];
    bySemicolon = extended ? bySemicolon.slice(0, k) : [];
  }
  const segments = bySemicolon.filter(holds).length >= 2 ? bySemicolon : splitSegments(text, from, to, SEPARATOR);
  const announced = announcedList === true || (announcedList === 'semicolon' && segments === bySemicolon);
  const out: Figure[] = [];
  const texts: string[] = [];
  let unread = false;
  for (const [s, e] of segments) {
    let mine = inside.filter((f) => localRange(block, f)[0] >= s && localRange(block, f)[1] <= e && f.kind !== 'percent');
    if (mine.length > 1 && mine.some((f) => !condition(f))) mine = mine.filter((f) => !condition(f));
    if (mine.length > 1) mine = amountsOf(mine);
    // "dưới 20 CV 96 chiếc", "từ 90 CV trở lên 15 chiếc": a bound of another measure that sets the part's class apart names
    // the part; the one amount after it, in its own unit, is the part.
    if (mine.length > 1) {
      const last = mine[mine.length - 1];
      const classBound = (f: Figure) => f !== last && f.unit !== null && last.unit !== null && !compatible(f, last) && classBoundAt(text, block, f);
      if (mine.slice(0, -1).every(classBound)) mine = [last];
    }
    // "phê duyệt 17 hồ sơ với giá trị 38,9 tỷ đồng": an amount after "với" describes the part before it, it is not another part.
    if (mine.length > 1) {
      const lead = mine[0];
      // "đấu giá 178.130 triệu đồng tại 07 mặt bằng": a count right after "tại"/"ở" behind an amount of money says where it was raised.
      // "100 khu vực bỏ phiếu tại 16 xã": a count of another noun right after "tại"/"ở" behind a count says where they are.
      const where = (f: Figure) => {
        if (f.kind !== 'count') return false;
        const between = text.slice(localRange(block, lead)[1], localRange(block, f)[0]);
        if (lead.kind === 'money') return LOCATIVE_ONLY.test(between) || OWNER_ONLY.test(between);
        return lead.kind === 'count' && lead.unit !== null && f.unit !== null && !compatible(lead, f) && LOCATIVE_AFTER_NOUN.test(between);
      };
      const attribute = (f: Figure) => f !== lead && (ATTRIBUTE.test(text.slice(localRange(block, lead)[1], localRange(block, f)[0])) || where(f));
      if (mine.some(attribute)) mine = mine.filter((f) => !attribute(f));
    }
    // "cụ thể: nợ từ 03 tháng trở lên 1.72 tỷ đồng, tập trung ở 27 đơn vị": in a list announced by a colon and split by ";",
    // counts after a comma in a part of money (or money after a count) describe that part; they are no other part.
    if (mine.length > 1 && announced && segments === bySemicolon) {
      const lead = mine[0];
      const aside = (f: Figure) => f !== lead && (f.kind === 'money') !== (lead.kind === 'money') && text.slice(localRange(block, lead)[1], localRange(block, f)[0]).includes(',');
      mine = mine.filter((f) => !aside(f));
    }
    // "gồm: 412 cơ sở sản xuất; 1.035 cơ sở kinh doanh và 658 cơ sở dịch vụ": in a list announced by a colon and split by ";",
    // the last items may be joined by "và" or commas inside one segment: each count of one amount is a part. Measures ("hàng
    // gia dụng 1,2 tấn và 0,6 tấn khác") are left unread: a remainder of a measure may close the split or not; but measures
    // of one kind each named by its own words before its number, as the items before them ("…; giao thông 24,16 tỷ đồng và
    // công trình khác 6,31 tỷ đồng"), are items of the list.
    const namedItem = (f: Figure, a: number) => /\p{L}/u.test(text.slice(a, localRange(block, f)[0]).replace(LEADING_JOIN, ''));
    const sameMeasure = (f: Figure) => f.kind !== 'count' && f.kind === mine[0].kind && compatible(mine[0], f) && compatible(f, mine[0]);
    if (mine.length > 1 && announced && segments === bySemicolon && (mine.every((f) => f.kind === 'count' && Number.isInteger(f.value)) || mine.every(sameMeasure))) {
      const subs = splitSegments(text, s, e, SEPARATOR).map(([a, b]) => ({ a, b, in: mine.filter((f) => localRange(block, f)[0] >= a && localRange(block, f)[1] <= b) })).filter((x) => x.in.length > 0);
      if (subs.length === mine.length && subs.every((x) => x.in.length === 1) && (mine[0].kind === 'count' || subs.every((x) => namedItem(x.in[0], x.a)))) {
        // "…; từ 60 tuổi trở lên 1 140 người, trong đó từ 80 tuổi trở lên 215 người": a connector opening an item after
        // the first splits the item before it (its own claim), it adds no part, and the list ends there (as below).
        const sub = subs.findIndex((x, k) => k > 0 && SUBSPLIT_OPENER.test(text.slice(x.a, x.b).trim()));
        for (const x of sub > 0 ? subs.slice(0, sub) : subs) {
          out.push(x.in[0]);
          texts.push(text.slice(x.a, x.b).trim().replace(x.in[0].raw, ' '));
        }
        if (sub > 0) break;
        continue;
      }
    }
    const words = text.slice(s, e).trim();
    // "trong đó hồ sơ trực tuyến chiếm 84,2% (241 trường hợp)": a segment whose one share is held with the part's amount
    // restated alone in the bracket after it has that amount as its part.
    const held = mine.length === 0 ? heldPartIn(block, figures, inside, s, e) : null;
    if (held) {
      out.push(held);
      texts.push(words.slice(0, words.indexOf('(')).replace(/\d[\d.,]*\s*%/u, ' '));
      continue;
    }
    if (mine.length === 0) {
      // "trong đó được khám sức khỏe định kỳ, lập hồ sơ theo dõi 2.413 người": before the first part, words opening with
      // "được"/"đã" describe it; they end the parts only once a part was read, or across a ";".
      const describes = out.length === 0 && DESCRIBES.test(words) && !/;/u.test(text.slice(from, firstStart(block, inside, s)));
      if (CLAUSE_VERB.test(words) && !describes) break;
      if (/\d/u.test(words) && !inside.some((f) => localRange(block, f)[0] >= s && localRange(block, f)[1] <= e) && !labelRunGoesOn(block, inside, text, segments, s, words)) unread = true;
      continue;
    }
    // "trong đó gỗ quý hiếm 2,4 m³; tịch thu 01 cưa xăng và 02 xe máy": without an announcing colon, a ";"-segment of several
    // amounts after the parts opens another clause, as a fraction there does below.
    // "gồm 30 hộ thôn Đông; 25 hộ thôn Tây; 18 hộ thôn Nam và 12 hộ thôn Bắc": unless the segment goes on with the list, its
    // last items joined by "và" or commas, each one count of the parts' own noun (continuingItems). A list cut there is no
    // whole breakdown: the parts read are flagged unread, so no split is said to cover the whole (only a share of it).
    if (mine.length > 1 && (out.length > 0 || extended) && !announced && segments === bySemicolon) {
      const items = continuingItems(block, mine, out[0] ?? mine[0], s, e);
      if (!items) {
        unread = true;
        break;
      }
      for (const x of items) {
        out.push(x.figure);
        texts.push(x.words);
      }
      continue;
    }
    if (mine.length > 1) return null;
    // "gồm thôn Đông 220 hộ, thôn Tây 190 hộ, trong đó 35 hộ nghèo": a connector opening a segment after the parts splits
    // what was listed (its own claim), it adds no part.
    if (out.length > 0 && SUBSPLIT_OPENER.test(words)) break;
    // "gồm 50 trẻ trai và 45 trẻ gái, tỷ số giới tính khi sinh là 111": an amount its own words name a ratio, an index or a
    // density is no part of the count split; after the parts it opens a clause of its own, as the first it leaves them unsure.
    if (mine[0].kind !== 'money' && RATIO_NAMED.test(text.slice(s, localRange(block, mine[0])[0]))) {
      if (out.length > 0) break;
      return null;
    }
    // "đã giải quyết 598 hồ sơ, đang giải quyết 52 hồ sơ": a clause word opening a part that names another member of the
    // split the parts before it began (lexicon QUALIFIER_PARTITIONS) continues the list.
    // "trong đó hoàn thành tốt 40 người (80%), hoàn thành 8 người": a clause word that opened the first part too opens a
    // parallel part, no new clause.
    if (CLAUSE_VERB.test(words) && out.length > 0 && !announced && partitionOf([...texts, words.replace(mine[0].raw, ' ')]) === null && !parallelOpening(texts[0], words)) break;
    // A fraction or a range as a part ("12/15 xã") leaves the split unclear; after a ";" it opens another clause.
    if (mine[0].kind === 'fraction' || mine[0].kind === 'range') {
      if (out.length > 0 && /;/u.test(text.slice(localRange(block, out[out.length - 1])[1], s + 1))) break;
      return null;
    }
    // "gồm: Đại Hồng 3, Đại Lãnh 1 và Đại Sơn 2": a bare small number right after a name of two capitalised words, no unit
    // after it, numbers the name; it counts nothing (a count is written "xã Đại Hồng 3 hộ" or "Đại Hồng: 3").
    if (namesNumber(text, mine[0], localRange(block, mine[0])[0])) {
      unread = true;
      continue;
    }
    out.push(mine[0]);
    texts.push(words.replace(mine[0].raw, ' '));
  }
  if (!extended) return { figures: out, texts, unread };
  return { figures: out, texts, unread, head: out.filter((f) => localRange(block, f)[1] <= bySemicolon[0][1]).length };
}

/**
 * The parts read, their words, and whether a number was left unread among them; `head`: how many of them the first ";"-item
 * holds, when the list runs on over items told alike (itemsGoOn).
 */
type Parts = { figures: Figure[]; texts: string[]; unread: boolean; head?: number };

/**
 * "Trong 65 người: nam 59 người, nữ 06 người; dưới 30 tuổi 20 người, từ 30 tuổi trở lên 45 người": items told alike after
 * the first may split the same whole again by another criterion. When the first item's parts alone make up the whole
 * exactly, they are the list; else every item is.
 */
function firstItemWhole(parts: Parts, whole: Figure): Parts {
  if (parts.head === undefined || parts.head < 2) return parts;
  const sum = parts.figures.slice(0, parts.head).reduce((t, p) => t + p.value, 0);
  if (Math.abs(sum - whole.value) > 1e-9 * Math.abs(whole.value)) return parts;
  return { figures: parts.figures.slice(0, parts.head), texts: parts.texts.slice(0, parts.head), unread: parts.unread };
}

/**
 * How many ";"-segments from the first make one list whose items each hold several amounts ("Huân chương … cho 01 tập thể và
 * 01 cá nhân; Bằng khen … cho 01 tập thể và 02 cá nhân"): one amount to each comma- or "và"-separated item (none opening
 * with a connector, nor with a clause word unless a colon announced the list: "Bằng khen …" is then an item's name), all
 * whole counts, or, after a colon, all of one measure each named by its own words ("ngân sách tỉnh 300 triệu đồng và …");
 * a later segment told like the first: as many amounts, each of the noun of the first one's at its place ("; 126 ha hoa
 * màu bị hư hại" after "ngập hoàn toàn 312 ha và ngập một phần 583 ha" is another clause). The first segment that is not
 * ends the list (1: the first segment is the list alone).
 */
function itemsGoOn(block: Block, inside: readonly Figure[], segments: ReadonlyArray<[number, number]>, announced: boolean): number {
  const text = block.text;
  const amountsIn = (s: number, e: number) => inside.filter((f) => f.kind !== 'percent' && localRange(block, f)[0] >= s && localRange(block, f)[1] <= e);
  const first = amountsIn(...segments[0]);
  const lead = first[0];
  const counted = lead.kind === 'count';
  const fits = (f: Figure) => f.unit !== null && !f.change && (counted ? f.kind === 'count' && Number.isInteger(f.value) : announced && f.kind === lead.kind);
  const items = ([s, e]: [number, number]) => {
    const subs = splitSegments(text, s, e, SEPARATOR).map(([a, b]) => ({ a, b, in: amountsIn(a, b) })).filter((x) => x.in.length > 0);
    const named = (x: { a: number; in: Figure[] }) => counted || /\p{L}/u.test(text.slice(x.a, localRange(block, x.in[0])[0]).replace(LEADING_JOIN, ''));
    const words = (x: { a: number; b: number }) => text.slice(x.a, x.b).trim();
    return subs.length === amountsIn(s, e).length && subs.every((x) => x.in.length === 1 && named(x) && (announced || !CLAUSE_VERB.test(words(x))) && !SUBSPLIT_OPENER.test(words(x)));
  };
  if (!first.every(fits) || !items(segments[0])) return 1;
  // Told alike: as many amounts as the first item, each of the noun of the first item's amount at its place.
  const alike = (f: Figure, n: number) => compatible(first[n], f) && compatible(f, first[n]);
  let k = 1;
  while (k < segments.length) {
    const mine = amountsIn(...segments[k]);
    if (mine.length !== first.length || !mine.every((f, n) => fits(f) && alike(f, n)) || !items(segments[k])) break;
    k++;
  }
  return k;
}

// The amount bracketed right after the one share a segment holds, when that share is held of it (heldShareBefore).
function heldPartIn(block: Block, figures: Figure[], inside: Figure[], s: number, e: number): Figure | null {
  const shares = inside.filter((f) => localRange(block, f)[0] >= s && localRange(block, f)[1] <= e);
  if (shares.length !== 1 || shares[0].kind !== 'percent') return null;
  const k = figures.indexOf(shares[0]);
  const part = figures[k + 1];
  return part && localRange(block, part)[1] <= e && heldShareBefore(block, shares[0], part) ? part : null;
}

// A joining word opening a segment ("và công trình khác …"): no word of the item's name.
const LEADING_JOIN = new RegExp(String.raw`^[\s,]*(?:(?:${alt(PART_SEPARATOR_WORDS)})(?![\p{L}]))?`, 'iu');
const PARALLEL_OPENER = new RegExp(String.raw`^\s*(${alt(PARALLEL_PART_OPENERS)})(?![\p{L}])`, 'iu');
// The first part's words and these open with one and the same clause word of a parallel list.
function parallelOpening(first: string, words: string): boolean {
  const a = PARALLEL_OPENER.exec(first);
  const b = PARALLEL_OPENER.exec(words);
  return a !== null && b !== null && a[1].toLowerCase() === b[1].toLowerCase();
}

/**
 * The items of a ";"-segment [s, e) that goes on with a list read so far, its last items joined by "và" or commas: each
 * item holds one whole count, in a unit alike the list's first part's, and opens with no clause word. Else null (the
 * segment is another clause, or unclear).
 */
function continuingItems(block: Block, mine: Figure[], first: Figure, s: number, e: number): Array<{ figure: Figure; words: string }> | null {
  if (!mine.every((f) => f.kind === 'count' && Number.isInteger(f.value) && compatible(first, f) && first.unit !== null && f.unit !== null)) return null;
  const text = block.text;
  const subs = splitSegments(text, s, e, SEPARATOR)
    .map(([a, b]) => ({ a, b, in: mine.filter((f) => localRange(block, f)[0] >= a && localRange(block, f)[1] <= b) }))
    .filter((x) => x.in.length > 0);
  if (subs.length !== mine.length || subs.some((x) => x.in.length !== 1 || CLAUSE_VERB.test(text.slice(x.a, x.b).trim()) || SUBSPLIT_OPENER.test(text.slice(x.a, x.b).trim()))) return null;
  return subs.map((x) => ({ figure: x.in[0], words: text.slice(x.a, x.b).trim().replace(x.in[0].raw, ' ') }));
}

const NAME_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*\s+$/u;
function namesNumber(text: string, f: Figure, start: number): boolean {
  return f.kind === 'count' && f.unit === null && /^[1-9]\d{0,2}$/u.test(f.raw) && NAME_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

// Where the first figure at or after `s` starts (the end of the block when none).
function firstStart(block: Block, inside: Figure[], s: number): number {
  const next = inside.find((f) => localRange(block, f)[0] >= s);
  return next ? localRange(block, next)[0] : block.text.length;
}

// Segments [s, e) of text[from, to) between separators, ignoring separators inside parentheses. `sep` is sticky: tried
// at each place only, where a global one searched on from every place to the next separator, or to the end of the
// text on a line with none after the list (work growing with the square of the line).
function splitSegments(text: string, from: number, to: number, sep: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    sep.lastIndex = i;
    const m = sep.exec(text);
    if (m && i + m[0].length <= to) {
      out.push([start, i]);
      start = i + m[0].length;
      i = start - 1;
    }
  }
  out.push([start, to]);
  return out.filter(([s, e]) => e > s);
}

// The first `c` of text[from, to) outside parentheses, or -1.
function firstTopLevel(text: string, c: string, from: number, to: number): number {
  for (let i = text.indexOf(c, from); i >= 0 && i < to; i = text.indexOf(c, i + 1)) if (!nested(text, from, i)) return i;
  return -1;
}

// The index of the last of n ascending keys that is at most `limit`, or -1.
function lastAtOrBefore(n: number, key: (i: number) => number, limit: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid) <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

// Depth of parentheses before each position of `text`, as nested(text, 0, at) counts it (a ")" with none open
// ignored), so that a paragraph with many colons reads each one's depth at once.
function depthsOf(text: string): Int32Array {
  const out = new Int32Array(text.length + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
    out[i + 1] = depth;
  }
  return out;
}

// True when position `at` sits inside a parenthetical opened after `from`.
function nested(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

function closingParen(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return text.length;
}

// The sentences of the block last asked about (the one splitter, src/extract/sentences.ts), kept for the
// repeated questions of one block.
let splitText: string | null = null;
let split: ReturnType<typeof splitSentences> = [];
function sentencesOfText(text: string): ReturnType<typeof splitSentences> {
  if (text !== splitText) {
    split = splitSentences(text);
    splitText = text;
  }
  return split;
}

/** End of the sentence holding `from`, before its closing mark (not the point of "4.256"); the block's end when none. */
export function sentenceEnd(text: string, from: number): number {
  const s = sentencesOfText(text).find((x) => from >= x.from && from < x.to);
  return s && s.end ? s.to - 1 : text.length;
}

/** Start of the sentence holding the character before `at` (0 at the block's start). */
function sentenceStart(text: string, at: number): number {
  if (at <= 0) return 0;
  return sentencesOfText(text).find((x) => at - 1 >= x.from && at - 1 < x.to)?.from ?? 0;
}

const OPENS_SENTENCE = /^[\s\-+•*–(]*$/u;
// A paragraph that is one item of a bulleted list.
const LIST_ITEM = /^\s*[-+•*–]\s/u;

/**
 * Where the whole may be sought, within the sentence from `start`: a ";" closes a clause, so a connector
 * with a subject of its own after the last ";" ("…; lực lượng tham gia gồm: …") takes its whole from that
 * clause only; one that opens its clause ("…; trong đó: …", "…; gồm: …") continues the clause just before.
 */
function clauseOf(text: string, start: number, at: number): number {
  const semi = text.lastIndexOf(';', at - 1);
  if (semi < start) return start;
  if (!OPENS_SENTENCE.test(text.slice(semi + 1, at))) return semi + 1;
  const before = text.lastIndexOf(';', semi - 1);
  return before < start ? start : before + 1;
}

// A figure right after a change verb ("giảm 02 vụ", "tăng thêm 15 hộ") states a difference, never a whole.
const CHANGE_BEFORE = new RegExp(String.raw`${edgeAlt(DIFFERENCE_VERBS)}(?:\s+(?:${alt(DIFFERENCE_TAILS)}))?\s*$`, 'iu');

// A figure named as the yardstick of another ("1.180 người so với kế hoạch 1.200 người", "kế hoạch 14 400 tấn"): a plan or
// an earlier value, never what the parts split.
const YARDSTICK_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:(?:${alt(COMPARED_WITH)})(?:\s+\p{L}+){0,4}|(?:${alt(PLAN_BASES)})(?:\s+(?:${alt(PLAN_BASE_TAILS)}))?)\s*:?\s*$`, 'iu');

// True when position `from` sits in a bracket that closes before `to` and compares with another time or states a change:
// "04 vụ (giảm 02 vụ so với cùng kỳ), gồm:", "46 ca (cùng kỳ 38 ca), trong đó" — an aside; so is one that leaves members
// out ("(không đánh giá 32 giáo viên mới tuyển), trong đó"). A bracket that restates the amount ("năm 2024 (9.200 triệu
// đồng), gồm:") is the whole itself.
function closedAside(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth < 0) {
      const open = text.lastIndexOf('(', from);
      return ASIDE.test(text.slice(open + 1, i)) || SINGLED_OUT.test(text.slice(open + 1, i)) || LEFT_OUT.test(text.slice(open + 1, i));
    }
  }
  return false;
}
const ASIDE = wordsRe(ASIDE_WORDS);

/**
 * The brackets of text[from, to) closed before `to` that hold two amounts or more: "23 trường hợp bị xâm hại, bạo lực (09
 * trường hợp bị xâm hại tình dục, 14 trường hợp bị bạo lực), …; trong đó trẻ em gái 16 trường hợp" — the bracket splits
 * the amount before it, and a connector after it splits that amount, never the bracket's last member. One pass over the
 * window; a bracket restating one amount ("năm 2024 (9.200 triệu đồng), gồm:") is not among them.
 */
function splitBrackets(block: Block, figures: Figure[], from: number, to: number): Array<[number, number]> {
  const text = block.text;
  if (!text.slice(from, to).includes('(')) return [];
  const out: Array<[number, number]> = [];
  const open: number[] = [];
  for (let i = from; i < to; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')' && open.length > 0) {
      const o = open.pop()!;
      if (i - o > 6) out.push([o, i]);
    }
  }
  if (out.length === 0) return out;
  // The amounts' starts in the window, in order: each bracket counts its own by two binary searches, so the pass stays linear.
  const starts = figures.filter((f) => f.cell === null && f.kind !== 'percent' && isAmount(f)).map((f) => localRange(block, f)[0])
    .filter((x) => x >= from && x < to).sort((x, y) => x - y);
  const below = (x: number) => {
    let [lo, hi] = [0, starts.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return out.filter(([o, c]) => below(c) - below(o + 1) >= 2);
}
const inSplit = (brackets: Array<[number, number]>, at: number) => brackets.some(([o, c]) => at > o && at < c);
// "2.217 thành viên (riêng Quỹ tín dụng … có 1.524 thành viên), trong đó …": a bracket that opens by singling one member out
// states that member's own amount, a part of the whole before it, never what the connector splits.
const SINGLED_OUT = new RegExp(String.raw`^\s*(?:${alt(SEPARATELY)})(?![\p{L}])`, 'iu');
// "(không đánh giá 32 giáo viên mới tuyển), trong đó …": a bracket opening with words that leave members out holds those not
// counted, never what the connector splits.
const LEFT_OUT = new RegExp(String.raw`^\s*(?:${alt(LEFT_OUT_OPENERS)})(?![\p{L}])`, 'iu');
const RIVAL_BEFORE = new RegExp(String.raw`${edgeAlt(RIVAL_COMPARATIVES)}(?![\p{L}])[^\d();:.]{0,60}\(\s*$`, 'iu');

// True when a figure opens a bracket after a comparative: "thấp hơn thị xã An Nhơn (54 trường hợp)" is An Nhơn's value.
function rivalValue(block: Block, f: Figure): boolean {
  const s = localRange(block, f)[0];
  return RIVAL_BEFORE.test(block.text.slice(Math.max(0, s - 80), s));
}

// "chiếm 24,6% dân số toàn huyện (132.050 người)": a bracket opened after a percent and the words naming what it is of.
const SHARE_BASE_BEFORE = /\d\s?%[^\d();:.,%]{0,60}\p{L}[^\d();:.,%]{0,4}\(\s*$/u;

// True when a figure opens a bracket that tells the base of a share stated before it: the yardstick of that share, not the
// sentence's subject, so never what a later connector splits ("32.480 thanh niên, chiếm 24,6% dân số toàn huyện (132.050
// người); trong đó nữ 15.920 người" splits the 32.480).
function shareBase(block: Block, f: Figure): boolean {
  const s = localRange(block, f)[0];
  return SHARE_BASE_BEFORE.test(block.text.slice(Math.max(0, s - 80), s));
}

const BULLET_OPENING = /^[\s\-+•*–]+/u;
const FRAME = new RegExp(String.raw`^(?:(?:${alt(BREAKDOWN_FRAME_WORDS)})(?![\p{L}])[\s,]*)+`, 'iu');
const BY_CRITERION = new RegExp(String.raw`(?<![\p{L}])(?:được\s+)?(?:${alt(BREAKDOWN_BY_VERBS)})\s+theo(?![\p{L}]).*$|^[\s\-+•*–]*theo\s+(?:${alt(BREAKDOWN_CRITERION_NOUNS)})(?![\p{L}]).*$`, 'iu');
// "Tiền mặt tiếp nhận từ các nguồn": the sources and the verb of getting before them, no word of the whole's name.
const BY_SOURCE = new RegExp(String.raw`(?:\s+(?:${alt(SOURCE_GETTING_VERBS)}))?\s+(?:${alt(SOURCE_CRITERION_TAILS)})(?:\s+\p{Ll}+)?\s*$`, 'iu');
const WORD = /[\p{L}\d]+/gu;
// "Phân theo ngành kinh tế, số lao động … gồm:": a criterion opening the sentence, closed by its comma, before the name.
const LEAD_CRITERION = new RegExp(String.raw`^\s*(?:được\s+)?(?:${alt(BREAKDOWN_BY_VERBS)})\s+theo(?![\p{L}])[^,]*,`, 'iu');
const NAME_LINK = new Set<string>(NAME_LINK_WORDS);

/**
 * The whole of a sentence that opens with no amount before its connector, from the paragraph before: "Về cơ cấu, gồm: …"
 * only frames the split, so it splits the one amount the paragraph's last sentence can give; "Số người từ 60 tuổi trở
 * lên được phân theo nhóm tuổi, gồm …" names its whole, so it splits the one amount whose own words ("dân số từ 60 tuổi
 * trở lên 1 986 người") hold every word of the name (but a linking "có", "được"; a criterion may open the sentence:
 * "Phân theo ngành, số lao động có việc làm mới gồm …"). Anything less plain gives no whole.
 */
function framedWhole(subject: string, home: Block, candidates: Figure[], parts: Figure[]): Figure | null {
  if (/[.;!?:()]/u.test(subject)) return null;
  // "* Phân loại vi phạm, gồm:": a bullet's marker is no word of the name, nor keeps the frame words from opening it.
  const named = subject.replace(BULLET_OPENING, '').replace(LEAD_CRITERION, '').replace(BY_CRITERION, '').replace(BY_SOURCE, '').trim().replace(FRAME, '');
  const words = (named.toLowerCase().match(WORD) ?? []).filter((w) => !NAME_LINK.has(w));
  const fitting = candidates.filter((f) => parts.every((p) => compatible(f, p)));
  // Without words, the one amount of the sentence before, or its first (its head: "xảy ra 07 vụ, làm chết 05 người …").
  // "… 09 dự án …, với tổng số 692 hộ bị ảnh hưởng, … 45,80 ha. Phân theo địa bàn: xã A 214 hộ, …": past the head, the one
  // fitting amount counted in the very noun every part is counted in is named by the parts themselves.
  if (words.length === 0) return fitting.length === 1 && (candidates.length === 1 || candidates[0] === fitting[0] || sameNoun(fitting[0], parts)) ? fitting[0] : null;
  const unit = new Set((parts[0].unit ?? '').toLowerCase().split(/\s+/u));
  if (words.filter((w) => !unit.has(w)).length < 2) return totalOf(words, home, fitting);
  const hits = fitting.filter((f) => {
    const own = new Set(ownWords(home, f).toLowerCase().match(WORD) ?? []);
    return words.every((w) => own.has(w));
  });
  return hits.length === 1 ? hits[0] : null;
}

// Every part and the amount counted in one noun, written alike ("hộ" … "hộ").
function sameNoun(f: Figure, parts: Figure[]): boolean {
  const unit = f.unit?.toLowerCase();
  return f.kind === 'count' && unit !== undefined && parts.every((p) => p.kind === 'count' && p.unit?.toLowerCase() === unit);
}

// "Tổng nợ thuế … là 8,64 tỷ đồng": own words opening with a total word ("Tổng", "Tổng số").
const TOTAL_OPENING = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(TOTAL_WORDS)})\s+`, 'iu');

/**
 * A name too short to tell its amount by its words alone ("Phân loại nợ: …" names "nợ"): the one fitting amount whose own
 * words open with a total word and then the name ("Tổng nợ thuế … là 8,64 tỷ đồng"), the total of that noun; else none.
 */
function totalOf(words: string[], home: Block, fitting: Figure[]): Figure | null {
  const hits = fitting.filter((f) => {
    const own = ownWords(home, f);
    const opening = TOTAL_OPENING.exec(own);
    if (!opening) return false;
    const next = own.slice(opening[0].length).toLowerCase().match(WORD) ?? [];
    return words.every((w, i) => next[i] === w);
  });
  return hits.length === 1 ? hits[0] : null;
}

/**
 * The last amount of the paragraph before (or of the one before that) that the parts add up to exactly, in their kind and
 * able to hold each of them: no change, no reference value, no table cell. An exact sum is as sure a sign of the whole as
 * its name.
 */
function exactSumBefore(previous: Previous, parts: Figure[]): Figure | null {
  const sum = parts.reduce((s, p) => s + p.value, 0);
  for (const { block, figures } of [previous, ...(previous.before ? [previous.before] : [])]) {
    const exact = figures.filter((f) => f.cell === null && f.kind === parts[0].kind && !f.change && isAmount(f) && !isReference(block, f)
      && Math.abs(f.value - sum) <= 1e-9 * Math.max(1, sum) && parts.every((p) => compatible(f, p)));
    if (exact.length > 0) return exact[exact.length - 1];
  }
  return null;
}

// "… gồm 03 trường: Trường Hoa Sen; Trường Sao Mai; …": the amount's noun, a colon, then names with no amount to the sentence's end.
function namesFollow(block: Block, figures: Figure[], f: Figure): boolean {
  const text = block.text;
  const end = localRange(block, f)[1];
  const colon = /^[^\d:;.()]{0,40}:/u.exec(text.slice(end));
  if (!colon) return false;
  const from = end + colon[0].length;
  const to = sentenceEnd(text, from);
  return /\p{L}/u.test(text.slice(from, to)) && !figures.some((g) => g.cell === null && localRange(block, g)[0] >= from && localRange(block, g)[1] <= to);
}

// The words around a figure between the separators on each side (",", ";", ":", a sentence end, "và").
function ownWords(block: Block, f: Figure): string {
  const [s, e] = localRange(block, f);
  const before = block.text.slice(0, s);
  const from = Math.max(...[',', ';', ':', '. '].map((c) => before.lastIndexOf(c)), before.search(/\svà\s(?!.*\svà\s)/u));
  const after = block.text.slice(e);
  const stop = after.search(/[,;:]|\.(?:\s|$)|\svà\s/u);
  return block.text.slice(from + 1, stop < 0 ? block.text.length : e + stop);
}

// The words of a figure's sentence up to its number ("Tổng khối lượng … 6 tháng đầu năm 2025 là" of "… là 2 650 tấn").
function wholeLead(block: Block, f: Figure): string {
  const [s] = localRange(block, f);
  return block.text.slice(sentenceStart(block.text, s), s);
}

// The last connector of text[from, to) ("gồm", "trong đó", …) outside brackets, with where it starts and ends.
function lastConnectorBefore(text: string, from: number, to: number): { at: number; end: number } | null {
  const window = text.slice(from, to);
  if (!ANY_CONNECTOR.test(window)) return null;
  let out: { at: number; end: number } | null = null;
  for (const m of window.matchAll(CONNECTOR)) if (!nested(text, from, from + m.index)) out = { at: from + m.index, end: from + m.index + m[0].length };
  return out;
}

// "Theo quý: quý I 658 lao động, …": a sentence opening with the criterion of a breakdown (its verb optional) and a colon.
const CRITERION_LIST = new RegExp(String.raw`^[\s\-+•*–]{0,4}(?:(?:${alt(DIVIDED_INTO, BREAKDOWN_BY_VERBS)})\s+)?theo(?:\s+\p{L}+){1,${CRITERION_MAX_WORDS}}\s{0,3}:`, 'iu');

/**
 * "- Theo quý: quý I 658 lao động, quý II 745 lao động, quý III 812 lao động. / - Chia ra theo nơi làm việc: trong tỉnh 1.268
 * lao động, …": a sentence at `from` that lists a breakdown by its criterion, and parts outgrowing every amount it lists, is a
 * sibling breakdown of one whole, its last item no whole of theirs; its colon is then read as a connector before them.
 */
function siblingList(block: Block, figures: Figure[], from: number, to: number, parts: Figure[]): { at: number; end: number } | null {
  const m = CRITERION_LIST.exec(block.text.slice(from, to));
  if (!m) return null;
  const end = from + m[0].length;
  const sum = parts.reduce((s, p) => s + p.value, 0);
  const items = figures.filter((f) => localRange(block, f)[0] >= end && localRange(block, f)[1] <= to && f.cell === null && f.kind !== 'percent');
  return items.length >= 2 && items.every((f) => f.value < sum) ? { at: end - 1, end } : null;
}

// Between a part's amount and a bracket it opens: that part's noun and the "(" only.
const TO_OWN_BRACKET = /^[^\d()[\].,;:!?]{0,40}\(\s*$/u;
// Between the bracket's close and the next part of the breakdown: a comma or ";" and that part's words, nothing more.
const LIST_GOES_ON = /^\s*[,;][^\d()[\].;:!?]{0,60}$/u;

/**
 * "trong đó: người cao tuổi 248 người, người khuyết tật 139 người (trong đó khuyết tật nặng 41 người), trẻ em 08 người": a
 * connector opening a bracket right after a part of a breakdown (only that part's noun between), the breakdown going on
 * after the bracket closes (the next amount, of the part's kind and unit, after a comma or ";"), splits that part, not the
 * breakdown's whole. A bracket closing the breakdown ("…, nữ 40 người (trong đó …).") may be of either: not read so.
 */
function bracketedPartOwner(block: Block, figures: Figure[], at: number): Figure | null {
  const text = block.text;
  if (!/\(\s*$/u.test(text.slice(0, at))) return null;
  const owner = figures.filter((f) => f.cell === null && localRange(block, f)[1] <= at).pop();
  if (!owner || owner.change || !isAmount(owner) || !TO_OWN_BRACKET.test(text.slice(localRange(block, owner)[1], at))) return null;
  const close = closingParen(text, at);
  const next = figures.find((f) => f.cell === null && localRange(block, f)[0] > close);
  if (close >= text.length || !next || next.kind !== owner.kind || (next.unit ?? '') !== (owner.unit ?? '')) return null;
  return LIST_GOES_ON.test(text.slice(close + 1, localRange(block, next)[0])) ? owner : null;
}

// Two amounts or more (not percents, not table cells) in text[from, to) of the block: a breakdown already given.
function breakdownAfter(block: Block, figures: Figure[], from: number, to: number): boolean {
  return figures.filter((f) => localRange(block, f)[0] >= from && localRange(block, f)[1] <= to && f.cell === null && f.kind !== 'percent').length >= 2;
}

const CONSISTS_OF_AT = new RegExp(String.raw`^(?:${alt(CONSISTS_OF)})(?![\p{L}])`, 'iu');
const OF_WHICH_AT = new RegExp(String.raw`^(?:${alt(OF_WHICH)})(?![\p{L}])`, 'iu');
const SUBJECT_CLAUSE_AT = new RegExp(String.raw`^(?:${alt(CONSISTS_OF, MOSTLY)})(?![\p{L}])`, 'iu');

/**
 * "Tuyển sinh 1.245 người, …, trong đó nữ 689 người; gồm: sơ cấp 386 người, …": a "gồm" (or "chủ yếu": "…, trong đó lao
 * động nữ 168 người; chủ yếu đi các thị trường …") opening its own clause after a ";" that closed a "trong đó" clause of one
 * amount goes back to the sentence's subject; that one amount (a subgroup) is what it splits only when the parts add up to
 * it. Returns the subgroup's amount when the connector at `at` stands so, else null.
 */
function subgroupClauseBefore(block: Block, figures: Figure[], earlier: { at: number; end: number }, at: number): Figure | null {
  const text = block.text;
  const semi = text.lastIndexOf(';', at - 1);
  if (semi < earlier.end || !OPENS_SENTENCE.test(text.slice(semi + 1, at)) || !SUBJECT_CLAUSE_AT.test(text.slice(at, at + 12))) return null;
  if (!OF_WHICH_AT.test(text.slice(earlier.at, earlier.end))) return null;
  const inside = figures.filter((f) => localRange(block, f)[0] >= earlier.end && localRange(block, f)[1] <= semi && f.cell === null && f.kind !== 'percent');
  return inside.length === 1 && firstTopLevel(text, ';', earlier.end, semi) < 0 ? inside[0] : null;
}
// "và", then the words of a new subject up to the connector (no number, no bracket, no clause mark, no comma).
const NEW_SUBJECT = new RegExp(String.raw`${edgeAlt(AND_OR_WORDS)}\s+[^\d,;:.()]+$`, 'iu');

/**
 * "Hội đồng A gồm 9 ủy viên và Tổ công tác B gồm 12 người": two "gồm" side by side, each told of its own subject, the
 * later one's subject opening after "và". The one amount after the earlier "gồm" is the earlier subject's size, no whole
 * of the later subject's members.
 */
function parallelSubject(block: Block, figures: Figure[], earlier: { at: number; end: number }, at: number): boolean {
  const text = block.text;
  if (!CONSISTS_OF_AT.test(text.slice(earlier.at, earlier.end)) || !CONSISTS_OF_AT.test(text.slice(at, at + 12))) return false;
  const between = figures.filter((f) => localRange(block, f)[0] >= earlier.end && localRange(block, f)[1] <= at && f.cell === null);
  return between.length === 1 && NEW_SUBJECT.test(text.slice(localRange(block, between[0])[1], at));
}

/** The whole of parts found after `at`: the nearest compatible amount before it, preferring the parts' own unit. */
/** The paragraph before a claim's, and the one before that (read past a paragraph that only compares). */
interface Previous { block: Block; figures: Figure[]; before?: { block: Block; figures: Figure[] } }

/**
 * "… có việc làm mới là 303 người, …; lao động nữ 145 người, chiếm 47,9%. Trong đó: doanh nghiệp 151 người; …; nước ngoài 73
 * người": parts that outgrow the nearest amount (one part of the whole itself) but add up exactly to an earlier amount of
 * their sentence (or of the sentence before, for a connector opening its own) split that amount; else the nearest.
 */
function pickWhole(block: Block, figures: Figure[], previous: Previous | null, at: number, parts: Figure[]): Figure | null {
  const near = nearestWhole(block, figures, previous, at, parts);
  const sum = parts.reduce((s, p) => s + p.value, 0);
  if (near === null || parts.length < 2 || sum <= near.value) return near;
  const text = block.text;
  let start = sentenceStart(text, at);
  if (OPENS_SENTENCE.test(text.slice(start, at)) && start > 0) start = sentenceStart(text, start - 1);
  const exact = figures.filter((f) => f !== near && f.cell === null && f.kind === near.kind && !f.change && localRange(block, f)[0] >= start && localRange(block, f)[1] <= at
    && Math.abs(f.value - sum) < 1e-6 && isAmount(f) && !isReference(block, f) && parts.every((p) => compatible(f, p)));
  return exact[exact.length - 1] ?? near;
}

// "186.452 triệu đồng (khoảng 186,5 tỷ đồng)": a bracket opened right after a figure, at most a hedge or "tương đương" before
// its number, in the figure's kind and unit.
const RESTATING_OPEN = new RegExp(String.raw`^\s*\(\s*(?:(?:${alt(APPROXIMATE_WORDS, EQUAL_WORDS)})\s+)?$`, 'iu');
const RESTATED_SLACK = 0.01;
const HEDGED_SLACK = 0.1;

/**
 * The figure only restates the one right before it, rounded or at another scale ("186.452 triệu đồng (khoảng 186,5 tỷ
 * đồng)"): the same amount told again, never a second amount the parts after it could make up; the exact one is the whole.
 * Within a hundredth of it, a tenth when hedged ("khoảng", "hơn").
 */
function restatesBefore(home: Block, figures: readonly Figure[], f: Figure): boolean {
  const before = figures.find((g) => g.index === f.index - 1);
  if (!before || before.kind !== f.kind || before.cell !== null || (before.unit ?? '') !== (f.unit ?? '')) return false;
  const gap = home.text.slice(localRange(home, before)[1], localRange(home, f)[0]);
  if (!RESTATING_OPEN.test(gap)) return false;
  const slack = /\p{L}/u.test(gap) ? HEDGED_SLACK : RESTATED_SLACK;
  return Math.abs(f.value - before.value) <= slack * Math.max(Math.abs(f.value), Math.abs(before.value));
}

// "bình quân 28,7 hộ kinh doanh/1.000 dân": an average word right before the number, or a per-unit tail after its noun (a
// "/" then a count or a noun: "2,1 bác sĩ/vạn dân", "45 triệu đồng/người").
// "mỗi thôn 01 người": the word and a noun of one or two words before the number, the quantity each one of them has.
const AVERAGE_BEFORE = new RegExp(String.raw`${edgeAlt(EACH_WORDS)}(?:\s+\p{L}+){0,2}\s*$`, 'iu');
// "28,7 hộ/1.000 dân", "45 triệu đồng/người": a value per a number, a scale or a population of something
// else; "12,6 tấn/ngày" is a flow whose parts ("trong đó 4,1 tấn/ngày") make it up.
// The figure's own words may hold its unit ("20 000 đồng" of "20 000 đồng/hộ/tháng"): the "/" may then come first.
const PER_UNIT_AFTER = new RegExp(String.raw`^\s*(?:(?:\p{L}+\s+){0,3}\p{L}+)?\s*\/\s*(?:\d[\d.,]*\s*\p{L}|(?:${alt(SCALE_WORDS, POPULATION_HEADS)})(?![\p{L}]))`, 'iu');

/**
 * The figure is a value per unit of something else, an average or a density: not an amount its clause's parts can make up
 * ("645 hộ kinh doanh, bình quân 28,7 hộ/1.000 dân; trong đó khoán 568 hộ" splits the 645 households, not the density).
 */
function perUnitValue(home: Block, f: Figure): boolean {
  const [s, e] = localRange(home, f);
  return AVERAGE_BEFORE.test(home.text.slice(Math.max(0, s - 24), s)) || PER_UNIT_AFTER.test(home.text.slice(e, e + 50).split(/[,;:()]/u)[0]);
}

// "6,1‰": a value per thousand, a rate as a percent is.
const PER_MILLE_AFTER = /^\s?‰/u;

/**
 * The figure is a ratio, not an amount a breakdown's parts make up: written per thousand ("tỷ suất sinh thô 13,4‰"), or a
 * bare number (no counted noun) its own words name a ratio, an index or a density ("hệ số 1,2", "tỷ suất … 13,4") — the
 * words from the figure before it or its clause's start. "Tỷ lệ sinh con thứ ba 45 trường hợp" counts cases and stays an amount.
 */
function ratioValue(home: Block, figures: readonly Figure[], f: Figure): boolean {
  if (f.kind !== 'count' && f.kind !== 'decimal') return false;
  const [s, e] = localRange(home, f);
  if (PER_MILLE_AFTER.test(home.text.slice(e, e + 2))) return true;
  if (f.unit !== null) return false;
  const before = figures.find((g) => g.index === f.index - 1 && g.block === f.block);
  const from = Math.max(before ? localRange(home, before)[1] : 0, home.text.slice(0, s).search(/[^,;:()]*$/u));
  return RATIO_NAMED.test(home.text.slice(from, s));
}

function nearestWhole(block: Block, figures: Figure[], previous: Previous | null, at: number, parts: Figure[]): Figure | null {
  const text = block.text;
  let start = sentenceStart(text, at);
  if (OPENS_SENTENCE.test(text.slice(start, at)) && start > 0) start = sentenceStart(text, start - 1);
  const sentence = start;
  start = clauseOf(text, start, at);
  // "gồm: Nhật Bản 612 người, …, các thị trường khác 52 người; trong đó lao động nữ 438 người": a connector after a breakdown
  // of its own clause (two parts or more since the earlier connector) splits that breakdown's whole, not its last part; after
  // a ";" or a sentence's end that whole is sought as the earlier connector's, after a comma the reading is unsure and gives none.
  // "… dịch vụ ăn uống 97 hộ; dịch vụ khác 79 hộ. Trong đó có 148 hộ …": a connector opening its sentence after a breakdown
  // whose items a ";" separates follows that whole breakdown, not its last clause.
  const from = start > sentence && /[.!?]\s*$/u.test(text.slice(0, at)) ? sentence : start;
  const earlier = lastConnectorBefore(text, from, at) ?? siblingList(block, figures, from, at, parts);
  if (earlier !== null && breakdownAfter(block, figures, earlier.end, at)) {
    const owner = bracketedPartOwner(block, figures, at);
    if (owner !== null && localRange(block, owner)[0] >= earlier.end) return owner;
    if (!/[;.!?]\s*$/u.test(text.slice(0, at))) return null;
    return pickWhole(block, figures, previous, earlier.at, parts);
  }
  if (earlier !== null && parallelSubject(block, figures, earlier, at)) return null;
  const subgroup = earlier !== null ? subgroupClauseBefore(block, figures, earlier, at) : null;
  if (subgroup !== null) {
    const sum = parts.reduce((s, p) => s + p.value, 0);
    return Math.abs(sum - subgroup.value) < 1e-6 ? subgroup : pickWhole(block, figures, previous, earlier!.at, parts);
  }
  let pool = figures.filter((f) => localRange(block, f)[1] <= at && localRange(block, f)[0] >= start && f.cell === null);
  const fromPrevious = pool.length === 0 && start === 0 && previous !== null;
  if (fromPrevious) {
    const pt = previous.block.text;
    const ps = sentenceStart(pt, pt.trimEnd().replace(/[.:]$/u, '').length);
    // "Tổng kinh phí 45 triệu đồng, gồm: ngân sách 32 triệu, xã hội hóa 13 triệu. / Trong đó, chi hỗ trợ …": a paragraph
    // opening with the connector after a closed breakdown splits that breakdown's whole, as after a ";" above.
    const before = OPENS_SENTENCE.test(text.slice(0, at)) && /[.!?;]\s*$/u.test(pt) ? lastConnectorBefore(pt, ps, pt.length) ?? siblingList(previous.block, previous.figures, ps, pt.length, parts) : null;
    if (before !== null && breakdownAfter(previous.block, previous.figures, before.end, pt.length)) return pickWhole(previous.block, previous.figures, previous.before ?? null, before.at, parts);
    pool = previous.figures.filter((f) => localRange(previous.block, f)[0] >= ps && f.cell === null);
    // "Có 406 lao động …. Theo thị trường: Nhật Bản 198 người, …. / Theo hình thức đi: …": a last sentence of the paragraph
    // before that is itself a split by its criterion is a sibling of this one; the whole is in the sentence before it.
    if (!OPENS_SENTENCE.test(text.slice(0, at)) && CRITERION_LIST.test(text) && CRITERION_LIST.test(pt.slice(ps))) {
      let end = ps;
      let es = end > 0 ? sentenceStart(pt, end - 1) : 0;
      while (es > 0 && CRITERION_LIST.test(pt.slice(es, end))) {
        end = es;
        es = sentenceStart(pt, end - 1);
      }
      if (end > 0) pool = previous.figures.filter((f) => localRange(previous.block, f)[0] >= es && localRange(previous.block, f)[1] <= end && f.cell === null);
    }
  }
  // "Đã cấp 540 thẻ BHYT. Phân theo đối tượng, gồm: …": the sentence before, in the same paragraph.
  const fromEarlier = pool.length === 0 && start > 0 && start === sentenceStart(text, at) && !OPENS_SENTENCE.test(text.slice(start, at));
  if (fromEarlier) {
    // "… là 386 người. Phân theo giới tính: nam 171 người, nữ 215 người. Phân theo đối tượng: …": a sentence before that
    // is itself a breakdown by its criterion is a sibling split of the same whole; the whole is in the sentence before it.
    let end = start;
    let es = sentenceStart(text, end - 1);
    while (es > 0 && CRITERION_LIST.test(text.slice(es, end))) {
      end = es;
      es = sentenceStart(text, end - 1);
    }
    pool = figures.filter((f) => localRange(block, f)[0] >= es && localRange(block, f)[1] <= end && f.cell === null);
  }
  // A plan or an earlier value in brackets ("kế hoạch năm (250 lao động); trong đó …"), another's value a comparative
  // brackets ("thấp hơn thị xã An Nhơn (54 trường hợp)"), or a change in an aside closed before the connector ("04 vụ (giảm
  // 02 vụ so với cùng kỳ), gồm: …"), is not what the parts split.
  const split = splitBrackets(block, figures, start, at);
  const usable = (among: Figure[]) => among.filter((f) => {
    const home = f.block === block.index ? block : previous!.block;
    return isAmount(f) && (f.kind === 'percent') === (parts[0].kind === 'percent') && !isReference(home, f) && !rivalValue(home, f) && !shareBase(home, f) && !(home === block && (closedAside(text, localRange(block, f)[0], at) || inSplit(split, localRange(block, f)[0]))) && !f.change && !CHANGE_BEFORE.test(home.text.slice(Math.max(0, localRange(home, f)[0] - 16), localRange(home, f)[0]))
      && !YARDSTICK_BEFORE.test(home.text.slice(Math.max(0, localRange(home, f)[0] - 40), localRange(home, f)[0])) && !perUnitValue(home, f)
      && !ratioValue(home, home === block ? figures : previous!.figures, f)
      && !restatesBefore(home, home === block ? figures : previous!.figures, f)
      && !memberBound(home, home === block ? figures : previous!.figures, f);
  });
  const candidates = usable(pool);
  // "… phát hiện 40 trường hợp vi phạm … . Số vi phạm thấp hơn thị xã An Nhơn (54 trường hợp). / Phân loại vi phạm gồm: …": a
  // last sentence of the paragraph before that only compares gives no whole; a breakdown that names its whole seeks it in
  // the sentence before that one.
  if (fromPrevious && pool.length > 0 && candidates.length === 0 && !OPENS_SENTENCE.test(text.slice(0, at))) {
    const pt = previous!.block.text;
    const ps = sentenceStart(pt, pt.trimEnd().replace(/[.:]$/u, '').length);
    const es = ps > 0 ? sentenceStart(pt, ps - 1) : ps;
    const earlier = usable(previous!.figures.filter((f) => localRange(previous!.block, f)[0] >= es && localRange(previous!.block, f)[1] <= ps && f.cell === null));
    if (earlier.length > 0) return framedWhole(text.slice(0, at), previous!.block, earlier, parts);
  }
  // "Xảy ra 07 vụ … / So với cùng kỳ: số vụ giảm 1 vụ (cùng kỳ 08 vụ) … / Phân theo tuyến, gồm …": a paragraph before whose
  // figures are all changes or earlier values frames nothing; the breakdown splits the paragraph before it.
  if (fromPrevious && pool.length > 0 && candidates.length === 0 && previous!.before) return pickWhole(block, figures, previous!.before, at, parts);
  if (fromPrevious && !OPENS_SENTENCE.test(text.slice(0, at))) {
    // "- Ngân sách địa phương: …, cụ thể: / + Ngân sách xã: 1.350 triệu đồng. / Phân theo lĩnh vực: giao thông 5.950 triệu
    // đồng, …": the amount of the list item before is that item's, one part of the list's head; a paragraph that is no item
    // of that list and splits something by its own criterion does not split the item. Unsure which whole it splits: none.
    if (LIST_ITEM.test(previous!.block.text) && !LIST_ITEM.test(text)) return null;
    const framed = framedWhole(text.slice(0, at), previous!.block, candidates, parts);
    // "… tổng thu đạt 172.832 triệu đồng … / Loại trừ tiền sử dụng đất, … đạt 100.382 triệu đồng … / Chia theo địa bàn: huyện
    // A thu 104.517 triệu đồng; huyện B thu 68.315 triệu đồng": parts outgrowing the amount the paragraph before ends with,
    // that add up exactly to one stated earlier in it or in the paragraph before it, split that one.
    if (framed !== null && parts.length >= 2 && parts.reduce((s, p) => s + p.value, 0) > framed.value) {
      const exact = exactSumBefore(previous!, parts);
      if (exact !== null) return exact;
    }
    // "Các trường mở mới gồm 03 trường: Hoa Sen; Sao Mai; Họa Mi. / Phân theo loại hình: công lập 18 trường, …": a count the
    // paragraph before already splits by name is not what a breakdown outgrowing it splits; the paragraph before that may frame it.
    if (framed === null || !namesFollow(previous!.block, previous!.figures, framed) || parts.reduce((s, p) => s + p.value, 0) <= framed.value) return framed;
    return previous!.before ? pickWhole(block, figures, previous!.before, at, parts) : null;
  }
  if (fromEarlier) return framedWhole(text.slice(start, at), block, candidates, parts);
  const unit = parts.find((p) => p.unit !== null)?.unit?.toLowerCase();
  // "Có 18 cơ quan, đơn vị … với tổng công suất 412 kWp, gồm: khối A 11 đơn vị, …": a whole whose noun joins the parts' own
  // ("cơ quan, đơn vị") names them as surely as one in their unit.
  const named = (f: Figure) => f.unit !== null && (f.unit.toLowerCase() === unit || (f.block === block.index && jointNoun(f.unit, unit!, text.slice(localRange(block, f)[1]))));
  const byUnit = unit ? candidates.filter(named) : [];
  // "312 suất học bổng với tổng trị giá 624 triệu đồng (mức 2 triệu đồng/suất), trong đó 321 suất": the nearest amount
  // the parts can be parts of, past money they cannot.
  const fitting = candidates.filter((f) => parts.every((p) => compatible(f, p)));
  if (byUnit.length > 0) return byUnit[byUnit.length - 1];
  const fit = fitting[fitting.length - 1];
  if (fit !== undefined && reachesPastClause(block, candidates, fit)) return null;
  return fit ?? candidates[candidates.length - 1] ?? null;
}

/**
 * "Phường … sắp xếp 03 đơn vị hành chính, hoạt động từ ngày …, có diện tích 1.184,5 ha, gồm 09 khu phố": an amount the parts
 * only fit by kind ("khu phố" a kind of "đơn vị"), not named by their noun, reached past a nearer amount other than money
 * (the "1.184,5 ha" the connector follows) that stands in a clause of its own after a comma, is the object of an earlier
 * clause, not what the connector splits; the sentence's subject is. Unsure: no whole. Money the whole is worth ("312 suất
 * với tổng trị giá 624 triệu đồng, trong đó …") and an amount in the same clause are passed as before.
 */
function reachesPastClause(block: Block, candidates: Figure[], fit: Figure): boolean {
  if (fit.block !== block.index) return false;
  const end = localRange(block, fit)[1];
  return candidates.some((f) => f.block === block.index && f.kind !== 'money' && localRange(block, f)[0] > end
    && (firstTopLevel(block.text, ',', end, localRange(block, f)[0]) >= 0 || firstTopLevel(block.text, ';', end, localRange(block, f)[0]) >= 0));
}

/**
 * "… 17 đơn khiếu nại và 06 đơn tố cáo; trong số đơn khiếu nại có 21 đơn liên quan đến …": the sentence names its whole by
 * the noun and words it was stated with (here or in the two paragraphs before: "Xã cử 48 vận động viên tham gia Đại hội
 * Thể dục thể thao huyện … / Trong số vận động viên dự Đại hội Thể dục thể thao huyện nêu trên, có 52 vận động viên nữ"),
 * and the amount after the name is one of its members. The whole is the one amount, nearest paragraph first, whose unit
 * opens the name and whose own words hold the rest of the name (one word in four may differ: "dự" for "tham gia").
 */
export function extractAmongClaims(blocks: readonly Block[], figuresOf: BlockFigures): Claim[] {
  const out: Claim[] = [];
  blocks.forEach((block, i) => {
    if (block.kind === 'row') return;
    if (TOTAL_NAMED_LEAD.test(block.text)) {
      for (const m of block.text.matchAll(TOTAL_NAMED)) {
        const claim = readTotalNamed(blocks, figuresOf, i, m.index + m[0].length - m[1].length - m[2].length, m.index + m[0].length, m[1]);
        if (claim) out.push(claim);
      }
      for (const m of block.text.matchAll(TOTAL_STATED)) {
        const claim = readTotalStated(block, figuresOf.of(i), m.index + m[0].length);
        if (claim) out.push(claim);
      }
    }
    if (!AMONG.test(block.text)) return;
    for (const m of block.text.matchAll(AMONG_NAME)) {
      const claim = readAmongNamed(blocks, figuresOf, i, m.index, m.index + m[0].length, m[1]);
      if (claim) out.push(claim);
    }
  });
  return out;
}

const TOTAL_NAMED_LEAD = wordsRe(TOTAL_NAMED_LEADS);
// A sentence opening "Trong tổng <name of two to eight words>, [riêng] <subject> <là|đạt|có> N": group 2 the name, group 1
// what follows it up to the amount.
const TOTAL_NAMED = new RegExp(
  String.raw`(?:^|[.;!?]\s+)[\s\-+•*–]*(?:${alt(TOTAL_NAMED_LEADS)})\s+(?!\d)((?:\p{L}+\s+){1,7}?\p{L}+)(\s*,\s*(?:(?:${alt(SEPARATELY)})\s+)?(?:\p{L}+\s+){1,16}?(?:${alt(STATED_AS_WORDS)})\s+)(?=\d)`,
  'giu',
);

const MONEY_NAME_HEAD = new RegExp(String.raw`^(?:${alt(MONEY_NAME_HEADS)})\s+`, 'iu');
// A sentence opening "Trong tổng <name of at most eight words> N": N is the total, stated in the lead itself.
const TOTAL_STATED = new RegExp(String.raw`(?:^|[.;!?]\s+)[\s\-+•*–]*(?:${alt(TOTAL_NAMED_LEADS)})\s+(?:\p{L}+\s+){1,8}?(?=\d)`, 'giu');
// After that total: ", [riêng] <subject> <là|đạt|có> " up to the part's amount.
const STATED_PART = new RegExp(String.raw`^\s*,\s*(?:(?:${alt(SEPARATELY)})\s+)?(?:[\p{L}\d]+\s+){1,12}?(?:${alt(STATED_AS_WORDS)})\s+(?=\d)`, 'iu');

/**
 * "Trong tổng nợ thuế 15.846 triệu đồng, nợ quá hạn trên 90 ngày là 16.210 triệu đồng": the lead states its total, and the
 * amount its subject is then given is a part of it, in the same kind and unit.
 */
function readTotalStated(block: Block, figures: Figure[], at: number): Claim | null {
  const whole = figures.find((f) => localRange(block, f)[0] === at && f.cell === null);
  if (!whole || !isAmount(whole) || whole.kind === 'percent' || whole.change) return null;
  const tail = STATED_PART.exec(block.text.slice(localRange(block, whole)[1]));
  if (!tail) return null;
  const start = localRange(block, whole)[1] + tail[0].length;
  const part = figures.find((f) => localRange(block, f)[0] === start && f.cell === null);
  if (!part || !isAmount(part) || part.kind !== whole.kind || part.change || !compatible(whole, part)) return null;
  return makeClaim({
    relation: 'subset', whole: whole.index, parts: [part.index], disjoint: false,
    connector: TOTAL_NAMED_LEADS[0], block: block.index, span: subSpan(block, localRange(block, whole)[0], localRange(block, part)[1]), partBlocks: [block.index],
  });
}

/**
 * "Sản lượng khai thác quý II đạt 4 260 tấn, gồm … . Trong tổng sản lượng khai thác, riêng đội tàu khai thác xa bờ đạt
 * 4 620 tấn": the amount after the singled-out member is a part of the one amount before it (in its paragraph or the two
 * before) whose own words hold every word of the name; none or two such amounts, no claim.
 */
function readTotalNamed(blocks: readonly Block[], figuresOf: BlockFigures, i: number, at: number, after: number, rawName: string): Claim | null {
  const block = blocks[i];
  const part = figuresOf.of(i).find((f) => localRange(block, f)[0] === after && f.cell === null);
  if (!part || !isAmount(part) || part.kind === 'percent' || part.unit === null) return null;
  const name = part.kind === 'money' ? rawName.toLowerCase().replace(MONEY_NAME_HEAD, '') : rawName.toLowerCase();
  const words = (name.match(WORD) ?? []).filter((w) => !NAME_LINK.has(w));
  if (words.length < 2) return null;
  const hits: Figure[] = [];
  for (let k = i; k >= 0 && k >= i - 2 && blocks[k].kind !== 'row'; k--) {
    for (const f of figuresOf.of(k)) {
      if (f.cell !== null || (k === i && localRange(block, f)[1] > at) || !compatible(f, part) || isReference(blocks[k], f)) continue;
      const own = new Set(ownWords(blocks[k], f).toLowerCase().match(WORD) ?? []);
      if (words.every((w) => own.has(w))) hits.push(f);
    }
  }
  if (hits.length !== 1) return null;
  const [whole] = hits;
  const from = whole.block === block.index ? localRange(block, whole)[0] : 0;
  return makeClaim({
    relation: 'subset', whole: whole.index, parts: [part.index], disjoint: false,
    connector: TOTAL_NAMED_LEADS[0], block: whole.block, span: subSpan(block, from, localRange(block, part)[1]), partBlocks: [block.index],
  });
}

function readAmongNamed(blocks: readonly Block[], figuresOf: BlockFigures, i: number, at: number, after: number, rawName: string): Claim | null {
  const block = blocks[i];
  const part = figuresOf.of(i).find((f) => localRange(block, f)[0] === after && f.cell === null);
  if (!part || part.kind !== 'count' || part.unit === null) return null;
  const lower = rawName.toLowerCase();
  const name = lower.replace(BACK_POINTER, '').replace(PLURAL_MARKER, '').trim();
  // "… nêu trên" points back past the paragraphs between, a heading among them: five paragraphs back; else two.
  const reach = name === lower.replace(PLURAL_MARKER, '').trim() ? 2 : 5;
  const homes: Array<{ block: Block; figures: Figure[]; to: number }> = [{ block, figures: figuresOf.of(i), to: at }];
  for (let k = i - 1; k >= 0 && k >= i - reach && blocks[k].kind !== 'row'; k--) homes.push({ block: blocks[k], figures: figuresOf.of(k), to: blocks[k].text.length });
  let found: { whole: Figure; exact: boolean } | null = null;
  for (const home of homes) {
    const hits = home.figures.filter((f) => {
      if (f.cell !== null || f.kind !== 'count' || f.unit === null || localRange(home.block, f)[1] > home.to) return false;
      // The unit read is the noun's first words ("đơn khiếu" of "đơn khiếu nại"): it opens the name, and the part counts the
      // same noun ("21 đơn liên quan …" is read "đơn liên").
      const unit = f.unit.toLowerCase();
      const head = unit.split(/\s+/u)[0];
      if (name !== unit && !name.startsWith(unit + ' ')) return false;
      if (!(compatible(f, part) || part.unit!.toLowerCase().split(/\s+/u)[0] === head || framedMembers(f.unit, part.unit))) return false;
      if (isReference(home.block, f) || rivalValue(home.block, f)) return false;
      const [s] = localRange(home.block, f);
      if (CHANGE_BEFORE.test(home.block.text.slice(Math.max(0, s - 16), s))) return false;
      const rest = (name.slice(unit.length).match(WORD) ?? []).filter((w) => !NAME_LINK.has(w));
      if (rest.length === 0) return false;
      const own = new Set(ownWords(home.block, f).toLowerCase().match(WORD) ?? []);
      return rest.filter((w) => !own.has(w)).length <= Math.floor(rest.length / 4);
    });
    if (hits.length > 1) {
      if (found === null) return null;
      break;
    }
    if (hits.length === 0) continue;
    // "… là 125 người. Trong số người tham gia có 728 nữ" after "1.245 người tham gia BHXH" a paragraph before: an amount
    // whose words only hold the name loosely ("số người dừng đóng, chuyển sang tham gia …") yields to a farther one the
    // name follows word for word ("1.245 người tham gia"); two loose or two word-for-word ones keep the nearest.
    const exact = namedVerbatim(home.block, hits[0], name);
    if (found === null) found = { whole: hits[0], exact };
    else if (exact && !found.exact) found = { whole: hits[0], exact };
    if (found.exact) break;
  }
  if (found === null) return membersOfNamedGroups(blocks, figuresOf, i, at, part, name);
  const whole = found.whole;
  const from = whole.block === block.index ? localRange(block, whole)[0] : 0;
  const split = amongSplit(block, figuresOf.of(i), whole, part);
  const last = split ? split[split.length - 1] : part;
  return makeClaim({
    relation: split ? 'exhaustive' : 'subset', whole: whole.index, parts: (split ?? [part]).map((f) => f.index), disjoint: split !== null,
    connector: AMONG_NAMED[0], block: whole.block, span: subSpan(block, from, localRange(block, last)[1]), partBlocks: [block.index],
  });
}

const GROUP_NOUNS = [...MEMBER_GROUP_NOUNS].sort((a, b) => b.length - a.length);
const MEMBER_OF_GROUP = new Set<string>(MEMBER_NOUNS);
// "11 vụ, 19 đối tượng", "08 lớp/320 học viên", "12 hộ và 47 khẩu": a count of groups, then right away the count of their members.
const GROUP_THEN_MEMBERS = new RegExp(String.raw`^\s*(?:[,/]|(?:${alt(AND_OR_WORDS)})(?![\p{L}]))\s*$`, 'iu');
// Words of a group's name past its noun that a far reach needs ("phạm tội về ma túy bị bắt giữ"): a name this long picks
// one statement as surely as "nêu trên" does, so it may reach as far.
const FAR_NAME_WORDS = 3;
const FAR_REACH = 5;

/**
 * "… bắt giữ 11 vụ, 19 (mười chín) đối tượng phạm tội về ma túy …" and later "trong các vụ phạm tội về ma túy bị bắt giữ, có
 * 21 đối tượng đã có tiền án": the name is of groups ("vụ", "lớp", "hộ": lexicon MEMBER_GROUP_NOUNS) and the part counts
 * their members ("đối tượng", "học viên"); the whole is the count of members stated right after the one count of those
 * groups whose words (its own and its members') hold the name's (one in four may differ). Up to five paragraphs back for a
 * name of three words or more past its noun, else two; none or two such, no claim.
 */
function membersOfNamedGroups(blocks: readonly Block[], figuresOf: BlockFigures, i: number, at: number, part: Figure, name: string): Claim | null {
  const block = blocks[i];
  const head = GROUP_NOUNS.find((g) => name.startsWith(g + ' '));
  if (head === undefined || !MEMBER_OF_GROUP.has(part.unit?.toLowerCase().trim() ?? '')) return null;
  const rest = (name.slice(head.length).match(WORD) ?? []).filter((w) => !NAME_LINK.has(w));
  if (rest.length === 0) return null;
  const reach = rest.length >= FAR_NAME_WORDS ? FAR_REACH : 2;
  const hits: Figure[] = [];
  for (let k = i; k >= 0 && k >= i - reach && blocks[k].kind !== 'row'; k--) {
    const home = blocks[k];
    const figures = figuresOf.of(k).filter((f) => f.cell === null);
    figures.forEach((f, n) => {
      const members = figures[n + 1];
      if (!members || f.kind !== 'count' || f.unit?.toLowerCase().trim() !== head || members.kind !== 'count' || members.change) return;
      if ((k === i && localRange(home, members)[1] > at) || !compatible(members, part) || isReference(home, f) || isReference(home, members)) return;
      const gap = home.text.slice(localRange(home, f)[1], localRange(home, members)[0]).trimStart();
      if (!GROUP_THEN_MEMBERS.test(gap.toLowerCase().startsWith(head) ? gap.slice(head.length) : gap)) return;
      const own = new Set(`${ownWords(home, f)} ${ownWords(home, members)}`.toLowerCase().match(WORD) ?? []);
      if (rest.filter((w) => !own.has(w)).length <= Math.floor(rest.length / 4)) hits.push(members);
    });
  }
  if (hits.length !== 1) return null;
  const [whole] = hits;
  return makeClaim({
    relation: 'subset', whole: whole.index, parts: [part.index], disjoint: false, connector: AMONG_NAMED[0], block: whole.block,
    span: subSpan(block, whole.block === block.index ? localRange(block, whole)[0] : 0, localRange(block, part)[1]), partBlocks: [block.index],
  });
}

// "Trong số ca mắc, có 29 ca điều trị nội trú và 15 ca điều trị ngoại trú.": the members after the first, to the end of its
// sentence, when they count the whole's thing and their own words name every member of a complementary split (lexicon
// QUALIFIER_PARTITIONS); else null (the first is only one member).
function amongSplit(block: Block, figures: Figure[], whole: Figure, part: Figure): Figure[] | null {
  const [, partEnd] = localRange(block, part);
  const end = sentenceEnd(block.text, partEnd);
  const rest = figures.filter((f) => f.cell === null && localRange(block, f)[0] >= partEnd && localRange(block, f)[1] <= end);
  if (rest.length === 0 || rest.some((f) => f.kind !== 'count' || !compatible(whole, f))) return null;
  const members = [part, ...rest];
  const texts = members.map((f, k) => block.text.slice(localRange(block, f)[1], k + 1 < members.length ? localRange(block, members[k + 1])[0] : end));
  return partitionOf(texts) === 'exhaustive' ? members : null;
}

// The name ("người tham gia") read word for word from the figure's number on: its unit, then the rest of the name.
function namedVerbatim(block: Block, f: Figure, name: string): boolean {
  const after = block.text.slice(localRange(block, f)[1]).toLowerCase().match(WORD) ?? [];
  const want = name.match(WORD) ?? [];
  const unit = f.unit!.toLowerCase().match(WORD) ?? [];
  const from = unit.every((w, k) => after[k] === w) ? 0 : unit.length;
  return want.slice(from).every((w, k) => after[k] === w);
}

// "dưới 15 tuổi" and "từ 15 tuổi trở lên": the number and the word of the measure after it, per member of a pair.
const THRESHOLDS = COMPLEMENT_THRESHOLDS.map((t) => ({
  low: new RegExp(String.raw`(?<![\p{L}])${t.below}\s+(\d+(?:[.,]\d+)?)\s+(\p{L}+)(?![\p{L}])`, 'iu'),
  high: new RegExp(String.raw`(?<![\p{L}])${t.from}\s+(\d+(?:[.,]\d+)?)\s+(\p{L}+)\s+${t.beyond}(?![\p{L}])`, 'iu'),
}));
const ANY_THRESHOLD = new RegExp(String.raw`${edgeAlt(COMPLEMENT_THRESHOLDS.map((t) => t.below))}\s+\d`, 'iu');

// The two texts name the two sides of one threshold of one measure, in either order.
function complementary(a: string, b: string): boolean {
  return THRESHOLDS.some(({ low, high }) => [[a, b], [b, a]].some(([x, y]) => {
    const l = low.exec(x);
    const h = high.exec(y);
    return l !== null && h !== null && !high.test(x) && !low.test(y) && l[1] === h[1] && l[2].toLowerCase() === h[2].toLowerCase();
  }));
}

/**
 * "Số học viên đã tốt nghiệp 310 người. Theo độ tuổi, dưới 30 tuổi 190 người, từ 30 tuổi trở lên 110 người": a clause of
 * two amounts, no amount of its own before them, naming the two sides of one threshold (same number, same measure) splits
 * the one amount of the sentence before that it can split and that is no part of another claim. More than one such amount,
 * or none, reads nothing.
 */
export function extractThresholdClaims(blocks: readonly Block[], figuresOf: BlockFigures, claims: readonly Claim[]): Claim[] {
  const out: Claim[] = [];
  const inClaim = new Set(claims.flatMap((c) => c.parts));
  blocks.forEach((block, i) => {
    if (block.kind === 'row' || !ANY_THRESHOLD.test(block.text)) return;
    const text = block.text;
    const figures = figuresOf.of(i);
    for (const s of sentencesOfText(text)) {
      if (!ANY_THRESHOLD.test(text.slice(s.from, s.to))) continue;
      const end = sentenceEnd(text, s.from);
      const semi = firstTopLevel(text, ';', s.from, end);
      const to = semi >= 0 ? semi : end;
      const parts = readParts(block, figures, s.from, to);
      if (!parts || parts.unread || parts.figures.length !== 2 || !complementary(parts.texts[0], parts.texts[1])) continue;
      const [p, q] = parts.figures;
      if (p.kind !== 'count' || q.kind !== 'count' || !compatible(p, q) || !compatible(q, p)) continue;
      // The clause opens with no amount of its own before the parts.
      if (figures.some((f) => f.cell === null && localRange(block, f)[0] >= s.from && localRange(block, f)[0] < localRange(block, p)[0])) continue;
      const home = s.from > 0 ? { block, figures, to: s.from } : i > 0 && blocks[i - 1].kind !== 'row' ? { block: blocks[i - 1], figures: figuresOf.of(i - 1), to: blocks[i - 1].text.length } : null;
      if (!home) continue;
      const pt = home.block.text;
      const ps = sentenceStart(pt, pt.slice(0, home.to).trimEnd().replace(/[.:]$/u, '').length);
      const candidates = home.figures.filter((f) => {
        const [fs, fe] = localRange(home.block, f);
        return fs >= ps && fe <= home.to && f.cell === null && isAmount(f) && f.kind !== 'percent' && !inClaim.has(f.index) && compatible(f, p) && compatible(f, q)
          && !isReference(home.block, f) && !CHANGE_BEFORE.test(pt.slice(Math.max(0, fs - 16), fs)) && !YARDSTICK_BEFORE.test(pt.slice(Math.max(0, fs - 40), fs));
      });
      if (candidates.length !== 1) continue;
      const whole = candidates[0];
      out.push(makeClaim({
        relation: 'exhaustive', whole: whole.index, parts: [p.index, q.index], disjoint: true, connector: 'ngưỡng',
        block: home.block.index, span: subSpan(block, localRange(block, p)[0], localRange(block, q)[1]), partBlocks: [block.index],
      }));
    }
  });
  return out;
}

