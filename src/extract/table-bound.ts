/**
 * What the claims of a bound kept by every row of a table share, whichever way they name the table and its column
 * (claims-table-bounds.ts by the column's header, claims-table-threshold.ts by the caption and a count,
 * claims-table-rate-floor.ts by a rate column and "còn lại"): the words claiming all the rows, which way the bound's word
 * cuts, the first body row breaking it, read as its figure, and the `target` claim judged by claim-mismatch.
 */
import type { Comparison, Figure, TableCell } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { alt, STRICT_CEILING_WORDS, STRICT_FLOOR_WORDS, UNIVERSAL_WORDS, edgeAlt } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures'>;
export type Target = Extract<Comparison, { kind: 'target' }>;
/** Which way a bound cuts: a floor is broken below it, a strict floor ("trên") at it too, a ceiling ("dưới") at or above it. */
export type BoundWay = 'floor' | 'strict-floor' | 'ceiling';

/** A claim of all the rows: "tất cả", "toàn bộ", or "các …" then "đều" (no figure between). */
export const ALL_ROWS = String.raw`${edgeAlt(UNIVERSAL_WORDS)}(?![\p{L}])|(?<![\p{L}])các\s[^\d;:.!?]{0,60}?(?<![\p{L}])đều(?![\p{L}])`;

const CEILING = new RegExp(String.raw`^(?:${alt(STRICT_CEILING_WORDS)})$`, 'iu');
const STRICT_FLOOR = new RegExp(String.raw`^(?:${alt(STRICT_FLOOR_WORDS)})$`, 'iu');

/** The way a bound's word cuts ("dưới", "trên", "không dưới", "từ … trở lên"; none: a floor). */
export function boundWay(word: string | undefined): BoundWay {
  const w = (word ?? '').trim();
  return CEILING.test(w) ? 'ceiling' : STRICT_FLOOR.test(w) ? 'strict-floor' : 'floor';
}

/** Whether a value breaks the bound. */
export function breaks(way: BoundWay, bound: number, value: number): boolean {
  return way === 'ceiling' ? value >= bound : way === 'strict-floor' ? value <= bound : value < bound;
}

/** The figure a table cell was read as. */
export function cellFigure(input: Input, cell: TableCell): Figure | undefined {
  return cell.at ? figureAt(input, cell.at.block, cell.at.from) : undefined;
}

/** The figure starting at an offset of a block. */
export function figureAt(input: Input, block: number, from: number): Figure | undefined {
  const start = input.source.blocks[block].span.start;
  return input.figures.find((f) => f.block === block && f.span.start - start === from);
}

/** The target claim of a bound that the row's figure breaks. */
export function boundTarget(at: { block: number; from: number; to: number; claim: string }, value: Figure, bound: Figure, way: BoundWay): Target {
  return { kind: 'target', ...at, negative: false, value, target: bound, ...(way === 'ceiling' ? { ceiling: true } : way === 'strict-floor' ? { exceed: true } : {}) };
}

/** The claims not read already by another reader of bounds: one claim over a table is read once, by the first that reads it. */
export function unreadBounds(read: readonly Target[], found: readonly Target[]): Target[] {
  return found.filter((f) => !read.some((r) => r.block === f.block && r.from < f.to && f.from < r.to));
}
