import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Session 30 (holdout155): an age range with its unit before it, and plan items named by a run of numbers. Sentences
// written for this test.
describe('an age range led by "tuổi" ("độ tuổi từ 6 đến 14")', () => {
  it('excludes both ends', () => {
    expect(excluded('Xã có 1.204 trẻ em trong độ tuổi từ 6 đến 14 được đến trường.')).toEqual(['tuổi từ 6 đến 14']);
    expect(excluded('Phụ nữ lứa tuổi 18 - 45 được khám sàng lọc.')).toEqual(['tuổi 18 - 45']);
  });

  it('keeps a count or a rate after the age words', () => {
    expect(excluded('Số người trong độ tuổi lao động là 3.250 người.')).toEqual([]);
    expect(excluded('Nhóm tuổi 15 - 20% dân số.')).toEqual([]);
  });
});

describe('plan items named by a run of numbers ("chỉ tiêu 5, 6 và 7")', () => {
  it('excludes the run closed by a bracket or a clause mark', () => {
    expect(excluded('Có 02/9 chỉ tiêu chưa đạt (chỉ tiêu 3 và 8).')).toEqual(['chỉ tiêu 3 và 8']);
    expect(excluded('Xã còn thiếu tiêu chí 2, 13 và 17; đang tập trung khắc phục.')).toEqual(['tiêu chí 2, 13 và 17']);
  });

  it('keeps a count: a single number, a counted noun after the run, a decimal', () => {
    expect(excluded('Hoàn thành nhiệm vụ 4 đợt ra quân.')).toEqual([]);
    expect(excluded('Giao chỉ tiêu 5, 6 và 7 hộ cho từng thôn.')).toEqual([]);
    expect(excluded('Đạt chỉ tiêu 5,6 tấn/ha.')).toEqual([]);
  });
});
