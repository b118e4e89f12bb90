import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';

/**
 * Session 42 (issue 10, speed): the inline claims try their connector pattern only where one of its words or a colon
 * starts, and the readings skip the judged-plans scan of a gap without a colon. Guards for what a line of several figures
 * reads (its owners, the wholes its breakdowns split, the connector "bao gồm") so that later speed work on these scans keeps
 * them. Sentences written for this test (schools, livestock, a budget), the expected values worked out by hand.
 */
async function analysed(text: string) {
  const out = await analyseBytes('t.txt', Buffer.from(text + '\n', 'utf8'), { only: [] });
  return out.analysis!;
}
const branchesOf = (a: Awaited<ReturnType<typeof analysed>>, raw: string) => a.readings.find((r) => r.figure.raw === raw)?.branches ?? [];

describe('names and connectors of a line read once for all its figures', () => {
  it('gives each figure the proper name nearest before it in its sentence', async () => {
    const a = await analysed('Năm học này trường Tiểu học Hòa Bình có 420 học sinh, trường Tiểu học An Phú có 380 học sinh, trường Mầm non Tân Tiến có 215 cháu.');
    expect(branchesOf(a, '420')).toContain('owner=hòa bình');
    expect(branchesOf(a, '380')).toContain('owner=an phú');
    expect(branchesOf(a, '215')).toContain('owner=tân tiến');
  });

  it('gives no owner to a figure of a sentence naming none, after a sentence that named one', async () => {
    const a = await analysed('Hợp tác xã Đồng Tâm có 35 thành viên. Trong năm có 12 hộ mới tham gia sản xuất.');
    expect(branchesOf(a, '35')).toContain('owner=đồng tâm');
    expect(branchesOf(a, '12').some((b) => b.startsWith('owner='))).toBe(false);
  });

  it('ties each member to the whole its own breakdown splits, two breakdowns on one line', async () => {
    const a = await analysed('Đàn bò của xã có 460 con, trong đó 120 con bò sữa; đàn lợn có 2.300 con, gồm 800 con lợn nái và 1.500 con lợn thịt.');
    expect(branchesOf(a, '120')).toContain('of=460');
    expect(branchesOf(a, '800')).toContain('of=2300');
    expect(branchesOf(a, '1.500')).toContain('of=2300');
  });

  it('reads "bao gồm" as one connector, not "gồm" inside it, and a look-alike without a connector splits nothing', async () => {
    const a = await analysed('Tổng kinh phí sửa chữa trường học là 950 triệu đồng, bao gồm 600 triệu đồng ngân sách huyện và 350 triệu đồng ngân sách xã.');
    const split = a.claims.filter((c) => c.relation !== 'list').map((c) => ({ whole: a.figures[c.whole].raw, parts: c.parts.map((k) => a.figures[k].raw) }));
    expect(split).toContainEqual({ whole: '950 triệu đồng', parts: ['600 triệu đồng', '350 triệu đồng'] });
    const plain = await analysed('Tổng kinh phí sửa chữa trường học là 950 triệu đồng, ngân sách huyện cấp thêm 600 triệu đồng cho năm sau.');
    expect(plain.claims.filter((c) => c.relation !== 'list')).toEqual([]);
  });
});
