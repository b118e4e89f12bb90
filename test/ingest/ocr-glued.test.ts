import { describe, expect, it } from 'vitest';
import { caseChangePieces, splitAtCaseChange } from '../../src/ingest/ocr-glued.js';
import type { OcrPage, OcrWord } from '../../src/ingest/ocr.js';

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
