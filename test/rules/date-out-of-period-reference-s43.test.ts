import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// Written for this test (health and sports topics); every period, day and expected finding checked by hand.
const found = (head: string[], line: string) =>
  analyseSource(sourceFromText([...head, line].join('\n')), { only: ['date-out-of-period'] }).findings
    .filter((f) => f.severity !== 'info').map((f) => [f.messageId, f.data.found]);

// A year's report (01/01–31/12/2025, signed 10/12/2025).
const YEAR = [
  'Số: 88/BC-UBND', 'Phường Đông Hải, ngày 10 tháng 12 năm 2025', 'BÁO CÁO', 'Kết quả công tác y tế năm 2025',
  'I. PHÒNG, CHỐNG DỊCH BỆNH',
];
const OUTBREAKS = 'Năm 2025, trên địa bàn phường ghi nhận 03 ổ dịch sốt xuất huyết: ngày 12/4/2025 tại tổ 3, ngày 20/7/2025 tại tổ 8 và ngày 05/10/2025 tại tổ 11.';

describe('date-out-of-period: a past event cited for comparison is no slip among the period\'s dates (s43)', () => {
  it.each([
    ['compared with, its year named', `${OUTBREAKS} So với năm 2024 (ổ dịch lớn phát hiện ngày 15/8/2024 với 27 ca mắc), số ca mắc giảm mạnh.`],
    ['compared with, no year named', `${OUTBREAKS} Số ca mắc giảm mạnh so với ổ dịch lớn phát hiện ngày 15/8/2024 tại tổ 5.`],
    ['the same time a year before', `${OUTBREAKS} Cùng kỳ năm trước, ổ dịch lớn nhất phát hiện ngày 15/8/2024 có 27 ca mắc.`],
  ])('%s: nothing is said', (_how, line) => {
    expect(found(YEAR, line)).toEqual([]);
  });

  it('one day of the year before among the outbreaks the year counts is still a slip', () => {
    const line = 'Năm 2025, trên địa bàn phường ghi nhận 03 ổ dịch sốt xuất huyết: ngày 12/4/2025 tại tổ 3, ngày 20/7/2024 tại tổ 8 và ngày 05/10/2025 tại tổ 11.';
    expect(found(YEAR, line)).toEqual([['dateBeforePeriod', '20/7/2024']]);
  });
});

// Nine months (01/01–30/9/2025, signed 25/9/2025): 21/4 falls in the period, and 21/4/2024 is written a year early.
const NINE = [
  'Số: 41/BC-UBND', 'Xã Tân Lập, ngày 25 tháng 9 năm 2025', 'BÁO CÁO', 'Kết quả công tác thể dục thể thao 9 tháng năm 2025',
  'I. KẾT QUẢ THỰC HIỆN',
];

describe('date-out-of-period: an event dated a year early and told by its measured outcome is a slip (s43)', () => {
  it('a span "từ ngày 20 đến ngày 21/4/2024" followed by the crowd it drew is flagged', () => {
    const line = '- Giải việt dã truyền thống của xã diễn ra trong 02 ngày, từ ngày 20 đến ngày 21/4/2024, thu hút hơn 1.200 vận động viên tham gia; giải bóng chuyền hơi khai mạc ngày 02/9/2025 với 16 đội.';
    expect(found(NINE, line)).toEqual([['dateYearSlip', '21/4/2024']]);
  });

  it.each([
    ['planned', '- Giải việt dã truyền thống của xã dự kiến diễn ra từ ngày 20 đến ngày 21/4/2024, thu hút khoảng 1.200 vận động viên tham gia; giải bóng chuyền hơi khai mạc ngày 02/9/2025 với 16 đội.'],
    ['no outcome told', '- Giải việt dã truyền thống của xã diễn ra từ ngày 20 đến ngày 21/4/2024 tại sân vận động trung tâm; giải bóng chuyền hơi khai mạc ngày 02/9/2025 với 16 đội.'],
  ])('%s: nothing is said', (_how, line) => {
    expect(found(NINE, line)).toEqual([]);
  });
});
