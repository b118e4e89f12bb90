/**
 * The rows of one analysis, and documents read back from rows: the same for every backend, so a
 * document stored in SQLite and in PostgreSQL holds the same values and reads back equal.
 */
import type { Analysis, DocumentOut, EvidenceOut, FileError, PassageOut, UnitLevel } from '../model/index.js';
import { passagesOf, placeIn, snippetOf } from '../model/index.js';

export type Row = Record<string, unknown>;

/** A document's rows; sections name their parent and figures their section by index in `sections`. */
export interface AnalysisRows {
  document: Row;
  sections: Array<{ parent: number | null; row: Row }>;
  figures: Array<{ section: number | null; row: Row }>;
  /** Each block that figures, indicators and findings point at, once. */
  passages: Row[];
  findings: Row[];
  indicators: Row[];
}

/** Where a figure or indicator is, as columns: its passage's block, characters [from, to) of it, a snippet. */
function placeColumns(at: { block: number; from: number; to: number; snippet: string }): Row {
  return { block: at.block, span_from: at.from, span_to: at.to, snippet: at.snippet };
}

/**
 * The rows that store one analysis (ids and foreign keys are the backend's to fill in): each passage once in
 * `passages`; figures, indicators and evidence point at it by block.
 */
export function analysisRows(analysis: Analysis): AnalysisRows {
  const { source, meta, sections, figures, findings, indicators } = analysis;
  const blockOf = (b: number) => source.blocks[b];
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
        high: f.high, percent: f.percent, position: f.span.start, line: f.span.line, page: f.span.page, ...placeColumns(placeIn(blockOf(f.block), f.span)),
      },
    })),
    passages: passagesOf(analysis).map((p) => ({ block: p.block, line: p.line, page: p.page, text: p.text })),
    findings: findings.map((f) => {
      const first = f.evidence[0].span;
      return {
        rule: f.rule, severity: f.severity, message_id: f.messageId, message: f.message, data: JSON.stringify(f.data), section_path: f.section,
        suggestion: f.suggestion, line: first.line, page: first.page,
        evidence: JSON.stringify(f.evidence.map((e) => ({
          block: e.block, quote: e.quote, offset: e.offset, snippet: snippetOf(blockOf(e.block).text, e.offset, e.offset + e.quote.length), line: e.span.line, page: e.span.page,
        }))),
      };
    }),
    indicators: indicators.map((i) => ({
      section_path: i.sectionPath, name: i.name, key: i.key, match_score: i.matchScore, value: i.value, unit: i.unit, numerator: i.numerator,
      denominator: i.denominator, percent: i.percent, target: i.target, cumulative: i.cumulative, period_start: i.periodStart,
      period_end: i.periodEnd, line: i.span.line, page: i.span.page, ...placeColumns(placeIn(blockOf(i.block), i.span)),
    })),
  };
}

/** The row of `file_errors` for an unreadable file. */
export function fileErrorRow(source: string, error: FileError): Row {
  return { source, code: error.code, message: error.message, at: new Date().toISOString() };
}

/** Queries that read one document's rows back (one parameter: its id), ordered by position. */
const DOCUMENT_SQL = {
  sections: 'SELECT * FROM sections WHERE document_id = ? ORDER BY position, id',
  passages: 'SELECT block, line, page, text FROM passages WHERE document_id = ? ORDER BY block',
  figures: 'SELECT * FROM figures WHERE document_id = ? ORDER BY position, id',
  indicators: 'SELECT * FROM indicators WHERE document_id = ? ORDER BY id',
  findings: 'SELECT * FROM findings WHERE document_id = ? ORDER BY id',
} as const;

/** A backend's query: `?` placeholders, rows back. */
export type Query = (sql: string, params?: unknown[]) => Promise<Row[]>;

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * Every stored document and unreadable file as `audit` returns them, ordered by source, read and
 * yielded one document at a time (memory: one document's rows, and one line per document for the order).
 */
export async function* iterateDocumentRows(all: Query): AsyncGenerator<DocumentOut> {
  const documents = (await all('SELECT id, source FROM documents')).map((d) => ({ source: String(d.source), id: Number(d.id) as number | null, error: null as Row | null }));
  const errors = (await all('SELECT source, code, message FROM file_errors')).map((f) => ({ source: String(f.source), id: null, error: f as Row | null }));
  const order = [...documents, ...errors].sort((a, b) => a.source.localeCompare(b.source));
  for (const entry of order) {
    if (entry.error) {
      yield {
        source: entry.source, format: null, sha256: null, encoding: null, meta: null, sections: [], passages: [], figures: [], indicators: [], findings: [],
        error: { code: String(entry.error.code), message: String(entry.error.message) },
      };
      continue;
    }
    const [d] = await all('SELECT * FROM documents WHERE id = ?', [entry.id]);
    if (!d) continue; // replaced while we read
    const [sections, passages, figures, indicators, findings] = await Promise.all(Object.values(DOCUMENT_SQL).map((sql) => all(sql, [entry.id])));
    yield documentFromRows(d, { sections, passages, figures, indicators, findings });
  }
}

/** Where a stored figure or indicator is; rows stored before passages were kept have no span (0, 0). */
function placeFromRow(r: Row): { block: number; from: number; to: number; snippet: string } {
  return { block: Number(r.block ?? 0), from: Number(r.span_from ?? 0), to: Number(r.span_to ?? 0), snippet: String(r.snippet ?? '') };
}

type Children = Record<keyof typeof DOCUMENT_SQL, Row[]>;

function documentFromRows(d: Row, rows: Children): DocumentOut {
  const unit = d.unit_name ? { name: String(d.unit_name), level: d.unit_level as UnitLevel } : null;
  const period = d.period_start ? { start: String(d.period_start), end: String(d.period_end), label: String(d.period_label ?? '') } : null;
  const passages: PassageOut[] = rows.passages.map((p) => ({ block: Number(p.block), text: String(p.text), line: num(p.line), page: num(p.page) }));
  return {
    source: String(d.source), format: d.format as DocumentOut['format'], sha256: str(d.sha256), encoding: str(d.encoding),
    meta: { unit, parents: JSON.parse(String(d.parents ?? '[]')), period, date: str(d.report_date), number: str(d.doc_number), title: str(d.title), draft: Number(d.draft) === 1 },
    sections: rows.sections.map((s) => ({
      number: String(s.number), title: String(s.title), level: Number(s.level), path: String(s.path).split(' > '), line: num(s.line), page: num(s.page),
    })),
    passages,
    figures: rows.figures.map((f) => ({
      raw: String(f.raw), kind: f.kind as DocumentOut['figures'][number]['kind'], value: Number(f.value), numerator: num(f.numerator), denominator: num(f.denominator),
      percent: num(f.percent), unit: str(f.unit), label: str(f.label), line: num(f.line), page: num(f.page), ...placeFromRow(f), high: num(f.high),
    })),
    indicators: rows.indicators.map((i) => ({
      section_path: String(i.section_path ?? ''), name: String(i.name), key: str(i.key), match_score: num(i.match_score), value: num(i.value), unit: str(i.unit),
      numerator: num(i.numerator), denominator: num(i.denominator), percent: num(i.percent), target: num(i.target), cumulative: num(i.cumulative),
      period_start: str(i.period_start), period_end: str(i.period_end), line: num(i.line), page: num(i.page), ...placeFromRow(i),
    })),
    findings: rows.findings.map((f) => ({
      rule: String(f.rule), severity: f.severity as 'error' | 'warning' | 'info', messageId: String(f.message_id), message: String(f.message),
      data: JSON.parse(String(f.data)), section: String(f.section_path), evidence: evidenceFromJson(String(f.evidence), passages), suggestion: str(f.suggestion),
    })),
    error: null,
  };
}

/** A legacy evidence (stored before passages were kept) carries its block's text instead of its block. */
type StoredEvidence = Partial<EvidenceOut> & { quote: string; line: number | null; page: number | null; text?: string };

/**
 * A finding's evidence as stored. Evidence stored before passages were kept carries its block's text:
 * that text becomes a passage of the document (an equal one is shared), numbered below every other.
 */
function evidenceFromJson(json: string, passages: PassageOut[]): EvidenceOut[] {
  return (JSON.parse(json) as StoredEvidence[]).map((e) => {
    const offset = e.offset ?? null;
    if (e.block !== undefined && e.text === undefined) return { block: e.block, quote: e.quote, offset, snippet: e.snippet ?? e.quote, line: e.line, page: e.page };
    const text = e.text ?? '';
    let passage = passages.find((p) => p.text === text);
    if (!passage) {
      passage = { block: passages.reduce((low, p) => Math.min(low, p.block), 0) - 1, text, line: e.line, page: e.page };
      passages.push(passage);
    }
    const at = offset ?? Math.max(0, text.indexOf(e.quote));
    return { block: passage.block, quote: e.quote, offset, snippet: snippetOf(text, at, at + e.quote.length), line: e.line, page: e.page };
  });
}
