import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const lists = async (text: string) => (await findingsOf('list-count-mismatch', text)).map((f) => [f.data.count, f.data.listed]);
const report = (intro: string, bullets: string[]) => ['BÁO CÁO', 'Kết quả năm 2025', '', 'I. KẾT QUẢ', intro, ...bullets, '', 'Các nội dung trên đã hoàn thành.'].join('\n');
const bullets = ['- Lấy 24 mẫu rau tại chợ.', '- Kiểm tra 15 bếp ăn tập thể.', '- Tập huấn cho 120 người.', '- Phát 600 tờ rơi.'];

// Session 30 (h152): "03 <noun phrase of up to eight words, commas allowed> sau:" over bullets announces them all.
// Sentences written for this test.
describe('list-count-mismatch: a count of "the following" with a long noun phrase', () => {
  it('counts the bullets under a noun phrase of eight words joined by a comma', async () => {
    // Hand-checked: the paragraph says 03, four bullets follow.
    expect(await lists(report('Phường đã thực hiện 03 hoạt động kiểm tra, giám sát bếp ăn sau:', bullets))).toEqual([[3, 4]]);
  });

  it('says nothing when the count matches', async () => {
    expect(await lists(report('Phường đã thực hiện 04 hoạt động kiểm tra, giám sát bếp ăn sau:', bullets))).toEqual([]);
  });
});
