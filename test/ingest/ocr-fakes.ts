import type { OcrWord } from '../../src/ingest/ocr.js';

/** A white grey image with black rectangles drawn on it (a page, or a word's box, for the OCR readers that look at pixels). */
export function image(w: number, h: number, rects: Array<[x: number, y: number, rw: number, rh: number]>) {
  const px = Buffer.alloc(w * h, 255);
  for (const [x, y, rw, rh] of rects) for (let j = y; j < y + rh; j++) for (let i = x; i < x + rw; i++) px[j * w + i] = 0;
  return { w, h, px };
}

/** One Tesseract word with its box, confidence and line id. */
export const word = (text: string, left: number, top: number, width: number, height: number, conf = 92, line = '1.1.1'): OcrWord =>
  ({ text, left, top, width, height, conf, line });
