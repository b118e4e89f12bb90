import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Session 26 (holdout132, and holdout97's gold alike): "đủ N ngày" after an action is the full term it ran, a stated value,
// never the report's period; "đầy đủ" is "complete", no term. Sentences written for this test.
describe('the full term an action ran: "đủ 20 ngày" (s26)', () => {
  it('keeps the span after "đủ" a figure', () => {
    expect(excluded('Danh sách hộ được hỗ trợ đã niêm yết tại nhà văn hóa thôn đủ 20 ngày theo quy định')).toEqual([]);
  });

  it('still excludes a span after "đầy đủ" and one that opens or dates the period', () => {
    expect(excluded('Trẻ dưới 1 tuổi được tiêm chủng đầy đủ 9 tháng đạt 95%')).toEqual(['1 tuổi', '9 tháng']);
    expect(excluded('Trong 6 tháng đầu năm, xã đã niêm yết đủ các thủ tục')).toEqual(['6 tháng']);
  });
});
