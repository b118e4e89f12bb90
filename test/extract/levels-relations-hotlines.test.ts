import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

async function analysisOf(text: string) {
  const out = await analyseBytes('t.txt', Buffer.from(text + '\n', 'utf8'), { only: [] });
  return out.analysis!;
}
const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

describe('a change verb handing on to the level reached', () => {
  it('reads "giảm còn 27 hộ" and "tăng lên 410 học sinh" as levels, "giảm 6 hộ" as a change', async () => {
    const a = await analysisOf('Số hộ cận nghèo giảm còn 27 hộ; số học sinh bán trú tăng lên 410 học sinh; số hộ nghèo giảm 6 hộ.');
    const role = (raw: string) => a.readings.find((r) => r.figure.raw === raw)?.role;
    expect(role('27')).toBe('count');
    expect(role('410')).toBe('count');
    expect(role('6')).toBe('change');
  });
});

describe('spelled numbers that count nothing', () => {
  it('reads no figure from "giữa hai thôn" (the parties of a relation), but three from "ba thôn"', async () => {
    const a = await analysisOf('Tổ chức giải bóng đá giao hữu giữa hai thôn Đông và Tây; hỗ trợ ba thôn làm đường.');
    expect(a.figures.map((f) => [f.raw, f.value])).toEqual([['ba', 3]]);
  });
});

describe('short service numbers after a phone line', () => {
  it('excludes the number a line is dialled by', () => {
    expect(excluded('Tuyên truyền đường dây nóng phòng chống bạo lực gia đình 1900 969680 và Tổng đài cấp cứu 115 tại các thôn')).toEqual([
      '1900 969680', '115',
    ]);
  });
  it('excludes the number after a line\'s name listed with commas and closed by a colon', () => {
    expect(excluded('Số điện thoại cấp cứu, tai nạn: 115; đường dây nóng an toàn thực phẩm, môi trường: 1022.')).toEqual(['115', '1022']);
    // A count after the colon stays a count.
    expect(excluded('Đường dây nóng, hộp thư góp ý: 126 cuộc gọi')).toEqual([]);
  });
  it('keeps a count a line received, and a count after its name', () => {
    expect(excluded('Tổng đài đã tiếp nhận 125 cuộc gọi')).toEqual([]);
    expect(excluded('Đường dây nóng của xã 146 cuộc gọi trong năm')).toEqual([]);
  });
});
