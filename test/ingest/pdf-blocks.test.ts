/**
 * PDF lines → blocks: a number alone on its line is glued to the title below it, unless it is the
 * last word of a wrapped sentence (Word's list numbering printed by LibreOffice puts a heading's
 * number at a tab stop, so a sentence wrapped just before "7." or "I." leaves that word alone on a line).
 */
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import { buildLines, type PdfItem, type PdfLine } from '../../src/ingest/pdf-lines.js';

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

describe('a typed table whose rows all lost the same tab', () => {
  // LibreOffice's default tab stops (1.25 cm from the margin). A label that ends just short of a
  // stop ("Tổ 1") leaves its tab a gap narrower than a word space, so every row of such labels
  // reads one cell short; the header and the total row keep all their cells.
  const origin = 56.8;
  const stop = (k: number) => origin + (k * 1.25 * 72) / 2.54;
  let seq = 0;
  /** Items of one line: cells of words [text, x, width]; words of one cell are one run, a tab starts a new one. */
  function row(y: number, ...cells: Array<Array<[string, number, number]>>): PdfItem[] {
    return cells.flatMap((words) => {
      seq++;
      return words.map(([str, x, width]) => ({ str, x, y, size: 10, width, seq: seq++ }));
    });
  }
  const label = (n: string): Array<[string, number, number]> => [['Tổ', origin, 24], [n, origin + 27.2, 5.5]];
  it('gets back the header’s count of cells', () => {
    const items = [
      // Prose above the table sets the text column's right edge.
      row(756, [['Kết quả bình xét hộ gia đình văn hóa năm nay của các tổ dân phố được tổng hợp', origin, 480]]),
      row(742, [['tại bảng dưới đây, theo số hộ của từng tổ, số hộ đạt danh hiệu và tỷ lệ hộ', origin, 480]]),
      row(728, [['đạt danh hiệu trên tổng số hộ trong tổ.', origin, 200]]),
      row(700, [['Tổ', origin, 24]], [['Số', stop(1), 13], ['hộ', stop(1) + 16.2, 13]], [['Đạt', stop(2), 18]], [['Tỷ', stop(3), 12], ['lệ', stop(3) + 15.2, 9], ['(%)', stop(3) + 27.4, 17]]),
      row(686, label('1'), [['120', stop(1), 15]], [['96', stop(2), 10]], [['80,0', stop(3), 18]]),
      row(672, label('2'), [['150', stop(1), 15]], [['105', stop(2), 15]], [['70,0', stop(3), 18]]),
      row(658, label('3'), [['90', stop(1), 10]], [['87', stop(2), 10]], [['96,7', stop(3), 18]]),
      row(644, [['Cộng', origin, 25]], [['360', stop(1), 15]], [['288', stop(2), 15]], [['80,0', stop(3), 18]]),
    ];
    // The label's tab: 2.75 pt to the stop, where the word space inside the label is 3.2 pt.
    expect(stop(1) - (origin + 27.2 + 5.5)).toBeLessThan(3.2);
    const rows = buildBlocks([buildLines(1, items.flat())]).filter((b) => b.kind === 'row');
    expect(rows.map((b) => b.cells)).toEqual([
      ['Tổ', 'Số hộ', 'Đạt', 'Tỷ lệ (%)'],
      ['Tổ 1', '120', '96', '80,0'],
      ['Tổ 2', '150', '105', '70,0'],
      ['Tổ 3', '90', '87', '96,7'],
      ['Cộng', '360', '288', '80,0'],
    ]);
  });
});
