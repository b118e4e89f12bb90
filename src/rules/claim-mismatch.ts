/**
 * claim-mismatch — a verbal claim its own numbers contradict.
 *
 * Why: "đạt 2.160 giao dịch/tháng, cao gấp 4 lần so với đầu năm (720 …)" is
 * really ×3; "đạt 93,1%, vượt chỉ tiêu (95%)" is below the target; "Công khai
 * 100% thủ tục hành chính … niêm yết 187/240 TTHC" publishes 77,9%.
 *
 * Claims read, each only when every value it needs is written in the same
 * sentence (the "100%" claim: the same or the next paragraph; a change claim
 * whose subject is a bare "Số X": the one value of X stated just before):
 * - "gấp N lần": the larger over the smaller of the two figures it compares
 *   (a "từ A lên B" after it, "gấp 3 lần so với quý trước (từ 2.140 lên 4.815)";
 *   else the one after it, usually in brackets, and the nearest before it; or
 *   the two before it, "từ 1,5 triệu lên 4,5 triệu, gấp 03 lần");
 * - "tăng/giảm X% so với … (B)", "vượt X% kế hoạch (B)": the change from B to
 *   the figure before the claim (or from A to B of a "từ A lên B" after it);
 *   "tăng N hồ sơ so với … (B)" likewise, exactly;
 * - "vượt/đạt/hoàn thành (mục tiêu|chỉ tiêu|kế hoạch) … T" against the value
 *   before it, "chưa đạt/không đạt …" the other way round;
 * - "100% <thing>" against a fraction a/b < 1 of the same thing nearby.
 * Both compared figures must count the same unit. Hedged claims ("hơn", "gần",
 * "khoảng", "trên") are not checked.
 *
 * Tolerance: a stated multiple or percentage passes anywhere between the
 * truncation and the rounding of the true value at its stated decimals
 * ("gấp 03 lần" for 1,5 → 4,5 triệu; "tăng 18,5%" for 1.021 → 1.210).
 *
 * @example {"name": "ok.txt"}
 *   Toàn huyện có 1.240 camera an ninh, gấp 2 lần năm 2023 (620 camera).
 * @example {"name": "ratio.txt", "expect": "ratioMismatch"}
 *   Số lượt truy cập cổng thông tin đạt 9.000 lượt, cao gấp 4 lần so với năm trước (3.000 lượt).
 * @example {"name": "target.txt", "expect": "targetMismatch"}
 *   Tỷ lệ hồ sơ trực tuyến đạt 81,2%, vượt chỉ tiêu được giao (85%).
 */
import type { Figure } from '../model/index.js';
import { defineRule, formatValue, type RuleContext } from './define.js';
import { agreesAt, figuresByBlock, roundAt, sameUnit } from './support/sentences.js';
import { statementsOf } from '../extract/sentences.js';

/** Characters [from, to) of one statement of a block (clauses joined across ":"). */
type Sentence = { from: number; to: number };
import { checkFullClaims } from './support/full-claims.js';
import { labelTokens } from '../extract/similarity.js';
import { alt, CHANGE_VERBS, COMPLETION_VERBS, CRITERION_WORDS, HEDGES, MINIMUM_WORDS, PLAN_BASES, TARGET_WORDS } from '../text/lexicon.js';
import { isReference } from '../extract/claims-parts.js';
import { unitKindOf } from '../extract/labels.js';

const NUM = String.raw`(\d+(?:[.,]\d+)*)`;
const HEDGE = /(?:hơn|gần|khoảng|trên|dưới|tới|đến|xấp xỉ|hàng|chừng)\s*$/iu;
const RATIO = new RegExp(String.raw`(?<![\p{L}])gấp\s+(?:(${alt(HEDGES)})\s+)?${NUM}\s+lần`, 'giu');
const CHANGE = new RegExp(String.raw`(?<![\p{L}])(${alt(CHANGE_VERBS, ['vượt'])})\s+(?:thêm\s+)?(?:(${alt(HEDGES)})\s+)?${NUM}\s?(%|\p{L}[\p{L} ]{0,20}?)\s*(?=\(?\s*(?:so|${alt(TARGET_WORDS)}))`, 'giu');
const TARGET = new RegExp(String.raw`(?<![\p{L}])(${alt(COMPLETION_VERBS)})\s+(?:\p{L}+\s+)?(${alt(PLAN_BASES)})(?![\p{L}])`, 'giu');

export default defineRule({
  id: 'claim-mismatch',
  severity: 'error',
  description: 'Nhận định bằng lời (gấp N lần, tăng X%, vượt chỉ tiêu, 100%) trái với chính các số liệu đi kèm',
  messages: {
    ratioMismatch: 'Nêu "gấp {stated} lần" nhưng {high}/{low} = {actual} lần',
    changeMismatch: 'Nêu "{verb} {stated}{unit}" so với {base} nhưng từ {base} đến {value} là {verb} {actual}{unit}',
    targetMismatch: 'Nêu "{claim}" nhưng giá trị đạt {value} {relation} mục tiêu {target}',
    fullMismatch: 'Nêu {stated}% {thing} nhưng chính báo cáo ghi {num}/{den} = {actual}%',
  },
  check(context) {
    const byBlock = figuresByBlock(context.figures);
    for (const block of context.source.blocks) {
      if (block.kind === 'row') continue;
      const figs = byBlock.get(block.index) ?? [];
      if (figs.length < 2) continue;
      const at = (f: Figure) => f.span.start - block.span.start;
      for (const s of statementsOf(context.clauses[block.index])) {
        const inSentence = figs.filter((f) => at(f) >= s.from && at(f) < s.to);
        if (inSentence.length < 2) continue;
        checkRatios(context, block.text, s, inSentence, at);
        checkChanges(context, block.text, s, inSentence, at, () => earlierFigures(context, byBlock, block.index, at(inSentence[0])));
        checkTargets(context, block.text, s, inSentence, at);
        checkCriteria(context, block.text, s, inSentence, at);
        checkFulfilment(context, block.text, s, inSentence, at);
        checkStatedPlans(context, block.text, s, inSentence, at);
      }
    }
    checkFullClaims(context, byBlock);
  },
});

type At = (f: Figure) => number;
const countable = (f: Figure) => f.kind === 'count' || f.kind === 'decimal' || f.kind === 'money';

// "từ 2.140 lên 4.815 tài khoản", "từ 12 (tài khoản) xuống 8": the base and the current value the claim spells out.
const FROM_WORD = /(?<![\p{L}])từ\s*$/iu;
const TO_WORDS = /^\s*(?:\p{L}+\s+){0,3}(?:lên|xuống)(?:\s+(?:mức|còn))?\s*$/iu;

/**
 * The pair a claim names with "từ A lên B" after it in the same sentence: [current B, base A]. Written this
 * way, the claim says outright which two values it compares, whatever figure stands before it.
 */
function fromToPair(text: string, figs: Figure[], at: At, to: number, end: number, keep: (f: Figure) => boolean): [Figure, Figure] | null {
  const after = figs.filter((f) => at(f) >= to && at(f) < end && keep(f));
  for (let k = 0; k + 1 < after.length; k++) {
    const [a, b] = [after[k], after[k + 1]];
    if (!FROM_WORD.test(text.slice(Math.max(to, at(a) - 8), at(a)))) continue;
    if (TO_WORDS.test(text.slice(at(a) + a.raw.length, at(b))) && sameUnit(a, b)) return [b, a];
  }
  return null;
}

// The figure before `from` and the one after `to` (or a second one before) that a comparison claim compares.
// A plan or an earlier value in brackets ("đạt 53,4% kế hoạch năm (110.000 lượt), tăng 7,8% …") is never the current value.
function comparedPair(context: RuleContext, text: string, figs: Figure[], at: At, from: number, to: number, keep: (f: Figure) => boolean): [Figure, Figure] | null {
  const before = figs.filter((f) => at(f) < from && keep(f) && !isReference(context.source.blocks[f.block], f));
  const after = figs.filter((f) => at(f) >= to && keep(f));
  const current = before[before.length - 1];
  if (!current) return null;
  const next = after[0] !== undefined && ownClause(text.slice(to, at(after[0]))) ? after[0] : undefined;
  const base = next ?? before[before.length - 2];
  return base && sameUnit(current, base) ? [current, base] : null;
}

// The words between a claim and the figure after it keep to the claim's clause: no bracket the claim sits in is closed
// ("(giảm 02 vụ so với cùng kỳ), gồm: 02 vụ …"), and no list or new clause opens.
function ownClause(between: string): boolean {
  let depth = 0;
  for (const c of between) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return !/[:;]|(?<![\p{L}])(?:gồm|trong đó)(?![\p{L}])/iu.test(between);
}

function checkRatios(context: RuleContext, text: string, s: Sentence, figs: Figure[], at: At): void {
  for (const m of matchesIn(RATIO, text, s)) {
    if (m[1] || HEDGE.test(text.slice(s.from, m.index))) continue;
    const stated = Number(m[2].replace(',', '.'));
    const decimals = m[2].split(',')[1]?.length ?? 0;
    const keep = (f: Figure) => countable(f) && !(at(f) >= m.index && at(f) < m.index + m[0].length);
    const pair = fromToPair(text, figs, at, m.index + m[0].length, s.to, keep) ?? comparedPair(context, text, figs, at, m.index, m.index + m[0].length, keep);
    if (!pair || pair[0].value <= 0 || pair[1].value <= 0) continue;
    const [high, low] = pair[0].value >= pair[1].value ? pair : [pair[1], pair[0]];
    const ratio = high.value / low.value;
    const increase = /tăng\s*$/iu.test(text.slice(s.from, m.index));
    if (agreesAt(ratio, stated, decimals) || (increase && agreesAt(ratio - 1, stated, decimals))) continue;
    const actual = roundAt(ratio, decimals);
    context.report({
      messageId: 'ratioMismatch',
      data: { stated, high: high.value, low: low.value, actual },
      places: [{ block: high.block, from: m.index, to: m.index + m[0].length }, { figure: high }, { figure: low }],
      suggestion: Number.isInteger(actual) ? `gấp ${m[2]} lần → gấp ${formatValue(actual)} lần` : null,
    });
  }
}

function checkChanges(context: RuleContext, text: string, s: Sentence, figs: Figure[], at: At, earlier: () => Earlier[]): void {
  for (const m of matchesIn(CHANGE, text, s)) {
    if (m[2] || HEDGE.test(text.slice(s.from, m.index))) continue;
    const percent = m[4] === '%';
    const stated = Number(m[3].replace(/\./g, '').replace(',', '.'));
    const decimals = m[3].split(',')[1]?.length ?? 0;
    const end = m.index + m[0].length;
    const change = figs.find((f) => at(f) >= m.index && at(f) < end);
    if (!change) continue;
    // "có 53/62 trường đạt chuẩn, …, tăng 05 trường so với … (49 trường)": a count's fraction states the count as its numerator.
    const counted = (f: Figure) => !percent && f.kind === 'fraction' && f.unit !== null && f.numerator !== null;
    const keep = (f: Figure) => (countable(f) || counted(f)) && f !== change && (percent || sameUnit(f, change));
    const pair = fromToPair(text, figs, at, end, s.to, keep) ?? comparedPair(context, text, figs, at, m.index, end, keep) ?? subjectPair(text, s, figs, at, m.index, end, keep, earlier);
    if (!pair) continue;
    const [current, base] = pair;
    if (base.value <= 0 || at(base) < end || counted(base)) continue;
    const amount = (f: Figure) => (counted(f) ? f.numerator! : f.value);
    const down = /^giảm$/iu.test(m[1]);
    const diff = down ? base.value - amount(current) : amount(current) - base.value;
    const actual = percent ? (diff / base.value) * 100 : diff;
    // An amount keeps its scale: "tăng 7,4 triệu đồng so với … (61,1 triệu đồng)" compares 7,4 triệu with the difference.
    const scale = !percent && change.value !== 0 && stated !== 0 ? change.value / stated : 1;
    if (percent ? agreesAt(actual, stated, decimals) : Math.abs(actual - change.value) <= 1e-9 * Math.max(1, Math.abs(actual))) continue;
    context.report({
      messageId: 'changeMismatch',
      data: { verb: m[1].toLowerCase(), stated, unit: percent ? '%' : ` ${m[4].trim()}`, base: base.value, value: amount(current), actual: percent ? roundAt(actual, decimals) : actual / scale },
      places: [{ figure: change }, { figure: current }, { figure: base }],
      suggestion: percent ? null : `${m[3]} → ${formatValue(actual / scale)}`,
    });
  }
}

/** A figure written before the claim's sentence, with the words that say what it counts. */
interface Earlier { figure: Figure; tokens: Set<string> }

const NEARBY_BLOCKS = 2;
// What a figure counts: its unit and the words after it, up to a clause end ("1.344 hồ sơ trực tuyến toàn trình, chiếm …").
const PHRASE_END = /[;:.,()!?]|\s(?:đạt|chiếm|bằng|tương đương|tăng|giảm|so với)\s/u;
// A subject that states nothing but what is counted: "Số hồ sơ …", "Tổng số …", "Số lượng …".
const COUNT_SUBJECT = /^[\s\-+•*–]*(?:tổng số|số lượng|số)\s+(\p{L}[\p{L}\s]*?)\s*$/iu;

// The countable figures of this block before `upTo` and of the paragraphs just before it in the same section.
function earlierFigures(context: RuleContext, byBlock: Map<number, Figure[]>, blockIndex: number, upTo: number): Earlier[] {
  const { blocks } = context.source;
  const out: Earlier[] = [];
  for (let b = blockIndex; b >= 0 && b >= blockIndex - NEARBY_BLOCKS; b--) {
    if (blocks[b].kind === 'row' || context.blockSection[b] !== context.blockSection[blockIndex]) break;
    const start = blocks[b].span.start;
    for (const f of byBlock.get(b) ?? []) {
      if (!countable(f) || (b === blockIndex && f.span.start - start >= upTo)) continue;
      const rest = blocks[b].text.slice(f.span.end - start, f.span.end - start + 90);
      const cut = PHRASE_END.exec(rest);
      out.push({ figure: f, tokens: new Set(labelTokens(cut ? rest.slice(0, cut.index) : rest)) });
    }
  }
  return out;
}

/**
 * "Số hồ sơ trực tuyến toàn trình tăng 35% so với năm 2022 (1.120 hồ sơ)": the
 * sentence names what it counts but not its current value, which an earlier
 * sentence or paragraph of the same section states ("… 1.344 hồ sơ trực tuyến
 * toàn trình"). Read only when the subject is a bare "Số/Tổng số X" and exactly
 * one value nearby is followed by every word of X.
 */
function subjectPair(text: string, s: Sentence, figs: Figure[], at: At, from: number, to: number, keep: (f: Figure) => boolean, earlier: () => Earlier[]): [Figure, Figure] | null {
  if (figs.some((f) => at(f) < from)) return null;
  const subject = COUNT_SUBJECT.exec(text.slice(s.from, from));
  if (!subject) return null;
  const wanted = labelTokens(subject[1]);
  const base = figs.find((f) => at(f) >= to && keep(f));
  if (wanted.length < 3 || !base) return null;
  const found = earlier().filter((e) => keep(e.figure) && sameUnit(e.figure, base) && wanted.every((t) => e.tokens.has(t)));
  if (found.length === 0 || new Set(found.map((e) => e.figure.value)).size !== 1) return null;
  return [found[0].figure, base];
}

function checkTargets(context: RuleContext, text: string, s: Sentence, figs: Figure[], at: At): void {
  for (const m of matchesIn(TARGET, text, s)) {
    const end = m.index + m[0].length;
    const after = figs.find((f) => at(f) >= end && at(f) - end <= 40);
    // A figure after the claim is its target only within the claim's clause: "vượt kế hoạch được giao; gồm: … 426 người" is not.
    const target = after && ownClause(text.slice(end, at(after))) ? after : undefined;
    if (!target || !(countable(target) || target.kind === 'percent') || HEDGE.test(text.slice(end, at(target)))) continue;
    // A past value in brackets ("tăng … so với năm 2023 (61,1 triệu đồng), vượt chỉ tiêu (66 triệu đồng)") is not the value achieved.
    // Nor is a change ("tăng 7,4 triệu đồng") or a prior value: only the value itself meets a target.
    const roles = rolesOf(context);
    const before = figs.filter((f) => at(f) < m.index && f.kind === target.kind && sameThings(f, target) && !isReference(context.source.blocks[f.block], f) && !NOT_ACHIEVED.has(roles.get(f.index) ?? ''));
    const value = before[before.length - 1];
    if (!value) continue;
    const negative = /^(?:chưa|không)/iu.test(m[1]);
    const below = value.value < target.value;
    if (negative ? below : !below) continue;
    context.report({
      messageId: 'targetMismatch',
      data: { claim: m[0], value: value.value, target: target.value, relation: below ? 'thấp hơn' : 'không thấp hơn' },
      places: [{ block: value.block, from: m.index, to: end }, { figure: value }, { figure: target }],
    });
  }
}

const NOT_ACHIEVED = new Set(['change', 'prior']);
const roleCache = new WeakMap<RuleContext['readings'], Map<number, string>>();
// The role each figure was read in, by figure index.
function rolesOf(context: RuleContext): Map<number, string> {
  let roles = roleCache.get(context.readings);
  if (!roles) roleCache.set(context.readings, (roles = new Map(context.readings.map((r) => [r.figure.index, r.role]))));
  return roles;
}

// "… 2.870 triệu đồng so với dự toán 3.100 triệu đồng, vượt dự toán": the plan the claim is about, stated just before it.
const PLAN_BEFORE = new RegExp(String.raw`(?<![\p{L}])so với\s+(?:${alt(PLAN_BASES)})(?:\s+\p{L}+){0,3}\s*:?\s*$`, 'iu');
const PLAN_CLAIM_WORD = new RegExp(String.raw`^(?:${alt(PLAN_BASES)})$`, 'iu');

/**
 * "thu thuế … ước đạt 2.870 triệu đồng so với dự toán 3.100 triệu đồng, vượt dự toán được giao": a claim about the plan with
 * no target after it, right after a value and the plan it is compared with ("A so với kế hoạch B", a rate in brackets
 * allowed between). Read only when both are of one unit and nothing but the unit, brackets and a comma stand between.
 */
function checkStatedPlans(context: RuleContext, text: string, s: Sentence, figs: Figure[], at: At): void {
  for (const m of matchesIn(FULFILMENT_CLAIM, text, s)) checkStatedPlan(context, text, s, figs, at, m);
}

function checkStatedPlan(context: RuleContext, text: string, s: Sentence, figs: Figure[], at: At, m: RegExpExecArray): void {
  const end = m.index + m[0].length;
  const next = figs.find((f) => at(f) >= end);
  if (!PLAN_CLAIM_WORD.test(m[2]) || (next && at(next) - end <= 40 && ownClause(text.slice(end, at(next))))) return;
  const before = figs.filter((f) => at(f) >= s.from && at(f) < m.index && f.kind !== 'percent');
  const plan = before[before.length - 1];
  const value = before[before.length - 2];
  if (!plan || !value || !countable(plan) || !countable(value) || !sameUnit(value, plan) || plan.value <= 0) return;
  if (!PLAN_BEFORE.test(text.slice(Math.max(s.from, at(plan) - 40), at(plan)))) return;
  if (!/^\s*(?:\p{L}+\s*){0,3}$/u.test(text.slice(at(value) + value.raw.length, at(plan)).replace(PLAN_BEFORE, ''))) return;
  const between = text.slice(at(plan) + plan.raw.length, m.index).replace(/\([^()]*\)/gu, ' ');
  if (!/^\s*(?:\p{L}+\s*){0,3}[,\s]*(?:và\s+)?$/u.test(between)) return;
  if (HEDGE.test(text.slice(Math.max(s.from, at(value) - 12), at(value)))) return;
  const negative = /^(?:chưa|không)/iu.test(m[1]);
  const below = value.value < plan.value;
  if (negative ? below : value.value > plan.value) return;
  context.report({
    messageId: 'targetMismatch',
    data: { claim: m[0], value: value.value, target: plan.value, relation: below ? 'thấp hơn' : 'không thấp hơn' },
    places: [{ block: value.block, from: m.index, to: m.index + m[0].length }, { figure: value }, { figure: plan }],
  });
}

// The same unit, or one a kind of the other: "215 lao động" against a target of "250 người".
function sameThings(a: Figure, b: Figure): boolean {
  if (sameUnit(a, b)) return true;
  return a.kind === 'count' && a.unit !== null && b.unit !== null && (unitKindOf(a.unit, b.unit) || unitKindOf(b.unit, a.unit));
}

// "ước đạt 68,5 triệu đồng … và đạt tiêu chí (yêu cầu từ 70 triệu đồng trở lên)": a standard stated as a lower bound in
// brackets right after the claim.
const CRITERION = new RegExp(String.raw`(?<![\p{L}])(đạt|chưa đạt|không đạt)\s+(${alt(CRITERION_WORDS)})(?![\p{L}])\s*\(([^()]{0,80})\)`, 'giu');
const MINIMUM = new RegExp(String.raw`(?<![\p{L}])(?:${alt(MINIMUM_WORDS)})(?![\p{L}])`, 'iu');

/** A value claimed to meet (or miss) a standard whose lower bound the bracket after the claim states. */
function checkCriteria(context: RuleContext, text: string, s: Sentence, figs: Figure[], at: At): void {
  for (const m of matchesIn(CRITERION, text, s)) {
    const open = m.index + m[0].length - m[3].length - 1;
    const close = m.index + m[0].length;
    const inside = figs.filter((f) => at(f) >= open && at(f) < close);
    if (inside.length !== 1 || !MINIMUM.test(m[3]) || HEDGE.test(text.slice(open + 1, at(inside[0])))) continue;
    const target = inside[0];
    if (!(countable(target) || target.kind === 'percent')) continue;
    // A past value in brackets ("so với năm 2023 (63,9 triệu đồng)") is not the one held against the standard.
    const before = figs.filter((f) => at(f) < m.index && f.kind === target.kind && sameUnit(f, target) && !isReference(context.source.blocks[f.block], f));
    const value = before[before.length - 1];
    if (!value || HEDGE.test(text.slice(Math.max(s.from, at(value) - 12), at(value)))) continue;
    const negative = /^(?:chưa|không)/iu.test(m[1]);
    const below = value.value < target.value;
    if (negative ? below : !below) continue;
    const claimEnd = m.index + m[1].length + 1 + m[2].length;
    context.report({
      messageId: 'targetMismatch',
      data: { claim: text.slice(m.index, claimEnd), value: value.value, target: target.value, relation: below ? 'thấp hơn' : 'không thấp hơn' },
      places: [{ block: value.block, from: m.index, to: claimEnd }, { figure: value }, { figure: target }],
    });
  }
}

const FULFILMENT_CLAIM = /(?<![\p{L}])(vượt|hoàn thành vượt|chưa đạt|không đạt|chưa hoàn thành)\s+(?:mức\s+)?(kế hoạch|dự toán|chỉ tiêu)(?![\p{L}])/giu;
const PLAN_WORD = /(?<![\p{L}])(?:kế hoạch|dự toán|chỉ tiêu|kh)(?![\p{L}])/iu;
const RATE_SUBJECT = /(?<![\p{L}])(?:tỷ lệ|tỉ lệ)(?![\p{L}])/iu;

/**
 * "Thực hiện 412 triệu/dự toán 435 triệu, đạt 94,9%, hoàn thành vượt mức dự toán": a rate of the plan right before a claim
 * about the plan, with no target written after the claim. Read only when the rate is plainly one of fulfilment (the plan
 * word follows it, or its sentence set a value against the plan before it) and the subject is no other rate ("tỷ lệ …").
 */
function checkFulfilment(context: RuleContext, text: string, s: Sentence, figs: Figure[], at: At): void {
  for (const m of matchesIn(FULFILMENT_CLAIM, text, s)) {
    const end = m.index + m[0].length;
    if (figs.some((f) => at(f) >= end && at(f) - end <= 40)) continue;
    const before = figs.filter((f) => at(f) < m.index);
    const rate = before[before.length - 1];
    if (!rate || rate.kind !== 'percent' || !/^[\s,]*(?:và\s+)?$/u.test(text.slice(at(rate) + rate.raw.length, m.index).replace(/^\s*%/u, ''))) continue;
    const lead = text.slice(s.from, at(rate));
    const after = text.slice(at(rate) + rate.raw.length, m.index).replace(/^\s*%/u, '');
    if (RATE_SUBJECT.test(lead) || !(PLAN_WORD.test(after) || PLAN_WORD.test(lead))) continue;
    const negative = /^(?:chưa|không)/iu.test(m[1]);
    if (negative ? rate.value < 100 : rate.value > 100) continue;
    context.report({
      messageId: 'targetMismatch',
      data: { claim: m[0], value: rate.value, target: 100, relation: rate.value < 100 ? 'thấp hơn' : 'không thấp hơn' },
      places: [{ block: rate.block, from: m.index, to: end }, { figure: rate }],
    });
  }
}

// Matches of a global pattern that start inside a sentence.
function matchesIn(re: RegExp, text: string, s: Sentence): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = s.from;
  for (let m = re.exec(text); m && m.index < s.to; m = re.exec(text)) out.push(m);
  return out;
}
