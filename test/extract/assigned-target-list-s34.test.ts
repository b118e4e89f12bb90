import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';

async function roles(text: string): Promise<Record<string, string>> {
  const out = await analyseBytes('t.txt', Buffer.from(`BÁO CÁO\nI. KẾT QUẢ\n${text}\n`, 'utf8'), { only: [] });
  return Object.fromEntries(out.analysis!.readings.map((r) => [r.figure.raw, r.role]));
}

describe('items of a list opened by a lead-in that sets targets (session 34)', () => {
  it('reads every ";" item after "giao chỉ tiêu … như sau:" as a target, though the item names no plan word', async () => {
    const r = await roles('Năm 2025, UBND huyện giao chỉ tiêu cho xã tại Quyết định số 88/QĐ-UBND như sau: số hộ dùng nước sạch tập trung đạt 1.240 hộ; số trẻ em được tiêm chủng đầy đủ đạt 415 trẻ; số lao động được đào tạo nghề 130 người.');
    expect(r['1.240']).toBe('target');
    expect(r['415']).toBe('target');
    expect(r['130']).toBe('target');
  });

  it('reads "đề ra các mục tiêu:" items as targets too', async () => {
    const r = await roles('Nghị quyết Đại hội Hội Phụ nữ xã đề ra các mục tiêu: kết nạp 85 hội viên; thành lập 03 tổ hợp tác.');
    expect(r['85']).toBe('target');
  });

  it('leaves the items of a lead-in reporting results against the targets as results', async () => {
    const r = await roles('Kết quả thực hiện các chỉ tiêu huyện giao như sau: số hộ dùng nước sạch tập trung đạt 1.198 hộ; số trẻ em được tiêm chủng đầy đủ 409 trẻ.');
    // (The first item's own gap runs back over the lead-in's "chỉ tiêu": how that one reads is not asked here.)
    expect(r['409']).toBe('count');
  });

  it('reads the items after "đạt và vượt các chỉ tiêu đề ra:" as results, those after "phấn đấu đạt các chỉ tiêu sau:" as targets', async () => {
    const done = await roles('Năm 2025 xã đạt và vượt phần lớn các chỉ tiêu đề ra: diện tích trồng rừng đạt 104% kế hoạch; số hộ nuôi ong đạt 57 hộ.');
    expect(done['57']).toBe('count');
    const aimed = await roles('Năm 2026, xã phấn đấu đạt các chỉ tiêu sau: diện tích trồng rừng mới 35 ha; số hộ nuôi ong 64 hộ.');
    expect(aimed['64']).toBe('target');
  });

  it('leaves a list whose lead-in sets no target as it was', async () => {
    const r = await roles('Trong năm, xã đã giao đất cho các hộ như sau: giao 12 thửa đất ở; giao 7 thửa đất sản xuất.');
    expect(r['12']).toBe('count');
  });
});
