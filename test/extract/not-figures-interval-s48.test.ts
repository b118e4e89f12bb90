import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Session 48 (h211): a span right before "một lần" or "/lần" is the interval of a repeated action, a length read like any
// span ("trong 06 ngày"), never a period told of. Sentences written for this test, in other topics than the fixture's.
describe('an interval between two times ("định kỳ 3 tháng một lần", "07 ngày/lần")', () => {
  it('reads the interval as a figure', () => {
    expect(excluded('Trạm y tế cân, đo chiều cao cho trẻ định kỳ 3 tháng một lần tại nhà văn hóa thôn.')).toEqual([]);
    expect(excluded('Cán bộ khuyến nông thăm đồng 07 ngày/lần để dự báo sâu bệnh.')).toEqual([]);
    expect(excluded('Bếp ăn bán trú được lấy mẫu nước xét nghiệm 6 tháng 1 lần.')).toEqual([]);
  });

  it('still leaves a period, or a span with no repeat after it, unread', () => {
    expect(excluded('Trong 6 tháng đầu năm, trạm tiêm chủng cho 512 trẻ.')).toEqual(['6 tháng']);
    expect(excluded('Thời gian thi công 3 tháng, mỗi tuần kiểm tra một lần.')).toEqual(['3 tháng']);
  });
});
