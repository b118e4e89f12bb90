import { readFileSync } from 'node:fs';
import type { Block, Source } from '../../src/model/index.js';

/**
 * A Source made from a seed txt file, line by line: a stand-in until the real
 * txt ingester lands. Empty lines are skipped; "**"/"*" emphasis, "$…$" math and
 * "\%" are unwrapped; a line with tabs becomes a row block with cells.
 */
export function seedSource(path: string): Source {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const blocks: Block[] = [];
  const parts: string[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    const clean = (s: string) => s.normalize('NFC').replace(/\*\*|\*/g, '').replace(/\$([^$]*)\$/g, '$1').replace(/\\%/g, '%').trim();
    const isRow = line.includes('\t');
    const cells = isRow ? line.split('\t').map(clean) : undefined;
    const text = cells ? cells.join('\t') : clean(line);
    if (!text.trim()) return;
    const block: Block = { index: blocks.length, kind: isRow ? 'row' : 'paragraph', text, span: { start: offset, end: offset + text.length, line: i + 1, page: null } };
    if (cells) block.cells = cells;
    blocks.push(block);
    parts.push(text);
    offset += text.length + 1;
  });
  return { path, format: 'txt', sha256: '', encoding: 'utf-8', text: parts.join('\n'), blocks, pages: null, warnings: [] };
}

/** A Source of inline snippets: one paragraph per string, or a row when it holds tabs. */
export function snippetSource(...lines: string[]): Source {
  const blocks: Block[] = [];
  let offset = 0;
  for (const text of lines) {
    const block: Block = { index: blocks.length, kind: text.includes('\t') ? 'row' : 'paragraph', text, span: { start: offset, end: offset + text.length, line: blocks.length + 1, page: null } };
    if (text.includes('\t')) block.cells = text.split('\t');
    blocks.push(block);
    offset += text.length + 1;
  }
  return { path: 'snippet.txt', format: 'txt', sha256: '', encoding: 'utf-8', text: lines.join('\n'), blocks, pages: null, warnings: [] };
}
