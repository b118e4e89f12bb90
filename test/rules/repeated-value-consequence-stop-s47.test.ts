import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'repeated-value-conflict';
const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ HƯNG LỘC\nSố: 77/BC-UBND\nHưng Lộc, ngày 12 tháng 7 năm 2025\nBÁO CÁO\nTình hình nuôi trồng thủy sản 6 tháng đầu năm 2025\nI. ĐẶC ĐIỂM TÌNH HÌNH\n';
const found = async (...lines: string[]) => (await findingsOf(RULE, HEAD + lines.join('\n') + '\n')).map((f) => [f.data.value, f.data.other].sort());
const OPENING = ['Toàn xã có 05 thôn ven biển. Diện tích, số lồng nuôi tại thời điểm thống kê ngày 01/5/2025 như sau:',
  '- Tổng số lồng bè nuôi cá 2.361 lồng, gồm lồng nuôi cá song 1.204 lồng và lồng nuôi cá giò 1.157 lồng.',
  '- Diện tích ao đầm nuôi tôm 126,5 ha.', 'II. KẾT QUẢ'];

describe('repeated-value-conflict: a clause of consequence ends a figure\'s noun phrase (session 47)', () => {
  it('reads "… là 2.316 lồng nên …" as a count of lồng named before it, the total restated with two digits swapped', async () => {
    // Hand-checked: the list says 2.361 cages (= 1.204 + 1.157); the later sentence says 2.316 of the same total.
    expect(await found(...OPENING, 'Theo số liệu thống kê ngày 01/5/2025, tổng số lồng bè nuôi cá của xã là 2.316 lồng nên xã tiếp tục kiểm tra môi trường vùng nuôi hằng tuần.'))
      .toEqual([['2.316', '2.361']]);
  });

  it('stays silent when the clause after "nên" counts another thing than the total', async () => {
    // Hand-checked: 2.316 is the number of workers employed by the farms, not cages.
    expect(await found(...OPENING, 'Theo số liệu thống kê ngày 01/5/2025, các cơ sở nuôi của xã sử dụng 2.316 lao động nên xã tiếp tục mở lớp tập huấn kỹ thuật nuôi.'))
      .toEqual([]);
  });
});
