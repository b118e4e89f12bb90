/**
 * Comparison claims: the verbal claims a report makes about its own numbers, read with the figures they
 * compare — "gấp N lần" (the larger and the smaller figure compared), "tăng/giảm X% so với … (B)" and
 * "vượt X% kế hoạch (B)" (the change figure, its signed change, the current and the base value), "vượt/đạt/
 * hoàn thành (mục tiêu|chỉ tiêu|kế hoạch) … T" and "đạt tiêu chí (… từ T trở lên)" (the value and the
 * target), "hoàn thành vượt mức dự toán" after a rate of the plan, and "100% X" beside a fraction of the
 * same X. Each claim is read only when every value it needs is written in its sentence (a change claim
 * whose subject is a bare "Số X": the one value of X stated just before; the "100%" claim: the same or the
 * next paragraphs). Hedged claims ("hơn", "gần", "khoảng", "trên") are not read. claim-mismatch judges them.
 */
import { readMemberMultiples } from './claims-member-multiple.js';
import type { Analysis, Block, Comparison, Figure, TableCell } from '../model/index.js';
import { unitHead } from './quantities.js';
import { AMBIGUOUS_TOKEN, parseNumberToken, wordedMultipleDecimals, type NumberStyle } from './numbers.js';
import { canonicalLabel, labelTokens } from './similarity.js';
import { isReference } from './claims-parts.js';
import { bracketed, changeAgrees, ratioBase, statedChange } from './stated-change.js';
import { readUniversalClaims } from './universal-claims.js';
import { readCounteredClaims } from './universal-counter.js';
import { readCountedAllTargets, readFarTableAllTargets, readGroupAllTargets, readTableAllTargets, readTopicAllTargets } from './claims-table-all.js';
import { readTableThresholds } from './claims-table-threshold.js';
import { readTableTrends } from './claims-table-trend.js';
import { readTableRanks } from './claims-table-rank.js';
import { readTableBounds } from './claims-table-bounds.js';
import { readTableDirections } from './claims-table-direction.js';
import { readNamedRowDirections } from './claims-named-row-direction.js';
import { readRecalledPlans } from './claims-plan-recalled.js';
import { readValuedRowPlans } from './claims-plan-valued-row.js';
import { readRecalledChanges } from './claims-change-recalled.js';
import { readLedChanges } from './claims-change-led.js';
import { readOwnDirections } from './claims-own-direction.js';
import { readComparedAmounts } from './claims-compared-amount.js';
import { readComparedRates } from './claims-compared-rate.js';
import { readRestatedRates } from './claims-rate-restated.js';
import { readRespectiveChanges } from './claims-respective-change.js';
import { readBracketDirections } from './claims-bracket-direction.js';
import { readYearRecalledChanges } from './claims-year-recalled.js';
import { readTableBaseChanges } from './claims-table-base.js';
import { readRecalledRatios } from './claims-ratio-recalled.js';
import { readSubjectRatios } from './claims-ratio-subject.js';
import { readYearRecalledRatios } from './claims-ratio-year-recalled.js';
import { readSubjectPlans } from './claims-plan-subject.js';
import { readLeadPlans } from './claims-plan-lead.js';
import { readPriorDirections } from './claims-prior-direction.js';
import { readYearDirections } from './claims-year-direction.js';
import { readYearListedDirections } from './claims-year-listed-direction.js';
import { readListedDirections } from './claims-listed-direction.js';
import { readItemsDirections } from './claims-items-direction.js';
import { readPlannedAll } from './claims-plan-all.js';
import { labelledTargets, pairByLabel } from './target-labels.js';
import { readTableMemberClaims } from './claims-table-members.js';
import { readTableRateFloors } from './claims-table-rate-floor.js';
import { unreadBounds } from './table-bound.js';
import { unitKindOf, unitsAlike } from './labels.js';
import { planSectionTitle } from './date-context.js';
import {
  alt, AT_LEAST_HEDGES, MULTIPLE_NUMBER_WORDS, HALF_WORDS, DOWN_TO_WORDS, AND_OR_WORDS, APPROXIMATE_WORDS, PLAN_WORDS, PURPOSE_WORDS, BREAKDOWN_WORDS, EQUAL_WORDS,
  STATED_AS_WORDS, YEAR_WORDS, CHANGE_CLAIM_ADVERBS, CHANGE_VERBS, COMPARED_WITH, COMPLETION_VERBS, COUNT_WORDS, CRITERION_WORDS, FULFILMENT_VERBS, HANDING_VERBS, HEDGES,
  BULLET_CHARS,
  ADDED_TAIL_WORDS, ADDITION_WORDS, ASSIGNED_WORDS, CAUSE_WORDS, CEILING_WORDS, CLAIM_JOINERS, CURRENT_PERIOD_WORDS, EARLIER_PERIOD_WORDS, EXCEEDED_BASES, HIGHER_WORDS, LOWER_WORDS, OWNER_WORDS, PERCENT_POINT_UNITS, MEETS_VERBS, MINIMUM_WORDS, NEAR_CLAIM_WORDS, NEGATION_WORDS, STILL_LEFT_WORDS, NEW_LEVEL_TAILS, NEW_LEVEL_VERBS, CHANGE_FROM_WORDS, PLAN_ABBREVIATIONS, PLAN_BASE_TAILS, PLAN_BASES, PLAN_RATE_BASES, RATE_WORDS, SEVERAL_SUBJECT_WORDS, TARGET_WORDS, HEADER_FRAME_WORDS, PERIOD_NAME_WORDS, START_END_WORDS, wordsRe,
  PART_SEPARATOR_WORDS, PAST_ASPECT_WORDS, PERIOD_UNITS, SHARE_BASE_LEADS, edgeAlt,
} from '../text/lexicon.js';

/** What comparison claims are read from. */
export type ComparisonInput = Pick<Analysis, 'source' | 'figures' | 'clauses' | 'blockSection' | 'readings'> & Partial<Pick<Analysis, 'claims' | 'numbers' | 'tables' | 'meta' | 'dates' | 'sections'>>;

/** "gấp N lần": the stated multiple and the two figures it compares (in reading order of current, base). */
export type RatioClaim = Extract<Comparison, { kind: 'ratio' }>;
/** "tăng/giảm/vượt X … so với (B)": the change figure (with its signed `change`), the current and the base value. */
export type ChangeClaim = Extract<Comparison, { kind: 'change' }>;
/** "vượt chỉ tiêu (95%)", "đạt tiêu chí (… từ 70 triệu đồng trở lên)": the value and the target it is claimed to meet or miss. */
export type TargetClaim = Extract<Comparison, { kind: 'target' }>;
/** "đạt 94,9%, hoàn thành vượt mức dự toán": a rate of the plan claimed to pass (or miss) 100%. */
export type FulfilmentClaim = Extract<Comparison, { kind: 'fulfilment' }>;
/** "Công khai 100% thủ tục …" beside "niêm yết 187/240 TTHC …": the claim and the fraction of the same thing. */
export type FullClaim = Extract<Comparison, { kind: 'full' }>;
/** Any comparison claim (the model noun Comparison). */
export type ComparisonClaim = Comparison;

/** The figures of each block, in reading order: `get` gives a block's figures (undefined when it has none), `has` whether it has one. */
export interface BlockFigures {
  get(block: number): Figure[] | undefined;
  has(block: number): boolean;
}

/** A claim match's place: its block, the block's figures and the match (see claimMatches). */
export interface ClaimMatch {
  block: Block;
  figs: Figure[];
  text: string;
  /** A figure's start and end within the block's text. */
  at: (f: Figure) => number;
  endOf: (f: Figure) => number;
  m: RegExpMatchArray & { index: number };
}
/** A claim's place with the statement holding it (see claimSites). */
export interface ClaimSite extends ClaimMatch {
  statement: { from: number; to: number };
}
/**
 * Every match of `claim` in the prose blocks `has` finds a claim in, with the block's figures: the walk every claim reader
 * that weighs a block's own figures shares.
 */
export function* claimMatches(input: Pick<ComparisonInput, 'source' | 'figures'>, has: Pick<RegExp, 'test'>, claim: RegExp): Generator<ClaimMatch> {
  const byBlock = figuresByBlock(input.figures);
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !has.test(block.text)) continue;
    const figs = byBlock.get(block.index) ?? [];
    const at = (f: Figure) => f.span.start - block.span.start;
    const endOf = (f: Figure) => f.span.end - block.span.start;
    for (const m of block.text.matchAll(claim)) yield { block, figs, text: block.text, at, endOf, m: m as ClaimMatch['m'] };
  }
}
/** The claim matches of claimMatches that stand inside a statement, with that statement. */
export function* claimSites(input: Pick<ComparisonInput, 'source' | 'figures' | 'clauses'>, has: Pick<RegExp, 'test'>, claim: RegExp): Generator<ClaimSite> {
  for (const site of claimMatches(input, has, claim)) {
    const statement = input.clauses.statements(site.block.index).find((st) => st.from <= site.m.index && site.m.index < st.to);
    if (statement) yield { ...site, statement };
  }
}

/**
 * The figures of each block, in reading order. Kept as one Int32Array of where each block's run of figures begins (figures
 * come block by block; any other order is put in it once, by counting), and a block's figures sliced out when asked: no
 * Map or array per block held for the document. A Map of one array per block (as before) was, at 33,286 blocks, a large
 * object grown by doubling on fresh pages: 0.2 ms at 3,386 blocks and 25 ms with ~850 page faults at 33,286.
 */
export function figuresByBlock(figures: readonly Figure[]): BlockFigures {
  let last = -1;
  let sorted = true;
  for (const f of figures) {
    if (f.block < last) sorted = false;
    if (f.block > last) last = f.block;
  }
  // first[b]: the position of block b's first figure in `order`; its figures run to first[b + 1].
  const first = new Int32Array(last + 2);
  for (const f of figures) first[f.block + 1]++;
  for (let b = 0; b <= last; b++) first[b + 1] += first[b];
  let order = figures;
  if (!sorted) {
    const next = first.slice(0, last + 1);
    const placed: Figure[] = new Array<Figure>(figures.length);
    for (const f of figures) placed[next[f.block]++] = f;
    order = placed;
  }
  const has = (b: number) => b >= 0 && b <= last && first[b] < first[b + 1];
  return { has, get: (b) => (has(b) ? order.slice(first[b], first[b + 1]) : undefined) };
}

/** True when two figures count the same kind of thing (same head noun or synonyms, or one of them names none). */
export function sameUnit(a: Figure, b: Figure): boolean {
  const ha = unitHead(a);
  const hb = unitHead(b);
  if (ha === '%' || hb === '%') return ha === hb;
  // "27,1 tấn/ngày" is a flow and "2.294 tấn" an amount: one head noun, two measures; flows compare only per the same thing.
  // So with money: "1,32 tỷ đồng/HTX" is an average per member, "63,45 tỷ đồng" a total.
  if (ha === 'đồng' || hb === 'đồng') {
    if (ha !== hb) return false;
    const ta = perTail(a);
    const tb = perTail(b);
    if (ta === tb) return true;
    if (ta !== null && tb !== null) return false;
    // One side drops its "/…" part ("58,6 triệu đồng/người … (52,8 triệu đồng)"): the same measure only when the two are
    // of one order; a total beside an average ("1,32 tỷ đồng/HTX … (63,45 tỷ đồng)") is many times larger.
    const lo = Math.min(Math.abs(a.value), Math.abs(b.value));
    const hi = Math.max(Math.abs(a.value), Math.abs(b.value));
    return lo > 0 && hi <= 2 * lo;
  }
  if (ha === null || hb === null) return true;
  if (perTail(a) !== perTail(b)) return false;
  return ha === hb || unitsAlike(ha, hb);
}

// What a unit is per ("ngày" of "tấn/ngày"), in canonical words, or null for an amount.
function perTail(f: Figure): string | null {
  const slash = f.unit?.indexOf('/') ?? -1;
  return slash < 0 ? null : canonicalLabel(f.unit!.slice(slash + 1));
}

/**
 * "từ 5.200 m³ xuống còn 4.160 m³/ha/vụ", "từ 250 kWh xuống còn 175 kWh/tháng": the rate's "/"-tail written once, after the second value of a from–to pair, is the
 * first value's too — the same head unit, the first with no tail of its own.
 */
function perStatedOnce(from: Figure, to: Figure): boolean {
  const head = unitHead(from);
  return perTail(from) === null && perTail(to) !== null && head !== null && head === unitHead(to);
}

/** Every comparison claim of the document, in reading order. */
export function readComparisons(input: ComparisonInput): ComparisonClaim[] {
  const out: ComparisonClaim[] = [];
  const byBlock = figuresByBlock(input.figures);
  for (const block of input.source.blocks) {
    if (block.kind === 'row') continue;
    const figs = byBlock.get(block.index) ?? [];
    if (figs.length === 0) continue;
    const at = (f: Figure) => f.span.start - block.span.start;
    for (const [s, inSentence] of figuresInSpans(figs, input.clauses.statements(block.index), at)) {
      const r: Reading = { input, text: block.text, block: block.index, s, figs: inSentence, at, out };
      // A rate against another in brackets needs only that one figure in its sentence; every other claim two.
      if (inSentence.length === 1) {
        readRateAgainst(r, byBlock);
        readPriorChanges(r, byBlock);
        readNamedRateTargets(r, byBlock);
        readDirection(r, byBlock);
        readFrontedHalves(r, byBlock);
      }
      readTablePlans(r);
      for (const u of readUniversalClaims(block.text, s.from, s.to, inSentence, at)) {
        out.push({ kind: 'full', percent: u.fraction, fraction: u.fraction, thing: u.thing, said: { block: block.index, from: u.from, to: u.to } });
      }
      if (inSentence.length < 2) readPriorRatios(r, byBlock);
      if (inSentence.length > 0) readPlannedFractions(r);
      if (inSentence.length < 2) continue;
      const earlier = () => earlierFigures(input, byBlock, block.index, at(inSentence[0]));
      readRatios(r, earlier);
      // A multiple written in digits is a figure of its own: its bracketed base makes two (readPriorRatios), unless read above.
      readPriorRatios(r, byBlock);
      readHalves(r);
      readFallsAtLeast(r);
      readChanges(r, earlier);
      readTargets(r);
      readCriteria(r);
      readFulfilment(r);
      readStatedPlans(r);
      readRateAgainst(r, byBlock);
      readComparedAfter(r);
      readLeadingBases(r, byBlock);
    }
  }
  // "số vụ kiểm tra vượt kế hoạch (…)" names its value back ("kiểm tra 186 vụ"): that reading replaces one of the nearest value.
  const named = readSubjectPlans(input);
  if (named.length > 0) {
    const same = (c: ComparisonClaim) => c.kind === 'target' && named.some((n) => n.block === c.block && n.from < c.to && c.from < n.to);
    out.splice(0, out.length, ...out.filter((c) => !same(c)), ...named);
  }
  // "Kế hoạch … là P; kết quả … V, vượt kế hoạch": read only where no other reader took the claim.
  const overlaps = (c: ComparisonClaim, n: { block: number; from: number; to: number }) => c.kind === 'target' && n.block === c.block && n.from < c.to && c.from < n.to;
  out.push(...readLeadPlans(input).filter((n) => !out.some((c) => overlaps(c, n))));
  out.push(...readFullClaims(input, byBlock));
  const nearTargets = readTableAllTargets(input);
  const tableTargets = [...nearTargets, ...readFarTableAllTargets(input), ...readGroupAllTargets(input), ...readTopicAllTargets(input, nearTargets), ...readCountedAllTargets(input)];
  out.push(...tableTargets);
  // The readers of a bound over a table's rows: a claim one of them read is not read again by the next.
  const thresholds = readTableThresholds(input);
  out.push(...thresholds);
  const trends = readTableTrends(input);
  out.push(...trends);
  out.push(...readTableRanks(input));
  const floors = unreadBounds([...tableTargets, ...thresholds].filter((t) => t.kind === 'target'), readTableRateFloors(input));
  const bounds = unreadBounds([...tableTargets, ...thresholds, ...floors].filter((t) => t.kind === 'target'), readTableBounds(input));
  out.push(...bounds);
  // A claim right after a table read as a row's trend (its change column) is not read again as a direction.
  out.push(...readTableDirections(input).filter((d) => d.kind !== 'direction' || !trends.some((t) => t.block === d.block && t.from < d.to && d.from < t.to)));
  out.push(...readRecalledPlans(input));
  // A claim to pass a plan beside its own result, the plan only in the table row holding that result, unless read already.
  const planned = out.filter((c) => c.kind === 'target' || c.kind === 'fulfilment');
  out.push(...readValuedRowPlans(input).filter((v) => !planned.some((c) => c.block === v.block && c.from < v.to && v.from < c.to)));
  out.push(...readRecalledChanges(input));
  out.push(...readLedChanges(input));
  out.push(...readOwnDirections(input));
  // A rate above or below another named after the claim, its own base words before it, unless another reading took that rate.
  const rated = new Set(out.flatMap((c) => (c.kind === 'target' ? [c.target.index] : [])));
  out.push(...readComparedRates(input).filter((c) => !rated.has(c.target.index)));
  // So is a "Tỷ lệ X" subject with no rate of its own, the one rate of X the statement before gave.
  out.push(...readRestatedRates(input).filter((c) => !rated.has(c.target.index)));
  // A comparative with its amount and the other value bracketed after it, unless a change reading of its sentence took that amount.
  const amounts = new Set(out.flatMap((c) => (c.kind === 'change' ? [c.figure.index] : [])));
  out.push(...readComparedAmounts(input).filter((c) => !amounts.has(c.figure.index)));
  // Changes told respectively ("giảm lần lượt 0,8 và 1,2 điểm phần trăm … (10,6% và 14,7%)"), unless another reading took one.
  const respective = readRespectiveChanges(input);
  if (!respective.some((c) => amounts.has(c.figure.index))) out.push(...respective);
  // A way of change whose bracket spells out both periods' values, unless another reading took that claim.
  const taken = out.filter((c) => c.kind === 'direction' || c.kind === 'change');
  out.push(...readBracketDirections(input).filter((d) => !taken.some((c) => c.block === d.block && c.from < d.to && d.from < c.to)));
  // A change closing its statement on an earlier year, with no base written, against the value the report gave of that year.
  const known = out.filter((c) => c.kind === 'direction' || c.kind === 'change');
  out.push(...readYearRecalledChanges(input).filter((d) => !known.some((c) => c.block === d.block && c.from < d.to && d.from < c.to)));
  // A change whose base only a nearby table gives, unless its sentence already gave one (a bracketed base, "từ A lên B").
  const read = new Set(out.flatMap((c) => (c.kind === 'change' ? [`${c.block}:${c.figure.index}`] : [])));
  // So is a multiple whose base only a nearby table gives, unless its paragraph already read it (a bracketed base).
  const tableBased = readTableBaseChanges(input);
  const ratiosRead = out.filter((c): c is RatioClaim => c.kind === 'ratio');
  // So is a way of change with no amount, unless another reading took that claim.
  const waysRead = out.filter((c) => c.kind === 'direction' || c.kind === 'change' || c.kind === 'trend');
  out.push(...tableBased.filter((c) => (c.kind === 'change' && !read.has(`${c.block}:${c.figure.index}`))
    || (c.kind === 'ratio' && !ratiosRead.some((r) => r.block === c.block && r.from < c.to && c.from < r.to))
    || (c.kind === 'direction' && !waysRead.some((r) => r.block === c.block && r.from < c.to && c.from < r.to))));
  // A multiple its own paragraph already reads (readPriorRatios) is not read again against a statement elsewhere.
  const ratios = out.filter((c): c is RatioClaim => c.kind === 'ratio');
  out.push(...readRecalledRatios(input).filter((r) => !ratios.some((c) => c.block === r.block && c.from < r.to && r.from < c.to)));
  // So is a multiple of a worded subject whose current value the paragraph told before it (claims-ratio-subject).
  const ratiosNow = out.filter((c): c is RatioClaim => c.kind === 'ratio');
  out.push(...readSubjectRatios(input).filter((r) => !ratiosNow.some((c) => c.block === r.block && c.from < r.to && r.from < c.to)));
  // So is a multiple right after its value with no base in its statement, against the compared year's value stated elsewhere.
  const ratiosAll = out.filter((c): c is RatioClaim => c.kind === 'ratio');
  out.push(...readYearRecalledRatios(input).filter((r) => !ratiosAll.some((c) => c.block === r.block && c.from < r.to && r.from < c.to)));
  // So is a multiple between two members of one column of a nearby table ("doanh thu quý IV gấp 1,8 lần quý II").
  const ratiosKnown = out.filter((c): c is RatioClaim => c.kind === 'ratio');
  out.push(...readMemberMultiples(input).filter((r) => !ratiosKnown.some((c) => c.block === r.block && c.from < r.to && r.from < c.to)));
  out.push(...readPriorDirections(input));
  out.push(...readYearDirections(input));
  // A way of change closed by a colon, the two years' values after it, unless another reading took that claim.
  const ways = out.filter((c): c is Extract<ComparisonClaim, { kind: 'direction' | 'change' }> => c.kind === 'direction' || c.kind === 'change');
  out.push(...readYearListedDirections(input).filter((d) => !ways.some((c) => c.block === d.block && c.from < d.to && d.from < c.to)));
  out.push(...readListedDirections(input));
  // A way of change claimed of a list of counts leading its clause, unless another reading took that claim.
  const waysTaken = out.filter((c) => c.kind === 'direction' || c.kind === 'change' || c.kind === 'trend');
  out.push(...readItemsDirections(input).filter((d) => !waysTaken.some((c) => c.block === d.block && c.from < d.to && d.from < c.to)));
  // A way of change naming one table row of the report anywhere, unless another reading took that claim.
  const waysKnown = out.filter((c): c is Extract<ComparisonClaim, { kind: 'direction' | 'change' | 'trend' }> => c.kind === 'direction' || c.kind === 'change' || c.kind === 'trend');
  out.push(...readNamedRowDirections(input).filter((d) => !waysKnown.some((c) => c.block === d.block && c.from < d.to && d.from < c.to)));
  out.push(...readPlannedAll(input));
  out.push(...readTableMemberClaims(input));
  out.push(...floors);
  for (const c of readCounteredClaims(input.source, input.figures, input.meta && input.dates ? { period: input.meta.period, dates: input.dates } : undefined, input.sections && input.blockSection ? { sections: input.sections, blockSection: input.blockSection } : undefined)) out.push({ kind: 'countered', ...c });
  LAST_MATCH.clear();
  return out.filter((c) => !nearMissClaim(input, c));
}

const NEAR_BEFORE = new RegExp(String.raw`${edgeAlt(NEAR_CLAIM_WORDS)}\s*$`, 'iu');

// "đạt 97,6%, gần đạt chỉ tiêu 98%": a claim to nearly meet a plan is one of falling a little short, whichever reader took
// it for a claim of meeting it; nothing is held to it.
function nearMissClaim(input: ComparisonInput, c: ComparisonClaim): boolean {
  if (c.kind !== 'target' && c.kind !== 'fulfilment') return false;
  const text = input.source.blocks[c.block]?.text ?? '';
  return NEAR_BEFORE.test(text.slice(Math.max(0, c.from - 24), c.from));
}

/**
 * The figures of each statement, in order: one walk over both lists when the figures come in text order (they do), so
 * a block of thousands of statements is not filtered once per statement.
 */
function figuresInSpans(figs: Figure[], spans: Sentence[], at: At): Array<[Sentence, Figure[]]> {
  const ordered = figs.every((f, k) => k === 0 || at(figs[k - 1]) <= at(f)) && spans.every((s, k) => k === 0 || spans[k - 1].to <= s.from);
  if (!ordered) return spans.map((s) => [s, figs.filter((f) => at(f) >= s.from && at(f) < s.to)]);
  const out: Array<[Sentence, Figure[]]> = [];
  let k = 0;
  for (const s of spans) {
    while (k < figs.length && at(figs[k]) < s.from) k++;
    let j = k;
    while (j < figs.length && at(figs[j]) < s.to) j++;
    out.push([s, figs.slice(k, j)]);
    k = j;
  }
  return out;
}

/** Characters [from, to) of one statement of a block (clauses joined across ":"). */
type Sentence = { from: number; to: number };
type At = (f: Figure) => number;
interface Reading { input: ComparisonInput; text: string; block: number; s: Sentence; figs: Figure[]; at: At; out: ComparisonClaim[] }

const NUM = String.raw`(\d+(?:[.,]\d+)*)`;
// The word of a multiple ("gấp 2 lần"), also a counted noun of occurrences ("26 lần mất điện").
const TIMES_UNIT = 'lần';
const HEDGE = new RegExp(`(?:${alt(APPROXIMATE_WORDS)})\\s*$`, 'iu');
const AT_LEAST = new RegExp(String.raw`^(?:${alt(AT_LEAST_HEDGES)})$`, 'iu');
// "gấp 2,3 lần", and "tăng 2,3 lần" written for the same multiple (or, read as a rise, one less).
// "tăng gấp đôi", "gấp ba lần": the multiple in words (group 4), after "gấp" only.
const RATIO = new RegExp(String.raw`(?<![\p{L}])(?:${alt(['gấp'])}|(${alt(['tăng'])}))\s+(?:(${alt(HEDGES)})\s+)?(?:${NUM}\s+lần|(?<=${alt(['gấp'])}\s+)(${alt(Object.keys(MULTIPLE_NUMBER_WORDS))})(?:\s+lần)?(?![\p{L}]))`, 'giu');
// "giảm một nửa", "giảm còn một nửa": a fall to half the base, a multiple of 2 read from the base down (a hedge, group 1, says less).
const HALVED = new RegExp(String.raw`${edgeAlt(['giảm'])}\s+(?:(${alt(APPROXIMATE_WORDS)})\s+)?(?:(?:${alt(DOWN_TO_WORDS)})\s+)?(?:${alt(HALF_WORDS)})(?![\p{L}])`, 'giu');
const MULTIPLE_WORD = new Map(Object.entries(MULTIPLE_NUMBER_WORDS).flatMap(([w, v]) => [[w, v], [w.normalize('NFC'), v]]));
// A claim may close the bracket it restates a change in: "tăng 4,2 triệu đồng (tăng 18,5%) so với năm 2024 (41,4 triệu đồng)".
// With no "so với", the claim may spell out its two values right after it, a few words of what changed between: "giảm 30%
// lượng nước tưới (từ 5.200 m³ xuống còn 4.160 m³)" (group 5, read by fromToPair alone).
const CHANGE = new RegExp(String.raw`(${edgeAlt(CHANGE_VERBS, ['vượt'])})\s+(?:thêm\s+)?(?:(${alt(HEDGES)})\s+)?${NUM}\s?(%|‰|\p{L}[\p{L} ]{0,20}?)\s*(?=\)?\s*\(?\s*(?:so|${alt(EXCEEDED_BASES)})|((?:\p{L}+\s+){0,4}[(,]?\s*${alt(CHANGE_FROM_WORDS)}\s+\d))`, 'giu');
const TARGET = new RegExp(String.raw`(${edgeAlt(COMPLETION_VERBS)})\s+(?:\p{L}+\s+)?(${alt(PLAN_BASES)})(?![\p{L}])`, 'giu');
const NEGATIVE = new RegExp(`^(?:${alt(NEGATION_WORDS)})`, 'iu');
const DOWN = new RegExp(`^(?:${alt(['giảm'])})$`, 'iu');
const INCREASE_BEFORE = new RegExp(`(?:${alt(['tăng'])})\\s*$`, 'iu');

const POINTS = new RegExp(String.raw`^(?:${alt(PERCENT_POINT_UNITS)})$`, 'iu');
const countable = (f: Figure) => f.kind === 'count' || f.kind === 'decimal' || f.kind === 'money';
/**
 * A number as a claim writes it ("1.021", "18,5"): Vietnamese grouping and decimal comma, or, in a document written the
 * English way (its number style, read once from its own figures), "," groups and "." is the decimal mark ("15.7%").
 */
const numberOf = (written: string, grouped: boolean, style: NumberStyle, sure = true) =>
  !sure && AMBIGUOUS_TOKEN.test(written) ? NaN
    : style === 'en' ? (parseNumberToken(written, 'en')?.value ?? NaN) : Number((grouped ? written.replace(/\./g, '') : written).replace(',', '.'));
// Where the document's style is unsure, a ratio or a change written "1.125" or "12,480" is not read (NaN).
const sureOf = (input: ComparisonInput): boolean => input.numbers?.sure ?? true;
const decimalsOf = (written: string, style: NumberStyle) => written.split(style === 'en' ? '.' : ',')[1]?.length ?? 0;
const styleOf = (input: ComparisonInput): NumberStyle => input.numbers?.style ?? 'vi';

// "từ 2.140 lên 4.815 tài khoản", "từ 12 (tài khoản) xuống 8": the base and the current value the claim spells out.
const FROM_WORD = /(?<![\p{L}])từ\s*$/iu;
const BREAKDOWN = wordsRe(BREAKDOWN_WORDS);
// A new clause between a claim and a later figure: its cause ("… so với cùng kỳ do chuyển đổi 50 ha"), or another
// claim after a comma or "và" ("tăng 10% so với cùng kỳ, đạt 104% dự toán (50 tỷ đồng)": the bracket is the plan's).
// A second comparison joined on ("tăng 0,5 triệu đồng so với cùng kỳ và cao hơn mức bình quân của huyện (6,2 triệu đồng)"):
// the bracket after it is the other level that comparison names, not the claim's base.
const NEW_CLAUSE = new RegExp(String.raw`${edgeAlt(CAUSE_WORDS)}(?![\p{L}])|(?:,\s*|${edgeAlt(CLAIM_JOINERS)}\s+)(?:${alt(COMPLETION_VERBS)})(?![\p{L}])|(?:,|${edgeAlt(AND_OR_WORDS)})\s*(?:${alt(HIGHER_WORDS, LOWER_WORDS)})(?![\p{L}])`, 'iu');
// The unit's words may hold a superscript ("từ 5.200 m³ xuống còn 4.160 m³").
const TO_WORDS = new RegExp(String.raw`^\s*(?:[\p{L}\p{No}]+\s+){0,3}(?:${alt(NEW_LEVEL_VERBS)})(?:\s+(?:${alt(NEW_LEVEL_TAILS)}))?\s*$`, 'iu');

/**
 * The pair a claim names with "từ A lên B" after it in the same sentence: [current B, base A]. Written this
 * way, the claim says outright which two values it compares, whatever figure stands before it.
 */
function fromToPair(text: string, figs: Figure[], at: At, to: number, end: number, keep: (f: Figure) => boolean): [Figure, Figure] | null {
  const after = figs.filter((f) => at(f) >= to && at(f) < end && keep(f));
  for (let k = 0; k + 1 < after.length; k++) {
    const [a, b] = [after[k], after[k + 1]];
    if (!FROM_WORD.test(text.slice(Math.max(to, at(a) - 8), at(a)))) continue;
    if (TO_WORDS.test(text.slice(at(a) + a.raw.length, at(b))) && (sameUnit(a, b) || perStatedOnce(a, b))) return [b, a];
  }
  return null;
}

// "gấp 3 lần so với cùng kỳ (09 vụ so với 04 vụ)": a bracket right after the claim, in its clause, holding just its two
// values, the current one, "so với" (its unit or two words before it allowed), then the base.
const VERSUS = new RegExp(String.raw`^\s*(?:\p{L}+\s+){0,2}(?:${alt(COMPARED_WITH)})\s*$`, 'iu');
function bracketPair(text: string, figs: Figure[], at: At, to: number, end: number, keep: (f: Figure) => boolean): [Figure, Figure] | null {
  const open = text.indexOf('(', to);
  const close = open < 0 ? -1 : text.indexOf(')', open);
  if (open < 0 || open >= end || close < 0 || !ownClause(text.slice(to, open)) || figs.some((f) => at(f) >= to && at(f) < open)) return null;
  const inside = figs.filter((f) => at(f) > open && at(f) < close);
  if (inside.length !== 2 || !inside.every(keep)) return null;
  const [a, b] = inside;
  if (!/^\s*$/u.test(text.slice(open + 1, at(a))) || /\d/u.test(text.slice(at(b) + b.raw.length, close))) return null;
  return VERSUS.test(text.slice(at(a) + a.raw.length, at(b))) && sameUnit(a, b) ? [a, b] : null;
}

// "giảm 20% so với năm 2023 (năm 2023 là 250 vụ, năm 2024 là 200 vụ)": the claim's two values written after it, each after
// its own year; the later year's is the current value, the earlier year's the base. Read only when exactly two values follow
// the claim in its sentence, the second right after the first's clause.
const YEAR_LEAD = new RegExp(String.raw`${edgeAlt(YEAR_WORDS)}\s+((?:19|20)\d{2})\s*(?:${alt(STATED_AS_WORDS)}|:)?\s*$`, 'iu');
const NEXT_YEAR_LEAD = new RegExp(String.raw`^\s*[,;]\s*(?:${alt(YEAR_WORDS)})\s+((?:19|20)\d{2})\s*(?:${alt(STATED_AS_WORDS)}|:)?\s*$`, 'iu');
function yearsPair(text: string, figs: Figure[], at: At, to: number, end: number, keep: (f: Figure) => boolean): [Figure, Figure] | null {
  const after = figs.filter((f) => at(f) >= to && at(f) < end && keep(f));
  if (after.length !== 2) return null;
  const [a, b] = after;
  const first = YEAR_LEAD.exec(text.slice(Math.max(to, at(a) - 30), at(a)));
  const second = NEXT_YEAR_LEAD.exec(text.slice(at(a) + a.raw.length, at(b)).replace(a.unit ?? '\u0000', ''));
  if (!first || !second || first[1] === second[1] || !sameUnit(a, b)) return null;
  return Number(first[1]) < Number(second[1]) ? [b, a] : [a, b];
}

// The figure before `from` and the one after `to` (or a second one before) that a comparison claim compares.
// A plan or an earlier value in brackets ("đạt 53,4% kế hoạch năm (110.000 lượt), tăng 7,8% …") is never the current value,
// nor is a change ("46 vụ, giảm 05 vụ, tương đương giảm 9,8% so với cùng kỳ (51 vụ)": 51 → 46, not 51 → 5). With no base
// after the claim, an earlier value in brackets between the current value and the claim is its base: "36 tin, tăng 12 tin
// so với Quý II (24 tin), gấp 1,5 lần quý trước" is 36/24.
// "vượt chỉ tiêu 90%", "kế hoạch đề ra là 500 hồ sơ", "mục tiêu: 95%": a figure right after a target's name is that target.
const NAMED_TARGET = new RegExp(String.raw`${edgeAlt(TARGET_WORDS)}(?:\s+(?:${alt(PLAN_BASE_TAILS)}))?(?:\s+(?:${alt(ASSIGNED_WORDS)}))?\s*(?:là\s*|:\s*)?$`, 'iu');
// "còn 21 hộ nghèo và 37 hộ cận nghèo, giảm 5 hộ nghèo so với đầu năm (26 hộ)": a change that names its noun with words beyond
// the unit ("hộ nghèo") is of the one earlier figure of the sentence named just so, not of a nearer one named otherwise.
function namedCurrent(before: Figure[], current: Figure, change: Figure | undefined): Figure {
  if (!change?.label || !change.unit) return current;
  const named = canonicalLabel(change.label);
  if (named === canonicalLabel(change.unit) || (current.label && canonicalLabel(current.label) === named)) return current;
  const alike = before.filter((f) => f.label && canonicalLabel(f.label) === named && sameUnit(f, change));
  return alike.length === 1 ? alike[0] : current;
}

// "đạt 11.850 ha trên tổng số 19.460 ha đất canh tác, chiếm 60,9%, tăng 1.120 ha so với năm 2023 (10.730 ha)": the whole a
// share is taken of (its connector, "tổng" and a few words of its noun right before it) is no value the sentence reports.
const SHARE_BASE_BEFORE = new RegExp(String.raw`${edgeAlt(SHARE_BASE_LEADS)}(?:\s+\p{L}+){0,6}\s*(?::\s*)?$`, 'iu');

const RELATIVE_CLAIM = new RegExp(String.raw`[%‰]|(?<![\p{L}])${TIMES_UNIT}(?![\p{L}])`, 'u');
const CROSSED_COMPARISON = new RegExp(String.raw`\d[^]*?${edgeAlt(COMPARED_WITH)}(?![\p{L}])`, 'iu');

function comparedPair(input: ComparisonInput, text: string, figs: Figure[], at: At, from: number, to: number, keep: (f: Figure) => boolean, change?: Figure): [Figure, Figure] | null {
  const blockOf = (f: Figure) => input.source.blocks[f.block];
  const roles = rolesOf(input);
  // "đạt 93,5%, vượt chỉ tiêu 90% và tăng 2,5 điểm phần trăm so với năm 2024 (91%)": a target named on the way is no value
  // reached, so never the current value a change is told of; nor the whole of a share ("trên tổng số 19.460 ha").
  const reached = (f: Figure) => !f.change && !isReference(blockOf(f), f) && roles.get(f.index) !== 'target' && !NAMED_TARGET.test(text.slice(Math.max(0, at(f) - 40), at(f)))
    && !SHARE_BASE_BEFORE.test(text.slice(Math.max(0, at(f) - 80), at(f))) && !ratioBase(text, figs, at, f);
  const before = figs.filter((f) => at(f) < from && keep(f) && reached(f));
  const after = figs.filter((f) => at(f) >= to && keep(f) && !f.change);
  const last = before[before.length - 1];
  if (!last || partOfOtherNoun(text, figs, at, last, from, (f) => countable(f) && reached(f))) return null;
  const whole = breakdownWhole(input, text, figs, at, last, from, keep);
  if (whole === UNSURE) return null;
  const head = whole ?? asideHead(text, figs, at, last, from, keep);
  if (head === null && subgroupAside(text, figs, at, last, from)) return null;
  let current = namedCurrent(before, head ?? last, change);
  // A claim that opens a bracket of its own ("(tăng 18,5%) so với năm 2024 (41,4 …)") speaks past its closing bracket.
  const between = after[0] !== undefined ? text.slice(to, at(after[0])) : '';
  const own = OPENS_BRACKET.test(text.slice(Math.max(0, from - 4), from)) ? between.replace(/^\s*\)/u, ' ') : between;
  // "tăng 27 hộ so với đầu năm và tăng 41 hộ so với cùng kỳ năm 2024 (371 hộ)": a value reached past another figure and its
  // own comparison is that comparison's base; the claim's named period has no value written, so nothing is compared.
  if (CROSSED_COMPARISON.test(own)) return null;
  const next = after[0] !== undefined && (ownClause(own) || labelledBase(input, text, to, after[0], at)) ? after[0] : undefined;
  // "64 buổi …, với 5.230 lượt người, gấp 3 lần năm 2024 (32 buổi)": the base names its unit; the current value is the one
  // figure before the claim in that very unit, not the nearest of another.
  if (next && !sameUnit(current, next) && unitHead(next) !== null) {
    const alike = before.filter((f) => unitHead(f) !== null && unitHead(f) === unitHead(next) && sameUnit(f, next));
    if (alike.length === 1) current = alike[0];
  }
  const prior = figs.filter((f) => at(f) > at(current) && at(f) < from && keep(f) && roles.get(f.index) === 'prior' && isReference(blockOf(f), f));
  // With no base named, the figure before the current value ("từ 1,5 triệu lên 4,5 triệu, gấp 03 lần"), never one of the
  // aside or breakdown the current value heads: "480 triệu đồng (0,48 tỷ đồng), gấp 2 lần" restates it, "(vé người lớn
  // 300 triệu đồng, …)" is a part of it.
  const base = next ?? (prior.length === 1 ? prior[0] : before.filter((f) => at(f) < at(current)).at(-1));
  if (!base || !comparable(current, base, whole, last)) return null;
  // "tăng 12 240 m³ (tăng 8,37 %) so với cùng kỳ (146 250 m³)": the current value is the one the stated absolute change
  // leads to from the base; with none such, a bracketed value that misses it is no current value the claim meant.
  // Only a claim of a rate or a multiple: an amount right before a claim of an amount is another change, not its restatement.
  const stated = RELATIVE_CLAIM.test(text.slice(from, to)) ? statedChange(text, figs, at, from, base) : undefined;
  if (!stated || changeAgrees(current, base, stated)) return [current, base];
  const agreeing = before.filter((f) => f !== base && countable(f) && sameUnit(f, base) && changeAgrees(f, base, stated));
  if (agreeing.length === 1) return [agreeing[0], base];
  return bracketed(text, at, current) ? null : [current, base];
}

// "có 143 cơ sở lưu trú, trong đó có 46 homestay đạt chuẩn, tăng 10 cơ sở so với cùng kỳ (36 cơ sở)": one part named after
// "trong đó"/"gồm" between the value and the claim is what the sentence goes on about; a claim in the whole's unit after it
// may be the part's (its noun's classifier) or the whole's: unsure, unread. Two parts or more are a breakdown the sentence
// comes back from (breakdownWhole); a part in the claim's own unit is the value read (it is `last`).
const BREAKDOWN_ALL = wordsRe(BREAKDOWN_WORDS, 'giu');
function partOfOtherNoun(text: string, figs: Figure[], at: At, last: Figure, from: number, value: (f: Figure) => boolean): boolean {
  const start = at(last) + last.raw.length;
  const split = [...text.slice(start, from).matchAll(BREAKDOWN_ALL)].at(-1);
  if (!split) return false;
  const parts = figs.filter((f) => at(f) >= start + split.index! && at(f) < from && value(f));
  return parts.length === 1;
}

// "có 47 giải, gồm 03 giải Nhất, …, 20 giải Khuyến khích, tăng 8 giải so với năm học trước (39 giải)": a claim after the
// last member of a breakdown, outside any bracket opened after it, speaks of the whole the breakdown splits (47), not of
// that member. The whole is of the claim's sentence and may be compared (same unit as the claim's figures).
// With no breakdown claim read ("giao chỉ tiêu 395 công dân, gồm 350 công dân … và 45 công dân …, tăng 15 công dân so với …":
// a plan split into parts is no whole a parts check reads), the breakdown is read from the words: two parts or more after
// "gồm"/"trong đó", the last of them right before the claim, split the figure right before that word, in the parts' unit,
// and the claim speaks of it; with no such figure, which of them it speaks of is unsure (UNSURE, unread).
const UNSURE = Symbol('unsure');
function breakdownWhole(input: ComparisonInput, text: string, figs: Figure[], at: At, part: Figure, from: number, keep: (f: Figure) => boolean): Figure | typeof UNSURE | null {
  const between = text.slice(at(part) + part.raw.length, from);
  if (between.split('(').length !== between.split(')').length) return null;
  for (const c of claimsByLastPart(input).get(part.index) ?? []) {
    const whole = input.figures[c.whole];
    if (figs.includes(whole) && at(whole) < at(part) && keep(whole) && !whole.change) return whole;
  }
  const start = figs.length > 0 ? at(figs[0]) : 0;
  const split = [...text.slice(start, at(part)).matchAll(BREAKDOWN_ALL)].at(-1);
  if (!split) return null;
  const word = start + split.index!;
  const parts = figs.filter((f) => at(f) > word && at(f) <= at(part) && keep(f) && !f.change);
  const head = figs.filter((f) => at(f) + f.raw.length <= word).at(-1);
  if (parts.length < 2 || !parts.every((f) => sameUnit(f, part)) || !head) return null;
  const lead = text.slice(at(head) + head.raw.length, word);
  if (lead.split('(').length !== lead.split(')').length || /[;:.]/u.test(lead)) return null;
  if (countedInParts(text, figs, at, head, parts, word)) return head;
  return keep(head) && !head.change && sameUnit(head, part) && head.value > part.value ? head : UNSURE;
}

/**
 * "86 em đạt giải, gồm 09 giải Nhất, 21 giải Nhì, 30 giải Ba và 26 giải Khuyến khích": a head counted in another noun whose
 * words before the breakdown name the parts' noun ("đạt giải") and whose value is the parts' sum counts the parts' things
 * (86 giải); a claim in the parts' noun after the breakdown speaks of it.
 */
function countedInParts(text: string, figs: Figure[], at: At, head: Figure, parts: Figure[], word: number): boolean {
  const noun = unitHead(parts[0]);
  if (noun === null || noun === '%' || head.change || head.kind !== 'count' || sameUnit(head, parts[0]) || !parts.every((f) => f.kind === 'count')) return false;
  const lead = text.slice(at(head) + head.raw.length, word).toLowerCase();
  if (!new RegExp(String.raw`(?<![\p{L}])${noun.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\p{L}])`, 'u').test(lead)) return false;
  return parts.reduce((sum, f) => sum + f.value, 0) === head.value;
}
/** Whether `base` may be compared with `current`: the same unit, or a whole counted in its parts' noun (countedInParts) and a base in it. */
function comparable(current: Figure, base: Figure, whole: Figure | null, part: Figure): boolean {
  return sameUnit(current, base) || (whole !== null && current === whole && !sameUnit(whole, part) && sameUnit(part, base));
}

// "đạt 68.860 tấn (lúa 59.951 tấn, ngô 8.909 tấn), …, tăng 4,6% so với cùng kỳ (65.830 tấn)": a figure in a bracket closed
// before the claim is an aside to the figure the bracket follows (its unit and a few words between), and the claim, outside
// the bracket, speaks of that figure.
const BRACKET_LEAD = /^[^\d,;.()]{0,30}$/u;
// A bracket that splits the head's own count may follow a name with a comma of its own ("23 trường hợp trẻ em bị xâm hại,
// bạo lực (09 trường hợp …, 14 trường hợp …)"): no number, clause end or bracket between, the comma is inside the name.
const LONG_BRACKET_LEAD = /^[^\d;.()]{0,80}$/u;
function asideHead(text: string, figs: Figure[], at: At, inner: Figure, from: number, keep: (f: Figure) => boolean): Figure | null {
  const bracket = closedBracket(text, at, inner, from);
  if (!bracket) return null;
  const [open, close] = bracket;
  const head = figs.filter((f) => at(f) + f.raw.length <= open).at(-1);
  if (!head || !keep(head) || head.change) return null;
  const lead = text.slice(at(head) + head.raw.length, open);
  if (BRACKET_LEAD.test(lead)) return head;
  // "05 trường hợp trẻ em bị tai nạn thương tích (03 trường hợp ngã, 01 trường hợp bỏng)": a longer lead still ends in
  // the head's aside when the bracket splits the head's own count (every figure in it of the head's named unit), a comma
  // inside the head's name included.
  const inside = figs.filter((f) => at(f) > open && at(f) < close);
  const named = unitHead(head);
  const split = named !== null && named !== '%' && inside.length >= 2 && inside.every((f) => unitHead(f) === named);
  return split && LONG_BRACKET_LEAD.test(lead) ? head : null;
}

// The bracket holding a figure: its "(" before it, and its ")" before the claim at `from`.
function closedBracket(text: string, at: At, inner: Figure, from: number): [number, number] | null {
  let depth = 0;
  let open = -1;
  for (let k = at(inner) - 1; k >= 0 && open < 0; k--) {
    if (text[k] === ')') depth++;
    else if (text[k] === '(' && depth-- === 0) open = k;
  }
  if (open < 0) return null;
  depth = 0;
  for (let k = at(inner) + inner.raw.length; k < from; k++) {
    if (text[k] === '(') depth++;
    else if (text[k] === ')' && depth-- === 0) return [open, k];
  }
  return null;
}

/**
 * "sinh ra 99 trẻ (01 ca sinh đôi), giảm 06 ca so với cùng kỳ (104 ca)": a count in a bracket closed before the claim, right
 * after a larger count of its head (its noun and a few words between), is a subgroup of that head, a note on it; the claim
 * outside the bracket speaks of the head or of the sentence's subject, never of the subgroup alone.
 */
function subgroupAside(text: string, figs: Figure[], at: At, inner: Figure, from: number): boolean {
  const bracket = closedBracket(text, at, inner, from);
  if (!bracket || inner.kind !== 'count' || inner.change) return false;
  const head = figs.filter((f) => at(f) + f.raw.length <= bracket[0]).at(-1);
  return head !== undefined && head.kind === 'count' && !head.change && head.value > inner.value
    && BRACKET_LEAD.test(text.slice(at(head) + head.raw.length, bracket[0]));
}

// The breakdown claims ("gồm", "trong đó") by the figure index of their last part, read once per document.
const BY_LAST_PART = new WeakMap<object, Map<number, NonNullable<ComparisonInput['claims']>[number][]>>();
function claimsByLastPart(input: ComparisonInput): Map<number, NonNullable<ComparisonInput['claims']>[number][]> {
  const claims = input.claims ?? [];
  let out = BY_LAST_PART.get(claims);
  if (!out) {
    out = new Map();
    for (const c of claims) {
      // A fraction whole (Claim.bound) is no amount a comparison after the breakdown can be of.
      if ((c.relation !== 'exhaustive' && c.relation !== 'subset') || c.parts.length < 2 || c.bound !== undefined) continue;
      const last = c.parts[c.parts.length - 1];
      out.set(last, [...(out.get(last) ?? []), c]);
    }
    BY_LAST_PART.set(claims, out);
  }
  return out;
}

const OPENS_BRACKET = /\(\s*$/u;
const ADDITION = new RegExp(String.raw`${edgeAlt(ADDITION_WORDS)}\s+$`, 'iu');
// The same said after the count, closing its phrase right before the claim: "36 camera lắp mới trong kỳ, tăng 32,1% …".
const ADDED_TAIL = new RegExp(String.raw`^[^,;:()]*?\p{L}\s+(?:${alt(ADDED_TAIL_WORDS)})(?:\s+(?:${alt(CURRENT_PERIOD_WORDS)}))?\s*,?\s*$`, 'iu');

// "tăng 15,2% so với năm 2024 (năm 2024: 7.800 tỷ đồng)": a bracket whose label names the time or plan its value is of
// (a reference, claims-parts.ts) and closes with a colon right before it holds the base; that colon opens no list.
const LABELLED = /\([^():;]{1,40}:\s*$/u;
function labelledBase(input: ComparisonInput, text: string, to: number, f: Figure, at: At): boolean {
  const between = text.slice(to, at(f));
  return LABELLED.test(between) && isReference(input.source.blocks[f.block], f) && ownClause(between.replace(/:\s*$/u, ' '));
}

// The words between a claim and the figure after it keep to the claim's clause: no bracket the claim sits in is closed
// ("(giảm 02 vụ so với cùng kỳ), gồm: 02 vụ …"), and no list or new clause opens.
function ownClause(between: string): boolean {
  let depth = 0;
  for (const c of between) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return !/[:;]/u.test(between) && !BREAKDOWN.test(between) && !NEW_CLAUSE.test(between);
}

function readRatios({ input, text, block, s, figs, at, out }: Reading, earlier: () => Earlier[]): void {
  for (const m of matchesIn(RATIO, text, s)) {
    if (m[2] || HEDGE.test(text.slice(s.from, m.index))) continue;
    const outside = (f: Figure) => !(at(f) >= m.index && at(f) < m.index + m[0].length);
    const find = (keep: (f: Figure) => boolean) => fromToPair(text, figs, at, m.index + m[0].length, s.to, keep) ?? bracketPair(text, figs, at, m.index + m[0].length, s.to, keep) ?? comparedPair(input, text, figs, at, m.index, m.index + m[0].length, keep)
      ?? datedSubjectPair(text, s, figs, at, m.index, m.index + m[0].length, keep, earlier) ?? afterSemicolonPair(text, s, figs, at, m.index, m.index + m[0].length, keep, earlier)
      ?? namedSubjectPair(input, text, s, figs, at, m.index, m.index + m[0].length, keep, earlier);
    // Amounts first; with none, two rates ("tỷ lệ … đạt 62,10%, gấp đôi cùng kỳ (41,35%)"), never a rate against an amount.
    const pair = find((f) => countable(f) && outside(f)) ?? find((f) => f.kind === 'percent' && outside(f));
    if (!pair) continue;
    // "mất điện 26 lần, tăng 02 lần so với cùng kỳ (24 lần)": where the values themselves count "lần", "tăng N lần" adds
    // N occurrences (a change), no multiple.
    if (m[1] !== undefined && pair.every((f) => unitHead(f) === TIMES_UNIT)) continue;
    const increase = m[1] !== undefined || INCREASE_BEFORE.test(text.slice(s.from, m.index));
    const worded = m[4] === undefined ? undefined : MULTIPLE_WORD.get(m[4].toLowerCase());
    if (m[4] !== undefined && worded === undefined) continue;
    const stated = worded ?? numberOf(m[3], false, styleOf(input), sureOf(input));
    if (Number.isNaN(stated)) continue;
    // "tăng gấp đôi" says twice as many, never a rise of two times.
    out.push({ kind: 'ratio', block, from: m.index, to: m.index + m[0].length, stated, decimals: worded === undefined ? decimalsOf(m[3], styleOf(input)) : wordedMultipleDecimals(worded), written: m[4] ?? m[3], increase: worded === undefined && increase, pair });
  }
}

/**
 * "Tai nạn giao thông xảy ra 05 vụ, giảm một nửa so với cùng kỳ (10 vụ)": the current value before the claim, the base after
 * it in the claim's clause, read as for a change (comparedPair), amounts only; the base is twice the current. A half bounded
 * from below ("giảm hơn một nửa", "giảm trên một nửa") is read as a fall by at least a multiple of 2 (as "giảm hơn 2 lần");
 * another hedge ("giảm gần một nửa") is not read.
 */
function readHalves({ input, text, block, s, figs, at, out }: Reading): void {
  for (const m of matchesIn(HALVED, text, s)) {
    // "giảm hơn một nửa": the base more than twice the current (a fall by at least half); any other hedge says too little.
    const atLeast = m[1] !== undefined && AT_LEAST.test(m[1]);
    if ((m[1] && !atLeast) || HEDGE.test(text.slice(s.from, m.index))) continue;
    const to = m.index + m[0].length;
    const pair = comparedPair(input, text, figs, at, m.index, to, countable);
    if (!pair || !(at(pair[0]) < m.index && at(pair[1]) >= to)) continue;
    out.push({ kind: 'ratio', block, from: m.index, to, stated: 2, decimals: 0, written: m[0], increase: false, pair, down: true, ...(atLeast ? { atLeast: true } : {}) });
  }
}

// "giảm hơn 3 lần", "giảm trên 2 lần": a fall by at least a multiple.
const FALL_AT_LEAST = new RegExp(String.raw`${edgeAlt(['giảm'])}\s+(${alt(AT_LEAST_HEDGES)})\s+${NUM}\s+lần(?![\p{L}])`, 'giu');

/**
 * "diện tích bị cháy 2,4 ha, giảm hơn 3 lần so với năm 2024 (6,8 ha)": a fall by at least a multiple, the base at least that
 * many times the current; read as for a half (comparedPair), amounts only, never two counts of "lần". A plain "giảm 3 lần"
 * (divided by three, or by four to some writers) is not read.
 */
function readFallsAtLeast({ input, text, block, s, figs, at, out }: Reading): void {
  for (const m of matchesIn(FALL_AT_LEAST, text, s)) {
    if (HEDGE.test(text.slice(s.from, m.index))) continue;
    const to = m.index + m[0].length;
    const pair = comparedPair(input, text, figs, at, m.index, to, countable);
    if (!pair || !(at(pair[0]) < m.index && at(pair[1]) >= to) || pair.every((f) => unitHead(f) === TIMES_UNIT)) continue;
    const stated = numberOf(m[2], false, styleOf(input), sureOf(input));
    if (Number.isNaN(stated) || stated <= 1) continue;
    out.push({ kind: 'ratio', block, from: m.index, to, stated, decimals: decimalsOf(m[2], styleOf(input)), written: m[0], increase: false, pair, down: true, atLeast: true });
  }
}

/**
 * "Xử lý 1.248 trường hợp vi phạm nồng độ cồn (cùng kỳ 816 trường hợp), …; số vi phạm nồng độ cồn tăng gấp đôi so với cùng
 * kỳ": a multiple in a statement with no figure, of a bare "Số X" subject (three words at least) against the earlier
 * period, compares the one value of its paragraph before it whose clause names every word of X with the one earlier-period
 * value of that unit stated after it, before the claim. "Đã khám 06 ca, …. Số ca khám tăng gấp đôi so với cùng kỳ (04
 * ca)": a statement whose one figure is its base, alone in a bracket right after "so với" the earlier period, takes that
 * base and the one value of the paragraph before it in the base's unit whose clause names every word of X (two words at
 * least). Anything less sure is not read.
 */
function readPriorRatios({ input, text, block, s, figs, at, out }: Reading, byBlock: BlockFigures): void {
  for (const m of matchesIn(RATIO, text, s)) {
    const lead = text.slice(s.from, m.index);
    if (m[2] || HEDGE.test(lead) || !EARLIER_PERIOD.test(text.slice(m.index + m[0].length, s.to))) continue;
    if (out.some((c) => c.kind === 'ratio' && c.block === block && c.from === m.index)) continue;
    // "Số giấy phép xây dựng cấp trong 9 tháng gấp 2 lần cùng kỳ (168 giấy phép)": the claim's own period closing its subject
    // tells when, not what is counted; its number is no figure of the claim.
    const period = SUBJECT_PERIOD_END.exec(lead);
    const periodAt = period === null ? m.index : s.from + period.index;
    // The multiple itself may be read as a figure ("gấp 3 lần", "gấp ba lần"): only the figures outside it count.
    const others = figs.filter((f) => (at(f) < m.index || at(f) >= m.index + m[0].length) && !(at(f) >= periodAt && at(f) < m.index));
    const bracketed = others.length === 0 ? null : bracketedBase(text, others, at, m.index + m[0].length);
    if (others.length > 0 && !bracketed) continue;
    if (period !== null && !bracketed) continue;
    const subject = COUNT_SUBJECT.exec(lead.slice(0, periodAt - s.from).replace(INCREASE_BEFORE, ''));
    const wanted = subject && !NEGATED_SUBJECT.test(subject[1]) ? labelTokens(subject[1]) : [];
    if (wanted.length < (bracketed ? 2 : 3)) continue;
    const roles = rolesOf(input);
    const earlierOnes = earlierFigures(input, byBlock, block, s.from);
    const own = earlierOnes.filter((e) => e.figure.block === block);
    const plain = (e: Earlier) => !e.figure.change && roles.get(e.figure.index) !== 'prior';
    let current = own.filter((e) => plain(e) && wanted.every((t) => e.clause.has(t))
      && (!bracketed || (sameUnit(e.figure, bracketed) && unitHead(e.figure) !== null)));
    // A bracketed base with no value of its own paragraph: the paragraph just before it (same section) may state the current
    // value. There its sentence up to the value, and the value's own words, name every word of X (three at least), the value in
    // the base's unit and no part of a "gồm" whole (the whole is the value; its parts repeat its words): the one such value.
    if (bracketed && current.length === 0 && own.every((e) => !sameUnit(e.figure, bracketed)) && wanted.length >= 3) {
      const previous = earlierOnes.filter((e) => e.figure.block === block - 1 && e.figure.block >= 0);
      current = previous.filter((e) => plain(e) && e.whole === null && sameUnit(e.figure, bracketed) && unitHead(e.figure) !== null
        && wanted.every((t) => e.tokens.has(t) || wordsBefore(input, e.figure).has(t)));
    }
    if (current.length !== 1) continue;
    const base = bracketed ? [{ figure: bracketed }] : own.filter((e) => e.figure.index > current[0].figure.index && roles.get(e.figure.index) === 'prior' && sameUnit(current[0].figure, e.figure));
    if (base.length !== 1) continue;
    const worded = m[4] === undefined ? undefined : MULTIPLE_WORD.get(m[4].toLowerCase());
    const stated = worded ?? numberOf(m[3], false, styleOf(input), sureOf(input));
    if (stated === undefined || Number.isNaN(stated)) continue;
    const increase = worded === undefined && (m[1] !== undefined || INCREASE_BEFORE.test(lead));
    const decimals = worded === undefined ? decimalsOf(m[3], styleOf(input)) : wordedMultipleDecimals(worded);
    out.push({ kind: 'ratio', block, from: m.index, to: m.index + m[0].length, stated, decimals, written: m[4] ?? m[3], increase, pair: [current[0].figure, base[0].figure] });
  }
}

// A period closing a count's subject, its number written: "trong 9 tháng", "6 tháng đầu năm 2024".
const SUBJECT_PERIOD_END = new RegExp(String.raw`\s+(?:trong\s+)?\d{1,2}\s+(?:${alt(PERIOD_NAME_WORDS)})(?:\s+(?:${alt(START_END_WORDS)})\s+năm)?(?:\s+(?:19|20)\d\d)?\s*$`, 'iu');

// The words of a figure's sentence before it, in its own paragraph (clause marks but the sentence's end no bound).
function wordsBefore(input: ComparisonInput, f: Figure): Set<string> {
  const block = input.source.blocks[f.block];
  const head = block.text.slice(0, f.span.start - block.span.start);
  return new Set(labelTokens(head.slice(Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? ')) + 1)));
}

// After a multiple: "so với" the earlier period, or the earlier period straight after it ("gấp đôi cùng kỳ năm 2024 ("), its
// year alone besides, then the bracket's opening; after the base, its noun and the bracket's close.
const BRACKETED_BASE_LEAD = new RegExp(String.raw`^\s*(?:(?:${alt(COMPARED_WITH)})\s+)?(?:${alt(EARLIER_PERIOD_WORDS)})(?:\s+(?:${alt(YEAR_WORDS)})\s+(?:19|20)\d\d)?\s*\(\s*$`, 'iu');
const BRACKETED_BASE_TAIL = /^[\p{L} ]{0,20}\)/u;

// The one figure of a multiple's statement when it is the claim's base alone in a bracket right after "so với cùng kỳ …".
function bracketedBase(text: string, figs: Figure[], at: At, end: number): Figure | null {
  const base = figs.length === 1 ? figs[0] : undefined;
  if (!base || !countable(base) || base.change || unitHead(base) === null || !BRACKETED_BASE_LEAD.test(text.slice(end, at(base)))) return null;
  return BRACKETED_BASE_TAIL.test(text.slice(at(base) + base.raw.length)) ? base : null;
}

// "So với năm 2024 (186 nhà bị thiệt hại), ": the earlier period opening the statement, its value alone in the bracket.
const FRONTED_BASE = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(['so với'])})\s+[^(),;.\d]{0,12}(?:\d{4}[^(),;.\d]{0,12})?\(\s*$`, 'iu');
const FRONTED_CLOSE = /^[^()]*\)\s*,\s*/u;
// The earlier period named by its year ("So với năm 2024"); the claim's own year is not named so.
const EARLIER_YEAR = new RegExp(String.raw`(?:${alt(YEAR_WORDS)})\s+(?:19|20)\d\d`, 'iu');
const CURRENT_TAIL = new RegExp(String.raw`\s+(?:(?:${alt(CURRENT_PERIOD_WORDS)})\s*)?(?:đã\s*)?$`, 'iu');

/**
 * "Tổng số nhà bị thiệt hại là 109 nhà, …. So với năm 2024 (186 nhà bị thiệt hại), số nhà bị thiệt hại năm nay đã giảm hơn
 * một nửa": a half whose base opens its statement ("So với <earlier period> (<base>),") and whose bare "Số X" subject names
 * the current value told before it in the paragraph, the one value there whose clause holds every word of X, in the base's
 * unit. Read as a half after its pair (readHalves); anything less sure is not read.
 */
function readFrontedHalves({ input, text, block, s, figs, at, out }: Reading, byBlock: BlockFigures): void {
  const base = figs[0];
  const lead = text.slice(s.from, at(base));
  if (!countable(base) || !FRONTED_BASE.test(lead) || !(EARLIER_PERIOD.test(lead) || EARLIER_YEAR.test(lead))) return;
  const close = FRONTED_CLOSE.exec(text.slice(base.span.end - input.source.blocks[block].span.start, s.to));
  if (!close) return;
  const from = base.span.end - input.source.blocks[block].span.start + close[0].length;
  for (const m of matchesIn(HALVED, text, { ...s, from })) {
    const atLeast = m[1] !== undefined && AT_LEAST.test(m[1]);
    if (m[1] && !atLeast) continue;
    const subject = COUNT_SUBJECT.exec(text.slice(from, m.index).replace(CURRENT_TAIL, ''));
    const wanted = subject && !NEGATED_SUBJECT.test(subject[1]) ? labelTokens(subject[1]) : [];
    if (wanted.length < 3) return;
    const roles = rolesOf(input);
    const current = earlierFigures(input, byBlock, block, s.from)
      .filter((e) => e.figure.block === block && !e.figure.change && roles.get(e.figure.index) !== 'prior' && wanted.every((t) => e.clause.has(t)) && sameUnit(e.figure, base));
    if (current.length !== 1) return;
    out.push({ kind: 'ratio', block, from: m.index, to: m.index + m[0].length, stated: 2, decimals: 0, written: m[0], increase: false, pair: [current[0].figure, base], down: true, ...(atLeast ? { atLeast: true } : {}) });
    return;
  }
}

/**
 * "Tính đến ngày 30/6, toàn huyện đã giải ngân 83.902 triệu đồng; cùng kỳ năm 2023 giải ngân 62.580 triệu đồng. / Giá trị
 * giải ngân 6 tháng đầu năm 2024 tăng 24,1% so với cùng kỳ": a percent change whose statement holds no other figure, of a
 * subject named by words alone (frame words such as "giá trị", "số", "tổng", and its period aside, two words at least),
 * against the earlier period, compares the two values its own paragraph states before it of that subject: the one value
 * (no change, earlier-period value or target) whose clause holds every word of the subject, and the one earlier-period
 * value after it, in its unit, whose clause holds them too. A year the subject names is not the base's. Nothing else is read.
 */
function readPriorChanges({ input, text, block, s, figs, at, out }: Reading, byBlock: BlockFigures): void {
  for (const m of matchesIn(CHANGE, text, s)) {
    const end = m.index + m[0].length;
    const change = figs.find((f) => at(f) >= m.index && at(f) < end);
    if (m[2] || m[5] !== undefined || m[4] !== '%' || !change || figs.length !== 1 || !EARLIER_PERIOD.test(text.slice(end, s.to))) continue;
    const subject = PLAIN_SUBJECT.exec(text.slice(s.from, m.index).replace(CHANGE_ADVERBS_END, ''));
    if (!subject || NEGATED_SUBJECT.test(subject[1])) continue;
    const named = labelTokens(subject[1]);
    const wanted = named.filter((t) => !SUBJECT_FRAME.has(t) && !/^\d+$/u.test(t));
    if (wanted.length < 2) continue;
    const years = new Set(named.filter((t) => /^(?:19|20)\d\d$/u.test(t)));
    const roles = rolesOf(input);
    const own = earlierFigures(input, byBlock, block, s.from).filter((e) => e.figure.block === block && wanted.every((t) => e.clause.has(t)));
    const current = own.filter((e) => !e.figure.change && !NOT_ACHIEVED.has(roles.get(e.figure.index) ?? ''));
    if (current.length !== 1) continue;
    const base = own.filter((e) => e.figure.index > current[0].figure.index && roles.get(e.figure.index) === 'prior' && sameUnit(current[0].figure, e.figure)
      && ![...e.clause].some((t) => years.has(t)));
    if (base.length !== 1) continue;
    const stated = numberOf(m[3], true, styleOf(input), sureOf(input));
    if (Number.isNaN(stated)) continue;
    const down = DOWN.test(m[1]);
    out.push({
      kind: 'change', block, from: m.index, to: end, verb: m[1].toLowerCase(), stated, signed: down ? -stated : stated, decimals: decimalsOf(m[3], styleOf(input)),
      percent: true, unit: '%', written: m[3], figure: change, current: current[0].figure, base: base[0].figure, amount: current[0].figure.value, scale: 1,
    });
  }
}
// A subject of words only, the words of its period among them: "Giá trị giải ngân 6 tháng đầu năm 2024".
const PLAIN_SUBJECT = /^[\s\-+•*–]*(\p{L}[\p{L}\d ]*?)\s*$/u;
const CHANGE_ADVERBS_END = new RegExp(String.raw`(?:\s+(?:${alt(CHANGE_CLAIM_ADVERBS)}))+\s*$`, 'iu');
// Words that frame a subject or date it without naming what it measures.
const SUBJECT_FRAME = new Set(labelTokens([...HEADER_FRAME_WORDS, ...PERIOD_NAME_WORDS, ...START_END_WORDS, ...CURRENT_PERIOD_WORDS].join(' ')));

function readChanges({ input, text, block, s, figs, at, out }: Reading, earlier: () => Earlier[]): void {
  for (const m of matchesIn(CHANGE, text, s)) {
    const percent = m[4] === '%';
    // "tăng hơn 10% so với cùng kỳ (2 480 ha)": a percent change after "hơn"/"trên" is a lower bound, read as such; other
    // hedges ("khoảng", "gần") leave the claim unread.
    const atLeast = percent && m[2] !== undefined && AT_LEAST.test(m[2]);
    if ((m[2] && !atLeast) || HEDGE.test(text.slice(s.from, m.index))) continue;
    const end = m.index + m[0].length;
    const change = figs.find((f) => at(f) >= m.index && at(f) < end);
    if (!change) continue;
    // "có 53/62 trường đạt chuẩn, …, tăng 05 trường so với … (49 trường)": a count's fraction states the count as its numerator.
    const fractionCount = (f: Figure) => f.kind === 'fraction' && f.unit !== null && f.numerator !== null;
    // "tăng 3 điểm phần trăm so với năm 2024 (89%)": a change in points compares two percents.
    const points = !percent && POINTS.test(m[4].trim());
    // "5.128/6.412 hộ, đạt 80,0%, tăng 13,7% so với … (4.512 hộ)": a percent change of the count, its base a count in the
    // fraction's own noun (checked below), also states the count as the fraction's numerator.
    // "312 triệu đồng/HTX, giảm 27 triệu đồng so với năm 2023 (285 triệu đồng/HTX)": a change amount need not repeat the
    // "/"-tail of the values it is the difference of.
    const keep = (f: Figure) => (points ? f.kind === 'percent' : (countable(f) || fractionCount(f)) && (percent || sameUnit(f, change) || perStatedOnce(change, f))) && f !== change;
    // "giảm 30% … (từ A xuống còn B)": the claim read for its spelled-out values only.
    const spelled = m[5] !== undefined;
    const pair = spelled ? fromToPair(text, figs, at, end, s.to, keep) : fromToPair(text, figs, at, end, s.to, keep) ?? bracketPair(text, figs, at, end, s.to, keep) ?? yearsPair(text, figs, at, end, s.to, keep) ?? comparedPair(input, text, figs, at, m.index, end, keep, percent ? undefined : change) ?? subjectPair(text, s, figs, at, m.index, end, keep, earlier)
      ?? datedSubjectPair(text, s, figs, at, m.index, end, keep, earlier) ?? namedSubjectPair(input, text, s, figs, at, m.index, end, keep, earlier)
      ?? tableSubjectPair(input, text, s, figs, at, m.index, end, keep, block);
    if (!pair && spelled) continue;
    if (!pair && percent && !atLeast && !figs.some((f) => at(f) >= end && f !== change)) {
      const recalled = yearRecalledPair(input, text, s, figs, at, m.index, end, keep);
      if (recalled) {
        const stated = numberOf(m[3], true, styleOf(input), sureOf(input));
        if (Number.isNaN(stated)) continue;
        const down = change.change ? change.change.value < 0 || (change.change.value === 0 && DOWN.test(m[1])) : DOWN.test(m[1]);
        out.push({
          kind: 'change', block, from: m.index, to: end, verb: m[1].toLowerCase(), stated, signed: down ? -stated : stated, decimals: decimalsOf(m[3], styleOf(input)),
          percent, unit: '%', written: m[3], figure: change, current: recalled[0], base: recalled[1], amount: recalled[0].value, scale: 1,
        });
        continue;
      }
      const implied = impliedBase(text, s, figs, at, m.index, DOWN.test(m[1]), earlier);
      if (implied) {
        const [current, by] = implied;
        const stated = numberOf(m[3], true, styleOf(input));
        if (Number.isNaN(stated)) continue;
        const down = change.change ? change.change.value < 0 || (change.change.value === 0 && DOWN.test(m[1])) : DOWN.test(m[1]);
        out.push({
          kind: 'change', block, from: m.index, to: end, verb: m[1].toLowerCase(), stated, signed: down ? -stated : stated, decimals: decimalsOf(m[3], styleOf(input)),
          percent, unit: '%', written: m[3], figure: change, current, base: by, amount: current.value, scale: 1, implied: current.value - by.change!.value,
        });
      }
      continue;
    }
    if (!pair || at(pair[1]) < end || fractionCount(pair[1])) continue;
    if (planBaseCrossed(input, text, end, pair[1], at)) continue;
    // "có 03 người … từ trần, giảm 03 người so với cuối năm (189 người)": an amount change equal to the count told just before
    // it restates that count as the flow that made the change (the deaths, the additions); the level it left is not stated.
    if (!percent && !points && at(pair[0]) < m.index && pair[0].value === Math.abs(change.value)) continue;
    // A fraction's count compared in percent only with a base that names the same noun: a bare base may be its rate's.
    if (percent && fractionCount(pair[0]) && (!countable(pair[1]) || unitHead(pair[1]) === null || !sameUnit(pair[0], pair[1]))) continue;
    const stated = numberOf(m[3], true, styleOf(input), sureOf(input));
    if (Number.isNaN(stated)) continue;
    // An amount keeps its scale: "tăng 7,4 triệu đồng so với … (61,1 triệu đồng)" compares 7,4 triệu with the difference.
    const scale = !percent && change.value !== 0 && stated !== 0 ? change.value / stated : 1;
    let amount = fractionCount(pair[0]) ? pair[0].numerator! : pair[0].value;
    // "có thêm 134 hộ …, tăng 6,5% so với năm 2023 (2.052 hộ)": a rise told of an addition smaller than the base is the
    // level's (2.052 + 134), and so is one whose phrase ends "<verb> mới" ("36 camera lắp mới, tăng 32,1% … (112 camera)");
    // an addition larger than the base, or a fall, may compare two years' additions: left unread.
    if (percent && (ADDITION.test(text.slice(Math.max(s.from, at(pair[0]) - 24), at(pair[0])))
      || (at(pair[0]) < m.index && ADDED_TAIL.test(text.slice(at(pair[0]) + pair[0].raw.length, m.index))))) {
      const down = DOWN.test(m[1]);
      if (down || pair[0].value >= pair[1].value) continue;
      amount = pair[1].value + pair[0].value;
    }
    // "tăng 230 ha (tăng 10,2%) so với năm 2023 (2 250 ha)": a percent in a bracket of its own right after an amount change
    // restates that change over the base, whatever figure stands before it (a share's whole "(5 976 ha)" is none of it).
    const restated = percent ? restatedChange(text, figs, at, m.index, pair[1]) : null;
    if (restated) amount = pair[1].value + restated.change!.value;
    // The sign the change reading gave the figure ("giảm 5%" → −5); the verb's own when the figure has none.
    const down = change.change ? change.change.value < 0 || (change.change.value === 0 && DOWN.test(m[1])) : DOWN.test(m[1]);
    out.push({
      kind: 'change', block, from: m.index, to: end, verb: m[1].toLowerCase(), stated, signed: down ? -stated : stated, decimals: decimalsOf(m[3], styleOf(input)),
      percent, unit: percent ? '%' : m[4].trim(), written: m[3], figure: change, current: pair[0], base: pair[1], amount, scale, ...(atLeast ? { atLeast } : {}),
    });
  }
}

// "vượt 16,0% kế hoạch, tăng 22,1% so với năm 2023 (1.520,0 tỷ đồng)": a claim naming the plan as its base right after its
// figure is measured from the plan; a value after it read as an earlier period's, or reached past another comparison ("so
// với …"), is that comparison's base, not the plan.
const PLAN_NAMED_AFTER = new RegExp(String.raw`^\s*\)?\s*\(?\s*(?:${alt(EXCEEDED_BASES)})(?![\p{L}])`, 'iu');
const COMPARED_ON = wordsRe(COMPARED_WITH);
function planBaseCrossed(input: ComparisonInput, text: string, end: number, base: Figure, at: At): boolean {
  if (!PLAN_NAMED_AFTER.test(text.slice(end, end + 40))) return false;
  return rolesOf(input).get(base.index) === 'prior' || COMPARED_ON.test(text.slice(end, at(base)));
}

/**
 * The amount change a percent claim restates: the claim opens a bracket ("(tăng 10,2%"), and right before that bracket stands
 * an amount change ("tăng 230 ha") in the base's unit. Null otherwise.
 */
function restatedChange(text: string, figs: Figure[], at: At, from: number, base: Figure): Figure | null {
  if (!OPENS_BRACKET.test(text.slice(Math.max(0, from - 4), from))) return null;
  const open = text.lastIndexOf('(', from);
  const prev = figs.filter((f) => at(f) < open).at(-1);
  if (!prev?.change || prev.kind === 'percent' || !countable(prev) || !sameUnit(prev, base)) return null;
  return /^\s*$/u.test(text.slice(at(prev) + prev.raw.length, open).replace(/^\s*\p{L}[\p{L} ]*?(?=\s*$)/u, '')) ? prev : null;
}

/**
 * A figure written before the claim's sentence, with the words that say what it counts and, for a part of a "gồm"/"trong
 * đó" whole, the words of that whole's label ("1.318 phòng, gồm 1.102 phòng kiên cố": the part counts "phòng học").
 */
interface Earlier { figure: Figure; tokens: Set<string>; whole: Set<string> | null; lead: Set<string>; clause: Set<string>; years: Set<string> }

const NEARBY_BLOCKS = 2;
// What a figure counts: its unit and the words after it, up to a clause end ("1.344 hồ sơ trực tuyến toàn trình, chiếm …").
const PHRASE_END = new RegExp(String.raw`[;:.,()!?]|\s(?:${alt(HANDING_VERBS, CHANGE_VERBS, COMPARED_WITH)})\s`, 'u');
// A subject that states nothing but what is counted: "Số hồ sơ …", "Tổng số …", "Số lượng …".
const COUNT_SUBJECT = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(COUNT_WORDS)})\s+(\p{L}[\p{L}\s]*?)\s*$`, 'iu');
// The same subject, a number inside its name ("Số sản phẩm 4 sao …").
const NUMBERED_COUNT_SUBJECT = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(COUNT_WORDS)})\s+(\p{L}[\p{L}\d\s]*?)\s*$`, 'iu');
// The same subject closed by the year its value is of: "Số đơn vị máu tiếp nhận năm 2025 gấp 2 lần năm 2024 (…)".
const DATED_SUBJECT = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(COUNT_WORDS)})\s+(\p{L}[\p{L}\s]*?)\s+(?:${alt(YEAR_WORDS)})\s+((?:19|20)\d\d)\s*$`, 'iu');
const YEAR_NUMBER = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;

// The countable figures of this block before `upTo` and of the paragraphs just before it in the same section.
function earlierFigures(input: ComparisonInput, byBlock: BlockFigures, blockIndex: number, upTo: number, spelled = false): Earlier[] {
  const { blocks } = input.source;
  const out: Earlier[] = [];
  const wholes = partWholes(input, blockIndex);
  // A paragraph with no figure of its own (an amount's "Bằng chữ: …" line) is passed over, not counted.
  for (let b = blockIndex, seen = 0; b >= 0 && seen <= NEARBY_BLOCKS; b--) {
    if (blocks[b].kind === 'row' || input.blockSection[b] !== input.blockSection[blockIndex]) break;
    const start = blocks[b].span.start;
    if (byBlock.has(b) || b === blockIndex) seen++;
    for (const f of byBlock.get(b) ?? []) {
      if (!countable(f) || (b === blockIndex && f.span.start - start >= upTo)) continue;
      const said = blocks[b].text.slice(f.span.end - start, f.span.end - start + 90);
      // "02 (hai) người chết": the number spelled out in its bracket is no end of what it counts.
      const rest = spelled ? said.replace(/^\s*\([\p{L}\s]*\)/u, (x) => ' '.repeat(x.length)) : said;
      const cut = PHRASE_END.exec(rest);
      const whole = wholes.get(f.index);
      const before = blocks[b].text.slice(Math.max(0, f.span.start - start - 90), f.span.start - start);
      const lead = before.slice(Math.max(...[';', ':', '.', '(', ')'].map((c) => before.lastIndexOf(c))) + 1);
      const own = labelTokens(cut ? rest.slice(0, cut.index) : rest);
      const head = blocks[b].text.slice(0, f.span.start - start);
      const clauseLead = head.slice(Math.max(...[',', ';', ':', '(', ')', '. '].map((c) => head.lastIndexOf(c))) + 1);
      // In the claim's own paragraph only the years before its statement: the base's year named after is the claim's own.
      const years = new Set(blocks[b].text.slice(0, b === blockIndex ? upTo : undefined).match(YEAR_NUMBER) ?? []);
      out.push({ figure: f, tokens: new Set(own), whole: whole ? new Set(labelTokens(whole)) : null, lead: new Set(labelTokens(lead)), clause: new Set([...labelTokens(clauseLead), ...own]), years });
    }
  }
  return out;
}

// The label of the whole each part of a "gồm"/"trong đó" claim nearby belongs to, by the part's figure index.
function partWholes(input: ComparisonInput, blockIndex: number): Map<number, string> {
  const out = new Map<number, string>();
  for (const c of input.claims ?? []) {
    const whole = input.figures[c.whole];
    if ((c.relation !== 'exhaustive' && c.relation !== 'subset') || !whole?.label || whole.block > blockIndex || whole.block < blockIndex - NEARBY_BLOCKS) continue;
    for (const i of c.parts) out.set(i, whole.label);
  }
  return out;
}

// The earlier figure counts the subject's X: every word of X follows it, or it is a part of a whole whose label says the
// rest and its own words add nothing X lacks ("1.102 phòng kiên cố" of "Tổng số phòng học" for "Số phòng học kiên cố",
// never "174 phòng bán kiên cố").
function countsSubject(e: Earlier, wanted: string[]): boolean {
  if (wanted.every((t) => e.tokens.has(t))) return true;
  const set = new Set(wanted);
  return e.whole !== null && [...e.tokens].every((t) => set.has(t)) && wanted.every((t) => e.tokens.has(t) || e.whole!.has(t));
}

// ", giảm 18,2%": only a comma (or "tương đương") between the absolute change and the percent one.
const BESIDE_PERCENT = new RegExp(String.raw`^[\p{L} ]{0,20},\s*(?:(?:${alt(EQUAL_WORDS)})\s+)?$`, 'u');

/**
 * "Xảy ra 38 vụ va chạm, giảm 7 vụ, giảm 18,2% so với cùng kỳ", "Số vụ va chạm giao thông giảm 7 vụ, giảm 18,2% so với
 * cùng kỳ" (38 stated before): a percent change with no base written, right after the absolute change of the same
 * direction, is that change over the base they imply (38 + 7 = 45). The current value is the figure of the same unit just
 * before the absolute change in the sentence, else the one value an earlier sentence states of the bare "Số X" subject.
 */
function impliedBase(text: string, s: Sentence, figs: Figure[], at: At, from: number, down: boolean, earlier: () => Earlier[]): [Figure, Figure] | null {
  const before = figs.filter((f) => at(f) < from);
  const by = before[before.length - 1];
  if (!by?.change || by.change.hedged || by.change.value === 0 || by.change.value < 0 !== down || !countable(by)) return null;
  if (!BESIDE_PERCENT.test(text.slice(at(by) + by.raw.length, from))) return null;
  const same = (f: Figure) => countable(f) && !f.change && f.kind === by.kind && sameUnit(f, by);
  const own = before.slice(0, -1);
  if (own.length > 0) {
    const current = own[own.length - 1];
    return same(current) ? [current, by] : null;
  }
  const subject = COUNT_SUBJECT.exec(text.slice(s.from, at(by)).replace(CHANGE_VERB_END, ''));
  if (!subject) return null;
  const wanted = labelTokens(subject[1]);
  if (wanted.length < 3) return null;
  const found = earlier().filter((e) => same(e.figure) && countsSubject(e, wanted));
  if (found.length === 0 || new Set(found.map((e) => e.figure.value)).size !== 1) return null;
  return [found[0].figure, by];
}
const CHANGE_VERB_END = new RegExp(String.raw`\s*(?:${alt(CHANGE_VERBS)})\s*$`, 'iu');

// "Năm 2023, Quỹ … vận động được 1,086 tỷ đồng, tăng 3,2% so với năm 2022.": the statement opens with its own year, its value
// stands right before the claim (a comma between), and the claim ends on the earlier year.
const OWN_YEAR_OPENING = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(YEAR_WORDS)})\s+((?:19|20)\d\d)\s*,\s*`, 'iu');
const EARLIER_YEAR_CLOSE = new RegExp(String.raw`^\s*(?:${alt(COMPARED_WITH)})\s+(?:${alt(YEAR_WORDS)})\s+((?:19|20)\d\d)\s*[.;]?\s*$`, 'iu');
const YEAR_IN = /(?<!\d)(?:19|20)\d\d(?!\d)/u;
/**
 * "Năm 2022, Quỹ Đền ơn đáp nghĩa huyện vận động được 1,12 tỷ đồng." and, sections later, "Năm 2023, Quỹ Đền ơn đáp nghĩa
 * huyện vận động được 1,086 tỷ đồng, tăng 3,2% so với năm 2022.": a percent change whose statement opens with its year and
 * ends on an earlier one, with no base written, compares its value with the one statement of the document that opens with
 * the earlier year and says the very same words before a value of the same unit (three words at least, no other year in
 * either). Anything less sure is not read.
 */
function yearRecalledPair(input: ComparisonInput, text: string, s: Sentence, figs: Figure[], at: At, from: number, to: number, keep: (f: Figure) => boolean): [Figure, Figure] | null {
  const own = OWN_YEAR_OPENING.exec(text.slice(s.from, from));
  const earlier = EARLIER_YEAR_CLOSE.exec(text.slice(to, s.to));
  if (!own || !earlier || Number(earlier[1]) >= Number(own[1])) return null;
  const before = figs.filter((f) => at(f) < from);
  const current = before.at(-1);
  if (before.length !== 1 || !current || !keep(current) || current.change || !/^[^\d();:]*,\s*$/u.test(text.slice(at(current) + current.raw.length, from))) return null;
  const lead = text.slice(s.from + own[0].length, at(current));
  if (YEAR_IN.test(lead)) return null;
  const wanted = labelTokens(lead);
  if (wanted.length < 3) return null;
  const found: Figure[] = [];
  for (const f of input.figures) {
    if (f === current || f.cell !== null || f.change || !keep(f) || !sameUnit(f, current)) continue;
    const home = input.source.blocks[f.block];
    if (home.kind === 'row') continue;
    const fAt = f.span.start - home.span.start;
    const statement = input.clauses.statements(f.block).find((st) => st.from <= fAt && fAt < st.to);
    if (!statement) continue;
    const opening = OWN_YEAR_OPENING.exec(home.text.slice(statement.from, fAt));
    if (!opening || opening[1] !== earlier[1]) continue;
    const words = home.text.slice(statement.from + opening[0].length, fAt);
    if (YEAR_IN.test(words)) continue;
    const have = labelTokens(words);
    if (have.length === wanted.length && wanted.every((t, k) => have[k] === t)) found.push(f);
  }
  return found.length === 1 ? [current, found[0]] : null;
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
  if (!subject) return totalSubjectPair(text, s, figs, at, from, to, keep, earlier);
  const wanted = labelTokens(subject[1]);
  const base = figs.find((f) => at(f) >= to && keep(f));
  if (wanted.length < 3 || !base) return null;
  const found = earlier().filter((e) => keep(e.figure) && sameUnit(e.figure, base) && countsSubject(e, wanted));
  if (found.length === 0 || new Set(found.map((e) => e.figure.value)).size !== 1) return null;
  return [found[0].figure, base];
}

/**
 * "Số học viên cao học tăng 12% so với khóa trước (250 học viên)" right after a table whose row "Cao học" gives "Số học
 * viên" 280: a bare "Số X" subject's current value is the one cell of the table just above it (in the same section, two
 * paragraphs between at most) whose row label and column header hold every word of X. Read only when X has three words at least and
 * every such cell (a count, nothing else in it) holds one value.
 */
function tableSubjectPair(input: ComparisonInput, text: string, s: Sentence, figs: Figure[], at: At, from: number, to: number, keep: (f: Figure) => boolean, blockIndex: number): [Figure, Figure] | null {
  if (!input.tables || figs.some((f) => at(f) < from)) return null;
  const subject = COUNT_SUBJECT.exec(text.slice(s.from, from));
  if (!subject) return null;
  const wanted = labelTokens(subject[1]);
  const base = figs.find((f) => at(f) >= to && keep(f));
  if (wanted.length < 3 || !base) return null;
  const { blocks } = input.source;
  let last = blockIndex - 1;
  // Paragraphs between may state other figures ("Tỷ lệ huy động … 31,4% (701/2.236)"): a value they state of X is read first
  // (namedSubjectPair), so the table is reached only when none does.
  while (last >= 0 && blocks[last].kind !== 'row' && input.blockSection[last] === input.blockSection[blockIndex]) last--;
  if (last < 0 || blocks[last].kind !== 'row' || input.blockSection[last] !== input.blockSection[blockIndex] || blockIndex - last > NEARBY_BLOCKS + 1) return null;
  const table = input.tables.find((t) => t.rows.some((r) => r.blocks.includes(last)));
  if (!table) return null;
  const found: Figure[] = [];
  for (const row of table.rows) {
    for (const column of table.columns) {
      const cell = row.cells[column.index];
      if (!cell || cell.kind !== 'count' || !cell.pure || cell.value === null || column.index === table.labelColumn) continue;
      const tokens = new Set(labelTokens(`${row.label} ${column.header}`));
      if (!wanted.every((t) => tokens.has(t))) continue;
      // By where the cell sits, not by its index: a pdf row realigned (a label that ran into its number) moved its cells.
      const figure = cell.at ? input.figures.find((f) => f.block === cell.at!.block && f.span.start - blocks[f.block].span.start === cell.at!.from) : undefined;
      if (!figure || figure.value !== cell.value) return null;
      found.push(figure);
    }
  }
  if (found.length === 0 || new Set(found.map((f) => f.value)).size !== 1 || !keep(found[0]) || !sameUnit(found[0], base)) return null;
  return [found[0], base];
}

/**
 * "Tổng thu ngân sách năm 2023 tăng 18,5% so với năm 2022 (… 7 612 000 000 đồng)": a subject that opens with "Tổng" and
 * names its year, whose value an earlier sentence of the section states after the same words ("Tổng thu ngân sách xã năm
 * 2023 là 8 746 215 000 đồng"). Read only when exactly one value nearby has every word and the year of the subject before it.
 */
function totalSubjectPair(text: string, s: Sentence, figs: Figure[], at: At, from: number, to: number, keep: (f: Figure) => boolean, earlier: () => Earlier[]): [Figure, Figure] | null {
  const subject = TOTAL_SUBJECT.exec(text.slice(s.from, from));
  if (!subject) return null;
  const wanted = labelTokens(subject[1]);
  const base = figs.find((f) => at(f) >= to && keep(f));
  if (wanted.length < 4 || !wanted.some((t) => /^(?:19|20)\d\d$/u.test(t)) || !base) return null;
  const found = earlier().filter((e) => keep(e.figure) && sameUnit(e.figure, base) && wanted.every((t) => e.lead.has(t)));
  if (found.length === 0 || new Set(found.map((e) => e.figure.value)).size !== 1) return null;
  return [found[0].figure, base];
}
const TOTAL_SUBJECT = /^[\s\-+•*–]*(tổng\s+\p{L}[\p{L}\s]*?\s(?:năm\s+)?(?:19|20)\d\d)\s*$/iu;

/**
 * "Tổ chức 03 đợt hiến máu, tiếp nhận 312 đơn vị máu. / Số đơn vị máu tiếp nhận năm 2025 gấp 2 lần năm 2024 (năm 2024: 236
 * đơn vị)": a subject dated by its year names its value by the words of that value's whole clause, before the figure too;
 * read only when exactly one nearby value's clause holds every word of the subject and its paragraph names that year and
 * no other (a value of another year is never the current one).
 */
function datedSubjectPair(text: string, s: Sentence, figs: Figure[], at: At, from: number, to: number, keep: (f: Figure) => boolean, earlier: () => Earlier[]): [Figure, Figure] | null {
  if (figs.some((f) => at(f) < from)) return null;
  const subject = DATED_SUBJECT.exec(text.slice(s.from, from));
  if (!subject) return null;
  const wanted = labelTokens(subject[1]);
  const base = figs.find((f) => at(f) >= to && keep(f));
  if (wanted.length < 3 || !base || isOfYear(base, subject[2], text, at)) return null;
  const found = earlier().filter((e) => keep(e.figure) && sameUnit(e.figure, base) && wanted.every((t) => e.clause.has(t)) && e.years.size === 1 && e.years.has(subject[2]));
  if (found.length !== 1) return null;
  return [found[0].figure, base];
}

/**
 * "… tổ chức bốc thăm 38 lô đất tái định cư cho 38 hộ; số lô tái định cư bố trí trong năm gấp 3 lần năm 2024 (19 lô)": a
 * "Số X" subject opening the statement right after a ";" speaks of what the statement before it counted: the one figure
 * there in the base's counted noun, whose own words go on with the subject's noun (three words at least); of several there, the
 * one whose words so go on, a number inside the name alike ("6 sản phẩm 4 sao và 9 sản phẩm 3 sao; số sản phẩm 4 sao …").
 * A negated subject ("số lô chưa bàn giao") counts what was not done: nothing is read.
 */
function afterSemicolonPair(text: string, s: Sentence, figs: Figure[], at: At, from: number, to: number, keep: (f: Figure) => boolean, earlier: () => Earlier[]): [Figure, Figure] | null {
  if (figs.some((f) => at(f) < from) || !/;\s*$/u.test(text.slice(Math.max(0, s.from - 4), s.from))) return null;
  const subject = NUMBERED_COUNT_SUBJECT.exec(text.slice(s.from, from));
  const base = figs.find((f) => at(f) >= to && keep(f));
  const noun = base ? unitHead(base) : null;
  if (!subject || !base || noun === null || NEGATED_SUBJECT.test(subject[1])) return null;
  const wanted = labelTokens(subject[1]);
  // The noun may be of two words ("sản phẩm"), the subject's first two.
  if (!noun.split(/\s+/u).every((w, k) => wanted[k] === w)) return null;
  const numbers = (words: Iterable<string>) => [...words].filter((t) => /^\d+$/u.test(t));
  const candidates = earlier().filter((e) => e.figure.block === base.block && keep(e.figure) && unitHead(e.figure) === noun);
  // "… có 6 sản phẩm 4 sao và 9 sản phẩm 3 sao; số sản phẩm 4 sao …": of several figures of the noun, the one whose words go
  // on with the subject's, the numbers inside the names alike ("4 sao", not "3 sao").
  const named = (e: Earlier) => {
    const end = at(e.figure) + e.figure.span.end - e.figure.span.start;
    const rest = text.slice(end, end + 90);
    // The unit may be inside the figure's span ("12 thôn"), or after it ("6" then " sản phẩm").
    return new Set([...labelTokens(e.figure.unit ?? ''), ...labelTokens(rest.slice(0, OWN_NAME_END.exec(rest)?.index ?? rest.length))]);
  };
  const found = candidates.length === 1 ? candidates : candidates.filter((e) => {
    const own = named(e);
    return sharedLead(wanted, own) >= 3 && numbers(wanted).every((t) => own.has(t)) && numbers(own).every((t) => wanted.includes(t));
  });
  if (found.length !== 1) return null;
  return sharedLead(wanted, found[0].tokens) >= 3 && sameUnit(found[0].figure, base) ? [found[0].figure, base] : null;
}
// Where a figure's own name ends: a clause mark or "và" ("6 sản phẩm 4 sao và 9 sản phẩm 3 sao": "sản phẩm 4 sao").
const OWN_NAME_END = new RegExp(String.raw`${PHRASE_END.source}|\s(?:${alt(PART_SEPARATOR_WORDS)})\s`, 'u');
// How many of the subject's words, from its first, a figure's own words hold.
function sharedLead(wanted: readonly string[], tokens: ReadonlySet<string>): number {
  let shared = 0;
  while (shared < wanted.length && tokens.has(wanted[shared])) shared++;
  return shared;
}
/**
 * "- Tổng số nhà bị ảnh hưởng 214 nhà, gồm: sập đổ hoàn toàn 04 nhà, hư hỏng nặng 18 nhà … / - Số nhà bị sập đổ năm nay gấp
 * 3 lần năm 2023 (năm 2023 có 02 nhà bị sập đổ)", "Nhờ tăng cường tuần tra, số trường hợp vi phạm nồng độ cồn giảm 15% so
 * với năm 2023 (…)" after "… trong đó: vi phạm nồng độ cồn 1.124 trường hợp": a bare "Số X" subject (after a cause clause
 * too; a tail naming the current period dropped) whose value an earlier statement of the section names by words around
 * the figure, before it included, within the figure's own clause. Read only when no figure of the claim's sentence
 * stands before the claim, X has three words at least, and exactly one nearby figure in the base's unit, no change, no
 * earlier-period value, in no paragraph naming the base's year, has every word of X in its clause.
 */
function namedSubjectPair(input: ComparisonInput, text: string, s: Sentence, figs: Figure[], at: At, from: number, to: number, keep: (f: Figure) => boolean, earlier: () => Earlier[]): [Figure, Figure] | null {
  if (figs.some((f) => at(f) < from)) return null;
  const subject = COUNT_SUBJECT.exec(text.slice(s.from, from).replace(CAUSE_LEAD, '').replace(CURRENT_PERIOD_TAIL, ''));
  const base = figs.find((f) => at(f) >= to && keep(f));
  if (!subject || !base || NEGATED_SUBJECT.test(subject[1]) || /\d/u.test(subject[1])) return null;
  const wanted = labelTokens(subject[1]);
  if (wanted.length < 3) return null;
  const baseYears = new Set(text.slice(to, at(base)).match(YEAR_NUMBER) ?? []);
  const blocks = input.source.blocks;
  let found = earlier().filter((e) => keep(e.figure) && !e.figure.change && sameUnit(e.figure, base) && wanted.every((t) => e.clause.has(t))
    && ![...e.years].some((y) => baseYears.has(y)) && !isReference(blocks[e.figure.block], e.figure) && !EARLIER_PERIOD.test(clauseText(blocks[e.figure.block], e.figure)));
  // "… là 57 đơn (kỳ trước chuyển sang 04 đơn, tiếp nhận mới 53 đơn); số đơn tiếp nhận giảm …": a bare subject names the
  // whole, not a part of it whose own words say more.
  const wholes = new Set(found.map((e) => e.figure.index));
  const parts = new Set((input.claims ?? []).filter((c) => (c.relation === 'exhaustive' || c.relation === 'subset') && wholes.has(c.whole)).flatMap((c) => c.parts));
  if (found.some((e) => parts.has(e.figure.index)) && found.some((e) => !parts.has(e.figure.index))) found = found.filter((e) => !parts.has(e.figure.index));
  if (found.length === 0 || new Set(found.map((e) => e.figure.value)).size !== 1) return null;
  return [found[0].figure, base];
}
// "Nhờ tăng cường tuần tra, kiểm soát, số …": a cause clause before the subject, closed by a comma.
const CAUSE_LEAD = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(CAUSE_WORDS)})\s[^\d;:()]*?,\s*(?=(?:${alt(COUNT_WORDS)})\s)`, 'iu');
const CURRENT_PERIOD_TAIL = new RegExp(String.raw`\s+(?:${alt(CURRENT_PERIOD_WORDS)})\s*$`, 'iu');
const EARLIER_PERIOD = wordsRe(EARLIER_PERIOD_WORDS);
// The words of a figure's clause around it: from the last clause break before it to the next after it.
function clauseText(block: { text: string; span: { start: number } }, f: Figure): string {
  const start = f.span.start - block.span.start;
  const head = block.text.slice(0, start);
  const from = Math.max(...[',', ';', ':', '(', ')', '. '].map((c) => head.lastIndexOf(c))) + 1;
  const rest = block.text.slice(f.span.end - block.span.start);
  const cut = PHRASE_END.exec(rest);
  return block.text.slice(from, f.span.end - block.span.start + (cut ? cut.index : rest.length));
}
// "So với năm 2023 (83 ca), …": a sentence that opens with its comparison and the earlier values in the bracket after it.
const LEAD_COMPARED = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(COMPARED_WITH)})\s+[^()\d;:,]{0,40}?(?:(?:19|20)\d\d)?\s*\(([^()]*)\)\s*,`, 'iu');
// "số ca mắc sốt xuất huyết đã giảm 56,6 %", "số người chết giảm 01 người (giảm 25%)": one claim of the sentence.
const LEAD_CLAIM = new RegExp(String.raw`^\s*(?:${alt(COUNT_WORDS)})\s+(\p{L}[\p{L}\s]*?)\s+(?:(?:${alt(CHANGE_CLAIM_ADVERBS)})\s+){0,2}(${alt(CHANGE_VERBS)})\s+${NUM}\s?(%|\p{L}+(?:\s\p{L}+)?)?\s*(?:\(\s*(${alt(CHANGE_VERBS)})\s+${NUM}\s?%\s*\))?[\s.]*$`, 'iu');

/**
 * "Năm 2024 ghi nhận 47 ca mắc sốt xuất huyết, gồm 29 ca … / So với năm 2023 (83 ca), số ca mắc sốt xuất huyết đã giảm
 * 56,6 %", "Xảy ra 18 vụ, làm chết 11 người, bị thương 14 người. So với cùng kỳ năm 2023 (22 vụ, chết 12 người, bị thương
 * 19 người), số vụ giảm 04 vụ (giảm 18,2%), số người chết giảm 01 người (giảm 25%), …": each "Số X tăng/giảm A (tăng/giảm
 * P%)" clause after such an opening compares the value of X the sentence just before states with the bracket's value of
 * X. Read only when exactly one bracket value has no word X lacks, exactly one value of the sentence before (in the
 * base's unit, no change, no value of the base's year) has every word of X in its clause, and the clause says nothing else.
 */
function readLeadingBases({ input, text, block, s, figs, at, out }: Reading, byBlock: BlockFigures): void {
  const lead = LEAD_COMPARED.exec(text.slice(s.from, s.to));
  if (!lead) return readLeadingPeriod({ input, text, block, s, figs, at, out }, byBlock);
  const open = s.from + lead[0].lastIndexOf('(');
  const close = s.from + lead[0].lastIndexOf(')');
  const bases = figs.filter((f) => at(f) > open && at(f) < close && countable(f) && !f.change);
  if (bases.length === 0) return;
  const baseYears = new Set(text.slice(s.from, close).match(YEAR_NUMBER) ?? []);
  const [before, words] = sentenceBefore(input, byBlock, block, s.from);
  // A value of the sentence before that names the base's year is no current value.
  if ((words.match(YEAR_NUMBER) ?? []).some((y) => baseYears.has(y))) return;
  const blocks = input.source.blocks;
  // The rest of the sentence, cut at the commas and semicolons outside brackets.
  let from = s.from + lead[0].length;
  let depth = 0;
  for (let k = from; k <= s.to; k++) {
    const c = k < s.to ? text[k] : ',';
    if (c === '(') depth++;
    else if (c === ')') depth--;
    // A decimal comma ("56,6 %") cuts no clause.
    if (depth !== 0 || (c !== ',' && c !== ';') || (/\d/u.test(text[k - 1] ?? '') && /\d/u.test(text[k + 1] ?? ''))) continue;
    const m = LEAD_CLAIM.exec(text.slice(from, k));
    const segment = from;
    from = k + 1;
    // A clause that is no claim of this kind ends the reading: what follows may speak of something else.
    if (!m) break;
    const own = figs.filter((f) => at(f) >= segment && at(f) < k);
    const wanted = labelTokens(m[1]);
    if (wanted.length === 0 || own.length !== (m[5] ? 2 : 1) || NEGATED_SUBJECT.test(m[1])) continue;
    let named = bases.filter((b) => labelTokens(bracketClause(text, b, at, open, close)).every((t) => wanted.includes(t) || /^[\d.]+$/u.test(t)));
    // "So với năm 2023 (27 trường hợp), số vi phạm tăng 04 trường hợp": a bracket naming its value by the claim amount's
    // unit alone. Its current value must then be named by the subject itself, not by the bare unit: below, only a value
    // whose own words after it are that unit and the subject, nothing more ("23 trường hợp vi phạm"), and no part.
    const unitWords = labelTokens(m[4] ?? '');
    const byUnit = named.length === 0 && unitWords.length > 0 && !m[4]?.includes('%');
    if (byUnit) named = bases.filter((b) => labelTokens(bracketClause(text, b, at, open, close)).every((t) => unitWords.includes(t) || /^[\d.]+$/u.test(t)));
    if (named.length !== 1) continue;
    const base = named[0];
    const exactly = new Set([...unitWords, ...wanted]);
    const namedBySubject = (e: Earlier) => !byUnit || (e.whole === null && e.tokens.size === exactly.size && [...e.tokens].every((t) => exactly.has(t)));
    // "Số người giảm gồm: chết 96 người, hết thời hạn hưởng 28 người": a sentence breaking down another count holds its
    // parts, never the value of a subject ("số người hưởng") its own lead does not name.
    if (breaksDownOther(words, wanted)) continue;
    const of = (list: Earlier[]) => list.filter((e) => !e.figure.change && countable(e.figure) && sameUnit(e.figure, base) && wanted.every((t) => e.clause.has(t))
      && !isReference(blocks[e.figure.block], e.figure) && namedBySubject(e));
    // A claim opening the paragraph right after a table: the prose above the table (aboveTable) states the current value.
    const found = words.length > 0 ? of(before) : byUnit ? [] : of(aboveTable(input, byBlock, block)).filter((e) => ![...e.years].some((y) => baseYears.has(y)));
    if (found.length === 0 || new Set(found.map((e) => e.figure.value)).size !== 1) continue;
    const current = found[0].figure;
    const claims: Array<[string, string, string, Figure]> = [[m[2], m[3], m[4] ?? '', own[0]]];
    if (m[5]) claims.push([m[5], m[6], '%', own[1]]);
    for (const [verb, written, unit, change] of claims) {
      const percent = unit === '%';
      if (!percent && (!unit || !sameUnit(change, base))) continue;
      const stated = numberOf(written, true, styleOf(input), sureOf(input));
      if (Number.isNaN(stated)) continue;
      const down = DOWN.test(verb);
      const scale = !percent && change.value !== 0 && stated !== 0 ? Math.abs(change.value) / stated : 1;
      out.push({
        kind: 'change', block, from: Math.max(segment, text.lastIndexOf(verb, at(change))), to: at(change) + change.raw.length,
        verb: verb.toLowerCase(), stated, signed: down ? -stated : stated, decimals: decimalsOf(written, styleOf(input)),
        percent, unit: percent ? '%' : unit, written, figure: change, current, base, amount: current.value, scale,
      });
    }
  }
}

// "So với cùng kỳ năm 2023: …": the comparison opening a sentence closed by a colon, each claim after it with its own base.
const LEAD_PERIOD = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(COMPARED_WITH)})\s+[^()\d;:,]{0,40}?(?:(?:19|20)\d\d)?\s*:`, 'iu');
// "… (cùng kỳ 03 người)": a claim's own base, labelled by the earlier period, closing its clause.
const OWN_BASE = new RegExp(String.raw`\(\s*(?:${alt(EARLIER_PERIOD_WORDS)})(?:\s+(?:${alt(YEAR_WORDS)})\s+(?:19|20)\d\d)?\s*:?\s*([^()]*)\)[\s.]*$`, 'iu');
// "(-12,5%)": a signed percent restating an absolute change, passed over.
const SIGNED_PERCENT = /\(\s*[-+−]\s?\d+(?:[.,]\d+)*\s?%\s*\)/gu;
const SIGNED_ONE = new RegExp(SIGNED_PERCENT.source, 'u');

/**
 * "Trong 9 tháng xảy ra 07 vụ, làm chết 05 người, bị thương 09 người. / So với cùng kỳ năm 2023: số vụ giảm 1 vụ (-12,5%)
 * (cùng kỳ 08 vụ); số người chết tăng 25% (cùng kỳ 03 người); …": each "Số X tăng/giảm A (cùng kỳ B)" clause of the
 * sentence compares the value of X the sentence before states with its own base B. Read as readLeadingBases reads, with
 * the base of each clause its own bracket (one value, no word X lacks).
 */
function readLeadingPeriod({ input, text, block, s, at, out }: Reading, byBlock: BlockFigures): void {
  const lead = LEAD_PERIOD.exec(text.slice(s.from, s.to));
  if (!lead) return;
  const clauses = input.clauses.of(block);
  const sentence = clauses.find((c) => c.from <= s.from && s.from < c.to)?.sentence;
  const end = Math.max(s.to, ...clauses.filter((c) => c.sentence === sentence).map((c) => c.to));
  const all = (byBlock.get(block) ?? []).filter((f) => at(f) >= s.from && at(f) < end);
  const leadYears = new Set(lead[0].match(YEAR_NUMBER) ?? []);
  const [before, words] = sentenceBefore(input, byBlock, block, s.from);
  if ((words.match(YEAR_NUMBER) ?? []).some((y) => leadYears.has(y))) return;
  const blocks = input.source.blocks;
  let from = s.from + lead[0].length;
  let depth = 0;
  for (let k = from; k <= end; k++) {
    const c = k < end ? text[k] : ';';
    if (c === '(') depth++;
    else if (c === ')') depth--;
    if (depth !== 0 || (c !== ';' && c !== ',') || (/\d/u.test(text[k - 1] ?? '') && /\d/u.test(text[k + 1] ?? ''))) continue;
    const segment = from;
    const words = text.slice(from, k);
    from = k + 1;
    const own = OWN_BASE.exec(words);
    if (!own) break;
    const open = segment + own.index;
    const claim = words.slice(0, own.index).replace(SIGNED_PERCENT, (x) => ' '.repeat(x.length));
    const m = LEAD_CLAIM.exec(claim);
    if (!m || m[5] || /\d/u.test(own[0].slice(0, own[0].indexOf(own[1])).replace(/(?:19|20)\d\d/u, ''))) break;
    const inside = all.filter((f) => at(f) > open && at(f) < k);
    const changes = all.filter((f) => at(f) >= segment && at(f) < open && !SIGNED_ONE.test(text.slice(Math.max(segment, at(f) - 3), at(f) + f.raw.length + 3)));
    const wanted = labelTokens(m[1]);
    if (inside.length !== 1 || !countable(inside[0]) || inside[0].change || wanted.length === 0 || NEGATED_SUBJECT.test(m[1])) continue;
    const base = inside[0];
    if (!labelTokens(own[1].replace(base.raw, ' ')).every((t) => wanted.includes(t) || /^[\d.]+$/u.test(t))) continue;
    const change = changes[0];
    const unit = m[4] ?? '';
    const percent = unit === '%';
    if (!change || (!percent && (!unit || !sameUnit(change, base)))) continue;
    const found = before.filter((e) => !e.figure.change && countable(e.figure) && sameUnit(e.figure, base) && wanted.every((t) => e.clause.has(t))
      && !isReference(blocks[e.figure.block], e.figure));
    if (found.length === 0 || new Set(found.map((e) => e.figure.value)).size !== 1) continue;
    const stated = numberOf(m[3], true, styleOf(input), sureOf(input));
    if (Number.isNaN(stated)) continue;
    const current = found[0].figure;
    const down = DOWN.test(m[2]);
    const scale = !percent && change.value !== 0 && stated !== 0 ? Math.abs(change.value) / stated : 1;
    out.push({
      kind: 'change', block, from: Math.max(segment, text.lastIndexOf(m[2], at(change))), to: at(change) + change.raw.length,
      verb: m[2].toLowerCase(), stated, signed: down ? -stated : stated, decimals: decimalsOf(m[3], styleOf(input)),
      percent, unit: percent ? '%' : unit, written: m[3], figure: change, current, base, amount: current.value, scale,
    });
  }
}

/**
 * "Thiên tai năm 2025 làm 02 (hai) người chết, … / Bảng 1 … / So với năm 2024 (06 người chết), số người chết … giảm 50%":
 * a claim opening the paragraph right after a table (its rows, its caption) compares the values of the prose paragraphs
 * just above the table in the same section (earlierFigures from the last of them); nothing when the table is not right
 * before the claim's paragraph or the section changes.
 */
function aboveTable(input: ComparisonInput, byBlock: BlockFigures, blockIndex: number): Earlier[] {
  const { blocks } = input.source;
  const section = input.blockSection[blockIndex];
  let b = blockIndex - 1;
  if (b < 0 || blocks[b].kind !== 'row') return [];
  while (b >= 0 && blocks[b].kind === 'row' && input.blockSection[b] === section) b--;
  // The table's caption ("Bảng 1. …") and the line sending the reader to it carry no value of their own.
  while (b >= 0 && blocks[b].kind !== 'row' && input.blockSection[b] === section && !byBlock.has(b)) b--;
  if (b < 0 || blocks[b].kind === 'row' || input.blockSection[b] !== section) return [];
  return earlierFigures(input, byBlock, b, blocks[b].text.length, true);
}

// The words of a value's own part of a bracket: "chết 12 người" of "(22 vụ, chết 12 người, bị thương 19 người)".
function bracketClause(text: string, f: Figure, at: At, open: number, close: number): string {
  const head = text.slice(open + 1, at(f));
  const start = open + 1 + Math.max(head.lastIndexOf(','), head.lastIndexOf(';')) + 1;
  const rest = text.slice(at(f), close);
  const end = at(f) + Math.min(...[',', ';'].map((c) => rest.indexOf(c)).filter((i) => i >= 0), rest.length);
  return text.slice(start, end);
}

// The figures of the sentence just before `upTo` (a character of block `blockIndex`), with its text: of the same paragraph,
// else the last sentence of the paragraph before in the same section. A statement opening after a ";" of its own sentence
// ("Trung tâm thụ lý 37 vụ việc, …; so với năm 2023 (31 vụ việc), số vụ việc thụ lý giảm 6 vụ việc") takes the clauses
// of that sentence before it instead: the ";" stands where a full stop would.
function sentenceBefore(input: ComparisonInput, byBlock: BlockFigures, blockIndex: number, upTo: number): [Earlier[], string] {
  const all = earlierFigures(input, byBlock, blockIndex, upTo);
  const clauses = input.clauses.of(blockIndex);
  const mine = clauses.find((c) => c.from <= upTo && upTo < c.to)?.sentence;
  const leading = mine === undefined ? [] : clauses.filter((c) => c.to <= upTo && c.sentence === mine);
  if (leading.length > 0 && leading[leading.length - 1].end === ';') {
    const [from, to] = [leading[0].from, leading[leading.length - 1].to];
    const start = input.source.blocks[blockIndex].span.start;
    const inside = all.filter((e) => e.figure.block === blockIndex && e.figure.span.start - start >= from && e.figure.span.start - start < to);
    return [inside, input.source.blocks[blockIndex].text.slice(from, to)];
  }
  const prior = clauses.filter((c) => c.to <= upTo && c.sentence !== mine);
  const previous = all.filter((e) => e.figure.block < blockIndex);
  const home = prior.length > 0 ? blockIndex : previous.length > 0 ? previous[0].figure.block : -1;
  if (home < 0) return [[], ''];
  if (home !== blockIndex && LIST_ITEM.test(input.source.blocks[home].text) && !LIST_ITEM.test(input.source.blocks[blockIndex].text)) {
    return listBefore(input, byBlock, home);
  }
  const own = home === blockIndex ? prior : input.clauses.of(home);
  const sentence = own[own.length - 1]?.sentence;
  const span = own.filter((c) => c.sentence === sentence);
  if (span.length === 0) return [[], ''];
  const start = input.source.blocks[home].span.start;
  const [from, to] = [span[0].from, span[span.length - 1].to];
  const inside = all.filter((e) => e.figure.block === home && e.figure.span.start - start >= from && e.figure.span.start - start < to);
  return [inside, input.source.blocks[home].text.slice(from, to)];
}

// A paragraph opening with a bullet ("- UBND các xã tiếp 94 lượt;"): one item of a list.
const LIST_ITEM = new RegExp(String.raw`^\s*[${BULLET_CHARS}](?![\d.,])`, 'u');
const MAX_LIST_ITEMS = 12;

// "Toàn huyện tiếp 214 lượt. Cụ thể: / - Ban Tiếp công dân tiếp 96 lượt; / - UBND các xã tiếp 94 lượt. / So với cùng kỳ (238
// lượt), số lượt tiếp giảm 24 lượt": a paragraph after a list speaks of what the list tells as a whole, never of its last
// item alone. The sentence before is every item of the list (the run of bullet paragraphs ending at `last`, in one section),
// so a subject several items name has several values and is not read. A list too long to read whole gives nothing.
function listBefore(input: ComparisonInput, byBlock: BlockFigures, last: number): [Earlier[], string] {
  const { blocks } = input.source;
  let first = last;
  while (first > 0 && blocks[first - 1].kind !== 'row' && input.blockSection[first - 1] === input.blockSection[last] && LIST_ITEM.test(blocks[first - 1].text)) {
    first--;
    if (last - first >= MAX_LIST_ITEMS) return [[], ''];
  }
  const items: Earlier[] = [];
  for (let b = first; b <= last; b++) items.push(...earlierFigures(input, byBlock, b, blocks[b].text.length).filter((e) => e.figure.block === b));
  return [items, blocks.slice(first, last + 1).map((b) => b.text).join('\n')];
}

// A sentence opening "Số Y gồm:" / "Tổng số Y, trong đó": a breakdown of Y.
const BREAKDOWN_LEAD = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(COUNT_WORDS)})\s+(\p{L}[\p{L}\s]*?)\s*,?\s*(?:${alt(BREAKDOWN_WORDS)})\s*:`, 'iu');
// The sentence breaks down a count whose words are not all the subject's own.
function breaksDownOther(sentence: string, wanted: string[]): boolean {
  const lead = BREAKDOWN_LEAD.exec(sentence);
  return lead !== null && labelTokens(lead[1]).some((t) => !wanted.includes(t));
}

// "Số người chết do tai nạn lao động giảm so với năm 2023 (01 người).": a way of change with no amount, its base alone in the
// bracket closing the sentence; the subject's cause ("do …") is no part of what it counts.
const DIRECTION_CLAIM = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(COUNT_WORDS)})\s+(\p{L}[\p{L}\s]*?)\s+(?:(?:${alt(CHANGE_CLAIM_ADVERBS)})\s+){0,2}(${alt(CHANGE_VERBS)})\s+(?:${alt(COMPARED_WITH)})\s+([^()\d;:,]{0,30}?((?:19|20)\d\d)?)\s*\(\s*\d[^()]*\)[\s.]*$`, 'iu');
const CAUSE_TAIL = new RegExp(String.raw`\s(?:${alt(CAUSE_WORDS)})\s.*$`, 'iu');

/**
 * "Năm 2024 … xảy ra 09 vụ …, trong đó 02 người chết, … / Số người chết do tai nạn lao động giảm so với năm 2023 (01
 * người).": the way a count changed, claimed with no amount against the base in its bracket, is the way from that base to
 * the one value the sentence before states of every word of the subject (its cause left out), in the same unit. Nothing
 * when that value is another's base or is told after the base's own year in its sentence.
 */
function readDirection({ input, text, block, s, figs, at, out }: Reading, byBlock: BlockFigures): void {
  const statement = text.slice(s.from, s.to);
  const m = DIRECTION_CLAIM.exec(statement);
  if (!m || figs.length !== 1 || NEGATED_SUBJECT.test(m[1])) return;
  const base = figs[0];
  const open = s.from + statement.lastIndexOf('(');
  if (at(base) < open || !countable(base) || base.change) return;
  const wanted = labelTokens(m[1].replace(CAUSE_TAIL, ''));
  if (wanted.length === 0) return;
  const [before] = sentenceBefore(input, byBlock, block, s.from);
  const blocks = input.source.blocks;
  const found = before.filter((e) => {
    const f = e.figure;
    if (f.change || !countable(f) || !sameUnit(f, base) || !wanted.every((t) => e.tokens.has(t)) || isReference(blocks[f.block], f)) return false;
    const home = blocks[f.block];
    const head = home.text.slice(0, f.span.start - home.span.start);
    const from = Math.max(...['. ', '; ', '! ', '? '].map((c) => head.lastIndexOf(c)));
    return m[4] === undefined || !head.slice(from + 1).includes(m[4]);
  });
  if (found.length === 0 || new Set(found.map((e) => e.figure.value)).size !== 1) return;
  const verbAt = s.from + m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
  out.push({ kind: 'direction', block, from: verbAt, to: open, verb: m[2].toLowerCase(), current: found[0].figure, base });
}

const NEGATED_SUBJECT = new RegExp(`${edgeAlt(NEGATION_WORDS)}(?![\\p{L}])`, 'iu');

// The base names the subject's own year in its bracket ("(năm 2025: …)"): then it is no earlier value.
function isOfYear(base: Figure, year: string, text: string, at: At): boolean {
  const open = text.lastIndexOf('(', at(base));
  return open >= 0 && text.slice(open, at(base)).includes(year);
}

const PURPOSE_BEFORE = new RegExp(String.raw`${edgeAlt(PURPOSE_WORDS)}\s*$`, 'iu');

/**
 * The block stands under a title of plans ("B. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM", "Phương hướng …") and the words before
 * the claim say nothing done ("đã"): its "hoàn thành chỉ tiêu" is an aim the figures before it are planned toward, not a result.
 */
function aimedInPlan(input: ComparisonInput, block: number, lead: string): boolean {
  if (!input.sections || FINISHED_BEFORE.test(lead)) return false;
  for (let t = input.blockSection[block] ?? null; t !== null; t = input.sections[t].parent) if (planSectionTitle(input.sections[t].title.trim())) return true;
  return false;
}
const FINISHED_BEFORE = wordsRe(PAST_ASPECT_WORDS);

function readTargets({ input, text, block, s, figs, at, out }: Reading): void {
  for (const m of matchesIn(TARGET, text, s)) {
    const end = m.index + m[0].length;
    if (aimedInPlan(input, block, text.slice(s.from, m.index))) continue;
    // "tuyển sinh 835 người để hoàn thành chỉ tiêu 2.100 người": a claim opened by a purpose word is what the value is for,
    // not what it reached.
    if (PURPOSE_BEFORE.test(text.slice(s.from, m.index))) continue;
    const first = figs.find((f) => at(f) >= end);
    // The target stands within a few words of the claim, or further in the bracket that closes the words naming whose
    // target it is ("vượt chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện đề ra (99,5%)"), with no other number between.
    const after = first && (at(first) - end <= 40 || (at(first) - end <= MAX_TARGET_NAME && BRACKETED_AFTER_WORDS.test(text.slice(end, at(first))))) ? first : undefined;
    // A figure after the claim is its target only within the claim's clause: "vượt kế hoạch được giao; gồm: … 426 người" is not.
    const target = after && ownClause(text.slice(end, at(after))) ? after : undefined;
    // "đạt chỉ tiêu Nghị quyết đề ra (dưới 0,95%)": a bound before the target makes it a ceiling, no hedge.
    // Only a claim to meet it ("đạt", "chưa đạt"): a ceiling one claims to pass ("vượt … (dưới 85%)") says nothing sure.
    const ceiling = target !== undefined && MEETS.test(m[1]) && CEILING.test(text.slice(end, at(target)));
    if (!target || !(countable(target) || target.kind === 'percent') || (!ceiling && HEDGE.test(text.slice(end, at(target))))) continue;
    // A past value in brackets ("tăng … so với năm 2023 (61,1 triệu đồng), vượt chỉ tiêu (66 triệu đồng)") is not the value achieved.
    // Nor is a change ("tăng 7,4 triệu đồng") or a prior value: only the value itself meets a target.
    const roles = rolesOf(input);
    // A target of change ("vượt chỉ tiêu giảm 30 hộ nghèo") is met by the change of the same verb ("giảm 24 hộ"), not by a level.
    const verb = CHANGE_TARGET.exec(text.slice(end, at(target)))?.[1].toLowerCase();
    const changedBy = (f: Figure) => verb !== undefined && roles.get(f.index) === 'change' && CHANGE_TARGET.exec(text.slice(Math.max(s.from, at(f) - 12), at(f)))?.[1].toLowerCase() === verb;
    const achieved = (f: Figure) => (verb === undefined ? !NOT_ACHIEVED.has(roles.get(f.index) ?? '') : changedBy(f));
    // "giảm 1,60 điểm phần trăm, vượt chỉ tiêu giảm 1,8%": a rate's change in points meets a target of change written in %.
    const inPoints = (f: Figure) => verb !== undefined && target.kind === 'percent' && f.kind !== 'percent' && POINTS_AFTER.test(text.slice(at(f) + f.raw.length));
    const before = figs.filter((f) => at(f) < m.index && ((sameKind(f, target) && sameThings(f, target)) || inPoints(f)) && !isReference(input.source.blocks[f.block], f) && achieved(f));
    if (countedSubject(text, figs, at, m.index, target)) continue;
    // "Tỷ lệ nữ (60,16%) và dân tộc thiểu số (25,00%) đều vượt mục tiêu (50% và 20%)": a list of targets is met value by
    // value, in order; read only when the sentence states as many values before the claim as targets after it.
    // "(nhẹ cân dưới 10%, thấp còi dưới 14%)": targets each named by its indicator are met by the value naming it, or unread.
    const labelled = labelledTargets(text, figs, at, target);
    if (labelled && labelled.some((t) => t.bound !== labelled[0].bound)) continue;
    const targets = labelled ? labelled.map((t) => t.figure) : targetList(text, figs, at, target);
    if (targets.length > 1 && !labelled && before.length !== targets.length) continue;
    const pairs: Array<[Figure, Figure]> = labelled ? pairByLabel(text, figs, at, before, labelled, s.from) ?? []
      : targets.length > 1 ? targets.map((t, k) => [before[k], t]) : before.length > 0 ? [[before[before.length - 1], target]] : [];
    for (const [value, aim] of pairs) {
      out.push({ kind: 'target', block, from: m.index, to: end, claim: m[0], negative: NEGATIVE.test(m[1]), value, target: aim, ...(ceiling ? { ceiling } : {}) });
    }
    // No percent before a percent target: a share told as a fraction right before the claim is held to it by its percent.
    const share = pairs.length === 0 && targets.length === 1 && target.kind === 'percent' && !verb ? shareBefore(input, text, figs, at, m.index) : null;
    if (share && achieved(share)) {
      out.push({ kind: 'target', block, from: m.index, to: end, claim: m[0], negative: NEGATIVE.test(m[1]), value: share, target, fraction: true, ...(ceiling ? { ceiling } : {}) });
    }
  }
}
const MEETS = new RegExp(`^(?:${alt(MEETS_VERBS)})$`, 'iu');
// Between a fraction and the claim after it: the fraction's own words ("người là nữ") closed by a comma, no other figure.
const SHARE_CLAUSE = /^[^();:,.]{0,60},\s*$/u;
/**
 * "trong đó 11/23 người là nữ, vượt chỉ tiêu tối thiểu 50%": the fraction right before the claim, its own words then a comma
 * between, a share of its whole (0 < a ≤ b). Not a fraction that is the claim's subject with only its noun between ("03/05 xã
 * vượt chỉ tiêu 90%": each of the three passed it), which has no comma.
 */
function shareBefore(input: ComparisonInput, text: string, figs: Figure[], at: At, claimAt: number): Figure | null {
  const before = figs.filter((f) => at(f) < claimAt);
  const last = before[before.length - 1];
  if (!last || last.kind !== 'fraction' || last.numerator === null || last.denominator === null) return null;
  if (!(last.numerator > 0 && last.numerator <= last.denominator) || isReference(input.source.blocks[last.block], last)) return null;
  return SHARE_CLAUSE.test(text.slice(at(last) + last.raw.length, claimAt)) ? last : null;
}
// "(50% và 20%)", "(50%, 20% và 15%)": only a comma or "và" between two targets.
const TARGET_JOINT = /^\s*(?:,|;)?\s*(?:và\s+)?$/u;
// The target and those of the same kind listed right after it.
// Nothing but the counted noun between a count and the claim it is the subject of ("02 xã vượt dự toán").
const COUNTED_NOUN_ONLY = /^\s*(?:\p{L}+(?:\s+\p{L}+){0,3})?\s*$/u;
/**
 * "…, trong đó 02 xã vượt dự toán cả năm là xã A (108,9%) và xã B (110,2%)": a count (or fraction) of things right before
 * the claim, only their noun between, is the claim's subject: the claim is what each of those counted did, so no value
 * stated before it (the whole's "85,9%", a bound "từ 75% trở lên") is theirs, and a bracket after it may hold one member's
 * own value. The count itself may be the value (same kind and unit as the target: "kết nạp 126 đảng viên vượt chỉ tiêu (120
 * đảng viên)").
 */
function countedSubject(text: string, figs: Figure[], at: At, claimAt: number, target: Figure): boolean {
  const before = figs.filter((f) => at(f) < claimAt);
  const subject = before[before.length - 1];
  if (!subject || (subject.kind !== 'count' && subject.kind !== 'fraction')) return false;
  if (sameKind(subject, target) && sameThings(subject, target)) return false;
  return COUNTED_NOUN_ONLY.test(text.slice(at(subject) + subject.raw.length, claimAt));
}

function targetList(text: string, figs: Figure[], at: At, target: Figure): Figure[] {
  const out = [target];
  for (let k = figs.indexOf(target) + 1; k < figs.length; k++) {
    const prev = out[out.length - 1];
    if (figs[k].kind !== target.kind || !TARGET_JOINT.test(text.slice(at(prev) + prev.raw.length, at(figs[k])))) break;
    out.push(figs[k]);
  }
  return out;
}
// "tỷ lệ hộ gia đình đạt danh hiệu “Gia đình văn hóa” vượt chỉ tiêu …": a rate named by its subject alone, opening its statement.
const RATE_NAMED = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(RATE_WORDS)})\s+(\p{L}[^\d();:]*?)\s*$`, 'iu');
// "… đề ra (chỉ tiêu 92%)": the bracket may name the target again before its value.
const BRACKETED_TARGET = new RegExp(String.raw`^[^\d()]*\(\s*(?:(?:${alt(TARGET_WORDS)})\s*:?\s*)?$`, 'iu');
const PLAN_NAMED = wordsRe([...PLAN_BASES, ...PLAN_ABBREVIATIONS]);
// How many paragraphs back the value of a rate named by its subject is looked for (a summary repeats what was stated above).
const NAMED_RATE_BLOCKS = 80;
// A subject naming several rates ("tỷ lệ hộ văn hóa, thôn văn hóa đều …"): no one value is all of theirs.
const SEVERAL_SUBJECT = new RegExp(String.raw`[,;/]|${edgeAlt(SEVERAL_SUBJECT_WORDS)}(?![\p{L}])`, 'iu');

/**
 * "- Phong trào …: có 2.186/2.412 hộ đạt danh hiệu “Gia đình văn hóa”, đạt 90,6%; …" and, in a later summary, "tỷ lệ hộ gia
 * đình đạt danh hiệu “Gia đình văn hóa” vượt chỉ tiêu Nghị quyết … đề ra (chỉ tiêu 92%)": a claim whose statement holds no
 * value but the target, about a rate named by a subject of four words at least. The value is the one percent written
 * earlier in the document (no change, no earlier or planned value) whose own words, from its statement's start or the
 * percent before it, hold every word of the subject. Read only when exactly one such value is found.
 */
function readNamedRateTargets({ input, text, block, s, figs, at, out }: Reading, byBlock: BlockFigures): void {
  for (const m of matchesIn(TARGET, text, s)) {
    const subject = RATE_NAMED.exec(text.slice(s.from, m.index));
    const end = m.index + m[0].length;
    const target = figs.find((f) => at(f) >= end);
    if (!subject || !target || target.kind !== 'percent' || figs.some((f) => at(f) < m.index)) continue;
    if (SEVERAL_SUBJECT.test(subject[1].replace(/["“”][^"“”]*["“”]/gu, ' '))) continue;
    const lead = text.slice(end, at(target));
    if (!(at(target) - end <= 40 || (at(target) - end <= MAX_TARGET_NAME && BRACKETED_TARGET.test(lead))) || !ownClause(lead)) continue;
    if (HEDGE.test(lead) || CEILING.test(lead) || CHANGE_TARGET.test(lead)) continue;
    const wanted = new Set(labelTokens(subject[1]));
    if (wanted.size < 4) continue;
    const roles = rolesOf(input);
    const found: Figure[] = [];
    for (let b = Math.max(0, block - NAMED_RATE_BLOCKS); b <= block; b++) {
      const home = input.source.blocks[b];
      if (home.kind === 'row') continue;
      const statements = input.clauses.statements(b);
      let lastPercent = -1;
      for (const f of byBlock.get(b) ?? []) {
        const fAt = f.span.start - home.span.start;
        if (b === block && fAt >= s.from) break;
        if (f.kind !== 'percent') continue;
        const statement = statements.find((st) => st.from <= fAt && fAt < st.to);
        const from = Math.max(statement?.from ?? 0, lastPercent);
        lastPercent = f.span.end - home.span.start;
        if (f.change || isReference(home, f) || NOT_ACHIEVED.has(roles.get(f.index) ?? '')) continue;
        const words = home.text.slice(from, fAt);
        if (PLAN_NAMED.test(words) || HEDGE.test(words)) continue;
        const have = new Set(labelTokens(words));
        if ([...wanted].every((t) => have.has(t))) found.push(f);
      }
    }
    if (found.length === 0 || new Set(found.map((f) => f.value)).size !== 1) continue;
    out.push({ kind: 'target', block, from: m.index, to: end, claim: m[0], negative: NEGATIVE.test(m[1]), value: found[found.length - 1], target });
  }
}

const CEILING = new RegExp(String.raw`${edgeAlt(CEILING_WORDS)}\s*$`, 'iu');

// Percentage points right after a number: "1,60 điểm phần trăm".
const POINTS_AFTER = new RegExp(String.raw`^\s*(?:${alt(PERCENT_POINT_UNITS)})(?![\p{L}])`, 'iu');

// A change verb right before the target ("chỉ tiêu giảm 30 hộ"), and the same verb right before a change figure ("giảm 24 hộ").
const CHANGE_TARGET = new RegExp(String.raw`(${edgeAlt(CHANGE_VERBS)})(?:\s+thêm)?\s*$`, 'iu');

// "Tỷ lệ giải ngân của huyện cao hơn tỷ lệ bình quân chung của tỉnh (93,5%)": a rate's subject, a comparative, words
// naming the other rate and that rate in brackets. The subject may close on its own period ("Tỷ lệ giải ngân 9 tháng năm
// 2025 cao hơn …"), and the other may be an earlier period's rate (words of no digit but a year), its bracket then opened
// by that period ("cùng kỳ năm 2024 (cùng kỳ đạt 61,35%)"). Groups: subject, higher, lower, the other's words, and the
// bracket's earlier-period word or year.
const YEAR_AT = String.raw`(?<!\d)(?:19|20)\d\d(?!\d)`;
const OWN_PERIOD = String.raw`(?:\s+(?:\d{1,2}\s+)?(?:${alt(PERIOD_UNITS)})(?:\s+(?:${alt(START_END_WORDS)})\s+(?:${alt(YEAR_WORDS)}))?(?:\s+(?:${alt(YEAR_WORDS)}\s+)?${YEAR_AT})?)?`;
const BRACKET_PERIOD = String.raw`(?:(${alt(EARLIER_PERIOD_WORDS)})(?:\s+(?:${alt(YEAR_WORDS)})\s+${YEAR_AT})?|(?:${alt(YEAR_WORDS)})\s+(${YEAR_AT}))\s*(?::|(?:${alt(STATED_AS_WORDS)})(?![\p{L}]))?\s*`;
const RATE_AGAINST = new RegExp(
  String.raw`^[\s\-+•*–]*(?:${alt(RATE_WORDS)})\s+(\p{L}+(?:\s\p{L}+){0,3}?)(?:\s+(?:${alt(OWNER_WORDS)})(?:\s\p{L}+){0,3})?${OWN_PERIOD}\s+(?:(${alt(HIGHER_WORDS)})|(${alt(LOWER_WORDS)}))(?![\p{L}])((?:[^\d()]|${YEAR_AT}){0,80})\(\s*(?:${BRACKET_PERIOD})?$`,
  'iu',
);

/**
 * A rate claimed higher (or lower) than another rate given in brackets, the claimed rate not stated in its sentence but
 * before it: the one percent (not in brackets, no change) of this paragraph or the one before it in the same section
 * whose clause holds the words of the subject ("… đã giải ngân 448.970 triệu đồng, đạt 92,31% kế hoạch vốn"). Read as a
 * target the value must pass (or stay under); nothing when no such percent, or more than one value, is found.
 */
function readRateAgainst({ input, text, block, s, figs, at, out }: Reading, byBlock: BlockFigures): void {
  const target = figs.find((f) => f.kind === 'percent' && at(f) >= s.from);
  if (!target || figs.some((f) => at(f) < at(target))) return;
  const m = RATE_AGAINST.exec(text.slice(s.from, at(target)));
  if (!m || !namesBracketPeriod(m[4], m[5], m[6])) return;
  const close = text.slice(at(target) + target.raw.length).search(/\S/u);
  if (close < 0 || text[at(target) + target.raw.length + close] !== ')') return;
  const words = new RegExp(String.raw`(?<![\p{L}])${m[1].trim().replace(/\s+/gu, '\\s+')}(?![\p{L}])`, 'iu');
  const found: Figure[] = [];
  for (const b of [block - 1, block]) {
    const home = input.source.blocks[b];
    if (!home || home.kind === 'row' || input.blockSection[b] !== input.blockSection[block]) continue;
    for (const f of byBlock.get(b) ?? []) {
      const fAt = f.span.start - home.span.start;
      if (f.kind !== 'percent' || f.change || (b === block && fAt >= s.from) || isReference(home, f)) continue;
      const before = home.text.slice(Math.max(0, fAt - 200), fAt);
      const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf(';')) + 1);
      if (clause.split('(').length !== clause.split(')').length) continue;
      if (words.test(clause) && !namesEarlier(clause, m[4])) found.push(f);
    }
  }
  if (found.length === 0 || new Set(found.map((f) => f.value)).size !== 1) return;
  const claimFrom = s.from + m[0].search((m[2] ? HIGHER_ANY : LOWER_ANY));
  const claim = (m[2] ?? m[3]).toLowerCase();
  out.push({ kind: 'target', block, from: claimFrom, to: claimFrom + claim.length, claim, negative: m[3] !== undefined, value: found[0], target, exceed: m[2] !== undefined });
}

// The clause of a value names the earlier period the claim compares with (its year, or an earlier-period word of the
// claim's): that value is the other rate restated, not the claimed one.
function namesEarlier(clause: string, other: string): boolean {
  const years = other.match(YEARS_AT) ?? [];
  if (years.some((y) => clause.includes(y))) return true;
  return EARLIER_PERIOD_RES.some((re) => re.test(other) && re.test(clause));
}
// Built once, not per call: `match` with a global regex starts from 0 and the word regexes are not global, so none keeps a state.
const YEARS_AT = new RegExp(YEAR_AT, 'gu');
const EARLIER_PERIOD_RES = EARLIER_PERIOD_WORDS.map((w) => wordsRe([w]));

// A bracket opened by a period ("(cùng kỳ đạt 61,35%)", "(năm 2024: 61,35%)") holds the rate of the period the claim
// compares with: its earlier-period word, or its year, is among the words naming the other rate.
function namesBracketPeriod(other: string, word: string | undefined, year: string | undefined): boolean {
  if (word !== undefined) return wordsRe([word]).test(other);
  return year === undefined || new RegExp(String.raw`(?<!\d)${year}(?!\d)`, 'u').test(other);
}

// "đạt 74,2%, cao hơn tỷ lệ bình quân chung toàn tỉnh (76,8%)": a comparative right after a value (and the "/người" of
// its unit, or the plan a rate is of: "bằng 44,0% kế hoạch, cao hơn …"), words naming the other value (no digit but a
// year: "cùng kỳ năm 2024"; no bracket, no clause break), and that value alone in brackets.
const COMPARED_AFTER = new RegExp(
  String.raw`^(?:\s?\/\s?\p{L}+)*(?:\s+(?:${alt(PLAN_RATE_BASES)})(?:\s+(?:${alt(PLAN_BASE_TAILS)}))?)?\s*,?\s*(?:(${alt(HIGHER_WORDS)})|(${alt(LOWER_WORDS)}))(?![\p{L}])(?:[^\d();:.]|(?<!\d)(?:19|20)\d\d(?!\d)){1,80}\(\s*$`,
  'iu',
);
// The bracket closing right after the other value (and the "/người" of its unit).
const CLOSED_AFTER = /^(?:\s?\/\s?\p{L}+)*\s*\)/u;

/**
 * A value claimed higher (or lower) than another written in brackets after the words that name it, in the same
 * sentence: "Tỷ lệ … đạt 74,2%, cao hơn bình quân của tỉnh (76,8%)". Read as a target the value must pass (or stay
 * under) only when the comparative follows the value directly, both are of one kind and unit, the value is no change,
 * no earlier or planned value and not hedged, and the bracket holds the other value alone.
 */
function readComparedAfter({ input, text, block, s, figs, at, out }: Reading): void {
  const roles = rolesOf(input);
  for (let k = 0; k + 1 < figs.length; k++) {
    const value = figs[k];
    const target = figs[k + 1];
    const end = at(value) + value.raw.length;
    const m = COMPARED_AFTER.exec(text.slice(end, at(target)));
    if (!m || at(target) >= s.to) continue;
    if (!CLOSED_AFTER.test(text.slice(at(target) + target.raw.length, at(target) + target.raw.length + 40))) continue;
    if (!(countable(value) || value.kind === 'percent') || !sameKind(value, target) || !sameThings(value, target)) continue;
    if (value.change || target.change || NOT_ACHIEVED.has(roles.get(value.index) ?? '') || isReference(input.source.blocks[value.block], value)) continue;
    if (HEDGE.test(text.slice(Math.max(s.from, at(value) - 12), at(value))) || HEDGE.test(text.slice(end, at(target)))) continue;
    const claimFrom = end + m[0].search(m[1] ? HIGHER_ANY : LOWER_ANY);
    const claim = (m[1] ?? m[2]).toLowerCase();
    out.push({ kind: 'target', block, from: claimFrom, to: claimFrom + claim.length, claim, negative: m[2] !== undefined, value, target, exceed: m[1] !== undefined });
  }
}

// How far a target in brackets may stand after its claim, and the words before it: no digit, no clause break, then "(".
const MAX_TARGET_NAME = 90;
// The bracket may open with the target's change verb ("vượt chỉ tiêu Nghị quyết Hội đồng nhân dân huyện giao (giảm 2,5%)").
// Where the claim word stands in the match (built once, not per figure).
const HIGHER_ANY = new RegExp(alt(HIGHER_WORDS), 'iu');
const LOWER_ANY = new RegExp(alt(LOWER_WORDS), 'iu');
const BRACKETED_AFTER_WORDS = new RegExp(String.raw`^[^\d()]*\(\s*(?:(?:${alt(CHANGE_VERBS)})(?:\s+thêm)?\s+)?$`, 'iu');
// An aim ("Phấn đấu cấp thêm 164 giấy, hoàn thành kế hoạch năm 300 giấy") is a target itself, not a value reached.
const NOT_ACHIEVED = new Set(['change', 'prior', 'target']);
const roleCache = new WeakMap<ComparisonInput['readings'], Map<number, string>>();
// The role each figure was read in, by figure index.
function rolesOf(input: ComparisonInput): Map<number, string> {
  let roles = roleCache.get(input.readings);
  if (!roles) roleCache.set(input.readings, (roles = new Map(input.readings.map((r) => [r.figure.index, r.role]))));
  return roles;
}

// One kind of figure, a count and a decimal of one named unit alike ("18,5 ha" against a target of "20 ha").
function sameKind(a: Figure, b: Figure): boolean {
  if (a.kind === b.kind) return true;
  const measured = (f: Figure) => (f.kind === 'count' || f.kind === 'decimal') && f.unit !== null;
  return measured(a) && measured(b);
}

// The same unit, or one a kind of the other: "215 lao động" against a target of "250 người".
function sameThings(a: Figure, b: Figure): boolean {
  if (sameUnit(a, b)) return true;
  return a.kind === 'count' && a.unit !== null && b.unit !== null && (unitKindOf(a.unit, b.unit) || unitKindOf(b.unit, a.unit));
}

// "ước đạt 68,5 triệu đồng … và đạt tiêu chí (yêu cầu từ 70 triệu đồng trở lên)": a standard stated as a lower bound in
// brackets right after the claim.
const CRITERION = new RegExp(String.raw`(${edgeAlt(MEETS_VERBS)})\s+(${alt(CRITERION_WORDS)})(?![\p{L}])\s*\(([^()]{0,80})\)`, 'giu');
const MINIMUM = new RegExp(String.raw`${edgeAlt(MINIMUM_WORDS)}(?![\p{L}])`, 'iu');

/** A value claimed to meet (or miss) a standard whose lower bound the bracket after the claim states. */
function readCriteria({ input, text, block, s, figs, at, out }: Reading): void {
  for (const m of matchesIn(CRITERION, text, s)) {
    const open = m.index + m[0].length - m[3].length - 1;
    const close = m.index + m[0].length;
    const inside = figs.filter((f) => at(f) >= open && at(f) < close);
    if (inside.length !== 1 || !MINIMUM.test(m[3]) || HEDGE.test(text.slice(open + 1, at(inside[0])))) continue;
    const target = inside[0];
    if (!(countable(target) || target.kind === 'percent')) continue;
    // A past value in brackets ("so với năm 2023 (63,9 triệu đồng)") is not the one held against the standard.
    const before = figs.filter((f) => at(f) < m.index && sameKind(f, target) && sameUnit(f, target) && !isReference(input.source.blocks[f.block], f));
    const value = before[before.length - 1];
    if (!value || HEDGE.test(text.slice(Math.max(s.from, at(value) - 12), at(value)))) continue;
    const claimEnd = m.index + m[1].length + 1 + m[2].length;
    out.push({ kind: 'target', block, from: m.index, to: claimEnd, claim: text.slice(m.index, claimEnd), negative: NEGATIVE.test(m[1]), value, target });
  }
}

const FULFILMENT_CLAIM = new RegExp(String.raw`(${edgeAlt(FULFILMENT_VERBS)})\s+(?:mức\s+)?(${alt(PLAN_RATE_BASES)})(?![\p{L}])`, 'giu');
const PLAN_WORD = wordsRe([...PLAN_RATE_BASES, ...PLAN_ABBREVIATIONS]);
const RATE_SUBJECT = new RegExp(String.raw`${edgeAlt(RATE_WORDS)}(?![\p{L}])`, 'iu');

/**
 * "Thực hiện 412 triệu/dự toán 435 triệu, đạt 94,9%, hoàn thành vượt mức dự toán": a rate of the plan right before a claim
 * about the plan, with no target written after the claim. Read only when the rate is plainly one of fulfilment (the plan
 * word follows it, or its sentence set a value against the plan before it) and the subject is no other rate ("tỷ lệ …").
 */
function readFulfilment({ text, block, s, figs, at, out }: Reading): void {
  for (const m of matchesIn(FULFILMENT_CLAIM, text, s)) {
    const end = m.index + m[0].length;
    if (figs.some((f) => at(f) >= end && at(f) - end <= 40)) continue;
    const before = figs.filter((f) => at(f) < m.index);
    const rate = before[before.length - 1];
    if (!rate || rate.kind !== 'percent' || !/^[\s,]*(?:và\s+)?$/u.test(text.slice(at(rate) + rate.raw.length, m.index).replace(/^\s*%/u, ''))) continue;
    const lead = text.slice(s.from, at(rate));
    const after = text.slice(at(rate) + rate.raw.length, m.index).replace(/^\s*%/u, '');
    if (RATE_SUBJECT.test(lead) || !(PLAN_WORD.test(after) || PLAN_WORD.test(lead))) continue;
    out.push({ kind: 'fulfilment', block, from: m.index, to: end, claim: m[0], negative: NEGATIVE.test(m[1]), rate });
  }
}

// The words between a fraction and a claim about the plan that name the fraction's denominator the plan: its unit's words,
// the plan word ("theo kế hoạch", "theo chỉ tiêu giao"), a place or aside, then the claim's comma; no number, no clause mark.
const PLANNED_FRACTION_TAIL = /^[^\d;:.()]{0,80},\s*(?:và\s+)?$/u;

/**
 * "Tổ chức sơ tuyển sức khỏe cho 86/90 công dân theo kế hoạch tại Trạm Y tế xã, vượt chỉ tiêu được giao": a claim about the
 * plan with no target after it, right after a fraction whose own words name the plan (so its denominator is the plan, its
 * numerator what was done) — a fulfilment of numerator/denominator. A fraction not named as of the plan may be of any whole.
 */
function readPlannedFractions({ text, block, s, figs, at, out }: Reading): void {
  for (const m of matchesIn(FULFILMENT_CLAIM, text, s)) {
    const end = m.index + m[0].length;
    if (figs.some((f) => at(f) >= end && at(f) - end <= 40 && ownClause(text.slice(end, at(f))))) continue;
    const fraction = figs.filter((f) => at(f) >= s.from && at(f) < m.index).at(-1);
    if (!fraction || fraction.kind !== 'fraction' || fraction.numerator === null || fraction.denominator === null || fraction.denominator <= 0) continue;
    const tail = text.slice(at(fraction) + fraction.raw.length, m.index);
    if (!PLANNED_FRACTION_TAIL.test(tail) || !PLAN_WORD.test(tail) || HEDGE.test(text.slice(Math.max(s.from, at(fraction) - 12), at(fraction)))) continue;
    out.push({ kind: 'fulfilment', block, from: m.index, to: end, claim: m[0], negative: NEGATIVE.test(m[1]), rate: fraction, fraction: true });
  }
}

// "… 2.870 triệu đồng so với dự toán 3.100 triệu đồng, vượt dự toán": the plan the claim is about, stated just before it.
const PLAN_BEFORE = new RegExp(String.raw`(?<![\p{L}])so với\s+(?:${alt(PLAN_BASES)})(?:\s+\p{L}+){0,3}\s*:?\s*$`, 'iu');
const PLAN_CLAIM_WORD = new RegExp(String.raw`^(?:${alt(PLAN_BASES)})$`, 'iu');

/**
 * "thu thuế … ước đạt 2.870 triệu đồng so với dự toán 3.100 triệu đồng, vượt dự toán được giao": a claim about the plan with
 * no target after it, right after a value and the plan it is compared with ("A so với kế hoạch B", a rate in brackets
 * allowed between). Read only when both are of one unit and nothing but the unit, brackets and a comma stand between.
 */
function readStatedPlans({ text, block, s, figs, at, out }: Reading): void {
  for (const m of matchesIn(FULFILMENT_CLAIM, text, s)) {
    const end = m.index + m[0].length;
    const next = figs.find((f) => at(f) >= end);
    if (!PLAN_CLAIM_WORD.test(m[2]) || (next && at(next) - end <= 40 && ownClause(text.slice(end, at(next))))) continue;
    const before = figs.filter((f) => at(f) >= s.from && at(f) < m.index && f.kind !== 'percent');
    const plan = before[before.length - 1];
    const value = before[before.length - 2];
    if (!plan || !value || !countable(plan) || !countable(value) || !sameUnit(value, plan) || plan.value <= 0) continue;
    if (!PLAN_BEFORE.test(text.slice(Math.max(s.from, at(plan) - 40), at(plan)))) continue;
    if (!/^\s*(?:\p{L}+\s*){0,3}$/u.test(text.slice(at(value) + value.raw.length, at(plan)).replace(PLAN_BEFORE, ''))) continue;
    const between = text.slice(at(plan) + plan.raw.length, m.index).replace(/\([^()]*\)/gu, ' ');
    if (!/^\s*(?:\p{L}+\s*){0,3}[,\s]*(?:và\s+)?$/u.test(between)) continue;
    if (HEDGE.test(text.slice(Math.max(s.from, at(value) - 12), at(value)))) continue;
    out.push({ kind: 'target', block, from: m.index, to: end, claim: m[0], negative: NEGATIVE.test(m[1]), value, target: plan, exceed: true });
  }
}

// The period units a claim names ("kế hoạch năm", "chỉ tiêu 6 tháng" → năm, tháng).
const PERIOD_UNIT = wordsRe(PERIOD_UNITS, 'giu');
const PERIOD_UNIT_WORDS = (s: string): string[] => [...new Set([...s.matchAll(PERIOD_UNIT)].map((m) => m[0].toLowerCase()))];
const EXCEED_CLAIM = new RegExp(String.raw`${edgeAlt(['vượt'])}(?![\p{L}])`, 'iu');
/**
 * "Thuế sử dụng đất phi nông nghiệp đạt 2.236 triệu đồng, chưa đạt dự toán giao" with no plan in the sentence: the plan is
 * the one of the table row that names the same thing (its label whole among the sentence's words before the value) and
 * states the same value in its result column. Read only when exactly one such row, with exactly one plan cell, is found.
 */
function readTablePlans({ input, text, block, s, figs, at, out }: Reading): void {
  if (!input.tables || input.tables.length === 0) return;
  for (const m of matchesIn(FULFILMENT_CLAIM, text, s)) {
    const end = m.index + m[0].length;
    if (!PLAN_CLAIM_WORD.test(m[2]) || figs.some((f) => at(f) >= end)) continue;
    const before = figs.filter((f) => at(f) < m.index);
    const value = before[before.length - 1];
    if (!value || PLAN_WORD.test(text.slice(s.from, m.index))) continue;
    // "Tỷ lệ lao động qua đào tạo đạt 72,5%, vượt chỉ tiêu kế hoạch năm": a percent only as the own value of the rate its
    // sentence names, never a rate of the plan ("đạt 62% kế hoạch"); its row is a rate's ("%" its unit).
    const rate = value.kind === 'percent';
    if (rate ? !RATE_SUBJECT.test(text.slice(s.from, at(value))) : !countable(value)) continue;
    // "… đạt 4.125 triệu đồng, đã vượt dự toán": a tense marker may stand before the claim's verb.
    if (!/^[\s\p{L}]*,?\s*(?:và\s+)?(?:đã\s+)?$/u.test(text.slice(at(value) + value.raw.length, m.index).replace(/^\s*%/u, ''))) continue;
    if (HEDGE.test(text.slice(Math.max(s.from, at(value) - 12), at(value)))) continue;
    // A rate's plan is of the period the claim names after its plan word ("kế hoạch năm"): the plan column's header names it.
    const clauseEnd = text.slice(end, s.to).search(/[,;:.()]/u);
    const periods = rate ? PERIOD_UNIT_WORDS(text.slice(end, clauseEnd < 0 ? s.to : end + clauseEnd)) : [];
    const words = labelTokens(text.slice(s.from, at(value)));
    // The value as written ("2.236" of "2.236 triệu đồng"), to be found in a cell whose header carries the scale (a cell may
    // group thousands by spaces: "4 125").
    const digits = (raw: string) => (/\d+(?:[.,]\d+|[ \u00A0]\d{3})*/u.exec(raw)?.[0] ?? '').replace(/\D/gu, '');
    const written = digits(value.raw);
    const cellFigure = (at: { block: number; from: number }) => input.figures.find((f) => f.block === at.block && f.span.start - input.source.blocks[f.block].span.start === at.from);
    const pairs: Array<[Figure, Figure]> = [];
    for (const t of input.tables) {
      const planCols = t.columns.filter((c) => c.measure === 'plan').map((c) => c.index);
      if (planCols.length !== 1) continue;
      if (rate && !periods.every((w) => wordsRe([w]).test(t.columns[planCols[0]].header))) continue;
      for (const row of t.rows) {
        const label = labelTokens(row.label);
        if (label.length < 2 || !label.every((w) => words.includes(w))) continue;
        // A rate's cells: percents, or plain numbers of a row whose unit is "%"; the value itself, not its digits.
        const ofRate = (c: TableCell) => c.kind === 'percent' || (row.unit.trim() === '%' && (c.kind === 'decimal' || c.kind === 'count'));
        const same = row.cells.filter((c, i) => t.columns[i]?.measure === 'result' && c.pure && c.at !== null
          && (rate ? ofRate(c) && c.value === value.value : c.kind !== 'percent' && digits(c.text) === written));
        const plan = row.cells[planCols[0]];
        if (same.length !== 1 || !plan?.at || plan.value === null || !plan.pure || (rate ? !ofRate(plan) : plan.kind === 'percent')) continue;
        const done = cellFigure(same[0].at!);
        const aim = cellFigure(plan.at);
        // A rate's cells may be written "73" and "72,5" (a count and a decimal): one kind, the rate's.
        if (done && aim && (rate || done.kind === aim.kind)) pairs.push([rate ? value : done, aim]);
      }
    }
    if (pairs.length !== 1) continue;
    out.push({ kind: 'target', block, from: m.index, to: end, claim: m[0], negative: NEGATIVE.test(m[1]), value: pairs[0][0], target: pairs[0][1], exceed: EXCEED_CLAIM.test(m[1]) });
  }
}

// Matches of a global pattern that start inside a sentence.
function matchesIn(re: RegExp, text: string, s: Sentence): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let m = nextMatch(re, text, s.from); m && m.index < s.to; m = nextMatch(re, text, m.index + Math.max(m[0].length, 1))) out.push(m);
  return out;
}

/**
 * The first match of a global pattern starting at `from` or after, remembered per pattern: when the last search of the
 * same text found its match at or after `from` starting from before it, that match is the answer (a match at a position
 * does not depend on where the search began). So the sentences of one long line, asked in order, search it once in all,
 * instead of each searching on to the next match, possibly at the end of the line.
 */
function nextMatch(re: RegExp, text: string, from: number): RegExpExecArray | null {
  const last = LAST_MATCH.get(re);
  if (last && last.text === text && last.from <= from && (last.match === null || last.match.index >= from)) return last.match;
  re.lastIndex = from;
  const match = re.exec(text);
  LAST_MATCH.set(re, { text, from, match });
  return match;
}
const LAST_MATCH = new Map<RegExp, { text: string; from: number; match: RegExpExecArray | null }>();

// ——— "100% X" against a fraction of X ———

const FULL_NEARBY_BLOCKS = 2;
// The noun phrase after a figure: up to a clause end, a bracket or ~70 characters.
const FULL_PHRASE_END = new RegExp(String.raw`[;:.()!?]|\s(?:${alt(HANDING_VERBS)})\s`, 'u');

/**
 * "Công khai 100% thủ tục hành chính thuộc thẩm quyền …" and a fraction of the same thing written in the same or the
 * next paragraphs ("niêm yết 187/240 TTHC thuộc thẩm quyền …"). Sameness: the fraction's counted noun (abbreviations
 * spelled out) must be in the claim's noun phrase, and the two phrases must share at least two more words (the scope,
 * "thuộc thẩm quyền giải quyết"), so "100% xã có sóng 4G" is never read against "6/7 xã có cáp quang".
 */
function readFullClaims(input: ComparisonInput, byBlock: BlockFigures): FullClaim[] {
  const { blocks } = input.source;
  const out: FullClaim[] = leftUndoneClaims(input);
  // The fractions of the report and every figure's scope, read once for all its "100%" claims.
  let shares: Shares | undefined;
  for (const p of input.figures) {
    if (p.kind !== 'percent' || p.value !== 100 || blocks[p.block].kind === 'row') continue;
    const thing = phraseAfter(input, p);
    const next = input.figures[p.index + 1];
    if (thing.length < 3 && !(next && thing.length > 0 && restates(input, p, next, thing))) continue;
    for (let b = p.block; b <= p.block + FULL_NEARBY_BLOCKS && b < blocks.length; b++) {
      if (blocks[b].kind === 'row' || input.blockSection[b] !== input.blockSection[p.block]) break;
      const f = (byBlock.get(b) ?? []).find((x) => x.kind === 'fraction' && x.index !== p.index - 1 && (matches(input, x, thing) || restates(input, p, x, thing)));
      if (!f) continue;
      out.push({ kind: 'full', percent: p, fraction: f, thing: blocks[p.block].text.slice(p.span.end - blocks[p.block].span.start).trim().split(/[;:,.(]/)[0].trim() });
      break;
    }
    if (out.length === 0 || out[out.length - 1].percent !== p) {
      const far = restatedShare(input, p, thing, (shares ??= sharesOf(input)));
      if (far) out.push({ kind: 'full', percent: p, fraction: far, thing: blocks[p.block].text.slice(p.span.end - blocks[p.block].span.start).trim().split(/[;:,.(]/)[0].trim() });
    }
  }
  return out;
}

const FAR_SHARED = 5;
const FAR_OTHER = 2;
const PLANNED = new Set(['plan', 'target', 'prior', 'bound']);
const PLAN_OR_PURPOSE = wordsRe([...PLAN_WORDS, ...PURPOSE_WORDS]);
/**
 * "100 % xã, thị trấn đã có hệ thống truyền thanh ứng dụng công nghệ thông tin - viễn thông" in the assessment and, anywhere
 * else in the report, "9/10 xã, thị trấn đã có đài truyền thanh ứng dụng công nghệ thông tin - viễn thông": the share of the
 * same thing stated at length, short of all. Far from the claim the words must tell the thing: the fraction's counted noun
 * in the claim's phrase, FAR_SHARED words of its phrase besides at least, FAR_OTHER at most not the claim's ("đài" for "hệ
 * thống", "công trình"); neither a plan,
 * target, earlier value or bound (their readings), the claim's statement no estimate ("gần 100%"), plan or purpose ("phấn đấu");
 * the only such fraction of the report.
 */
// The report's fractions by the first word of their counted noun (a claim looks up only those its words can name).
interface Shares { byHead: Map<string, Figure[]>; scopes: Map<number, string[]> }
function sharesOf(input: ComparisonInput): Shares {
  const byHead = new Map<string, Figure[]>();
  for (const f of input.figures) {
    const head = f.kind === 'fraction' && input.source.blocks[f.block].kind !== 'row' ? labelTokens(f.unit ?? '')[0] : undefined;
    if (head === undefined) continue;
    const list = byHead.get(head);
    if (list) list.push(f);
    else byHead.set(head, [f]);
  }
  return { byHead, scopes: new Map(input.readings.map((q) => [q.figure.index, q.scope.split('|')])) };
}

function restatedShare(input: ComparisonInput, p: Figure, thing: string[], shares: Shares): Figure | null {
  const scopeOf = (f: Figure) => shares.scopes.get(f.index) ?? [];
  const block = input.source.blocks[p.block];
  const head = block.text.slice(0, p.span.start - block.span.start);
  const statement = head.slice(Math.max(...['. ', '; ', '! ', '? '].map((c) => head.lastIndexOf(c))) + 1);
  if (thing.length < FAR_SHARED || scopeOf(p).some((t) => PLANNED.has(t)) || HEDGE.test(statement) || PLAN_OR_PURPOSE.test(statement)) return null;
  const claim = new Set(thing);
  const found: Figure[] = [];
  for (const f of [...claim].flatMap((t) => shares.byHead.get(t) ?? [])) {
    if (f.block === p.block || !matches(input, f, thing, 0)) continue;
    const head = labelTokens(f.unit ?? '');
    const scope = new Set(phraseAfter(input, f, PLAN_SCOPE_WORDS).filter((t) => !head.includes(t)));
    const shared = [...scope].filter((t) => claim.has(t)).length;
    if (shared < FAR_SHARED || scope.size - shared > FAR_OTHER || scopeOf(f).some((t) => PLANNED.has(t))) continue;
    found.push(f);
  }
  return found.length === 1 ? found[0] : null;
}

/**
 * "đã kiểm tra toàn bộ 196/196 cơ sở, còn 08 cơ sở chưa được kiểm tra": a claim of all whose own sentence counts some
 * left undone, read as a "100%" claim (the fraction itself standing for the percent) with the count it leaves out.
 * A stated 100% beside a count short of all ("21/22 cán bộ …, đạt tỉ lệ 100%") is not read here: it is a percent
 * that is not its own fraction, percent-mismatch's (STYLE.md).
 */
function leftUndoneClaims(input: ComparisonInput): FullClaim[] {
  const out: FullClaim[] = [];
  for (const f of input.figures) {
    const missing = f.kind === 'fraction' ? leftUndone(input, f) : undefined;
    if (missing) out.push({ kind: 'full', percent: f, fraction: f, thing: (f.label ?? f.unit ?? '').trim(), missing });
  }
  return out;
}

const STILL_LEFT = new RegExp(String.raw`${edgeAlt(STILL_LEFT_WORDS)}\s*$`, 'iu');
const NOT_DONE = new RegExp(String.raw`^\s*(?:${alt(NEGATION_WORDS)})\s+(?:được\s+)?(\p{L}+(?:\s\p{L}+)?)`, 'iu');
const STATEMENT_END = /[;!?]|\.(?:\s|$)/u;
// A noun or two of the count left before its negation ("08 cơ sở lưu trú chưa …" once the unit is dropped).
const NOUN_BEFORE_NEGATION = new RegExp(String.raw`^\s*\p{L}+(?:\s\p{L}+)?(?=\s+(?:${alt(NEGATION_WORDS)})\s)`, 'u');

/**
 * "đã kiểm tra toàn bộ 196/196 cơ sở lưu trú, còn 08 cơ sở chưa được kiểm tra": a fraction of all (n/n) and, later in
 * its sentence, a count of the same thing left ("còn K …") that was not ("chưa/không (được) <verb>") done, the verb
 * one the clause before the fraction did. The count left, when fewer than all, says the fraction is not all.
 */
function leftUndone(input: ComparisonInput, f: Figure): Figure | undefined {
  if (f.numerator === null || f.denominator === null || f.numerator !== f.denominator || f.denominator <= 1) return undefined;
  const block = input.source.blocks[f.block];
  if (block.kind === 'row') return undefined;
  const local = (x: number) => x - block.span.start;
  const done = new Set(labelTokens(block.text.slice(Math.max(0, local(f.span.start) - 60), local(f.span.start))));
  for (let k = f.index + 1; k <= f.index + 3; k++) {
    const g = input.figures[k];
    if (!g || g.block !== f.block) break;
    const between = block.text.slice(local(f.span.end), local(g.span.start));
    if (STATEMENT_END.test(between)) break;
    if (g.kind !== 'count' || g.value <= 0 || g.value >= f.denominator || !STILL_LEFT.test(between) || !sameUnit(f, g) || unitHead(g) === null) continue;
    const after = block.text.slice(local(g.span.end), local(g.span.end) + 60).replace(g.unit ?? '\u0000', '');
    const verb = NOT_DONE.exec(after.replace(NOUN_BEFORE_NEGATION, ''));
    const words = verb ? labelTokens(verb[1]) : [];
    if (words.length > 0 && words.every((t) => done.has(t))) return g;
  }
  return undefined;
}

// "100% tổ dân phố (13/14 tổ)": a fraction in brackets right after the claim's own noun phrase restates the claim itself.
function restates(input: ComparisonInput, p: Figure, f: Figure, thing: string[]): boolean {
  if (f.block !== p.block || f.index !== p.index + 1 || f.numerator === null || f.denominator === null || f.numerator >= f.denominator || f.percent !== null) return false;
  const block = input.source.blocks[p.block];
  const between = block.text.slice(p.span.end - block.span.start, f.span.start - block.span.start);
  if (!/^[^;:.,()!?\d]{1,60}\(\s*$/u.test(between)) return false;
  const head = labelTokens(f.unit ?? '');
  const claim = new Set(thing);
  return head.length > 0 && head.every((t) => claim.has(t));
}

function matches(input: ComparisonInput, f: Figure, thing: string[], minShared = 2): boolean {
  if (f.numerator === null || f.denominator === null || f.denominator === 0 || f.numerator >= f.denominator) return false;
  if (f.percent !== null) return false; // a fraction with its own rate is percent-mismatch's
  const head = labelTokens(f.unit ?? '');
  if (head.length === 0) return false;
  const claim = new Set(thing);
  if (!head.every((t) => claim.has(t))) return false;
  // The plan a fraction is measured against ("01 lớp/02 lớp kế hoạch") names no scope: "100% kế hoạch về số lớp" and it
  // share the plan's words whatever they count.
  const scope = phraseAfter(input, f, PLAN_SCOPE_WORDS).filter((t) => !head.includes(t));
  return new Set(scope.filter((t) => claim.has(t))).size >= minShared;
}
const PLAN_SCOPE_WORDS = new RegExp(String.raw`${edgeAlt(EXCEEDED_BASES)}(?![\p{L}])`, 'giu');

// Tokens of the words right after a figure (its unit included).
function phraseAfter(input: ComparisonInput, f: Figure, without?: RegExp): string[] {
  const block = input.source.blocks[f.block];
  const rest = block.text.slice(f.span.end - block.span.start, f.span.end - block.span.start + 90);
  const cut = FULL_PHRASE_END.exec(rest);
  const phrase = f.kind === 'fraction' && f.unit && !rest.startsWith(' ' + f.unit) ? `${f.unit} ${rest}` : rest;
  const words = cut ? phrase.slice(0, cut.index + (phrase.length - rest.length)) : phrase;
  return labelTokens(without ? words.replace(without, ' ') : words);
}
