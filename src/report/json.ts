import type { Analysis, AuditOut, DocumentOut, FileError, Indicator, IndicatorOut } from '../model/index.js';
import { passagesOf, placeIn, snippetOf } from '../model/index.js';

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
    figures: analysis.figures.map((f) => ({
      raw: f.raw, kind: f.kind, value: f.value, numerator: f.numerator, denominator: f.denominator, percent: f.percent,
      unit: f.unit, label: f.label, line: f.span.line, page: f.span.page, ...placeIn(blockOf(f.block), f.span),
      ...(f.ocrConfidence !== undefined ? { confidence: f.ocrConfidence } : {}),
    })),
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

/** Serialise a whole audit as one JSON object. */
export function renderJson(documents: DocumentOut[]): string {
  return [...renderJsonParts(documents)].join('');
}

/**
 * The audit's JSON one document at a time, the same text as `JSON.stringify({ version: 1,
 * documents }, null, 2)`: written part by part, no string holds the whole batch, and a document
 * whose own JSON is too long for a string (V8's ~512 MB) is replaced, in `documents` too, by its
 * TOO_LARGE error, so every other document still comes out.
 */
export function* renderJsonParts(documents: DocumentOut[]): Generator<string> {
  const empty: AuditOut = { version: 1, documents: [] };
  if (!documents.length) {
    yield JSON.stringify(empty, null, 2) + '\n';
    return;
  }
  yield '{\n  "version": 1,\n  "documents": [';
  for (let i = 0; i < documents.length; i++) {
    let text: string;
    try {
      text = JSON.stringify(documents[i], null, 2);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      const { source, format, sha256, encoding } = documents[i];
      documents[i] = { ...toDocumentOut(source, undefined, { code: 'TOO_LARGE', message: 'Kết quả của tệp quá lớn để ghi ra JSON' }), format, sha256, encoding };
      text = JSON.stringify(documents[i], null, 2);
    }
    yield `${i ? ',' : ''}\n    ${text.replace(/\n/g, '\n    ')}`;
  }
  yield '\n  ]\n}\n';
}

/** An indicator with the column names of the `indicators` table, pointing at its passage. */
export function toIndicatorOut(i: Indicator, at: { block: number; from: number; to: number; snippet: string }): IndicatorOut {
  return {
    section_path: i.sectionPath, name: i.name, key: i.key, match_score: i.matchScore, value: i.value, unit: i.unit,
    numerator: i.numerator, denominator: i.denominator, percent: i.percent, target: i.target, cumulative: i.cumulative,
    period_start: i.periodStart, period_end: i.periodEnd, line: i.span.line, page: i.span.page, ...at,
  };
}
