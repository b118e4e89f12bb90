import { z } from 'zod';
import type { Analysis } from './analysis.js';
import type { Block, Span } from './source.js';

/** Most characters of a snippet: what a person reads beside a figure, never a whole long block. */
export const SNIPPET_CHARS = 200;

/** One block's text, stored once per document; figures, indicators and evidence point into it by `block`. */
export const PassageOut = z.object({
  /** Index of the block in the document (negative for passages of findings stored before blocks were kept). */
  block: z.number().int(),
  text: z.string(),
  line: z.number().int().nullable(),
  page: z.number().int().nullable(),
});
export type PassageOut = z.infer<typeof PassageOut>;

/**
 * Characters [from, to) of `text` with context on both sides, at most `max` characters in all
 * ("…" marks a cut): the whole text when it is short enough.
 */
export function snippetOf(text: string, from: number, to: number, max = SNIPPET_CHARS): string {
  if (text.length <= max) return text;
  const a = Math.max(0, Math.min(from, text.length));
  const z = Math.max(a, Math.min(to, text.length));
  const room = max - 2; // the two ellipses
  if (z - a >= room) return `${a > 0 ? '…' : ''}${text.slice(a, a + room)}…`;
  let start = Math.max(0, a - Math.floor((room - (z - a)) / 2));
  const end = Math.min(text.length, start + room);
  start = Math.max(0, end - room);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** Characters [from, to) of a span inside its block's text, clamped to the block. */
export function withinBlock(block: Block, span: Span): { from: number; to: number } {
  const from = Math.max(0, Math.min(span.start - block.span.start, block.text.length));
  return { from, to: Math.max(from, Math.min(span.end - block.span.start, block.text.length)) };
}

/** Where a span is in its block, with a snippet around it: the `block`, `from`, `to`, `snippet` of the output. */
export function placeIn(block: Block, span: Span): { block: number; from: number; to: number; snippet: string } {
  const { from, to } = withinBlock(block, span);
  return { block: block.index, from, to, snippet: snippetOf(block.text, from, to) };
}

/**
 * The blocks that figures, indicators and findings point at, each once, in block order: marked in one byte per block and
 * read in order, no Set of block numbers and no sort (a Set of 33,286 blocks is a large table grown by doubling on fresh
 * pages: 0.5 ms at 3,386 blocks, 30–55 ms with ~800 page faults at 33,286).
 */
export function passagesOf(analysis: Pick<Analysis, 'source' | 'figures' | 'indicators' | 'findings'>): PassageOut[] {
  const { blocks } = analysis.source;
  const used = new Uint8Array(blocks.length);
  const mark = (b: number) => {
    if (b >= 0 && b < blocks.length) used[b] = 1;
    else throw new RangeError(`no block ${b} in the document`);
  };
  // A figure's amount in words may stand in the next paragraph ("Bằng chữ: …" on its own line): its passage is output too.
  for (const f of analysis.figures) {
    mark(f.block);
    if (f.spelled) mark(f.spelled.block);
  }
  for (const i of analysis.indicators) mark(i.block);
  for (const f of analysis.findings) for (const e of f.evidence) mark(e.block);
  const out: PassageOut[] = [];
  for (let b = 0; b < blocks.length; b++) {
    if (used[b] === 0) continue;
    const block = blocks[b];
    out.push({ block: b, text: block.text, line: block.span.line, page: block.span.page });
  }
  return out;
}
