/**
 * PDF lines → blocks: a number alone on its line is glued to the title below it, unless it is the
 * last word of a wrapped sentence (Word's list numbering printed by LibreOffice puts a heading's
 * number at a tab stop, so a sentence wrapped just before "7." or "I." leaves that word alone on a line).
 */
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

const SIZE = 12;
/** A line of one segment per text; each segment's width is given by its end. */
function line(y: number, ...segs: Array<[number, number, string]>): PdfLine {
  return {
    page: 1,
    y,
    size: SIZE,
    x0: segs[0][0],
    x1: segs[segs.length - 1][1],
    segments: segs.map(([x0, x1, text]) => ({ x0, x1, text })),
    startsWithNote: false,
  };
}

describe('a number alone on its line', () => {
  const page = [
    line(760, [72, 538, 'Trong quý, trạm y tế tiêm vắc xin uốn ván cho 820 học sinh của lớp 6 và lớp']),
    line(746, [72, 82, '7.']),
    line(723, [72, 538, 'Vắc xin viêm gan B: tồn đầu kỳ 300 liều, nhập trong kỳ 500 liều, xuất sử dụng']),
    line(709, [72, 250, '420 liều, tồn cuối kỳ 380 liều.']),
    line(686, [72, 538, 'Trạm cử 03 cán bộ đi tập huấn về quản lý dược, vật tư y tế theo chương trình cấp']),
    line(672, [72, 86, 'II.']),
    line(649, [84, 96, '2.'], [120, 300, 'KẾT QUẢ THỰC HIỆN']),
    line(626, [72, 220, 'Kết quả đạt được như sau:']),
    line(603, [72, 82, '1.']),
    line(589, [72, 200, 'Công tác khám bệnh']),
  ];

  it('stays the last word of the sentence wrapped onto it, and a title below keeps its own number', () => {
    const texts = buildBlocks([page]).map((b) => b.text);
    expect(texts).toEqual([
      'Trong quý, trạm y tế tiêm vắc xin uốn ván cho 820 học sinh của lớp 6 và lớp 7.',
      'Vắc xin viêm gan B: tồn đầu kỳ 300 liều, nhập trong kỳ 500 liều, xuất sử dụng 420 liều, tồn cuối kỳ 380 liều.',
      'Trạm cử 03 cán bộ đi tập huấn về quản lý dược, vật tư y tế theo chương trình cấp II.',
      '2. KẾT QUẢ THỰC HIỆN',
      'Kết quả đạt được như sau:',
      '1. Công tác khám bệnh',
    ]);
  });

  it('is glued to the title below it after a finished sentence', () => {
    const texts = buildBlocks([page.slice(7)]).map((b) => b.text);
    expect(texts).toEqual(['Kết quả đạt được như sau:', '1. Công tác khám bệnh']);
  });
});
