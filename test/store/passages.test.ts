import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { load } from '../../pipelines/load.js';
import { openStore } from '../../src/store/open.js';
import { forPostgres, MIGRATIONS } from '../../src/store/schema.js';
import { freshPostgres, hasPostgres } from '../helpers/postgres.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'baocao-passages-'));

// One paragraph of about 1,000 characters holding about twenty figures: before, the database held
// a copy of it per figure and per indicator.
const LONG = [1, 2, 3, 4].map((k) =>
  `Năm 202${k}, xã tiếp nhận 1.20${k} hồ sơ, giải quyết đúng hạn 1.15${k} hồ sơ; cấp 32${k} giấy chứng nhận quyền sử dụng đất, ` +
  `hỗ trợ 4${k} hộ xây nhà mới với tổng kinh phí 2,${k} tỷ đồng; tổ chức 1${k} lớp tập huấn cho 60${k} lượt người tham gia.`).join(' ');
const REPORT = `ỦY BAN NHÂN DÂN XÃ AN BÌNH\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2024\nI. KẾT QUẢ\n${LONG}\nII. TỒN TẠI\nCòn 03 hộ chưa được hỗ trợ.\n`;

describe('passages in the database', () => {
  it('stores each passage once; figures and indicators point at it by block and span and keep a snippet of at most 200 characters', async () => {
    const dir = tempDir();
    const file = join(dir, 'bao-cao.txt');
    writeFileSync(file, REPORT);
    const path = join(dir, 'db.sqlite');
    const store = await openStore(path);
    await load(store, [file], { workers: 1 });
    const [doc] = await store.readDocuments();
    await store.close();

    expect(doc.figures.length).toBeGreaterThan(15);
    expect(doc.passages.filter((p) => p.text === LONG)).toHaveLength(1);
    const byBlock = new Map(doc.passages.map((p) => [p.block, p.text]));
    for (const f of doc.figures) {
      expect(byBlock.get(f.block)!.slice(f.from, f.to)).toBe(f.raw);
      expect(f.snippet.length).toBeLessThanOrEqual(200);
      expect(f.snippet).toContain(f.raw);
    }
    for (const i of doc.indicators) expect(i.snippet.length).toBeLessThanOrEqual(200);

    const db = new Database(path, { readonly: true });
    const one = (sql: string) => Object.values(db.prepare(sql).get() as object)[0];
    expect(one('SELECT count(*) FROM passages WHERE text LIKE \'Năm 2021, xã%\'')).toBe(1);
    expect(one('SELECT count(*) FROM passages')).toBe(one('SELECT count(*) FROM (SELECT block FROM figures UNION SELECT block FROM indicators)'));
    expect(one('SELECT max(length(snippet)) FROM figures')).toBeLessThanOrEqual(200);
    // Everything stored as text is about the size of the report, not figures × paragraph.
    const stored = Number(one('SELECT (SELECT sum(length(text)) FROM passages) + (SELECT sum(length(snippet)) FROM figures) + (SELECT coalesce(sum(length(snippet)), 0) FROM indicators)'));
    expect(stored).toBeLessThan(REPORT.length + 200 * (doc.figures.length + doc.indicators.length));
    expect(Number(one('SELECT sum(length(text)) FROM passages'))).toBeLessThanOrEqual(REPORT.length);
    db.close();
  }, 60_000);
});

// A database written before passages were kept: every figure and indicator row and every finding's
// evidence carried the whole paragraph.
const OLD_TEXT = `Trong năm, xã đã tiếp nhận 120 hồ sơ trực tuyến ${'và thực hiện nhiều việc khác '.repeat(12)}đạt tỷ lệ 95%.`;
const LEGACY = [
  "INSERT INTO documents (id, source, sha256, format, ingested_at) VALUES (1, 'cu.txt', 'ab', 'txt', '2025-01-01')",
  `INSERT INTO figures (document_id, raw, kind, value, position, line, text) VALUES (1, '120', 'count', 120, 30, 4, '${OLD_TEXT}'), (1, '95%', 'percent', 95, 400, 4, '${OLD_TEXT}')`,
  `INSERT INTO indicators (document_id, name, value, unit, line, text) VALUES (1, 'hồ sơ trực tuyến', 120, 'hồ sơ', 4, '${OLD_TEXT}')`,
  `INSERT INTO findings (document_id, rule, severity, message_id, message, data, section_path, line, evidence) VALUES (1, 'percent-mismatch', 'error', 'm', 'sai', '{}', '', 4, '${JSON.stringify([{ text: OLD_TEXT, quote: '95%', offset: OLD_TEXT.indexOf('95%'), line: 4, page: null }])}')`,
];

const LEGACY_BACKENDS: Array<[string, () => Promise<string>, boolean]> = [
  ['SQLite', async () => {
    const path = join(tempDir(), 'old.sqlite');
    const db = new Database(path);
    for (const m of MIGRATIONS.slice(0, 3)) db.exec(m);
    for (const sql of LEGACY) db.exec(sql);
    db.pragma('user_version = 3');
    db.close();
    return path;
  }, true],
  ['PostgreSQL', async () => {
    const url = freshPostgres('legacy');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const m of MIGRATIONS.slice(0, 3)) await client.query(forPostgres(m));
    for (const sql of LEGACY) await client.query(sql);
    await client.query('CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (3)');
    await client.end();
    return url;
  }, hasPostgres],
];

describe.each(LEGACY_BACKENDS)('a %s database written before passages were kept', (_, make, available) => {
  it.runIf(available)('is migrated: the paragraph becomes one passage that figures, indicators and evidence point at, with short snippets', async () => {
    const store = await openStore(await make());
    const [doc] = await store.readDocuments();
    await store.close();
    expect(doc.passages).toEqual([{ block: -1, text: OLD_TEXT, line: 4, page: null }]);
    expect(doc.figures.map((f) => [f.raw, f.block, OLD_TEXT.slice(f.from, f.to)])).toEqual([['120', -1, '120'], ['95%', -1, '95%']]);
    for (const f of doc.figures) {
      expect(f.snippet.length).toBeLessThanOrEqual(200);
      expect(f.snippet).toContain(f.raw);
    }
    expect(doc.indicators.map((i) => [i.block, i.snippet.length <= 200])).toEqual([[-1, true]]);
    expect(doc.findings[0].evidence).toMatchObject([{ block: -1, quote: '95%', offset: OLD_TEXT.indexOf('95%') }]);
    expect(doc.findings[0].evidence[0].snippet).toContain('95%');
  }, 60_000);
});
