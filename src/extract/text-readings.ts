/**
 * The text's readings beyond its figures, read once per document for the rules to judge: comparison claims
 * (comparisons.ts), numbers run together (run-together.ts), the administrative units named and their roles
 * (places.ts, place-roles.ts), the share and plan phrases around percents (shares.ts), and the appendix rows
 * restating sentence figures (appendix-rows.ts). No rule calls those readers itself.
 */
import type { Analysis, AppendixRowMatch, Figure, PlaceMention, PlanRate, ShareLink, TextReadings } from '../model/index.js';
import { readComparisons } from './comparisons.js';
import { readWordedShares } from './shares-worded.js';
import { readRunTogether } from './run-together.js';
import { readMalformedNumbers } from './malformed-numbers.js';
import { findUnitMentions, locateUnit, placeKey, rankOf } from './places.js';
import { strangerMembers } from './place-members.js';
import { umbrellaPartners } from './place-umbrella.js';
import { giverToIssuer, neighbourThroughDocument, otherThroughSentence, placeRole, yardstickValues } from './place-roles.js';
import { echoesWholeRate, namedTotal, namesWhole, phraseTotal, planBefore, planFirst, planInBrackets, planInTable, planNamedBefore, predicateShareOf, sameMeasure, shareOf, statedWhole, totalThenDone, wholeAfterRate } from './shares.js';
import { labelledWhole } from './shares-label.js';
import { planOfNamedSubject } from './shares-plan-subject.js';
import { planInValueRow } from './shares-plan-row.js';
import { bracketed, breakdownShares, complementWhole, dutyWhole, earlierNamedWhole, funnelWhole, leadWhole, siblingNamedWholes, subgroupWhole } from './shares-whole.js';
import { intakeThenDone } from './shares-intake.js';
import { notTheBase } from './shares-base.js';
import { inventoryShares } from './shares-inventory.js';
import { percentAgrees } from './percent-arith.js';
import { heldShareBefore } from './claims-parts.js';
import { matchAppendixRows } from './appendix-rows.js';
import { clauseWords, minusBefore, statedQuotient } from './rate-context.js';
import { dateEventYears, statementAround } from './date-context.js';
import { readChangeRates } from './change-rates.js';
import { readPlanDone } from './plan-done.js';
import { readRestatedGroups } from './restated-groups.js';
import { readBracketedPlans } from './bracketed-plans.js';
import { readAgeNestings } from './age-groups.js';

/** What the text readings are read from. */
export type TextReadingInput = Pick<Analysis, 'source' | 'meta' | 'figures' | 'clauses' | 'blockSection' | 'claims' | 'readings' | 'tables' | 'dates'> & Partial<Pick<Analysis, 'numbers' | 'sections'>>;

/** Read everything of the text the rules judge beyond the figures and their readings. */
export function extractTextReadings(input: TextReadingInput): TextReadings {
  const mentions = findUnitMentions(input.source);
  const roles = neighbourThroughDocument(input.source, yardstickValues(input.source, otherThroughSentence(input.source, mentions.map((m) => ({ ...m, ...placeRole(input.source, m) })))));
  const unit = input.meta.unit;
  const ownKey = unit ? (mentions.find((m) => m.unit.name === unit.name)?.key ?? placeKey(unit.name.slice(unit.level.length + 1))) : '';
  const places: PlaceMention[] = unit ? umbrellaPartners(input.source, giverToIssuer(input.source, roles, ownKey, unit.level), ownKey, rankOf(unit)) : roles;
  const home = input.meta.unit ? locateUnit(input.source, input.meta.unit, mentions) : null;
  const appendixRows = matchAppendixRows(input, input.readings, input.tables);
  const dateStatements = input.dates.map((ds, block) => ds.map((d) => statementAround(input, block, d.from)));
  const shares = { claimShares: claimShares(input), statedShares: statedShares(input), breakdownShares: breakdownShares(input) };
  const plans = planRates(input, appendixRows);
  const changeRates = readChangeRates(input);
  // A percent any other reading gave its base, or a fraction beside it owns, is not read again against the inventory.
  const read = new Set([...shares.claimShares, ...shares.statedShares, ...shares.breakdownShares].map((x) => x.share.index)
    .concat(plans.map((x) => x.rate.index), changeRates.map((x) => x.rate.index), input.figures.filter((f) => f.kind === 'percent' && ownedByFraction(input, f)).map((f) => f.index)));
  return {
    comparisons: [...readComparisons(input), ...readWordedShares(input)],
    runTogether: readRunTogether(input),
    malformedNumbers: readMalformedNumbers(input),
    places,
    home: home ? places[mentions.indexOf(home)] : null,
    strangers: unit && rankOf(unit) === 2 ? strangerMembers(input.source, input.tables, places, ownKey) : [],
    ...shares,
    inventoryShares: inventoryShares(input, read),
    planRates: plans,
    changeRates,
    appendixRows,
    restatedGroups: readRestatedGroups(input),
    ageNestings: readAgeNestings(input),
    bracketedPlans: readBracketedPlans(input),
    clauseWords: input.figures.map((f) => (input.source.blocks[f.block].kind === 'row' ? '' : clauseWords(input, f))),
    minusBefore: input.figures.map((f) => minusBefore(input, f)),
    statedQuotient: input.figures.map((f) => statedQuotient(input, f)),
    dateStatements,
    dateEventYears: dateEventYears(input, dateStatements),
  };
}

// For each part of a part–whole claim (lists and balances aside), the percent stated as its share.
function claimShares(input: TextReadingInput): ShareLink[] {
  const out: ShareLink[] = [];
  for (const claim of input.claims) {
    // A fraction whole (Claim.bound) leaves unsure which group a part's share is of.
    if (claim.relation === 'list' || claim.relation === 'balance' || claim.bound !== undefined) continue;
    const whole = input.figures[claim.whole];
    const inBrackets: ShareLink[] = [];
    for (const i of claim.parts) {
      const part = input.figures[i];
      const held = input.figures[i - 1];
      // "chiếm 84,2% (241 trường hợp)": a share held with the part restated in the bracket after it is the part's share.
      const share = shareOf(input, part) ?? predicateShareOf(input, part, whole) ?? (heldShareBefore(input.source.blocks[part.block], held, part) ? held : undefined);
      if (share && echoesWholeRate(input, share, part, whole)) continue;
      // One kind, or a count and a decimal of one unit; a share that names its own whole is of that whole only.
      if (share && sameMeasure(whole, part) && namesWhole(input, share, whole)) out.push({ share, part, whole });
      else if (!share && sameMeasure(whole, part) && input.figures[i + 1] && bracketed(input, part, input.figures[i + 1])) inBrackets.push({ share: input.figures[i + 1], part, whole });
    }
    out.push(...bracketedOfWhole(inBrackets));
  }
  return out;
}

/**
 * "472 đảng viên; trong đó xuất sắc 71 người (15,04%), tốt 352 người (74,58%)": bare percents in brackets after two parts of
 * a claim or more are their shares of the claim's whole when every one but at most one agrees with it (the one that does
 * not is the slip); otherwise they may be of another base, and none is read.
 */
function bracketedOfWhole(links: ShareLink[]): ShareLink[] {
  if (links.length < 2) return [];
  const agree = links.filter(({ share, part, whole }) => whole.value > 0 && percentAgrees(part.value, whole.value, share.value, share.decimals));
  return agree.length >= 1 && agree.length >= links.length - 1 ? links : [];
}

// For each percent, the part and the whole its own words name; none for a percent a fraction beside it owns.
function statedShares(input: TextReadingInput): ShareLink[] {
  const out: ShareLink[] = [];
  const read = new Set<number>();
  for (const f of input.figures) {
    const pair = f.kind === 'percent' && !ownedByFraction(input, f) ? statedWhole(input, f) ?? namedTotal(input, f) ?? phraseTotal(input, f) ?? totalThenDone(input, f) ?? intakeThenDone(input, f) ?? labelledWhole(input, f) ?? earlierNamedWhole(input, f) ?? leadWhole(input, f) ?? complementWhole(input, f) ?? dutyWhole(input, f) ?? funnelWhole(input, f) ?? wholeAfterRate(input, f) ?? subgroupWhole(input, f) : undefined;
    // A whole itself stated as a part of a larger base, or singled out of a longer span, is no base of it: nothing read.
    if (pair) read.add(f.index);
    if (pair && !notTheBase(input, f, pair.part, pair.whole)) out.push({ share: f, ...pair });
  }
  for (const x of siblingNamedWholes(input)) if (!read.has(x.share.index) && !notTheBase(input, x.share, x.part, x.whole)) out.push(x);
  return out;
}

/**
 * "bằng 84,2% số đề nghị (16/19 trường hợp)", "16/19 trường hợp, đạt 84,2%": a percent the fraction right beside it was
 * paired with (figures.ts) is that fraction's, its part and whole written out; the counts around it ("04 tập thể và 12 cá
 * nhân" of "05 tập thể và 14 cá nhân") are no other reading of it.
 */
function ownedByFraction(input: TextReadingInput, p: Figure): boolean {
  return [input.figures[p.index - 1], input.figures[p.index + 1]].some((g) => g && g.kind === 'fraction' && g.block === p.block && g.cell === p.cell && g.percent === p.value);
}

// Each percent of a plan with the amount done and the plan restated in brackets.
function planRates(input: TextReadingInput, appendixRows: readonly AppendixRowMatch[]): PlanRate[] {
  const out: PlanRate[] = [];
  // The rows that write the very amount: its digits ("24.960" in a table "đơn vị tính: triệu đồng"), or its value at the
  // table's money scale ("1,62 tỷ đồng" as "1 620" under "ĐVT: triệu đồng").
  const digits = (f: Figure) => /\d[\d.,\s]*/u.exec(f.raw)?.[0].trim();
  const same = (m: AppendixRowMatch, r: Figure, k: number) => digits(r) === digits(m.text.figure) || (m.scales !== undefined && Math.abs(r.value * m.scales[k] - m.text.figure.value) < 0.5);
  const rows = new Map(appendixRows.map((m) => [m.text.figure.index, m.rows.map((r) => r.figure).filter((r, k) => same(m, r, k))]));
  const restated = (done: Figure) => rows.get(done.index) ?? [];
  for (const f of input.figures) {
    const fulfil = f.kind === 'percent' ? planInBrackets(input, f) ?? planBefore(input, f) ?? planFirst(input, f) ?? planNamedBefore(input, f) ?? planInTable(input, f, restated) ?? planOfNamedSubject(input, f) ?? planInValueRow(input, f) : undefined;
    const done = fulfil && readPlanDone(input, fulfil.done, f, fulfil.plan);
    if (fulfil && done) out.push({ rate: f, ...fulfil, done });
  }
  return out;
}
