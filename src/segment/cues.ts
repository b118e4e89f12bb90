/**
 * What the format says about a paragraph beyond its text: bold or a heading
 * style (docx), Word's outline level (docx), the font size (pdf). Each is a
 * hint: a document without them is read from its numbering alone.
 */
import type { Block } from '../model/index.js';

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

/** Whether the heading in `holder` cannot hold the one in `next`: an equal or deeper outline level, or clearly smaller type. */
export function cannotHold(holder: Block, next: Block): boolean {
  if (holder.outlineLevel !== undefined && next.outlineLevel !== undefined && holder.outlineLevel >= next.outlineLevel) return true;
  return holder.fontSize !== undefined && next.fontSize !== undefined && holder.fontSize * LARGER < next.fontSize;
}
