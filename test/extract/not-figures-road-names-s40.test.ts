import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const covered = (text: string, number: string) => {
  const at = text.indexOf(number);
  return findNotFigureRanges(text, { atBlockStart: false }).some(([a, b]) => a <= at && at + number.length <= b);
};

// Session 40: a ring road's number names the road ("Vành đai 3"), as "Quốc lộ 14" or "Khu phố 2" name theirs. Sentences
// written for this test.
describe('a road named by "vành đai" and its number', () => {
  it('excludes the number of a capitalised ring road, or one after a road word', () => {
    expect(covered('Giải phóng mặt bằng tuyến Vành đai 3 qua địa bàn xã đạt tiến độ.', '3')).toBe(true);
    expect(covered('Nút giao vành đai 2 với đường trục chính được thông xe.', '2')).toBe(true);
    expect(covered('Dự án đường vành đai 5 đã bàn giao mặt bằng sạch.', '5')).toBe(true);
    expect(covered('Vành Đai 1 được mở rộng lên sáu làn xe.', '1')).toBe(true);
  });

  it('keeps the names already known: national and provincial roads, numbered streets and wards', () => {
    expect(covered('Sửa chữa mặt đường Quốc lộ 14 và Tỉnh lộ 12 trước mùa mưa.', '14')).toBe(true);
    expect(covered('Lắp đèn chiếu sáng đường số 7 thuộc Khu phố 2.', '7')).toBe(true);
  });

  it('keeps a count of ring roads, a length, and a count after the number', () => {
    // "6 tuyến vành đai": the number counts the roads before the head.
    expect(covered('Thành phố quy hoạch 6 tuyến vành đai đến năm 2040.', '6')).toBe(false);
    // A lowercase "vành đai" with no road word before it is a belt of trees, and its number a length.
    expect(covered('Trồng vành đai 2 km cây phòng hộ ven biển.', '2')).toBe(false);
    // "Đường vành đai 9 hộ …": a counted noun after the number makes it a count.
    expect(covered('Đường vành đai 9 hộ dân chưa nhận tiền bồi thường.', '9')).toBe(false);
  });
});
