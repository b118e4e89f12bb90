import { constants } from 'node:buffer';
import type { Analysis, AuditOut, Block, DocumentOut, FileError, Figure, Indicator, IndicatorOut } from '../model/index.js';
import { passagesOf, placeIn, snippetOf, withinBlock } from '../model/index.js';

/** The JSON form of one document (the `audit --format json` contract): each passage once, everything else points into it. */
export function toDocumentOut(path: string, analysis: Analysis | undefined, error?: FileError): DocumentOut {
  if (!analysis) {
    return { source: path, format: null, sha256: null, encoding: null, meta: null, sections: [], passages: [], figures: [], indicators: [], findings: [], error: error ?? null };
  }
  const { source } = analysis;
  const blockOf = (b: number) => source.blocks[b];
  return {
    source: path,
    format: source.format,
    sha256: source.sha256,
    encoding: source.encoding,
    meta: analysis.meta,
    sections: analysis.sections.map((s) => ({
      number: s.number, title: s.title, level: s.level, path: s.path, line: s.span.line, page: s.span.page,
    })),
    passages: passagesOf(analysis),
    figures: analysis.figures.map((f) => figureOut(f, blockOf(f.block), blockOf)),
    indicators: analysis.indicators.map((i) => toIndicatorOut(i, placeIn(blockOf(i.block), i.span))),
    findings: analysis.findings.map((f) => ({
      rule: f.rule, severity: f.severity, messageId: f.messageId, message: f.message, data: f.data, section: f.section,
      evidence: f.evidence.map((e) => ({
        block: e.block, quote: e.quote, offset: e.offset, snippet: snippetOf(blockOf(e.block).text, e.offset, e.offset + e.quote.length),
        line: e.span.line, page: e.span.page,
      })),
      suggestion: f.suggestion,
    })),
    error: null,
  };
}

/**
 * A figure as the output has it, every member named in the output's order (an object spread per figure goes through the
 * runtime, member by member: at 33,286 figures 74–97 ms for the document's form against 2–8 ms at 3,386).
 */
function figureOut(f: Figure, block: Block, blockOf: (b: number) => Block): DocumentOut['figures'][number] {
  const { from, to } = withinBlock(block, f.span);
  const out: DocumentOut['figures'][number] = {
    raw: f.raw, kind: f.kind, value: f.value, numerator: f.numerator, denominator: f.denominator, percent: f.percent,
    unit: f.unit, label: f.label, line: f.span.line, page: f.span.page, block: block.index, from, to, snippet: snippetOf(block.text, from, to),
    high: f.high,
  };
  if (f.ocrConfidence !== undefined) out.confidence = f.ocrConfidence;
  if (f.spelled) {
    const { from: wordsFrom, to: wordsTo } = withinBlock(blockOf(f.spelled.block), f.spelled.span);
    out.words = { value: f.spelled.value, block: f.spelled.block, from: wordsFrom, to: wordsTo };
  }
  return out;
}

/** Serialise a whole audit as one JSON object. */
export function renderJson(documents: DocumentOut[]): string {
  return [...renderJsonParts(documents)].join('');
}

/**
 * Most characters of one document's JSON: the longest string V8 can hold (~512 MB), the size at
 * which one `JSON.stringify` of the document used to fail. A document over it becomes TOO_LARGE.
 */
export const MAX_DOCUMENT_CHARS = constants.MAX_STRING_LENGTH;

/**
 * The audit's JSON one document at a time, the same text as `JSON.stringify({ version: 1,
 * documents }, null, 2)`: no string holds the whole batch or a whole document. Each document's
 * text is made in pieces of bounded size (`documentParts`) and held, with a running count, until
 * it is complete; a document whose text passes `maxChars` (or whose stringify fails with
 * RangeError) is replaced, in `documents` too, by its TOO_LARGE error, so every other document
 * still comes out.
 */
export function* renderJsonParts(documents: DocumentOut[], { maxChars = MAX_DOCUMENT_CHARS }: { maxChars?: number } = {}): Generator<string> {
  const empty: AuditOut = { version: 1, documents: [] };
  if (!documents.length) {
    yield JSON.stringify(empty, null, 2) + '\n';
    return;
  }
  yield '{\n  "version": 1,\n  "documents": [';
  for (let i = 0; i < documents.length; i++) {
    let parts = heldParts(documents[i], maxChars);
    if (!parts) {
      const { source, format, sha256, encoding } = documents[i];
      documents[i] = { ...toDocumentOut(source, undefined, { code: 'TOO_LARGE', message: 'Kết quả của tệp quá lớn để ghi ra JSON' }), format, sha256, encoding };
      parts = [...documentParts(documents[i])];
    }
    yield `${i ? ',' : ''}\n    `;
    yield* parts;
  }
  yield '\n  ]\n}\n';
}

/** One document's text as a list of pieces, or undefined when it passes `maxChars` or a piece is too long for a string. */
function heldParts(document: unknown, maxChars: number): string[] | undefined {
  const parts: string[] = [];
  let chars = 0;
  try {
    for (const part of documentParts(document)) {
      chars += part.length;
      if (chars > maxChars) return undefined;
      parts.push(part);
    }
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
  return parts;
}

/** Elements of a document's array stringified at once: a piece of a few hundred elements. */
const BATCH = 256;
/**
 * What `JSON.stringify(x, null, 2)` puts around a value nested in arrays, so that the value comes
 * out indented exactly as at its place in the audit (a document at 4 spaces, its keys at 6, the
 * elements of its arrays at 8), and is cut out of the result: no pass over the text to indent it.
 */
const AT_DOCUMENT = { before: '[\n  [\n    '.length, after: '\n  ]\n]'.length };
const AT_ELEMENTS = { before: '[\n  [\n    [\n      ['.length, after: '\n      ]\n    ]\n  ]\n]'.length };

/**
 * One document's text at its place in the audit (`JSON.stringify(document, null, 2)` indented by
 * 4), in pieces: each array of the document longer than `batch` is stringified `batch` elements
 * at a time, its other members together. One stringify of the whole document built one string of tens
 * of MB and indenting it was another pass making another: the collector's copying of those strings
 * made this stage grow ×17–20 per 10× of input; pieces of bounded size grow ×10.
 */
export function* documentParts(document: unknown, batch = BATCH): Generator<string> {
  if (!isPlainRecord(document)) {
    const s = JSON.stringify([[document]], null, 2);
    yield s.slice(AT_DOCUMENT.before, s.length - AT_DOCUMENT.after);
    return;
  }
  let first = true;
  let members: Record<string, unknown> | undefined;
  /** The members gathered so far, as the text between the document's braces (none when all are left out, as undefined ones are). */
  function* flush(): Generator<string> {
    if (!members) return;
    const s = JSON.stringify([[members]], null, 2);
    members = undefined;
    const text = s.slice(AT_DOCUMENT.before, s.length - AT_DOCUMENT.after);
    if (text === '{}') return;
    yield `${first ? '{' : ','}${text.slice(1, text.length - '\n    }'.length)}`;
    first = false;
  }
  for (const key of Object.keys(document)) {
    const value = document[key];
    if (!Array.isArray(value) || value.length <= batch || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
      // No prototype: a member named "__proto__" stays a member, as in the document.
      (members ??= Object.create(null) as Record<string, unknown>)[key] = value;
      continue;
    }
    yield* flush();
    yield `${first ? '{' : ','}\n      ${JSON.stringify(key)}: [`;
    first = false;
    for (let i = 0; i < value.length; i += batch) {
      const s = JSON.stringify([[[value.slice(i, i + batch)]]], null, 2);
      yield `${i ? ',' : ''}${s.slice(AT_ELEMENTS.before, s.length - AT_ELEMENTS.after)}`;
    }
    yield '\n      ]';
  }
  yield* flush();
  yield first ? '{}' : '\n    }';
}

/** An object JSON.stringify writes member by member: no toJSON of its own, not an array. */
function isPlainRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as { toJSON?: unknown }).toJSON !== 'function';
}

/** An indicator with the column names of the `indicators` table, pointing at its passage (every member named: no spread per row). */
export function toIndicatorOut(i: Indicator, at: { block: number; from: number; to: number; snippet: string }): IndicatorOut {
  return {
    section_path: i.sectionPath, name: i.name, key: i.key, match_score: i.matchScore, value: i.value, unit: i.unit,
    numerator: i.numerator, denominator: i.denominator, percent: i.percent, target: i.target, cumulative: i.cumulative,
    period_start: i.periodStart, period_end: i.periodEnd, line: i.span.line, page: i.span.page,
    block: at.block, from: at.from, to: at.to, snippet: at.snippet,
  };
}
