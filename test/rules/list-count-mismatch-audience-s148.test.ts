import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const found = async (text: string) => (await findingsOf('list-count-mismatch', text + '\n')).map((f) => [f.data.count, f.data.listed]);

describe('list-count-mismatch: an audience "cho N người" between a count and its topics "về:" (session 28, s148)', () => {
  it('reads the topics against the count before the audience', async () => {
    // Hand-checked: three topics after "về:", the count of sessions says 05.
    const text = 'Hội Phụ nữ xã tổ chức 05 buổi truyền thông cho 320 lượt hội viên về: phòng chống bạo lực gia đình; nuôi con bằng sữa mẹ; an toàn thực phẩm.';
    expect(await found(text)).toEqual([[5, 3]]);
    expect(await found(text.replace('05 buổi', '03 buổi'))).toEqual([]);
  });
  it('never reads the audience itself as the count of the topics', async () => {
    // "cho 45 cán bộ về: …" names what the 45 were taught, not 45 things.
    expect(await found('Tổ chức tập huấn cho 45 cán bộ về: kỹ năng số; an toàn thông tin; dịch vụ công trực tuyến.')).toEqual([]);
  });
});
