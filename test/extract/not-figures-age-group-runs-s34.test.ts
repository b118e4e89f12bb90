import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Session 34: a run of ages after the words of an age group names the group, no figures. Sentences written for this test.
describe('a run of ages after "độ tuổi", "lứa tuổi", "nhóm tuổi"', () => {
  it('excludes every age of the run, joined by ", " or "và"/"hoặc"', () => {
    expect(excluded('Tặng quà cho 640 hội viên ở các độ tuổi 65, 70, 75 và 80.')).toEqual(['65, 70, 75 và 80']);
    expect(excluded('Khám cho trẻ em lứa tuổi 3, 4 hoặc 5 tại trường.')).toEqual(['3, 4 hoặc 5']);
  });

  it('keeps counts: a counted noun or unit after the run, a decimal comma, a lone number, "tuổi" alone', () => {
    expect(excluded('Theo nhóm tuổi 16, 25 người đã đăng ký.')).toEqual([]);
    expect(excluded('Nhóm tuổi 1,5 triệu đồng.')).toEqual([]);
    expect(excluded('Trong độ tuổi 60 có nhiều người tham gia.')).toEqual([]);
    expect(excluded('Số người cao tuổi 45, 12 người khuyết tật.')).toEqual([]);
  });
});
