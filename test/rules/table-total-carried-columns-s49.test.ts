import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const run = (text: string) => findingsOf('table-total-mismatch', text);
const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';
/** Each finding as [message id, column, stated, actual] and the quotes it points at, primary first. */
const told = async (text: string) =>
  (await run(text)).map((f) => [f.messageId, f.data.column, f.data.stated, f.data.actual, f.evidence.map((e) => e.quote)]);

// A health centre's year split in halves under each unit: the beds are the same beds in both halves (a stock the rows
// repeat), the visits and the inpatients are flows that add up.
// Hand-checked: 23.900 + 24.700 = 48.600; 2.560 + 2.650 = 5.210; 6.100 + 6.300 = 12.400; 400 + 430 = 830.
const halves = (visits = '48.600', beds = '30') => rows(
  ['STT', 'Đơn vị', 'Số giường bệnh', 'Lượt khám', 'Lượt điều trị nội trú'],
  ['I', 'Trung tâm Y tế huyện', '120', visits, '5.210'],
  ['1', '6 tháng đầu năm', '120', '23.900', '2.560'],
  ['2', '6 tháng cuối năm', '120', '24.700', '2.650'],
  ['II', 'Phòng khám đa khoa khu vực', '30', '12.400', '830'],
  ['1', '6 tháng đầu năm', '30', '6.100', '400'],
  ['2', '6 tháng cuối năm', beds, '6.300', '430'],
);

describe('table-total-mismatch: a column whose rows each repeat their group or total is carried, never summed (s49)', () => {
  it('says nothing of beds repeated under each half of the year, the flows adding up', async () => {
    expect(await told(halves())).toEqual([]);
  });

  it('still flags a flow of the same group that does not add up', async () => {
    // 23.900 + 24.700 = 48.600, the group says 48.100; the beds stay silent.
    expect(await told(halves('48.100'))).toEqual([['groupRowMismatch', 'Lượt khám', 48100, 48600, ['48.100', '23.900', '24.700']]]);
  });

  it('still flags a group row that copies one of its members where the others differ', async () => {
    // The head copies the first half: 23.900 + 24.700 = 48.600.
    expect(await told(halves('23.900'))).toEqual([['groupRowMismatch', 'Lượt khám', 23900, 48600, ['23.900', '23.900', '24.700']]]);
  });

  it('still flags a repeated column whose members are not all equal to the head', async () => {
    // 30 + 28 = 58 under a head of 30: not every member repeats it, so the column is read as before.
    expect(await told(halves('48.600', '28'))).toEqual([['groupRowMismatch', 'Số giường bệnh', 30, 58, ['30', '30', '28']]]);
  });

  // Seed given to farm households in two crops: the same 85 households both times, the seed and the area add up.
  // Hand-checked: 42,5 + 40,0 = 82,5; 2.125 + 2.000 = 4.125.
  const seed = (households: string, total: string) => rows(
    ['STT', 'Vụ', 'Số hộ nhận hỗ trợ', 'Diện tích (ha)', 'Lượng giống (kg)'],
    ['1', 'Vụ Đông Xuân', '85', '42,5', '2.125'],
    ['2', 'Vụ Hè Thu', households, '40,0', '2.000'],
    ['', 'Tổng cộng', '85', '82,5', total],
  );

  it('says nothing of a total row repeating the households every row repeats', async () => {
    expect(await told(seed('85', '4.125'))).toEqual([]);
  });

  it('flags the amount column of the same total that does not add up', async () => {
    expect(await told(seed('85', '4.215'))).toEqual([['totalRowMismatch', 'Lượng giống (kg)', 4215, 4125, ['4.215', '2.125', '2.000']]]);
  });

  it('flags a total of households where the rows differ', async () => {
    // 85 + 80 = 165, the total says 85.
    expect(await told(seed('80', '4.125'))).toEqual([['totalRowMismatch', 'Số hộ nhận hỗ trợ', 85, 165, ['85', '85', '80']]]);
  });

  // Quarters of a district hospital: the beds are counted at each quarter, visits, inpatients and births add up.
  // Hand-checked: 3.120 + 2.980 + 3.340 = 9.440; 410 + 385 + 402 = 1.197; 52 + 47 + 61 = 160.
  const quarters = (visits: string) => rows(
    ['STT', 'Chỉ tiêu', 'Quý I', 'Quý II', 'Quý III', '9 tháng'],
    ['1', 'Lượt khám bệnh', '3.120', '2.980', '3.340', visits],
    ['2', 'Lượt điều trị nội trú', '410', '385', '402', '1.197'],
    ['3', 'Số ca sinh', '52', '47', '61', '160'],
    ['4', 'Số giường bệnh', '50', '50', '50', '50'],
  );

  it('says nothing of beds repeated in every quarter and in the nine months', async () => {
    expect(await told(quarters('9.440'))).toEqual([]);
  });

  it('still flags a flow of the same table whose nine months miss its quarters', async () => {
    expect(await told(quarters('9.540'))).toEqual([['periodSumMismatch', '9 tháng', 9540, 9440, ['9.540', '3.120', '2.980', '3.340']]]);
  });
});

describe('table-total-mismatch: a norm per unit of time is a rate, never summed (s49)', () => {
  // Allowances for commune staff: people and money add up, the monthly norm differs from row to row (so no row repeats it).
  // Hand-checked: 18 × 12 × 1.500.000 = 324.000.000; 42 × 6 × 1.200.000 = 302.400.000; sum 626.400.000; 18 + 42 = 60.
  const allowances = (header: string, people: string, money: string) => rows(
    ['STT', 'Đối tượng', 'Số người', 'Số tháng', header, 'Thành tiền (đồng)'],
    ['1', 'Người hoạt động không chuyên trách cấp xã', '18', '12', '1.500.000', '324.000.000'],
    ['2', 'Người hoạt động ở thôn, tổ dân phố', '42', '6', '1.200.000', '302.400.000'],
    ['', 'Tổng cộng', people, '', '1.500.000', money],
  );

  it.each(['Mức hỗ trợ (đồng/tháng)', 'Định mức (đồng/tháng)', 'Mức trợ cấp (đồng/tháng)'])('says nothing of the norm column "%s" in a total that adds up', async (header) => {
    expect(await told(allowances(header, '60', '626.400.000'))).toEqual([]);
  });

  it('still flags the money and the people of that total', async () => {
    expect(await told(allowances('Mức hỗ trợ (đồng/tháng)', '62', '636.400.000'))).toEqual([
      ['totalRowMismatch', 'Số người', 62, 60, ['62', '18', '42']],
      ['totalRowMismatch', 'Thành tiền (đồng)', 636400000, 626400000, ['636.400.000', '324.000.000', '302.400.000']],
    ]);
  });

  it('still adds a norm column that names no unit per anything (each row\'s whole quota)', async () => {
    // "Định mức biên chế (người)": 25 + 18 = 43, the total says 45.
    const text = rows(
      ['STT', 'Trường', 'Định mức biên chế (người)', 'Hiện có (người)'],
      ['1', 'Trường Mầm non Hoa Sen', '25', '23'],
      ['2', 'Trường Tiểu học Kim Đồng', '18', '18'],
      ['', 'Tổng cộng', '45', '41'],
    );
    expect(await told(text)).toEqual([['totalRowMismatch', 'Định mức biên chế (người)', 45, 43, ['45', '25', '18']]]);
  });

  it('still adds a flow per unit of time that names no norm', async () => {
    // "Khối lượng rác thu gom (tấn/ngày)": each ward's daily tonnage adds up to the town's; 12,5 + 8,0 = 20,5.
    const text = rows(
      ['STT', 'Phường', 'Khối lượng rác thu gom (tấn/ngày)'],
      ['1', 'Phường Bắc Sơn', '12,5'],
      ['2', 'Phường Nam Sơn', '8,0'],
      ['', 'Tổng cộng', '21,5'],
    );
    expect(await told(text)).toEqual([['totalRowMismatch', 'Khối lượng rác thu gom (tấn/ngày)', 21.5, 20.5, ['21,5', '12,5', '8,0']]]);
  });
});
