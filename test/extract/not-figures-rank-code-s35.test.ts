import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Written for this test, in other words and numbers than any fixture.
describe('a rank over the field it was placed in (s35)', () => {
  it('reads "thứ n/m" before a counted noun as a rank, no fraction', () => {
    expect(excluded('Đội tuyển bóng chuyền của xã đứng thứ 4/18 đội, tăng hai bậc so với năm trước.')).toEqual(['thứ 4/18']);
    expect(excluded('Trường xếp thứ 7/31 trường trong huyện về chất lượng giáo dục.')).toEqual(['thứ 7/31']);
  });
  it('still reads a part over its whole after a document word as a fraction', () => {
    expect(excluded('Hướng dẫn 11/11 thôn triển khai mô hình phân loại rác.')).toEqual([]);
  });
});

describe('a code after a noun naming a thing by it (s35)', () => {
  it('excludes digits run into any capital after "chuyên án", "mã số"', () => {
    expect(excluded('Khám phá chuyên án 517V, bắt giữ 06 đối tượng.')).toEqual(['517V']);
    expect(excluded('Sản phẩm mang mã số 208K được cấp tem.')).toEqual(['208K']);
  });
  it('leaves a voltage after any other word to the figure reader', () => {
    expect(excluded('Thay 35 bóng đèn 220V trên tuyến đường thôn.')).toEqual([]);
  });
});
