import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Wording-robustness study: tables of many topics with total rows, group rows and rate columns; sums checked by hand.
const run = (text: string) => findingsOf('table-total-mismatch', text);
const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';

const budget = (health: string) => rows(
  ['STT', 'Nội dung', 'Dự toán', 'Thực hiện'], ['I', 'Chi đầu tư', '4.200', '3.900'], ['II', 'Chi thường xuyên', '7.800', '7.650'],
  ['1', 'Sự nghiệp giáo dục', '3.100', '3.050'], ['2', 'Sự nghiệp y tế', '1.200', health], ['3', 'Quản lý hành chính', '3.500', '3.450'],
  ['', 'Tổng chi', '12.000', '11.550'],
);
const crops = (total: string) => rows(
  ['STT', 'Cây trồng', 'Diện tích (ha)', 'Sản lượng (tấn)'], ['1', 'Lúa', '860', '5.160'], ['2', 'Ngô', '240', '1.200'], ['3', 'Khoai lang', '75', '900'],
  ['', 'Tổng cộng', total, '7.260'],
);
const poor = (rate: string) => rows(
  ['STT', 'Đơn vị', 'Số hộ', 'Số hộ nghèo', 'Tỷ lệ (%)'], ['1', 'Thôn 1', '200', '10', '5,0'], ['2', 'Thôn 2', '150', '12', rate], ['3', 'Thôn 3', '250', '15', '6,0'],
);

describe('table-total-mismatch: wording variants with the error in plain view', () => {
  it.each([
    // agriculture, "Tổng cộng": 860 + 240 + 75 = 1.175 ≠ 1.185
    [crops('1.185'), 'totalRowMismatch', 1185, 1175],
    // education, "Tổng số": 310 + 540 + 420 = 1.270 ≠ 1.290
    [rows(['TT', 'Trường', 'Số lớp', 'Số học sinh'], ['1', 'Mầm non', '12', '310'], ['2', 'Tiểu học', '20', '540'], ['3', 'THCS', '14', '420'], ['', 'Tổng số', '46', '1.290']), 'totalRowMismatch', 1290, 1270],
    // environment, rows lettered a, b, c and "Cộng": 1.250 + 430 + 12 = 1.692 ≠ 1.702
    [rows(['STT', 'Loại rác', 'Khối lượng (tấn)'], ['a', 'Rác sinh hoạt', '1.250'], ['b', 'Rác công nghiệp', '430'], ['c', 'Rác y tế', '12'], ['', 'Cộng', '1.702']), 'totalRowMismatch', 1702, 1692],
    // budget, a group row "II" against its members: 3.050 + 1.250 + 3.450 = 7.750 ≠ 7.650
    [budget('1.250'), 'groupRowMismatch', 7650, 7750],
    // labour, "-" rows Nam / Nữ cover their group, so a shortfall counts: 150 + 160 = 310 ≠ 320
    [rows(['STT', 'Chỉ tiêu', 'Số lượng'], ['1', 'Lao động được đào tạo nghề', '320'], ['-', 'Nam', '150'], ['-', 'Nữ', '160'], ['2', 'Lao động đi làm việc ở nước ngoài', '45'], ['-', 'Nam', '30'], ['-', 'Nữ', '15']), 'groupRowMismatch', 320, 310],
    // poverty, a rate column against its own row: 12 / 150 = 8,0% ≠ 9,0
    [poor('9,0'), 'percentColumnMismatch', 9, 8],
    // fisheries, a "Số hộ" column across rows of kg and con: 40 + 25 + 18 = 83 ≠ 88
    [rows(['STT', 'Vật tư hỗ trợ', 'ĐVT', 'Số lượng', 'Số hộ nhận'], ['1', 'Cá giống', 'con', '12.000', '40'], ['2', 'Thức ăn', 'kg', '3.500', '25'], ['3', 'Lưới', 'tấm', '90', '18'], ['', 'Cộng', '', '', '88']), 'totalRowMismatch', 88, 83],
  ])('%s', async (text, id, stated, actual) => {
    expect((await run(text)).map((f) => [f.messageId, f.data.stated, f.data.actual])).toEqual([[id, stated, actual]]);
  });
});

describe('table-total-mismatch: correct look-alikes and tables it cannot judge surely', () => {
  it.each([
    crops('1.175'),
    // group rows that total only their group: 3.050 + 1.150 + 3.450 = 7.650; 3.900 + 7.650 = 11.550
    budget('1.150'),
    // a rate right at its decimals: 12 / 150 = 8,0%
    poor('8,0'),
    // an average column is never summed (50 is no sum of 52 and 48)
    rows(['STT', 'Xã', 'Số hộ', 'Thu nhập bình quân (triệu đồng/người/năm)'], ['1', 'Xã A', '1.200', '52'], ['2', 'Xã B', '900', '48'], ['', 'Tổng cộng', '2.100', '50']),
    // a count column beside a money column in triệu: 5 + 7 = 12 giường, 120 + 95,5 = 215,5 triệu
    rows(['STT', 'Cơ sở', 'Số giường bệnh', 'Kinh phí (triệu đồng)'], ['1', 'Trạm y tế A', '5', '120'], ['2', 'Trạm y tế B', '7', '95,5'], ['', 'Cộng', '12', '215,5']),
    // the same "Số hộ" column that adds up (40 + 25 + 18 = 83); the "Số lượng" column of con and kg is not added
    rows(['STT', 'Vật tư hỗ trợ', 'ĐVT', 'Số lượng', 'Số hộ nhận'], ['1', 'Cá giống', 'con', '12.000', '40'], ['2', 'Thức ăn', 'kg', '3.500', '25'], ['3', 'Lưới', 'tấm', '90', '18'], ['', 'Cộng', '', '15.590', '83']),
    // male / female rows under each group that add up: 150 + 160 = 310, 30 + 15 = 45
    rows(['STT', 'Chỉ tiêu', 'Số lượng'], ['1', 'Lao động được đào tạo nghề', '310'], ['-', 'Nam', '150'], ['-', 'Nữ', '160'], ['2', 'Lao động đi làm việc ở nước ngoài', '45'], ['-', 'Nam', '30'], ['-', 'Nữ', '15']),
    // members short of their group that may be only the sectors worth listing (150 + 160 = 310 < 320): not judged
    rows(['STT', 'Chỉ tiêu', 'Số lượng'], ['1', 'Lao động được đào tạo nghề', '320'], ['-', 'Công nghiệp', '150'], ['-', 'Dịch vụ', '160'], ['2', 'Lao động đi làm việc ở nước ngoài', '45'], ['-', 'Công nghiệp', '30'], ['-', 'Dịch vụ', '15']),
  ])('%s', async (text) => {
    expect(await run(text)).toEqual([]);
  });
});

describe('table-total-mismatch: a row labelled only with the whole ("Toàn xã") totals the rows above it', () => {
  // Hand-checked: 310 + 275 + 190 = 775 households; 12 + 9 + 7 = 28 loudspeakers.
  const hamlets = (households: string) => rows(['Thôn', 'Số hộ', 'Số loa'], ['Thôn Đông', '310', '12'], ['Thôn Tây', '275', '9'], ['Thôn Nam', '190', '7'], ['Toàn xã', households, '28']);

  it('flags a whole-commune row that misses the sum of its hamlets (795 ≠ 775)', async () => {
    expect((await run(hamlets('795'))).map((f) => [f.messageId, f.data.stated, f.data.actual])).toEqual([['totalRowMismatch', 795, 775]]);
  });

  it('leaves it alone when it adds up, and a label naming a place beside "toàn" ("Toàn xã Tân An") is a data row', async () => {
    expect(await run(hamlets('775'))).toEqual([]);
    expect(await run(rows(['Đơn vị', 'Số hộ'], ['Thôn Đông', '310'], ['Thôn Tây', '275'], ['Toàn xã Tân An', '900']))).toEqual([]);
  });

  it('takes a value below an item, in a column whose header was not read, as the whole\'s own rate, no sum', async () => {
    // 310 + 275 = 585 households; 20,7 is the commune's screening rate between its hamlets' 21,5 and 19,8.
    expect(await run(rows(['Thôn', 'Số hộ', ''], ['Thôn Đông', '310', '21,5'], ['Thôn Tây', '275', '19,8'], ['Toàn xã', '585', '20,7']))).toEqual([]);
  });

  it('never sums a column of a value per thing ("Năng suất (tạ/ha)"); a flow per day adds up across places', async () => {
    // 58 + 62 = 120 is no yield: the whole's 60 tạ/ha is a mean. Rice: 100 + 50 = 150 ha; 580 + 310 = 890 tấn.
    expect(await run(rows(['Thôn', 'Diện tích (ha)', 'Năng suất (tạ/ha)', 'Sản lượng (tấn)'], ['Thôn Đông', '100', '58', '580'], ['Thôn Tây', '50', '62', '310'], ['Toàn xã', '150', '60', '890']))).toEqual([]);
    // Waste collected per day: 4,5 + 3,2 = 7,7 ≠ 8,7 tấn/ngày.
    expect((await run(rows(['Xã', 'Khối lượng thu gom (tấn/ngày)'], ['Xã A', '4,5'], ['Xã B', '3,2'], ['Toàn huyện', '8,7']))).map((f) => [f.data.stated, f.data.actual])).toEqual([[8.7, 7.7]]);
  });
});

describe('table-total-mismatch: "-" rows that state their share of the group row', () => {
  it('stays silent on "-" rows that each give their share of the group (75,9% + 98,1%): overlapping subsets, no partition', async () => {
    const text = rows(
      ['Chỉ tiêu', 'Số lượng', 'Tỷ lệ (%)'], ['Hộ gia đình', '800', ''], ['- Hộ nông nghiệp', '520', ''], ['- Hộ phi nông nghiệp', '280', ''],
      ['Người cao tuổi', '540', ''], ['- Được khám định kỳ', '410', '75,9'], ['- Có thẻ bảo hiểm y tế', '530', '98,1'],
    );
    // 520 + 280 = 800 shows groups that add; 410 + 530 = 940 ≠ 540 but 410/540 = 75,9% and 530/540 = 98,1%.
    expect(await run(text)).toEqual([]);
  });
  it('still flags members named as a split whose shares are stated: Nam 300 (55,6) + Nữ 250 (46,3) = 550 ≠ 540', async () => {
    const text = rows(
      ['Chỉ tiêu', 'Số lượng', 'Tỷ lệ (%)'], ['Hộ gia đình', '800', ''], ['- Hộ nông nghiệp', '520', ''], ['- Hộ phi nông nghiệp', '280', ''],
      ['Người cao tuổi', '540', ''], ['- Nam', '300', '55,6'], ['- Nữ', '250', '46,3'],
    );
    expect((await run(text)).map((f) => [f.messageId, f.data.stated, f.data.actual])).toEqual([['groupRowMismatch', 540, 550]]);
  });
});
