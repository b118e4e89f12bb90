/**
 * A table's unit note ("(ĐVT: triệu đồng)", "(ĐVT: con; số tiền: triệu đồng)") gives the bare numbers of its cells
 * the scale they are counted in. The reports below were written for this test (a veterinary campaign, a school
 * budget); every value was checked by hand.
 */
import { describe, expect, test } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { extractFigures } from '../../src/extract/figures.js';

async function cells(text: string) {
  const r = await ingestBytes('note.txt', new TextEncoder().encode(text));
  if (!r.ok) throw new Error('not read');
  const { figures } = extractFigures(r.source, r.source.blocks.map(() => 0));
  return figures.filter((f) => f.cell !== null).map((f) => [f.raw, f.value, f.unit]);
}

describe('a unit note above a table', () => {
  test('a named part ("số tiền: triệu đồng") scales the column its header opens with, and no other', async () => {
    const report = [
      'Kết quả tiêm phòng vụ Xuân như sau:',
      '(ĐVT: con; số tiền: triệu đồng)',
      'STT\tXã\tSố con đã tiêm\tSố tiền vắc xin',
      '1\tXã Hòa An\t2.140\t1.284',
      '2\tXã Hòa Bình\t1 870\t1 122',
      '\tCộng\t4.010\t2.406',
      '',
    ].join('\n');
    expect(await cells(report)).toEqual([
      ['2.140', 2140, null], ['1.284', 1284, 'triệu đồng'],
      ['1 870', 1870, null], ['1 122', 1122, 'triệu đồng'],
      ['4.010', 4010, null], ['2.406', 2406, 'triệu đồng'],
    ]);
  });

  test('a named part scales the row its label opens with ("Số tiền hỗ trợ")', async () => {
    const report = [
      '(ĐVT: em; số tiền: nghìn đồng)',
      'Nội dung\tHọc kỳ I\tHọc kỳ II\tCả năm',
      'Số học sinh được hỗ trợ\t312\t298\t610',
      'Số tiền hỗ trợ\t46,8\t44,7\t91,5',
      '',
    ].join('\n');
    expect(await cells(report)).toEqual([
      ['312', 312, null], ['298', 298, null], ['610', 610, null],
      ['46,8', 46.8, 'nghìn đồng'], ['44,7', 44.7, 'nghìn đồng'], ['91,5', 91.5, 'nghìn đồng'],
    ]);
  });

  test('a whole-table note scales every amount but the rate column; a unit without a scale word changes nothing', async () => {
    const report = [
      '(Đơn vị tính: tỷ đồng)',
      'STT\tNguồn\tDự toán\tĐã chi\tTỷ lệ (%)',
      '1\tNgân sách tỉnh\t12,5\t10,0\t80,0',
      '',
      'Kết quả trồng cây:',
      '(ĐVT: ha)',
      'STT\tXã\tKế hoạch\tThực hiện',
      '1\tXã Hòa An\t14,5\t12,0',
      '',
    ].join('\n');
    expect(await cells(report)).toEqual([
      ['12,5', 12.5, 'tỷ đồng'], ['10,0', 10, 'tỷ đồng'], ['80,0', 80, null],
      ['14,5', 14.5, null], ['12,0', 12, null],
    ]);
  });

  test('a table with a unit column of its own takes each row\'s unit there, its note left alone', async () => {
    const report = [
      '(ĐVT: tỷ đồng)',
      'STT\tChỉ tiêu\tĐVT\tThực hiện',
      '1\tThu ngân sách\tTriệu đồng\t5.400',
      '2\tSố hộ nộp thuế\tHộ\t326',
      '',
    ].join('\n');
    expect((await cells(report)).map((c) => c[2])).toEqual(['triệu đồng', null]);
  });
});
