import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 34: two breakdowns that must add up. A whole every tier did ("các cấp …"), split by tier down to the lowest, and a
// breakdown whose last part names the ages of its group ("ở các độ tuổi 65, 70 và 75"). Sentences written for this test.
const RULE = 'parts-sum-mismatch';
const sums = async (text: string) => (await findingsOf(RULE, `${text}\n`)).map((f) => `${f.data.parts}=${f.data.sum}≠${f.data.whole}`);

describe('parts-sum-mismatch: a whole of every tier split by tier', () => {
  it('holds "các cấp … N, trong đó … huyện A, các cơ sở … B" to N = A + B', async () => {
    expect(await sums('Trong năm, các cấp Hội Cựu chiến binh vận động xây 52 nhà đồng đội, trong đó Hội Cựu chiến binh huyện xây 14 nhà, các cơ sở Hội xây 35 nhà.'))
      .toEqual(['14 + 35=49≠52']);
    expect(await sums('Trong năm, các cấp Hội Cựu chiến binh vận động xây 49 nhà đồng đội, trong đó Hội Cựu chiến binh huyện xây 14 nhà, các cơ sở Hội xây 35 nhà.')).toEqual([]);
  });

  it('leaves a "trong đó" short of its whole when the whole names no tiers, or a tier is skipped', async () => {
    expect(await sums('Hội Cựu chiến binh vận động xây 52 nhà đồng đội, trong đó Hội Cựu chiến binh huyện xây 14 nhà, các cơ sở Hội xây 35 nhà.')).toEqual([]);
    expect(await sums('Các cấp Hội vận động xây 52 nhà đồng đội, trong đó Hội tỉnh xây 14 nhà, các cơ sở Hội xây 35 nhà.')).toEqual([]);
  });
});

describe('parts-sum-mismatch: a breakdown whose last part names its ages', () => {
  it('reads the ages after "độ tuổi" as names, and holds the parts to the whole', async () => {
    expect(await sums('Hội đã tặng quà cho 1.380 hội viên, gồm: 16 hội viên tròn 100 tuổi, 254 hội viên tròn 90 tuổi và 1.100 hội viên ở các độ tuổi 65, 70, 75 và 80.'))
      .toEqual(['16 + 254 + 1.100=1370≠1380']);
    expect(await sums('Hội đã tặng quà cho 1.370 hội viên, gồm: 16 hội viên tròn 100 tuổi, 254 hội viên tròn 90 tuổi và 1.100 hội viên ở các độ tuổi 65, 70, 75 và 80.')).toEqual([]);
  });
});
