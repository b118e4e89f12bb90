import { createHash } from 'node:crypto';
import type { Block, BlockKind, Format, Source, Warning } from '../model/index.js';
import { stripMarkup } from './markup.js';
import { normalizeText } from '../text/normalize.js';

/** A block as an ingester finds it, before normalisation and offsets. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  cells?: string[];
  table?: number;
  row?: number;
  emphasis?: boolean;
  outlineLevel?: number;
  fontSize?: number;
  line: number | null;
  page: number | null;
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
  for (const raw of input.blocks) {
    const cells = raw.cells?.map((c) => normalizeText(stripMarkup(c)).replace(/[\t\n]+/g, ' '));
    const text = cells ? cells.join('\t') : normalizeText(stripMarkup(raw.text)).replace(/\n+/g, ' ');
    if (!text.trim()) continue;
    const block: Block = {
      index: blocks.length,
      kind: raw.kind,
      text,
      span: { start: offset, end: offset + text.length, line: raw.line, page: raw.page },
    };
    if (cells) block.cells = cells;
    if (raw.table !== undefined) block.table = raw.table;
    if (raw.row !== undefined) block.row = raw.row;
    if (raw.emphasis) block.emphasis = true;
    if (raw.outlineLevel !== undefined) block.outlineLevel = raw.outlineLevel;
    if (raw.fontSize !== undefined && raw.kind === 'paragraph') block.fontSize = raw.fontSize;
    blocks.push(block);
    parts.push(text);
    offset += text.length + 1;
  }
  return {
    path: input.path,
    format: input.format,
    sha256: sha256(input.bytes),
    encoding: input.encoding,
    text: parts.join('\n'),
    blocks,
    pages: input.pages ?? null,
    warnings: input.warnings ?? [],
  };
}

/** Hex SHA-256 of a file's bytes. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
