import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 44: a member listed under "gồm" in the breakdown of a whole of another kind ("52 cơ sở, gồm … 06 hộ kinh doanh cá
// thể") counts those of its kind within that whole, whether or not a claim ties it to its whole; the unit's stock of that kind
// stated elsewhere, as a sentence or as a table row that does not name the whole, is all of them, another quantity. The stock
// stated twice with two values is still one quantity in conflict. Sentences and numbers written for this test.
const RULE = 'repeated-value-conflict';
const HEAD = 'ỦY BAN NHÂN DÂN\nHUYỆN AN LẠC\nSố: 88/BC-UBND\nAn Lạc, ngày 15 tháng 12 năm 2025\nBÁO CÁO\nKết quả phát triển kinh tế năm 2025\nI. KẾT QUẢ\n';
const report = (member: string, stock: string, row: string) => HEAD + [
  '1. Chuyển đổi số',
  `Số cơ sở được hỗ trợ chuyển đổi số là 52 cơ sở, gồm 18 doanh nghiệp, ${member} hộ kinh doanh cá thể và 28 hợp tác xã. Các cơ sở đều dùng hóa đơn điện tử.`,
  '2. Kinh tế cá thể',
  `Toàn huyện có ${stock} hộ kinh doanh cá thể với 640 lao động, bình quân mỗi hộ 1,9 lao động.`,
  'Bảng 1. Kinh tế cá thể',
  '| STT | Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025 | Tăng, giảm (%) |',
  '|---|---|---|---|---|---|',
  `| 1 | Số hộ kinh doanh cá thể | hộ | 322 | ${row} | 5,6 |`,
  '| 2 | Lao động | người | 602 | 640 | 6,3 |',
].join('\n') + '\n';
const pairs = async (text: string) => (await findingsOf(RULE, text)).map((f) => [f.data.value, f.data.other].sort());

describe('repeated-value-conflict: a listed member of another kind of whole beside the stock of its kind', () => {
  it('does not hold the household businesses among those helped (06) against all of them, in the text or the table (340)', async () => {
    expect(await pairs(report('06', '340', '340'))).toEqual([]);
  });

  it('still flags the stock stated twice with two values (340 in the text, 304 in the table)', async () => {
    // Hand-checked: the text says 340 household businesses, the table's 2025 row 304: one quantity, two values.
    expect(await pairs(report('06', '340', '304'))).toEqual([['304', '340']]);
  });
});
