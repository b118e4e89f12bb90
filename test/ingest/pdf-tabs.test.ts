/**
 * A .txt printed by LibreOffice (as fixtures/make-fixtures.sh makes the .lo.pdf forms): its tables
 * are lines typed with tabs, so the pdf has no columns, only cells at the default tab stops. Both
 * pdf readers must give back the txt's rows and cells, and the paragraphs the txt's lines are.
 * The pdf is made at test time; without soffice the test is skipped.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../src/ingest/doc.js';
import { ingestPdf } from '../../src/ingest/pdf.js';
import { findTabGrid, splitAtTabStops, type PdfLine } from '../../src/ingest/pdf-lines.js';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';

const TXT = [
  'BÁO CÁO KẾT QUẢ THỬ NGHIỆM',
  'Năm 2024 toàn xã thực hiện tốt các chỉ tiêu đề ra.',
  'Trên đây là báo cáo kết quả năm 2024 của Ủy ban nhân dân xã./.',
  'Nơi nhận:',
  '- Lưu: VT.',
  'BIỂU TỔNG HỢP KẾT QUẢ THU NGÂN SÁCH XÃ ĐẾN NGÀY 30/11/2024',
  '(Kèm theo Báo cáo số 12/BC-UBND ngày 02/12/2024)',
  'Nội dung thu\tDự toán năm 2024\tThực hiện\tTỷ lệ (%)',
  'Thuế ngoài quốc doanh\t66.000\t32.480\t49,2',
  'Lệ phí trước bạ\t28.000\t14.750\t52,7',
  'Thu khác\t\t5.120\t100,0',
  '\tTổng cộng\t94.000\t52.350\t55,7',
  'Kết quả giải quyết việc làm theo đơn vị như sau.',
  // A header longer than the page: LibreOffice wraps it inside its fifth cell.
  'STT\tXã, thị trấn\tThực hiện năm 2022 (người)\tKế hoạch năm 2023 (người)\tThực hiện năm 2023 (người)\tTỷ lệ so với KH (%)',
  '1\tThị trấn Hòa Sơn\t330\t320\t352\t110,0',
  '2\tXã Hòa Nam\t260\t240\t251\t104,6',
].join('\n');

const soffice = findSoffice();
const work = mkdtempSync(join(tmpdir(), 'baocao-tabs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function printTxt(text = TXT, name = 't'): Uint8Array {
  writeFileSync(join(work, `${name}.txt`), `${text}\n`);
  execFileSync(soffice!, [`-env:UserInstallation=file://${work}/profile`, '--headless', '--norestore', '--infilter=Text (encoded):UTF8,LF,Liberation Serif,vi-VN,', '--convert-to', 'pdf', '--outdir', work, join(work, `${name}.txt`)], { stdio: 'ignore', timeout: 120_000 });
  return readFileSync(join(work, `${name}.pdf`));
}

describe.skipIf(!soffice)('a txt with tab-typed tables, printed by LibreOffice', () => {
  let bytes: Uint8Array | null = null;
  const pdf = () => (bytes ??= printTxt());

  for (const reader of ['poppler', 'pdfjs'] as const) {
    it(`reads back the txt's rows, cells and paragraphs (${reader})`, async () => {
      const result = await ingestPdf(join(work, 't.pdf'), pdf(), { reader });
      if (!result.ok) throw new Error(result.error.message);
      const blocks = result.source.blocks;
      expect(blocks.filter((b) => b.kind === 'row').map((b) => b.cells)).toEqual([
        ['Nội dung thu', 'Dự toán năm 2024', 'Thực hiện', 'Tỷ lệ (%)'],
        ['Thuế ngoài quốc doanh', '66.000', '32.480', '49,2'],
        ['Lệ phí trước bạ', '28.000', '14.750', '52,7'],
        ['Thu khác', '', '5.120', '100,0'],
        ['', 'Tổng cộng', '94.000', '52.350', '55,7'],
        ['STT', 'Xã, thị trấn', 'Thực hiện năm 2022 (người)', 'Kế hoạch năm 2023 (người)', 'Thực hiện năm 2023 (người)', 'Tỷ lệ so với KH (%)'],
        ['1', 'Thị trấn Hòa Sơn', '330', '320', '352', '110,0'],
        ['2', 'Xã Hòa Nam', '260', '240', '251', '104,6'],
      ]);
      // Every typed line outside the table is a paragraph of its own: the text's end "./.", the
      // distribution list and a title in capitals are not run into the next line.
      expect(blocks.filter((b) => b.kind !== 'row').map((b) => b.text)).toEqual(TXT.split('\n').filter((l) => !l.includes('\t')));
    }, 180_000);
  }
});

/**
 * Hand-written to land where LibreOffice's layout puts the cases (checked on its print): the third
 * line wraps after "có", before a number typed with no-break spaces that did not fit in the 38 pt left;
 * in two rows a label word starts on a stop by chance ("cho" on stop 2) and the label's tab to the
 * first figure left only a word space ("đủ 410", "ở thôn 120"), one row with a label number ("12").
 */
const NBSP = '\u00a0';
const WRAPS = [
  'BÁO CÁO KẾT QUẢ TIÊM CHỦNG',
  'Trong năm, trạm y tế duy trì tổ chức tiêm chủng định kỳ vào ngày 05 hằng tháng tại điểm tiêm cố định của trạm; các buổi tiêm bảo đảm an toàn, không xảy ra trường hợp tai biến nặng sau tiêm.',
  `Trạm y tế tổ chức tiêm bổ sung vắc xin cho trẻ dưới 5 tuổi theo kế hoạch của huyện: có 2${NBSP}345/2${NBSP}400 trẻ được tiêm, đạt 97,7 %. Số trẻ chưa tiêm được hẹn tiêm bù.`,
  'Kết quả tiêm chủng các loại vắc xin như sau:',
  'Nội dung\tKế hoạch\tThực hiện\tTỷ lệ (%)',
  'Trẻ dưới 1 tuổi tiêm đủ liều\t400\t387\t96,8',
  'Bại liệt mũi 3 cho trẻ 12 tháng đủ\t410\t396\t96,6',
  'Bại liệt mũi 3 cho trẻ em 12 tháng ở thôn\t120\t115\t95,8',
  'Viêm não Nhật Bản mũi 3\t415\t406\t97,8',
  'Công tác truyền thông về tiêm chủng được thực hiện thường xuyên trên hệ thống loa truyền thanh của xã và các thôn, lồng ghép trong các buổi sinh hoạt của hội phụ nữ, đoàn thanh niên.',
].join('\n');

describe.skipIf(!soffice)('a txt with a number wrapped whole and labels with words on a stop, printed by LibreOffice', () => {
  let bytes: Uint8Array | null = null;
  const pdf = () => (bytes ??= printTxt(WRAPS, 'wraps'));

  for (const reader of ['poppler', 'pdfjs'] as const) {
    it(`reads back the txt's paragraphs and cells (${reader})`, async () => {
      const result = await ingestPdf(join(work, 'wraps.pdf'), pdf(), { reader });
      if (!result.ok) throw new Error(result.error.message);
      const blocks = result.source.blocks;
      // The readers give a no-break space as a space.
      const lines = WRAPS.replaceAll(NBSP, ' ').split('\n');
      expect(blocks.filter((b) => b.kind === 'row').map((b) => b.cells)).toEqual(lines.filter((l) => l.includes('\t')).map((l) => l.split('\t')));
      expect(blocks.filter((b) => b.kind !== 'row').map((b) => b.text)).toEqual(lines.filter((l) => !l.includes('\t')));
    }, 180_000);
  }
});

/**
 * Narrow tab cells (checked on LibreOffice's print): the figure columns sit one stop apart, so a
 * number ends just before the next stop and the tab leaves a gap of under a point ("22.00015.40070,0"
 * as one word to poppler). Row 2 fills the line to the edge without wrapping, while rows 1, 3 and 10
 * wrap their last cells onto the line below, starting on the first stop: row 3 with all but two
 * cells on its line (not the rest of row 2), row 10 with its rest cut into as many cells as itself.
 */
const NARROW = [
  'BÁO CÁO TIẾN ĐỘ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG',
  'Các dự án chuyển tiếp đã giải ngân 121.220 triệu đồng, đạt 76,5% kế hoạch; 03 dự án đã hoàn thành đưa vào sử dụng gồm nhà lớp học, trạm y tế và hệ thống thoát nước của các xã trong huyện.',
  'Một số dự án giải ngân chậm do vướng mặt bằng, thời tiết bất lợi và năng lực nhà thầu còn hạn chế, cần tập trung chỉ đạo tháo gỡ ngay trong tháng cuối năm.',
  'Chi tiết kết quả giải ngân các dự án như biểu dưới đây (đơn vị tính: triệu đồng):',
  'TT\tTên dự án\tTính chất\tKế hoạch vốn 2025\tGiải ngân đến 30/11/2025\tTỷ lệ giải ngân (%)\tTăng (+)/giảm (-) so với cùng kỳ (điểm %)',
  '1\tĐường giao thông liên xã Thành Tâm - Thành Vân\tChuyển tiếp\t28.500\t24.225\t85,0\t6,2',
  '2\tNhà lớp học 3 tầng Trường THCS Thành Kim\tChuyển tiếp\t14.200\t12.780\t90,0\t-3,4',
  '3\tKè chống sạt lở bờ sông Bưởi đoạn qua xã Thạch Định\tChuyển tiếp\t32.600\t21.190\t65,0\t-12,5',
  '4\tNâng cấp Trạm Y tế xã Thành Hưng\tChuyển tiếp\t6.800\t6.120\t90,0\t4,8',
  '6\tNhà văn hóa trung tâm huyện\tChuyển tiếp\t22.000\t15.400\t70,0\t-5,0',
  '10\tĐường vào khu sản xuất tập trung xã Thành Long\tKhởi công mới\t11.400\t5.130\t45,0\t-',
  '\tTổng cộng\t\t115.500\t84.845\t73,5\t1,2',
  'Trên đây là báo cáo tiến độ giải ngân vốn đầu tư công năm 2025./.',
].join('\n');

describe.skipIf(!soffice)('a txt with narrow tab cells and rows that wrap, printed by LibreOffice', () => {
  let bytes: Uint8Array | null = null;
  const pdf = () => (bytes ??= printTxt(NARROW, 'narrow'));

  for (const reader of ['poppler', 'pdfjs'] as const) {
    it(`reads back every row with its cells, numbers that touch cut apart (${reader})`, async () => {
      const result = await ingestPdf(join(work, 'narrow.pdf'), pdf(), { reader });
      if (!result.ok) throw new Error(result.error.message);
      const blocks = result.source.blocks;
      const lines = NARROW.split('\n');
      expect(blocks.filter((b) => b.kind === 'row').map((b) => b.cells)).toEqual(lines.filter((l) => l.includes('\t')).map((l) => l.split('\t')));
      // The prose comes through word for word (its wrapped lines are not the subject here).
      expect(blocks.filter((b) => b.kind !== 'row').map((b) => b.text).join(' ')).toBe(lines.filter((l) => !l.includes('\t')).join(' '));
    }, 180_000);
  }
});

// A margin at 56.8 pt and LibreOffice's 1.25 cm stops: cells at 56.8 + k × 35.43.
const stop = (k: number) => 56.8 + k * 35.433;
/** A pdf line of words [text, x, width] at height y, with its segments cut at wide gaps as the line builder cuts them. */
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

describe('tab stops from positions', () => {
  const lines = [
    line(700, [['Loại', stop(0), 22], ['đường', stop(0) + 25, 31], ['Tổng', stop(2), 25], ['số', stop(2) + 28, 10], ['Tỷ', stop(4), 12]]),
    // "12,6" ends 4.6 pt before the next stop: a gap a little wider than a word space, still a tab.
    line(688, [['Đường', stop(0), 33], ['xã', stop(0) + 36, 12], ['12,6', stop(2), 30.8], ['100,0', stop(3), 28]]),
    line(676, [['Cộng', stop(1), 24], ['86,3', stop(2), 22], ['87,8', stop(4), 22]]),
    line(664, [['Một', stop(0), 18], ['dòng', stop(0) + 21, 22], ['văn', stop(0) + 46, 17], ['xuôi', stop(0) + 66, 20]]),
  ];

  it('finds the interval from the wide-gap cell starts', () => {
    const grid = findTabGrid(lines);
    expect(grid?.origin).toBeCloseTo(57, 0);
    expect(grid?.interval).toBeCloseTo(35.43, 0);
  });

  it('cuts typed rows at the stops, with an empty cell for each stop passed over, and leaves prose whole', () => {
    const grid = findTabGrid(lines)!;
    const cells = lines.map((l) => splitAtTabStops(l, grid)).map((l) => (l.tabbed ? l.segments.map((s) => s.text) : null));
    expect(cells).toEqual([
      ['Loại đường', 'Tổng số', 'Tỷ'],
      ['Đường xã', '12,6', '100,0'],
      ['', 'Cộng', '86,3', '', '87,8'],
      null,
    ]);
  });
  // A label run into two figures with no visible gap at either stop ("trên" | "10.800" | "7.900"):
  // letters are narrower than digits, so the digits' width is measured on what is left after the
  // label, and the cut after "10.800" lands on its stop (from the whole run it misses by ~1 pt).
  it('cuts a label glued to figures, measuring the figures after the label', () => {
    const glued = line(652, [['II', stop(0), 9], ['Chi', stop(5), 10], ['trên10.8007.900', stop(6) - 23.08, 87.08], ['8.160', stop(8), 28.5]]);
    const grid = findTabGrid([...lines, glued])!;
    const cells = splitAtTabStops(glued, grid).segments.map((s) => s.text);
    expect(cells.slice(-3)).toEqual(['10.800', '7.900', '8.160']);
    expect(cells).toHaveLength(9);
  });

  // A decimal figure wider than its cell runs over the next stop ("142,306" past the stop after
  // "142,30"): one digit left after a cut in the decimals is no cell of its own, unless the row
  // is short of its table's cells.
  it('does not cut one digit off a decimal figure that runs over a stop', () => {
    const over = line(640, [['Xã', stop(0), 12], ['142,306', stop(2), 41.2], ['125,229', stop(4), 41.2]]);
    const grid = findTabGrid([...lines, over])!;
    expect(splitAtTabStops(over, grid).segments.map((s) => s.text)).toEqual(['Xã', '', '142,306', '125,229']);
    // Cut again loosely (a row short of its table's cells), the digit is a cell ("122,00" | "9").
    expect(splitAtTabStops(over, grid, true).segments.map((s) => s.text)).toContain('6');
  });

  // A figure that nearly fills its interval: the tab after it leaves only a word space before the
  // next figure's stop ("115.500" ends 2.9 pt before it). Two figures written with separators are
  // never one number, so the second starts a cell; a count grouped by a space ("2 650") stays whole.
  it('cuts two figures a word space apart where the second starts on a stop', () => {
    const total = line(616, [['Tổng', stop(1), 21], ['cộng', stop(1) + 23.5, 19.4], ['115.500', stop(4), 32.5], ['84.845', stop(5), 27.5], ['73,5', stop(6) + 0.1, 17.5]]);
    const grouped = line(604, [['Xã', stop(0), 12], ['2', stop(4) - 8, 5], ['650', stop(4), 15], ['12,5', stop(6), 17.5]]);
    const grid = findTabGrid([...lines, total, grouped])!;
    expect(splitAtTabStops(total, grid).segments.map((s) => s.text)).toEqual(['', 'Tổng cộng', '', '115.500', '84.845', '73,5']);
    expect(splitAtTabStops(grouped, grid).segments.map((s) => s.text)).not.toContain('650');
  });

  // A unit in brackets is not cut where a letter meets a digit on a stop ("(m" | "3)").
  it('does not cut inside brackets', () => {
    const unit = line(628, [['Khối', stop(0), 22], ['lượng', stop(1), 28], ['(m3)', stop(2) - 8.6, 19.5], ['Giá', stop(3), 18]]);
    const grid = findTabGrid([...lines, unit])!;
    expect(splitAtTabStops(unit, grid).segments.map((s) => s.text)).not.toContain('3)');
  });
});

// A table whose figure cells each nearly fill a tab interval: the tab before the next figure leaves
// less than a segment's gap, so the line builder gives the figures as one segment, and only a few
// segment starts land on the stops. The centred lines of the letterhead and signature outnumber
// them; the figures' own starts, after gaps wider than a word space, tell the grid.
describe('tab stops confirmed by figure cells glued to the cell before', () => {
  // Two-column letterhead and signature lines: their second half starts off the stops.
  const centred = [190, 200, 180.5, 170, 160.3].map((d, k) => line(800 - 12 * k, [['Dòng', stop(0), 22], ['bên', stop(0) + d, 18]]));
  const header = line(600, [['STT', stop(0), 18], ['Xã', stop(1), 12], ['Số', stop(3), 12], ['Nữ', stop(4), 12], ['Đi', stop(5), 10], ['Tỷ', stop(6), 12]]);
  const row = (y: number, label: string, figures: string[]) =>
    line(y, [
      [String(y), stop(0), 10],
      [label, stop(1), 27],
      ...figures.map((f, k): [string, number, number] => [f, stop(3 + k), 27.5]),
    ]);
  const rows = [row(588, 'Xã An', ['16.240', '19.310', '16.102', '99,24']), row(576, 'Xã Bình', ['12.675', '16.480', '12.590', '99,33']), row(564, 'Xã Hòa', ['24.318', '12.355', '24.186', '99,46'])];

  it('finds the grid and cuts the glued figures into their cells', () => {
    // As the line builder gives it, a row's four figures are one segment.
    expect(rows[0].segments.map((s) => s.text)).toEqual(['588', 'Xã An', '16.240 19.310 16.102 99,24']);
    const grid = findTabGrid([...centred, header, ...rows]);
    expect(grid?.interval).toBeCloseTo(35.43, 1);
    const cells = rows.map((l) => splitAtTabStops(l, grid!).segments.map((s) => s.text));
    expect(cells[0]).toEqual(['588', 'Xã An', '', '16.240', '19.310', '16.102', '99,24']);
    expect(cells[2]).toEqual(['564', 'Xã Hòa', '', '24.318', '12.355', '24.186', '99,46']);
    // The centred lines stay whole.
    expect(splitAtTabStops(centred[0], grid!).tabbed).toBeFalsy();
  });

  it('finds no grid when the glued figures start off the stops', () => {
    const off = rows.map((l) => ({ ...l, items: l.items!.map((i) => (/^\d+[.,]\d+$/.test(i.str) && i.x > stop(3) + 1 ? { ...i, x: i.x + 9 } : i)) }));
    expect(findTabGrid([...centred, header, ...off])).toBeNull();
  });
});

// A typed table cut by a page's foot: above the break its header and first two rows each lost one tab to a word space
// (a label or a header cell that nearly fills its interval), below it every row has all its cells. Counted page by page,
// the three short lines above the break agree with one another and are left short; counted as the one table they are,
// they are short of its five cells and cut again at their stops. Positions hand-placed on LibreOffice's 1.25 cm stops.
describe('a typed table cut by a page break', () => {
  const prose = (y: number, page: number) => ({ ...line(y, [['Một', stop(0), 18], ['dòng', stop(0) + 21, 22], ['văn', stop(0) + 46, 17], ['xuôi', stop(0) + 66, 415.2]]), page });
  const onPage = (page: number, l: PdfLine): PdfLine => ({ ...l, page });
  const first = [
    prose(760, 1), prose(748, 1), prose(736, 1),
    // "Số hội" ends 2.9 pt before the stop of "Hội viên": a word space, no wide gap.
    line(700, [['TT', stop(0), 10], ['Tên hội', stop(1), 22], ['Số', stop(2), 12], ['hội', stop(2) + 14.5, 18], ['Hội viên', stop(3), 20], ['Nữ', stop(4), 12]]),
    // "Cựu chiến binh" runs past a stop and ends 3.4 pt before the next: the count after it a word space away.
    line(688, [['1', stop(0), 5], ['Cựu chiến binh', stop(1), 67.5], ['7', stop(3), 5], ['210', stop(4), 15], ['35', stop(5), 10]]),
    line(676, [['2', stop(0), 5], ['Phụ nữ', stop(1), 32], ['9', stop(2), 5], ['340', stop(3), 15], ['298', stop(4), 15]]),
  ];
  const second = [
    onPage(2, line(800, [['3', stop(0), 5], ['Nông dân', stop(1), 40], ['6', stop(3), 5], ['180', stop(4), 15], ['40', stop(5), 10]])),
    onPage(2, line(788, [['4', stop(0), 5], ['Thanh niên', stop(1), 45], ['5', stop(3), 5], ['150', stop(4), 15], ['71', stop(5), 10]])),
    onPage(2, line(776, [['Cộng', stop(1), 20], ['27', stop(2), 10], ['880', stop(3), 15], ['444', stop(4), 15]])),
    prose(740, 2), prose(728, 2),
  ];

  it('cuts the short rows above the break to the cells of the rows below it', () => {
    const rows = buildBlocks([first, second]).filter((b) => b.kind === 'row').map((b) => b.cells);
    expect(rows).toEqual([
      ['TT', 'Tên hội', 'Số hội', 'Hội viên', 'Nữ'],
      ['1', 'Cựu chiến binh', '7', '210', '35'],
      ['2', 'Phụ nữ', '9', '340', '298'],
      ['3', 'Nông dân', '6', '180', '40'],
      ['4', 'Thanh niên', '5', '150', '71'],
      ['', 'Cộng', '27', '880', '444'],
    ]);
  });
});
