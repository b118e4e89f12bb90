import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const run = (text: string) => findingsOf('table-total-mismatch', text);
const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';

describe('table-total-mismatch', () => {
  it('never sums a price column, whose header names the value of one unit', async () => {
    // Hand-checked: 1.200 + 1.350 = 2.550 liters, 3.600.000 + 4.050.000 = 7.650.000 đồng agree; the price 3.000 is no sum of 3.000 + 3.000.
    const table = rows(
      ['Tháng', 'Nước sạch (m3)', 'Đơn giá (đồng/m3)', 'Thành tiền (đồng)'],
      ['Tháng 7', '1.200', '3.000', '3.600.000'],
      ['Tháng 8', '1.350', '3.000', '4.050.000'],
      ['Cộng 2 tháng', '2.550', '3.000', '7.650.000'],
    );
    expect(await run(table)).toEqual([]);
    // Hand-checked: the volume total 2.500 ≠ 1.200 + 1.350 = 2.550 is still flagged.
    expect((await run(table.replace('2.550\t3.000', '2.500\t3.000'))).map((f) => [f.data.stated, f.data.actual])).toEqual([[2500, 2550]]);
  });

  it('reads a row naming the whole unit ("Toàn huyện") after its parts as their total', async () => {
    // Hand-checked: 1.240 + 980 + 1.105 = 3.325 households, 312 + 250 + 298 = 860 members.
    const table = rows(
      ['Xã', 'Số hộ', 'Số hội viên'],
      ['Xã Bình An', '1.240', '312'],
      ['Xã Bình Hòa', '980', '250'],
      ['Xã Bình Lợi', '1.105', '298'],
      ['Toàn huyện', '3.325', '860'],
    );
    expect(await run(table)).toEqual([]);
    // Hand-checked: 3.352 ≠ 3.325.
    expect((await run(table.replace('3.325', '3.352'))).map((f) => [f.data.row, f.data.stated, f.data.actual])).toEqual([['Toàn huyện', 3352, 3325]]);
    // "Toàn huyện" with more words is a row of its own, never read as the total.
    expect(await run(table.replace('Toàn huyện\t3.325', 'Toàn huyện năm trước\t3.352'))).toEqual([]);
  });

  it('never sums a column of a value per unit ("Năng suất (tạ/ha)"), whose total row is an average', async () => {
    // Hand-checked: 120 + 80 = 200 ha and 720 + 456 = 1.176 tấn add up; 58,8 is the mean yield, no sum of 60 + 57.
    const table = rows(
      ['Thôn', 'Diện tích (ha)', 'Năng suất (tạ/ha)', 'Sản lượng (tấn)'],
      ['Thôn Trung', '120', '60,0', '720'],
      ['Thôn Hậu', '80', '57,0', '456'],
      ['Toàn xã', '200', '58,8', '1.176'],
    );
    expect(await run(table)).toEqual([]);
    // A flow per time ("kg/ngày") adds up: hand-checked 320 + 280 = 600, not 610.
    const flow = rows(['Thôn', 'Số hộ', 'Rác thu gom (kg/ngày)'], ['Thôn Trung', '210', '320'], ['Thôn Hậu', '190', '280'], ['Toàn xã', '400', '610']);
    expect((await run(flow)).map((f) => [f.data.stated, f.data.actual])).toEqual([[610, 600]]);
  });

  it('sums a signed change column where its group rows show it adds up', async () => {
    // Hand-checked: groups +12 = +9 + 5 − 2 and −3 = −4 + 1; the total +9 = +12 − 3; 18 + 22 + 6 = 46 and 9 + 4 + 7 = 20 as well.
    const table = rows(
      ['Loại hình', 'Số cơ sở', 'Số lao động tăng (+), giảm (-) so với năm trước'],
      ['I. Doanh nghiệp', '46', '+12'],
      ['1. Công ty TNHH', '18', '+9'],
      ['2. Công ty cổ phần', '22', '+5'],
      ['3. Doanh nghiệp tư nhân', '6', '-2'],
      ['II. Hộ kinh doanh', '20', '-3'],
      ['1. Hộ sản xuất', '9', '-4'],
      ['2. Hộ dịch vụ', '11', '+1'],
      ['Tổng cộng', '66', '+9'],
    );
    expect(await run(table)).toEqual([]);
    // Hand-checked: +12 − 3 = +9, not +7.
    expect((await run(table.replace('66\t+9', '66\t+7'))).map((f) => [f.data.stated, f.data.actual])).toEqual([[7, 9]]);
    // A percent change adds up nowhere: with the header in %, the same cells are never summed.
    expect(await run(table.replace('so với năm trước', 'so với năm trước (%)').replace('66\t+9', '66\t+7'))).toEqual([]);
  });

  it('reads a row naming a community ("Cộng đồng bản …") as a data row, never a total', async () => {
    // Hand-checked: 40 + 25 + 12 = 77 ha protected; the community row is one of the parts, the "Tổng" row totals them.
    const table = rows(
      ['STT', 'Chủ rừng nhận khoán', 'Diện tích (ha)'],
      ['1', 'Hộ gia đình', '40'],
      ['2', 'Tổ hợp tác', '25'],
      ['', 'Cộng đồng bản Pá Khoang', '12'],
      ['', 'Tổng', '77'],
    );
    expect(await run(table)).toEqual([]);
  });

  it('does not sum a column where a row\'s value ran into its label, leaving the cell empty', async () => {
    // Hand-checked: 140 + 96 + 118 = 354; the total 354 holds only with "Bắc Sơn 96" read as 96.
    const table = (second: string[]) => rows(['STT', 'Khu dân cư', 'Số hộ', 'Số hộ văn hóa'], ['1', 'Nam Sơn', '140', '121'], second, ['3', 'Tây Sơn', '118', '104'], ['', 'Tổng cộng', '300', '310']);
    expect(await run(table(['2', 'Bắc Sơn 96', '', '85']))).toEqual([]);
    // Hand-checked: the second column, 121 + 85 + 104 = 310 is right; the first, 140 + 96 + 118 = 354 ≠ 300, is flagged when read whole.
    expect((await run(table(['2', 'Bắc Sơn', '96', '85']))).map((f) => [f.data.stated, f.data.actual])).toEqual([[300, 354]]);
  });

  it('checks a "Bình quân" column against the mean of its row\'s years where other rows show it, amount rows only', async () => {
    const table = (pupils: string) => rows(
      ['Chỉ tiêu', 'ĐVT', 'Năm 2020', 'Năm 2021', 'Năm 2022', 'Năm 2023', 'Bình quân'],
      ['Số trường học', 'trường', '24', '25', '25', '26', '25'],
      ['Số học sinh', 'học sinh', '8.120', '8.340', '8.410', '8.650', pupils],
      ['Tỷ lệ huy động trẻ ra lớp', '%', '95,2', '96,0', '96,8', '97,6', '96,4'],
      ['Số giáo viên', 'người', '402', '410', '415', '421', '412'],
    );
    // Hand-checked: (8.120 + 8.340 + 8.410 + 8.650) / 4 = 33.520 / 4 = 8.380; the schools 100/4 = 25, the rate 385,6/4 = 96,4,
    // the teachers 1.648/4 = 412 agree.
    expect((await run(table('8.480'))).map((f) => [f.messageId, f.data.stated, f.data.actual])).toEqual([['averageColumnMismatch', 8480, 8380]]);
    expect(await run(table('8.380'))).toEqual([]);
    // An average outside the row's values measures something else (a growth rate), never flagged.
    expect(await run(table('1,8'))).toEqual([]);
  });

  it('checks a "Tỷ lệ (%)" column written without the sign against its row counts', async () => {
    const f = await run(rows(
      ['STT', 'Tổ dân phố', 'Số hộ', 'Số hộ có tài khoản', 'Tỷ lệ (%)'],
      ['1', 'Tổ 1', '412', '298', '72,3'], ['2', 'Tổ 2', '385', '301', '78,2'], ['3', 'Tổ 3', '356', '247', '75,6'], ['4', 'Tổ 4', '447', '339', '75,8'],
    ));
    expect(f.map((x) => [x.messageId, x.data.stated, x.data.actual])).toEqual([['percentColumnMismatch', 75.6, 69.4]]);
  });

  it('checks a product column of money cells like any other: amount × price per unit is the row\'s value', async () => {
    // Hand-checked: 1.200 × 25.000 = 30.000.000; 800 × 25.000 = 20.000.000; 1.500 × 24.000 = 36.000.000, written 38.000.000;
    // 650 × 30.000 = 19.500.000. Three rows agree, so the fourth is a slip.
    const table = (third: string) => rows(
      ['Mặt hàng', 'Khối lượng (kg)', 'Đơn giá (đồng/kg)', 'Thành tiền (đồng)'],
      ['Gạo', '1.200', '25.000', '30.000.000'], ['Đậu xanh', '800', '25.000', '20.000.000'], ['Lạc nhân', '1.500', '24.000', third], ['Vừng', '650', '30.000', '19.500.000'],
    );
    expect((await run(table('38.000.000'))).map((f) => [f.messageId, f.data.stated, f.data.base, f.data.rate, f.data.actual])).toEqual([['productColumnMismatch', '38.000.000', '1.500', '24.000', 36000000]]);
    expect(await run(table('36.000.000'))).toEqual([]);
  });

  it('checks a product column against its row\'s quantity × rate per unit, scaled from tạ to tấn', async () => {
    // Hand-checked: 120,0 × 55,0 / 10 = 660,0; 40,5 × 48,0 / 10 = 194,4 (written 149,4); 25,0 × 160,0 / 10 = 400,0;
    // 18,2 × 72,5 / 10 = 131,95, written 132,0 within the rounding of the rate (± 0,05 × 18,2 / 10).
    const table = (second: string) => rows(
      ['Cây trồng', 'Diện tích (ha)', 'Năng suất (tạ/ha)', 'Sản lượng (tấn)'],
      ['Lúa', '120,0', '55,0', '660,0'], ['Ngô', '40,5', '48,0', second], ['Sắn', '25,0', '160,0', '400,0'], ['Lạc', '18,2', '72,5', '132,0'],
    );
    expect((await run(table('149,4'))).map((f) => [f.messageId, f.data.stated, f.data.actual])).toEqual([['productColumnMismatch', '149,4', 194.4]]);
    expect(await run(table('194,4'))).toEqual([]);
    // Most rows must agree: with the rate of another base ("Năng suất (kg/người)") nothing is read.
    expect(await run(table('149,4').replace('Năng suất (tạ/ha)', 'Năng suất (kg/người)'))).toEqual([]);
  });

  it('flags a total row that is not the sum of its column, citing the total and every item', async () => {
    const [f, ...rest] = await run(rows(['STT', 'Nội dung', 'Số lượng'], ['1', 'Tin bài', '16'], ['2', 'Phát sóng', '24'], ['', 'Tổng cộng', '50']));
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ stated: 50, actual: 40, column: 'Số lượng' });
    expect(f.evidence.map((e) => e.quote)).toEqual(['50', '16', '24']);
  });

  it.each([
    [rows(['TT', 'Đơn vị', 'Số hộ', 'Số khẩu'], ['1', 'Thôn Đông', '120', '480'], ['2', 'Thôn Tây', '95', '371'], ['3', 'Thôn Nam', '88', '342'], ['', 'Cộng', '303', '1.139'])],
    [rows(['STT', 'Lĩnh vực', 'Số hồ sơ'], ['', 'Tổng số', '200'], ['1', 'Hộ tịch', '120'], ['2', 'Chứng thực', '90'])],
  ])('flags totals in wording the seeds never use: %s', async (text) => {
    expect((await run(text)).map((f) => f.messageId)).toEqual(['totalRowMismatch']);
  });

  it('accepts a total equal to the subtotals of a nested table', async () => {
    const text = rows(['STT', 'Nội dung', 'Số lượng'], ['I', 'Khối Đảng', '5'], ['1', 'Văn phòng', '2'], ['2', 'Ban Tuyên giáo', '3'], ['II', 'Khối chính quyền', '7'], ['1', 'Văn phòng', '7'], ['', 'Tổng cộng', '12']);
    expect(await run(text)).toEqual([]);
  });

  it('treats empty cells as absent and skips a column whose total is empty', async () => {
    const text = rows(['STT', 'Nội dung', 'Nam', 'Nữ'], ['1', 'Cán bộ', '5', ''], ['2', 'Công chức', '7', '4'], ['', 'Tổng', '12', '']);
    expect(await run(text)).toEqual([]);
  });

  it('leaves the seed 001 equipment table alone (37 = 35 + 02)', async () => {
    const text = rows(
      ['Số thứ tự', 'Tên thiết bị', 'Đơn vị tính', 'Số lượng', '', '', ''],
      ['', '', '', '<i>Tổng số</i>', 'Trong đó(*)', '', ''],
      ['', '', '', '', '<i>Trang bị trước 5 năm</i>', '<i>Hư hỏng không SD được</i>', '<i>Mới trang bị trong năm</i>'],
      ['', 'Máy vi tính để bàn (PC)', 'Cái', '37', '35', '', '02'],
      ['', 'Máy tính xách tay', 'Cái', '01', '01', '', ''],
      ['', 'Máy in', 'Cái', '30', '25', '', '05'],
    );
    expect(await run(text)).toEqual([]);
  });

  it('flags a Tổng số that its additive parts miss, once other rows show they add up', async () => {
    const text = rows(
      ['STT', 'Đơn vị', 'Tổng số', 'Trong đó', ''],
      ['', '', '', 'Nam', 'Nữ'],
      ['1', 'Thôn Đông', '40', '22', '18'],
      ['2', 'Thôn Tây', '35', '20', '15'],
      ['3', 'Thôn Nam', '50', '27', '21'],
    );
    const [f, ...rest] = await run(text);
    expect(rest).toEqual([]);
    expect(f.messageId).toBe('partsMismatch');
    expect(f.data).toMatchObject({ stated: 50, actual: 48 });
  });

  it('reads a closing "Tổng cộng" column as the sum of the amount columns before it, once two other rows show it', async () => {
    // Hand-checked: 12 + 8 + 5 = 25, 30 + 14 + 6 = 50, 7 + 3 + 2 = 12; the last row 40 + 25 + 10 = 75, not 70.
    const table = (last: string) => rows(
      ['STT', 'Xã', 'Quý I', 'Quý II', 'Quý III', 'Tổng cộng'],
      ['1', 'Xã Đông', '12', '8', '5', '25'],
      ['2', 'Xã Tây', '30', '14', '6', '50'],
      ['3', 'Xã Nam', '7', '3', '2', '12'],
      ['4', 'Xã Bắc', '40', '25', '10', last],
    );
    expect(await run(table('75'))).toEqual([]);
    const [f, ...rest] = await run(table('70'));
    expect(rest).toEqual([]);
    expect(f.messageId).toBe('partsMismatch');
    expect(f.data).toMatchObject({ row: 'Xã Bắc', stated: 70, actual: 75 });
    // Hand-checked: 12 + 15 = 27 and 9 + 11 = 20 add up, so "Tổng số" after "Nam | Nữ" is their sum and 20 + 18 = 38 ≠ 36.
    const staff = await run(rows(['STT', 'Đơn vị', 'Nam', 'Nữ', 'Tổng số'], ['1', 'Phòng Văn hóa', '12', '15', '27'], ['2', 'Phòng Nội vụ', '20', '18', '36'], ['3', 'Phòng Tư pháp', '9', '11', '20']));
    expect(staff.map((x) => [x.messageId, x.data.stated, x.data.actual])).toEqual([['partsMismatch', 36, 38]]);
  });

  it('adds decimal cells within their rounding, never by float equality', async () => {
    // Hand-checked: 0,6 + 0,7 + 0,2 = 1,5 exactly on paper (1.4999999999999998 in floating point), 0,8 + 0,5 + 0,3 = 1,6,
    // 0,7 + 0,4 + 0,3 = 1,4; the last row 1,1 + 0,4 + 0,2 = 1,7, not 1,5.
    const table = (last: string) => rows(
      ['STT', 'Thôn', 'Đường trục thôn (km)', 'Đường ngõ xóm (km)', 'Đường nội đồng (km)', 'Cộng (km)'],
      ['1', 'Thôn Mỏ', '0,8', '0,5', '0,3', '1,6'],
      ['2', 'Thôn Khe', '0,6', '0,7', '0,2', '1,5'],
      ['3', 'Thôn Nà', '0,7', '0,4', '0,3', '1,4'],
      ['4', 'Thôn Cốc', '1,1', '0,4', '0,2', last],
    );
    expect(await run(table('1,7'))).toEqual([]);
    const found = await run(table('1,5'));
    expect(found.map((x) => [x.messageId, x.data.row, x.data.stated])).toEqual([['partsMismatch', 'Thôn Cốc', 1.5]]);
  });

  it('says nothing of a closing total column that the other rows do not show to be a sum', async () => {
    // Hand-checked: no row adds up (20 + 15 = 35 ≠ 30, 10 + 9 = 19 ≠ 18), so "Tổng" measures something else here.
    const text = rows(['STT', 'Thôn', 'Nam', 'Dân tộc thiểu số', 'Tổng'], ['1', 'Thôn 1', '20', '15', '30'], ['2', 'Thôn 2', '10', '9', '18'], ['3', 'Thôn 3', '12', '4', '25']);
    expect(await run(text)).toEqual([]);
  });

  it('flags a Tỷ lệ cell that disagrees with its row, once other rows show which columns divide', async () => {
    const text = rows(
      ['STT', 'Lĩnh vực', 'Số hồ sơ tiếp nhận', 'Đã giải quyết', 'Tỷ lệ (%)'],
      ['1', 'Hộ tịch', '120', '114', '95%'],
      ['2', 'Chứng thực', '80', '80', '100%'],
      ['3', 'Đất đai', '40', '30', '57,5%'],
      ['4', 'Xây dựng', '10', '9', '90%'],
    );
    const [f, ...rest] = await run(text);
    expect(rest).toEqual([]);
    expect(f.messageId).toBe('percentColumnMismatch');
    expect(f.data).toMatchObject({ stated: 57.5, num: 30, den: 40, actual: 75 });
  });

  it('reads a rate padded with zeros ("95,00") as rounded to its digits, never as cut', async () => {
    // Hand-checked: 95/100 = 95%; 49/50 = 98%; 79/80 = 98,75% → 99 at no decimals, so "98,00" is wrong while "99,00" and "98,75" are right.
    const table = (third: string) => rows(
      ['STT', 'Trường', 'Số học sinh', 'Số hoàn thành', 'Tỷ lệ (%)'],
      ['1', 'Trường A', '100', '95', '95,00'],
      ['2', 'Trường B', '50', '49', '98,00'],
      ['3', 'Trường C', '80', '79', third],
    );
    expect(await run(table('99,00'))).toEqual([]);
    expect(await run(table('98,75'))).toEqual([]);
    const [f, ...rest] = await run(table('98,00'));
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ stated: 98, num: 79, den: 80 });
  });

  describe('row structure and column roles', () => {
    const visitors = (y2024: string) => rows(
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2023', 'Năm 2024'],
      ['1', 'Tổng lượt khách', 'Lượt', '12.400', y2024],
      ['1.1', 'Khách quốc tế', 'Lượt', '3.100', '3.450'],
      ['1.2', 'Khách trong nước', 'Lượt', '9.300', '10.500'],
      ['2', 'Doanh thu', 'Tỷ đồng', '45,2', '51,8'],
    );

    it('accepts a numbered group head equal to its 1.1, 1.2 rows, and adds no other row to it', async () => {
      expect(await run(visitors('13.950'))).toEqual([]);
    });

    it('flags a group head that its members miss, once another column of the group adds up', async () => {
      const [f, ...rest] = await run(visitors('13.590'));
      expect(rest).toEqual([]);
      expect(f.messageId).toBe('groupRowMismatch');
      expect(f.data).toMatchObject({ stated: 13590, actual: 13950, column: 'Năm 2024' });
      expect(f.evidence.map((e) => e.quote)).toEqual(['13.590', '3.450', '10.500']);
    });

    it('flags an a/b group that misses its head, once another a/b group adds up', async () => {
      const [f, ...rest] = await run(rows(
        ['STT', 'Nội dung', 'Số hộ'],
        ['1', 'Hộ sản xuất nông nghiệp', '310'],
        ['a', 'Trồng trọt', '180'],
        ['b', 'Chăn nuôi', '130'],
        ['2', 'Hộ kinh doanh dịch vụ', '95'],
        ['a', 'Thương mại', '60'],
        ['b', 'Vận tải', '36'],
      ));
      expect(rest).toEqual([]);
      expect(f.data).toMatchObject({ row: 'Hộ kinh doanh dịch vụ', stated: 95, actual: 96 });
    });

    it('says nothing of a lone group whose members may be only some of the whole', async () => {
      const text = rows(['STT', 'Nội dung', 'Số hộ'], ['1', 'Tổng số hộ', '1.200'], ['1.1', 'Hộ nghèo', '45'], ['1.2', 'Hộ cận nghèo', '80'], ['2', 'Số nhân khẩu', '4.310']);
      expect(await run(text)).toEqual([]);
    });

    it('says nothing of group members short of a head not named a total, though another group adds up', async () => {
      const text = rows(
        ['STT', 'Chỉ tiêu', 'Số người'],
        ['1', 'Dân số', '5.000'], ['1.1', 'Nam', '2.480'], ['1.2', 'Nữ', '2.520'],
        ['2', 'Lao động', '3.000'], ['2.1', 'Lao động nông nghiệp', '1.800'], ['2.2', 'Lao động dịch vụ', '700'],
      );
      expect(await run(text)).toEqual([]);
    });

    const budget = (done: string) => rows(
      ['STT', 'Nội dung', 'Dự toán', 'Thực hiện'],
      ['I', 'Chi đầu tư phát triển', '1.200', '950'],
      ['II', 'Chi thường xuyên', '4.800', '3.900'],
      ['1', 'Chi sự nghiệp giáo dục', '2.100', '1.750'],
      ['2', 'Chi quản lý hành chính', '2.700', '2.150'],
      ['', 'Tổng cộng', '6.000', done],
    );

    it('takes a Tổng cộng row as the sum of the top-level rows, not of the group members a second time', async () => {
      expect(await run(budget('4.850'))).toEqual([]);
    });

    it('flags a wrong Tổng cộng of a grouped table with the top-level sum', async () => {
      const [f, ...rest] = await run(budget('4.580'));
      expect(rest).toEqual([]);
      expect(f.messageId).toBe('totalRowMismatch');
      expect(f.data).toMatchObject({ stated: 4580, actual: 4850, column: 'Thực hiện' });
    });

    it('sums a plan column too, and flags its wrong total', async () => {
      const text = budget('4.850').replace('6.000', '6.200');
      expect((await run(text)).map((f) => [f.messageId, f.data.column, f.data.stated, f.data.actual])).toEqual([['totalRowMismatch', 'Dự toán', 6200, 6000]]);
    });

    it('reads a leading total row and bullet members without STT: flags the group head its bullets miss', async () => {
      const text = rows(
        ['Nội dung', 'Dự toán', 'Thực hiện'],
        ['Tổng chi ngân sách', '6.000', '4.850'],
        ['Chi đầu tư phát triển', '1.200', '950'],
        ['Chi thường xuyên', '4.800', '3.900'],
        ['- Chi sự nghiệp giáo dục', '2.100', '1.750'],
        ['- Chi quản lý hành chính', '2.700', '2.510'],
      );
      const [f, ...rest] = await run(text);
      expect(rest).toEqual([]);
      expect(f.messageId).toBe('groupRowMismatch');
      expect(f.data).toMatchObject({ row: 'Chi thường xuyên', stated: 3900, actual: 4260 });
    });

    const tourism = (intl: string) => rows(
      ['Chỉ tiêu', 'Năm 2024'],
      ['Tổng số lượt khách', '245.600'], ['- Khách quốc tế', intl], ['- Khách nội địa', '207.060'],
      ['Doanh thu du lịch', '312,5'], ['Số cơ sở lưu trú', '142'],
    );

    it('reads a leading total over bullet rows as the total of those rows only', async () => {
      expect(await run(tourism('38.540'))).toEqual([]);
      expect((await run(tourism('35.840'))).map((f) => [f.messageId, f.data.stated, f.data.actual])).toEqual([['totalRowMismatch', 245600, 242900]]);
    });

    const blocks = (grand: string) => rows(
      ['STT', 'Nội dung', 'Số lượng'],
      ['I', 'Khối Đảng, đoàn thể', ''], ['1', 'Văn phòng', '5'], ['2', 'Ban Dân vận', '7'], ['', 'Cộng', '12'],
      ['II', 'Khối chính quyền', ''], ['1', 'Văn phòng UBND', '3'], ['2', 'Phòng Nội vụ', '4'], ['', 'Cộng', '7'],
      ['', 'Tổng cộng', grand],
    );

    it('takes a Tổng cộng under the groups\' Cộng rows as the sum of those subtotals', async () => {
      expect(await run(blocks('19'))).toEqual([]);
      expect((await run(blocks('21'))).map((f) => [f.messageId, f.data.stated, f.data.actual])).toEqual([['totalRowMismatch', 21, 19]]);
    });

    const revenue = (rate: string, total: string) => rows(
      ['Nội dung', 'ĐVT', 'Kế hoạch', 'Thực hiện', '% so với KH'],
      ['Thu thuế', 'Triệu đồng', '2.400', '2.112', '88,0'],
      ['Thu phí, lệ phí', 'Triệu đồng', '500', '455', '91,0'],
      ['Thu khác', 'Triệu đồng', '300', '318', '106,0'],
      ['Thu từ đất', 'Triệu đồng', '1.250', '1.050', rate],
      ['Tổng cộng', 'Triệu đồng', '4.450', '3.935', total],
    );

    it('never sums a % so với KH column: the total row keeps the ratio of its totals', async () => {
      expect(await run(revenue('84,0', '88,4'))).toEqual([]);
    });

    it('flags a % so với KH cell wrong for its own row (Thực hiện / Kế hoạch)', async () => {
      const [f, ...rest] = await run(revenue('86,0', '88,4'));
      expect(rest).toEqual([]);
      expect(f.messageId).toBe('percentColumnMismatch');
      expect(f.data).toMatchObject({ stated: 86, num: 1050, den: 1250, actual: 84 });
    });

    it('flags a total row rate that is not the ratio of its totals', async () => {
      const [f, ...rest] = await run(revenue('84,0', '90,1'));
      expect(rest).toEqual([]);
      expect(f.data).toMatchObject({ row: 'Tổng cộng', stated: 90.1, num: 3935, den: 4450, actual: 88.4 });
    });

    it('finds the result column of a % KH column from the plan column when the result is not named', async () => {
      const [f, ...rest] = await run(rows(
        ['Chỉ tiêu', 'Kế hoạch', 'Năm 2024', '% KH'],
        ['Trồng rừng', '200', '190', '95,0'], ['Kiên cố hóa kênh mương', '500', '520', '104,0'], ['Đường giao thông nông thôn', '80', '72', '80,0'],
      ));
      expect(rest).toEqual([]);
      expect(f.data).toMatchObject({ stated: 80, num: 72, den: 80, actual: 90 });
    });

    it('checks a share column against the total row, and the total row\'s 100', async () => {
      const [f, ...rest] = await run(rows(
        ['Loại hộ', 'Số hộ', 'Tỷ lệ (%)'],
        ['Hộ khá, giàu', '120', '24,0'], ['Hộ trung bình', '300', '60,0'], ['Hộ nghèo', '80', '18,0'], ['Tổng cộng', '500', '100'],
      ));
      expect(rest).toEqual([]);
      expect(f.data).toMatchObject({ row: 'Hộ nghèo', stated: 18, num: 80, den: 500, actual: 16 });
    });

    it('takes a column of "%" cells as a rate column whatever its header', async () => {
      const [f, ...rest] = await run(rows(
        ['TT', 'Xã', 'Số hộ', 'Hộ có thẻ BHYT', 'Kết quả'],
        ['1', 'Xã An', '400', '380', '95%'], ['2', 'Xã Bình', '250', '240', '96%'], ['3', 'Xã Cư', '300', '270', '80%'], ['4', 'Xã Đông', '200', '190', '95%'],
      ));
      expect(rest).toEqual([]);
      expect(f.data).toMatchObject({ stated: 80, num: 270, den: 300, actual: 90 });
    });

    it('checks a change column against its own row, negative changes included', async () => {
      const [f, ...rest] = await run(rows(
        ['TT', 'Nội dung', 'Năm 2023', 'Năm 2024', 'Tăng/giảm (%)'],
        ['1', 'Số vụ cháy', '12', '9', '-25,0'],
        ['2', 'Số vụ trộm cắp', '40', '46', '15,0'],
        ['3', 'Số người bị thương', '8', '6', '-20,0'],
        ['4', 'Số vụ ma túy', '5', '7', '40,0'],
      ));
      expect(rest).toEqual([]);
      expect(f.messageId).toBe('changeColumnMismatch');
      expect(f.data).toMatchObject({ stated: -20, current: 6, previous: 8, actual: -25 });
    });

    it('reads an unfamiliar header of words, sums counts, and never sums an average column', async () => {
      const [f, ...rest] = await run(rows(
        ['Cấp học', 'Số trường', 'Số học sinh', 'Bình quân HS/lớp'],
        ['Mầm non', '12', '3.100', '25,5'],
        ['Tiểu học', '10', '5.400', '31,0'],
        ['THCS', '6', '3.900', '36,2'],
        ['Tổng cộng', '28', '12.040', '30,4'],
      ));
      expect(rest).toEqual([]);
      expect(f.data).toMatchObject({ column: 'Số học sinh', stated: 12040, actual: 12400 });
    });

    it('never adds rows of different units', async () => {
      const text = rows(['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'], ['1', 'Diện tích lúa', 'ha', '410'], ['2', 'Sản lượng', 'tấn', '2.870'], ['3', 'Số hộ', 'hộ', '95'], ['', 'Tổng cộng', '', '999']);
      expect(await run(text)).toEqual([]);
    });

    it('never adds rows whose labels name different units', async () => {
      const text = rows(['STT', 'Chỉ tiêu', 'Kết quả'], ['1', 'Diện tích lúa (ha)', '410'], ['2', 'Sản lượng lúa (tấn)', '2.870'], ['', 'Tổng cộng', '3.000']);
      expect(await run(text)).toEqual([]);
    });

    it('checks a numbered "Tổng số" over 1.1, 1.2 rows as their total, and a numbered last "Tổng cộng" as the table\'s', async () => {
      const head = rows(['STT', 'Lĩnh vực', 'Số hồ sơ'], ['1', 'Tổng số', '500'], ['1.1', 'Hộ tịch', '300'], ['1.2', 'Đất đai', '220'], ['2', 'Hồ sơ trực tuyến', '40']);
      expect((await run(head)).map((f) => [f.messageId, f.data.stated, f.data.actual])).toEqual([['groupRowMismatch', 500, 520]]);
      const last = rows(['STT', 'Lĩnh vực', 'Số hồ sơ'], ['1', 'Hộ tịch', '30'], ['2', 'Đất đai', '40'], ['3', 'Tổng cộng', '80']);
      expect((await run(last)).map((f) => [f.messageId, f.data.stated, f.data.actual])).toEqual([['totalRowMismatch', 80, 70]]);
    });

    it('says nothing of a group whose extent is unclear (a row without STT among numbered rows)', async () => {
      const text = rows(['STT', 'Nội dung', 'Số lượng'], ['1', 'Tổng số', '30'], ['1.1', 'Loại A', '10'], ['', 'Loại B', '12'], ['1.2', 'Loại C', '9'], ['2', 'Khác', '40'], ['2.1', 'Loại D', '25'], ['2.2', 'Loại E', '15']);
      expect(await run(text)).toEqual([]);
    });
  });

  it('checks a "Tổng cộng" row against the caption rows in capitals that total their numbered rows', async () => {
    // Hand-checked: MẦM NON 7 + 5 = 12 lớp, 180 + 130 = 310; TIỂU HỌC 11 + 9 = 20, 300 + 260 = 560; total 12 + 20 = 32, 870.
    const table = (total: string) => rows(
      ['TT', 'Trường', 'Số lớp', 'Số học sinh'],
      ['', 'MẦM NON', '12', '310'], ['1', 'Trường Mầm non Hoa Sen', '7', '180'], ['2', 'Trường Mầm non Sơn Ca', '5', '130'],
      ['', 'TIỂU HỌC', '20', '560'], ['1', 'Trường Tiểu học số 1', '11', '300'], ['2', 'Trường Tiểu học số 2', '9', '260'],
      ['', 'Tổng cộng', '32', total],
    );
    expect(await run(table('870'))).toEqual([]);
    // 310 + 560 = 870, not 880 (nor twice 870, counting the captions and their rows both).
    expect((await run(table('880'))).map((f) => [f.messageId, f.data.stated, f.data.actual])).toEqual([['totalRowMismatch', 880, 870]]);
  });

  it('reads a place named in a row label\'s closing bracket ("Tổ 1 (thôn Nà Hin)") as whose row it is, no unit', async () => {
    // Hand-checked: 120 + 96 + 143 = 359 households, the total says 395.
    const table = rows(
      ['STT', 'Tổ thu gom', 'Số hộ đăng ký'],
      ['1', 'Tổ 1 (thôn Nà Hin)', '120'],
      ['2', 'Tổ 2 (thôn Bản Chang)', '96'],
      ['3', 'Tổ 3 (thôn Khuổi Phầy)', '143'],
      ['', 'Tổng cộng', '395'],
    );
    expect((await run(table)).map((f) => [f.messageId, f.data.stated, f.data.actual])).toEqual([['totalRowMismatch', 395, 359]]);
  });
});
