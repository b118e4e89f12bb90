import { describe, expect, it } from 'vitest';
import { caseChangePieces, keepSpaceAfterStops, splitAtCaseChange } from '../../src/ingest/ocr-glued.js';
import { ocrItems, type OcrPage, type OcrWord } from '../../src/ingest/ocr.js';
import { buildLines } from '../../src/ingest/pdf-lines.js';

const word = (text: string, left: number, width: number): OcrWord => ({ text, left, top: 10, width, height: 30, conf: 91, line: '1.1.1' });

describe('words run together at a change of case', () => {
  it('cuts where a lower-case letter meets a capital or a letter follows a percent sign', () => {
    expect(caseChangePieces('%soKH')).toEqual(['%', 'so', 'KH']);
    expect(caseChangePieces('XãMỹ')).toEqual(['Xã', 'Mỹ']);
    expect(caseChangePieces('tăngUBND')).toEqual(['tăng', 'UBND']);
  });

  it('leaves words that turn case as typed, and words without a change', () => {
    for (const w of ['TpHCM', 'iPhone', 'mRNA', 'HĐND', 'Kinh', 'ĐVT']) expect(caseChangePieces(w)).toBeNull();
  });

  it('splits the word on its page, sharing its box by characters and keeping its closing mark on the last piece', () => {
    const page: OcrPage = { width: 900, height: 60, dpi: 300, words: [word('STT', 10, 60), word('%soKH,', 100, 120), word('Năm2024', 240, 140)] };
    expect(splitAtCaseChange([page])).toBe(1);
    expect(page.words.map((w) => w.text)).toEqual(['STT', '%', 'so', 'KH,', 'Năm2024']);
    const [pct, so, kh] = page.words.slice(1, 4);
    expect(pct.left).toBe(100);
    expect(so.left).toBeGreaterThan(pct.left + pct.width);
    expect(kh.left).toBeGreaterThan(so.left + so.width);
    expect(kh.left + kh.width).toBe(220);
  });
});

describe('a line\'s numbering marker run into its first word', () => {
  const at = (text: string, left: number, width: number, line: string): OcrWord => ({ text, left, top: 10, width, height: 30, conf: 90, line });

  it('is cut after the marker, a word space apart, so a table\'s group row "1." reads as one', () => {
    const page: OcrPage = { width: 900, height: 60, dpi: 300, words: [
      at('2.Chỉnh', 10, 140, '1.1.1'), at('trang', 160, 90, '1.1.1'), at('1.2.Cấp', 10, 130, '1.1.2'), at('nước', 150, 80, '1.1.2'), at('b)Vùng', 10, 120, '1.1.3'),
    ] };
    expect(splitAtCaseChange([page])).toBe(3);
    expect(page.words.map((w) => w.text)).toEqual(['2.', 'Chỉnh', 'trang', '1.2.', 'Cấp', 'nước', 'b)', 'Vùng']);
    const [marker, next] = page.words;
    expect(next.left - (marker.left + marker.width)).toBeGreaterThanOrEqual(10);
  });

  it('leaves a number inside a line, a decimal, a marker before a small letter, and a date', () => {
    const page: OcrPage = { width: 900, height: 60, dpi: 300, words: [
      at('Tổng', 10, 80, '1.1.1'), at('3.Thôn', 100, 120, '1.1.1'), at('12,5.Mỹ', 10, 140, '1.1.2'), at('2.tăng', 10, 110, '1.1.3'), at('15/3.Lễ', 10, 130, '1.1.4'),
    ] };
    expect(splitAtCaseChange([page])).toBe(0);
  });
});

describe('a stop whose box reaches over the next word', () => {
  it('keeps the space after it, so the line builder writes two sentences', () => {
    // "(+4,2%)." boxed 60 px into "Sau", and "tăng," touching "chủ": each first box is cut back a word space.
    const page: OcrPage = {
      width: 900, height: 60, dpi: 300,
      words: [word('kỳ', 10, 40), word('(+4,2%).', 70, 200), word('Sau', 210, 60), word('tăng,', 300, 70), word('chủ', 372, 50), word('yếu', 440, 50)],
    };
    expect(keepSpaceAfterStops([page])).toBe(2);
    const lines = buildLines(1, ocrItems(page));
    expect(lines.map((l) => l.segments.map((s) => s.text).join(' '))).toEqual(['kỳ (+4,2%). Sau tăng, chủ yếu']);
  });

  it('leaves a stop a space apart, and one before a digit', () => {
    const page: OcrPage = { width: 900, height: 60, dpi: 300, words: [word('đồng.', 10, 80), word('Sau', 120, 60), word('27,', 200, 40), word('6', 240, 20)] };
    expect(keepSpaceAfterStops([page])).toBe(0);
  });
});
