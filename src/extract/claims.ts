/**
 * Part–whole claims of a document: a whole figure and its parts ("trong đó",
 * "gồm", a total and its bullets, received ⊇ resolved) or the names a count
 * announces. Conservative on purpose: when the structure is unclear nothing
 * is emitted, because every claim may become a finding an auditor must trust.
 */
import { extractMemberClaims } from './claims-members.js';
import { extractNamedSubsets } from './claims-named-subset.js';
import type { Analysis, Claim, DocumentMeta, Figure, Section, Source } from '../model/index.js';
import { rankOf } from './places.js';
import { extractClosingTotals } from './claims-closing-total.js';
import { extractBulletClaims, extractFlowClaims } from './claims-bullets.js';
import { extractAmongClaims, extractInlineClaims, extractThresholdClaims } from './claims-inline.js';
import { extractBalanceClaims, extractDifferenceClaims } from './claims-balance.js';
import { extractRecapBalances } from './claims-balance-recap.js';
import { extractRemainderClaims } from './claims-remainder.js';
import { extractStatusRests } from './claims-status-rest.js';
import { extractBudgetBalances } from './claims-budget-balance.js';
import { extractPassageBudgetBalances } from './claims-budget-passage.js';
import { extractBulletLists, extractFootnoteLists, extractInlineLists, extractNumberedBulletLists } from './claims-lists.js';
import { BlockFigures } from './claims-parts.js';
import { extractLinkedClaims } from './claims-linked.js';
import { extractRestatedSplits } from './claims-restated-split.js';
import { extractPaidSplits } from './claims-paid-split.js';
import { extractKindTotals } from './claims-kinds-total.js';
import { withoutUnsureMembers } from './claims-unsure.js';
import { withoutCountedKinds } from './claims-counted-kinds.js';
import { withTableRestatedPartsOpen } from './claims-table-restated.js';

/**
 * Every part–whole and list claim of a document, ordered by the whole's position. The section tree, when given, scopes the
 * claims whose parts a section's title gathers (claims-closing-total.ts); the issuing unit, when known, the splits by tier
 * of what the report's own unit did (claims-parts.ts tiersSplit).
 */
export function extractClaims(source: Source, figures: readonly Figure[], sections: readonly Section[] = [], meta: Pick<DocumentMeta, 'unit'> | null = null): Claim[] {
  // ADMIN_TIERS counts from the province (0); a unit's rank from the province (1).
  const ownTier = meta?.unit ? rankOf(meta.unit) - 1 : null;
  // The figures of block b are figuresOf.of(b): sliced when asked from one array of all of them, block by block (see
  // BlockFigures), not an array per block held through the stage. One instance of one class handed to every reader, not
  // a closure made for this document: optimised code that calls a function passed in keeps that very function object,
  // weakly; a closure made per document died with the document and took with it the compiled code of every claims
  // reader, recompiled for the next (on-stack replacement on a line of a million characters, in the clock of the stage).
  const figuresOf = new BlockFigures(figures, source.blocks.length);
  const claims: Claim[] = [];
  const blocks = source.blocks;
  // The figures of the block before and the one before that, carried along (each block's sliced once for this loop).
  let before: Figure[] = [];
  let previous: Figure[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const own = block.kind === 'row' ? [] : figuresOf.of(i);
    if (block.kind !== 'row') {
      const prev = i > 0 && blocks[i - 1].kind !== 'row' ? { block: blocks[i - 1], figures: previous } : null;
      // The paragraph before that one, for a previous paragraph that only compares ("So với cùng kỳ: số vụ giảm 1 vụ …").
      if (prev && i > 1 && blocks[i - 2].kind !== 'row') Object.assign(prev, { before: { block: blocks[i - 2], figures: before } });
      for (const c of extractInlineClaims(block, own, prev, ownTier)) claims.push(c);
      for (const c of extractInlineLists(block, own)) claims.push(c);
    }
    before = previous;
    previous = own;
  }
  claims.push(...extractBulletClaims(source.blocks, figuresOf), ...extractFlowClaims(source.blocks, figuresOf));
  claims.push(...extractFootnoteLists(source.blocks, figuresOf), ...extractBulletLists(source.blocks, figuresOf), ...extractBalanceClaims(source.blocks, figuresOf), ...extractRecapBalances(source.blocks, figuresOf), ...extractRemainderClaims(source.blocks, figuresOf), ...extractStatusRests(source.blocks, figuresOf));
  // Bullets numbered as the counted noun's own ("- Đoàn số 1 …") list a count no other reading of the bullets has listed.
  const listed = new Set(claims.filter((c) => c.relation === 'list').map((c) => c.whole));
  claims.push(...extractNumberedBulletLists(source.blocks, figuresOf).filter((c) => !listed.has(c.whole)));
  const budgets = extractBudgetBalances(source.blocks, figuresOf, figures);
  // A balance told beside its revenue and spending in one sentence, when not read from its name alone already.
  budgets.push(...extractPassageBudgetBalances(source.blocks, figuresOf, figures, new Set(budgets.map((c) => c.whole))));
  claims.push(...extractDifferenceClaims(source.blocks, figuresOf), ...budgets, ...extractAmongClaims(source.blocks, figuresOf), ...extractRestatedSplits(source.blocks, figuresOf), ...extractPaidSplits(source.blocks, figuresOf), ...extractLinkedClaims(source.blocks, figuresOf));
  claims.push(...extractMemberClaims(source.blocks, figuresOf, claims));
  claims.push(...extractNamedSubsets(source.blocks, figuresOf, claims, figures));
  if (sections.length > 0) claims.push(...extractClosingTotals(source.blocks, figuresOf, sections), ...extractKindTotals(source.blocks, figuresOf, sections));
  claims.push(...extractThresholdClaims(source.blocks, figuresOf, claims));
  const read = withoutCountedKinds(withoutNestedParts(withoutUnsureMembers(dedupe(withoutRestsRead(claims)), source.blocks, figures)), blocks, figures, figuresOf);
  return withTableRestatedPartsOpen(read, source.blocks, figures).sort((a, b) => a.span.start - b.span.start || a.whole - b.whole);
}

/**
 * A part that another claim reads as a "trong đó" share of a sibling part is inside that sibling, not one more part beside it:
 * "12 954 người … Chia theo nhóm tuổi: dưới 15 tuổi 2 786 người; …; từ 60 tuổi trở lên 1 874 người, trong đó từ 80 tuổi trở
 * lên 2.015 người" splits 12 954 into three, the 2.015 counted within the 1 874. Dropped from a split's parts; a split left
 * with fewer than two parts is dropped.
 */
function withoutNestedParts(claims: Claim[]): Claim[] {
  const inside = new Map<number, Set<number>>();
  for (const c of claims) {
    if (c.relation !== 'subset') continue;
    for (const p of c.parts) inside.set(p, (inside.get(p) ?? new Set()).add(c.whole));
  }
  if (inside.size === 0) return claims;
  return claims.flatMap((c) => {
    if (c.relation === 'list' || c.relation === 'balance' || c.parts.length < 2) return [c];
    const members = new Set(c.parts);
    const parts = c.parts.filter((p) => ![...(inside.get(p) ?? [])].some((w) => w !== c.whole && members.has(w)));
    if (parts.length === c.parts.length) return [c];
    return parts.length >= 2 ? [{ ...c, parts }] : [];
  });
}

// A rest and its deed already read as parts of a split of their whole ("phải giải quyết 52 đơn, đã giải quyết 38 đơn,
// còn 12 đơn đang giải quyết"): the split holds them to the whole; the remainder claim would say it twice.
function withoutRestsRead(claims: Claim[]): Claim[] {
  const split = claims.filter((c) => c.relation !== 'list' && !c.rest);
  return claims.filter((c) => !c.rest || !split.some((o) => o.parts.includes(c.whole) && o.parts.includes(c.parts[1])));
}

// The same whole and parts read twice (a bullet run that is also a "trong đó"): keep the first.
function dedupe(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.relation}:${c.whole}:${c.parts.join(',')}:${c.items.length}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The claims of an analysis: its own when the pipeline extracted them, else read now. */
export function claimsOf(analysis: Pick<Analysis, 'source' | 'figures'> & { claims?: readonly Claim[]; sections?: readonly Section[]; meta?: Pick<DocumentMeta, 'unit'> }): readonly Claim[] {
  return analysis.claims ?? extractClaims(analysis.source, analysis.figures, analysis.sections, analysis.meta ?? null);
}
