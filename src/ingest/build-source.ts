import { createHash } from 'node:crypto';
import type { Block, BlockKind, Format, Source, Warning } from '../model/index.js';
import { stripMarkup } from './markup.js';
import { borderedCells, readBorderedTables } from './bordered-rows.js';
import { normalizeText } from '../text/normalize.js';
import { keepShape } from '../text/shapes.js';

/** A block as an ingester finds it, before normalisation and offsets. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  cells?: string[];
  table?: number;
  row?: number;
  emphasis?: boolean;
  /** A table row written between `|` borders (src/ingest/bordered-rows.ts): its text is kept, its cells read from it. */
  bordered?: boolean;
  outlineLevel?: number;
  fontSize?: number;
  line: number | null;
  page: number | null;
  /** A pdf table row: the baselines of its first and last lines and its font size (not kept in the Source). */
  y?: number;
  yEnd?: number;
  /** The page `yEnd` is on when a page break cut the row and its tail was joined to it (else `page`). */
  endPage?: number;
  size?: number;
}

export interface SourceInput {
  path: string;
  format: Format;
  bytes: Uint8Array;
  encoding: string;
  blocks: RawBlock[];
  pages?: number | null;
  warnings?: Warning[];
}

/** Normalise raw blocks, drop empty ones, and lay them end to end so every Span indexes `Source.text`. */
export function buildSource(input: SourceInput): Source {
  const blocks: Block[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const raw of readBorderedTables(input.blocks)) {
    const bordered = raw.bordered ? borderedCells(normalizeText(stripMarkup(raw.text)).replace(/[\t\n]+/g, ' ')) : null;
    const cells = bordered?.cells ?? raw.cells?.map((c) => normalizeText(stripMarkup(c)).replace(/[\t\n]+/g, ' '));
    const text = bordered ? normalizeText(stripMarkup(raw.text)).replace(/[\t\n]+/g, ' ') : cells ? cells.join('\t') : normalizeText(stripMarkup(raw.text)).replace(/\n+/g, ' ');
    if (!text.trim()) continue;
    const block = newBlock(blocks.length, raw.kind, text, { start: offset, end: offset + text.length, line: raw.line, page: raw.page });
    if (cells) block.cells = cells;
    if (bordered) block.cellStarts = bordered.starts;
    if (raw.table !== undefined) block.table = raw.table;
    if (raw.row !== undefined) block.row = raw.row;
    if (raw.emphasis) block.emphasis = true;
    if (raw.outlineLevel !== undefined) block.outlineLevel = raw.outlineLevel;
    if (raw.fontSize !== undefined && raw.kind === 'paragraph') block.fontSize = raw.fontSize;
    blocks.push(block);
    parts.push(text);
    offset += text.length + 1;
  }
  return newSource(input.path, input.format, sha256(input.bytes), input.encoding, parts.join('\n'), blocks, input.pages ?? null, input.warnings ?? []);
}

/*
 * One hidden class for every document's blocks and sources, from the first document of a process on. V8 gives an
 * object literal the boilerplate that keeps its hidden class (map) alive only once the function holding it has a
 * feedback vector, from about its eighth call; buildSource runs once per document, so for the first documents of a
 * process each document's blocks got a map of their own, which died with them at the next full collection, and every
 * function optimised on blocks (claims, rules, sentences, …) was thrown away with it and compiled again for the next
 * document. On one line of a million characters the claims stage's loops were compiled anew in every `npm run stress`
 * round (5–8 rounds at 1M, so the vector never came): 60–100 ms of compiler time counted in the stage, claims 5 → 92
 * ms from 100k to 1M characters. One block and one source of each shape, made here and kept by the module, keep the
 * two maps alive; the objects every reader sees are unchanged (the same own properties, in the same order).
 */
function newBlock(index: number, kind: BlockKind, text: string, span: Block['span']): Block {
  return { index, kind, text, span };
}
function newSource(path: string, format: Format, sha: string, encoding: string, text: string, blocks: Block[], pages: number | null, warnings: Warning[]): Source {
  return { path, format, sha256: sha, encoding, text, blocks, pages, warnings };
}
// Held for the life of the process (src/text/shapes.ts): the source holds the block, and each holds its map.
keepShape(newSource('', 'txt', '', 'utf-8', 'x', [newBlock(0, 'paragraph', 'x', { start: 0, end: 1, line: 1, page: null })], null, []));

/** Hex SHA-256 of a file's bytes. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
