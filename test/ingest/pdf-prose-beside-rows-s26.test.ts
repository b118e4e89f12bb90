import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

// A justified line of prose right under a typed table, two of its words landing on the table's tab stops by chance: cut
// there it has the table's three cells, each after the first holding a number among many words. It stays a paragraph
// (src/ingest/pdf-blocks.ts, figureCell). Positions hand-placed on LibreOffice's 1.25 cm stops; sentences written for
// this test.
const stop = (k: number) => 56.8 + k * 35.433;
const line = (y: number, words: Array<[string, number, number]>): PdfLine => {
  const items = words.map(([str, x, width], seq) => ({ str, x, y, size: 10, width, seq }));
  const segments: PdfLine['segments'] = [];
  for (const i of items) {
    const last = segments[segments.length - 1];
    if (last && i.x - last.x1 <= 12) {
      last.text += ` ${i.str}`;
      last.x1 = i.x + i.width;
    } else segments.push({ x0: i.x, x1: i.x + i.width, text: i.str });
  }
  return { page: 1, y, size: 10, x0: items[0].x, x1: segments[segments.length - 1].x1, segments, startsWithNote: false, items };
};
const row = (y: number, label: string, count: string, rate: string) => line(y, [[label, stop(0), 28], [count, stop(1), 15], [rate, stop(2), 18]]);
// "lớp" starts on the second stop and "có" on the third, each a word space (2.6–2.8 pt) after the word before; no other word
// within a point of a stop.
const PROSE: Array<[string, number, number]> = [
  ['Trường', 56.8, 32.65], ['lớp', 92.23, 13], ['12A', 108.03, 17], ['có', 127.67, 10], ['35/36', 140.47, 25], ['em', 168.27, 12],
  ['đạt', 183.07, 12], ['97,2%.', 197.47, 28], ['Các', 228.27, 16], ['lớp', 247.07, 13], ['học', 262.87, 14], ['hai', 279.67, 12],
  ['buổi', 294.47, 17], ['mỗi', 314.27, 17], ['ngày', 334.07, 20], ['được', 356.87, 20], ['duy', 379.67, 15], ['trì', 397.47, 10],
  ['đều', 409.97, 14], ['đặn.', 426.77, 18],
];
const full = (y: number) => line(y, [['Một', 56.8, 18], ['dòng', 77.6, 22], ['văn', 102.4, 17], ['xuôi', 122.2, 427.8]]);

describe('a justified prose line under a typed table', () => {
  it('is no row of the table, though cut at the stops it has the table\'s cells', () => {
    const blocks = buildBlocks([[
      full(760), full(748), full(736),
      line(700, [['Khối', stop(0), 20], ['Số em', stop(1), 24], ['Tỷ lệ', stop(2), 22]]),
      row(688, 'Khối 6', '145', '98,6'),
      row(676, 'Khối 7', '138', '97,1'),
      row(664, 'Khối 8', '129', '99,2'),
      line(652, PROSE),
    ]]);
    expect(blocks.filter((b) => b.kind === 'row').map((b) => b.cells![0])).toEqual(['Khối', 'Khối 6', 'Khối 7', 'Khối 8']);
    expect(blocks.filter((b) => b.kind !== 'row').map((b) => b.text).pop()).toBe('Trường lớp 12A có 35/36 em đạt 97,2%. Các lớp học hai buổi mỗi ngày được duy trì đều đặn.');
  });
});
