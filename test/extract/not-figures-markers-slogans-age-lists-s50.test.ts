import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';
import { readPassage } from '../../src/extract/read-figures.js';

// Session 50 (h204/h215): a boundary marker's number ("Cột mốc 1.116"), a slogan of several numbered items in quotes whatever
// its nouns ("“2 ca, 3 kíp”"), and ages listed before one "tuổi" ("tròn 60, 65 và 70 tuổi") are no figures. Sentences
// written for this test, in other topics than the fixtures' (border defence, health, agriculture, associations).
const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));
const values = (text: string) => readPassage(text, { atBlockStart: false }).figures.map((f) => f.value);

describe('a boundary marker named by its number', () => {
  it('leaves "Cột mốc 1.116" and a capitalised "Mốc 215" unread and reads the counts and lengths around them', () => {
    const patrol = 'Đồn Biên phòng phối hợp tuần tra khu vực Cột mốc 1.116 với 12 cán bộ.';
    expect(excluded(patrol)).toEqual(['Cột mốc 1.116']);
    expect(values(patrol)).toEqual([12]);
    const road = 'Nâng cấp đường tuần tra từ Mốc 215 đến Mốc 218, dài 4,5 km.';
    expect(excluded(road)).toEqual(['Mốc 215', 'Mốc 218']);
    expect(values(road)).toEqual([4.5]);
  });

  it('still reads markers counted, a length after "cột mốc", and a lower-case "mốc" alone', () => {
    expect(values('Huyện đã cắm 1.250 cột mốc giới quy hoạch.')).toEqual([1250]);
    expect(values('Hoàn thành sửa chữa cột mốc 35 km đường biên.')).toEqual([35]);
    expect(values('Đến nay đạt mốc 120 hộ tham gia bảo hiểm.')).toEqual([120]);
  });
});

describe('a slogan of several numbered items in quotes', () => {
  it('leaves the whole quote unread though its nouns count elsewhere ("ca", "vụ")', () => {
    const hospital = 'Bệnh viện duy trì trực "2 ca, 3 kíp" trong mùa dịch với 45 y, bác sĩ.';
    expect(excluded(hospital)).toEqual(['"2 ca, 3 kíp"']);
    expect(values(hospital)).toEqual([45]);
    expect(values('Hợp tác xã vận động sản xuất theo phương châm “1 vụ lúa, 1 vụ màu” trên 85 ha.')).toEqual([85]);
  });

  it('still reads one count quoted alone', () => {
    expect(values('Đoàn thanh niên nhận đỡ đầu "5 hộ" khó khăn.')).toEqual([5]);
  });
});

describe('ages listed before one unit', () => {
  it('leaves the whole run of ages unread and reads the count before it', () => {
    const text = 'Hội Cựu giáo chức tặng quà cho 35 hội viên tròn 60, 65 và 70 tuổi.';
    expect(excluded(text)).toEqual(['60, 65 và 70 tuổi']);
    expect(values(text)).toEqual([35]);
  });

  it('never opens a run inside a thousands group, on a count before a single span, or on numbers that do not rise', () => {
    expect(values('Tổng số hội viên 1.270, 3 năm liền đạt vững mạnh.')).toEqual([1270]);
    expect(values('Năm 2024 giải quyết 245 và 6 tháng đầu năm 2025 giải quyết 130 hồ sơ.')).toEqual([245, 130]);
    expect(values('Trạm y tế quản lý 596, 70, 80 tuổi trở lên 312 người.')).toEqual([596, 70, 312]);
  });
});
