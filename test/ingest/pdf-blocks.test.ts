/**
 * PDF lines → blocks: a number alone on its line is glued to the title below it, unless it is the
 * last word of a wrapped sentence (Word's list numbering printed by LibreOffice puts a heading's
 * number at a tab stop, so a sentence wrapped just before "7." or "I." leaves that word alone on a line).
 */
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import { buildLines, splitAtTabStops, type PdfItem, type PdfLine } from '../../src/ingest/pdf-lines.js';

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

describe('a part heading "Phần thứ …" under a full line', () => {
  it('starts its own paragraph, though the sentence above ran to the right edge', () => {
    // Hand-checked: "Phần thứ hai" opens the document's second part; a full last line of the part before leaves no room
    // test, so only the marker tells it apart ("thứ" ends in a letter outside ASCII, where \\b sees no word end).
    const texts = buildBlocks([[
      line(760, [72, 538, 'Năm qua, xã đã hoàn thành toàn bộ các chỉ tiêu về quốc phòng, an ninh mà Hội đồng']),
      line(746, [72, 536, 'nhân dân xã giao, bảo đảm giữ vững ổn định tình hình chính trị trên địa bàn xã.']),
      line(732, [72, 150, 'Phần thứ hai']),
      line(718, [72, 300, 'NHIỆM VỤ NĂM TỚI']),
    ]]).map((b) => b.text);
    expect(texts[1]).toBe('Phần thứ hai');
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

describe('typed rows printed by LibreOffice', () => {
  const origin = 56.8;
  const interval = (1.25 * 72) / 2.54;
  const stop = (k: number) => origin + k * interval;
  let seq = 0;
  function row(y: number, ...cells: Array<Array<[string, number, number]>>): PdfItem[] {
    return cells.flatMap((words) => {
      seq++;
      return words.map(([str, x, width]) => ({ str, x, y, size: 10, width, seq: seq++ }));
    });
  }
  const prose = (y: number, end: number) => row(y, [['Kết quả thực hiện các chỉ tiêu chủ yếu trong kỳ được tổng hợp như sau', origin, end - origin]]);

  it('cuts numbers grouped by spaces that the reader ran together across a stop ("42" "00033" "18087,0")', () => {
    // Digits 6.5 pt wide, word space 2.9 pt: "42 000" ends on stop 5 where "33 180" starts, and so on.
    const items = row(
      700,
      [['2', stop(0), 6.5]],
      [['Lệ', stop(1), 12.4], ['phí', stop(1) + 15.6, 16.3], ['trước', stop(1) + 35.1, 26.6], ['bạ', stop(1) + 65, 12.4]],
      [['42', stop(4), 13], ['00033', stop(5) - 19.5, 32.5], ['18087,0', stop(6) - 19.5, 42.25]],
      [['5,6', stop(7), 16.25]],
    );
    const [line] = buildLines(1, items);
    const cells = splitAtTabStops(line, { origin, interval }).segments.map((s) => s.text);
    expect(cells).toEqual(['2', 'Lệ phí trước bạ', '42 000', '33 180', '87,0', '5,6']);
  });

  it('keeps a row that ends near the edge whole when the line below is a row of as many cells', () => {
    const items = [
      prose(760, 536),
      prose(746, 531),
      prose(732, 528),
      prose(718, 522),
      // Each cell at the first stop after the one before it ends, as a tab puts it.
      row(700, [['TT', origin, 12]], [['Cây', stop(1), 17], ['trồng', stop(1) + 20, 27]], [['Kế', stop(3), 12], ['hoạch', stop(3) + 15, 30]], [['Thực', stop(5), 24], ['hiện', stop(5) + 27, 21]], [['Năng', stop(7), 24], ['suất', stop(7) + 27, 21], ['(tạ/ha)', stop(7) + 51, 39]], [['Sản', stop(10), 18], ['lượng', stop(10) + 21, 28], ['thu', stop(10) + 52, 15], ['hoạch', stop(10) + 70, 28], ['(tấn)', stop(10) + 101, 22]]),
      row(686, [['1', origin, 6.5]], [['Lúa', stop(1), 17]], [['1.100', stop(2), 28]], [['1.128,4', stop(3), 30]], [['66,2', stop(4), 22]], [['7.470', stop(5), 28]]),
      row(672, [['2', origin, 6.5]], [['Ngô', stop(1), 19]], [['180', stop(2), 19.5]], [['162,6', stop(3), 29]], [['58,5', stop(4), 22]], [['951,2', stop(5), 29]]),
      row(658, [['Tổng', stop(1), 24], ['cộng', stop(1) + 27, 24]], [['1.280', stop(3), 28]], [['1.291', stop(4), 28]], [['-', stop(5), 4]], [['8.421,2', stop(6), 33]]),
    ];
    const rows = buildBlocks([buildLines(1, items.flat())]).filter((b) => b.kind === 'row');
    expect(rows.map((b) => b.cells)).toEqual([
      ['TT', 'Cây trồng', 'Kế hoạch', 'Thực hiện', 'Năng suất (tạ/ha)', 'Sản lượng thu hoạch (tấn)'],
      ['1', 'Lúa', '1.100', '1.128,4', '66,2', '7.470'],
      ['2', 'Ngô', '180', '162,6', '58,5', '951,2'],
      ['', 'Tổng cộng', '1.280', '1.291', '-', '8.421,2'],
    ]);
  });
});

describe('a typed header whose tabs all left word spaces', () => {
  const origin = 56.8;
  const stop = (k: number) => origin + (k * 1.25 * 72) / 2.54;
  it('is the header of the rows below when cut at the stops into as many cells as they have', () => {
    let seq = 0;
    // pdf.js gives each typed cell as one run; "Đơn vị" ends 3 pt before stop 1, a word space's width.
    const run = (y: number, str: string, x: number, width: number) => ({ str, x, y, size: 10, width, seq: seq++ });
    const items = [
      run(760, 'Kết quả giảm nghèo của các xã, thị trấn trong năm được tổng hợp tại bảng dưới đây', origin, 470),
      run(746, 'theo số hộ nghèo đầu năm, cuối năm và tỷ lệ tăng, giảm so với đầu năm của từng đơn vị', origin, 475),
      run(732, 'trên địa bàn.', origin, 60),
      run(704, 'Đơn vị', origin, 32.5),
      run(704, 'Hộ nghèo đầu năm', stop(1), 96.2),
      run(704, 'Hộ nghèo cuối năm', stop(4), 98.6),
      run(704, 'Tăng/giảm (%)', stop(7), 74.2),
      run(690, 'Thị trấn Tân Lạc', origin, 88),
      run(690, '96', stop(3), 12.7),
      run(690, '64', stop(4), 12.7),
      run(690, '-33,3', stop(5), 25.5),
      run(676, 'Xã Tân Hòa', origin, 55),
      run(676, '285', stop(2), 19),
      run(676, '204', stop(3), 19),
      run(676, '-28,4', stop(4), 25.5),
      run(662, 'Tổng cộng', origin, 50),
      run(662, '381', stop(2), 19),
      run(662, '268', stop(3), 19),
      run(662, '-29,7', stop(4), 25.5),
    ];
    const blocks = buildBlocks([buildLines(1, items)]);
    expect(blocks.filter((b) => b.kind === 'row').map((b) => b.cells)).toEqual([
      ['Đơn vị', 'Hộ nghèo đầu năm', 'Hộ nghèo cuối năm', 'Tăng/giảm (%)'],
      ['Thị trấn Tân Lạc', '96', '64', '-33,3'],
      ['Xã Tân Hòa', '285', '204', '-28,4'],
      ['Tổng cộng', '381', '268', '-29,7'],
    ]);
  });
});

describe('a typed header above a row whose tabs left word spaces, over rows that kept theirs', () => {
  const origin = 56.8;
  const stop = (k: number) => origin + (k * 1.25 * 72) / 2.54;
  it('is cut at the stops into the cells of the rows below', () => {
    let seq = 0;
    const run = (y: number, str: string, x: number, width: number) => ({ str, x, y, size: 10, width, seq: seq++ });
    // Hand-placed: the header's wide cells each end 3 pt (a word space) before the stop the next one starts on (2, 4, 6),
    // so only the gap after the label, past stop 1, is a wide one; the first row's label and figures are as close (stops 2, 3, 4); the
    // rows after it keep wide gaps before their figures (stops 2, 3, 4).
    const items = [
      run(760, 'Số hộ tham gia bảo hiểm y tế hộ gia đình của các xã được tổng hợp tại bảng dưới đây theo', origin, 470),
      run(746, 'từng năm, kèm số tăng, giảm của năm nay so với năm trước.', origin, 300),
      run(704, 'Xã, thị trấn', origin, 40), run(704, 'Năm', stop(2), 25), run(704, '2023', stop(2) + 28, stop(4) - 3 - stop(2) - 28),
      run(704, 'Năm', stop(4), 25), run(704, '2024', stop(4) + 28, stop(6) - 3 - stop(4) - 28),
      run(704, 'Tăng,', stop(6), 25), run(704, 'giảm', stop(6) + 28, 25),
      run(690, 'Thị', origin, 14), run(690, 'trấn', 73.8, 18), run(690, 'Phú', 94.8, 16), run(690, 'Lộc', 113.8, stop(2) - 3 - 113.8),
      run(690, '120', stop(2), 28.5), run(690, '135', stop(3), 28.5), run(690, '+15', stop(4), 20),
      run(676, 'Xã Hòa Bình', origin, 48), run(676, '80', stop(2), 10), run(676, '76', stop(3), 10), run(676, '-4', stop(4), 8),
      run(662, 'Tổng cộng', origin, 45), run(662, '200', stop(2), 15), run(662, '211', stop(3), 15), run(662, '+11', stop(4), 15),
    ];
    const blocks = buildBlocks([buildLines(1, items)]);
    expect(blocks.filter((b) => b.kind === 'row').map((b) => b.cells)).toEqual([
      ['Xã, thị trấn', 'Năm 2023', 'Năm 2024', 'Tăng, giảm'],
      ['Thị trấn Phú Lộc', '120', '135', '+15'],
      ['Xã Hòa Bình', '80', '76', '-4'],
      ['Tổng cộng', '200', '211', '+11'],
    ]);
  });
});

describe('a typed row whose long label has a word on a tab stop by chance', () => {
  const origin = 56.8;
  const stop = (k: number) => origin + (k * 1.25 * 72) / 2.54;
  it('keeps the label one cell when the cells after it are the figures of the table', () => {
    let seq = 0;
    const run = (y: number, str: string, x: number, width: number) => ({ str, x, y, size: 10, width, seq: seq++ });
    // Hand-placed: the label's words are a word space (3 pt) apart; "phụ" starts on stop 4 only because the words before it
    // end there; the row's three figures sit at the stops their tabs reach (7, 8, 9), each row's at its own.
    const items = [
      run(788, 'Trong kỳ, tổ thu đã vận động các hộ trên địa bàn nộp phí vệ sinh môi trường đúng hạn, công khai', origin, 482),
      run(774, 'mức thu tại nhà văn hóa các thôn và niêm yết danh sách hộ đã nộp tại trụ sở Ủy ban nhân dân.', origin, 470),
      run(760, 'Kết quả thu phí theo nhóm như sau:', origin, 170),
      run(746, 'Nhóm hộ', origin, 82), run(746, 'Kế hoạch (hộ)', stop(3), 86.6), run(746, 'Thực hiện (hộ)', stop(6), 89.7), run(746, 'Tỷ lệ (%)', stop(9), 45),
      run(732, 'Hộ', origin, 21.7), run(732, 'kinh', 81.5, 20), run(732, 'doanh', 104.5, 28), run(732, 'cá', 135.5, 12),
      run(732, 'thể', 150.5, 16), run(732, 'và', 169.5, 11), run(732, 'hộ', 183.5, 12),
      run(732, 'phụ', stop(4), 17), run(732, 'thuộc', stop(4) + 20, 28), run(732, 'khác', stop(4) + 51, 24), run(732, 'ở', stop(4) + 78, 6), run(732, 'thôn', stop(4) + 87, 16.3),
      run(732, '2 100', stop(7), 25), run(732, '2 058', stop(8), 25), run(732, '98,0', stop(9), 18),
      run(718, 'Cá nhân', origin, 36), run(718, '1 300', stop(2), 20), run(718, '1 326', stop(3), 20), run(718, '102,0', stop(4), 22),
      run(704, 'Khác', origin, 22), run(704, '400', stop(1), 15), run(704, '384', stop(2), 15), run(704, '96,0', stop(3), 18),
      run(690, 'Tổng cộng', origin, 48), run(690, '3 800', stop(2), 20), run(690, '3 768', stop(3), 20), run(690, '99,2', stop(4), 18),
    ];
    const blocks = buildBlocks([buildLines(1, items)]);
    expect(blocks.filter((b) => b.kind === 'row').map((b) => b.cells)).toEqual([
      ['Nhóm hộ', 'Kế hoạch (hộ)', 'Thực hiện (hộ)', 'Tỷ lệ (%)'],
      ['Hộ kinh doanh cá thể và hộ phụ thuộc khác ở thôn', '2 100', '2 058', '98,0'],
      ['Cá nhân', '1 300', '1 326', '102,0'],
      ['Khác', '400', '384', '96,0'],
      ['Tổng cộng', '3 800', '3 768', '99,2'],
    ]);
  });
});

describe('a drawn table with narrow columns', () => {
  let seq = 0;
  /** Every word its own run, in order, as pdf.js gives the cells of a table LibreOffice drew. */
  function row(y: number, words: Array<[string, number, number]>): PdfItem[] {
    return words.map(([str, x, width]) => ({ str, x, y, size: 12, width, seq: seq++ }));
  }
  const cols = [72, 119, 166, 212, 259, 306];
  it('cuts a segment at a column edge the header gives, and closes a word broken inside a cell', () => {
    const items = [
      row(700, [['Tổ', cols[0], 14], ['Số hộ', cols[1], 30], ['Đạt', cols[2], 20], ['Tỷ lệ', cols[3], 30], ['Chưa', cols[4], 30], ['Tỷ lệ', cols[5], 30]]),
      // 12.5 pt between "80,00" and "30": under the 1.2 font sizes that part segments of one run.
      row(680, [['Tổ 1', cols[0], 26], ['150', cols[1], 23], ['120', cols[2], 23], ['80,00', cols[3], 34.5], ['30', cols[4], 15], ['20,00', cols[5], 34.5]]),
      row(660, [['Tổ 2', cols[0], 26], ['200', cols[1], 23], ['170', cols[2], 23], ['85,00', cols[3], 34.5], ['30', cols[4], 15], ['15,00', cols[5], 34.5]]),
      row(640, [['Toàn', cols[0], 30], ['350', cols[1], 23], ['290', cols[2], 23], ['82,86', cols[3], 34.5], ['60', cols[4], 15], ['17,14', cols[5], 34.5]]),
      row(626, [['trườn', cols[0], 34]]),
      row(612, [['g', cols[0], 7]]),
    ];
    const rows = buildBlocks([buildLines(1, items.flat())]).filter((b) => b.kind === 'row');
    expect(rows.map((b) => b.cells)).toEqual([
      ['Tổ', 'Số hộ', 'Đạt', 'Tỷ lệ', 'Chưa', 'Tỷ lệ'],
      ['Tổ 1', '150', '120', '80,00', '30', '20,00'],
      ['Tổ 2', '200', '170', '85,00', '30', '15,00'],
      ['Toàn trường', '350', '290', '82,86', '60', '17,14'],
    ]);
  });

  it('reads a header line that fills one cell only, above the others, into the header', () => {
    const c = [72, 110, 200, 300];
    const items = [
      row(760, [['Kinh phí hỗ trợ được chi trả cho các hộ như sau:', c[0], 260]]),
      row(734, [['Mức hỗ', c[2], 36]]),
      row(720, [['TT', c[0], 14], ['Nội dung', c[1], 40], ['trợ (đồng)', c[2], 40], ['Số hộ', c[3], 30]]),
      row(700, [['1', c[0], 7], ['Giống', c[1], 32], ['1.200.000', c[2], 44], ['845', c[3], 22]]),
      row(680, [['2', c[0], 7], ['Cấy máy', c[1], 40], ['1.000.000', c[2], 44], ['236', c[3], 22]]),
    ];
    const blocks = buildBlocks([buildLines(1, items.flat())]);
    expect(blocks.map((b) => (b.kind === 'row' ? b.cells : b.text))).toEqual([
      'Kinh phí hỗ trợ được chi trả cho các hộ như sau:',
      ['TT', 'Nội dung', 'Mức hỗ trợ (đồng)', 'Số hộ'],
      ['1', 'Giống', '1.200.000', '845'],
      ['2', 'Cấy máy', '1.000.000', '236'],
    ]);
  });

  it('reads a header cell wrapped onto two lines above the others (a bottom-aligned header) into the header', () => {
    const c = [72, 110, 200, 300];
    const items = [
      row(760, [['Bảng 2. Kết quả tập huấn theo thôn', c[0], 200]]),
      row(734, [['Trung bình', c[3], 50]]),
      row(720, [['học viên', c[3], 44]]),
      row(706, [['TT', c[0], 14], ['Thôn', c[1], 30], ['Số lớp', c[2], 36], ['trên lớp', c[3], 40]]),
      row(686, [['1', c[0], 7], ['Thôn Đông', c[1], 50], ['4', c[2], 7], ['31,5', c[3], 24]]),
      row(666, [['2', c[0], 7], ['Thôn Tây', c[1], 46], ['2', c[2], 7], ['28,0', c[3], 24]]),
    ];
    const blocks = buildBlocks([buildLines(1, items.flat())]);
    expect(blocks.map((b) => (b.kind === 'row' ? b.cells : b.text))).toEqual([
      'Bảng 2. Kết quả tập huấn theo thôn',
      ['TT', 'Thôn', 'Số lớp', 'Trung bình học viên trên lớp'],
      ['1', 'Thôn Đông', '4', '31,5'],
      ['2', 'Thôn Tây', '2', '28,0'],
    ]);
  });
});

describe('a line broken after the sign of a bracketed figure', () => {
  it('joins the figure to its sign without a space', () => {
    const line = (y: number, x1: number, text: string): PdfLine => ({ page: 1, y, size: 12, x0: 72, x1, segments: [{ x0: 72, x1, text }], startsWithNote: false });
    const blocks = buildBlocks([
      [
        line(760, 538, 'Trong năm xảy ra 12 vụ cháy, giảm 04 vụ so với năm trước, thiệt hại ước (-'),
        line(746, 300, '25,00%) về giá trị tài sản.'),
        line(723, 538, 'Công tác phòng cháy, chữa cháy được duy trì thường xuyên tại các xã, thị trấn,'),
        line(709, 250, 'nhất là trong mùa khô.'),
      ],
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Trong năm xảy ra 12 vụ cháy, giảm 04 vụ so với năm trước, thiệt hại ước (-25,00%) về giá trị tài sản.',
      'Công tác phòng cháy, chữa cháy được duy trì thường xuyên tại các xã, thị trấn, nhất là trong mùa khô.',
    ]);
  });
});

describe('a "2.1/" heading right under a full line of text', () => {
  const body = (y: number, x1: number, text: string): PdfLine => ({ page: 1, y, size: 12, x0: 72, x1, segments: [{ x0: 72, x1, text }], startsWithNote: false });
  const page = (third: string) => [
    body(760, 538, 'Trong năm, xã tổ chức thăm hỏi 85 gia đình chính sách với tổng kinh phí 25.500 nghìn'),
    body(746, 538, 'đồng, mỗi suất quà trị giá 300 nghìn đồng, đúng đối tượng và kịp thời trong dịp lễ.'),
    body(732, 300, third),
    body(718, 538, 'Xã đã hỗ trợ sửa chữa 04 nhà ở cho hộ gia đình chính sách.'),
  ];

  it('opens its own paragraph, as "2.1." would', () => {
    expect(buildBlocks([page('2.1/ Hỗ trợ nhà ở')]).map((b) => b.text)[1]).toBe('2.1/ Hỗ trợ nhà ở');
    expect(buildBlocks([page('3/ CÔNG TÁC GIẢM NGHÈO')]).map((b) => b.text)[1]).toBe('3/ CÔNG TÁC GIẢM NGHÈO');
  });

  it('while a fraction opening a line does not', () => {
    expect(buildBlocks([page('1/2 số hộ còn lại được hỗ trợ')]).map((b) => b.text)[0]).toMatch(/trong dịp lễ\. 1\/2 số hộ/);
  });
});

describe('a "III- ĐÁNH GIÁ" heading right under a full line of text', () => {
  const body = (y: number, x1: number, text: string): PdfLine => ({ page: 1, y, size: 12, x0: 72, x1, segments: [{ x0: 72, x1, text }], startsWithNote: false });
  const page = (third: string) => [
    body(760, 538, 'Tỷ lệ hộ dân sử dụng nước sạch theo quy chuẩn đạt 68,4%, tăng 3,1 điểm phần trăm so'),
    body(746, 538, 'với năm trước; tỷ lệ thu gom, xử lý rác thải sinh hoạt khu dân cư đạt 92,0% kế hoạch.'),
    body(732, 300, third),
    body(718, 538, 'Các tiêu chí đều được duy trì và nâng chất.'),
  ];

  it('opens its own paragraph, as "III." would', () => {
    expect(buildBlocks([page('III- ĐÁNH GIÁ CHUNG')]).map((b) => b.text)[1]).toBe('III- ĐÁNH GIÁ CHUNG');
    expect(buildBlocks([page('IV – PHƯƠNG HƯỚNG NHIỆM VỤ')]).map((b) => b.text)[1]).toBe('IV – PHƯƠNG HƯỚNG NHIỆM VỤ');
  });

  it('while a wrapped sentence going on with a lower-case word after a dash does not', () => {
    expect(buildBlocks([page('C - loại hình khác')]).map((b) => b.text)[0]).toMatch(/kế hoạch\. C - loại hình khác/);
  });

  it('and a lettered heading with spaces around its dash ("b - Nước sạch") opens its own too', () => {
    expect(buildBlocks([page('b - Nước sạch nông thôn')]).map((b) => b.text)[1]).toBe('b - Nước sạch nông thôn');
    // A lower-case word after the dash goes on with the sentence above.
    expect(buildBlocks([page('c - loại hình khác')]).map((b) => b.text)[0]).toMatch(/kế hoạch\. c - loại hình khác/);
  });
});

describe('headings of the Roman-prefixed, bracketed, glued-hyphen and "Phần 3." styles right under a full line of text', () => {
  const body = (y: number, x1: number, text: string): PdfLine => ({ page: 1, y, size: 12, x0: 72, x1, segments: [{ x0: 72, x1, text }], startsWithNote: false });
  const page = (third: string) => [
    body(760, 538, 'Trong năm, trạm y tế đã tổ chức khám sàng lọc cho 1.240 người cao tuổi tại 12 thôn, đạt 96,5%'),
    body(746, 538, 'kế hoạch; số người được lập hồ sơ theo dõi sức khỏe điện tử là 1.180 người, tăng nhiều.'),
    body(732, 300, third),
    body(718, 538, 'Trạm phối hợp với các trường học tổ chức khám cho 860 học sinh.'),
  ];

  it('each opens its own paragraph', () => {
    for (const heading of ['III.2. Khám sức khỏe học đường', 'III.2 Khám sức khỏe học đường', 'II.1.b) Khám sức khỏe học đường', '(ii) Khám sức khỏe học đường', '(b) Khám sức khỏe học đường', '2-Khám sức khỏe học đường', 'Phần 3. KHÁM SỨC KHỎE HỌC ĐƯỜNG']) {
      expect(buildBlocks([page(heading)]).map((b) => b.text)[1], heading).toBe(heading);
    }
  });

  it('while a wrapped sentence going on with a bracketed note or a number in lower case does not', () => {
    expect(buildBlocks([page('(a) khoản 2 Điều 5 của Thông tư')]).map((b) => b.text)[0]).toMatch(/tăng nhiều\. \(a\) khoản 2/);
    expect(buildBlocks([page('Phần 3 của kế hoạch năm')]).map((b) => b.text)[0]).toMatch(/tăng nhiều\. Phần 3 của/);
  });
});

describe('the "1.2)" and "a/" house style right under a full line of text', () => {
  const body = (y: number, x1: number, text: string): PdfLine => ({ page: 1, y, size: 12, x0: 72, x1, segments: [{ x0: 72, x1, text }], startsWithNote: false });
  const page = (third: string) => [
    body(760, 538, 'Bộ phận một cửa đã tiếp nhận 2.315 hồ sơ thủ tục hành chính, trong đó hồ sơ trực tuyến là'),
    body(746, 538, '1.406 hồ sơ, chiếm 60,7%; số hồ sơ giải quyết đúng hạn đạt 98,2%, không có hồ sơ tồn.'),
    body(732, 300, third),
    body(718, 538, 'Công chức tiếp nhận hướng dẫn người dân nộp hồ sơ qua cổng dịch vụ công.'),
  ];

  it('each opens its own paragraph', () => {
    for (const heading of ['1.2) Công tác trả kết quả', '2.1.3) Tiếp nhận trực tuyến', 'b/ Tiếp nhận trực tuyến', '2) PHƯƠNG HƯỚNG']) {
      expect(buildBlocks([page(heading)]).map((b) => b.text)[1], heading).toBe(heading);
    }
  });

  it('while a wrapped sentence going on with a bracketed decimal in lower case does not', () => {
    expect(buildBlocks([page('2.5) là phần còn lại')]).map((b) => b.text)[0]).toMatch(/không có hồ sơ tồn\. 2\.5\) là phần/);
  });
});

describe('a sentence wrapped before a number grouped by no-break spaces', () => {
  // Size 12, about 4.8 pt a character: "2 345/2 400" (11 characters) is some 53 pt wide, too wide for
  // the 68 pt left at the end of the line above less the loose margin; its first digit alone is not.
  const page = [
    line(760, [72, 538, 'Trong năm, trạm y tế tổ chức tiêm vắc xin bại liệt cho trẻ em trong độ tuổi trên địa bàn toàn']),
    line(746, [72, 470, 'xã theo kế hoạch của huyện; kết quả đến hết tháng 11, trạm ghi nhận có']),
    line(732, [72, 530, '2 345/2 400 trẻ được tiêm, đạt 97,7 %, số trẻ còn lại được hẹn tiêm bù vào tháng sau nữa.']),
    line(709, [72, 538, 'Công tác truyền thông được đẩy mạnh trên hệ thống loa truyền thanh của các thôn, tổ dân phố,']),
    line(695, [72, 300, 'kết quả cụ thể theo từng thôn như sau']),
    line(681, [72, 520, '1 200 hộ được phát tờ rơi hướng dẫn phòng bệnh, 850 hộ được cán bộ y tế đến tận nhà.']),
  ];

  it('keeps the number with the sentence it was wrapped from', () => {
    expect(buildBlocks([page]).map((b) => b.text)).toEqual([
      'Trong năm, trạm y tế tổ chức tiêm vắc xin bại liệt cho trẻ em trong độ tuổi trên địa bàn toàn xã theo kế hoạch của huyện; kết quả đến hết tháng 11, trạm ghi nhận có 2 345/2 400 trẻ được tiêm, đạt 97,7 %, số trẻ còn lại được hẹn tiêm bù vào tháng sau nữa.',
      'Công tác truyền thông được đẩy mạnh trên hệ thống loa truyền thanh của các thôn, tổ dân phố, kết quả cụ thể theo từng thôn như sau',
      // The line above ended far from the edge: "1 200" would have fitted, so a new paragraph starts.
      '1 200 hộ được phát tờ rơi hướng dẫn phòng bệnh, 850 hộ được cán bộ y tế đến tận nhà.',
    ]);
  });
});

describe('typed rows with words on a tab stop by chance', () => {
  // LibreOffice's default stops, 1.25 cm from the margin; words a word space (2.5 pt) apart.
  const origin = 56.8;
  const interval = (1.25 * 72) / 2.54;
  const stop = (k: number) => origin + k * interval;
  let seq = 0;
  const run = (y: number, str: string, x: number, width: number): PdfItem => ({ str, x, y, size: 10, width, seq: seq++ });
  const words = (y: number, x: number, ...list: Array<[string, number]>): PdfItem[] =>
    list.map(([str, width]) => {
      const item = run(y, str, x, width);
      x += width + 2.5;
      return item;
    });

  it('cuts a short row and its header only before figures, to the table’s count of cells', () => {
    const items = [
      run(760, 'Tình hình cư trú trên địa bàn phường trong quý được tổng hợp theo từng tổ dân phố, khu tập thể', origin, 480),
      run(746, 'tại bảng dưới đây, gồm số hộ, số người đăng ký tạm trú, tạm vắng và mức tăng, giảm.', origin, 420),
      // Header: "Số người tạm trú" ends on stop 5 and its tab left no gap ("trúSố"); "kỳ" starts on stop 10 by chance.
      ...words(704, origin, ['Địa', 15], ['bàn', 17]),
      ...words(704, stop(2), ['Số', 12], ['hộ', 11]),
      ...words(704, stop(3), ['Số', 12], ['người', 25], ['tạm', 17], ['trúSố', 15.6], ['người', 26], ['tạm', 17], ['vắng', 22]),
      ...words(704, stop(8), ['Tăng/giảm', 45], ['so', 10], ['với', 8.36], ['kỳ', 10], ['trước', 25]),
      ...words(690, origin, ['Tổ', 11], ['1', 5]), run(690, '120', stop(1), 15), run(690, '45', stop(2), 10), run(690, '12', stop(3), 10), run(690, '+3', stop(4), 11),
      ...words(676, origin, ['Tổ', 11], ['2', 5]), run(676, '98', stop(1), 10), run(676, '30', stop(2), 10), run(676, '9', stop(3), 5), run(676, '-2', stop(4), 11),
      // "18" starts on stop 2 after a word space; the label ends a word space before stop 4, where its first figure is.
      ...words(662, origin, ['Khu', 17], ['tập', 15], ['thể', 15], ['nhà', 13.87], ['18', 10], ['Lê', 11], ['Lợi', 15], ['cũ', 24.86]),
      run(662, '76', stop(4), 10), run(662, '22', stop(5), 10), run(662, '5', stop(6), 5), run(662, '+1', stop(7), 11),
      ...words(648, origin, ['Tổng', 22], ['cộng', 22]), run(648, '294', stop(2), 15), run(648, '97', stop(3), 10), run(648, '26', stop(4), 10), run(648, '+2', stop(5), 11),
    ];
    // The chance starts, checked by hand: "18" at 127.67 and "kỳ" at 411.13 are stops 2 and 10.
    expect(items.find((i) => i.str === '18')!.x).toBeCloseTo(stop(2), 1);
    expect(items.find((i) => i.str === 'kỳ')!.x).toBeCloseTo(stop(10), 1);
    const rows = buildBlocks([buildLines(1, items)]).filter((b) => b.kind === 'row');
    expect(rows.map((b) => b.cells)).toEqual([
      ['Địa bàn', 'Số hộ', 'Số người tạm trú', 'Số người tạm vắng', 'Tăng/giảm so với kỳ trước'],
      ['Tổ 1', '120', '45', '12', '+3'],
      ['Tổ 2', '98', '30', '9', '-2'],
      ['Khu tập thể nhà 18 Lê Lợi cũ', '76', '22', '5', '+1'],
      ['Tổng cộng', '294', '97', '26', '+2'],
    ]);
  });

  it('cuts a label’s short number from the first figure when their digits meet on a stop ("Xóm 1" | "6")', () => {
    // Size 10, digits 5 pt: "16" at stop(1) − 5 puts the boundary of its two digits on stop 1 (92.23), where the tab of
    // "Xóm 1" ended with no gap; a word space (3.4 pt) after "Xóm". Hand-checked: 6 + 5 + 2 = 13, 4 + 7 + 1 = 12.
    const row = (y: number, label: Array<[string, number]>, ...cells: string[]) => [
      ...words(y, origin, ...label),
      ...cells.map((c, k) => run(y, c, stop(k + 1), 5 * c.length)),
    ];
    const glued = (y: number, number: string, x: number, ...cells: string[]) => [
      run(y, 'Xóm', origin, Math.min(27, x - origin - 1.5)), run(y, number, x, 5 * number.length),
      ...cells.map((c, k) => run(y, c, stop(k + 2), 5 * c.length)),
    ];
    const items = [
      run(730, 'Số người cao tuổi được khám sức khỏe định kỳ trong năm, chia theo từng xóm và theo giới tính', origin, 480),
      run(716, 'của người được khám, như bảng dưới đây.', origin, 200),
      ...row(700, [['Xóm', 20]], 'Nam', 'Nữ', 'Khác', 'Cộng'),
      ...glued(686, '16', stop(1) - 5, '5', '2', '13'),
      ...glued(672, '24', stop(1) - 5, '7', '1', '12'),
      ...row(658, [['Bãi', 14], ['Đá', 12]], '9', '8', '1', '18'),
      ...row(644, [['Cộng', 22]], '19', '20', '4', '43'),
    ];
    const rows = buildBlocks([buildLines(1, items)]).filter((b) => b.kind === 'row');
    expect(rows.map((b) => b.cells)).toEqual([
      ['Xóm', 'Nam', 'Nữ', 'Khác', 'Cộng'],
      ['Xóm 1', '6', '5', '2', '13'],
      ['Xóm 2', '4', '7', '1', '12'],
      ['Bãi Đá', '9', '8', '1', '18'],
      ['Cộng', '19', '20', '4', '43'],
    ]);
    // Digits that meet 2 pt off the stop are one number: nothing to cut ("Xóm 16" stays, the row short of a cell).
    const off = [...items.filter((i) => i.y !== 686), ...glued(686, '16', stop(1) - 7, '5', '2', '13')];
    const kept = buildBlocks([buildLines(1, off)]).filter((b) => b.kind === 'row').map((b) => b.cells?.[0]);
    expect(kept).toContain('Xóm 16');
    // A number of four digits is no label's number and a figure ("năm 2024" is never "20" | "24"), nor is a cut leaving a
    // part that opens with a zero ("1" | "05").
    const year = [...items.filter((i) => i.y !== 686), ...glued(686, '2024', stop(1) - 10, '5', '2', '13')];
    expect(buildBlocks([buildLines(1, year)]).filter((b) => b.kind === 'row').map((b) => b.cells?.[0])).toContain('Xóm 2024');
    const zero = [...items.filter((i) => i.y !== 686), ...glued(686, '105', stop(1) - 5, '5', '2', '13')];
    expect(buildBlocks([buildLines(1, zero)]).filter((b) => b.kind === 'row').map((b) => b.cells?.[0])).toContain('Xóm 105');
  });

  it('cuts a long run of figures the reader gave as one word at every stop', () => {
    // Size 12: digits 6 pt, "." 3 pt, so each "12.450" is 33 pt and its tab leaves 2.4 pt to the next stop.
    const figures = ['12.450', '12.180', '11.920', '11.760', '11.650', '12.092', '11.500'];
    const big = (str: string, x: number, width: number): PdfItem => ({ str, x, y: 700, size: 12, width, seq: seq++ });
    const items = [big('Diện', origin, 22), big('tích', origin + 25, 19), big('lúa', origin + 47, 15), big('ha', stop(3), 12), big(figures.join(''), stop(4), 6 * interval + 33)];
    const [row] = buildLines(1, items);
    expect(splitAtTabStops(row, { origin, interval }).segments.map((s) => s.text)).toEqual(['Diện tích lúa', '', 'ha', ...figures]);
  });

  it('cuts a signed change run into the figure before it', () => {
    const big = (str: string, x: number, width: number): PdfItem => ({ str, x, y: 700, size: 12, width, seq: seq++ });
    // "28.582" and "30.121" 33 pt each, "+1.539" after them 33.8 pt ("+" is 0.564 em): the reader's one word starts on stop 4.
    const items = [big('Thẻ', origin, 17), big('đã', origin + 20, 12), big('cấp', origin + 35, 17), big('28.58230.121+1.539', stop(4), 2 * interval + 33.8)];
    const [row] = buildLines(1, items);
    expect(splitAtTabStops(row, { origin, interval }).segments.map((s) => s.text)).toEqual(['Thẻ đã cấp', '', '', '28.582', '30.121', '+1.539']);
  });
});

describe('a sentence wrapped after a word that names by number ("đợt", "học kỳ")', () => {
  it('keeps the number opening the next line with its sentence, while a heading after a finished line stays one', () => {
    // Hand-checked: "đợt" / "3. Sau khi …" is the third round of the sentence above, no heading "3."; a line above that
    // ends with a full stop, or that stopped short of the edge, leaves the marker line a heading of its own.
    const texts = buildBlocks([[
      line(760, [72, 538, 'Hội Nông dân xã đã giải ngân vốn vay ưu đãi cho các hộ trong năm theo từng đợt']),
      line(746, [72, 538, '3. Sau khi kiểm tra, các hộ vay vốn đều sử dụng đúng mục đích, hoàn trả lãi đúng']),
      line(732, [72, 200, 'kỳ hạn đã cam kết.']),
      line(709, [72, 300, 'Các chi hội tiếp tục rà soát trong học kỳ']),
      line(686, [72, 250, 'II. NHIỆM VỤ THÁNG TỚI']),
    ]]).map((b) => b.text);
    expect(texts).toEqual([
      'Hội Nông dân xã đã giải ngân vốn vay ưu đãi cho các hộ trong năm theo từng đợt 3. Sau khi kiểm tra, các hộ vay vốn đều sử dụng đúng mục đích, hoàn trả lãi đúng kỳ hạn đã cam kết.',
      'Các chi hội tiếp tục rà soát trong học kỳ',
      'II. NHIỆM VỤ THÁNG TỚI',
    ]);
  });
});

describe('a table row whose label wrapped past the foot of the page', () => {
  const at = (page: number, y: number, ...segs: Array<[number, number, string]>): PdfLine => ({ ...line(y, ...segs), page });
  const header = (page: number, y: number) => at(page, y, [72, 130, 'Chỉ tiêu'], [200, 230, 'Quý I'], [280, 312, 'Quý II'], [360, 390, 'Cộng']);
  const pages = (rest: string) => [
    [
      // Prose lines 14 pt apart, rows 17.6 pt apart (a cell's padding), as a Word table prints at 12 pt.
      at(1, 760, [72, 538, 'Trong hai quý đầu năm, trạm y tế đã duy trì khám thai định kỳ, tiêm phòng uốn ván cho phụ nữ']),
      at(1, 746, [72, 538, 'có thai và cho trẻ uống vitamin A theo đúng lịch của chương trình tiêm chủng mở rộng; số liệu']),
      at(1, 732, [72, 538, 'được lấy từ sổ theo dõi của các thôn và đã đối chiếu với phần mềm quản lý của Trung tâm Y tế']),
      at(1, 718, [72, 300, 'huyện, cụ thể như sau:']),
      header(1, 696),
      at(1, 678.4, [72, 150, 'Khám thai (lượt)'], [200, 218, '312'], [280, 298, '298'], [360, 378, '610']),
      at(1, 660.8, [72, 160, 'Tiêm phòng uốn ván'], [200, 218, '145'], [280, 298, '152'], [360, 378, '297']),
    ],
    [
      header(2, 760),
      at(2, 742.4, [72, 110, rest]),
      at(2, 724.8, [72, 150, 'Uống vitamin A (trẻ)'], [200, 218, '420'], [280, 298, '415'], [360, 378, '835']),
    ],
  ];

  it('gives the rest back to the row it left, under the header printed again', () => {
    const rows = buildBlocks(pages('(mũi)')).filter((b) => b.kind === 'row').map((b) => b.cells);
    expect(rows).toEqual([
      ['Chỉ tiêu', 'Quý I', 'Quý II', 'Cộng'],
      ['Khám thai (lượt)', '312', '298', '610'],
      ['Tiêm phòng uốn ván (mũi)', '145', '152', '297'],
      ['Chỉ tiêu', 'Quý I', 'Quý II', 'Cộng'],
      ['Uống vitamin A (trẻ)', '420', '415', '835'],
    ]);
  });

  it('keeps a label of its own (a capital first) as its row', () => {
    const rows = buildBlocks(pages('Trẻ em')).filter((b) => b.kind === 'row').map((b) => b.cells);
    expect(rows.map((r) => r?.[0])).toEqual(['Chỉ tiêu', 'Khám thai (lượt)', 'Tiêm phòng uốn ván', 'Chỉ tiêu', 'Trẻ em', 'Uống vitamin A (trẻ)']);
  });
});

describe('an amount with a decimal point wrapped onto the next line', () => {
  it('stays in its sentence, while a numbered heading after a finished line starts anew', () => {
    // Hand-checked: "… với tổng kinh phí" / "4.5 tỷ đồng; …" is one sentence of a document that writes decimals with a
    // point; "2.3 Công tác …" after a finished line is a heading.
    const texts = buildBlocks([[
      line(760, [72, 538, 'Sở Giao thông vận tải đã nâng cấp 12 tuyến đường liên xã với tổng kinh phí']),
      line(746, [72, 400, '4.5 tỷ đồng; các tuyến đều được nghiệm thu đúng hạn.']),
      line(723, [72, 300, '2.3 Công tác duy tu bảo dưỡng']),
    ]]).map((b) => b.text);
    expect(texts).toEqual([
      'Sở Giao thông vận tải đã nâng cấp 12 tuyến đường liên xã với tổng kinh phí 4.5 tỷ đồng; các tuyến đều được nghiệm thu đúng hạn.',
      '2.3 Công tác duy tu bảo dưỡng',
    ]);
  });
});
