/**
 * What the format says about a paragraph beyond its text: bold or a heading
 * style (docx), Word's outline level (docx), the font size (pdf). Each is a
 * hint: a document without them is read from its numbering alone.
 */
import type { Block } from '../model/index.js';
import type { Heading } from './heading.js';
import { styleOf } from './style-order.js';

/** Which cues the document uses consistently enough to place headings by them. */
export interface TrustedCues {
  outline: boolean;
  size: boolean;
}

/** Type this much larger than the body text marks a heading. */
const LARGER = 1.1;

/** The body text's font size: the median over paragraphs that carry one, else null. */
export function bodyFontSize(blocks: readonly Block[]): number | null {
  const sizes = blocks.flatMap((b) => (b.kind === 'paragraph' && b.fontSize ? [b.fontSize] : [])).sort((a, b) => a - b);
  return sizes.length ? sizes[Math.floor(sizes.length / 2)] : null;
}

/** Whether the format marks a paragraph as a heading: bold, a heading style, an outline level, or larger type. */
export function isProminent(block: Block, body: number | null): boolean {
  return Boolean(block.emphasis) || block.outlineLevel !== undefined || (body !== null && (block.fontSize ?? 0) > LARGER * body);
}

/**
 * A cue places headings only when the document uses it as an outline: every marker style keeps
 * one value of it, and there are at least two values. One "Heading 1" style put on every level,
 * or headings typed in body size, say nothing about levels.
 */
export function trustCues(blocks: readonly Block[], headings: readonly (Heading | null)[]): TrustedCues {
  const consistent = (value: (b: Block) => number | undefined): boolean => {
    const byStyle = new Map<string, Set<number>>();
    const all = new Set<number>();
    headings.forEach((h, i) => {
      const v = h ? value(blocks[i]) : undefined;
      if (!h || v === undefined) return;
      byStyle.set(styleOf(h), (byStyle.get(styleOf(h)) ?? new Set()).add(v));
      all.add(v);
    });
    return all.size >= 2 && [...byStyle.values()].every((values) => values.size === 1);
  };
  return { outline: consistent((b) => b.outlineLevel), size: consistent((b) => b.fontSize) };
}

/** Whether the heading in `holder` cannot hold the one in `next`: an equal or deeper outline level, or clearly smaller type. */
export function cannotHold(holder: Block, next: Block, trusted: TrustedCues): boolean {
  const { outlineLevel: a, fontSize: x } = holder;
  const { outlineLevel: b, fontSize: y } = next;
  if (trusted.outline && a !== undefined && b !== undefined && a >= b) return true;
  return trusted.size && x !== undefined && y !== undefined && x * LARGER < y;
}
