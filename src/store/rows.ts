/**
 * The rows of one analysis, and documents read back from rows: the same for every backend, so a
 * document stored in SQLite and in PostgreSQL holds the same values and reads back equal.
 */
import type { Analysis, DocumentOut, EvidenceOut, FileError, UnitLevel } from '../model/index.js';

export type Row = Record<string, unknown>;

/** A document's rows; sections name their parent and figures their section by index in `sections`. */
export interface AnalysisRows {
  document: Row;
  sections: Array<{ parent: number | null; row: Row }>;
  figures: Array<{ section: number | null; row: Row }>;
  findings: Row[];
  indicators: Row[];
}

/** The rows that store one analysis (ids and foreign keys are the backend's to fill in). */
export function analysisRows({ source, meta, sections, figures, findings, indicators }: Analysis): AnalysisRows {
  return {
    document: {
      source: source.path, sha256: source.sha256, format: source.format, encoding: source.encoding, title: meta.title, pages: source.pages,
      ingested_at: new Date().toISOString(), unit_name: meta.unit?.name ?? null, unit_level: meta.unit?.level ?? null,
      parents: JSON.stringify(meta.parents), period_start: meta.period?.start ?? null, period_end: meta.period?.end ?? null,
      period_label: meta.period?.label ?? null, report_date: meta.date, doc_number: meta.number, draft: meta.draft ? 1 : 0,
    },
    sections: sections.map((s) => ({
      parent: s.parent,
      row: { number: s.number, title: s.title, style: s.style, level: s.level, path: s.path.join(' > '), position: s.span.start, line: s.span.line, page: s.span.page },
    })),
    figures: figures.map((f) => ({
      section: f.section,
      row: {
        raw: f.raw, kind: f.kind, value: f.value, unit: f.unit, label: f.label, numerator: f.numerator, denominator: f.denominator,
        high: f.high, percent: f.percent, position: f.span.start, line: f.span.line, page: f.span.page, text: source.blocks[f.block].text,
      },
    })),
    findings: findings.map((f) => {
      const first = f.evidence[0].span;
      return {
        rule: f.rule, severity: f.severity, message_id: f.messageId, message: f.message, data: JSON.stringify(f.data), section_path: f.section,
        suggestion: f.suggestion, line: first.line, page: first.page,
        evidence: JSON.stringify(f.evidence.map((e) => ({ text: e.text, quote: e.quote, offset: e.offset, line: e.span.line, page: e.span.page }))),
      };
    }),
    indicators: indicators.map((i) => ({
      section_path: i.sectionPath, name: i.name, key: i.key, match_score: i.matchScore, value: i.value, unit: i.unit, numerator: i.numerator,
      denominator: i.denominator, percent: i.percent, target: i.target, cumulative: i.cumulative, period_start: i.periodStart,
      period_end: i.periodEnd, line: i.span.line, page: i.span.page, text: source.blocks[i.block].text,
    })),
  };
}

/** The row of `file_errors` for an unreadable file. */
export function fileErrorRow(source: string, error: FileError): Row {
  return { source, code: error.code, message: error.message, at: new Date().toISOString() };
}

/** Queries that read everything back, one per table, ordered by document and position. */
export const READ_SQL = {
  documents: 'SELECT * FROM documents',
  fileErrors: 'SELECT source, code, message FROM file_errors',
  sections: 'SELECT * FROM sections ORDER BY document_id, position, id',
  figures: 'SELECT * FROM figures ORDER BY document_id, position, id',
  indicators: 'SELECT * FROM indicators ORDER BY document_id, id',
  findings: 'SELECT * FROM findings ORDER BY document_id, id',
} as const;

export type ReadRows = Record<keyof typeof READ_SQL, Row[]>;

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function byDocument(rows: Row[]): Map<number, Row[]> {
  const map = new Map<number, Row[]>();
  for (const r of rows) {
    const id = Number(r.document_id);
    const list = map.get(id);
    if (list) list.push(r);
    else map.set(id, [r]);
  }
  return map;
}

/** Documents and unreadable files as `audit` returns them, ordered by source (code point order). */
export function documentsFromRows(rows: ReadRows): DocumentOut[] {
  const children = { sections: byDocument(rows.sections), figures: byDocument(rows.figures), indicators: byDocument(rows.indicators), findings: byDocument(rows.findings) };
  const docs = rows.documents.map((d) => {
    const of = (table: keyof typeof children) => children[table].get(Number(d.id)) ?? [];
    return documentFromRows(d, of('sections'), of('figures'), of('indicators'), of('findings'));
  });
  const errors: DocumentOut[] = rows.fileErrors.map((f) => ({
    source: String(f.source), format: null, sha256: null, encoding: null, meta: null, sections: [], figures: [], indicators: [], findings: [],
    error: { code: String(f.code), message: String(f.message) },
  }));
  return [...docs, ...errors].sort((a, b) => a.source.localeCompare(b.source));
}

function documentFromRows(d: Row, sections: Row[], figures: Row[], indicators: Row[], findings: Row[]): DocumentOut {
  const unit = d.unit_name ? { name: String(d.unit_name), level: d.unit_level as UnitLevel } : null;
  const period = d.period_start ? { start: String(d.period_start), end: String(d.period_end), label: String(d.period_label ?? '') } : null;
  return {
    source: String(d.source), format: d.format as DocumentOut['format'], sha256: str(d.sha256), encoding: str(d.encoding),
    meta: { unit, parents: JSON.parse(String(d.parents ?? '[]')), period, date: str(d.report_date), number: str(d.doc_number), title: str(d.title), draft: Number(d.draft) === 1 },
    sections: sections.map((s) => ({
      number: String(s.number), title: String(s.title), level: Number(s.level), path: String(s.path).split(' > '), line: num(s.line), page: num(s.page),
    })),
    figures: figures.map((f) => ({
      raw: String(f.raw), kind: f.kind as DocumentOut['figures'][number]['kind'], value: Number(f.value), numerator: num(f.numerator), denominator: num(f.denominator),
      percent: num(f.percent), unit: str(f.unit), label: str(f.label), line: num(f.line), page: num(f.page), text: String(f.text),
    })),
    indicators: indicators.map((i) => ({
      section_path: String(i.section_path ?? ''), name: String(i.name), key: str(i.key), match_score: num(i.match_score), value: num(i.value), unit: str(i.unit),
      numerator: num(i.numerator), denominator: num(i.denominator), percent: num(i.percent), target: num(i.target), cumulative: num(i.cumulative),
      period_start: str(i.period_start), period_end: str(i.period_end), line: num(i.line), page: num(i.page), text: String(i.text ?? ''),
    })),
    findings: findings.map((f) => ({
      rule: String(f.rule), severity: f.severity as 'error' | 'warning' | 'info', messageId: String(f.message_id), message: String(f.message),
      data: JSON.parse(String(f.data)), section: String(f.section_path), evidence: (JSON.parse(String(f.evidence)) as EvidenceOut[]).map((e) => ({ ...e, offset: e.offset ?? null })), suggestion: str(f.suggestion),
    })),
    error: null,
  };
}
