import type { Block, Span } from './source.js';

/** The Span of characters [from, to) of a block's text. */
export function subSpan(block: Block, from: number, to: number): Span {
  return { start: block.span.start + from, end: block.span.start + to, line: block.span.line, page: block.span.page };
}
