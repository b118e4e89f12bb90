/**
 * A drawn table whose header cell wraps onto more lines than its neighbours (bottom-aligned, so its first lines stand
 * alone above the header's other cells, one of them a year) and which a page break cuts, the next page repeating the
 * header and then the cut row's last words. Both pdf readers must give one table, the wrapped cell whole in the header,
 * the repeat dropped and the cut label joined.
 */
import { pdfText } from './pdf-fakes.js';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ingestPdf } from '../../src/ingest/pdf.js';
import type { PdfReader } from '../../src/ingest/pdf-poppler.js';

/** A word drawn at (x, y) on a page in 11 pt type (ASCII only). */
type Word = [x: number, y: number, text: string];

/**
 * A font not embedded, of a serif's ascent and descent (poppler's word boxes span them: 1.3 sizes, as for the fonts
 * reports are set in; a standard 14 font's builtin metrics would make its boxes, hence its sizes, a third smaller)
 * and of even widths.
 */
const FONT = [
  '<< /Type /Font /Subtype /TrueType /BaseFont /BaocaoSerif /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126',
  `/Widths [${Array(95).fill(500).join(' ')}] /FontDescriptor 4 0 R >>`,
].join(' ');
const DESCRIPTOR = '<< /Type /FontDescriptor /FontName /BaocaoSerif /Flags 34 /FontBBox [0 -350 1000 950] /ItalicAngle 0 /Ascent 950 /Descent -350 /CapHeight 700 /StemV 80 >>';

/** The bytes of a pdf whose pages draw these words. */
function pdfOfWords(pages: Word[][]): Uint8Array {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', FONT, DESCRIPTOR];
  const kids: number[] = [];
  for (const words of pages) {
    const content = words.map(([x, y, text]) => `BT /F1 11 Tf 1 0 0 1 ${x} ${y} Tm (${text}) Tj ET`).join('\n');
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`);
    kids.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  return new Uint8Array(Buffer.from(pdfText(objects), 'latin1'));
}

const COLS = [72, 130, 230, 330, 430];
/** One line of a table: its cells at the columns (an empty cell draws nothing). */
const line = (y: number, ...cells: string[]): Word[] => cells.flatMap((c, k): Word[] => (c ? [[COLS[k], y, c]] : []));
/** Prose at the margin. */
const prose = (y: number, text: string): Word[] => [[72, y, text]];

/** The header, its lines 14 pt apart from `y` down: the third cell takes four lines, the fourth and fifth two. */
const header = (y: number): Word[] => [
  ...line(y, '', '', 'Ho ngheo'),
  ...line(y - 14, '', '', 'cuoi nam'),
  ...line(y - 28, '', '', '2023', 'Da thoat', 'Ty le'),
  ...line(y - 42, 'STT', 'Thon', '(ho)', 'ngheo', '(%)'),
];

// Rows 18 pt apart (the cells' padding); the third row's label wraps, and the page breaks between its two lines.
const PAGES: Word[][] = [
  [
    ...prose(760, 'Bang 4. Ket qua giam ngheo cac thon'),
    ...header(730),
    ...line(670, '1', 'Thon Dong', '40', '12', '30,0'),
    ...line(652, '2', 'Thon Bac', '25', '5', '20,0'),
    ...line(634, '3', 'Thon Ha', '30', '6', '20,0'),
  ],
  [
    ...header(780),
    ...line(720, '', 'Trung'),
    ...line(702, '4', 'Thon Nam', '35', '14', '40,0'),
    ...line(684, '', 'Cong', '130', '37', '28,5'),
    ...prose(650, 'Cac thon deu vuot chi tieu giam ngheo cua nam.'),
  ],
];

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const READERS: PdfReader[] = hasPoppler ? ['pdfjs', 'poppler'] : ['pdfjs'];

describe.each(READERS)('a table with a tall header cell cut by a page break, read by %s', (reader) => {
  it('reads one table: the tall cell whole in the header, the repeated header dropped, the cut label joined', async () => {
    const result = await ingestPdf('hdr.pdf', pdfOfWords(PAGES), { reader, ocr: false });
    if (!result.ok) throw new Error(result.error.message);
    const { blocks } = result.source;
    const rows = blocks.filter((b) => b.kind === 'row');
    expect(rows.map((b) => b.cells)).toEqual([
      ['STT', 'Thon', 'Ho ngheo cuoi nam 2023 (ho)', 'Da thoat ngheo', 'Ty le (%)'],
      ['1', 'Thon Dong', '40', '12', '30,0'],
      ['2', 'Thon Bac', '25', '5', '20,0'],
      ['3', 'Thon Ha Trung', '30', '6', '20,0'],
      ['4', 'Thon Nam', '35', '14', '40,0'],
      ['', 'Cong', '130', '37', '28,5'],
    ]);
    expect(new Set(rows.map((b) => b.table))).toEqual(new Set([0]));
    expect(rows.map((b) => b.row)).toEqual([0, 1, 2, 3, 4, 5]);
    // No piece of either header is left as a paragraph of its own.
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual(['Bang 4. Ket qua giam ngheo cac thon', 'Cac thon deu vuot chi tieu giam ngheo cua nam.']);
  });
});
