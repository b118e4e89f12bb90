import { describe, expect, it } from 'vitest';
import { readPeriod } from '../../src/extract/meta.js';
import { workloadStages } from '../../src/extract/similarity.js';
import { clearMemos } from '../../src/text/memo.js';

// Session 38 keeps the answers of readPeriod and workloadStages across calls (speed only): a kept answer must be the
// very answer a fresh reading gives, and a caller changing what it got must not change the next caller's answer.
describe('answers kept across calls (session 38)', () => {
  it('reads the same period from a title asked twice, and a changed copy does not leak into the next answer', () => {
    clearMemos();
    const title = 'Tình hình thu chi ngân sách quý II năm 2031';
    const first = readPeriod(title);
    expect(first).toEqual({ start: '2031-04-01', end: '2031-06-30', label: 'quý II năm 2031' });
    first!.label = 'đã sửa';
    first!.end = '1999-01-01';
    expect(readPeriod(title)).toEqual({ start: '2031-04-01', end: '2031-06-30', label: 'quý II năm 2031' });
  });

  it('keeps "no period" for a title that names none, and tells apart titles that differ by one word', () => {
    clearMemos();
    expect(readPeriod('Công tác phòng chống thiên tai')).toBeNull();
    expect(readPeriod('Công tác phòng chống thiên tai')).toBeNull();
    expect(readPeriod('Kết quả năm 2029')).toEqual({ start: '2029-01-01', end: '2029-12-31', label: 'năm 2029' });
    expect(readPeriod('Kết quả năm 2028')).toEqual({ start: '2028-01-01', end: '2028-12-31', label: 'năm 2028' });
  });

  it('reads a long text (not kept) as a short one', () => {
    const long = `${'Các hoạt động của hội nông dân được duy trì thường xuyên, '.repeat(5)}trong 6 tháng đầu năm 2030`;
    expect(long.length).toBeGreaterThan(200);
    expect(readPeriod(long)?.end).toBe('2030-06-30');
    expect(readPeriod(long)?.end).toBe('2030-06-30');
  });

  it('gives a header the same workload stages however often it is asked, and another header its own', () => {
    clearMemos();
    const settled = workloadStages('Số đơn đã giải quyết');
    expect(workloadStages('Số đơn đã giải quyết')).toBe(settled);
    expect(workloadStages('Ghi chú')).toBe('');
    expect(workloadStages('Ghi chú')).toBe('');
    expect(workloadStages('Số đơn phải giải quyết')).not.toBe(settled);
  });
});
