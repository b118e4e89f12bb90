import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Session 31 (h165): a span alone in brackets after words naming its own unit counts those units. Sentences written for this test.
describe('a span in brackets after the unit it counts ("mỗi ngày làm việc (120 ngày)")', () => {
  it('reads the bracketed span as a count of the units named before it', () => {
    expect(excluded('Bình quân mỗi ngày trực (62 ngày) đội tuần tra xử lý 4 vụ vi phạm.')).toEqual([]);
    expect(excluded('Số tuần nắng nóng (5 tuần) kéo dài làm giảm năng suất lúa.')).toEqual([]);
  });

  it('still leaves a span of another unit, or one not in brackets, as a duration', () => {
    expect(excluded('Trong thời gian thi công (18 tháng) phải bảo đảm giao thông.')).toEqual(['18 tháng']);
    expect(excluded('Thời gian thực hiện 6 tháng (180 ngày) kể từ ngày ký.')).toEqual(['6 tháng', '180 ngày']);
  });
});
