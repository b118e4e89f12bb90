import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const HEAD = 'ỦY BAN NHÂN DÂN\nHUYỆN MINH LONG\nSố: 31/BC-UBND\nMinh Long, ngày 20 tháng 12 năm 2025\nBÁO CÁO\nKết quả công tác năm 2025\nI. KẾT QUẢ\n';
const values = async (text: string) => (await findingsOf('repeated-value-conflict', HEAD + text)).map((f) => [f.data.value, f.data.other]);

describe('repeated-value-conflict: sentence figures that add up to the appendix row restating them are its parts (session 26, s138)', () => {
  // Hand-checked: 18,4 + 9,3 = 27,7 km (the row); 18,4 + 9,8 = 28,2 ≠ 27,7.
  const text = (second: string, row: string) => [
    '1. Nạo vét kênh mương', '', `Năm 2025, huyện nạo vét ${row} km kênh mương tại 02 công trình, cụ thể:`, '',
    'a. Công trình kênh Đông', '', 'Chiều dài kênh mương nạo vét 18,4 km; sử dụng 3.200 ngày công lao động.', '',
    'b. Công trình kênh Tây', '', `Chiều dài kênh mương nạo vét ${second} km; sử dụng 1.850 ngày công lao động.`, '',
    'II. CÁC CHỈ TIÊU', '',
    'STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch\tThực hiện\t% KH',
    `1\tChiều dài kênh mương nạo vét\tkm\t30\t${row}\t92,3`,
  ].join('\n');
  it('holds neither item\'s length against the row they add up to', async () => {
    expect(await values(text('9,3', '27,7'))).toEqual([]);
  });
  it('still reports an item against a row the items do not add up to', async () => {
    expect((await values(text('9,8', '27,7'))).length).toBeGreaterThan(0);
  });
});
