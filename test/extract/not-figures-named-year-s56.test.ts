import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';
import { readPassage } from '../../src/extract/read-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));
const values = (text: string) => readPassage(text, { atBlockStart: true }).figures.map((f) => f.value);

// Session 56: a year named by its kind ("năm học 2025", "năm tài chính 2024", "niên độ 2024") is the year, never a count, even
// when the school year's second half is cut off ("năm học 2025-"). Sentences written for this test.
describe('a year named by its kind', () => {
  it('excludes the year after a school, fiscal or budget year word', () => {
    expect(excluded('Kết quả xếp loại hạnh kiểm học sinh năm học 2025 được tổng hợp.')).toEqual(['năm học 2025']);
    expect(excluded('Quyết toán ngân sách năm tài chính 2024 được phê duyệt đúng hạn.')).toEqual(['năm tài chính 2024']);
    expect(excluded('Báo cáo tài chính niên độ 2024 của hợp tác xã đã được kiểm toán.')).toEqual(['niên độ 2024']);
  });

  it('reads no figure from a school year broken after its dash', () => {
    // "2025-" with "2026" lost: the year, nothing counted; the 6,12 điểm after it is still read.
    expect(values('Điểm bình quân môn Tiếng Anh kỳ thi năm học 2025- của huyện là 6,12 điểm.')).toEqual([6.12]);
  });

  it('keeps a count stated in the same school year', () => {
    // 1.240 học sinh after the year is a count.
    expect(values('Trong năm học 2025 toàn huyện có 1.240 học sinh lớp 9.')).toEqual([1240]);
  });
});
