import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 45: a share whose whole is named by a measure noun and a thing ("chiếm 20,0% diện tích cây ăn quả") is of the
// labelled whole of that thing (the list item's own "Cây ăn quả các loại: 48,5 ha", an area though its label never says
// "diện tích"), never of another crop's area stated earlier as "diện tích …". A measure noun alone names no whole.
// Sentences and numbers written for this test.
const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 41/BC-UBND\nHòa Bình, ngày 20 tháng 6 năm 2025\nBÁO CÁO\nKết quả sản xuất nông lâm nghiệp 6 tháng đầu năm 2025\nI. KẾT QUẢ\n';
const report = (item: string) => HEAD + [
  'Toàn xã trồng mới 150,0 ha rừng tập trung, trong đó diện tích trồng bằng cây keo lai đạt 96,0 ha, chiếm 64,0% diện tích rừng trồng mới; tỷ lệ cây sống đạt 92%.',
  'Các cây trồng khác được chăm sóc đúng quy trình, cụ thể:',
  '- Cây chè: 32,4 ha, năng suất 85,0 tạ/ha.',
  item,
  '- Cây dược liệu: 6,2 ha, năng suất 40,0 tạ/ha.',
].join('\n') + '\n';
const seen = async (item: string) => (await findingsOf('percent-mismatch', report(item))).map((f) => [f.data.stated, f.data.num, f.data.den]);

describe('percent-mismatch: a share named by a measure noun and a thing is of the list item\'s own labelled whole', () => {
  it('stays silent on a true share of the item\'s own area (9,7/48,5 = 20,0%), not read against the acacia area (96,0 ha)', async () => {
    // Hand-checked: 9,7 / 48,5 = 0,2 = 20,0%; 9,7 / 96,0 = 10,1% would be a false alarm.
    expect(await seen('- Cây ăn quả các loại: 48,5 ha, trong đó cây ăn quả đạt chứng nhận VietGAP 9,7 ha, chiếm 20,0% diện tích cây ăn quả; năng suất 120,0 tạ/ha.')).toEqual([]);
    // No "trong đó": the part hands its share over after a semicolon, the whole still the item's own.
    expect(await seen('- Cây ăn quả các loại: 48,5 ha; cây ăn quả đạt chứng nhận VietGAP 9,7 ha, chiếm 20,0% diện tích cây ăn quả.')).toEqual([]);
  });

  it('flags a wrong share against the item\'s own area', async () => {
    // Hand-checked: 9,7 / 48,5 = 20,0%, so "25,0%" is wrong.
    expect(await seen('- Cây ăn quả các loại: 48,5 ha, trong đó cây ăn quả đạt chứng nhận VietGAP 9,7 ha, chiếm 25,0% diện tích cây ăn quả; năng suất 120,0 tạ/ha.'))
      .toEqual([[25, 9.7, 48.5]]);
  });

  it('reads no whole from a measure noun alone ("chiếm 20,0% diện tích")', async () => {
    expect(await seen('- Cây ăn quả đạt chứng nhận VietGAP 9,7 ha, chiếm 20,0% diện tích.')).toEqual([]);
  });
});
