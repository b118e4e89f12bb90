import { describe, expect, it } from 'vitest';
import { oneStop, recountRomanMarkers, repairUnsureWords, type OcrPage, type OcrWord } from '../../src/ingest/ocr.js';

/** A white grey image with black rectangles drawn on it. */
function image(w: number, h: number, rects: Array<[x: number, y: number, rw: number, rh: number]>) {
  const px = Buffer.alloc(w * h, 255);
  for (const [x, y, rw, rh] of rects) for (let j = y; j < y + rh; j++) for (let i = x; i < x + rw; i++) px[j * w + i] = 0;
  return { w, h, px };
}

const word = (text: string, left: number, top: number, width: number, height: number, conf = 92, line = '1.1.1'): OcrWord =>
  ({ text, left, top, width, height, conf, line });

/** A serif "I" at x: a stem 6 px wide, 38 high, with feet and a head 16 px wide that touch the next I's. */
const serifI = (x: number): Array<[number, number, number, number]> => [[x, 10, 6, 38], [x - 5, 10, 16, 3], [x - 5, 45, 16, 3]];

describe('Roman markers counted in the image', () => {
  // "III." drawn at x = 20, 36, 52 (feet touching) and a stop at the baseline after them.
  const img = image(200, 60, [...serifI(20), ...serifI(36), ...serifI(52), [66, 42, 6, 6]]);

  it('reads three strokes and a stop as "III." whatever Tesseract said', () => {
    for (const said of ['II.', 'Il.', 'IL.', 'III']) {
      const page: OcrPage = { width: 200, height: 60, dpi: 300, words: [word(said, 15, 10, 58, 38), word('ĐÁNH', 90, 10, 60, 38)] };
      recountRomanMarkers(page, img);
      expect(page.words[0].text).toBe('III.');
      expect(page.words[1].text).toBe('ĐÁNH');
    }
  });

  it('keeps a right marker, and leaves digits and words inside a line alone', () => {
    const page: OcrPage = {
      width: 200, height: 60, dpi: 300,
      words: [word('III.', 15, 10, 58, 38), word('Il', 15, 10, 58, 38), word('1.', 15, 10, 58, 38, 92, '1.1.2')],
    };
    expect(recountRomanMarkers(page, img)).toBe(0);
    expect(page.words.map((w) => w.text)).toEqual(['III.', 'Il', '1.']);
  });

  it('counts two strokes without a stop as "II"', () => {
    const two = image(200, 60, [...serifI(20), ...serifI(36)]);
    const page: OcrPage = { width: 200, height: 60, dpi: 300, words: [word('III', 15, 10, 42, 38)] };
    recountRomanMarkers(page, two);
    expect(page.words[0].text).toBe('II');
  });
});

describe('a marker read with a second stop', () => {
  it('keeps one stop when unsure, at the start of a line only', () => {
    const page: OcrPage = {
      width: 100, height: 100, dpi: 300,
      words: [word('4..', 0, 0, 10, 10, 59), word('LĨNH', 20, 0, 10, 10), word('4..', 0, 20, 10, 10, 95, '1.1.2'), word('a..', 40, 20, 10, 10, 50, '1.1.2')],
    };
    oneStop(page);
    expect(page.words.map((w) => w.text)).toEqual(['4.', 'LĨNH', '4..', 'a..']);
  });
});

describe('tone marks put right by the document\'s own word pairs', () => {
  const line = (n: number, ...ws: Array<[string, number]>) => ws.map(([t, c], i) => word(t, i * 100, n * 50, 80, 40, c, `1.1.${n}`));
  const page = (): OcrPage => ({
    width: 1000, height: 1000, dpi: 300,
    words: [
      ...line(1, ['II.', 92], ['KẾT', 96], ['QUÁ', 57], ['THỰC', 90], ['HIỆN', 93]),
      ...line(2, ['Kết', 95], ['quả', 96], ['thực', 94], ['hiện', 95], ['đạt', 97]),
      ...line(3, ['với', 95], ['kết', 96], ['quả', 96], ['tốt', 94]),
      ...line(4, ['4.', 92], ['LĨNH', 93], ['VỤC', 79], ['TRẺ', 93], ['EM', 97]),
      ...line(5, ['lĩnh', 95], ['vực', 96], ['y', 94], ['tế;', 95], ['lĩnh', 95], ['vực', 95], ['giáo', 95]),
      ...line(6, ['giá', 95], ['bán', 96], ['quá', 80], ['cao', 94]),
    ],
  });

  it('replaces an unsure word whose pairs never occur by the spelling the report uses twice', () => {
    const p = page();
    expect(repairUnsureWords([p])).toBe(2);
    expect(p.words.map((w) => w.text).filter((t) => /QU|VỰ|VỤ/u.test(t))).toEqual(['QUẢ', 'VỰC']);
  });

  it('leaves an unsure word alone when no other spelling is seen twice around it, and never touches a sure one', () => {
    const p = page();
    repairUnsureWords([p]);
    // "bán quá cao": "bán quả" is never seen, so "quá" stays.
    expect(p.words.find((w) => w.line === '1.1.6' && w.left === 200)!.text).toBe('quá');
    const sure = page();
    sure.words.forEach((w) => { w.conf = 95; });
    expect(repairUnsureWords([sure])).toBe(0);
  });
});
