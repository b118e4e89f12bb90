import { describe, expect, it } from 'vitest';
import { findUnit, unitsAlike } from '../../src/extract/labels.js';
import { labelUnit } from '../../src/extract/tables.js';
import { unitKey } from '../../src/extract/table-rows.js';
import { extractFigures } from '../../src/extract/figures.js';
import { flatPowers } from '../../src/text/normalize.js';
import { snippetSource } from './seed-blocks.js';

// The unit right after the first number of the text.
const unitAfter = (text: string) => {
  const m = /\d[\d.,]*/u.exec(text)!;
  return findUnit(text, m.index + m[0].length)?.unit ?? null;
};

describe('units of area and volume: the power is part of the unit, raised or typed flat (session 29)', () => {
  it('reads "m³", "m²", "km²", "dm³", "cm²" as cubic and square units, never as a length', () => {
    expect(unitAfter('Hồ chứa tích được 3.600 m³ nước')).toBe('m3');
    expect(unitAfter('Sân phơi rộng 840 m² bê tông')).toBe('m2');
    expect(unitAfter('Rừng phòng hộ 18,4 km² ven biển')).toBe('km2');
    expect(unitAfter('Bể ngầm chứa 750 dm³')).toBe('dm3');
    expect(unitAfter('Mẫu vải 25 cm²')).toBe('cm2');
  });

  it('reads the flat forms "m3", "m2", "km2" the same, and a plain "m" stays metres', () => {
    expect(unitAfter('Hồ chứa tích được 3.600 m3 nước')).toBe('m3');
    expect(unitAfter('Sân phơi rộng 840 m2 bê tông')).toBe('m2');
    expect(unitAfter('Rừng phòng hộ 18,4 km2 ven biển')).toBe('km2');
    expect(unitAfter('Mương dài 840 m bê tông')).toBe('m');
    expect(unitAfter('Kè dài 1,2 km, rộng')).toBe('km');
  });

  it('keeps a rate\'s tail after the power, and "ngày đêm" whole however it is joined', () => {
    expect(unitAfter('Trạm bơm công suất 2.400 m³/ngày đêm, phục vụ')).toBe('m3/ngày đêm');
    expect(unitAfter('Trạm bơm công suất 2.400 m3/ngày đêm.')).toBe('m3/ngày đêm');
    expect(unitAfter('Trạm bơm công suất 2.400 m³/ngày.đêm')).toBe('m3/ngày đêm');
    expect(unitAfter('Trạm bơm công suất 2.400 m3/ngày-đêm')).toBe('m3/ngày đêm');
    // Per day alone stays per day.
    expect(unitAfter('Trạm bơm công suất 2.400 m3/ngày, cấp')).toBe('m3/ngày');
    expect(unitAfter('Dân số trung bình 312 người/km² năm')).toBe('người/km2');
    expect(unitAfter('Sản lượng lạc 3,8 tấn/ha, tăng')).toBe('tấn/ha');
    expect(unitAfter('Sản lượng đậu tương 27 tạ/ha.')).toBe('tạ/ha');
  });

  it('a superscript after any other word is a footnote mark, not a power', () => {
    expect(unitAfter('còn 03 xã chưa đạt²')).toBe('xã');
    expect(flatPowers('đạt²')).toBe('đạt²');
  });

  it('tells the raised and the flat spelling one unit wherever units are compared', () => {
    expect(unitsAlike('m³', 'm3')).toBe(true);
    expect(unitsAlike('km²', 'km2')).toBe(true);
    expect(unitsAlike('m²', 'm')).toBe(false);
    expect(unitKey('M³')).toBe('m3');
    expect(labelUnit('Diện tích sàn xây dựng (m²)')).toBe('m2');
    expect(labelUnit('Diện tích sàn xây dựng (m2)')).toBe('m2');
    expect(labelUnit('Công suất cấp nước (m³/ngày đêm)')).toBe('m3/ngày đêm');
    // A bracket with any other digit is no unit.
    expect(labelUnit('Kết quả (lần 2)')).toBe('');
  });

  it('gives a figure in a report the unit', () => {
    const source = snippetSource('Năm 2024 khai thác 12.500 m³ cát và san lấp 4.200 m² mặt bằng, xử lý 96 m3/ngày đêm nước thải.');
    const figs = extractFigures(source, source.blocks.map(() => 0)).figures;
    expect(figs.filter((f) => f.value !== 2024).map((f) => [f.value, f.unit])).toEqual([[12500, 'm3'], [4200, 'm2'], [96, 'm3/ngày đêm']]);
  });
});
