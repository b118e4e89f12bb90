import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 53 (h214 r3-so-phong-lech): "Nâng tổng số X từ N X hiện nay/hiện có lên M X" among the tasks ahead restates the
// stock there is now (N), the same quantity the results state at the report's end date; the target M is a plan, never held
// against that stock (src/extract/present-stock.ts, lexicon STOCK_MOVE_VERBS). Reports written for this test, in other topics
// than the holdout's (tourism): schools' classrooms, a commune's dairy herd, a health station's managed patients.
const RULE = 'repeated-value-conflict';
const pairs = async (text: string) => (await findingsOf(RULE, text)).map((f) => [f.data.name, f.data.value, f.data.other, f.evidence.map((e) => e.quote)]);

const report = (unit: string, title: string, result: string, task: string) => [
  'ỦY BAN NHÂN DÂN',
  unit,
  'Số: 215/BC-UBND',
  'Mỹ Lộc, ngày 25 tháng 12 năm 2025',
  'BÁO CÁO',
  title,
  'I. KẾT QUẢ THỰC HIỆN',
  '1. Kết quả chủ yếu',
  result,
  '2. Công tác khác',
  'Công tác kiểm tra, giám sát được duy trì thường xuyên.',
  'II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026',
  '1. Chỉ tiêu chủ yếu',
  task,
  '- Tăng cường công tác quản lý nhà nước.',
  '',
].join('\n');

const school = (stock: string, task: string) => report('HUYỆN MỸ LỘC', 'Kết quả thực hiện nhiệm vụ giáo dục năm 2025',
  `Đến ngày 31/12/2025, toàn huyện có 38 trường học với ${stock} phòng học kiên cố, tăng 36 phòng so với cuối năm 2024.`, task);
const herd = (stock: string, task: string) => report('XÃ ĐÔNG SƠN', 'Kết quả sản xuất nông nghiệp năm 2025',
  `Tính đến ngày 31/12/2025, toàn xã có ${stock} con bò sữa cao sản, tập trung ở thôn Đông và thôn Nam.`, task);

describe('repeated-value-conflict: the stock "from N … now" restated among the tasks ahead', () => {
  it('holds the classrooms there are now, in the plan, against those of the year-end', async () => {
    // Hand-checked: 1 245 rooms at 31/12/2025; the plan raises them "từ 1 254 phòng hiện có" (two digits swapped) to 1 320.
    expect(await pairs(school('1 245', '- Nâng tổng số phòng học kiên cố từ 1 254 phòng hiện có lên 1 320 phòng.')))
      .toEqual([['phòng học kiên cố', '1 245', '1 254', ['1 245', '1 254']]]);
  });

  it('holds a dairy herd "from N hiện nay" against the herd at the year-end, the target aside', async () => {
    expect(await pairs(herd('2 150', '- Phát triển tổng đàn bò sữa cao sản từ 2 510 con hiện nay lên 2 800 con.')))
      .toEqual([['con bò sữa cao sản', '2 150', '2 510', ['2 150', '2 510']]]);
  });

  it('stays silent when the stock restated now is the year-end one, whatever the target', async () => {
    expect(await pairs(school('1 245', '- Nâng tổng số phòng học kiên cố từ 1 245 phòng hiện có lên 1 320 phòng.'))).toEqual([]);
    expect(await pairs(herd('2 150', '- Phát triển tổng đàn bò sữa cao sản từ 2 150 con hiện nay lên 2 800 con.'))).toEqual([]);
  });

  it('never holds the target against the stock, nor a past level raised without "hiện nay"', async () => {
    // The target equals no stock; the stock of the year-end is the target of a year ago.
    expect(await pairs(school('1 320', '- Duy trì và nâng tổng số phòng học kiên cố lên 1 400 phòng.'))).toEqual([]);
    expect(await pairs(school('1 245', '- Năm 2025 đã nâng tổng số phòng học kiên cố từ 1 209 phòng lên 1 245 phòng; năm 2026 tiếp tục đầu tư.'))).toEqual([]);
  });
});
