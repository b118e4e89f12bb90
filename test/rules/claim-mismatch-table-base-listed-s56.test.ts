import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A change claimed in one item of a list of results ("+ Điều trị nội trú cho …, tăng X% so với năm 2024") whose earlier value
// only a table right after (or before) the whole list gives: the list's items count as one paragraph between the claim and
// the table (src/extract/claims-table-base.ts, nearby), so the row holding the value and named by the item (a short label of
// two syllables, too short to be looked up from afar) is read as its base. Figures written for the test; arithmetic in comments.
const RULE = 'claim-mismatch';
const claims = async (text: string) =>
  (await findingsOf(RULE, `I. KẾT QUẢ THỰC HIỆN\n${text}\n`)).map((f) => [f.messageId, f.data.verb, f.data.base, f.data.value]);

// Four "+" items above a caption and a table of "Năm 2024" and "Năm 2025": the first item lies five paragraphs off.
const hospital = (first: string) => [
  '1. Công tác khám, chữa bệnh',
  'Kết quả thực hiện các chỉ tiêu chuyên môn năm 2025 như sau:',
  first,
  '+ Tổng số lượt khám bệnh đạt 24.560 lượt, tăng 4,2% so với năm 2024.',
  '+ Thực hiện phẫu thuật 412 ca, tăng 6,5% so với năm 2024.',
  '+ Chuyển viện lên tuyến trên 215 ca, giảm 3,2% so với năm 2024.',
  'Bảng 1. Các chỉ tiêu chuyên môn năm 2025',
  '| TT | Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025 |',
  '|---|---|---|---|---|',
  '| 1 | Nội trú | người | 1.790 | 1.830 |',
  '| 2 | Khám bệnh | lượt | 23.570 | 24.560 |',
  '| 3 | Phẫu thuật | ca | 387 | 412 |',
  '| 4 | Chuyển viện | ca | 222 | 215 |',
].join('\n');

// A school table of this year's pupils and their percent of last year's ("% so với năm trước") only, the list after it.
const schools = (last: string) => [
  '2. Giáo dục và đào tạo',
  'Bảng 2. Số học sinh đầu năm học 2025 - 2026',
  '(ĐVT: học sinh)',
  '| TT | Cấp học | Kế hoạch giao | Thực hiện | % so với kế hoạch | % so với năm trước |',
  '|---|---|---|---|---|---|',
  '| 1 | Mầm non | 1.300 | 1.245 | 95,8 | 95,0 |',
  '| 2 | Tiểu học | 3.400 | 3.412 | 100,4 | 102,5 |',
  '| 3 | Trung học cơ sở | 2.600 | 2.587 | 99,5 | 101,2 |',
  'Nhìn chung, công tác huy động học sinh ra lớp đạt kết quả tốt, cụ thể:',
  '• Cấp trung học cơ sở có 2.587 học sinh, tăng 1,2% so với năm trước.',
  '• Cấp tiểu học có 3.412 học sinh, tăng 2,5% so với năm trước.',
  '• Tỷ lệ trẻ 5 tuổi ra lớp đạt 100%.',
  last,
].join('\n');

describe('claim-mismatch: a change claimed in a list item against the row of the table beyond the whole list (s56)', () => {
  it('flags a fall claimed of a row whose count rose', async () => {
    // 1.790 → 1.830: 1.830/1.790 = 102,23%, a rise of 2,2%, not "giảm 2,2%".
    expect(await claims(hospital('+ Điều trị nội trú cho 1.830 người, giảm 2,2% so với năm 2024.'))).toEqual([['changeMismatch', 'giảm', 1790, 1830]]);
  });

  it('flags a rise claimed after a table that gives only the percent of the year before', async () => {
    // "% so với năm trước" 95,0: 1.245 is 95% of last year's, a fall of 5%, not "tăng 5%".
    const found = await claims(schools('• Cấp mầm non có 1.245 học sinh, tăng 5% so với năm trước.'));
    expect(found.map(([id, verb]) => [id, verb])).toEqual([['changeMismatch', 'tăng']]);
  });

  it('flags a way of change with no amount against the row beyond the list', async () => {
    // 1.790 → 1.830 is a rise, not "giảm".
    expect(await claims(hospital('+ Điều trị nội trú cho 1.830 người, giảm so với năm 2024.'))).toEqual([['directionMismatch', 'giảm', 1790, 1830]]);
  });

  it.each([
    // 1.830/1.790 = 102,23%: "tăng 2,2%" is right; so are the other items (24.560/23.570 = 104,20%; 412/387 = 106,46%;
    // 215/222 = 96,85%, −3,15%).
    ['a rise the row bears out', '+ Điều trị nội trú cho 1.830 người, tăng 2,2% so với năm 2024.'],
    // "giảm" of another indicator after a semicolon: the bed occupancy is no row's value.
    ['a fall of another indicator', '+ Điều trị nội trú cho 1.830 người; công suất sử dụng giường bệnh giảm 2,2% so với năm 2024.'],
    // "giảm" of another indicator after a comma: a new subject stands between the value and the verb.
    ['a fall of another indicator after a comma', '+ Điều trị nội trú cho 1.830 người, số ngày điều trị trung bình giảm 2,2% so với năm 2024.'],
    ['a fall of a part after a comma', '+ Điều trị nội trú cho 1.830 người, trong đó trẻ em giảm 2,2% so với năm 2024.'],
    // The item names another thing than the row holding its value.
    ['an item naming no row', '+ Điều trị ngoại trú cho 1.830 người, giảm 2,2% so với năm 2024.'],
    // Six months against a table of whole years: another period.
    ['another period', '+ Điều trị nội trú 6 tháng đầu năm cho 1.830 người, giảm 2,2% so với năm 2024.'],
  ])('%s: nothing is said', async (_topic, first) => {
    expect(await claims(hospital(first))).toEqual([]);
  });

  it('stays silent on list items of a percent table that agree with their rows', async () => {
    // 95,0 − 100 = −5; 102,5 − 100 = 2,5; 101,2 − 100 = 1,2.
    expect(await claims(schools('• Cấp mầm non có 1.245 học sinh, giảm 5% so với năm trước.'))).toEqual([]);
  });
});
