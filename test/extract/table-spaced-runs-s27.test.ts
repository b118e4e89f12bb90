import { describe, expect, it } from 'vitest';
import { extractTables } from '../../src/extract/tables.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { splitSpacedRun } from '../../src/extract/table-spaced-runs.js';

async function pdfTable(text: string) {
  const r = await ingestBytes('t.txt', Buffer.from(text, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return extractTables({ ...r.source, format: 'pdf' }).tables[0];
}
const texts = (t: Awaited<ReturnType<typeof pdfTable>>) => t.rows.map((r) => r.cells.map((c) => c.text));

describe('a pdf row whose space-grouped numbers of three-digit groups ran into one cell', () => {
  it('cuts the run where every number fits under the largest figure of its column, and moves the cells back', async () => {
    // Hand-checked: 200 000 + 300 000 = 500 000; 120 000 + 180 000 = 300 000; 150 000 + 250 000 = 400 000;
    // 250 000 / 300 000 = 83,3%; 250 000 / 180 000 = 138,9%. Any other cut gives a number above its column's total.
    const t = await pdfTable([
      'STT\tNội dung\tKế hoạch\tNăm trước\tNăm nay\t% kế hoạch\t% cùng kỳ',
      'I\tNhóm A\t500 000\t300 000\t400 000\t80,0\t133,3',
      '1\tMục một\t200 000\t120 000\t150 000\t75,0\t125,0',
      '2\tMục hai\t300 000 180 000 250 000 83,3\t138,9\t\t\t',
      '\tTổng cộng\t500 000\t300 000\t400 000\t80,0\t133,3',
    ].join('\n') + '\n');
    expect(texts(t)[2]).toEqual(['2', 'Mục hai', '300 000', '180 000', '250 000', '83,3', '138,9']);
    expect(t.rows[2].cells[3]).toMatchObject({ value: 180000 });
  });

  it('cuts only when exactly one way fits the columns, never a number its column could hold', () => {
    // 312 450 | 228 600 is the one cut under bounds 400 000 and 300 000 (312 | 450 228 600 is too large).
    expect(splitSpacedRun('312 450 228 600', 2, [400000, 300000])).toEqual(['312 450', '228 600']);
    // Under bounds of a billion 312 | 450 228 600, 312 450 | 228 600 and 312 450 228 | 600 all fit: unsure, no cut.
    expect(splitSpacedRun('312 450 228 600', 2, [1e9, 1e9])).toBeNull();
    // A short group opens the next number; a decimal comma closes one.
    expect(splitSpacedRun('120 000 64 300', 2, [2e5, 1e5])).toEqual(['120 000', '64 300']);
    expect(splitSpacedRun('241 380 77,3', 2, [3e5, 100])).toEqual(['241 380', '77,3']);
  });

  it('opens no number on a zero but a zero-padded count', () => {
    // "1 096 33 521": 1 | 096 | 33 521 fits the bounds 500, 20 000, 40 000, but "096" is the tail of "1 096", not a number.
    expect(splitSpacedRun('1 096 33 521', 3, [500, 20000, 40000])).toBeNull();
    expect(splitSpacedRun('1 096 33 521', 2, [2000, 40000])).toEqual(['1 096', '33 521']);
  });
});

