import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

describe('a level word before a measured amount (session 22, s118)', () => {
  it('keeps "mức" + a decimal or a number + a unit of measure as the amount, no level "8, 65"', () => {
    // Hand-checked: a water level of 8.65 metres, a load of 30 tonnes, a price of 7,2 thousand đồng: amounts, no rank.
    expect(excluded('Mực nước sông tại trạm Cầu Lạc lên mức 8,65 m, vượt báo động III.')).toEqual([]);
    expect(excluded('Tải trọng cầu được nâng lên mức 30 tấn.')).toEqual([]);
    expect(excluded('Độ mặn tại cống đo được ở mức 4,5 kg trên mét khối nước.')).toEqual([]);
  });

  it('still excludes a level with no unit after it, or a list of levels', () => {
    expect(excluded('Cơ sở đạt an toàn thực phẩm mức 3.')).toEqual(['mức 3']);
    expect(excluded('Cung cấp dịch vụ công trực tuyến mức độ 3, 4 cho người dân.')).toEqual(['mức độ 3, 4']);
  });
});
