/**
 * Text ingester: plain text and the markdown-ish exports reports arrive as
 * (`**bold**`, `$82/82 = 100\%$`, tab-separated table rows, stray HTML).
 *
 * Markup is stripped for every format in buildSource (src/ingest/markup.ts).
 * Line-based on purpose: remark-parse would renumber "1." items and merge lines,
 * and the line of the file is the position a person looks for.
 */
import type { Warning } from '../model/index.js';
import { buildSource, type RawBlock } from './build-source.js';
import { decodeText } from './decode.js';
import type { IngestResult } from './index.js';

/** Read a text file: decode, strip markup, and keep tab-separated lines as table rows. */
export function ingestTxt(path: string, bytes: Uint8Array): IngestResult {
  const decoded = decodeText(bytes);
  const warnings: Warning[] = decoded.warnings.map((message) => ({ stage: 'ingest', message, span: null }));
  const lines = decoded.text.split(/\r\n|\r|\n/);
  const blocks: RawBlock[] = [];
  let table = -1;
  let row = 0;
  let lastWasRow = false;
  lines.forEach((rawLine, i) => {
    const line = i + 1;
    if (!rawLine.trim()) return; // blank lines do not end a table: exports put them between rows
    if (rawLine.includes('\t')) {
      if (!lastWasRow) {
        table += 1;
        row = 0;
      }
      blocks.push({ kind: 'row', text: '', cells: rawLine.split('\t'), table, row: row++, line, page: null });
      lastWasRow = true;
      return;
    }
    lastWasRow = false;
    const footnote = /^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s/.test(rawLine);
    blocks.push({ kind: footnote ? 'footnote' : 'paragraph', text: rawLine, line, page: null, emphasis: /^\s*\*\*.*\*\*\s*$/.test(rawLine) || undefined });
  });
  return { ok: true, source: buildSource({ path, format: 'txt', bytes, encoding: decoded.encoding, blocks, warnings }) };
}
