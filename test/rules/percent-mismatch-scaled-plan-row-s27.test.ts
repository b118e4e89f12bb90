import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { readPeriod } from '../../src/extract/meta.js';

const run = (text: string) => findingsOf('percent-mismatch', text);

// A report of "6 tháng đầu năm 2025" whose table, in millions, is headed "Thực hiện 6 tháng 2025" (no "năm").
const report = (rate: string) => [
  'BÁO CÁO',
  'Tình hình thực hiện dự toán chi ngân sách 6 tháng đầu năm 2025',
  `Chi sự nghiệp y tế 2,45 tỷ đồng, bằng ${rate}% dự toán.`,
  'Chi sự nghiệp môi trường 1,24 tỷ đồng, bằng 62,0% dự toán.',
  'Biểu 02. Chi ngân sách 6 tháng đầu năm 2025',
  '(ĐVT: triệu đồng)',
  'STT\tNội dung\tDự toán năm 2025\tThực hiện 6 tháng 2024\tThực hiện 6 tháng 2025\t% so với dự toán',
  '1\tChi sự nghiệp y tế\t3 500\t2 100\t2 450\t70,0',
  '2\tChi sự nghiệp môi trường\t2 000\t1 050\t1 240\t62,0',
  '3\tChi quốc phòng địa phương\t1 600\t700\t880\t55,0',
  '',
].join('\n');

describe('percent-mismatch of a rate of the plan whose amount a table restates at its money scale', () => {
  it('holds "2,45 tỷ đồng, bằng 58,1% dự toán" to the row writing 2 450 (triệu đồng) beside its plan 3 500', async () => {
    // Hand-checked: 2 450 / 3 500 = 70,0%, not 58,1%; 1 240 / 2 000 = 62,0% as stated.
    const f = await run(report('58,1'));
    expect(f.map((x) => x.messageId)).toEqual(['percentMismatch']);
    expect(f[0].data).toMatchObject({ stated: 58.1, num: 2450, den: 3500, actual: 70 });
    expect(await run(report('70,0'))).toEqual([]);
  });

  it('reads a column header "Thực hiện 9 tháng 2024" as the period it names, "năm" left out', () => {
    expect(readPeriod('Thực hiện 9 tháng 2024')).toMatchObject({ start: '2024-01-01', end: '2024-09-30' });
    expect(readPeriod('Ước thực hiện 6 tháng đầu năm 2024')).toMatchObject({ start: '2024-01-01', end: '2024-06-30' });
    // A day of a month is no run of months.
    expect(readPeriod('ngày 15 tháng 2024')).toBeNull();
  });
});

describe('percent-mismatch of a rate of the plan whose row label closes on a gloss in brackets', () => {
  const glossed = (rate: string) => [
    'BÁO CÁO',
    'Tình hình thu ngân sách huyện 9 tháng đầu năm 2025',
    `Thu tiền thuê đất 0,96 tỷ đồng, bằng ${rate}% dự toán.`,
    'Biểu 01. Thu ngân sách 9 tháng đầu năm 2025',
    '(ĐVT: triệu đồng)',
    'STT\tNội dung\tDự toán năm 2025\tThực hiện 9 tháng 2025\t% so với dự toán',
    '1\tThu tiền thuê đất (phần huyện hưởng)\t1 200\t960\t80,0',
    '2\tThu phí, lệ phí (phần huyện hưởng)\t500\t310\t62,0',
    '',
  ].join('\n');

  it('reads "(phần huyện hưởng)" as no unit, and the row as named by the sentence without it', async () => {
    // Hand-checked: 960 / 1 200 = 80,0%, not 40,0%.
    const f = await run(glossed('40,0'));
    expect(f.map((x) => x.messageId)).toEqual(['percentMismatch']);
    expect(f[0].data).toMatchObject({ stated: 40, num: 960, den: 1200, actual: 80 });
    expect(await run(glossed('80,0'))).toEqual([]);
  });
});
