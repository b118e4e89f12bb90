/**
 * Session 36: a report's header laid out as a borderless table of two columns (the committee's line over its office's on the
 * left, the national heading's two lines on the right) and printed with a tight line spacing, its lines a wrapped line's
 * step apart. Both pdf readers read each header line as a row of its own: the office's line is not run into the
 * committee's ("UBND HUYỆN … PHÒNG …"), so no place is named "huyện … Phòng …". A borderless table of figures whose lines
 * sit as close keeps its wrapped cells joined. The pdf is drawn here, its text mapped to Unicode by a ToUnicode CMap.
 */
import { pdfText } from './pdf-fakes.js';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ingestPdf } from '../../src/ingest/pdf.js';
import type { PdfReader } from '../../src/ingest/pdf-poppler.js';
import { findUnitMentions } from '../../src/extract/places.js';

/** A line of text drawn at (x, y) on the page in 11 pt type. */
type Text = [x: number, y: number, text: string];

/** One byte code for each character the page draws (from 33; the space is 32), so any letter of Vietnamese can be drawn. */
function codesOf(texts: Text[]): Map<string, number> {
  const codes = new Map<string, number>([[' ', 32]]);
  for (const [, , t] of texts) for (const c of t) if (!codes.has(c)) codes.set(c, 33 + codes.size - 1);
  if (codes.size > 200) throw new Error('too many characters for one-byte codes');
  return codes;
}

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');

/** The bytes of a one-page pdf drawing these lines, in a font of even widths whose boxes span 1.3 sizes (a serif's). */
function pdfOf(texts: Text[]): Uint8Array {
  const codes = codesOf(texts);
  const map = [...codes].map(([c, k]) => `<${hex(k, 2)}> <${hex(c.codePointAt(0)!, 4)}>`);
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Baocao-UCS def /CMapType 2 def',
    '1 begincodespacerange <00> <FF> endcodespacerange',
    `${map.length} beginbfchar`, ...map, 'endbfchar',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const content = texts.map(([x, y, t]) => `BT /F1 11 Tf 1 0 0 1 ${x} ${y} Tm <${[...t].map((c) => hex(codes.get(c)!, 2)).join('')}> Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [6 0 R] /Count 1 >>',
    `<< /Type /Font /Subtype /TrueType /BaseFont /BaocaoSerif /FirstChar 32 /LastChar 255 /Widths [${Array(224).fill(450).join(' ')}] /FontDescriptor 4 0 R /ToUnicode 7 0 R >>`,
    '<< /Type /FontDescriptor /FontName /BaocaoSerif /Flags 32 /FontBBox [0 -350 1000 950] /ItalicAngle 0 /Ascent 950 /Descent -350 /CapHeight 700 /StemV 80 >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`,
  ];
  return new Uint8Array(Buffer.from(pdfText(objects), 'latin1'));
}

/** Lines 1.15 sizes apart, as a word processor's single spacing sets them. */
const PITCH = 12.65;
const at = (k: number) => 790 - k * PITCH;

// The header's two lines a pitch apart, the number and the place line below a paragraph's gap, then the title and prose.
const PAGE: Text[] = [
  [60, at(0), 'UBND HUYỆN KỲ SƠN'], [262, at(0), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  [60, at(1), 'PHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG'], [296, at(1), 'Độc lập - Tự do - Hạnh phúc'],
  [60, at(3), 'Số: 64/BC-NNMT'], [250, at(3), 'Kỳ Sơn, ngày 9 tháng 4 năm 2025'],
  [60, at(5), 'BÁO CÁO'],
  [60, at(6), 'Kết quả trồng rừng quý I năm 2025'],
  [60, at(8), 'Phòng Nông nghiệp và Môi trường huyện Kỳ Sơn báo cáo kết quả trồng'],
  [60, at(9), 'rừng quý I năm 2025 như sau: toàn huyện trồng mới 412 ha rừng tập trung,'],
  [60, at(10), 'đạt 103% kế hoạch; chăm sóc 1.250 ha rừng trồng các năm trước; cấp'],
  [60, at(11), 'phát 86.000 cây giống cho các hộ dân trên địa bàn.'],
  // A borderless table of figures set as tight: its label wraps, the rows sit a padded step apart.
  [60, at(13), 'Loại rừng'], [250, at(13), 'Kế hoạch (ha)'], [400, at(13), 'Thực hiện (ha)'],
  [60, at(14.6), 'Rừng sản xuất trồng'], [250, at(14.6), '350'], [400, at(14.6), '362'],
  [60, at(15.6), 'tập trung'],
  [60, at(17.2), 'Rừng phòng hộ'], [250, at(17.2), '50'], [400, at(17.2), '50'],
  [60, at(19), 'Các xã đều hoàn thành chỉ tiêu trồng rừng của quý.'],
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

describe.each(READERS)('a two-column header set with tight lines, read by %s', (reader) => {
  it('reads each header line as a row of its own, the office apart from its committee', async () => {
    const result = await ingestPdf('hdr.pdf', pdfOf(PAGE), { reader, ocr: false });
    if (!result.ok) throw new Error(result.error.message);
    const { blocks } = result.source;
    const cells = (b: (typeof blocks)[number]) => (b.cells ?? [b.text]).map((c) => c.trim()).filter(Boolean);
    const title = blocks.findIndex((b) => b.text.trim() === 'BÁO CÁO');
    const head = blocks.slice(0, title).map(cells);
    expect(head).toEqual([
      ['UBND HUYỆN KỲ SƠN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['PHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'Độc lập - Tự do - Hạnh phúc'],
      ['Số: 64/BC-NNMT', 'Kỳ Sơn, ngày 9 tháng 4 năm 2025'],
    ]);
    // The district is named as itself, never with the office's words.
    const names = findUnitMentions(result.source).map((m) => m.unit.name);
    expect(names).toContain('huyện Kỳ Sơn');
    expect(names.filter((n) => /Phòng/u.test(n))).toEqual([]);
    // The table of figures below keeps its wrapped label in one cell.
    const rows = blocks.slice(title).filter((b) => b.kind === 'row').map(cells);
    expect(rows).toEqual([
      ['Loại rừng', 'Kế hoạch (ha)', 'Thực hiện (ha)'],
      ['Rừng sản xuất trồng tập trung', '350', '362'],
      ['Rừng phòng hộ', '50', '50'],
    ]);
  });
});
