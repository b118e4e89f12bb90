import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';
import { exportIndicators } from '../../pipelines/export.js';
import { parsePeriod } from '../../src/report/indicator-table.js';
import { openStore, type Store } from '../../src/store/open.js';

const seeds = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');

async function storeSeeds(...names: string[]): Promise<Store> {
  const db = await openStore(':memory:');
  for (const n of names) {
    const o = await analyseBytes(n, readFileSync(join(seeds, n)));
    if (!o.analysis) throw new Error(o.error.message);
    await db.saveAnalysis(o.analysis);
  }
  return db;
}

/** A small RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks inside. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

describe('export', () => {
  it('writes CSV in UTF-8 with a BOM that reads back with Vietnamese text, quotes and numbers intact', async () => {
    const db = await storeSeeds('004_9d8bea49ef95c194.txt');
    const { bytes, count } = await exportIndicators(db, 'csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = readCsv(bytes.toString('utf8').slice(1));
    expect(rows).toHaveLength(count);
    const at = (r: string[], col: string) => r[header.indexOf(col)];
    const row12 = rows.find((r) => at(r, 'name').startsWith('Tỷ lệ người dân từ 15 tuổi'))!;
    expect(at(row12, 'unit_name')).toBe('phường Giếng Đáy');
    expect(at(row12, 'key')).toBe('dan.bank_account_rate');
    expect([at(row12, 'target'), at(row12, 'value'), at(row12, 'cumulative'), at(row12, 'numerator'), at(row12, 'denominator')]).toEqual(['96', '0', '96.56', '8916', '9233']);
    expect(at(row12, 'period_start')).toBe('2024-05-01');
    // A name with a comma and a row text with tabs survive quoting.
    const row8 = rows.find((r) => at(r, 'name').startsWith('Tỷ lệ Thanh toán không dùng tiền mặt, phí'))!;
    expect(at(row8, 'name')).toBe('Tỷ lệ Thanh toán không dùng tiền mặt, phí, lệ phí tại Bộ phận tiếp nhận và trả kết quả');
    await db.close();
  });

  it('writes XLSX with a frozen header, numbers as numbers and rates as percent cells', async () => {
    const db = await storeSeeds('004_9d8bea49ef95c194.txt', '002_1b00c6e55fb426e7.txt');
    const { bytes, count } = await exportIndicators(db, 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.rowCount).toBe(count + 1);
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (name: string) => header.indexOf(name) + 1;
    let found = 0;
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const name = String(row.getCell(col('name')).value);
      if (name.startsWith('Tỷ lệ người dân từ 15 tuổi')) {
        found++;
        const cum = row.getCell(col('cumulative'));
        expect(cum.value).toBeCloseTo(0.9656, 6);
        expect(cum.numFmt).toBe('0.00%');
        expect(row.getCell(col('numerator')).value).toBe(8916);
        expect(row.getCell(col('unit_name')).value).toBe('phường Giếng Đáy');
      }
      if (name === 'Tỷ lệ văn bản điện tử có chứng thực số và ký số') {
        found++;
        expect(row.getCell(col('value')).value).toBeCloseTo(0.9971, 6);
        expect(row.getCell(col('target')).value).toBeCloseTo(0.97, 6);
        expect(row.getCell(col('value')).numFmt).toBe('0.00%');
        expect(row.getCell(col('unit_name')).value).toBe('huyện Hưng Hà');
      }
      if (name === 'Số người dân được hướng dẫn kỹ năng số cơ bản') {
        found++;
        expect(row.getCell(col('value')).value).toBe(81);
        expect(row.getCell(col('value')).numFmt).not.toBe('0.00%');
      }
    });
    expect(found).toBe(3);
    await db.close();
  });

  it('filters indicators by key, by locality whatever the tone placement, and by an overlapping period', async () => {
    const db = await storeSeeds('004_9d8bea49ef95c194.txt', '002_1b00c6e55fb426e7.txt');
    const signed = await db.queryIndicators({ key: 'vanban.signed_rate' });
    expect(signed.every((r) => r.key === 'vanban.signed_rate')).toBe(true);
    expect([...new Set(signed.map((r) => r.unit_name))].sort()).toEqual(['huyện Hưng Hà', 'phường Giếng Đáy']);
    expect((await db.queryIndicators({ locality: 'GIẾNG ĐÁY' })).every((r) => r.unit_name === 'phường Giếng Đáy')).toBe(true);
    expect((await db.queryIndicators({ locality: 'thái bình' })).every((r) => r.unit_name === 'huyện Hưng Hà')).toBe(true);
    expect((await db.queryIndicators({ period: '2024-05' })).length).toBeGreaterThan((await db.queryIndicators({ period: 'Q4/2024' })).length);
    expect(await db.queryIndicators({ period: '2023' })).toHaveLength(0);
    expect(parsePeriod('Q1/2024')).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    await db.close();
  });
});
