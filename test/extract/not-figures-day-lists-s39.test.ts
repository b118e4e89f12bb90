import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));
const covered = (text: string, number: string) => {
  const at = text.indexOf(number);
  return findNotFigureRanges(text, { atBlockStart: false }).some(([a, b]) => a <= at && at + number.length <= b);
};

// Session 39: a list of days after "ngày", of a month or closing its clause, is dates. Sentences written for this test.
describe('a list of days of the month after "ngày"', () => {
  it('excludes every day of a list before "hằng tháng", "hàng tháng", "mỗi tháng" or a month', () => {
    expect(covered('Đoàn thanh niên ra quân dọn vệ sinh vào ngày 7, 21 hằng tháng tại các tuyến phố.', '21')).toBe(true);
    expect(covered('Bưu điện chi trả lương hưu ngày 3 và 18 hàng tháng cho 1.240 người.', '18')).toBe(true);
    expect(covered('Trạm y tế tiêm chủng ngày 12, 27 mỗi tháng.', '27')).toBe(true);
    expect(covered('Hội nghị diễn ra vào ngày 9, 16 tháng 8.', '16')).toBe(true);
  });

  it('excludes a list of days closing its clause ("ngày 4, 14 và 24.")', () => {
    expect(excluded('Chợ phiên họp vào ngày 4, 14 và 24.')).toEqual(['ngày 4, 14 và 24']);
  });

  it('keeps a count after the day, a span of days and a decimal', () => {
    // "Ngày 6, 30 hộ dân …": on the 6th, thirty households — a count.
    expect(covered('Ngày 6, 30 hộ dân được nhận gạo cứu trợ.', '30')).toBe(false);
    // A span of days counted, not a date.
    expect(covered('Đợt kiểm tra kéo dài trong 18 ngày với 42 cơ sở.', '42')).toBe(false);
    expect(covered('Ngày 11, 2,5 tấn hàng được vận chuyển.', '2,5')).toBe(false);
  });
});
