import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';
import { readPassage } from '../../src/extract/read-figures.js';

// Session 54 (h223): a map position (a value after a coordinate word or a plane axis, or written in degrees and minutes),
// a programme named by its year in lower case or with initials, and "số N" continuing a numbered item ("tổ số 3, số 7")
// are no figures. Sentences written for this test, in other topics and wordings than the fixtures' (forestry, weather,
// education, agriculture, health).
const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));
const values = (text: string) => readPassage(text, { atBlockStart: false }).figures.map((f) => f.value);

describe('a position on a map', () => {
  it('is no figure after a plane axis with its unit or in a sentence naming coordinates', () => {
    const text = 'Khu rừng phòng hộ có tọa độ trung tâm X = 2 315 640, Y = 512 370, diện tích 45,6 ha.';
    expect(findNotFigureRanges(text, { atBlockStart: false })).toEqual([[38, 51], [53, 64]]);
    expect(excluded(text)).toEqual(['X = 2 315 640', 'Y = 512 370']);
    expect(values(text)).toEqual([45.6]);
    const plane = 'Ranh giới vùng trồng lúa được xác định bởi điểm X(m): 2 318 205 và Y(m): 509 844.';
    expect(excluded(plane)).toEqual(['X(m): 2 318 205', 'Y(m): 509 844']);
    expect(values(plane)).toEqual([]);
  });

  it('is no figure in degrees and minutes, or after a meridian or a projection zone', () => {
    const station = 'Trạm đo mưa đặt tại vĩ độ 21°02\'15" Bắc, kinh độ 105°48\'30" Đông, đo được lượng mưa 125 mm.';
    expect(excluded(station)).toEqual(['vĩ độ 21°02\'15"', 'kinh độ 105°48\'30"']);
    expect(values(station)).toEqual([125]);
    const map = 'Bản đồ hiện trạng rừng lập theo kinh tuyến trục 105°30\', múi chiếu 3° cho 12 xã.';
    expect(excluded(map)).toEqual(['kinh tuyến trục 105°30\'', 'múi chiếu 3°']);
    expect(values(map)).toEqual([12]);
  });

  it('leaves a temperature, a count of points and a Roman ten before a count as figures', () => {
    expect(values('Nhiệt độ trung bình 27°C, lượng mưa 180 mm.')).toEqual([27, 180]);
    expect(values('Đã cập nhật tọa độ 125 điểm mốc ranh giới.')).toEqual([125]);
    expect(values('Phần X: 12 hộ được hỗ trợ.')).toEqual([12]);
  });
});

describe('a programme named by its year', () => {
  it('is no figure in lower case or with initials among its words', () => {
    const text = 'Trường triển khai chương trình giáo dục mầm non 2021 cho 320 trẻ.';
    expect(excluded(text)).toEqual(['chương trình giáo dục mầm non 2021']);
    expect(values(text)).toEqual([320]);
    expect(values('Hội Nông dân tuyên truyền chiến lược phát triển nông nghiệp bền vững 2030 tới 1.250 hội viên.')).toEqual([1250]);
    expect(excluded('Giáo viên được bồi dưỡng Chương trình GDPT 2018 với 42 lượt người.')).toEqual(['Chương trình GDPT 2018']);
  });

  it('stays a count or an amount before a counted noun or a money word, and a grouped number stays one', () => {
    expect(values('Chương trình hỗ trợ 2020 hộ nghèo vay vốn.')).toEqual([2020]);
    expect(values('Chương trình tín dụng giải ngân 2025 triệu đồng.')).toEqual([2_025_000_000]);
    expect(values('Số hộ tham gia tăng 2.018 hộ so với cùng kỳ.')).toEqual([2018]);
  });
});

describe('an item numbered after "số" continuing another', () => {
  it('names the next item after a comma or "và", its noun left out', () => {
    const rooms = 'Nhà trường sửa chữa phòng học số 2, số 5 trước năm học mới.';
    expect(excluded(rooms)).toEqual(['số 2', 'số 5']);
    expect(values(rooms)).toEqual([]);
    expect(excluded('Trạm y tế khám sàng lọc tại khu phố số 2 và số 6 trong tháng 5.')).toEqual(['khu phố số 2', 'số 6', 'tháng 5']);
  });

  it('names a unit before "tổ chức", a verb, not a count of teams', () => {
    const text = 'Đội Quản lý thị trường số 2 tổ chức kiểm tra 15 cơ sở.';
    expect(excluded(text)).toEqual(['số 2']);
    expect(values(text)).toEqual([15]);
  });

  it('stays a count before a counted noun', () => {
    expect(values('Khu phố số 2, số 45 hộ còn lại chưa nộp phí.')).toEqual([45]);
  });
});
