import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Session 27 (h145): item numbers in a run after "số", and one year over another. Sentences written for this test.
describe('item numbers in a run after "số" ("các tuyến (số 2, 4 và 7)")', () => {
  it('excludes the whole run, in brackets or after a noun', () => {
    expect(excluded('Hai tuyến đường được nâng cấp trước (số 2 và 4) đã đưa vào sử dụng.')).toEqual(['số 2 và 4']);
    expect(excluded('Các phòng học số 3, 5 và 8 đã được sửa chữa.')).toEqual(['số 3, 5 và 8']);
    expect(excluded('Kiểm tra xe cứu thương số 1, 2 hoặc 3; lập biên bản.')).toEqual(['số 1, 2 hoặc 3']);
  });

  it('keeps counts: "tổng số", a counted noun after the run, a decimal', () => {
    expect(excluded('Đã cấp tổng số 4, 5 và 6 thẻ.')).toEqual([]);
    expect(excluded('Các thôn có số 12, 15 và 18 hộ.')).toEqual([]);
    expect(excluded('Phòng học số 1,5 và 2 chưa rõ.')).toEqual([]);
  });
});

describe('one year over a neighbouring year ("So sánh 2025/2024 (%)")', () => {
  it('excludes the pair', () => {
    expect(excluded('Chỉ tiêu\tThực hiện\tSo sánh 2025/2024 (%)')).toEqual(['2025/2024']);
    expect(excluded('Tốc độ tăng 2021/2020 đạt 6,2%.')).toEqual(['2021/2020']);
  });

  it('keeps a fraction of counts: a counted noun after it, years far apart or alike', () => {
    expect(excluded('Có 2010/2015 hộ đã kê khai.')).toEqual([]);
    expect(excluded('Đã giải quyết 1990/2020 hồ sơ.')).toEqual([]);
    expect(excluded('Tỷ lệ 2020/2020 (%)')).toEqual([]);
  });
});
