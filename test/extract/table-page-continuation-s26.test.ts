import { describe, expect, it } from 'vitest';
import { extractTables } from '../../src/extract/tables.js';
import { ingestBytes } from '../../src/ingest/index.js';

// A pdf table cut by a page break whose header is not repeated: the rows atop the next page come as a table of their own.
async function pdfPages(text: string, firstOnPage2: number, table2 = true) {
  const r = await ingestBytes('t.txt', Buffer.from(text, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  const rows = r.source.blocks.filter((b) => b.kind === 'row');
  const blocks = r.source.blocks.map((b) => {
    const k = rows.indexOf(b);
    const page = b.index >= rows[firstOnPage2].index ? 2 : 1;
    return { ...b, span: { ...b.span, page }, ...(k >= firstOnPage2 && table2 ? { table: (b.table ?? 0) + 1 } : {}) };
  });
  return extractTables({ ...r.source, blocks, format: 'pdf' }).tables;
}

// Hand-checked: 120 + 85 + 64 + 31 = 300 hộ.
const rows = ['Thôn\tSố hộ\tGhi chú', 'Thôn Đông\t120\t', 'Thôn Tây\t85\t', 'Thôn Nam\t64\t', 'Thôn Bắc\t31\t', 'Tổng cộng\t300\t'];

describe('a pdf table cut by a page break without its header repeated', () => {
  it('joins the rows atop the next page, ending on a total row, to the table above', async () => {
    const tables = await pdfPages(rows.join('\n') + '\n', 4);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.map((r) => r.label)).toEqual(['Thôn Đông', 'Thôn Tây', 'Thôn Nam', 'Thôn Bắc', 'Tổng cộng']);
    expect(tables[0].rows.at(-1)!.total).toBe(true);
  });

  it('leaves a table of its own alone: rows that end on no total, or that open with a header', async () => {
    expect(await pdfPages([...rows.slice(0, 5), 'Thôn Giữa\t40\t'].join('\n') + '\n', 4)).toHaveLength(2);
    const second = [...rows.slice(0, 4), 'Xã\tSố thôn\tGhi chú', 'Xã A\t6\t', 'Tổng cộng\t6\t'];
    expect(await pdfPages(second.join('\n') + '\n', 4)).toHaveLength(2);
  });
});
