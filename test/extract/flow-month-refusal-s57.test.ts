import { describe, expect, it } from 'vitest';
import { flowOf } from '../../src/extract/quantities.js';

// Session 57 moved the "tháng " refusal of the opening-level cue out of the pattern (a leading lookbehind tried at every
// index) into flowOf; these pin the readings the lookbehind gave, so the move changes none.
describe('an opening level is no opening level right after "tháng " (session 57, same readings as the lookbehind)', () => {
  it('reads a span of months from the start of the year as a period, no opening level', () => {
    expect(flowOf('số ca khám trong 6 tháng đầu năm')).toBeNull();
    expect(flowOf('số trẻ nghỉ học 3 tháng đầu năm học')).toBeNull();
  });

  it('still reads an opening level named without "tháng " right before it', () => {
    expect(flowOf('số dư quỹ bảo hiểm xã hội đầu năm')).toBe('open');
    expect(flowOf('hồ sơ tồn kỳ trước')).toBe('open');
    // Two spaces or a capital are not the refused "tháng " (the lookbehind was exact and case-sensitive).
    expect(flowOf('ngân sách tháng  đầu kỳ')).toBe('open');
  });

  it('goes on past a refused cue to one starting inside it', () => {
    // "đầu kỳ" is refused after "tháng ", "kỳ trước chuyển qua" four characters on is read.
    expect(flowOf('tháng đầu kỳ trước chuyển qua')).toBe('open');
  });

  it('keeps the cue nearest the figure when a refused one comes first', () => {
    // "tháng đầu năm" refused, "đã giải quyết" goes out.
    expect(flowOf('trong 9 tháng đầu năm đã giải quyết')).toBe('out');
  });
});
