import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/extract/dates.js';
import { readPeriod } from '../../src/extract/meta.js';

const brief = (text: string) => readDates(text).map((d) => [d.raw, d.granularity, d.start, d.end]);

describe('readDates', () => {
  it('reads days with slashes and in words', () => {
    expect(brief('Công văn số 04/UBND ngày 10/01/2024 và ngày 5 tháng 3 năm 2024')).toEqual([
      ['10/01/2024', 'day', '2024-01-10', '2024-01-10'],
      ['ngày 5 tháng 3 năm 2024', 'day', '2024-03-05', '2024-03-05'],
    ]);
  });
  it('reads a month, a quarter, a half-year, nine months and a year with the days they cover', () => {
    expect(brief('tháng 7/2024')).toEqual([['tháng 7/2024', 'month', '2024-07-01', '2024-07-31']]);
    expect(brief('quý I/2024')).toEqual([['quý I/2024', 'quarter', '2024-01-01', '2024-03-31']]);
    expect(brief('6 tháng cuối năm 2023')).toEqual([['6 tháng cuối năm 2023', 'half-year', '2023-07-01', '2023-12-31']]);
    expect(brief('9 tháng đầu năm 2024')).toEqual([['9 tháng đầu năm 2024', 'months', '2024-01-01', '2024-09-30']]);
    expect(brief('trong năm 2024')).toEqual([['năm 2024', 'year', '2024-01-01', '2024-12-31']]);
  });
  it('reads an explicit range and keeps its two days', () => {
    expect(brief('từ ngày 15/9/2024 đến ngày 14/10/2024').map((d) => d[1])).toEqual(['range', 'day', 'day']);
  });
  it('never reads an impossible day, a document number or a deadline year as a date', () => {
    expect(brief('ngày 32/13/2024')).toEqual([]);
    expect(brief('Số: 12/BC-UBND')).toEqual([]);
    expect(brief('tầm nhìn đến năm 2030')).toEqual([]);
  });
  it('says what a date dates when the words before it do', () => {
    const [d] = readDates('Đã ban hành Công văn số 04/UBND ngày 10/01/2024');
    expect(d.dates).toBe('Đã ban hành Công văn số 04/UBND');
    const [e] = readDates('- Sáng ngày 05/3/2024, xã tổ chức hội nghị');
    expect(e.dates).toBeNull();
  });
});

describe('readPeriod reads the same patterns', () => {
  it('a half-year and a glossed month', () => {
    expect(readPeriod('Kết quả 6 tháng đầu năm 2024')).toEqual({ start: '2024-01-01', end: '2024-06-30', label: '6 tháng đầu năm 2024' });
    expect(readPeriod('tháng 10/2024 (từ ngày 15/9/2024 đến ngày 14/10/2024)')).toEqual({ start: '2024-09-15', end: '2024-10-14', label: 'tháng 10/2024' });
  });
  it('a school year and its semesters (September to May), the first one a title states; never as a date in the text', () => {
    expect(readPeriod('Tổng kết năm học 2023 - 2024 và nhiệm vụ năm học 2024-2025')).toEqual({ start: '2023-09-01', end: '2024-05-31', label: 'năm học 2023 - 2024' });
    expect(readPeriod('Sơ kết học kỳ I năm học 2024-2025')).toEqual({ start: '2024-09-01', end: '2025-01-31', label: 'học kỳ I năm học 2024-2025' });
    expect(readPeriod('Sơ kết học kỳ II năm học 2024-2025')).toEqual({ start: '2025-01-01', end: '2025-05-31', label: 'học kỳ II năm học 2024-2025' });
    expect(readPeriod('Kế hoạch năm học 2024-2026')).toBeNull();
    expect(readDates('Tổng kết năm học 2023-2024')).toEqual([]);
  });
});
