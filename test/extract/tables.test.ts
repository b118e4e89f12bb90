import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTables } from '../../src/extract/tables.js';
import { ingestBytes } from '../../src/ingest/index.js';
import type { Table } from '../../src/model/index.js';

async function tablesOf(name: string, bytes: Uint8Array): Promise<Table[]> {
  const r = await ingestBytes(name, bytes);
  if (!r.ok) throw new Error(r.error.message);
  return extractTables(r.source).tables;
}
const inline = (text: string) => tablesOf('t.txt', Buffer.from(text, 'utf8'));
const seed = (name: string) => tablesOf(name, readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'seeds', name)));
const rowOf = (t: Table, label: string) => t.rows.find((r) => r.label.startsWith(label))!;

describe('extractTables', () => {
  it('reads two header rows with a merged cell spilling over its sub-headers', async () => {
    const [t] = await inline('STT\tNội dung\tChỉ tiêu\tKết quả\t\tDiễn giải\n\t\t\tKỳ báo cáo\tLũy kế\t\n1\tTin bài\t\t16\t20\tThống kê\n');
    expect(t.columns.map((c) => c.role)).toEqual(['stt', 'label', 'target', 'period', 'cumulative', 'notes']);
    expect(t.columns[4].header).toBe('Kết quả / Lũy kế');
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].cells[3]).toMatchObject({ kind: 'count', value: 16, pure: true });
  });

  it('parses counts, percents, fractions with their own percent, qualified and empty cells', async () => {
    const [t] = await inline('STT\tNội dung\tA\tB\tC\tD\tE\n1\tHộ có internet\t4.256/5.768=73,7%\t85%\tPhấn đấu 100%\t_\t02\n');
    const [, , frac, pct, qualified, empty, count] = t.rows[0].cells;
    expect(frac).toMatchObject({ kind: 'fraction', numerator: 4256, denominator: 5768, percent: 73.7, percentDecimals: 1 });
    expect(pct).toMatchObject({ kind: 'percent', value: 85, pure: true });
    expect(qualified).toMatchObject({ kind: 'percent', value: 100, pure: false });
    expect(empty.kind).toBe('empty');
    expect(count).toMatchObject({ kind: 'count', value: 2 });
  });

  it('splits a header cell holding two heads set too close ("Năm 2023 Kế hoạch năm 2024") when the row is that short', async () => {
    // The header has 5 cells over rows of 6: after the year "2023" a capital opens the plan column's head.
    const [t] = await inline('Chỉ tiêu\tĐVT\tThực hiện năm 2023 Kế hoạch năm 2024\tThực hiện năm 2024\tSo kế hoạch (%)\nSố hộ có điện\thộ\t1.200\t1.250\t1.240\t99,2\n');
    expect(t.columns.map((c) => c.header)).toEqual(['Chỉ tiêu', 'ĐVT', 'Thực hiện năm 2023', 'Kế hoạch năm 2024', 'Thực hiện năm 2024', 'So kế hoạch (%)']);
    expect(t.columns[3].role).toBe('target');
    // A row as wide as the body keeps its cells whole.
    const [u] = await inline('Chỉ tiêu\tNăm 2023 Kế hoạch\tThực hiện\nSố hộ có điện\t1.200\t1.240\n');
    expect(u.columns.map((c) => c.header)).toEqual(['Chỉ tiêu', 'Năm 2023 Kế hoạch', 'Thực hiện']);
  });

  it('splits two heads a pdf ran together with no space ("Thôn/tổNgười cao tuổi") where a capital follows a lower-case letter', async () => {
    // The header has 3 cells over rows of 5: "Thôn/tổNgười cao tuổi" and "Số được khám Phát hiện bệnh" give the two missing heads.
    const [t] = await inline('Thôn/tổNgười cao tuổi\tSố được khám Phát hiện bệnh\tTỷ lệ khám (%)\nThôn Đông\t400\t120\t6\t30,00\nThôn Tây\t300\t60\t2\t20,00\n');
    expect(t.columns.map((c) => c.header)).toEqual(['Thôn/tổ', 'Người cao tuổi', 'Số được khám', 'Phát hiện bệnh', 'Tỷ lệ khám (%)']);
    expect(t.columns[4].role).toBe('percent');
    expect(t.columns[2].role).not.toBe('percent');
  });

  it('splits heads of plain words set too close ("Số giường Giường có oxy Giường hồi sức") at their capitals only when that fits', async () => {
    // The header has 4 cells over rows of 6: two more heads are needed, and the run holds exactly two more capitalised words.
    const [t] = await inline('Tuyến\tSố cơ sở\tSố giường Giường có oxy Giường hồi sức\tTỷ lệ GHS (%)\nTuyến xã\t12\t60\t20\t3\t5,00\nTuyến huyện\t2\t140\t90\t14\t10,00\n');
    expect(t.columns.map((c) => c.header)).toEqual(['Tuyến', 'Số cơ sở', 'Số giường', 'Giường có oxy', 'Giường hồi sức', 'Tỷ lệ GHS (%)']);
    // One more capital than the body needs: the heads stay as written.
    const [u] = await inline('Tuyến\tSố giường Giường có oxy Giường Hồi sức\tTỷ lệ (%)\nTuyến xã\t60\t20\t3\t5,00\n');
    expect(u.columns.map((c) => c.header)).toEqual(['Tuyến', 'Số giường Giường có oxy Giường Hồi sức', 'Tỷ lệ (%)', '', '']);
  });

  it('splits the label column\'s head run into the next head ("Đơn vị Số hộ (hộ)") when the row is that short', async () => {
    // The header has 3 cells over rows of 4: "Đơn vị" heads the labels, "Số hộ (hộ)" the first count column.
    const [t] = await inline('Đơn vị Số hộ (hộ)\tHộ nghèo (hộ)\tTỷ lệ hộ nghèo (%)\nThôn Đông\t200\t10\t5,0\nThôn Tây\t150\t6\t4,0\n');
    expect(t.columns.map((c) => c.header)).toEqual(['Đơn vị', 'Số hộ (hộ)', 'Hộ nghèo (hộ)', 'Tỷ lệ hộ nghèo (%)']);
    // A header row as wide as the body is never split.
    const [u] = await inline('Đơn vị Số hộ\tHộ nghèo\nThôn Đông\t10\n');
    expect(u.columns.map((c) => c.header)).toEqual(['Đơn vị Số hộ', 'Hộ nghèo']);
  });

  it('tells total rows by their label or first cell', async () => {
    const [t] = await inline('STT\tNội dung\tSố lượng\n1\tA\t1\n2\tB\t2\nTổng cộng\t\t3\n\tCộng:\t3\n');
    expect(t.rows.map((r) => r.total)).toEqual([false, false, true, true]);
  });

  it('keeps one txt table across blank lines', async () => {
    const tables = await inline('STT\tNội dung\tSố lượng\n1\tA\t1\n\n2\tB\t2\n');
    expect(tables).toHaveLength(1);
    expect(tables[0].rows).toHaveLength(2);
  });

  it('reads seed 001 equipment table: Tổng số and three "Trong đó" parts', async () => {
    const [t] = await seed('001_311a9839200255dd.txt');
    expect(t.columns.map((c) => c.role)).toEqual(['stt', 'label', 'unit', 'total', 'part', 'part', 'part']);
    expect(t.columns[5].header).toBe('Số lượng / Trong đó(*) / Hư hỏng không SD được');
    const pc = rowOf(t, 'Máy vi tính');
    expect(pc.cells.slice(3).map((c) => c.value)).toEqual([37, 35, null, 2]);
  });

  it('reads seed 004 appendix: label, target, period and cumulative columns', async () => {
    const [t] = await seed('004_9d8bea49ef95c194.txt');
    expect(t.columns.slice(0, 6).map((c) => c.role)).toEqual(['stt', 'label', 'target', 'period', 'cumulative', 'notes']);
    expect(t.rows).toHaveLength(26);
    expect(rowOf(t, 'Khu dân cư').cells[3]).toMatchObject({ kind: 'percent', value: 173.7, decimals: 2 });
  });

  it.each(['001_311a9839200255dd.pd.docx', '001_311a9839200255dd.pd.pdf'])('reads the equipment table from %s', async (name) => {
    const [t] = await seed(name);
    expect(t.columns[3].role).toBe('total');
    expect(rowOf(t, 'Máy vi tính').cells.slice(3, 5).map((c) => c.value)).toEqual([37, 35]);
  });

  it.each(['004_9d8bea49ef95c194.pd.docx', '004_9d8bea49ef95c194.pd.pdf'])('joins the appendix of %s across pages and wrapped lines', async (name) => {
    const tables = await seed(name);
    const rows = tables.flatMap((t) => t.rows);
    expect(rows.filter((r) => /^\d+$/.test(r.stt)).map((r) => Number(r.stt))).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    const r9 = rows.find((r) => r.stt === '9')!;
    expect(r9.cells[4]).toMatchObject({ kind: 'fraction', numerator: 4256, denominator: 5768, percent: 73.7 });
    expect(rows.find((r) => r.stt === '21')!.cells[3]).toMatchObject({ kind: 'fraction', numerator: 19, denominator: 19, percent: 100 });
  });
});

describe('extractTables: a total row whose words fill the merged STT and label cells', () => {
  const text = 'STT\tLoại hình\tSố cơ sở\tDiện tích (m²)\tKinh phí (triệu đồng)\n1\tTrường học\t14\t12 350\t845\n2\tTrạm y tế\t6\t2 180\t1 120\n3\tNhà văn hóa\t21\t6 400\t-\nTổng cộng\t41\t20 930\t1 965\n';

  it('reads each figure under its own column, the STT cell empty and the words the label', async () => {
    const [t] = await inline(text);
    const total = t.rows.find((r) => r.total)!;
    expect(total.label).toBe('Tổng cộng');
    expect(total.stt).toBe('');
    // Hand-checked: 41 = 14 + 6 + 21; 20 930 = 12 350 + 2 180 + 6 400; 1 965 = 845 + 1 120.
    expect(total.cells.slice(2).map((c) => c.value)).toEqual([41, 20930, 1965]);
  });

  it('keeps a total row that fills every cell as it is', async () => {
    const [t] = await inline(text.replace('Tổng cộng\t41', '\tTổng cộng\t41'));
    const total = t.rows.find((r) => r.total)!;
    expect(total.cells.slice(2).map((c) => c.value)).toEqual([41, 20930, 1965]);
  });

  it('takes back the total row a pdf set apart as a table of its own, right after the table', async () => {
    const r = await ingestBytes('t.txt', Buffer.from(text, 'utf8'));
    if (!r.ok) throw new Error(r.error.message);
    const rows = r.source.blocks.filter((b) => b.kind === 'row');
    const last = rows[rows.length - 1];
    const blocks = r.source.blocks.map((b) => (b === last ? { ...b, table: (b.table ?? 0) + 1 } : b));
    const { tables } = extractTables({ ...r.source, blocks });
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.find((row) => row.total)!.cells.slice(2).map((c) => c.value)).toEqual([41, 20930, 1965]);
  });
});
