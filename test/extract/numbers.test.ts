import { describe, expect, test } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';
import { parseNumberToken, readScale } from '../../src/extract/numbers.js';

describe('parseNumberToken', () => {
  test.each([
    ['4.256', 4256, 0],
    ['15.300.000', 15300000, 0],
    ['3.787', 3787, 0],
    ['73,70', 73.7, 2],
    ['8,9', 8.9, 1],
    ['107,2', 107.2, 1],
    ['99,71', 99.71, 2],
    ['04', 4, 0],
    ['01', 1, 0],
    ['0', 0, 0],
    ['1.234,5', 1234.5, 1],
    ['2.5', 2.5, 1],
  ])('reads "%s" as %d with %d decimals', (token, value, decimals) => {
    expect(parseNumberToken(token)).toMatchObject({ value, decimals });
  });

  test('reads a dot followed by one or two digits as an English decimal mark and says so', () => {
    expect(parseNumberToken('2.5')?.dotDecimal).toBe(true);
    expect(parseNumberToken('4.256')?.dotDecimal).toBe(false);
  });

  // "1,234,567" is read the English way in any document since session 56 (a shape only that style reads): see
  // test/extract/number-mixed-styles-s56.test.ts.
  test.each(['1.2345', '1.2.3', '12.34.567', '1,23,4567'])('refuses to guess the value of "%s"', (token) => {
    expect(parseNumberToken(token)).toBeNull();
  });
});

describe('readScale', () => {
  test.each([
    ['1,5 triệu đồng', 1e6],
    ['3,2 tỷ đồng', 1e9],
    ['5 trăm triệu đồng', 1e8],
    ['2 nghìn người', 1e3],
    ['2 ngàn người', 1e3],
  ])('finds the multiplier of "%s"', (text, factor) => {
    const at = text.indexOf(' ');
    expect(readScale(text, at)?.factor).toBe(factor);
  });

  test('never reads "tỷ lệ" or "tỉ lệ" as a scale word', () => {
    expect(readScale('90 tỷ lệ', 2)).toBeNull();
    expect(readScale('90 tỉ lệ', 2)).toBeNull();
  });
});

describe('findNotFigureRanges', () => {
  const covered = (text: string, part: string) => {
    const at = text.indexOf(part);
    return findNotFigureRanges(text, { atBlockStart: true }).some(([s, e]) => s <= at && e >= at + part.length);
  };
  test.each([
    ['ngày 30/06/2023 của UBND', '30/06/2023'],
    ['ngày 15 tháng 05 năm 2024', '15 tháng 05 năm 2024'],
    ['Nghị quyết 09-NQ/TU ngày 05/2/2022', '05/2/2022'],
    ['báo cáo tháng 05/2024 cụ thể', 'tháng 05/2024'],
    ['trong năm 2024 đã', 'năm 2024'],
    ['6 tháng đầu năm 2023', '6 tháng'],
    ['6 tháng đầu năm 2023', '2023'],
    ['Công văn số 2120/UBND-VHTT ngày', '2120/UBND-VHTT'],
    ['Nghị định 85/2016/NĐ-CP', '85/2016/NĐ-CP'],
    ['Kế hoạch số 58-KH/TU ngày', '58-KH/TU'],
    ['Nghị Quyết 06-NQ/TU của', '06-NQ/TU'],
    ['Chỉ thị 09/CT-TTg của', '09/CT-TTg'],
    ['Số: 45/BC-UBND', '45/BC-UBND'],
    ['Kế hoạch số 178/KH-UBND', '178/KH-UBND'],
    ['Kế hoạch số 37 KH/ĐU ngày', '37 KH/ĐU'],
    ['thực hiện Nghị quyết 09 trên địa bàn', '09'],
    ['theo Nghị định 85 của', '85'],
    ['Quyết định số 969/QĐ-UBND ngày', '969/QĐ-UBND'],
    ['Quyết định số 06 ngày 06/01/2022', 'số 06'],
    ['và Đề án 06 nhằm', '06'],
    ['Công văn số 1214 về', '1214'],
    ['hậu quả của cơn bão số 3 gây ra', '3'],
    ['đúng quy định của Luật Đất đai 2013 và', '2013'],
    ['hướng dẫn thi hành Bộ luật Lao động năm 2019 cho', '2019'],
    ['áp dụng ISO 9001:2015 theo', 'ISO 9001:2015'],
    ['áp dụng ISO 9001: 2015 theo', 'ISO 9001: 2015'],
    ['gọi 0912 345 678 để', '0912 345 678'],
    ['điện thoại 0203.3xxx', '0203.3xxx'],
    ['mạng di động 4G/5G và', '4G/5G'],
    ['trong Quý I/2024', 'Quý I/2024'],
    ['giai đoạn 2022-2025', '2022-2025'],
    ['giai đoạn 2022 – 2025', '2022 – 2025'],
    ['DVC mức độ 3, 4 trên', 'mức độ 3, 4'],
    ['DVC mức độ 3,4 trên', 'mức độ 3,4'],
    ['định danh mức 2 và', 'mức 2'],
    ['an toàn thông tin cấp độ 2 theo', 'cấp độ 2'],
    ['+ (5) Đăng ký khai sinh', '(5)'],
    ['ý (i2) của', '(i2)'],
    ['1. Triển khai kế hoạch', '1.'],
    ['2.1.1. Triển khai hạ tầng', '2.1.1.'],
    ['4.3. 100% CBCC có máy tính', '4.3.'],
    ['họp lúc 14:30 tại', '14:30'],
    ['họp lúc 8h30 tại', '8h30'],
    ['Triển khai chợ 4.0 cho các chợ', '4.0'],
    ['công nghiệp 4.0.', '4.0'],
    ['xem https://dichvucong.gov.vn/p/123 và', 'https://dichvucong.gov.vn/p/123'],
    ['trang quangninh24.gov.vn và', 'quangninh24.gov.vn'],
    ['gửi về vanthu2024@ubnd.gov.vn', 'vanthu2024@ubnd.gov.vn'],
    ['người dân từ 15 tuổi trở lên', '15 tuổi'],
    ['Tổ công tác 09', '09'],
    ['tại Khu phố 1, Phường Bắc Sơn', '1'],
    // A station's frequency names its channel, like a phone number: no quantity the report measures.
    ['hoạt động trên tần số 107,2 MHz', '107,2'],
  ])('"%s" keeps "%s" out of the figures', (text, part) => {
    expect(covered(text, part)).toBe(true);
  });

  test.each([
    ['đã tiếp nhận 461 hồ sơ', '461'],
    ['tổng số 16 tin bài', '16'],
    ['đạt 100% chỉ tiêu', '100'],
    ['100 % cán bộ, công chức', '100'],
    ['kết nối liên thông 04 cấp', '04'],
    ['ở mức 85% dân số', '85'],
    ['Liên thông 3 ngành: 18.', '18'],
  ])('"%s" leaves the figure "%s" alone', (text, part) => {
    expect(covered(text, part)).toBe(false);
  });
});
