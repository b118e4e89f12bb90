/** The Span of characters [from, to) of a block's text. */
export function subSpan(block, from, to) {
    return { start: block.span.start + from, end: block.span.start + to, line: block.span.line, page: block.span.page };
}
//# sourceMappingURL=span.js.map