/**
 * Where each finding's evidence sits in a document's text, for the HTML report.
 * With the document's blocks (from `audit`), evidence is found in its block by position and text;
 * without them (a report from the database, which keeps no full text), the evidence passages
 * themselves become the text shown.
 */
import type { BlockOut, DocumentView, EvidenceOut } from '../model/index.js';
import { quoteOffset } from '../model/index.js';

/** Characters [from, to) of a block that one evidence of one finding quotes. */
export interface Range {
  finding: number;
  evidence: number;
  block: number;
  from: number;
  to: number;
}

/** The text to show and the evidence ranges in it. */
export interface Placement {
  blocks: BlockOut[];
  /** True when `blocks` is the whole document; false when only evidence passages are shown. */
  whole: boolean;
  ranges: Range[];
}

const key = (w: { line: number | null; page: number | null }) => `${w.page ?? ''}|${w.line ?? ''}`;

/** Place every finding's evidence in the document's blocks (or in passages built from the evidence). */
export function placeEvidence(doc: DocumentView): Placement {
  const whole = Boolean(doc.blocks?.length);
  const blocks: BlockOut[] = whole ? [...doc.blocks!] : passagesOf(doc);
  const byPlace = new Map<string, number[]>();
  blocks.forEach((b, i) => byPlace.set(key(b), [...(byPlace.get(key(b)) ?? []), i]));
  const ranges: Range[] = [];
  doc.findings.forEach((f, fi) => {
    f.evidence.forEach((e, ei) => {
      let block = findBlock(blocks, byPlace.get(key(e)) ?? [], e);
      if (block < 0) {
        // Not in the text (should not happen with whole text): show the passage after the document.
        blocks.push({ text: e.text, line: e.line, page: e.page });
        block = blocks.length - 1;
        byPlace.set(key(e), [...(byPlace.get(key(e)) ?? []), block]);
      }
      const [from, to] = quoteRange(blocks[block].text, e);
      ranges.push({ finding: fi, evidence: ei, block, from, to });
    });
  });
  return { blocks, whole, ranges };
}

/** The evidence passages of a document, each once, in reading order. */
function passagesOf(doc: DocumentView): BlockOut[] {
  const seen = new Map<string, BlockOut>();
  for (const f of doc.findings) for (const e of f.evidence) seen.set(`${key(e)}|${e.text}`, { text: e.text, line: e.line, page: e.page });
  return [...seen.values()].sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || (a.line ?? 0) - (b.line ?? 0));
}

function findBlock(blocks: BlockOut[], candidates: number[], e: EvidenceOut): number {
  return (
    candidates.find((i) => blocks[i].text === e.text) ??
    candidates.find((i) => blocks[i].text.includes(e.quote)) ??
    blocks.findIndex((b) => b.text === e.text)
  );
}

/** The quote's characters in the block text; the whole block when the quote cannot be found. */
function quoteRange(text: string, e: EvidenceOut): [number, number] {
  if (!e.quote) return [0, text.length];
  const inEvidence = quoteOffset(e);
  const at = text === e.text && inEvidence >= 0 ? inEvidence : text.indexOf(e.quote);
  return at < 0 ? [0, text.length] : [at, at + e.quote.length];
}

/** "dòng 12", "đoạn 40" (docx paragraphs), "tr. 3, dòng 7" (pdf). */
export function placeLabel(format: string | null, w: { line: number | null; page: number | null }): string {
  const line = w.line === null ? '' : `${format === 'docx' || format === 'odt' || format === 'doc' || format === 'rtf' ? 'đoạn' : 'dòng'} ${w.line}`;
  return w.page === null ? line : `tr. ${w.page}${line ? `, ${line}` : ''}`;
}
