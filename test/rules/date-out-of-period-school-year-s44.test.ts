import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// A school year runs from September into the next calendar year (năm học 2023 - 2024: 9/2023–5/2024). A day of its first
// calendar year before September whose day and month fall in the school year ("ngày 20/02/2023") is last year's date kept;
// an earlier occurrence named as the one before ("lần … trước", "đợt … trước") is cited for comparison, no outlier.
// Written for this test; each date checked by hand.
const SCHOOL = [
  'Số: 95/BC-PGDĐT', 'Quỳnh Lưu, ngày 12 tháng 6 năm 2024', 'BÁO CÁO', 'Tổng kết năm học 2023 - 2024 của ngành giáo dục huyện',
  'I. KẾT QUẢ THỰC HIỆN',
];
const YEAR = [
  'Số: 210/BC-UBND', 'Yên Phong, ngày 15 tháng 12 năm 2024', 'BÁO CÁO', 'Kết quả công tác phòng cháy, chữa cháy năm 2024',
  'I. KẾT QUẢ THỰC HIỆN',
];
const found = (head: string[], line: string) =>
  analyseSource(sourceFromText([...head, line].join('\n')), { only: ['date-out-of-period'] }).findings.filter((f) => f.severity !== 'info').map((f) => [f.messageId, f.data.found]);

describe('date-out-of-period: school years and earlier occurrences (s44)', () => {
  it('flags a held event of a school year dated in the spring before it began', () => {
    // 20/02/2023 is before 01/9/2023; 20/02/2024 would fall in the school year, before signing (12/6/2024).
    expect(found(SCHOOL, 'Hội thi giáo viên dạy giỏi cấp huyện bậc tiểu học được tổ chức vào ngày 20/02/2023 với 145 giáo viên tham gia, có 61 giáo viên đạt giải. Hội khỏe Phù Đổng cấp huyện diễn ra ngày 05/4/2024.'))
      .toEqual([['dateYearSlip', '20/02/2023']]);
  });

  it('stays silent on days of the school year and on its summer preparation', () => {
    expect(found(SCHOOL, 'Hội thi giáo viên dạy giỏi cấp huyện bậc tiểu học được tổ chức vào ngày 20/02/2024 với 145 giáo viên tham gia, có 61 giáo viên đạt giải. Hội khỏe Phù Đổng cấp huyện diễn ra ngày 05/4/2024.')).toEqual([]);
    // 10/8/2023 falls in no part of the school year when moved on a year (August is outside 9–5): preparation, kept.
    expect(found(SCHOOL, 'Lớp bồi dưỡng chuyên môn hè được tổ chức vào ngày 10/8/2023 với 320 giáo viên tham gia. Hội khỏe Phù Đổng cấp huyện diễn ra ngày 05/4/2024.')).toEqual([]);
  });

  it('takes an occurrence named as the one before as cited for comparison', () => {
    expect(found(YEAR, 'Ngày 12/4/2024, xã tổ chức thực tập phương án chữa cháy tại chợ trung tâm với 120 người tham gia; ngày 08/10/2024, tổ chức kiểm tra an toàn tại 35 cơ sở kinh doanh (đợt kiểm tra trước vào ngày 16/9/2022 phát hiện 9 cơ sở vi phạm).')).toEqual([]);
  });

  it('still flags a day of another year among the period\'s days when nothing names it as earlier', () => {
    expect(found(YEAR, 'Đã ban hành Công văn số 15/UBND ngày 12/01/2024, Công văn số 88/UBND ngày 20/5/2024, Công văn số 141/UBND ngày 16/9/2022 về kiểm tra an toàn phòng cháy.'))
      .toEqual([['dateBeforePeriod', '16/9/2022']]);
  });
});
