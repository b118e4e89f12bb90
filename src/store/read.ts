/**
 * Reading stored documents back in the shape `audit` returns (DocumentOut), for reports made
 * from the database. The database keeps no full text, so documents come without blocks.
 */
import type { DocumentOut, EvidenceOut, UnitLevel } from '../model/index.js';
import type { Db } from './open.js';

type Row = Record<string, unknown>;

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** Every stored document (and every recorded unreadable file), ordered by source. */
export function readDocuments(db: Db): DocumentOut[] {
  const docs = (db.prepare('SELECT * FROM documents ORDER BY source').all() as Row[]).map((d) => readDocument(db, d));
  const failed = db.prepare('SELECT source, code, message FROM file_errors ORDER BY source').all() as Array<{ source: string; code: string; message: string }>;
  const errors: DocumentOut[] = failed.map((f) => ({
    source: f.source, format: null, sha256: null, encoding: null, meta: null, sections: [], figures: [], indicators: [], findings: [],
    error: { code: f.code, message: f.message },
  }));
  return [...docs, ...errors].sort((a, b) => a.source.localeCompare(b.source));
}

function readDocument(db: Db, d: Row): DocumentOut {
  const id = d.id as number;
  const rows = (sql: string) => db.prepare(sql).all(id) as Row[];
  const unit = d.unit_name ? { name: String(d.unit_name), level: d.unit_level as UnitLevel } : null;
  const period = d.period_start ? { start: String(d.period_start), end: String(d.period_end), label: String(d.period_label ?? '') } : null;
  return {
    source: String(d.source), format: d.format as DocumentOut['format'], sha256: str(d.sha256), encoding: str(d.encoding),
    meta: { unit, parents: JSON.parse(String(d.parents ?? '[]')), period, date: str(d.report_date), number: str(d.doc_number), title: str(d.title), draft: d.draft === 1 },
    sections: rows('SELECT * FROM sections WHERE document_id = ? ORDER BY position').map((s) => ({
      number: String(s.number), title: String(s.title), level: Number(s.level), path: String(s.path).split(' > '), line: num(s.line), page: num(s.page),
    })),
    figures: rows('SELECT * FROM figures WHERE document_id = ? ORDER BY position').map((f) => ({
      raw: String(f.raw), kind: f.kind as DocumentOut['figures'][number]['kind'], value: Number(f.value), numerator: num(f.numerator), denominator: num(f.denominator),
      percent: num(f.percent), unit: str(f.unit), label: str(f.label), line: num(f.line), page: num(f.page), text: String(f.text),
    })),
    indicators: rows('SELECT * FROM indicators WHERE document_id = ? ORDER BY id').map((i) => ({
      section_path: String(i.section_path ?? ''), name: String(i.name), key: str(i.key), match_score: num(i.match_score), value: num(i.value), unit: str(i.unit),
      numerator: num(i.numerator), denominator: num(i.denominator), percent: num(i.percent), target: num(i.target), cumulative: num(i.cumulative),
      period_start: str(i.period_start), period_end: str(i.period_end), line: num(i.line), page: num(i.page), text: String(i.text ?? ''),
    })),
    findings: rows('SELECT * FROM findings WHERE document_id = ? ORDER BY id').map((f) => ({
      rule: String(f.rule), severity: f.severity as 'error' | 'warning' | 'info', messageId: String(f.message_id), message: String(f.message),
      data: JSON.parse(String(f.data)), section: String(f.section_path), evidence: (JSON.parse(String(f.evidence)) as EvidenceOut[]).map((e) => ({ ...e, offset: e.offset ?? null })), suggestion: str(f.suggestion),
    })),
    error: null,
  };
}
