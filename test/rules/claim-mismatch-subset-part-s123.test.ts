import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'claim-mismatch';
const found = async (text: string) => (await findingsOf(RULE, text + '\n')).map((f) => [f.messageId, f.data.value, f.data.base, f.data.actual]);

describe('claim-mismatch: a change after a single "trong đó" part of another unit', () => {
  it('does not hold the change against the whole when one part of another noun stands between', async () => {
    // The change speaks of the part (21 phòng khám: 21 − 17 = 4), not of the 58 facilities (58 − 17 = 41): silent.
    expect(await found('Toàn huyện có 58 cơ sở khám chữa bệnh với 420 giường bệnh, trong đó có 21 phòng khám tư nhân, tăng 4 cơ sở so với năm 2024 (17 cơ sở).')).toEqual([]);
    // 40 − 34 = 6 schools, not 96 − 34 = 62 units.
    expect(await found('Toàn tỉnh có 96 đơn vị dự toán, trong đó có 40 trường học tự chủ một phần chi thường xuyên, tăng 6 đơn vị so với năm 2024 (34 đơn vị).')).toEqual([]);
    // 35 − 30 = 5 farms, not 212 − 30 households.
    expect(await found('Toàn xã có 212 hộ nuôi trồng thủy sản, trong đó 35 trang trại đạt tiêu chí kinh tế trang trại, tăng 5 hộ so với năm trước (30 hộ).')).toEqual([]);
  });

  it('still reads a part of the same noun, and a whole after a list of several parts', async () => {
    // Hand-checked: 35 − 30 = 5, not 8.
    expect(await found('Toàn xã có 212 hộ nuôi trồng thủy sản, trong đó 35 hộ đạt chứng nhận VietGAP, tăng 8 hộ so với năm trước (30 hộ).')).toEqual([['changeMismatch', 35, 30, 5]]);
    // Hand-checked: after two parts the sentence is back at the whole: 143 − 133 = 10, not 12.
    expect(await found('Toàn huyện có 143 cơ sở lưu trú, gồm 46 nhà nghỉ và 97 khách sạn mini, tăng 12 cơ sở so với cùng kỳ (133 cơ sở).')).toEqual([['changeMismatch', 143, 133, 10]]);
  });
});
