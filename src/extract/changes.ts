/**
 * Change figures: a number a change verb stands right before is a change, signed by the verb — "tăng 12%"
 * is +12, "giảm 5%" and "giảm 5 điểm phần trăm" are −5, "giảm 5 vụ" is a change of −5 cases, "vượt 8% kế
 * hoạch" is +8 — with "thêm" and a hedge allowed between ("tăng thêm 3 xã", "giảm khoảng 2%"). The figure's
 * own `value` stays the number as written; the signed reading goes on `change`. A verb that is part of a
 * longer word ("tăng cường 5 đội") or not right before the number ("giảm nghèo 50 hộ") makes no change.
 */
import type { Block, Figure } from '../model/index.js';
import { alt, CHANGE_JOINERS, CHANGE_VERBS, HEDGES, edgeAlt } from '../text/lexicon.js';

/** Verbs of change and the sign each gives ("vượt": above a plan or a past value). */
const SIGN: ReadonlyArray<[RegExp, 1 | -1]> = [
  [new RegExp(`^(?:${alt(['giảm'])})$`, 'iu'), -1],
  [new RegExp(`^(?:${alt(CHANGE_VERBS, ['vượt'])})$`, 'iu'), 1],
];
const BEFORE = new RegExp(String.raw`(${edgeAlt(CHANGE_VERBS, ['vượt'])})\s+(?:thêm\s+)?(?:(${alt(HEDGES)})\s+)?$`, 'iu');

/** The signed change a figure states, read from the words right before it in its block, or null. */
export function changeOf(block: Block, f: Figure): NonNullable<Figure['change']> | null {
  if (f.kind === 'fraction' || f.kind === 'range') return null;
  const at = f.span.start - block.span.start;
  const m = BEFORE.exec(block.text.slice(Math.max(0, at - 40), at));
  if (!m) return null;
  const verb = m[1].toLowerCase();
  const sign = SIGN.find(([re]) => re.test(verb))?.[1] ?? 1;
  return { value: sign * f.value, verb, hedged: m[2] !== undefined };
}

/**
 * Mark every figure a change verb stands right before with its signed change. The verb also governs a second amount
 * joined to its own by "và" right after the first's unit: "giảm 01 vụ và 01 người bị nạn" is a change of −1 case and of
 * −1 victim, never a count of one victim.
 */
export function attachChanges(figures: Figure[], blocks: readonly Block[]): void {
  let previous: Figure | null = null;
  for (const f of figures) {
    const change = changeOf(blocks[f.block], f) ?? sharedChange(blocks[f.block], previous, f);
    if (change) f.change = change;
    previous = f;
  }
}

function sharedChange(block: Block, p: Figure | null, f: Figure): NonNullable<Figure['change']> | null {
  if (!p?.change || p.block !== f.block || p.cell !== f.cell || p.kind !== f.kind || p.unit === null || f.kind === 'fraction' || f.kind === 'range') return null;
  const between = block.text.slice(p.span.end - block.span.start, f.span.start - block.span.start).replace(/\s+/gu, ' ').toLowerCase();
  if (!CHANGE_JOINERS.some((w) => between === ` ${p.unit!.toLowerCase()} ${w} `)) return null;
  const sign = SIGN.find(([re]) => re.test(p.change!.verb))?.[1] ?? 1;
  return { value: sign * f.value, verb: p.change.verb, hedged: p.change.hedged };
}
