/**
 * Sentences of a block and the figures in them, for rules that read a verbal
 * claim against the numbers around it ("…, gấp 2 lần năm 2023 (620 camera)").
 */
import type { Figure } from '../../model/index.js';
import { canonicalLabel } from '../../extract/similarity.js';
import { unitsAlike } from '../../extract/labels.js';

/** Characters [from, to) of one sentence of a block's text. */
export interface Sentence { from: number; to: number }

// A sentence ends at ";", "!", "?" or a "." before a space and an upper-case letter or a list marker.
const END = /[;!?]|\.(?=\s+(?:[\p{Lu}\-+•*(]|$))|\.$/gu;

/** The sentences of a text, in order. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    out.push({ from, to: m.index + 1 });
    from = m.index + 1;
  }
  if (from < text.length) out.push({ from, to: text.length });
  return out;
}

/** Offset of a figure inside its block's text. */
export function offsetOf(f: Figure, blockStart: number): number {
  return f.span.start - blockStart;
}

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

/** What a figure counts, reduced to its head noun ("hồ sơ", "máy tính"), "%" for rates, "đồng" for money; null when unknown. */
export function unitHead(f: Figure): string | null {
  if (f.kind === 'percent') return '%';
  if (f.kind === 'money') return 'đồng';
  if (!f.unit) return null;
  const words = canonicalLabel(f.unit).split(/[\s/]+/);
  return words.slice(0, TWO_WORD.has(words.slice(0, 2).join(' ')) ? 2 : 1).join(' ');
}
const TWO_WORD = new Set(['hồ sơ', 'máy tính', 'máy in', 'văn bản', 'tài khoản', 'thủ tục', 'cán bộ', 'giao dịch', 'học sinh', 'trường hợp', 'hộ gia đình', 'doanh nghiệp']);

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

/**
 * Where the sentence holding offset `at` starts: just after the last ";", "!", "?" or ". " before it
 * (0 when none). A backward scan: a regex over the whole prefix retried at every offset and was
 * quadratic in a paragraph's length.
 */
export function sentenceStartBefore(text: string, at: number): number {
  for (let e = Math.min(at, text.length); e > 0; e--) {
    const c = text[e - 1];
    if (c === ';' || c === '!' || c === '?') return e;
    if (e > 1 && /\s/u.test(c) && text[e - 2] === '.') return e;
  }
  return 0;
}
