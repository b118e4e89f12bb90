/**
 * Part–whole claims across blocks: a paragraph that announces its parts
 * ("…, gồm:", "…, cụ thể:", "Trong đó:") or a total line ("- Tổng …: 04")
 * followed by a run of bullets, one amount each; and sibling bullets where the
 * files resolved on time ("đã giải quyết trước hạn / đúng hạn / quá hạn") are
 * a part of the files received ("đã tiếp nhận").
 */
import { insideBrackets } from '../text/positions.js';
import type { Block, Claim, Figure } from '../model/index.js';
import { subSpan } from '../model/index.js';
import { compatible, isAmount, isReference, localRange, makeClaim, partitionOf, type BlockFigures } from './claims-parts.js';
import {
  alt, AS_FOLLOWS, BACKLOG_WORDS, BULLET_CHARS, CONSISTS_OF, DEADLINE_NOUNS, DEADLINE_TIMING_WORDS, DIVIDED_INTO, IN_DETAIL, OF_WHICH, RESOLVED_WORDS,
  RUNNING_TOTAL_WORDS, SPECIFICALLY, TOTAL_WORDS, wordsRe, edgeAlt,
} from '../text/lexicon.js';

const MARKER = new RegExp(String.raw`^\s*([${BULLET_CHARS}]|\(\s*[\p{L}\d]{1,3}\s*\)|[a-zđ]\)|\d{1,2}[.)](?=\s))`, 'u');

/** The marker opening a list item ("-", "+", "•", "a)", "(1)", "1."), or "" when none. */
export function markerOf(text: string): string {
  const m = MARKER.exec(text);
  if (!m) return '';
  const t = m[1];
  if (/^\(/.test(t)) return '(n)';
  if (/^[a-zđ]\)/u.test(t)) return 'a)';
  if (/^\d/.test(t)) return '1.';
  return t === '–' ? '-' : t;
}

const ANNOUNCE = new RegExp(
  String.raw`(?<![\p{L}])(${alt(OF_WHICH, CONSISTS_OF, DIVIDED_INTO)}|(?:${alt(SPECIFICALLY, IN_DETAIL)})(?: (?:${alt(AS_FOLLOWS)}))?)\s*:\s*$`,
  'iu',
);
const TOTAL = new RegExp(String.raw`^[\s${BULLET_CHARS}]*(?:${alt(TOTAL_WORDS)})(?![\p{L}])`, 'iu');

/** The figures of each block outside table cells (claims.ts). */
type Figs = BlockFigures;

/** Claims whose whole is in one block and whose parts are the bullets after it. */
export function extractBulletClaims(blocks: readonly Block[], figuresOf: Figs): Claim[] {
  const out: Claim[] = [];
  for (let i = 0; i + 2 < blocks.length; i++) {
    const head = blocks[i];
    if (head.kind === 'row') continue;
    // ANNOUNCE ends in a colon closing the text: tried only on a text that ends so (its lookbehind is tried at every index).
    const closing = head.text.trimEnd();
    const announce = closing.endsWith(':') ? ANNOUNCE.exec(closing) : null;
    const total = !announce && TOTAL.test(head.text) && /:\s*\S+\s*\.?\s*$/u.test(head.text);
    if (!announce && !total) continue;
    const run = bulletRun(blocks, i, figuresOf);
    if (!run || run.amounts.length < 2) continue;
    const connector = announce ? announce[1].toLowerCase() : ':';
    for (const [whole, parts] of wholesOf(head, figuresOf.of(head.index), run.amounts)) {
      const kind = partitionOf(run.texts.map((t, k) => t.replace(parts[k].raw, ' ')), head.text);
      if (total && kind === null) continue;
      const exhaustive = /gồm|chia ra/u.test(connector) || kind === 'exhaustive';
      const lastPart = parts[parts.length - 1];
      out.push(makeClaim({
        relation: exhaustive ? 'exhaustive' : 'subset',
        whole: whole.index,
        parts: parts.map((p) => p.index),
        disjoint: kind !== null,
        connector,
        block: head.index,
        span: subSpan(head, localRange(head, whole)[0], head.text.length),
        partBlocks: parts.map((p) => p.block).filter((b, k, a) => a.indexOf(b) === k && b !== lastPart.block).concat(lastPart.block),
      }));
    }
  }
  return out;
}

/**
 * The wholes the bullets split, each with its part in every bullet. Bullets of one amount split the head's last amount.
 * Bullets of several amounts, each of another kind ("09 cơ sở, phạt 21.000 nghìn đồng"), are rows of columns: every
 * amount of the head's last sentence, out of brackets ("19 cơ sở với tổng số tiền 86.500 nghìn đồng, gồm:"), is split by
 * the one amount of its kind in each bullet, when every bullet has exactly one.
 */
function wholesOf(head: Block, figures: Figure[], amounts: Figure[][]): Array<[Figure, Figure[]]> {
  if (amounts.every((a) => a.length === 1)) {
    const parts = amounts.map((a) => a[0]);
    const whole = lastAmount(head, figures, parts);
    return whole && parts.every((p) => compatible(whole, p)) ? [[whole, parts]] : [];
  }
  const out: Array<[Figure, Figure[]]> = [];
  for (const whole of sentenceAmounts(head, figures)) {
    if (insideBrackets(head, localRange(head, whole)[0])) continue;
    const parts = amounts.map((a) => a.filter((p) => compatible(whole, p)));
    if (parts.every((p) => p.length === 1)) out.push([whole, parts.map((p) => p[0])]);
  }
  return out;
}

// The amounts of a block's last sentence, outside table cells.
function sentenceAmounts(block: Block, figures: Figure[]): Figure[] {
  const text = block.text.trimEnd().replace(/[.:]$/u, '');
  const start = Math.max(text.lastIndexOf('. '), text.lastIndexOf('; '), 0);
  return figures.filter((f) => f.cell === null && isAmount(f) && localRange(block, f)[0] >= start);
}

// The last amount of a block's last sentence; null when that sentence states none. An amount in brackets is an aside
// ("đạt 108% kế hoạch (kế hoạch 80 ha), gồm:" splits the 86,4 ha done, not the plan): when the sentence states another
// amount of the parts' kind outside brackets, that one is the whole.
// A share after the amount ("752.310 triệu đồng, đạt 95,7% dự toán, trong đó:") is the amount's rate, no whole of
// bullets that are no shares.
function lastAmount(block: Block, figures: Figure[], parts: Figure[]): Figure | null {
  const shares = parts.some((p) => p.kind === 'percent');
  const mine = sentenceAmounts(block, figures).filter((f) => shares || f.kind !== 'percent');
  const last = mine[mine.length - 1];
  if (!last || !insideBrackets(block, localRange(block, last)[0])) return last ?? null;
  const open = mine.filter((f) => !insideBrackets(block, localRange(block, f)[0]) && parts.every((p) => compatible(f, p)));
  return open[open.length - 1] ?? last;
}

/**
 * The bullets after block `i` sharing one marker deeper than the head's, each with one amount, or with one amount of each
 * of several kinds (no two of a bullet's amounts could be parts of one whole).
 */
function bulletRun(blocks: readonly Block[], i: number, figuresOf: Figs): { amounts: Figure[][]; texts: string[] } | null {
  const headMarker = markerOf(blocks[i].text);
  const marker = markerOf(blocks[i + 1].text);
  if (!marker || marker === headMarker) return null;
  const all: Figure[][] = [];
  const texts: string[] = [];
  let j = i + 1;
  for (; j < blocks.length && blocks[j].kind === 'paragraph' && markerOf(blocks[j].text) === marker; j++) {
    const figures = figuresOf.of(j);
    const amounts = ownAmounts(blocks[j], figures.filter((f) => isAmount(f) && f.kind !== 'percent'));
    if (amounts.length === 0 || figures.some((f) => f.kind === 'fraction' || f.kind === 'range')) return null;
    if (amounts.some((a, k) => amounts.some((b, l) => l !== k && (compatible(a, b) || compatible(b, a))))) return null;
    all.push(amounts);
    texts.push(blocks[j].text);
  }
  // A marker not used before the head opens a deeper level right after the run: not a flat list.
  const next = blocks[j];
  const outer = new Set(blocks.slice(Math.max(0, i - 40), i + 1).map((b) => markerOf(b.text)));
  if (next && next.kind === 'paragraph' && markerOf(next.text) && !outer.has(markerOf(next.text))) return null;
  return { amounts: all, texts };
}

/**
 * The amounts a bullet states of its own item: not a price per unit ("mức 500.000 đồng/suất"), nor a reference value, and none of the bullet's own
 * breakdown of its first amount ("Quà của Chủ tịch nước: 2.105 suất, kinh phí 755,1 triệu đồng; trong đó 412 suất … và
 * 1.693 suất …": the 412 and 1.693 split the 2.105, they are no other part of the list's whole).
 */
function ownAmounts(block: Block, amounts: Figure[]): Figure[] {
  // "68.250 triệu đồng, tăng 12,6% so với năm 2023 (60.610 triệu đồng)": a value of another time or a plan, bracketed after
  // what it is (isReference), is no amount of the item.
  const own = amounts.filter((f) => !(f.unit ?? '').includes('/') && !isReference(block, f));
  const first = own[0];
  if (!first) return own;
  OF_WHICH_ALL.lastIndex = localRange(block, first)[1];
  const cut = OF_WHICH_ALL.exec(block.text)?.index;
  return cut === undefined ? own : own.filter((f) => localRange(block, f)[0] < cut);
}
const OF_WHICH_ALL = wordsRe(OF_WHICH, 'giu');

const RECEIVED = /(?<![\p{L}])tiếp nhận(?![\p{L}])/iu;
const RESOLVED = wordsRe(RESOLVED_WORDS);
const ON_TIME = new RegExp(String.raw`${edgeAlt(DEADLINE_TIMING_WORDS)} (?:${alt(DEADLINE_NOUNS)})(?![\p{L}])`, 'iu');

/**
 * Received ≥ resolved: among sibling bullets (or one block's own clauses), the
 * amounts described as resolved before / on / after the deadline are together
 * a part of the one amount described as received.
 */
export function extractFlowClaims(blocks: readonly Block[], figuresOf: Figs): Claim[] {
  const out: Claim[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const marker = markerOf(blocks[i].text);
    let j = i + 1;
    if (marker) while (j < blocks.length && blocks[j].kind === 'paragraph' && markerOf(blocks[j].text) === marker) j++;
    const claim = flowClaim(blocks.slice(i, j), figuresOf);
    if (claim) out.push(claim);
    i = j - 1;
  }
  return out;
}

// Running totals ("lũy kế", "từ đầu năm") mix periods: received and resolved may not be comparable.
const ACCUMULATED = wordsRe([...RUNNING_TOTAL_WORDS, ...BACKLOG_WORDS]);

function flowClaim(run: readonly Block[], figuresOf: Figs): Claim | null {
  if (run.some((b) => ACCUMULATED.test(b.text.replace(/\([^)]*\)/gu, '')))) return null;
  const received: Figure[] = [];
  const resolved: Figure[] = [];
  let seenResolved = false;
  for (const block of run) {
    if (block.kind === 'row') return null;
    let prevEnd = 0;
    for (const f of figuresOf.of(block.index)) {
      const [s, e] = localRange(block, f);
      const context = block.text.slice(prevEnd, s);
      prevEnd = e;
      if (f.kind === 'percent' || !isAmount(f) || parenthesised(block, s)) continue;
      if (RESOLVED.test(context)) seenResolved = true;
      if (ON_TIME.test(context) && (seenResolved || RESOLVED.test(context))) resolved.push(f);
      else if (RECEIVED.test(context) && !ON_TIME.test(context)) received.push(f);
    }
  }
  if (received.length !== 1 || resolved.length === 0) return null;
  const whole = received[0];
  if (!resolved.every((p) => compatible(whole, p)) || resolved.some((p) => p.index < whole.index)) return null;
  const head = run.find((b) => b.index === whole.block)!;
  return makeClaim({
    relation: 'subset', whole: whole.index, parts: resolved.map((p) => p.index), disjoint: true, joint: true,
    connector: 'tiếp nhận / giải quyết', block: whole.block,
    span: subSpan(head, localRange(head, whole)[0], head.text.length),
    partBlocks: [...new Set(resolved.map((p) => p.block))],
  });
}

const parenthesised = insideBrackets;
