/**
 * Reports that mix number house styles: prose grouping thousands with a dot ("12.450 văn bản"), typed tables grouping
 * them with a space ("12 450", or a no-break space), percents with and without a space before the sign ("85,5 %",
 * "97,2%"), and a paragraph with only one or two space-grouped numbers ("2 271 hộ dân"). The sentences were written for
 * this test; every value was checked by hand.
 */
import { describe, expect, test } from 'vitest';
import type { Source } from '../../src/model/index.js';
import { extractFigures } from '../../src/extract/figures.js';
import { groupShaped, wholeCellSpaceGroup } from '../../src/extract/numbers.js';
import { snippetSource } from './seed-blocks.js';

const figuresOf = (source: Source) => extractFigures(source, source.blocks.map(() => 0)).figures;
const read = (...lines: string[]) => {
  const source = snippetSource(...lines);
  return figuresOf(source).map((f) => ({ raw: source.text.slice(f.span.start, f.span.end), value: Math.round(f.value * 1e6) / 1e6, unit: f.unit }));
};
const values = (...lines: string[]) => read(...lines).map((f) => f.value);

// Prose dotted; the table spaced with plain spaces; percents both ways. 1.245/12.450 = 10% ; 11.205/12.450 = 90%.
const LIBRARY = [
  'Năm 2025, thư viện tỉnh nhận 12.450 đầu sách mới, trong đó 1.245 đầu sách điện tử, chiếm 10 %; tỷ lệ sách được biên mục đạt 97,2%.',
  'Loại tài liệu\tSố đầu sách\tTỷ lệ',
  'Sách in\t11 205\t90,0 %',
  'Sách điện tử\t1 245\t10%',
  'Tổng cộng\t12 450\t100 %',
];

describe('a dotted report with a space-grouped table', () => {
  test('every figure of prose and cells has its value, each spaced cell one number', () => {
    expect(values(...LIBRARY)).toEqual([12450, 1245, 10, 97.2, 11205, 90, 1245, 10, 12450, 100]);
  });

  test('a percent with a space before its sign is a percent like one without', () => {
    const figs = read(...LIBRARY);
    const spaced = figs.find((f) => f.raw === '90,0 %');
    const tight = figs.find((f) => f.raw === '97,2%');
    expect(spaced).toMatchObject({ value: 90, unit: '%' });
    expect(tight).toMatchObject({ value: 97.2, unit: '%' });
    expect(figs.find((f) => f.raw === '100 %')).toMatchObject({ value: 100, unit: '%' });
  });

  test('a cell grouped by a no-break space, or by two groups, is one number too', () => {
    expect(values('Thu phí đạt 2.350 triệu đồng.', 'Khoản thu\tSố tiền (đồng)', 'Phí thẩm định\t1\u00A0245\u00A0300', 'Lệ phí\t48 560')).toEqual([2350e6, 1245300, 48560]);
  });

  test('a cell of two small numbers stays two numbers', () => {
    expect(values('Đã tiếp nhận 3.120 hồ sơ.', 'Đơn vị\tSố hộ', 'Thôn Đông\t45 54')).toEqual([3120, 45, 54]);
  });

  test('a pdf cell stays as read, neighbouring cells may have merged there', () => {
    const source: Source = { ...snippetSource('Đã tiếp nhận 3.120 hồ sơ.', 'Đơn vị\tSố hồ sơ\tĐúng hạn', 'Phường Bắc\t12 450'), format: 'pdf' };
    expect(figuresOf(source).map((f) => f.value)).toEqual([3120, 12, 450]);
  });

  test('a pdf row that kept every cell of its table apart reads its space-grouped cell whole, a row a cell short does not', () => {
    // Hand-checked: 12 450 + 3 215 = 15 665; every row has the header's three cells, so no two cells ran together.
    const table = (...rows: string[]): Source => {
      const source: Source = { ...snippetSource('Đã tiếp nhận 15.665 hồ sơ.', 'Đơn vị\tSố hồ sơ\tĐúng hạn', ...rows), format: 'pdf' };
      for (const b of source.blocks) if (b.kind === 'row') b.table = 0;
      return source;
    };
    expect(figuresOf(table('Phường Bắc\t12 450\t12 001', 'Phường Nam\t3 215\t3 100')).map((f) => f.value)).toEqual([15665, 12450, 12001, 3215, 3100]);
    // The second row lost a cell: "12 450" there may be two cells run together, and stays as read.
    expect(figuresOf(table('Phường Bắc\t3 215\t3 100', 'Phường Nam\t12 450')).map((f) => f.value)).toEqual([15665, 3215, 3100, 12, 450]);
  });
});

describe('a lone space-grouped number', () => {
  test('"2 271 hộ dân" is one number, even with a digit shared by lead and group', () => {
    expect(values('Toàn phường có 2 271 hộ dân, trong đó 36 hộ cận nghèo.')).toEqual([2271, 36]);
  });

  test('beside dotted numbers, one or two spaced groups are read whole', () => {
    expect(values('Toàn xã có 1.482 hộ; năm nay cấp mới 3 315 thẻ bảo hiểm y tế và 4 870 sổ khám bệnh.')).toEqual([1482, 3315, 4870]);
  });

  test('levels and lists of small numbers are never joined', () => {
    expect(values('Có 14 thủ tục ở mức độ 3, 4 và 9 thủ tục ở mức độ 2.')).not.toContain(34);
    const scores = values('Học sinh đạt điểm 7 8 ở môn Toán là 126 em.');
    expect(scores).toContain(126);
    expect(scores).not.toContain(78);
    expect(scores).not.toContain(8126);
  });

  test('a lone pair with a decimal part before its unit is one number ("1 250,6 ha", a pdf\'s no-break space lost)', () => {
    expect(values('Diện tích gieo cấy lúa 1.860,4 ha, trong đó lúa chất lượng cao 1 250,6 ha, lúa nếp 609,8 ha.')).toEqual([1860.4, 1250.6, 609.8]);
  });

  test('two counts of two digits retyped into one another stay two numbers', () => {
    expect(values('Kết nạp 11 126 đội viên mới.')).toEqual([11, 126]);
  });
});

describe('the shape of one number grouped by a space', () => {
  test('groupShaped', () => {
    expect(groupShaped('2', '271')).toBe(true);
    expect(groupShaped('48', '560')).toBe(true);
    expect(groupShaped('11', '126')).toBe(false);
    expect(groupShaped('45', '54')).toBe(false);
    expect(groupShaped('123', '456')).toBe(false);
  });

  test('wholeCellSpaceGroup', () => {
    expect(wholeCellSpaceGroup('12 450')).toBe(true);
    expect(wholeCellSpaceGroup(' 1 245 300 ')).toBe(true);
    expect(wholeCellSpaceGroup('85 450,5')).toBe(true);
    expect(wholeCellSpaceGroup('45 54')).toBe(false);
    expect(wholeCellSpaceGroup('12 450 hộ')).toBe(false);
    expect(wholeCellSpaceGroup('012 450')).toBe(false);
  });
});

describe('a place name with a digit before a space-grouped amount (session 22, s115)', () => {
  // Thousands grouped by spaces throughout: 1 500 + 2 000 + 350 = 3 850.
  const PLANTS = [
    'Toàn huyện có 03 nhà máy nước với tổng công suất 3 850 m³/ngày đêm, gồm: Nhà máy nước Tân Phong 1 500 m³/ngày đêm; Nhà máy nước Hòa Bình 2 000 m³/ngày đêm; trạm Bến Đò 350 m³/ngày đêm.',
    'Sản lượng nước thương phẩm 9 tháng đạt 812 450 m³.',
  ];
  test('"Nhà máy nước Hòa Bình 2 000 m³" is a plant and its 2 000 m³, neither a device model nor a name number', () => {
    expect(values(...PLANTS)).toEqual([3, 3850, 1500, 2000, 350, 812450]);
  });
  test('a school numbered before a verb keeps its number out of the figures', () => {
    expect(values('Trường Tiểu học Tân Phong 2 có 1 250 học sinh, tăng 45 học sinh so với năm học trước; toàn huyện có 12 450 học sinh.')).toEqual([1250, 45, 12450]);
  });
});
