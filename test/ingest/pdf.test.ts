import { pdfText } from './pdf-fakes.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Source } from '../../src/model/index.js';
import { ingestPdf } from '../../src/ingest/pdf.js';
import { buildLines, type PdfItem } from '../../src/ingest/pdf-lines.js';

const SEEDS = ['000_d822b3314a80c054', '001_311a9839200255dd', '002_1b00c6e55fb426e7', '003_de71c115c989c0f9', '004_9d8bea49ef95c194'];
const KINDS = ['lo', 'pd'] as const;
const seed = (name: string, ext: string) => new URL(`../../fixtures/seeds/${name}.${ext}`, import.meta.url);
const HEADING = /^(?:PHẦN|Phần thứ|[IVX]+\.\s|[1-9]\d?(?:\.\d+)*\.\s|[1-9]\d?\.\d+\s|[a-zđ][.)]\s)/u;
const MARKER = /^(?:[IVX]+\.|[1-9]\d?(?:\.\d+)*\.?|[a-zđ][.)])\s+/u;

async function read(path: URL): Promise<Source> {
  const result = await ingestPdf(path.pathname, readFileSync(path));
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.source;
}

/** The txt's paragraphs, without the markdown emphasis its converter left in. */
function txtLines(name: string): string[] {
  return readFileSync(seed(name, 'txt'), 'utf8')
    .normalize('NFC')
    .split('\n')
    .map((l) => l.replace(/<[^>]+>|\*+/g, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

describe.each(SEEDS.flatMap((name) => KINDS.map((kind) => ({ name, kind }))))('the $kind pdf of $name', ({ name, kind }) => {
  it('starts a block at every heading of the txt', async () => {
    const source = await read(seed(name, `${kind}.pdf`));
    const raw = readFileSync(seed(name, 'txt'), 'utf8');
    const tabbed = new Set(raw.split('\n').filter((l) => l.includes('\t')).map((l) => l.replace(/\s+/g, ' ').trim()));
    const headings = txtLines(name).filter((l) => HEADING.test(l) && !tabbed.has(l));
    // Word renumbers auto-numbered lists in the docx-made pdf, so there only the words after the number must match.
    const key = (s: string) => (kind === 'pd' ? s.replace(MARKER, '') : s).slice(0, 40);
    const starts = new Set(source.blocks.filter((b) => b.kind !== 'row').map((b) => key(b.text)));
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.filter((h) => !starts.has(key(h)))).toEqual([]);
  });

  it('keeps every number of the txt', async () => {
    const source = await read(seed(name, `${kind}.pdf`));
    // Lines with TeX math ("$4.256/5.768=73,7\%$") are typeset differently by pandoc, so they are left out.
    const numbers = new Set(txtLines(name).filter((l) => !l.includes('$')).flatMap((l) => l.match(/\d+(?:[.,/]\d+)*/g) ?? []));
    const found = new Set(source.text.match(/\d+(?:[.,/]\d+)*/g) ?? []);
    expect([...numbers].filter((n) => !found.has(n))).toEqual([]);
  });

  it('gives every block a page and a line on that page', async () => {
    const source = await read(seed(name, `${kind}.pdf`));
    expect(source.pages).toBeGreaterThan(1);
    expect(source.blocks[0].span).toMatchObject({ page: 1, line: 1 });
    for (const b of source.blocks) {
      expect(b.span.page).toBeGreaterThanOrEqual(1);
      expect(b.span.page).toBeLessThanOrEqual(source.pages ?? 0);
      expect(b.span.line).toBeGreaterThanOrEqual(1);
      expect(source.text.slice(b.span.start, b.span.end)).toBe(b.text);
    }
  });
});

describe('ingestPdf', () => {
  it('keeps a footnote mark on its word and makes the footnote its own block', async () => {
    const source = await read(seed('002_1b00c6e55fb426e7', 'pd.pdf'));
    expect(source.text).toContain('trên địa bàn huyện¹.');
    expect(source.text).not.toMatch(/\d[¹²³⁴]/u);
    const note = source.blocks.find((b) => b.text.startsWith('¹ Kế hoạch số 14/KH-UBND'));
    expect(note?.kind).toBe('footnote');
  });

  it('reads a drawn table into rows of cells, merging text wrapped inside a cell', async () => {
    const source = await read(seed('001_311a9839200255dd', 'pd.pdf'));
    const rows = source.blocks.filter((b) => b.kind === 'row');
    expect(rows.length).toBeGreaterThan(5);
    const pc = rows.find((r) => r.cells?.includes('Máy vi tính để bàn (PC)'));
    expect(pc?.cells).toEqual(['', 'Máy vi tính để bàn (PC)', 'Cái', '37', '35', '', '02']);
    expect(rows.find((r) => r.cells?.includes('Máy chủ chuyên dụng'))).toBeDefined();
    expect(rows.every((r) => r.table !== undefined && r.row !== undefined)).toBe(true);
  });

  it('does not join a wrapped code with a space after its hyphen', async () => {
    const source = await read(seed('000_d822b3314a80c054', 'lo.pdf'));
    expect(source.text).not.toMatch(/QĐ- TTg/u);
  });

  it('writes nothing to stdout while reading', async () => {
    const write = vi.spyOn(process.stdout, 'write');
    await read(seed('003_de71c115c989c0f9', 'pd.pdf'));
    expect(write).not.toHaveBeenCalled();
    write.mockRestore();
  });

  it('refuses a password-protected pdf with ENCRYPTED_PDF', async () => {
    const path = new URL('../../fixtures/bad/encrypted.pdf', import.meta.url);
    const result = await ingestPdf(path.pathname, readFileSync(path));
    expect(result).toMatchObject({ ok: false, error: { code: 'ENCRYPTED_PDF' } });
  });

  it('refuses a truncated pdf with CORRUPT_PDF', async () => {
    const bytes = readFileSync(seed('002_1b00c6e55fb426e7', 'pd.pdf')).subarray(0, 600);
    const result = await ingestPdf('truncated.pdf', bytes);
    expect(result).toMatchObject({ ok: false, error: { code: 'CORRUPT_PDF' } });
  });

  it('refuses a pdf without a text layer with NO_TEXT', async () => {
    const result = await ingestPdf('scan.pdf', new TextEncoder().encode(blankPdf()));
    expect(result).toMatchObject({ ok: false, error: { code: 'NO_TEXT' } });
  });

  it('leaves the caller’s bytes usable', async () => {
    const bytes = new Uint8Array(readFileSync(seed('004_9d8bea49ef95c194', 'lo.pdf')));
    await ingestPdf('a.pdf', bytes);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });
});

describe('buildLines', () => {
  const item = (str: string, x: number, y: number, size = 12, width = str.length * 6): PdfItem => ({ str, x, y, size, width, seq: 0 });
  const texts = (items: PdfItem[]) => buildLines(1, items.map((it, seq) => ({ ...it, seq }))).map((l) => l.segments.map((s) => s.text).join(' | '));

  it('turns a raised small number after a word into a superscript glued to that word', () => {
    expect(texts([item('đến người dân', 72, 700), item('1', 150, 704, 7, 4), item('và doanh nghiệp', 160, 700)])).toEqual(['đến người dân¹ và doanh nghiệp']);
  });

  it('keeps a superscript apart from a number it follows', () => {
    expect(texts([item('năm 2024', 72, 700), item('12', 120, 704, 7, 8)])).toEqual(['năm 2024 ¹²']);
  });

  it('keeps digits at the normal size and baseline as plain digits', () => {
    expect(texts([item('đạt', 72, 700), item('100%', 96, 700)])).toEqual(['đạt 100%']);
  });

  it('splits a line at a wide gap into segments and orders lines top to bottom', () => {
    expect(texts([item('Máy in', 139, 680), item('30', 272, 680), item('Tên thiết bị', 139, 700)])).toEqual(['Tên thiết bị', 'Máy in | 30']);
  });
});

/** A one-page PDF whose page draws nothing (a stand-in for a scan without OCR). */
function blankPdf(): string {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  return pdfText(objects);
}
