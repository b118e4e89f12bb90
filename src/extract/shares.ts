/**
 * Share phrases: which percent a report states as the share of which part in which whole, read from the
 * words around the figures — "389 hồ sơ, chiếm 45,2%" (a part's share), "trong đó 214 tiểu thương có mã
 * QR, đạt 70,1%" (a part's clause going on before its share), "38.450 công dân … trên tổng số 52.300 công
 * dân …, đạt 78,5%" (a whole named by a connector), "97 hộ nghèo, chiếm 4,35% tổng số hộ" (a whole named
 * by its noun, stated just before), "1.850 người, đạt 92,5% kế hoạch (2.100 người)" (a plan restated in
 * brackets). Rules judge the arithmetic; the phrasing is read here, once.
 */
import type { Analysis, Figure, Table } from '../model/index.js';
import { unitHead } from './quantities.js';
import { isReference } from './claims-parts.js';
import { doneOfPlanUnit } from './shares-plan-unit.js';
import { canonicalLabel, labelTokens, measureNounTokens } from './similarity.js';
import {
  alt, NEGATION_WORDS, ASSIGNED_WORDS, ATTRIBUTE_WORDS, BASE_AFTER_WORDS, CHANGE_VERBS, COMPARED_WITH, COUNT_PREDICATE_VERBS, COUNT_WORDS, EARLIER_PERIOD_WORDS, EXCEED_WORDS, HAS_WORDS, OTHER_RATE_WORDS, PLAN_BASES,
  PERIOD_NAME_WORDS, PERIOD_PLACE_WORDS, PLAN_RATE_VERBS, RATE_QUALIFIERS, SUB_PERIOD_WORDS, RATE_WORDS, SHARE_OF_WHOLE_VERBS, SHARE_VERBS, STATED_AS_WORDS, TARGET_WORDS, TOTAL_OF_WORDS, UNIT_LEVEL_WORDS,
  PERSON_NOUNS, CURRENT_PERIOD_WORDS, WHOLE_CONNECTORS, WHOLE_NAME_NUMBER_HEADS, WHOLE_NAME_TOTAL_HEADS, WHOLE_OF_PREPOSITIONS, DONE_WORDS, ACTION_TARGET_WORDS, LOAD_ASSIGNED_WORDS, RECEIVED_WORDS, WHOLE_TOTAL_WORDS, TIME_PHRASE_LEADS, CUT_OFF_WORDS, START_END_WORDS, DONE_PERIOD_LEADS, MONTH_WORDS, QUARTER_WORDS, QUOTA_UNITS,
  PLAN_NOUN_STOPS, OF_WHICH, PEOPLE_HEAD_WORDS, FULFILMENT_RATE_NAMES, edgeAlt,
} from '../text/lexicon.js';
import { insideBrackets, lastIndexAtOrBefore } from '../text/positions.js';

/** What share phrases are read from. */
export type ShareInput = Pick<Analysis, 'source' | 'figures' | 'clauses' | 'blockSection'>;
type RuleContext = ShareInput;

// Words that make a percent right after a part its share of the whole; a qualifier after the percent
// ("đạt 95% đúng hạn", "so với kế hoạch") or the plan it is a rate of ("đạt 78,5% dự toán") makes it a rate of something else.
const SHARE_WORDS = String.raw`(?:${alt(SHARE_VERBS)})(?: với)?(?: (?:${alt(RATE_WORDS)}))?|${alt(RATE_WORDS)}`;
const SHARE = new RegExp(String.raw`^[\s,;:(]*(?:${SHARE_WORDS}|=)[\s:]*$`, 'iu');
const QUALIFIED = new RegExp(`^\\s*(?:${alt(RATE_QUALIFIERS, TARGET_WORDS)}|(?:${alt(PLAN_BASES)})(?![\\p{L}]))`, 'iu');

// The percent stated as a part's share right after it ("389 hồ sơ, chiếm 45,2%"), if any.
export function shareOf(context: RuleContext, part: Figure): Figure | undefined {
  const p = context.figures[part.index + 1];
  if (!p || p.kind !== 'percent' || p.block !== part.block || (part.kind !== 'count' && part.kind !== 'money' && part.kind !== 'decimal')) return undefined;
  const block = context.source.blocks[part.block];
  const from = part.span.end - block.span.start;
  const between = block.text.slice(from, p.span.start - block.span.start).replace(part.unit ?? '\u0000', '');
  const after = block.text.slice(p.span.end - block.span.start);
  // "124 vụ, chiếm 15,2% số vụ vi phạm": "chiếm" hands the part a share of the whole "số …" names (namesWhole checks which).
  const named = SHARE_OF_NAMED.test(between) && NAMED_COUNT.test(after);
  if (!SHARE.test(between) && !rateOfOwnQuality(context, part, between)) return undefined;
  return named || !QUALIFIED.test(after) ? p : undefined;
}

/**
 * "giải ngân 42 tỷ đồng, đạt 43% kế hoạch; trong đó vốn X giải ngân 24 tỷ đồng, đạt 40%": a part's rate handed over by the
 * very words that handed its whole a rate of a plan or base it named is that rate again, its base left unsaid (the part's
 * own plan), no share of the whole. So is one after a whole's rate of a total it named ("đã nạo vét 61,8 km, đạt 71,5%
 * tổng chiều dài; riêng kênh nội đồng nạo vét 27,6 km, đạt 63,6%": of the canals' own length). A share-of-whole verb
 * ("chiếm") still makes it a share.
 */
const TOTAL_NAMED = new RegExp(String.raw`^\s*(?:${alt(WHOLE_TOTAL_WORDS)})\s+\p{L}`, 'iu');
export function echoesWholeRate(context: RuleContext, share: Figure, part: Figure, whole: Figure): boolean {
  const rate = context.figures[whole.index + 1];
  if (!rate || rate.kind !== 'percent' || rate.block !== whole.block || rate.cell !== whole.cell || rate.index >= part.index) return false;
  const words = (f: Figure, p: Figure) => textOf(context, p, f.span.end, p.span.start).replace(f.unit ?? '\u0000', '');
  const own = words(part, share);
  const wholes = words(whole, rate);
  if (!SHARE.test(own) || !SHARE.test(wholes) || SHARE_OF_NAMED.test(own)) return false;
  const block = context.source.blocks[rate.block];
  const after = block.text.slice(rate.span.end - block.span.start, rate.span.end - block.span.start + 60);
  if (!QUALIFIED.test(after) && !TOTAL_NAMED.test(after)) return false;
  const verb = (s: string) => s.replace(/[^\p{L}\s]/gu, ' ').trim().replace(/\s+/gu, ' ').toLowerCase();
  return verb(own) !== '' && verb(own) === verb(wholes);
}

// "trong đó giải quyết đúng hạn 17.934 hồ sơ, tỷ lệ đúng hạn 96,51%": a rate named by a quality the part's own clause
// already gave it (the words between the figure before and the part) is the part's share, as a bare "tỷ lệ" would be.
const RATE_OF_QUALITY = new RegExp(String.raw`^[\s,:]*(?:${alt(RATE_WORDS)})\s+(\p{L}[\p{L}\s]{0,30}?)\s*$`, 'iu');
function rateOfOwnQuality(context: RuleContext, part: Figure, between: string): boolean {
  const m = RATE_OF_QUALITY.exec(between);
  const quality = m ? labelTokens(m[1]) : [];
  if (quality.length === 0) return false;
  const block = context.source.blocks[part.block];
  const previous = context.figures[part.index - 1];
  const from = previous && previous.block === part.block ? previous.span.end : Math.max(block.span.start, part.span.start - 80);
  const own = new Set(labelTokens(textOf(context, part, from, part.span.start)));
  return quality.every((t) => own.has(t));
}
const SHARE_OF_NAMED = new RegExp(String.raw`${edgeAlt(SHARE_OF_WHOLE_VERBS)}(?![\p{L}])`, 'iu');
const NAMED_COUNT = new RegExp(String.raw`^\s*(?:%\s*)?(?:${alt(COUNT_WORDS)})\s+\p{L}`, 'iu');

// The whole a share names after itself: "chiếm 31,8% lực lượng lao động", "chiếm 12% tổng số hộ".
const NAMED_WHOLE = new RegExp(String.raw`^\s*(?:%\s*)?(?:(?:${alt(WHOLE_OF_PREPOSITIONS)})\s+)?(?:(?:${alt(WHOLE_TOTAL_WORDS)})\s+)?(\p{L}[\p{L}\s]{0,60}?)\s*(?=[,;.:()]|$)`, 'iu');

/**
 * A share that names its whole ("… 31.370 người, chiếm 31,8% lực lượng lao động") is of that whole only: a claim's whole
 * (the 71.520 "lao động qua đào tạo" a "Trong đó" hangs on) is held against it only when its own words name the same thing.
 */
export function namesWhole(context: RuleContext, share: Figure, whole: Figure): boolean {
  const block = context.source.blocks[share.block];
  const named = NAMED_WHOLE.exec(block.text.slice(share.span.end - block.span.start));
  const wanted = named ? labelTokens(named[1]) : [];
  if (wanted.length === 0) return true;
  const wb = context.source.blocks[whole.block];
  const from = Math.max(0, whole.span.start - wb.span.start - 60);
  // "Rau các loại: 65,4 ha, trong đó … chiếm 21,4% diện tích rau": the whole's unit says the measure ("ha": diện tích).
  const around = new Set([...labelTokens(wb.text.slice(from, whole.span.end - wb.span.start + 20)), ...measureNounTokens(whole.unit)]);
  return wanted.every((t) => around.has(t));
}

/** One kind, or a count and a decimal of one unit ("35,8 km" and "31 km"): a whole and a part measured alike. */
export function sameMeasure(whole: Figure, part: Figure): boolean {
  if (whole.kind === part.kind) return true;
  const measures = (f: Figure) => f.kind === 'count' || f.kind === 'decimal';
  return measures(whole) && measures(part) && whole.unit !== null && part.unit !== null && canonicalLabel(whole.unit) === canonicalLabel(part.unit);
}

// "Tổng chiều dài đường thôn là 35,8 km, đã cứng hóa 31,2 km, đạt 78,2%": a sentence that opens with a total, then states
// what of it was done (a verb, no other noun counted) and the share of that.
// Also a sentence that opens with what came in ("Tiếp nhận 23 đơn tranh chấp, khiếu nại; đã giải quyết 18 đơn, đạt 78,3%"):
// the count received, a few words saying what it is, then — after a comma or the one ";" — what was done of it.
// Each of the ten words is a whole run of letters (`(?!\p{L})`): the same strings match (a run split into pieces only
// counts more words), but a clause that fails is not retried at every way of splitting its words.
// A time phrase fronted before the statement ("Trong quý, …", "Từ đầu năm đến nay, …") says when, not what: skipped.
const TIME_FRONT = String.raw`(?:(?:${alt(TIME_PHRASE_LEADS)})\s[^,;:()]{1,40},\s*)?`;
const OPENS_WITH_TOTAL = new RegExp(String.raw`^[\s\-+•*–]*${TIME_FRONT}(?:tổng|${alt(RECEIVED_WORDS)})(?![\p{L}])`, 'iu');
// "Chấp hành viên A được phân công 248 việc, đã giải quyết xong 214 việc, đạt 86,29%": a clause whose subject, a few words
// with no number (or none: "Thuộc thẩm quyền 58 vụ; đã giải quyết 53 vụ"), is handed its load right before the total.
const HANDED_LOAD = new RegExp(String.raw`^[\s\-+•*–]*${TIME_FRONT}(?:\p{L}[^\d,;:()]{0,60}?)?${edgeAlt(LOAD_ASSIGNED_WORDS, RECEIVED_WORDS)}\s*$`, 'iu');
// What was done: a verb of a few words, or two joined by a comma ("đã thu hồi, trả lại"), then for whom or into what it was
// done ("cho bị hại", "vào ngân sách"), up to the amount.
const DONE_VERBS = String.raw`(?:\p{L}+(?!\p{L})\s+){1,4}`;
const DONE_PHRASE = String.raw`(?:\p{L}+(?!\p{L})(?:\s+\p{L}+(?!\p{L})){0,3}\s*,\s*)?${DONE_VERBS}(?:(?:${alt(ACTION_TARGET_WORDS)})\s+(?:\p{L}+(?!\p{L})\s+){1,3})?`;
// The part done may be dated by the period it was done in, before its verb ("…; 6 tháng đầu năm đã thu hồi 356 triệu đồng",
// "…; quý II đã nộp 40 triệu đồng", "…; trong quý đã giải quyết 18 đơn"): a period of the report, no other thing counted.
const DONE_PERIOD = String.raw`(?:(?:${alt(TIME_PHRASE_LEADS)})\s+)?(?:\d{1,2}\s+)?(?:${alt(SUB_PERIOD_WORDS)})(?:\s+(?:[IVX]{1,4}|\d{1,2}))?(?:\s+(?:${alt(PERIOD_PLACE_WORDS)})(?:\s+(?:${alt(PERIOD_NAME_WORDS)}))?)?,?\s+`;
// A cut-off day may open what was done ("; đến ngày 10/12/2025 đã giải ngân …"): it says when the part was counted.
const DONE_CLAUSE = new RegExp(String.raw`^(?:\s*,?\s*\p{L}+(?!\p{L})){0,10}?\s*[,;]\s*(?:(?:tính\s+)?(?:${alt(CUT_OFF_WORDS)})\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}\/\d{1,2}(?:\/\d{4})?\s*,?\s*)?(?:${DONE_PERIOD})?(?:${alt(DONE_WORDS)})\s+${DONE_PHRASE}$`, 'iu');
// The total's own breakdown in brackets right after its unit ("2 350 triệu đồng (ngân sách tỉnh 1 600 triệu đồng, …)").
const BREAKDOWN_BRACKET = /^\s*\([^()]*\)/u;
/** How many figures a total's bracketed breakdown may hold: the walk back from the part stays short. */
const BREAKDOWN_FIGURES = 12;

/**
 * The figure two before the share, the total of "total, done part, share" — or, when that one stands in brackets opened
 * right after an earlier figure's unit ("được phân bổ 2 350 triệu đồng (ngân sách tỉnh 1 600 triệu đồng, …); đã giải ngân
 * 2 115 triệu đồng, đạt 90,0%"), that earlier figure: the bracket breaks the total down, the done part is of the total.
 */
function totalBeforeBreakdown(context: RuleContext, part: Figure): Figure | undefined {
  const prev = context.figures[part.index - 1];
  if (!prev || prev.block !== part.block) return undefined;
  const block = context.source.blocks[part.block];
  const local = (f: Figure) => f.span.start - block.span.start;
  if (!insideBrackets(block, local(prev))) return prev;
  const open = lastIndexAtOrBefore(block, '(', local(prev));
  // The bracket closes before the part: the part stands after it.
  const close = block.text.indexOf(')', open);
  if (close < 0 || close > local(part)) return undefined;
  const inside: Figure[] = [];
  for (let k = prev.index; k >= Math.max(0, prev.index - BREAKDOWN_FIGURES); k--) {
    const f = context.figures[k];
    if (f.block !== part.block) return undefined;
    if (local(f) >= open) {
      inside.push(f);
      continue;
    }
    // Only the total's unit between it and the bracket, and the bracket's amounts (two at least, of the total's kind and
    // unit) adding up to it: a breakdown, not one piece of it ("(trong đó ngân sách tỉnh 500 triệu đồng)") the rate may be of.
    const unitEnd = f.span.end - block.span.start;
    if (f.unit === null || block.text.slice(unitEnd, open).replace(f.unit, '').trim() !== '' || inside.length < 2) return undefined;
    if (inside.some((g) => g.kind !== f.kind || g.unit === null || canonicalLabel(g.unit) !== canonicalLabel(f.unit!))) return undefined;
    const sum = inside.reduce((a, g) => a + g.value, 0);
    return Math.abs(sum - f.value) <= 1e-9 * Math.max(1, f.value) ? f : undefined;
  }
  return undefined;
}
// The count in words right after its digits ("23 (hai mươi ba) đơn"), left out of the words between.
const WORDS_BRACKET = /^\s*\([\p{L}\s]+\)/u;

/** The part done of a total the sentence opens with, and that total, for the share stated right after them. */
export function totalThenDone(context: RuleContext, p: Figure): { part: Figure; whole: Figure } | undefined {
  const part = context.figures[p.index - 1];
  const whole = part ? totalBeforeBreakdown(context, part) : undefined;
  if (!part || !whole || part.block !== p.block || whole.block !== p.block || p.value > 100) return undefined;
  if (!sameMeasure(whole, part) || whole.kind === 'fraction' || whole.kind === 'percent' || whole.unit === null || part.unit === null) return undefined;
  if (part.value > whole.value || whole.value <= 0) return undefined;
  // Counted in another noun, the part must be the thing the whole's requests asked for (requestedThing, a pattern built per
  // pair): asked last, once the sentence has been found to tell a total and what was done of it.
  const otherNoun = canonicalLabel(whole.unit) !== canonicalLabel(part.unit) && (unitHead(whole) === null || unitHead(whole) !== unitHead(part));
  const block = context.source.blocks[p.block];
  const local = (f: Figure) => f.span.start - block.span.start;
  const s = context.clauses.at(p.block, local(whole), true);
  const start = s ? s.from : 0;
  // The share stands in the total's statement, or in the next one when that opens with what was done of it (checked below).
  const t = s && local(p) >= s.to ? context.clauses.at(p.block, local(part), true) : s;
  // The opening words only (a bounded slice: the clause may be a whole long line).
  if (!s || !t || local(p) >= t.to) return undefined;
  if (!OPENS_WITH_TOTAL.test(block.text.slice(start, Math.min(local(whole), start + 64))) && !HANDED_LOAD.test(block.text.slice(start, local(whole)))) return undefined;
  // No figure before the total in its clause: figures are in text order, so the one just before it tells.
  const before = context.figures[whole.index - 1];
  if (before && before.block === p.block && local(before) >= start) return undefined;
  const done = textOf(context, part, whole.span.end, part.span.start).replace(WORDS_BRACKET, '').replace(whole.unit, '').replace(BREAKDOWN_BRACKET, '');
  if (!DONE_CLAUSE.test(done) && !DONE_CLAUSE.test(withoutRestatedHead(done, block.text.slice(start, local(whole))))) return undefined;
  if (otherNoun && !requestedThing(textOf(context, part, whole.span.end, part.span.start), part.unit)) return undefined;
  const between = textOf(context, p, part.span.end, p.span.start).replace(part.unit, '');
  const named = namesOpenedTotal(block.text.slice(p.span.end - block.span.start, p.span.end - block.span.start + 80), block.text.slice(start, local(whole)));
  return shareClause(context, p, between, false, named) ? { part, whole } : undefined;
}

/**
 * "Tiếp nhận 740 hồ sơ đề nghị cấp GCN lần đầu; đã cấp 612 GCN": requests whose own words name the action asked for and the
 * thing it yields ("cấp GCN"), then a part done by that very action, counted in that thing's noun: one request, one thing,
 * so the part counts the requests settled. Read from the words between the two counts: those before the last clause mark
 * are the whole's, those after it the part's verb (one to three words, its aspect word aside), which must stand right before
 * the part's noun among the whole's words.
 */
export function requestedThing(between: string, partUnit: string): boolean {
  const cut = Math.max(between.lastIndexOf(';'), between.lastIndexOf(','));
  if (cut < 0) return false;
  const verb = between.slice(cut + 1).trim().replace(DONE_OPENING, '');
  if (!/^\p{L}+(?:\s\p{L}+){0,2}$/u.test(verb) || partUnit.trim() === '') return false;
  return new RegExp(String.raw`(?<![\p{L}])${alt([verb.toLowerCase()])}\s+${alt([partUnit.toLowerCase().trim()])}(?![\p{L}])`, 'iu').test(between.slice(0, cut));
}
const DONE_OPENING = new RegExp(String.raw`^(?:${alt(DONE_WORDS)})\s+`, 'iu');
// "Tổng lượng rác phát sinh 96,5 tấn/ngày; lượng được thu gom 88,2 tấn/ngày": the clause of what was done may open by naming
// the total's measure again (one to three words, every one of them among the words the total's statement opened with)
// before its aspect word; those words are set aside so the clause reads as "; được thu gom …". Any other word (a narrower
// noun, "hộ nghèo được …") keeps the clause unread.
const RESTATED_HEAD = new RegExp(String.raw`^(\s*[,;]\s*)((?:\p{L}+\s+){1,3}?)(?=(?:${alt(DONE_WORDS)})\s)`, 'iu');
function withoutRestatedHead(done: string, opening: string): string {
  const m = RESTATED_HEAD.exec(done);
  if (!m) return done;
  const own = new Set(opening.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean));
  const words = m[2].toLowerCase().split(/\s+/u).filter(Boolean);
  return words.every((w) => own.has(w)) ? m[1] + done.slice(m[0].length) : done;
}

// "đạt 31,5% số nợ" after "Tổng nợ thuế … là 1.240 triệu đồng; … đã thu hồi 356 triệu đồng": a share that names with "số …"
// only words the total's statement opened with is of that total (any other word, "số hồ sơ đúng hạn", names another rate).
const COUNTED_AFTER = new RegExp(String.raw`^\s*(?:%\s*)?(?:${alt(COUNT_WORDS)})\s+(\p{L}+(?:\s\p{L}+){0,3}?)\s*(?=[,;.)]|$)`, 'iu');
function namesOpenedTotal(after: string, opening: string): boolean {
  const m = COUNTED_AFTER.exec(after);
  const wanted = m ? labelTokens(m[1]) : [];
  if (wanted.length === 0) return false;
  const own = new Set(labelTokens(opening));
  return wanted.every((t) => own.has(t));
}

// Words that make a rate something other than a share of the counted whole.
const OTHER_RATE = new RegExp(
  String.raw`${alt(OTHER_RATE_WORDS, TARGET_WORDS)}|(?:${alt(COMPARED_WITH)})(?! tổng)|${edgeAlt(CHANGE_VERBS, EXCEED_WORDS)}(?![\p{L}])`,
  'iu',
);
// The tail of a clause that hands a percent to the count before it: ", đạt 70,1%", ", chiếm tỷ lệ 40%".
const SHARE_TAIL = new RegExp(String.raw`,\s*(?:${SHARE_WORDS})[\s:]*$`, 'iu');
// What ties a part to the whole stated after it: "38.450 công dân … trên tổng số 52.300 công dân".
const WHOLE_AFTER = new RegExp(String.raw`${edgeAlt(WHOLE_CONNECTORS)}\s*$`, 'iu');
const TOTAL_WHOLE_AFTER = new RegExp(String.raw`^\s*\p{L}+(?:\s\p{L}+)?\s+(?:${alt(WHOLE_CONNECTORS.filter((w) => w.includes('tổng')))})\s*$`, 'iu');
const BARE_WHOLE_AFTER = new RegExp(String.raw`^\s*(?:${alt(WHOLE_CONNECTORS)})\s*$`, 'iu');

// The part's counted noun goes straight on with what it did ("214 tiểu thương có mã QR"), not with a narrower noun ("1.200 con lợn").
const PREDICATE = new RegExp(String.raw`^\s+(?:${alt(COUNT_PREDICATE_VERBS)})(?![\p{L}])`, 'iu');

const textOf = (context: RuleContext, f: Figure, from: number, to: number) => {
  const start = context.source.blocks[f.block].span.start;
  return context.source.blocks[f.block].text.slice(from - start, to - start);
};
// Two counts of one block that count the very same thing: "214 con lợn" is no share of "5.000 con".
const counts = (a: Figure, b: Figure) => a.kind === 'count' && b.kind === 'count' && a.block === b.block && unitHead(a) !== null && a.unit !== null && b.unit !== null && canonicalLabel(a.unit) === canonicalLabel(b.unit);

// A claim's part whose clause goes on with what it did before its share: "trong đó 214 tiểu thương có mã QR, đạt 70,1%",
// or names a kind of the whole's noun before "chiếm" ("trong đó 27 vụ việc tư vấn pháp luật, chiếm 75%"). Only for a part and whole counting one unit, the whole the only other such count of the sentence.
export function predicateShareOf(context: RuleContext, part: Figure, whole: Figure): Figure | undefined {
  const p = context.figures[part.index + 1];
  if (!p || p.kind !== 'percent' || p.block !== part.block || p.value > 100 || whole.index > part.index) return undefined;
  // "Trong 1.132 suất quà …, có 318 suất trao cho …, chiếm 25,80%": a part counting the head noun of its claim's whole
  // ("suất" of "suất quà") is of it as well, when "chiếm" hands the share over.
  const headOnly = !counts(part, whole) && sameHead(part, whole);
  if (!counts(part, whole) && !headOnly) return undefined;
  const written = textOf(context, part, part.span.end, p.span.start);
  const between = bracketedAsComma(context, p, written);
  // A bracketed share only of a part the whole's own clause hands over ("3.420 lượt người, trong đó 1.215 lượt …"): a part
  // of a later clause ("; cùng kỳ năm trước chỉ có 1.516 hồ sơ … (chiếm 34,9%)") may be another period's.
  if (between !== written && !OF_WHICH_ONLY.test(textOf(context, part, whole.span.end, part.span.start))) return undefined;
  const lead = between.replace(/^\s+/u, '');
  // The part's noun is the whole's when their labels agree, or when the whole's number is followed by it too ("Tổng số đã
  // kiểm tra 92 lượt cơ sở …; trong đó 86 lượt cơ sở đạt yêu cầu", the whole labelled by the words before it).
  const sameNoun = part.label !== null && lead.startsWith(part.label)
    && ((whole.label !== null && canonicalLabel(part.label) === canonicalLabel(whole.label)) || nounAfter(context, whole, part.label));
  const predicate = lead.slice((sameNoun ? part.label! : part.unit!).length);
  // "trong đó 27 vụ việc tư vấn pháp luật, chiếm 75%": a kind of the whole's noun, handed its share by "chiếm" (a share of a
  // whole, never a rate); "có 318 suất trao cho người cao tuổi neo đơn, chiếm 25,80%": or whom the part went to.
  const kind = SHARE_HANDED.test(predicate) || PART_HANDED.test(predicate);
  // "3.420 lượt người, trong đó 1.215 lượt được giới thiệu …, đạt 35,5%": a part counted by the whole's noun cut short to its
  // head goes straight on with what it did, as a part of the whole's own noun does.
  const shortened = whole.unit !== null && part.unit !== null && whole.unit.toLowerCase().startsWith(`${part.unit.toLowerCase()} `);
  if (headOnly && !kind && !(shortened && PREDICATE.test(predicate))) return undefined;
  // "12 chi đoàn …, trong đó 09 chi đoàn vững mạnh, đạt 75,0%": the whole's unit, a short quality of it, then ", đạt":
  // the share of the whole's members that have the quality.
  const quality = QUALITY_HANDED.test(predicate);
  if (!(PREDICATE.test(predicate) || kind || quality) || !shareClause(context, p, between, kind)) return undefined;
  // A value of another time or a plan in brackets ("giảm 4,2% so với năm 2024 (96 lượt)") is no rival whole.
  const rivals = sentenceFigures(context, part).filter((g) => g !== whole && g !== part && g.index < part.index && counts(g, part) && !isReference(context.source.blocks[g.block], g));
  return rivals.length === 0 ? p : undefined;
}

// From the whole to its part: its noun, "trong đó" and the part's own words, no clause mark, bracket or other number.
const OF_WHICH_ONLY = new RegExp(String.raw`^[^\d;.()]*${edgeAlt(OF_WHICH)}(?![\p{L}])[^\d;.()]*$`, 'iu');
// "… thành công (đạt 35,5%)": a share word opening a bracket that closes right after the percent.
const BRACKET_SHARE = new RegExp(String.raw`\(\s*(?:${SHARE_WORDS})[\s:]*$`, 'iu');

/**
 * The words from a part to its share with a bracket that holds only the share ("… thành công (đạt 35,5%)") told as the comma
 * that hands it over (", đạt 35,5%"): the same handing, written as an aside. Any other text is returned as it is.
 */
function bracketedAsComma(context: RuleContext, p: Figure, between: string): string {
  const m = BRACKET_SHARE.exec(between);
  const block = context.source.blocks[p.block];
  if (!m || !/^\s*\)/u.test(block.text.slice(p.span.end - block.span.start))) return between;
  return `${between.slice(0, m.index).trimEnd()}, ${between.slice(m.index + 1).trimStart()}`;
}

/**
 * "thu hồi được 3.120 triệu đồng tiền nợ thuế, đạt 36,9% so với số nợ có khả năng thu tại ngày 31/12/2024 là 8.450 triệu
 * đồng": an amount, a rate handed to it ("đạt", "bằng"), then "so với số …" naming its base, "là" and that base's amount
 * right after, closing the clause. The rate is the amount's share of the base. Read only when the base phrase names no
 * plan and no earlier period (those rates are read as such elsewhere), the base holds the amount (same kind and unit, not
 * smaller) and the rate is 100 at most. The amount may be restated in words in brackets ("(Bằng chữ: …)") before the rate.
 */
export function wholeAfterRate(context: RuleContext, p: Figure): { part: Figure; whole: Figure } | undefined {
  const whole = context.figures[p.index + 1];
  let part = context.figures[p.index - 1];
  if (part?.spelled && context.figures[part.index - 1]?.value === part.value) part = context.figures[part.index - 1];
  if (!part || !whole || part.block !== p.block || whole.block !== p.block || p.value > 100 || part.change || whole.change) return undefined;
  if ((part.kind !== 'money' && part.kind !== 'count') || whole.kind !== part.kind || part.unit === null || whole.unit === null) return undefined;
  if (canonicalLabel(part.unit) !== canonicalLabel(whole.unit) || whole.value < part.value || part.value <= 0) return undefined;
  const handed = textOf(context, p, part.span.end, p.span.start).replace(SPELLED_ASIDE, '');
  if (!RATE_AFTER_AMOUNT.test(handed)) return undefined;
  const base = BASE_NAMED_AFTER.exec(textOf(context, p, p.span.end, whole.span.start));
  if (!base || BASE_NOT_A_WHOLE.test(base[1])) return undefined;
  const block = context.source.blocks[p.block];
  // A count's span is its digits: its noun follows.
  const rest = block.text.slice(whole.span.end - block.span.start).replace(/^\s+/u, '');
  const closing = rest.toLowerCase().startsWith(whole.unit.toLowerCase()) ? rest.slice(whole.unit.length) : rest;
  return RATE_CLOSES.test(closing) ? { part, whole } : undefined;
}
// The words of what the amount is, then the rate's verb: ", đạt " (the amount's words in brackets set aside above).
const RATE_AFTER_AMOUNT = new RegExp(String.raw`^[\p{L}\s-]{0,40}[,;]?\s*(?:${alt(PLAN_RATE_VERBS)})\s*$`, 'iu');
// "(Bằng chữ: …)" or "(ba tỷ … đồng)" right after the amount: the amount again, in words.
const SPELLED_ASIDE = /\([^()\d]*\)/gu;
// "% so với số nợ có khả năng thu tại thời điểm 31/12/2024 là ": the base by "số …" (a date may tell when), then "là".
const BASE_NAMED_AFTER = new RegExp(String.raw`^\s*(?:${alt(COMPARED_WITH)})\s+((?:${alt(COUNT_WORDS)})\s+[\p{L}\s]{2,80}?(?:\s\d{1,2}\/\d{1,2}\/\d{4}\s*)?)\s*:?\s*là\s*$`, 'iu');
const BASE_NOT_A_WHOLE = new RegExp(String.raw`${edgeAlt(PLAN_BASES, EARLIER_PERIOD_WORDS)}(?![\p{L}])`, 'iu');

// "P <unit> … trên tổng số W <unit> …, đạt X%": a part, its whole named by a connector, and the share right after.
export function statedWhole(context: RuleContext, p: Figure): { part: Figure; whole: Figure } | undefined {
  const whole = context.figures[p.index - 1];
  const read = statedPart(context, p, whole, context.figures[p.index - 2]);
  if (read !== undefined) return read;
  // "sơ tán 2.140 hộ với 7.380 người … trên tổng số 2.650 hộ, đạt 85,4%": a count attached to the part by "với" says what
  // the part holds, no rival part; the count before it, of the whole's own noun, is the part.
  const held = context.figures[p.index - 2];
  const part = context.figures[p.index - 3];
  if (!held || !part || !whole || part.block !== p.block || held.block !== p.block || unitHead(part) === null || unitHead(part) !== unitHead(whole)) return undefined;
  if (!HOLDS_AFTER.test(textOf(context, part, part.span.end, held.span.start))) return undefined;
  return statedPart(context, p, whole, part);
}
// "2.140 hộ với ": the part's noun, then a word of what it holds, right before the attached count.
const HOLDS_AFTER = new RegExp(String.raw`^\s*\p{L}+(?:\s\p{L}+){0,2}\s+(?:${alt(ATTRIBUTE_WORDS)})\s*$`, 'iu');

function statedPart(context: RuleContext, p: Figure, whole: Figure | undefined, part: Figure | undefined): { part: Figure; whole: Figure } | undefined {
  // The connector names the whole, so one head noun suffices ("96 thẻ trên 120 thẻ đăng ký").
  const sameHead = part && whole && part.kind === 'count' && whole.kind === 'count' && part.block === whole.block && unitHead(part) !== null && unitHead(part) === unitHead(whole);
  // Two sums of money ("giải ngân 84 tỷ đồng trên tổng số 120 tỷ đồng"), or a bare number whose connector alone stands
  // before the whole ("42 trên 56 doanh nghiệp"): the whole's noun is the part's.
  const money = part && whole && part.kind === 'money' && whole.kind === 'money' && part.block === whole.block;
  const bare = part && whole && part.kind === 'count' && whole.kind === 'count' && part.block === whole.block && part.unit === null && unitHead(whole) !== null
    && BARE_WHOLE_AFTER.test(textOf(context, part, part.span.end, whole.span.start));
  // "19 người trên tổng số 52 chức danh, chiếm 36,5%": a connector naming a total ("tổng số") makes the share of it explicit,
  // whatever noun each count uses.
  const total = part && whole && part.kind === 'count' && whole.kind === 'count' && part.block === whole.block && part.unit !== null && whole.unit !== null
    && TOTAL_WHOLE_AFTER.test(textOf(context, part, part.span.end, whole.span.start));
  if (!whole || !part || p.value > 100 || !(sameHead || money || bare || total) || whole.block !== p.block || part.value > whole.value || whole.value === 0) return undefined;
  if (!WHOLE_AFTER.test(textOf(context, part, part.span.end, whole.span.start))) return undefined;
  const tail = textOf(context, p, whole.span.end, p.span.start);
  if (!(shareClause(context, p, tail) || shareClause(context, p, ownRateNamed(context, part, tail)))) return undefined;
  return OTHER_RATE.test(textOf(context, p, part.span.end, whole.span.start)) ? undefined : { part, whole };
}

// ", tỷ lệ trả kết quả " before the percent: a rate word and the name of the rate (up to four words).
const NAMED_RATE_TAIL = new RegExp(String.raw`(,\s*(?:(?:${alt(SHARE_VERBS)})\s+)?(?:${alt(RATE_WORDS)}))\s+(\p{L}+)(?:\s\p{L}+){0,3}\s*$`, 'iu');
/**
 * "đã trả 2 610 thẻ trên tổng số 2 845 hồ sơ, tỷ lệ trả kết quả 93,7%": a rate named by the very verb that counted the part
 * (first word of the name among the words of the part's own clause before it) is the part's share, told as a bare rate word.
 * The tail is returned with that name left out, so the share clause is judged as ", tỷ lệ 93,7%"; any other tail as it is
 * ("…, tỷ lệ hài lòng 98%" names another rate).
 */
function ownRateNamed(context: RuleContext, part: Figure, tail: string): string {
  const m = NAMED_RATE_TAIL.exec(tail);
  if (!m || OTHER_RATE.test(tail)) return tail;
  const block = context.source.blocks[part.block];
  const to = part.span.start - block.span.start;
  const lead = block.text.slice(Math.max(0, to - 120), to);
  const own = lead.slice(Math.max(...[',', ';', ':', '.'].map((mark) => lead.lastIndexOf(mark))) + 1).toLowerCase();
  return (own.match(/\p{L}+/gu) ?? ([] as string[])).includes(m[2].toLowerCase()) ? `${tail.slice(0, m.index)}${m[1]} ` : tail;
}

// "chiếm 4,35% tổng số hộ" after "97 hộ nghèo": the whole is named by its noun only; it is the one total of that noun the
// paragraphs just before state for the whole unit ("Toàn xã có 2.134 hộ với …"). Nothing is read when two totals differ.
const TOTAL_AFTER = new RegExp(String.raw`^\s*(?:%\s*)?(?:${alt(TOTAL_OF_WORDS)})\s+(\p{L}+(?:\s\p{L}+)?)(?=\s*(?:[,;.)]|$))`, 'iu');
const WHOLE_UNIT = new RegExp(String.raw`(?:toàn (?:${alt(UNIT_LEVEL_WORDS)})|trên địa bàn(?: \p{L}+){0,2}|tổng số(?: \p{L}+){1,2})\s+(?:hiện\s+)?(?:${alt(HAS_WORDS)})?\s*$`, 'iu');
const NEARBY = 5;
// ", chiếm 4,35%", ", bằng tỷ lệ": the few words after a count that hand it its share of a whole.
// "trong đó 09 chi đoàn vững mạnh, tỷ lệ 75,0%": a bare rate word hands it over as well.
const QUALITY_HANDED = new RegExp(String.raw`^(?:\s+\p{L}+){1,3},\s*(?:đạt(?: (?:${alt(RATE_WORDS)}))?|(?:${alt(RATE_WORDS)}))\s*$`, 'iu');
// A part described at more length before "chiếm" (whom it went to, where): no figure, no clause mark between but one comma
// before a last noun of one to three lower-case words ("thoát nghèo nhờ phát triển sản xuất, chăn nuôi, chiếm 72,4%").
const PART_HANDED = new RegExp(String.raw`^[^\d,;.()]{0,60}(?:,\s*\p{Ll}+(?:\s\p{Ll}+){0,2})?,\s*(?:${alt(SHARE_OF_WHOLE_VERBS)})(?: (?:${alt(RATE_WORDS)}))?\s*$`, 'u');
// The whole's number is followed by `noun` as a whole word ("92 lượt cơ sở, …").
function nounAfter(context: RuleContext, whole: Figure, noun: string): boolean {
  const block = context.source.blocks[whole.block];
  const after = block.text.slice(whole.span.end - block.span.start, whole.span.end - block.span.start + noun.length + 2).replace(/^\s+/u, '');
  return after.startsWith(noun) && !/^\p{L}/u.test(after.slice(noun.length));
}
// Two counts of one block whose nouns share their head ("suất" of "suất quà").
const sameHead = (a: Figure, b: Figure) => a.kind === 'count' && b.kind === 'count' && a.block === b.block && unitHead(a) !== null && unitHead(a) === unitHead(b);
const SHARE_HANDED = new RegExp(String.raw`^[^\d,;.()]{0,30},\s*(?:${alt(SHARE_OF_WHOLE_VERBS)})(?: (?:${alt(RATE_WORDS)}))?\s*$`, 'iu');
const BASE_AFTER = new RegExp(`^\\s*(?:${alt(BASE_AFTER_WORDS)})`, 'iu');

export function namedTotal(context: RuleContext, p: Figure): { part: Figure; whole: Figure } | undefined {
  const part = context.figures[p.index - 1];
  if (!part || part.block !== p.block || (part.kind !== 'count' && part.kind !== 'money') || p.value > 100) return undefined;
  const handing = textOf(context, p, part.span.end, p.span.start);
  const handed = SHARE_HANDED.test(handing);
  // "861 trẻ em dưới 6 tuổi, bằng 97,5% số trẻ trong diện (874 em)": digits of no figure (an age, a bound) may describe
  // the part when the whole is restated in brackets right after the words naming it.
  if (!handed && !SHARE_HANDED.test(handing.replace(/\d+/gu, 'N'))) return undefined;
  const block = context.source.blocks[p.block];
  const bracketed = bracketedTotal(context, p, part);
  if (bracketed) return { part, whole: bracketed };
  if (!handed || part.kind !== 'count') return undefined;
  const m = TOTAL_AFTER.exec(block.text.slice(p.span.end - block.span.start, p.span.end - block.span.start + AFTER_WINDOW));
  const noun = m ? canonicalLabel(m[1]) : null;
  if (noun === null || part.unit === null || canonicalLabel(part.unit) !== noun) return undefined;
  const found = new Set<number>();
  let whole: Figure | undefined;
  for (const g of context.figures) {
    if (g.block > p.block || g.block < p.block - NEARBY || g === part || g.cell !== null || g.kind !== 'count' || g.unit === null) continue;
    if (context.blockSection[g.block] !== context.blockSection[p.block] || canonicalLabel(g.unit) !== noun || g.value <= part.value) continue;
    // "146 hộ nghèo" counts a group of the noun, not all of it.
    if (g.label !== null && canonicalLabel(g.label) !== noun) continue;
    if (!WHOLE_UNIT.test(textOf(context, g, Math.max(context.source.blocks[g.block].span.start, g.span.start - 40), g.span.start))) continue;
    found.add(g.value);
    whole = g;
  }
  return found.size === 1 && whole ? { part, whole } : undefined;
}

// "chiếm 4,35% tổng số hộ toàn xã (2.230 hộ)": the whole the share names, restated in brackets right after its words.
const MONEY_TOTAL_BRACKET = new RegExp(String.raw`^\s*(?:${alt(WHOLE_NAME_TOTAL_HEADS)})\s+(\p{L}+(?:\s\p{L}+){0,11})\s*\(\s*$`, 'iu');
const TOTAL_BRACKET = new RegExp(String.raw`^\s*(?:${alt(TOTAL_OF_WORDS)})\s+(\p{L}+(?:\s\p{L}+){0,5})\s*\(\s*$`, 'iu');
// "bằng 97,5% số trẻ trong diện (874 em)": a "số …" phrase naming the whole, its count in brackets right after.
const NUMBER_BRACKET = new RegExp(String.raw`^\s*(?:${alt(COUNT_WORDS)})\s+(\p{L}+(?:\s\p{L}+){0,5})\s*\(\s*$`, 'iu');
// The whole's name opens with the part's noun ("trẻ em dưới 6 tuổi" in "trẻ em …"), or with the head of it ("trẻ trong diện").
const namesPartNoun = (name: string, part: Figure) => {
  const words = canonicalLabel(name);
  return [canonicalLabel(part.unit!), unitHead(part)].some((noun) => noun !== null && (words === noun || words.startsWith(`${noun} `)));
};
// The bracket counts the part's noun, its head, or people as the part does ("874 em" for "trẻ em", "người" for "công dân").
const countsPartNoun = (whole: Figure, part: Figure) => canonicalLabel(whole.unit!) === canonicalLabel(part.unit!) || sameHead(whole, part)
  || (PEOPLE_HEAD.test(unitHead(whole) ?? '') && PEOPLE_HEAD.test(unitHead(part) ?? ''));
const PEOPLE_HEAD = new RegExp(String.raw`^(?:${alt(PEOPLE_HEAD_WORDS)})$`, 'iu');

/**
 * The count in brackets after "tổng số <noun> …" that follows a share, counting the part's noun and closing its bracket;
 * for a sum of money, the sum in the part's currency ("21.344 triệu đồng, chiếm 40,7% tổng số vốn giải ngân cả năm (52.418
 * triệu đồng)"), the words after "tổng số" naming what the money is.
 */
function bracketedTotal(context: RuleContext, p: Figure, part: Figure): Figure | undefined {
  const whole = context.figures[p.index + 1];
  if (!whole || whole.block !== p.block || whole.kind !== part.kind || whole.unit === null || part.unit === null || whole.value <= part.value) return undefined;
  const between = textOf(context, p, p.span.end, whole.span.start);
  const money = part.kind === 'money' && whole.unit === part.unit;
  // "chiếm 18,6% tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng (1.228,8 tỷ đồng)": money's whole may be named by
  // "tổng" and a longer phrase; the bracket's amount in the part's currency tells it.
  const m = TOTAL_BRACKET.exec(between) ?? (money ? MONEY_TOTAL_BRACKET.exec(between) : NUMBER_BRACKET.exec(between));
  if (!m || (!money && !(namesPartNoun(m[1], part) && countsPartNoun(whole, part)))) return undefined;
  const block = context.source.blocks[p.block];
  return /^\s*(?:\p{L}+(?:\s\p{L}+){0,2})?\s*\)/u.test(block.text.slice(whole.span.end - block.span.start)) ? whole : undefined;
}

// "5.184 tỷ đồng, đạt 65,0% tổng vốn đăng ký" after "… tổng vốn đăng ký 8.640 tỷ đồng": a whole named by a "tổng …" phrase
// that, word for word, stands right before one figure of the same measure in the paragraphs just before.
const STATED_AS_END = new RegExp(`\\s*(?:${alt(STATED_AS_WORDS)}|:)\\s*$`, 'u');
// "đạt 88,6% số tiền phạt phải thu": a "số …" phrase of three words or more names a whole as well as a "tổng …" one.
const TOTAL_PHRASE_AFTER = new RegExp(String.raw`^\s*(?:%\s*)?(?:(?:${alt(WHOLE_OF_PREPOSITIONS)})\s+)?((?:(?:${alt(WHOLE_NAME_TOTAL_HEADS)})|(?:${alt(WHOLE_NAME_NUMBER_HEADS)})\s+\p{L}+)\s+\p{L}+(?:\s\p{L}+){0,4}?)\s*(?=[,;.)]|$)`, 'iu');
// A bracket of words only between a part and its share ("4.812.600.000 đồng (Bằng chữ: …), đạt"): the amount restated in words.
const WORDS_ONLY_BRACKET = /\s*\([^\d()]{0,200}\)/u;
// Words a whole's name may hold between those the share repeats ("tổng số tiền các bên tranh chấp" for "tổng số tiền tranh chấp").
const MAX_INSERTED = 2;
const NEGATED = new Set(NEGATION_WORDS.map(canonicalLabel));

/**
 * Whether the words before a figure name the whole a share's phrase names: they end with the phrase (a leading "tổng" of
 * either aside), or hold its words in order from its first to its last, at most MAX_INSERTED others between, for a sum's
 * name of three words or more ("số tiền …").
 */
export function namesPhrase(before: string, phrase: string): boolean {
  if (before === phrase || before.endsWith(` ${phrase}`)) return true;
  // Only a sum's name ("số tiền …", "tổng số tiền …") is read loosely: "tổng thu ngân sách" is not "dự toán thu ngân sách".
  const p = phrase.split(' ');
  if (p[0] === 'tổng') p.shift();
  const b = before.split(' ');
  if (p.length < 3 || p[0] !== 'số') return false;
  if (b.slice(-p.length).join(' ') === p.join(' ')) return true;
  if (b[b.length - 1] !== p[p.length - 1]) return false;
  // Walk back from the last word: each word of the phrase in order, at most MAX_INSERTED others skipped.
  let j = p.length - 1;
  let skipped = 0;
  for (let i = b.length - 1; i >= 0 && j >= 0; i--) {
    if (b[i] === p[j]) j--;
    // "số lượt khám không có thẻ" is no name of "số lượt khám có thẻ": a negation skipped turns the whole into its complement.
    else if (NEGATED.has(b[i]) || ++skipped > MAX_INSERTED) return false;
  }
  return j < 0;
}
const MAX_BACK = 200;
const PART_TO_SHARE = new RegExp(String.raw`^[^\d,;.()]{0,30},\s*(?:${alt(['đạt'], SHARE_OF_WHOLE_VERBS)})(?: (?:${alt(RATE_WORDS)}))?\s*$`, 'iu');

/** The part and the whole of a share whose whole a "tổng …" or "số …" phrase names, stated before under those words (namesPhrase); one value only. */
export function phraseTotal(context: RuleContext, p: Figure): { part: Figure; whole: Figure } | undefined {
  const part = context.figures[p.index - 1];
  if (!part || part.block !== p.block || (part.kind !== 'count' && part.kind !== 'money') || p.value > 100) return undefined;
  if (!PART_TO_SHARE.test(textOf(context, p, part.span.end, p.span.start).replace(WORDS_ONLY_BRACKET, ''))) return undefined;
  const block = context.source.blocks[p.block];
  // A window after the percent, not the rest of the block: a one-line report would be read again for every percent.
  const m = TOTAL_PHRASE_AFTER.exec(block.text.slice(p.span.end - block.span.start, p.span.end - block.span.start + 80));
  if (!m) return undefined;
  const phrase = canonicalLabel(m[1]);
  const counted_ = countedPhrase(phrase);
  const restated = personsRestated(phrase);
  const found = new Set<number>();
  let whole: Figure | undefined;
  // The paragraphs just before, and no more than MAX_BACK figures: a one-line report holds them all in one block.
  for (let k = part.index - 1; k >= 0 && k >= part.index - MAX_BACK; k--) {
    const g = context.figures[k];
    if (g.block < p.block - NEARBY) break;
    if (g.cell !== null || g.kind !== part.kind || context.blockSection[g.block] !== context.blockSection[p.block]) continue;
    // "Qua 52 lượt kiểm tra, phát hiện 13 trường hợp vi phạm, chiếm 28% số lượt kiểm tra": a count written with the very
    // words the phrase names after its head is that whole, whatever noun the part counts.
    const counted = counted_ !== null && g.kind === 'count' && countsPhrase(context, g, counted_);
    if (!counted && g.kind === 'count' && (g.unit === null || part.unit === null || canonicalLabel(g.unit) !== canonicalLabel(part.unit))) continue;
    const gb = context.source.blocks[g.block];
    const before = canonicalLabel(textOf(context, g, Math.max(gb.span.start, g.span.start - 60), g.span.start)).replace(STATED_AS_END, '');
    const restatedWhole = restated !== null && g.unit !== null && canonicalLabel(g.unit) === restated.unit && restated.stated.test(before);
    if (!counted && !namesPhrase(before, phrase) && !restatedWhole) continue;
    found.add(g.value);
    whole = g;
  }
  return found.size === 1 && whole && whole.value > 0 && part.value <= whole.value ? { part, whole } : undefined;
}
/**
 * "Số học viên tốt nghiệp trong năm là 1 624 người; …, đạt 89,6% số người tốt nghiệp": a count of people stated under "số
 * <noun> <words>" (the period of the report between) is the whole "số người <words>" names, its noun restated as "người" by
 * the count's own unit, the words after it the same (two syllables at least). Returns the unit and the test of the words
 * before a count, built once a phrase; null when the phrase names no such whole.
 */
function personsRestated(phrase: string): { unit: string; stated: RegExp } | null {
  const unit = PERSON_NOUNS.find((n) => phrase.startsWith(`số ${n} `));
  if (unit === undefined) return null;
  const words = phrase.slice(`số ${unit} `.length);
  if (words.split(' ').length < 2 || !/^[\p{L} ]+$/u.test(words)) return null;
  return { unit, stated: new RegExp(String.raw`(?:^|\s)(?:${NUMBER_HEADS})\s+\p{L}+(?:\s\p{L}+)?\s+${words}(?:\s+(?:${CURRENT_PERIOD}))?$`, 'u') };
}
// The alternations of the pattern above, built once.
const NUMBER_HEADS = alt(WHOLE_NAME_NUMBER_HEADS);
const CURRENT_PERIOD = alt(CURRENT_PERIOD_WORDS);
// The words a whole's name counts after its head ("lượt kiểm tra" of "số lượt kiểm tra", "hộ kinh doanh" of "tổng số hộ
// kinh doanh"): three syllables or more, a noun and what narrows it, so that a bare noun ("số hộ", "tổng số đoàn viên")
// is never read as naming one count of it above another.
const PHRASE_HEAD = new RegExp(`^(?:(?:${alt(WHOLE_NAME_TOTAL_HEADS)})\\s+)?(?:${alt(WHOLE_NAME_NUMBER_HEADS)})\\s+`, 'u');
const MIN_COUNTED_WORDS = 3;
function countedPhrase(phrase: string): string | null {
  const head = PHRASE_HEAD.exec(phrase);
  const rest = head ? phrase.slice(head[0].length) : '';
  return rest.split(' ').length >= MIN_COUNTED_WORDS ? rest : null;
}
// A count set aside in its clause as a yardstick ("so với năm 2023 (1.400 đoàn viên)", "cùng kỳ 48 lượt kiểm tra").
const YARDSTICK_BEFORE = new RegExp(String.raw`${edgeAlt(COMPARED_WITH, EARLIER_PERIOD_WORDS)}(?![\p{L}])[^,;.]*$`, 'iu');
/**
 * True when the words right after a count are `words` (canonical), ending there ("52 lượt kiểm tra," for "lượt kiểm
 * tra"), and no comparison sets the count aside before it in its clause.
 */
function countsPhrase(context: RuleContext, g: Figure, words: string): boolean {
  const after = canonicalLabel(textOf(context, g, g.span.end, g.span.end + words.length + 24));
  if (after !== words && !(after.startsWith(words) && !/^\p{L}/u.test(after.slice(words.length)))) return false;
  const start = context.source.blocks[g.block].span.start;
  return !YARDSTICK_BEFORE.test(textOf(context, g, Math.max(start, g.span.start - 60), g.span.start));
}

/**
 * How much of the text after a percent is read for the words that qualify it or name its whole (all anchored at the
 * percent, a few words long): the rest of the block was sliced for every percent, quadratic on one long line.
 */
const AFTER_WINDOW = 1000;

/** The words from a count to its percent: one clause, no other rate named, handing over with ", đạt/chiếm …"; nothing after the percent qualifies it. */
export function shareClause(context: RuleContext, p: Figure, between: string, handed = false, wholeNamed = false): boolean {
  const block = context.source.blocks[p.block];
  // QUALIFIED and BASE_AFTER are anchored at the start: the words right after the figure are enough (a long line is not copied).
  const from = p.span.end - block.span.start;
  const after = block.text.slice(from, from + 200);
  // A share handed by "chiếm" may name its whole after it ("chiếm 45% tổng số hộ …"): which whole, namesWhole tells.
  const namedWhole = handed && NAMED_COUNT.test(after);
  // A share naming the very whole it is of (`wholeNamed`, checked by the caller) is qualified by that name alone.
  return between.length <= 120 && !/[;.!?()]/u.test(between) && SHARE_TAIL.test(between) && !OTHER_RATE.test(between)
    && (wholeNamed || (!QUALIFIED.test(after) && (namedWhole || !BASE_AFTER.test(after))));
}

// The figures of the sentence a figure is in (its neighbours of the same block only).
function sentenceFigures(context: RuleContext, f: Figure): Figure[] {
  const block = context.source.blocks[f.block];
  const offset = (g: Figure) => g.span.start - block.span.start;
  const s = context.clauses.at(f.block, offset(f), true);
  const out: Figure[] = [];
  for (const step of [-1, 1]) {
    for (let k = f.index + step, g = context.figures[k]; g && g.block === f.block; k += step, g = context.figures[k]) {
      if (s && offset(g) >= s.from && offset(g) < s.to) out.push(g);
    }
  }
  return out;
}

// The digits of the percent written in a cell ("875/875 = 100%" → "100").
export function percentText(text: string): string {
  return /([\d.,]+)\s*%/.exec(text)?.[1] ?? '';
}

// "1.850 người, đạt 92,5% kế hoạch (2.100 người)", "158.600 triệu đồng, đạt 62,5% dự toán (dự toán 235.000 triệu đồng)": the
// amount just before (or the one amount of the plan's unit in the rate's clause, when that one counts another thing:
// shares-plan-unit.ts), handed over by ", đạt", measured against the plan restated in brackets right after its word, in the
// same unit (the amount's noun up to four words: "380 ha rừng tập trung, đạt …", or up to four such nouns joined by commas:
// "420 lượt chức sắc, chức việc, tín đồ, đạt …"). A rate of 100% is left alone (plans are often called fulfilled when nearly so).
const HANDED_NOUN = String.raw`\p{L}+(?:\s\p{L}+){0,3}`;
const HANDED = new RegExp(String.raw`^\s*(?:${HANDED_NOUN}(?:\s*,\s*${HANDED_NOUN}){0,3})?\s*,\s*(?:${alt(PLAN_RATE_VERBS)})\s*$`, 'iu');
// "kế hoạch vốn giao năm 2024 (3 200 triệu đồng)": the plan word may name what is planned in a word or two, then who set it
// and the year, before the bracket.
export const PLAN_BRACKET = new RegExp(
  String.raw`^\s*(?:so với\s+)?(?:${alt(PLAN_BASES)})(?:\s+(?!(?:${alt(PLAN_NOUN_STOPS)})(?![\p{L}]))\p{Ll}+){0,2}?(?:\s+(?:${alt(ASSIGNED_WORDS)}))?(?:\s+năm(?:\s+\d{4})?)?\s*\(\s*(?:(?:${alt(PLAN_BASES)})(?:\s+năm)?\s*:?\s*)?$`,
  'iu',
);

// Whether the text before `end` ends in a digit and then only spaces, points or commas (/\d[\s.,]*$/ without slicing
// and scanning the whole text before each figure).
function digitBefore(text: string, end: number): boolean {
  let k = Math.min(end, text.length) - 1;
  while (k >= 0 && /[\s\u00A0\u202F.,]/u.test(text[k])) k--;
  return k >= 0 && text[k] >= '0' && text[k] <= '9';
}

/**
 * An amount done and its plan around a rate of that plan: in the rate's block, of one measure (counts, money or decimals; a count
 * and a decimal of one unit alike), of one unit, and the amount's value sure: a number just before it ("245 370 000 đồng" read as "370 000 đồng") leaves it
 * unsure.
 */
function planPair(context: RuleContext, p: Figure, done: Figure, plan: Figure): boolean {
  if (done.block !== p.block || plan.block !== p.block || p.value === 100 || plan.value <= 0) return false;
  // "thực hiện 21,4 km trên kế hoạch 30 km": a decimal and a count of one unit are one measure.
  if (!sameMeasure(plan, done) || (done.kind !== 'count' && done.kind !== 'money' && done.kind !== 'decimal')) return false;
  if (done.kind !== 'money' && (done.unit === null || plan.unit === null || unitHead(done) !== unitHead(plan))) return false;
  const block = context.source.blocks[p.block];
  return !digitBefore(block.text, done.span.start - block.span.start);
}

export function planInBrackets(context: RuleContext, p: Figure): { done: Figure; plan: Figure } | undefined {
  const near = context.figures[p.index - 1];
  const plan = context.figures[p.index + 1];
  if (!near || !plan || near.block !== p.block || plan.block !== p.block) return undefined;
  const block = context.source.blocks[p.block];
  if (!HANDED.test(textOf(context, p, near.span.end, p.span.start).replace(near.unit ?? '\u0000', ''))) return undefined;
  if (!PLAN_BRACKET.test(textOf(context, p, p.span.end, plan.span.start))) return undefined;
  const close = block.text.slice(plan.span.end - block.span.start);
  if (!/^\s*(?:\p{L}+(?:\s\p{L}+){0,2})?\s*\)/u.test(close)) return undefined;
  // The amount handed over, unless it counts another thing than the plan ("18 lớp … cho 1 080 lượt nông dân, đạt 90,0% kế
  // hoạch năm (21 lớp)"): then the one amount of the plan's unit in the rate's clause.
  const done = doneOfPlanUnit(context, p, near, plan) ?? near;
  return planPair(context, p, done, plan) ? { done, plan } : undefined;
}

// "quyết toán 212.450.000 đồng trên dự toán 185.000.000 đồng, bằng 114,84% dự toán", "thực hiện 640 ha so với kế hoạch
// 600 ha, đạt 106,7% kế hoạch": the amount done and the plan both stated before the rate, the plan by its word, the rate
// naming the plan again after itself.
const PLAN_BEFORE = new RegExp(
  String.raw`^\s*(?:\p{L}+(?:\s\p{L}+){0,3})?\s*,?\s*(?:trên|${alt(COMPARED_WITH)})\s+(?:${alt(PLAN_BASES)})(?:\s+(?:năm(?:\s+\d{4})?|${alt(ASSIGNED_WORDS)}))?\s*:?\s*(?:là\s+)?$`,
  'iu',
);
const RATE_HANDED = new RegExp(String.raw`^\s*,\s*(?:${alt(PLAN_RATE_VERBS)})\s*$`, 'iu');
// "2.964 lượt trên kế hoạch 3.500 lượt (tỷ lệ thực hiện 86,40%)": or alone in a bracket right after the plan, opened by its
// verb or by the name of a rate of fulfilment (its verb may follow), the bracket closing right after it.
const RATE_BRACKETED = new RegExp(String.raw`^\s*\(\s*(?:(?:${alt(FULFILMENT_RATE_NAMES)})(?:\s*:|\s+(?:${alt(PLAN_RATE_VERBS)}|là))?|(?:${alt(PLAN_RATE_VERBS)}))\s*$`, 'iu');
const PLAN_AFTER_RATE = new RegExp(String.raw`^\s*(?:so với\s+)?(?:${alt(PLAN_BASES)})(?![\p{L}])`, 'iu');

// "dự án … có kế hoạch 18,50 tỷ đồng, giải ngân 16,20 tỷ đồng, đạt 87,6%": the plan first (its word right before it), the
// amount done next (a few words of what was done between, no comparison), then the rate, closing its clause or naming the
// plan again.
const PLAN_LEAD = new RegExp(String.raw`${edgeAlt(PLAN_BASES)}(?:\s+(?:năm(?:\s+\d{4})?|${alt(ASSIGNED_WORDS)}))?\s*:?\s*(?:là\s+)?$`, 'iu');
// The part of the period it was done in may open what was done ("kế hoạch năm 1 260 triệu đồng, 6 tháng thu được 684 triệu
// đồng", ", quý II giải ngân …"): it says when, and leaves the plan the year's.
const PLAN_DONE_PERIOD = String.raw`(?:(?:${alt(DONE_PERIOD_LEADS)})\s+)?(?:\d{1,2}\s+(?:${alt(MONTH_WORDS)})(?:\s+(?:${alt(START_END_WORDS)})\s+năm)?|(?:${alt(QUARTER_WORDS)})\s+(?:[IV]{1,3}|[1-4]))\s+`;
const DONE_BETWEEN = new RegExp(String.raw`^\s*,\s*(?:${PLAN_DONE_PERIOD})?\p{Ll}+(?:\s\p{Ll}+){0,3}\s*$`, 'u');
const NOT_DONE = new RegExp(String.raw`${edgeAlt(COMPARED_WITH, PLAN_BASES)}(?![\p{L}])`, 'iu');
const RATE_CLOSES = /^\s*(?:[;.)]|$)/u;
const QUOTA_UNIT = new RegExp(String.raw`^(?:${alt(QUOTA_UNITS)})$`, 'iu');

/** The plan and then the amount done, both stated before a rate of that plan (lexicon PLAN_BASES), or undefined. */
export function planFirst(context: RuleContext, p: Figure): { done: Figure; plan: Figure } | undefined {
  const plan = context.figures[p.index - 2];
  const done = context.figures[p.index - 1];
  if (!done || !plan || done.block !== p.block || plan.block !== p.block || p.value === 100 || plan.value <= 0 || done.change) return undefined;
  if (!sameMeasure(plan, done) || (done.kind !== 'count' && done.kind !== 'money' && done.kind !== 'decimal')) return undefined;
  // "12 chỉ tiêu, trúng tuyển 10 người": a plan counted in quotas names itself, and its quotas count the things done.
  const quota = plan.kind === 'count' && plan.unit !== null && QUOTA_UNIT.test(plan.unit) && done.unit !== null;
  if (done.kind !== 'money' && !quota && (done.unit === null || plan.unit === null || unitHead(done) !== unitHead(plan))) return undefined;
  const block = context.source.blocks[p.block];
  const start = plan.span.start - block.span.start;
  if (!quota && !PLAN_LEAD.test(block.text.slice(Math.max(0, start - 40), start))) return undefined;
  const between = textOf(context, p, plan.span.end, done.span.start).replace(plan.unit ?? '\u0000', '');
  if (!DONE_BETWEEN.test(between) || NOT_DONE.test(between)) return undefined;
  if (!RATE_HANDED.test(textOf(context, p, done.span.end, p.span.start).replace(done.unit ?? '\u0000', ''))) return undefined;
  const after = p.span.end - block.span.start;
  const rest = block.text.slice(after, after + 40);
  return RATE_CLOSES.test(rest) || PLAN_AFTER_RATE.test(rest) ? { done, plan } : undefined;
}

/** The amount done and its plan, both stated before a rate of that plan, or undefined. */
export function planBefore(context: RuleContext, p: Figure): { done: Figure; plan: Figure } | undefined {
  const done = context.figures[p.index - 2];
  const plan = context.figures[p.index - 1];
  if (!done || !plan || !planPair(context, p, done, plan)) return undefined;
  const block = context.source.blocks[p.block];
  if (!PLAN_BEFORE.test(textOf(context, p, done.span.end, plan.span.start).replace(done.unit ?? '\u0000', ''))) return undefined;
  const handing = textOf(context, p, plan.span.end, p.span.start).replace(plan.unit ?? '\u0000', '');
  const after = block.text.slice(p.span.end - block.span.start, p.span.end - block.span.start + 40);
  if (RATE_BRACKETED.test(handing)) return /^\s*\)/u.test(after) ? { done, plan } : undefined;
  return RATE_HANDED.test(handing) && PLAN_AFTER_RATE.test(after) ? { done, plan } : undefined;
}

/**
 * "Chi sự nghiệp kinh tế 24.960 triệu đồng, đạt 48,2% dự toán" beside the table row "Chi sự nghiệp kinh tế | 58.300 |
 * 24.960 | 42,8": a rate of the plan whose amount done is restated by one table row (`restated`, the appendix-row match
 * of that amount writing the very amount, in its digits or at the table's money scale) whose plan column (a target role or a plan word in its header) holds the plan. The done and the plan
 * are the row's two cells, in the table's own unit. Nothing when the row has no plan cell or more than one.
 */
export function planInTable(context: RuleContext & Pick<Analysis, 'tables'>, p: Figure, restated: (done: Figure) => readonly Figure[]): { done: Figure; plan: Figure } | undefined {
  const done = planRateDone(context, p);
  if (!done) return undefined;
  // The row that writes the very amount, of the rows that may restate it (`restated` keeps only those).
  const rows = restated(done);
  if (rows.length !== 1) return undefined;
  const cell = rows[0];
  for (const t of context.tables) {
    const row = t.rows.find((r) => r.cells.some((c) => c.at?.block === cell.block));
    if (!row) continue;
    const plans = t.columns.filter((c) => c.role !== 'percent' && c.role !== 'label' && c.role !== 'stt' && (c.role === 'target' || PLAN_COLUMN.test(c.header)));
    if (plans.length !== 1) return undefined;
    const planCell = row.cells[plans[0].index];
    if (!planCell || !planCell.pure || planCell.at === null || planCell.value === null || planCell.value <= 0) return undefined;
    if (rowStatesRate(t, row, p)) return undefined;
    const rowStart = context.source.blocks[cell.block].span.start;
    const plan = context.figures.find((f) => f.block === cell.block && f.span.start - rowStart === planCell.at!.from);
    return plan && plan !== cell && plan.kind === cell.kind ? { done: cell, plan } : undefined;
  }
  return undefined;
}
export const PLAN_COLUMN = new RegExp(String.raw`${edgeAlt(PLAN_BASES)}(?![\p{L}])`, 'iu');

/**
 * "Giải ngân 86,957 tỷ đồng, đạt 45,92% kế hoạch": the amount done a text rate of a plan is handed by (right before it, its
 * verb between, the plan word right after it), the plan itself not written there; undefined otherwise.
 */
export function planRateDone(context: RuleContext, p: Figure): Figure | undefined {
  const done = context.figures[p.index - 1];
  if (!done || done.block !== p.block || p.value === 100 || done.change || (done.kind !== 'count' && done.kind !== 'money' && done.kind !== 'decimal')) return undefined;
  if (context.source.blocks[p.block].kind === 'row') return undefined;
  if (!RATE_HANDED.test(textOf(context, p, done.span.end, p.span.start).replace(done.unit ?? '\u0000', ''))) return undefined;
  const block = context.source.blocks[p.block];
  const after = p.span.end - block.span.start;
  return PLAN_AFTER_RATE.test(block.text.slice(after, after + 40)) ? done : undefined;
}

/**
 * "… 1.176.220 triệu đồng, đạt 106,5% dự toán" beside the row "TỔNG CHI | 1.140.600 | 1.176.220 | 106,5": the text repeats
 * the row's own rate, so it agrees with the table; if that rate does not fit the row's cells, the slip is in the row (one
 * of its cells, which the table's checks judge), not in the sentence, which is then no reading of done over planned.
 */
export function rowStatesRate(t: Table, row: Table['rows'][number], p: Figure): boolean {
  return row.cells.some((c, k) => c.pure && c.value === p.value && (c.kind === 'percent' || t.columns[k]?.role === 'percent'));
}

// "Tổng kế hoạch vốn năm 2025 được giao là 186.452 triệu đồng." then "đã giải ngân 162.911 triệu đồng, đạt 88,6% kế hoạch
// vốn giao": a rate naming its plan by a phrase (a plan word and at least one word of what is planned) that the words right
// before one figure of the same measure, in the paragraphs just before, contain all of. One value only.
const PLAN_NAMED_AFTER = new RegExp(String.raw`^\s*(?:so với\s+)?((?:${alt(PLAN_BASES)})(?:\s\p{L}+){1,6}?)\s*(?=[,;.)]|$)`, 'iu');
const PLAN_WORD = new RegExp(String.raw`${edgeAlt(PLAN_BASES)}(?![\p{L}])`, 'iu');
const PLAN_PHRASE_PLAIN = new Set(labelTokens([...PLAN_BASES, ...ASSIGNED_WORDS].join(' ')));

/** The amount done just before a rate and the plan its words name, stated before under those words, or undefined. */
export function planNamedBefore(context: RuleContext, p: Figure): { done: Figure; plan: Figure } | undefined {
  const done = context.figures[p.index - 1];
  if (!done || done.block !== p.block || p.value === 100 || done.change || (done.kind !== 'count' && done.kind !== 'money')) return undefined;
  if (!RATE_HANDED.test(textOf(context, p, done.span.end, p.span.start).replace(done.unit ?? '\u0000', ''))) return undefined;
  const block = context.source.blocks[p.block];
  const after = p.span.end - block.span.start;
  const m = PLAN_NAMED_AFTER.exec(block.text.slice(after, after + 60));
  const phrase = m ? labelTokens(m[1]) : [];
  if (!phrase.some((t) => !PLAN_PHRASE_PLAIN.has(t))) return undefined;
  const found = new Set<number>();
  let plan: Figure | undefined;
  for (let k = done.index - 1; k >= 0 && k >= done.index - MAX_BACK; k--) {
    const g = context.figures[k];
    if (g.block < p.block - NEARBY) break;
    if (g.cell !== null || g.kind !== done.kind || g.value <= 0 || context.blockSection[g.block] !== context.blockSection[p.block]) continue;
    if (g.kind === 'count' && (g.unit === null || done.unit === null || unitHead(g) !== unitHead(done))) continue;
    // The words of g's own clause before it: from the figure before it in its block, or a ";" or bracket, at most 60 characters.
    const gb = context.source.blocks[g.block];
    const prev = context.figures[k - 1];
    const from = Math.max(gb.span.start, g.span.start - 60, prev && prev.block === g.block ? prev.span.end : 0);
    const before = textOf(context, g, from, g.span.start).split(/[;()]/u).at(-1) ?? '';
    if (!PLAN_WORD.test(before)) continue;
    const words = new Set(labelTokens(before));
    if (!phrase.every((t) => words.has(t))) continue;
    found.add(g.value);
    plan = g;
  }
  return found.size === 1 && plan ? { done, plan } : undefined;
}
