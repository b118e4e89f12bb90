import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';

// Session 38 (h190): a lead-in judging the plans met ("các chỉ tiêu … cơ bản đạt yêu cầu:") lists the results that met them,
// no targets. Sentences written for this test.
async function roles(text: string): Promise<Record<string, string>> {
  const out = await analyseBytes('t.txt', Buffer.from(`BÁO CÁO\nI. KẾT QUẢ\n${text}\n`, 'utf8'), { only: [] });
  return Object.fromEntries(out.analysis!.readings.map((r) => [r.figure.raw, r.role]));
}

describe('figures after a lead-in judging the plans met (session 38)', () => {
  it('reads a figure after "các chỉ tiêu … đạt yêu cầu:" or "… hoàn thành:" as a result', async () => {
    const met = await roles('Đánh giá chung, các chỉ tiêu 6 tháng đầu năm 2025 cơ bản đạt yêu cầu: đã tiêm 1.752 liều vắc xin cho trẻ em dưới 5 tuổi.');
    expect(met['1.752']).toBe('count');
    const done = await roles('Nhìn chung kế hoạch năm 2025 của ngành đã hoàn thành: đã nạo vét 38 tuyến kênh mương nội đồng.');
    expect(done['38']).toBe('count');
  });

  it('keeps a figure a target when the lead-in sets the plan, or reaches for it', async () => {
    const aimed = await roles('Các chỉ tiêu năm 2026 phấn đấu đạt: tiêm 1.820 liều vắc xin cho trẻ em dưới 5 tuổi.');
    expect(aimed['1.820']).toBe('target');
    const set = await roles('Chỉ tiêu được giao năm 2026: nạo vét 42 tuyến kênh mương nội đồng.');
    expect(set['42']).toBe('target');
    const unjudged = await roles('Chỉ tiêu năm 2026: nạo vét 45 tuyến kênh mương nội đồng.');
    expect(unjudged['45']).toBe('target');
  });
});
