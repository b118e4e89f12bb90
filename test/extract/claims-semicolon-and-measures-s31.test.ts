import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { extractFigures } from '../../src/extract/figures.js';
import { extractClaims } from '../../src/extract/claims.js';

async function splits(text: string) {
  const r = await ingestBytes('t.txt', Buffer.from(text, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  const { figures } = extractFigures(r.source, r.source.blocks.map(() => null));
  return extractClaims(r.source, figures)
    .filter((c) => c.relation === 'exhaustive')
    .map((c) => ({ whole: figures[c.whole].raw, parts: c.parts.map((k) => figures[k].raw) }));
}

// Session 31 (holdout161): in a ";"-list announced by a colon, the last two items joined by "và", each a measure named by its
// own words before its number, are two parts. Sentences written for this test.
describe('a ";"-list of measures closed by "và"', () => {
  it('reads both named items of the last segment', async () => {
    const text = 'Diện tích gieo trồng 1.251,5 ha, gồm: lúa 820,5 ha; ngô 215,2 ha; rau màu 140,3 ha và cây trồng khác 75,5 ha.';
    expect(await splits(text)).toContainEqual({ whole: '1.251,5', parts: ['820,5', '215,2', '140,3', '75,5'] });
    const money = 'Kinh phí sửa chữa trường học 3,25 tỷ đồng, gồm: phòng học 1,4 tỷ đồng; nhà vệ sinh 0,9 tỷ đồng và hạng mục khác 0,95 tỷ đồng.';
    expect(await splits(money)).toContainEqual({ whole: '3,25 tỷ đồng', parts: ['1,4 tỷ đồng', '0,9 tỷ đồng', '0,95 tỷ đồng'] });
  });
  it('leaves a remainder without a name before its number unread', async () => {
    const text = 'Lượng hàng cứu trợ 9,4 tấn, gồm: mì tôm 4,1 tấn; nước uống 3,9 tấn và 1,4 tấn khác.';
    expect(await splits(text)).toEqual([]);
  });
});
