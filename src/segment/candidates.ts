/**
 * Which numbered paragraphs are headings. The grammar reads every numbered
 * paragraph; here a run of them that is a list inside running text is set
 * aside: adjacent paragraphs of one marker style counting 1, 2, 3… whose
 * items are sentences ending in ";" (the last may end in "."), as in
 * "… gồm: a) …; b) …; c) … ." A heading never ends in ";". An item the format
 * marks as a heading or bold (docx heading style, outline level, bold run)
 * keeps the whole run as headings.
 */
import type { Block } from '../model/index.js';
import type { Heading } from './heading.js';
import { recogniseHeading } from './heading.js';
import { styleOf } from './style-order.js';

/** Each block's heading reading, or null; list items in running text are null. */
export function readCandidates(blocks: Block[]): (Heading | null)[] {
  const read = blocks.map((b) => (b.kind === 'paragraph' ? recogniseHeading(b.text) : null));
  let i = 0;
  while (i < blocks.length) {
    const end = runEnd(blocks, read, i);
    if (end - i >= 2 && isRunningList(blocks.slice(i, end))) for (let k = i; k < end; k++) read[k] = null;
    i = Math.max(end, i + 1);
  }
  return read;
}

/** One past the last block of the run of adjacent, consecutively numbered headings of one style starting at `i`. */
function runEnd(blocks: Block[], read: (Heading | null)[], i: number): number {
  const first = read[i];
  if (!first) return i;
  let end = i + 1;
  while (end < blocks.length) {
    const h = read[end];
    const prev = read[end - 1]!;
    if (!h || styleOf(h) !== styleOf(first) || h.ordinal !== prev.ordinal + 1 || h.bare) break;
    end++;
  }
  return end;
}

/** Items that are sentences of running text: every one ends in ";" or ".", at least one (not the last alone) in ";". */
function isRunningList(run: Block[]): boolean {
  if (run.some((b) => b.emphasis)) return false;
  const ends = run.map((b) => b.text.trimEnd().at(-1));
  return ends.every((c) => c === ';' || c === '.') && ends.slice(0, -1).some((c) => c === ';');
}
