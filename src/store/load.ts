import type { Analysis, FileError } from '../model/index.js';
import type { Db } from './open.js';

/** The SHA-256 this source was stored with, or null when it is not stored. */
export function storedSha(db: Db, source: string): string | null {
  const row = db.prepare('SELECT sha256 FROM documents WHERE source = ?').get(source) as { sha256: string } | undefined;
  return row?.sha256 ?? null;
}

/** Replace a document's rows with a fresh analysis, in one transaction. Returns the document id. */
export function storeAnalysis(db: Db, analysis: Analysis): number {
  const { source, meta } = analysis;
  const run = db.transaction((): number => {
    db.prepare('DELETE FROM documents WHERE source = ?').run(source.path);
    db.prepare('DELETE FROM file_errors WHERE source = ?').run(source.path);
    const documentId = Number(
      db
        .prepare(
          `INSERT INTO documents (source, sha256, format, encoding, title, pages, ingested_at, unit_name, unit_level, parents,
             period_start, period_end, period_label, report_date, doc_number, draft) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          source.path, source.sha256, source.format, source.encoding, meta.title, source.pages, new Date().toISOString(),
          meta.unit?.name ?? null, meta.unit?.level ?? null, JSON.stringify(meta.parents), meta.period?.start ?? null,
          meta.period?.end ?? null, meta.period?.label ?? null, meta.date, meta.number, meta.draft ? 1 : 0,
        ).lastInsertRowid,
    );
    const sectionIds = insertSections(db, documentId, analysis);
    insertFigures(db, documentId, analysis, sectionIds);
    insertFindings(db, documentId, analysis);
    insertIndicators(db, documentId, analysis);
    return documentId;
  });
  return run.immediate();
}

/** Record a file that could not be read, replacing any earlier record of it. */
export function storeFileError(db: Db, source: string, error: FileError): void {
  db.prepare('INSERT OR REPLACE INTO file_errors (source, code, message, at) VALUES (?, ?, ?, ?)').run(
    source, error.code, error.message, new Date().toISOString(),
  );
}

function insertSections(db: Db, documentId: number, { sections }: Analysis): number[] {
  const insert = db.prepare(
    'INSERT INTO sections (document_id, parent_id, number, title, style, level, path, position, line, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const ids: number[] = [];
  for (const s of sections) {
    const parent = s.parent === null ? null : ids[s.parent];
    ids.push(Number(insert.run(documentId, parent, s.number, s.title, s.style, s.level, s.path.join(' > '), s.span.start, s.span.line, s.span.page).lastInsertRowid));
  }
  return ids;
}

function insertFigures(db: Db, documentId: number, { figures, source }: Analysis, sectionIds: number[]): void {
  const insert = db.prepare(
    `INSERT INTO figures (document_id, section_id, raw, kind, value, unit, label, numerator, denominator, high, percent, position, line, page, text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const f of figures) {
    insert.run(
      documentId, f.section === null ? null : sectionIds[f.section], f.raw, f.kind, f.value, f.unit, f.label,
      f.numerator, f.denominator, f.high, f.percent, f.span.start, f.span.line, f.span.page, source.blocks[f.block].text,
    );
  }
}

function insertFindings(db: Db, documentId: number, { findings }: Analysis): void {
  const insert = db.prepare(
    `INSERT INTO findings (document_id, rule, severity, message_id, message, data, section_path, suggestion, line, page, evidence)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const f of findings) {
    const first = f.evidence[0].span;
    insert.run(
      documentId, f.rule, f.severity, f.messageId, f.message, JSON.stringify(f.data), f.section, f.suggestion,
      first.line, first.page, JSON.stringify(f.evidence.map((e) => ({ text: e.text, quote: e.quote, offset: e.offset, line: e.span.line, page: e.span.page }))),
    );
  }
}

function insertIndicators(db: Db, documentId: number, { indicators, source }: Analysis): void {
  const insert = db.prepare(
    `INSERT INTO indicators (document_id, section_path, name, key, match_score, value, unit, numerator, denominator, percent, target,
       cumulative, period_start, period_end, line, page, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const i of indicators) {
    insert.run(
      documentId, i.sectionPath, i.name, i.key, i.matchScore, i.value, i.unit, i.numerator, i.denominator, i.percent, i.target,
      i.cumulative, i.periodStart, i.periodEnd, i.span.line, i.span.page, source.blocks[i.block].text,
    );
  }
}
