import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';
import { readPassage } from '../../src/extract/read-figures.js';

// Session 49 (h212/h213): a number inside a name given in quotes after its head ("phong trào", "danh hiệu", …) and a ring
// road's number written with a decimal comma ("vành đai 2,5") are names, no figures. Sentences written for this test, in
// other topics than the fixtures'.
const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));
const values = (text: string) => readPassage(text, { atBlockStart: false }).figures.map((f) => f.value);

describe('a number inside a quoted name after its head', () => {
  it('leaves the name unread and reads the counts around it', () => {
    expect(excluded('Phong trào "Nhà trường 3 an toàn" được 14 trường hưởng ứng.')).toEqual(['"Nhà trường 3 an toàn"']);
    expect(values('Phong trào "Nhà trường 3 an toàn" được 14 trường hưởng ứng.')).toEqual([14]);
    // Hand-checked: at most three words between the head and the quotes ("danh hiệu thi đua").
    expect(values('Hội Nông dân nhân rộng danh hiệu thi đua "Hộ sản xuất giỏi 3 cấp" cho 215 hộ.')).toEqual([215]);
  });

  it('still reads a count of named models and a percentage stated inside quotes', () => {
    expect(values('Xã có 05 mô hình "Dân vận khéo" với 120 hội viên.')).toEqual([5, 120]);
    expect(values('Trường hưởng ứng phong trào "Nâng tỷ lệ tiêm chủng lên 98%" trong năm.')).toEqual([98]);
  });
});

describe('a ring road named by a number with a decimal comma', () => {
  it('leaves "vành đai 2,5" unread after a road word', () => {
    expect(excluded('Ngân sách bố trí 12,5 tỷ đồng cho tuyến vành đai 2,5 qua thị trấn.')).toEqual(['vành đai 2,5']);
    expect(values('Ngân sách bố trí 12,5 tỷ đồng cho tuyến vành đai 2,5 qua thị trấn.')).toEqual([12.5e9]);
  });

  it('still reads a length measured along the ring road', () => {
    expect(values('Đã thảm nhựa đường vành đai 1,5 km.')).toEqual([1.5]);
  });
});
