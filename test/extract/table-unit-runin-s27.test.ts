import { describe, expect, it } from 'vitest';
import { extractTables } from '../../src/extract/tables.js';
import { ingestBytes } from '../../src/ingest/index.js';

// A text table read as a pdf page gives it (rows as the pdf line builder hands them over).
async function pdfTable(text: string) {
  const r = await ingestBytes('t.txt', Buffer.from(text, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return extractTables({ ...r.source, format: 'pdf' }).tables[0];
}
const texts = (t: Awaited<ReturnType<typeof pdfTable>>) => t.rows.map((r) => r.cells.map((c) => c.text));

describe('a pdf row whose label ran into its unit cell', () => {
  it('splits the unit off the label and moves the figures back under their headers', async () => {
    // "Đàn cừucon": the label and the ĐVT "con" run together; every figure one column to the left, the last cell empty.
    const t = await pdfTable(['Chỉ tiêu\tĐVT\tKế hoạch\tThực hiện\t% KH', 'Đàn dê\tcon\t400\t420\t105,0', 'Đàn cừucon\t250\t240\t96,0\t',
      'Đàn thỏ\tcon\t900\t810\t90,0'].join('\n') + '\n');
    expect(texts(t)[1]).toEqual(['Đàn cừu', 'con', '250', '240', '96,0']);
    expect(t.rows[1].label).toBe('Đàn cừu');
    expect(t.rows[1].unit).toBe('con');
    expect(t.rows[1].cells[4]).toMatchObject({ kind: t.rows[0].cells[4].kind, value: 96 });
  });

  it('needs the label to end with a unit another row writes in its unit column', async () => {
    // "Hộ nuôi ongtổ": no other row writes "tổ" there, so nothing tells where the label ends.
    const t = await pdfTable(['Chỉ tiêu\tĐVT\tKế hoạch\tThực hiện\t% KH', 'Đàn dê\tcon\t400\t420\t105,0', 'Hộ nuôi ongtổ\t250\t240\t96,0\t',
      'Đàn thỏ\tcon\t900\t810\t90,0'].join('\n') + '\n');
    expect(texts(t)[1]).toEqual(['Hộ nuôi ongtổ', '250', '240', '96,0', '']);
  });

  it('leaves a text table alone (only pdf rows are read again)', async () => {
    const r = await ingestBytes('t.txt', Buffer.from(['Chỉ tiêu\tĐVT\tKế hoạch\tThực hiện\t% KH', 'Đàn dê\tcon\t400\t420\t105,0', 'Đàn cừucon\t250\t240\t96,0\t', 'Đàn thỏ\tcon\t900\t810\t90,0'].join('\n') + '\n', 'utf8'));
    if (!r.ok) throw new Error(r.error.message);
    const t = extractTables(r.source).tables[0];
    expect(t.rows[1].cells[0].text).toBe('Đàn cừucon');
  });
});
