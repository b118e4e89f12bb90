import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';

// The part and whole each stated share was read against, as written.
async function sharesOf(text: string) {
  const a = (await analyseBytes('t.txt', Buffer.from(text + '\n', 'utf8'), { only: [] })).analysis!;
  return a.textReadings.statedShares.map((s) => [s.share.raw, s.part.raw, s.whole.raw]);
}

describe('a share whose whole a noun phrase names by an earlier label', () => {
  it('finds the one earlier figure whose label holds the words the part\'s clause does not say', async () => {
    const text = 'Toàn xã có 350 ha lúa, gồm: lúa thuần 210 ha và lúa lai 140 ha.\nRiêng lúa lai, diện tích cấy máy 70 ha, chiếm 50% diện tích lúa lai.';
    expect(await sharesOf(text)).toEqual([['50%', '70', '140']]);
  });

  it('reads nothing when the phrase says only what the part already says, or names a "tổng"', async () => {
    expect(await sharesOf('Toàn xã có lúa lai 140 ha.\nDiện tích lúa lai cấy máy 70 ha, chiếm 50% diện tích lúa lai.')).toEqual([]);
    expect(await sharesOf('Lúa lai 140 ha.\nRiêng lúa lai, diện tích cấy máy 70 ha, chiếm 50% tổng diện tích lúa lai.')).toEqual([]);
  });
});
