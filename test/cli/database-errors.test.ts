import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, openSync, writeSync, closeSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLargeDb } from '../../src/store/large.js';
import { renderCsv } from '../../src/report/csv.js';
import { sqliteFailure, openSqliteStore } from '../../src/store/sqlite.js';

const BIN = join(process.cwd(), 'bin/baocao.js');
const SEEDS = ['fixtures/seeds/001_311a9839200255dd.txt', 'fixtures/seeds/004_9d8bea49ef95c194.txt'].map((s) => join(process.cwd(), s));
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });

/** One line on stderr naming the file, exit 2, no stack trace. */
function expectOneLine(r: ReturnType<typeof run>, file: string, code: string): void {
  expect(r.status).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toContain(code);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
}

/** A tmpfs of `size` mounted at a new folder, or null when this process may not mount (not root, no CAP_SYS_ADMIN). */
const mounts: string[] = [];
function tmpfs(size: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-mnt-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status !== 0) return null;
  mounts.push(dir);
  return dir;
}
afterAll(() => {
  for (const m of mounts) spawnSync('umount', [m]);
});
const canMount = (() => {
  const m = tmpfs('64k');
  return m !== null;
})();

describe('a --db that SQLite cannot use: one line, exit 2, the file left as it was', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'baocao-dberr-'));
  });

  it.each([['ingest', ...SEEDS.slice(0, 1)], ['export'], ['export', '--format', 'json'], ['indicators'], ['report', '--out', 'r']])('%s on a text file named .sqlite', (...args) => {
    const file = join(dir, `notes-${args[0]}-${args.length}.sqlite`);
    const text = 'Ghi chú họp giao ban, không phải cơ sở dữ liệu.\n'.repeat(100);
    writeFileSync(file, text);
    const [command, ...rest] = args;
    expectOneLine(run(dir, command, '--db', file, ...rest), file, 'SQLITE_NOTADB');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('a corrupt database: export, indicators and ingest say so', () => {
    const file = join(dir, 'hong.sqlite');
    expect(run(dir, 'ingest', '--db', file, ...SEEDS).status).toBe(0);
    // Keep the header page, overwrite every page after it.
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(size - 4096, 0xff), 0, size - 4096, 4096);
    closeSync(fd);
    for (const args of [['export'], ['indicators'], ['ingest', SEEDS[0]]]) expectOneLine(run(dir, args[0], '--db', file, ...args.slice(1)), file, 'SQLITE_CORRUPT');
  });

  it('maps SQLite result codes to one line naming the file, and leaves other errors alone', () => {
    expect(sqliteFailure('kho.sqlite', Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }))?.message).toBe(
      'cơ sở dữ liệu kho.sqlite: hết chỗ trên đĩa; các báo cáo đã ghi trước đó vẫn còn nguyên (SQLITE_FULL)',
    );
    expect(sqliteFailure('kho.sqlite', { code: 'SQLITE_IOERR_WRITE' })?.message).toContain('kho.sqlite');
    expect(sqliteFailure('kho.sqlite', { code: 'SQLITE_READONLY_DBMOVED' })?.message).toContain('chỉ đọc');
    expect(sqliteFailure('kho.sqlite', new TypeError('x'))).toBeUndefined();
    expect(sqliteFailure('kho.sqlite', { code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBeUndefined();
  });

  it.skipIf(!canMount)('on read-only media: ingest is refused in one line, export and indicators read it', () => {
    const media = tmpfs('4m')!;
    const writable = join(dir, 'goc.sqlite');
    expect(run(dir, 'ingest', '--db', writable, ...SEEDS).status).toBe(0);
    copyFileSync(writable, join(media, 'kho.sqlite'));
    expect(spawnSync('mount', ['-o', 'remount,ro', media]).status).toBe(0);
    const file = join(media, 'kho.sqlite');
    expectOneLine(run(dir, 'ingest', '--db', file, SEEDS[0]), file, 'EROFS');
    const exported = run(dir, 'export', '--db', file, '--format', 'json');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toBe(run(dir, 'export', '--db', writable, '--format', 'json').stdout);
    expect(JSON.parse(exported.stdout).indicators.length).toBeGreaterThan(0);
    expect(run(dir, 'indicators', '--db', file).status).toBe(0);
  });

  it.skipIf(!canMount)('on a full disk: ingest ends in one line, exit 2, and the documents saved before it stay readable', () => {
    const disk = tmpfs('400k')!;
    const file = join(disk, 'kho.sqlite');
    const many = spawnSync('bash', ['-c', 'ls fixtures/seeds/*.txt'], { encoding: 'utf8' }).stdout.trim().split('\n').map((f) => join(process.cwd(), f));
    const r = run(dir, 'ingest', '--db', file, ...many);
    expect(r.signal).toBeNull(); // ended by itself, not by the test's time limit
    expectOneLine(r, file, 'SQLITE_FULL');
    const after = run(dir, 'export', '--db', file, '--format', 'json');
    expect(after.status).toBe(0);
    expect(Array.isArray(JSON.parse(after.stdout).indicators)).toBe(true);
  });

  it('export --out onto a full device names the file and exits 2', () => {
    const db = join(dir, 'goc2.sqlite');
    expect(run(dir, 'ingest', '--db', db, SEEDS[0]).status).toBe(0);
    const r = run(dir, 'export', '--db', db, '--out', '/dev/full');
    expectOneLine(r, '/dev/full', 'ENOSPC');
  });
});

describe('exports and indicators of a large database stream their rows', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'baocao-large-'));
    mkdirSync(dir, { recursive: true });
    db = join(dir, 'large.sqlite');
    await makeLargeDb(db, 200_000);
  }, 120_000);

  it('indicators prints a table of 200,000 rows (it used to crash spreading every cell into Math.max)', () => {
    const r = run(dir, 'indicators', '--db', db);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('200000 chỉ tiêu');
    expect(lines).toHaveLength(2 + 200_000 + 2);
    // Columns line up: every row is padded to the widest cell (the header row and the rule agree).
    expect(lines[1]).toMatch(/^-+( {2}-+)+$/);
  }, 120_000);

  it('export csv and json write the same bytes as rendering all rows at once', async () => {
    const small = join(dir, 'small.sqlite');
    await makeLargeDb(small, 1200);
    const s = openSqliteStore(small, { readonly: true });
    const all = await s.queryIndicators();
    await s.close();
    expect(all).toHaveLength(1200);
    const csv = run(dir, 'export', '--db', small, '--out', join(dir, 'x.csv'));
    expect(csv.status).toBe(0);
    expect(readFileSync(join(dir, 'x.csv'), 'utf8')).toBe(renderCsv(all));
    const json = run(dir, 'export', '--db', small, '--format', 'json');
    expect(json.stdout).toBe(JSON.stringify({ version: 1, indicators: all }, null, 2) + '\n');
    // XLSX through exceljs's streaming writer: every row, the frozen bold header, rates as percent cells.
    expect(run(dir, 'export', '--db', small, '--format', 'xlsx', '--out', join(dir, 'x.xlsx')).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'x.xlsx'));
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(1201);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.getRow(1201).getCell(1).value).toBe(all[1199].source);
    // Row 2: 100/200 = 50 (%), a percent cell holding 0.5.
    expect(ws.getRow(2).getCell(13).value).toBeCloseTo(0.5, 9);
    expect(ws.getRow(2).getCell(13).numFmt).toBe('0.00%');
  });

  it('export | head ends quietly', () => {
    const r = spawnSync('bash', ['-c', `node ${BIN} export --db ${db} | head -c 100 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
    expect(r.stderr.trim()).toBe('exit=0');
  });
});
