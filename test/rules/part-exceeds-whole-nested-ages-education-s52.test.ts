import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 52: pupils under 11 are some of the pupils under 14 of the same commune; children from 6 to 18 months are some of
// the children under 2 (ages in months and in years compared alike).
const RULE = 'part-exceeds-whole';
const ages = async (text: string) => (await findingsOf(RULE, text)).filter((f) => f.messageId === 'ageGroupExceedsWider');
const pairs = async (text: string) => (await ages(text)).map((f) => [f.data.part, f.data.whole, f.data.partGroup, f.data.wholeGroup]);

describe('part-exceeds-whole: pupils and young children in nested age groups', () => {
  it('flags more pupils under 11 taught to swim than the pupils under 14 the commune has', async () => {
    const text = '1. Giáo dục\nToàn xã có 860 học sinh dưới 14 tuổi.\n2. Phòng, chống đuối nước\nTổ chức dạy bơi cho 875 học sinh dưới 11 tuổi.\n';
    const found = await ages(text);
    // Hand-checked: under 11 is inside under 14; 875 > 860.
    expect(found.map((f) => [f.data.part, f.data.whole, f.data.partGroup, f.data.wholeGroup])).toEqual([[875, 860, 'học sinh dưới 11 tuổi', 'học sinh dưới 14 tuổi']]);
    expect(found[0].evidence.map((e) => [e.block, e.offset, e.quote])).toEqual([[3, 'Tổ chức dạy bơi cho '.length, '875'], [1, 'Toàn xã có '.length, '860']]);
  });

  it('reads the wider group stated by "trong đó" under a plain total', async () => {
    const text = 'Tổng số trẻ em dưới 15 tuổi trên địa bàn xã là 2.140 em; trong đó trẻ em dưới 3 tuổi 410 em.\nTiêm chủng cho 436 trẻ em dưới 2 tuổi.\n';
    // Hand-checked: under 2 is inside under 3 (410) and under 15 (2.140); the narrowest it passes is named.
    expect(await pairs(text)).toEqual([[436, 410, 'trẻ em dưới 2 tuổi', 'trẻ em dưới 3 tuổi']]);
  });

  it('compares ages in months with ages in years', async () => {
    const text = 'Toàn xã có 640 trẻ em dưới 2 tuổi.\nCho 652 trẻ em từ 6 đến 18 tháng tuổi uống vitamin A.\n';
    // Hand-checked: 6 to 18 months lies under 24 months; 652 > 640.
    expect(await pairs(text)).toEqual([[652, 640, 'trẻ em từ 6 đến 18 tháng tuổi', 'trẻ em dưới 2 tuổi']]);
  });

  it('leaves correct counts, visits and wider groups narrowed by a deed alone', async () => {
    expect(await pairs('Toàn xã có 860 học sinh dưới 14 tuổi.\nTổ chức dạy bơi cho 675 học sinh dưới 11 tuổi.\n')).toEqual([]);
    expect(await pairs('Toàn xã có 860 học sinh dưới 14 tuổi.\nTổ chức dạy bơi cho 875 lượt học sinh dưới 11 tuổi.\n')).toEqual([]);
    expect(await pairs('Đã khám sức khỏe cho 860 học sinh dưới 14 tuổi.\nTổ chức dạy bơi cho 875 học sinh dưới 11 tuổi.\n')).toEqual([]);
    // "trong đó" under a deed: the part is of those the deed reached, no group of the commune.
    expect(await pairs('Đã khám sức khỏe cho 2.140 trẻ em, trong đó trẻ em dưới 3 tuổi 410 em.\nTiêm chủng cho 436 trẻ em dưới 2 tuổi.\n')).toEqual([]);
    // A wider group told with a status ("có thẻ bảo hiểm y tế") is a sub-group of its age.
    expect(await pairs('Số trẻ em dưới 6 tuổi có thẻ bảo hiểm y tế là 1.020 em.\nTổ chức cân, đo cho 1.124 trẻ em dưới 5 tuổi.\n')).toEqual([]);
  });

  it('leaves a group stated with two values alone (which is the whole is unsure)', async () => {
    const text = 'Toàn xã có 860 học sinh dưới 14 tuổi.\nNăm học này có 890 học sinh dưới 14 tuổi.\nTổ chức dạy bơi cho 875 học sinh dưới 11 tuổi.\n';
    expect(await pairs(text)).toEqual([]);
  });
});
