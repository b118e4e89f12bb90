import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A rate "X% số <population>" after a count (", đạt", a bracket) is a share of that population taken by the count before it:
// it measures its numerator, so it is never the same quantity as another rate over the same population
// (src/extract/quantities.ts, the "share-of:" scope of a rate).
const found = async (text: string) =>
  (await findingsOf('repeated-value-conflict', text)).map((f) => ({ id: f.messageId, data: f.data }));

const report = (first: string, second: string) =>
  `I. KẾT QUẢ\n${first}\n\nCông tác tuyên truyền được duy trì thường xuyên.\n\nII. ĐÁNH GIÁ\n${second}\n`;

describe('repeated-value-conflict: rates over one population with different numerators', () => {
  it('does not hold a share of households reached by a title against the rate of households using clean water', async () => {
    // Hand-checked: 3.105 / 3.420 = 0,9079 → 90,8% (of households with the title), another rate than 98,2% (clean water).
    expect(await found(report(
      'Toàn xã có 3.420 hộ gia đình. Có 3.105 hộ đạt danh hiệu gia đình văn hóa, đạt 90,8% số hộ gia đình.',
      'Tỷ lệ hộ gia đình sử dụng nước hợp vệ sinh đạt 98,2%.',
    ))).toEqual([]);
  });

  it('does not hold the share of qualified teachers against the rate of teachers trained', async () => {
    // Hand-checked: 1.180 / 1.250 = 0,944 → 94,4% (qualified), another rate than 98,6% (trained).
    expect(await found(report(
      'Toàn huyện có 1.250 giáo viên tiểu học. Có 1.180 giáo viên đạt chuẩn trình độ đào tạo, đạt 94,4% số giáo viên tiểu học.',
      'Tỷ lệ giáo viên tiểu học được bồi dưỡng thường xuyên đạt 98,6%.',
    ))).toEqual([]);
  });

  it('does not hold a bracketed share of members against another rate of the same households', async () => {
    // Hand-checked: 2.960 / 3.420 = 0,8655 → 86,5% (members), another rate than 98,2% (clean water).
    expect(await found(report(
      'Toàn xã có 3.420 hộ gia đình. Hội Nông dân có 2.960 hội viên (86,5% số hộ gia đình).',
      'Tỷ lệ hộ gia đình sử dụng nước hợp vệ sinh đạt 98,2%.',
    ))).toEqual([]);
  });

  it('still flags one share of one numerator over one population stated twice with two values', async () => {
    // Hand-checked: 3.105 / 3.420 = 90,8%; the restatement says 98,0% of the same households with the same title.
    expect(await found(report(
      'Toàn xã có 3.420 hộ gia đình; có 3.105 hộ đạt danh hiệu gia đình văn hóa, đạt 90,8% số hộ gia đình.',
      'Toàn xã có 3.105 hộ đạt danh hiệu gia đình văn hóa, đạt 98,0% số hộ gia đình.',
    ))).toEqual([{ id: 'repeatedValueConflict', data: { name: 'số hộ gia đình', value: '98,0%', other: '90,8%' } }]);
  });

  it('stays silent on a share held by "chiếm" beside another rate, as before', async () => {
    expect(await found(report(
      'Toàn xã có 3.420 hộ gia đình. Hội Nông dân có 2.960 hội viên, chiếm 86,5% số hộ gia đình.',
      'Tỷ lệ hộ gia đình sử dụng nước hợp vệ sinh đạt 98,2%.',
    ))).toEqual([]);
  });
});
