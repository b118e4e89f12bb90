/**
 * The database schema as ordered migrations, one list for every backend: written in SQLite's
 * words, which `forPostgres` maps to PostgreSQL's (the only differences are the row id, the
 * float and the byte types, and `instr`). SQLite records how many have run in `PRAGMA user_version`,
 * PostgreSQL in `schema_version`. Append new steps, never edit a released one.
 */
export const MIGRATIONS = [
    `CREATE TABLE documents (
     id INTEGER PRIMARY KEY,
     source TEXT NOT NULL UNIQUE,
     sha256 TEXT NOT NULL,
     format TEXT NOT NULL,
     encoding TEXT,
     title TEXT,
     pages INTEGER,
     ingested_at TEXT NOT NULL
   );
   CREATE TABLE sections (
     id INTEGER PRIMARY KEY,
     document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     parent_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
     number TEXT NOT NULL,
     title TEXT NOT NULL,
     style TEXT NOT NULL,
     level INTEGER NOT NULL,
     path TEXT NOT NULL,
     position INTEGER NOT NULL,
     line INTEGER,
     page INTEGER
   );
   CREATE INDEX sections_document ON sections(document_id);
   CREATE TABLE figures (
     id INTEGER PRIMARY KEY,
     document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     section_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
     raw TEXT NOT NULL,
     kind TEXT NOT NULL,
     value REAL NOT NULL,
     unit TEXT,
     label TEXT,
     numerator REAL,
     denominator REAL,
     high REAL,
     percent REAL,
     position INTEGER NOT NULL,
     line INTEGER,
     page INTEGER,
     text TEXT NOT NULL
   );
   CREATE INDEX figures_document ON figures(document_id);
   CREATE TABLE findings (
     id INTEGER PRIMARY KEY,
     document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     rule TEXT NOT NULL,
     severity TEXT NOT NULL,
     message_id TEXT NOT NULL,
     message TEXT NOT NULL,
     data TEXT NOT NULL,
     section_path TEXT NOT NULL,
     suggestion TEXT,
     line INTEGER,
     page INTEGER,
     evidence TEXT NOT NULL
   );
   CREATE INDEX findings_document ON findings(document_id);
   CREATE TABLE indicators (
     id INTEGER PRIMARY KEY,
     document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     section_path TEXT,
     name TEXT NOT NULL,
     key TEXT,
     match_score REAL,
     value REAL,
     unit TEXT,
     numerator REAL,
     denominator REAL,
     percent REAL,
     target REAL,
     cumulative REAL,
     period_start TEXT,
     period_end TEXT,
     line INTEGER,
     page INTEGER,
     text TEXT
   );
   CREATE INDEX indicators_document ON indicators(document_id);
   CREATE TABLE file_errors (
     source TEXT PRIMARY KEY,
     code TEXT NOT NULL,
     message TEXT NOT NULL,
     at TEXT NOT NULL
   );`,
    `ALTER TABLE documents ADD COLUMN unit_name TEXT;
   ALTER TABLE documents ADD COLUMN unit_level TEXT;
   ALTER TABLE documents ADD COLUMN parents TEXT;
   ALTER TABLE documents ADD COLUMN period_start TEXT;
   ALTER TABLE documents ADD COLUMN period_end TEXT;
   ALTER TABLE documents ADD COLUMN period_label TEXT;
   ALTER TABLE documents ADD COLUMN report_date TEXT;
   ALTER TABLE documents ADD COLUMN doc_number TEXT;
   ALTER TABLE documents ADD COLUMN draft INTEGER NOT NULL DEFAULT 0;
   CREATE INDEX indicators_key ON indicators(key);`,
    // Analysts' indicator queries (key, locality, period); the cascade of a replaced document
    // follows section ids; uploaded files for the queue, content-addressed by SHA-256.
    `CREATE INDEX indicators_period ON indicators(period_start, period_end);
   CREATE INDEX indicators_key_period ON indicators(key, period_start);
   CREATE INDEX documents_unit ON documents(unit_name);
   CREATE INDEX figures_section ON figures(section_id);
   CREATE INDEX sections_parent ON sections(parent_id);
   CREATE TABLE blobs (
     sha256 TEXT PRIMARY KEY,
     size INTEGER NOT NULL,
     bytes BLOB NOT NULL
   );`,
    // Each passage once: figures, indicators and evidence point at their block instead of carrying a
    // copy of it (a figure on a 1 MB line stored 1 MB per figure). `text` of figures and indicators
    // becomes `snippet` (at most 200 characters around the figure). Rows stored before keep their text
    // as a passage, numbered -1, -2, … per document (their block was not kept), and a snippet of it.
    `CREATE TABLE passages (
     document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     block INTEGER NOT NULL,
     line INTEGER,
     page INTEGER,
     text TEXT NOT NULL,
     PRIMARY KEY (document_id, block)
   );
   ALTER TABLE figures RENAME COLUMN text TO snippet;
   ALTER TABLE figures ADD COLUMN block INTEGER;
   ALTER TABLE figures ADD COLUMN span_from INTEGER;
   ALTER TABLE figures ADD COLUMN span_to INTEGER;
   ALTER TABLE indicators RENAME COLUMN text TO snippet;
   ALTER TABLE indicators ADD COLUMN block INTEGER;
   ALTER TABLE indicators ADD COLUMN span_from INTEGER;
   ALTER TABLE indicators ADD COLUMN span_to INTEGER;
   INSERT INTO passages (document_id, block, line, page, text)
     SELECT document_id, -ROW_NUMBER() OVER (PARTITION BY document_id ORDER BY MIN(line), snippet), MIN(line), MIN(page), snippet
     FROM (SELECT document_id, line, page, snippet FROM figures
           UNION ALL SELECT document_id, line, page, snippet FROM indicators WHERE snippet IS NOT NULL) AS earlier
     GROUP BY document_id, snippet;
   UPDATE figures SET block = (SELECT p.block FROM passages p WHERE p.document_id = figures.document_id AND p.text = figures.snippet);
   UPDATE indicators SET block = (SELECT p.block FROM passages p WHERE p.document_id = indicators.document_id AND p.text = indicators.snippet)
     WHERE snippet IS NOT NULL;
   UPDATE figures SET span_from = instr(snippet, raw) - 1, span_to = instr(snippet, raw) - 1 + length(raw) WHERE instr(snippet, raw) > 0;
   UPDATE figures SET snippet = substr(snippet, CASE WHEN span_from > 90 THEN span_from - 89 ELSE 1 END, 200) WHERE length(snippet) > 200;
   UPDATE indicators SET snippet = substr(snippet, 1, 200) WHERE length(snippet) > 200;`,
];
/** A migration in PostgreSQL's types and words: serial row ids, 8-byte floats (as SQLite's REAL), bytea, strpos. */
export function forPostgres(sql) {
    return sql
        .replace(/\binstr\(/g, 'strpos(')
        .replace(/\bINTEGER PRIMARY KEY\b/g, 'SERIAL PRIMARY KEY')
        .replace(/\bREAL\b/g, 'DOUBLE PRECISION')
        .replace(/\bBLOB\b/g, 'BYTEA');
}
//# sourceMappingURL=schema.js.map