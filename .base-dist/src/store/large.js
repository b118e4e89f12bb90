/**
 * A SQLite database of `rows` synthetic indicator rows (documents of 500 rows each, one passage each), written
 * directly, for measuring and testing `export` and `indicators` at archive scale; made on demand,
 * never committed (pipelines/make-large-db.ts is its command line).
 */
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openSqliteStore } from './sqlite.js';
export async function makeLargeDb(path, rows, perDocument = 500) {
    rmSync(path, { force: true });
    await openSqliteStore(path).close();
    const db = new Database(path);
    const doc = db.prepare(`INSERT INTO documents (source, sha256, format, title, ingested_at, unit_name, unit_level, parents, period_start, period_end, period_label, report_date, doc_number)
     VALUES (?, ?, 'txt', ?, '2026-01-01T00:00:00.000Z', ?, 'commune', ?, '2024-01-01', '2024-12-31', 'năm 2024', '2024-12-20', ?)`);
    const ind = db.prepare(`INSERT INTO indicators (document_id, section_path, name, key, match_score, value, unit, numerator, denominator, percent, target, cumulative, period_start, period_end, line, page, block, span_from, span_to, snippet)
     VALUES (?, 'I > 1', ?, 'hoso.online_rate', 0.9, ?, 'percent', ?, ?, ?, 95, NULL, '2024-01-01', '2024-12-31', ?, NULL, ?, ?, ?, ?)`);
    const passage = db.prepare('INSERT INTO passages (document_id, block, line, page, text) VALUES (?, ?, ?, NULL, ?)');
    db.transaction(() => {
        for (let d = 0; d * perDocument < rows; d++) {
            const id = Number(doc.run(`luu-tru/xa-${String(d).padStart(5, '0')}.txt`, 'ab'.repeat(32), `Báo cáo số ${d}`, `xã Số ${d}`, JSON.stringify([{ name: 'huyện Hưng Hà', level: 'district' }]), `${d}/BC-UBND`).lastInsertRowid);
            for (let k = 0; k < perDocument && d * perDocument + k < rows; k++) {
                const n = 100 + k;
                const text = `Tỷ lệ hồ sơ giải quyết trực tuyến đạt ${n}/200 hồ sơ, bằng ${(n * 100) / 200}%, vượt chỉ tiêu giao.`;
                const from = text.indexOf(`${n}/200`);
                passage.run(id, k, k + 1, text);
                ind.run(id, `Tỷ lệ hồ sơ trực tuyến ${k}`, (n * 100) / 200, n, 200, (n * 100) / 200, k + 1, k, from, from + `${n}/200`.length, text);
            }
        }
    })();
    db.close();
}
//# sourceMappingURL=large.js.map