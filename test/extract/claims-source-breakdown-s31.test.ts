import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { extractFigures } from '../../src/extract/figures.js';
import { extractClaims } from '../../src/extract/claims.js';

async function splits(text: string) {
  const r = await ingestBytes('t.txt', Buffer.from(text, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  const { figures } = extractFigures(r.source, r.source.blocks.map(() => null));
  return extractClaims(r.source, figures)
    .filter((c) => c.relation === 'exhaustive' || c.relation === 'subset')
    .map((c) => ({ relation: c.relation, whole: figures[c.whole].raw, parts: c.parts.map((k) => figures[k].raw) }));
}

// Session 31 (holdout161): "<name> <verb of getting> từ các nguồn: A a; B b; C c." splits the one earlier amount of that name
// by its sources. Sentences written for this test.
describe('a breakdown by sources naming its whole in the paragraph before', () => {
  it('splits the amount whose own words hold the name, all of it', async () => {
    const text = [
      'Tổng vốn đầu tư xây dựng nông thôn mới năm 2024 là 58,6 tỷ đồng, trong đó vốn ngân sách 40,2 tỷ đồng, vốn dân góp 18,4 tỷ đồng.',
      'Vốn ngân sách huy động từ các nguồn: ngân sách Trung ương 22,5 tỷ đồng; ngân sách tỉnh 12,3 tỷ đồng; ngân sách huyện 4,9 tỷ đồng.',
    ].join('\n\n');
    expect(await splits(text)).toContainEqual({ relation: 'exhaustive', whole: '40,2 tỷ đồng', parts: ['22,5 tỷ đồng', '12,3 tỷ đồng', '4,9 tỷ đồng'] });
  });

  it('splits nothing when no earlier amount bears the name', async () => {
    const text = [
      'Năm 2024, huyện đầu tư 58,6 tỷ đồng cho giao thông và 18,4 tỷ đồng cho thủy lợi.',
      'Học bổng vận động từ các nguồn: doanh nghiệp 120 triệu đồng; nhà hảo tâm 85 triệu đồng.',
    ].join('\n\n');
    expect(await splits(text)).toEqual([]);
  });
});
