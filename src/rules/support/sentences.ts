/**
 * Figures by block, what they count and the stated precision's interval check, for rules that read a
 * verbal claim against the numbers around it ("…, gấp 2 lần năm 2023 (620 camera)"). The sentences
 * themselves come from the analysis (src/extract/sentences.ts); no rule splits them.
 */
import type { Figure } from '../../model/index.js';
import { unitHead } from '../../extract/quantities.js';
import { unitsAlike } from '../../extract/labels.js';

/** The figures of each block, in reading order. */
export function figuresByBlock(figures: readonly Figure[]): Map<number, Figure[]> {
  const out = new Map<number, Figure[]>();
  for (const f of figures) {
    const list = out.get(f.block);
    if (list) list.push(f);
    else out.set(f.block, [f]);
  }
  return out;
}

/** True when two figures count the same kind of thing (same head noun or synonyms, or one of them names none). */
export function sameUnit(a: Figure, b: Figure): boolean {
  const ha = unitHead(a);
  const hb = unitHead(b);
  if (ha === '%' || hb === '%') return ha === hb;
  if (ha === 'đồng' || hb === 'đồng') return ha === hb;
  return ha === null || hb === null || ha === hb || unitsAlike(ha, hb);
}

/** The stated precision's interval check: is `stated` (with `decimals` digits) the truncation or rounding of `exact`? */
export function agreesAt(exact: number, stated: number, decimals: number): boolean {
  const scale = 10 ** decimals;
  const eps = 1e-9;
  const lo = Math.min(Math.floor(exact * scale + eps), Math.round(exact * scale)) / scale;
  const hi = Math.max(Math.floor(exact * scale + eps), Math.round(exact * scale)) / scale;
  return stated >= lo - eps && stated <= hi + eps;
}

/** Round for messages, at the stated precision (at least one decimal). */
export function roundAt(v: number, decimals: number): number {
  const scale = 10 ** Math.max(1, decimals);
  return Math.round(v * scale) / scale;
}
