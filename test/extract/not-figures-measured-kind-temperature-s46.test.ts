import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';
import { readPassage } from '../../src/extract/read-figures.js';

// Session 46 (holdout206/207): a size after "loại" and a temperature the weather went past are figures. Sentences written
// for this test.
const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));
const values = (text: string) => readPassage(text, { atBlockStart: false }).figures.map((f) => f.value);

describe('a number after an id word and before a measure unit', () => {
  it('reads the size of a kind as a figure', () => {
    // Hand-checked: 500 lít, 50 kg and 20 m³ measure the tank, the sack and the pit; "loại 1.500" alone names a model.
    expect(excluded('Lắp 12 bồn chứa nước loại 500 lít cho các hộ.')).toEqual([]);
    expect(values('Lắp 12 bồn chứa nước loại 500 lít cho các hộ.')).toEqual([12, 500]);
    expect(excluded('Cấp 30 bao phân bón loại 50 kg và xây 02 hố loại 20 m³.')).toEqual([]);
    expect(excluded('Trang bị 04 máy phát điện loại 1.500 cho trạm bơm.')).toEqual(['loại 1.500']);
  });

  it('keeps a model, a plan and a numbered item unread', () => {
    expect(excluded('Bổ sung 03 máy bơm loại 150 và 02 máy loại 2.')).toEqual(['loại 150', 'loại 2']);
    // Hand-checked: one digit before the unit names a class of vehicle by its round size.
    expect(excluded('Điều động 02 xe tải loại 8 tấn chở vật tư.')).toEqual(['loại 8']);
    expect(excluded('Thực hiện theo Kế hoạch 45 của UBND huyện.')).toEqual(['Kế hoạch 45']);
  });
});

describe('a temperature after a bound word', () => {
  it('reads the temperature the weather went past as a figure', () => {
    // Hand-checked: "hạ xuống dưới 5 độ C" and "lên trên 41°C" report what the thermometer showed.
    expect(excluded('Đợt rét làm nhiệt độ hạ xuống dưới 5 độ C.')).toEqual([]);
    expect(values('Đợt rét làm nhiệt độ hạ xuống dưới 5 độ C.')).toEqual([5]);
    expect(excluded('Có ngày nhiệt độ lên trên 41°C.')).toEqual([]);
  });

  it('keeps a threshold of a condition unread', () => {
    // Hand-checked: a fever below 39 °C and a room kept above 18 °C name a condition, no reading.
    expect(excluded('Trẻ sốt dưới 39°C được theo dõi tại nhà.')).toEqual(['dưới 39°C']);
    expect(excluded('Kho giữ nhiệt độ trên 18 độ C.')).toEqual(['trên 18 độ C']);
  });
});
