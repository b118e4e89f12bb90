/**
 * Lines at a typed table's edge, read alike by both pdf readers: pdf.js gives a line's runs as the content stream draws
 * them (a tab's blank run ends one), poppler gives words and their boxes (pdf-poppler.ts). A total row of short cells, a
 * header whose tab left no gap, a caption whose words fall on the stops by chance and a letterhead line whose tab left
 * a little over two word spaces must come out the same rows and paragraphs either way.
 */
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import { buildLines, findTabGrid, splitAtTabStops, type PdfItem } from '../../src/ingest/pdf-lines.js';
import { parseBboxLayout } from '../../src/ingest/pdf-poppler.js';

// A margin at 56.8 pt and LibreOffice's 1.25 cm tab stops, 10-point text.
const stop = (k: number) => 56.8 + k * 35.433;
const SIZE = 10;

/** Items of one line, one per word [text, x, width] (as poppler gives them), numbered on from `seq`. */
function words(y: number, seq: number, ws: Array<[string, number, number]>): PdfItem[] {
  return ws.map(([str, x, width], k) => ({ str, x, y, size: SIZE, width, seq: seq + k }));
}

/** A typed row of cells [text, stop, width], a run per cell as pdf.js gives it. */
function typedRow(y: number, seq: number, cells: Array<[string, number, number]>): PdfItem[] {
  return cells.map(([str, k, width], i) => ({ str, x: stop(k), y, size: SIZE, width, seq: seq + 2 * i }));
}

/** A typed table at stops 0, 2, 4 and 6 (each cell 40 pt wide, past the stop between, so one tab reaches the next cell): a header without figures, then rows of figures. */
function table(y: number, seq: number): PdfItem[] {
  const rows: string[][] = [
    ['Thôn', 'Số hộ vay', 'Dư nợ', 'Tỷ lệ (%)'],
    ['Thôn Đông', '42', '1.260', '35,0'],
    ['Thôn Tây', '51', '1.530', '42,5'],
    ['Thôn Nam', '27', '810', '22,5'],
    ['Cộng', '120', '3.600', '100,0'],
  ];
  return rows.flatMap((cells, r) => typedRow(y - 12 * r, seq + 10 * r, cells.map((c, k) => [c, 2 * k, 40])));
}

/** Two lines of prose across the page: the text column's right edge (a typed row ending short of it did not wrap). */
const prose = (y: number, seq: number) => words(y, seq, [['Trong năm, các thôn đã giải ngân vốn vay ưu đãi đúng đối tượng, đúng thời hạn và', 56.8, 481]])
  .concat(words(y - 12, seq + 1, [['công khai danh sách hộ vay tại nhà văn hóa thôn để nhân dân cùng giám sát việc sử', 56.8, 480]]));

const rows = (items: PdfItem[]) => buildBlocks([buildLines(1, items)]).filter((b) => b.kind === 'row').map((b) => b.cells);
const paragraphs = (items: PdfItem[]) => buildBlocks([buildLines(1, items)]).filter((b) => b.kind !== 'row').map((b) => b.text);

describe('a typed row of short cells read by poppler', () => {
  const page = (body: string) =>
    `<page width="600" height="800"><flow><block xMin="0" yMin="0" xMax="600" yMax="800">${body}</block></flow></page>`;
  const word = (x0: number, x1: number, text: string) => `<word xMin="${x0}" yMin="100" xMax="${x1}" yMax="113">${text}</word>`;

  it("ends a run at each tab where the row has as many tabs as word spaces (the line's lower quartile gap)", () => {
    // "Số hộ nghèo" ⇥ "hộ" ⇥ "57": gaps 2.5, 2.5, 8.2 and 9.5 points; the median gap (8.2) is a tab.
    const xhtml = page(`<line>${word(92.3, 106.3, 'Số')}${word(108.8, 119.8, 'hộ')}${word(122.3, 148.3, 'nghèo')}${word(156.5, 167.5, 'hộ')}${word(177, 187, '57')}</line>`);
    const [items] = parseBboxLayout(xhtml);
    expect(items.map((i) => i.seq)).toEqual([0, 1, 2, 4, 6]);
    expect(buildLines(1, items)[0].segments.map((s) => s.text)).toEqual(['Số hộ nghèo', 'hộ', '57']);
  });

  it('keeps a line of evenly spaced words one run', () => {
    const xhtml = page(`<line>${word(56.8, 76.8, 'Tổng')}${word(84, 99, 'số')}${word(106.2, 121.2, 'hộ')}${word(128.4, 150, 'nghèo')}</line>`);
    const [items] = parseBboxLayout(xhtml);
    expect(buildLines(1, items)[0].segments.map((s) => s.text)).toEqual(['Tổng số hộ nghèo']);
  });
});

describe('a header cell run into the next at a tab stop', () => {
  it('cuts a small letter run into a capital where the join falls on a stop ("thônSố" → "thôn" | "Số")', () => {
    // poppler's words: "Tên", then "thônSố" (the tab before "Số" left no gap), "hộ", and "Tỷ lệ" after a wide gap.
    // At 1.93 pt a character width unit, "thôn" ends on stop 1 (76.8 + 8 × 1.93 = 92.24).
    const header = words(700, 0, [['Tên', 56.8, 17.3], ['thônSố', 76.8, 23.16], ['hộ', 102.5, 10], ['Tỷ', stop(2), 10], ['lệ', stop(2) + 12.5, 8]]);
    const body = table(688, 10);
    const lines = buildLines(1, [...header, ...body]);
    const grid = findTabGrid(lines)!;
    expect(grid.interval).toBeCloseTo(35.43, 1);
    expect(splitAtTabStops(lines[0], grid).segments.map((s) => s.text)).toEqual(['Tên thôn', 'Số hộ', 'Tỷ lệ']);
    // The same header as pdf.js gives it, two runs meeting at the stop, is cut there too.
    const runs = words(700, 0, [['Tên thôn', 56.8, 35.4], ['Số hộ', stop(1), 20.3], ['Tỷ lệ', stop(2), 20.5]]);
    const js = buildLines(1, [...runs, ...body]);
    expect(splitAtTabStops(js[0], grid).segments.map((s) => s.text)).toEqual(['Tên thôn', 'Số hộ', 'Tỷ lệ']);
  });

  it('leaves a capital inside a word off the stops alone', () => {
    const header = words(700, 0, [['Tên', 56.8, 11.5], ['thônSố', 70.8, 23.16], ['hộ', 96.5, 10], ['Tỷ', stop(2), 10]]);
    const lines = buildLines(1, [...header, ...table(688, 10)]);
    const grid = findTabGrid(lines)!;
    expect(splitAtTabStops(lines[0], grid).segments.map((s) => s.text)).toEqual(['Tên thônSố hộ', 'Tỷ']);
  });
});

describe('a caption right above a typed table', () => {
  // Words a word space apart; "Số", "các" and "vay" start on stops 1, 2 and 3 by chance (none on stop 4).
  const caption = words(712, 0, [
    ['Biểu', 56.8, 20], ['3.', 79.3, 10.4], ['Số', 92.2, 12.5], ['hộ', 107.2, 10], ['ở', 119.7, 5.5], ['các', 127.67, 14], ['thôn', 144.2, 16.4],
    ['vay', 163.1, 16], ['vốn', 181.6, 16], ['ưu', 200.1, 10], ['đãi', 212.6, 14], ['năm', 229.1, 17], ['2026', 248.6, 20],
  ]);
  const text = 'Biểu 3. Số hộ ở các thôn vay vốn ưu đãi năm 2026';

  it('stays a paragraph when the table has its own header (a first row without figures)', () => {
    const items = [...prose(760, 30), ...caption, ...table(700, 20)];
    expect(paragraphs(items).slice(1)).toEqual([text]);
    expect(rows(items)[0]).toEqual(['Thôn', 'Số hộ vay', 'Dư nợ', 'Tỷ lệ (%)']);
    // pdf.js gives the caption as one run: the same blocks.
    const js = [...prose(760, 30), { str: text, x: 56.8, y: 712, size: SIZE, width: 211.8, seq: 0 }, ...table(700, 20)];
    expect(buildBlocks([buildLines(1, js)])).toEqual(buildBlocks([buildLines(1, items)]));
  });
});

describe('a letterhead typed with tabs', () => {
  const head = [
    ...typedRow(790, 0, [['ỦY BAN NHÂN DÂN XÃ AN BÌNH', 0, 128], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 4, 199]]),
    ...typedRow(778, 4, [['BAN CHỈ ĐẠO GIẢM NGHÈO', 0, 115], ['Độc lập - Tự do - Hạnh phúc', 4, 116]]),
  ];
  const title = [...words(728, 100, [['BÁO', 56.8, 22], ['CÁO', 81.3, 22]]), ...prose(716, 110)];
  // "Số: 08/BC-UBND" ⇥ "An Bình, ngày …": the tab to stop 2 leaves 5.07 pt, two word spaces, before "An".
  const poppler = words(766, 10, [
    ['Số:', 56.8, 13.3], ['08/BC-UBND', 72.6, 50], ['An', stop(2), 11], ['Bình,', 141.2, 22], ['ngày', 165.7, 19], ['9', 187.2, 5],
    ['tháng', 194.7, 22], ['3', 219.2, 5], ['năm', 226.7, 17], ['2026', 246.2, 20],
  ]);
  const pdfjs = [
    { str: 'Số: 08/BC-UBND', x: 56.8, y: 766, size: SIZE, width: 65.8, seq: 10 },
    { str: 'An Bình, ngày 9 tháng 3 năm 2026', x: stop(2), y: 766, size: SIZE, width: 138.53, seq: 12 },
  ];

  it("cuts the line under the typed lines at the stop after the tab's gap, as pdf.js's runs give it", () => {
    const pp = [...head, ...poppler, ...title, ...table(700, 200)];
    expect(rows(pp).slice(0, 3)).toEqual([
      ['ỦY BAN NHÂN DÂN XÃ AN BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['BAN CHỈ ĐẠO GIẢM NGHÈO', 'Độc lập - Tự do - Hạnh phúc'],
      ['Số: 08/BC-UBND', 'An Bình, ngày 9 tháng 3 năm 2026'],
    ]);
    expect(buildBlocks([buildLines(1, pp)])).toEqual(buildBlocks([buildLines(1, [...head, ...pdfjs, ...title, ...table(700, 200)])]));
  });

  it('keeps the issuer\'s second line a row of its own when the motto above it nearly fills the page', () => {
    // The motto at stop 7 ends at 532.8 pt, 5 pt short of the prose's edge: "ỦY" would not have fitted after it, yet the
    // line below is no wrapped end: it has the letterhead's two cells, and so has the "Số: … ⇥ place, date" line under it.
    const wide = [
      ...typedRow(790, 0, [['ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN', 0, 216], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 7, 228]]),
      ...typedRow(778, 4, [['ỦY BAN NHÂN DÂN XÃ ĐÔNG HÀ', 0, 190], ['Độc lập - Tự do - Hạnh phúc', 6, 142]]),
      ...typedRow(766, 8, [['Số: 31/BC-UBND', 0, 80], ['Đông Hà, ngày 4 tháng 8 năm 2026', 3, 200]]),
    ];
    expect(rows([...wide, ...title, ...table(680, 200)]).slice(0, 3)).toEqual([
      ['ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['ỦY BAN NHÂN DÂN XÃ ĐÔNG HÀ', 'Độc lập - Tự do - Hạnh phúc'],
      ['Số: 31/BC-UBND', 'Đông Hà, ngày 4 tháng 8 năm 2026'],
    ]);
    // A cell that wraps at the margin as one run, above a row of the same two cells, is still put back on its row.
    const wrapped = [
      ...typedRow(790, 0, [['Tuyên truyền', 0, 60], ['Tổ chức 12 buổi tuyên truyền pháp luật tại các thôn, thu hút đông đảo', 2, 404]]),
      ...words(778, 4, [['người dân tham gia.', 56.8, 80]]),
      ...typedRow(766, 8, [['Hòa giải', 0, 40], ['Hòa giải thành 5 vụ', 2, 90]]),
    ];
    expect(rows([...wrapped, ...title, ...table(680, 200)]).slice(0, 2)).toEqual([
      ['Tuyên truyền', 'Tổ chức 12 buổi tuyên truyền pháp luật tại các thôn, thu hút đông đảo người dân tham gia.'],
      ['Hòa giải', 'Hòa giải thành 5 vụ'],
    ]);
  });

  it('leaves the line whole away from typed rows, and beside them where the gap is a word space', () => {
    // Two blank lines below the letterhead: no typed row beside it.
    const apart = poppler.map((i) => ({ ...i, y: 752 }));
    expect(paragraphs([...head, ...apart, ...table(700, 200)])[0]).toBe('Số: 08/BC-UBND An Bình, ngày 9 tháng 3 năm 2026');
    // "An" on its stop after a word space only (a wider number before it).
    const narrow = poppler.map((i) => (i.str === '08/BC-UBND' ? { ...i, width: i.width + 2.57 } : i));
    expect(paragraphs([...head, ...narrow, ...title, ...table(700, 200)])[0]).toBe('Số: 08/BC-UBND An Bình, ngày 9 tháng 3 năm 2026');
  });
});

describe('a typed row whose label holds a unit glued to its number', () => {
  // One tab after each cell: "STT" ⇥ label ⇥ "Dài (km)" ⇥ "Vốn (tỷ đồng)", the labels ending past stop 4, so the figures
  // start on stops 5 and 6. In the second row poppler gives "35kV" one word, its digits ending on stop 3 by chance
  // (163.10 pt): cut at that seam, the row would have a cell too many.
  /** Words laid out from x, 5 pt a character and a 2.5 pt word space. */
  const laid = (x: number, text: string): Array<[string, number, number]> =>
    text.split(' ').map((w) => {
      const word: [string, number, number] = [w, x, 5 * [...w].length];
      x += 5 * [...w].length + 2.5;
      return word;
    });
  const row = (y: number, seq: number, label: Array<[string, number, number]>, a: string, b: string): PdfItem[] => [
    ...words(y, seq, [[String(seq / 10), 56.8, 5]]),
    ...words(y, seq + 2, label),
    ...words(y, seq + 3 + label.length, [[a, stop(5), 17.5]]),
    ...words(y, seq + 5 + label.length, [[b, stop(6), 22.5]]),
  ];
  const items = [
    ...prose(740, 100),
    ...words(700, 0, [['STT', 56.8, 17]]), ...words(700, 2, laid(stop(1), 'Tên công trình, dự án điện')),
    ...words(700, 9, [['Dài', stop(5), 15], ['(km)', 251.5, 12]]), ...words(700, 12, [['Vốn', stop(6), 17], ['(tỷ', 289.9, 12], ['đồng)', 304.4, 24]]),
    ...row(688, 10, laid(stop(1), 'Tuyến dây 10kV thôn Đông Hòa'), '4,20', '1.250'),
    ...row(676, 20, [['Tuyến', stop(1), 25], ['dây', 119.73, 15], ['cấp', 137.23, 13.4], ['35kV', 153.13, 20], ['Tân', 175.63, 16], ['Lập', 194.13, 15]], '6,80', '2.480'),
    ...row(664, 30, laid(stop(1), 'Trạm biến áp xã Đông Hòa Bắc'), '0,50', '3.100'),
    ...row(652, 40, laid(stop(1), 'Trạm biến áp xã Tây Hòa Nam'), '0,40', '2.900'),
  ];

  it('keeps the word whole: the row has the table\'s four cells', () => {
    expect(rows(items)).toEqual([
      ['STT', 'Tên công trình, dự án điện', 'Dài (km)', 'Vốn (tỷ đồng)'],
      ['1', 'Tuyến dây 10kV thôn Đông Hòa', '4,20', '1.250'],
      ['2', 'Tuyến dây cấp 35kV Tân Lập', '6,80', '2.480'],
      ['3', 'Trạm biến áp xã Đông Hòa Bắc', '0,50', '3.100'],
      ['4', 'Trạm biến áp xã Tây Hòa Nam', '0,40', '2.900'],
    ]);
  });
});
