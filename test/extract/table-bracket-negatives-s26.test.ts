import { describe, expect, it } from 'vitest';
import { extractTables } from '../../src/extract/tables.js';
import { readCell } from '../../src/extract/table-cells.js';
import { ingestBytes } from '../../src/ingest/index.js';

// Accounting-style decreases: a cell of one bracketed number is negative in a change or difference column, or in a table
// whose note says so; elsewhere it is left unread (a sub-count or an earlier value may be set in brackets).
const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';
async function tables(text: string) {
  const r = await ingestBytes('t.txt', Buffer.from(text, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return extractTables(r.source).tables;
}
const column = async (text: string, c: number) => (await tables(text))[0].rows.map((r) => r.cells[c].value);

describe('a bracketed number in a table cell', () => {
  it('reads negative where the reading asks for it, keeping its decimals and kind', () => {
    expect([readCell('(25)', null, undefined, undefined, 'negative')].map((c) => [c.kind, c.value, c.pure])).toEqual([['count', -25, true]]);
    expect([readCell('(3,3)', null, undefined, undefined, 'negative')].map((c) => [c.kind, c.value, c.decimals])).toEqual([['decimal', -3.3, 1]]);
    expect(readCell('(1.240)', null, undefined, undefined, 'negative').value).toBe(-1240);
    expect([readCell('(4,5%)', null, undefined, undefined, 'negative')].map((c) => [c.kind, c.value])).toEqual([['percent', -4.5]]);
    expect([readCell('(4,5)%', null, undefined, undefined, 'negative')].map((c) => [c.kind, c.value])).toEqual([['percent', -4.5]]);
  });

  it('is left unread by default: never a positive figure a sum would take at face value', () => {
    for (const t of ['(25)', '(3,3)', '(1.240)']) expect([readCell(t, null)].map((c) => [c.kind, c.value])).toEqual([['text', null]]);
  });

  it('leaves a figure with a sub-count in brackets as it was: 45 (12) is 45', () => {
    expect(readCell('45 (12)', null, undefined, undefined, 'negative').value).toBe(45);
  });

  // Health: 95 − 120 = −25, 70 − 64 = 6, 31 − 40 = −9; the total −28.
  const health = rows(
    ['Chỉ tiêu', 'Năm 2023', 'Năm 2024', 'Tăng (+), giảm (-)'],
    ['Sốt xuất huyết', '120', '95', '(25)'], ['Tay chân miệng', '64', '70', '6'], ['Thủy đậu', '40', '31', '(9)'], ['Tổng cộng', '224', '196', '(28)'],
  );
  it('is a decrease in a change column named by its header', async () => {
    expect(await column(health, 3)).toEqual([-25, 6, -9, -28]);
    expect(await column(health, 2)).toEqual([95, 70, 31, 196]);
  });

  it('is a decrease in a "Chênh lệch" column', async () => {
    // Land: 310 − 318 = −8 ha, 142 − 120 = 22 ha.
    const land = rows(['Loại đất', 'Kỳ trước (ha)', 'Kỳ này (ha)', 'Chênh lệch (ha)'], ['Đất lúa', '318', '310', '(8)'], ['Đất ở', '120', '142', '22']);
    expect(await column(land, 3)).toEqual([-8, 22]);
  });

  // Schools with no change header: only the note tells what the brackets mean (312 − 320 = −8, 205 − 198 = 7).
  const schools = (note: string) => 'Bảng 2. Số học sinh\n' + rows(
    ['Trường', 'Học kỳ I', 'Học kỳ II', 'So sánh'], ['Tiểu học Đông Hòa', '320', '312', '(8)'], ['THCS Đông Hòa', '198', '205', '7'],
  ) + note;
  it('is a decrease in any column of a table whose note says brackets are decreases', async () => {
    expect(await column(schools('Ghi chú: số liệu trong ngoặc đơn là số giảm.\n'), 3)).toEqual([-8, 7]);
    expect(await column(schools('(Số âm được ghi trong dấu ngoặc)\n'), 3)).toEqual([-8, 7]);
  });

  it('stays unread with no change header and no note, or a note that says something else', async () => {
    expect(await column(schools('Nguồn: Phòng Giáo dục.\n'), 3)).toEqual([null, 7]);
    expect(await column(schools('Ghi chú: số trong ngoặc là số của năm học trước.\n'), 3)).toEqual([null, 7]);
    expect(await column(schools('Ghi chú: số trong ngoặc là số năm học trước, nhìn chung giảm nhẹ.\n'), 3)).toEqual([null, 7]);
    expect(await column(schools('Ghi chú: số trong ngoặc là mức tăng giảm so với học kỳ I.\n'), 3)).toEqual([null, 7]);
    expect(await column(schools('Ghi chú: mức tăng, giảm so với học kỳ I ghi trong ngoặc.\n'), 3)).toEqual([null, 7]);
  });

  it('stays unread in a table that sets sub-counts in brackets, or a change column that writes decreases with a minus', async () => {
    // Security: "45 (12)" is 45 cases, 12 of them solved; a bracket there is no sign.
    const cases = rows(['Loại vụ việc', 'Năm 2023', 'Năm 2024', 'Tăng, giảm'], ['Trộm cắp', '45 (12)', '41 (15)', '(4)'], ['Cố ý gây thương tích', '10 (8)', '13 (11)', '3']);
    expect(await column(cases, 3)).toEqual([null, 3]);
    const mixed = rows(['Chỉ tiêu', 'Năm 2023', 'Năm 2024', 'Tăng, giảm'], ['Hộ nghèo', '52', '47', '-5'], ['Hộ cận nghèo', '80', '77', '(3)']);
    expect(await column(mixed, 3)).toEqual([-5, null]);
  });
});
