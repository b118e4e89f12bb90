import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A stated value and its percent change, the earlier value only in a nearby table's row (src/extract/claims-table-base.ts).
const RULE = 'claim-mismatch';
const run = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'changeMismatch');
const numbers = async (text: string) => (await run(text)).map((f) => [f.data.stated, f.data.base, f.data.value, f.data.actual]);

// Budget, hand-checked: total 8.000 → 8.500 triệu đồng is +6,25%; giáo dục 4.120 → 4.532 is +10,0%.
const budget = (claim: string, header = 'Năm 2024\tNăm 2025') => [
  '1. Chi ngân sách',
  claim,
  'Bảng 1. Chi thường xuyên ngân sách xã',
  '(ĐVT: triệu đồng)',
  `STT\tNội dung chi\t${header}`,
  '1\tChi sự nghiệp giáo dục\t4.120,0\t4.532,0',
  '2\tChi sự nghiệp y tế\t1.250,0\t1.300,0',
  '3\tChi quản lý hành chính\t2.630,0\t2.668,0',
  '\tTổng cộng\t8.000,0\t8.500,0',
  'Các khoản chi bảo đảm đúng dự toán.',
].join('\n');

// Agriculture, hand-checked: lúa nước 1.240 → 1.178 ha is −5,0%; ngô lai 310 → 341 ha is +10,0%.
const farming = (claim: string) => [
  '2. Trồng trọt',
  'Diện tích gieo trồng vụ Đông Xuân',
  '(ĐVT: ha)',
  'STT\tCây trồng\tCùng kỳ\tKỳ này',
  '1\tLúa nước\t1.240\t1.178',
  '2\tNgô lai\t310\t341',
  '3\tRau màu các loại\t186\t205',
  claim,
].join('\n');

// Health, hand-checked: lượt khám bệnh 52.400 → 57.640 is +10,0%; điều trị nội trú 6.250 → 6.875 is +10,0%.
const health = (claim: string, rows: string[] = []) => [
  '3. Y tế',
  'Bảng 3. Kết quả khám, chữa bệnh tại Trung tâm Y tế huyện',
  'STT\tChỉ tiêu\tNăm 2024\tNăm 2025',
  '1\tLượt khám bệnh\t52.400\t57.640',
  '2\tLượt điều trị nội trú\t6.250\t6.875',
  '3\tCa phẫu thuật\t812\t853',
  ...rows,
  claim,
].join('\n');

describe('claim-mismatch: a percent change whose earlier value is only in a table row', () => {
  it('budget: the total row under the table\'s caption, and a row named by the sentence, at the unit note\'s scale', async () => {
    expect(await numbers(budget('Tổng chi thường xuyên ngân sách xã năm 2025 là 8.500 triệu đồng, tăng 10% so với năm 2024.'))).toEqual([[10, 8000, 8500, 6.3]]);
    // 6,25%: "6%" and "6,3%" (rounded) and "6,2%" (truncated) all agree.
    for (const ok of ['6%', '6,3%', '6,2%']) expect(await run(budget(`Tổng chi thường xuyên ngân sách xã năm 2025 là 8.500 triệu đồng, tăng ${ok} so với năm 2024.`))).toEqual([]);
    expect(await numbers(budget('Trong đó chi sự nghiệp giáo dục 4.532 triệu đồng (khoảng 4,5 tỷ đồng), tăng 15% so với cùng kỳ.'))).toEqual([[15, 4120, 4532, 10]]);
    expect(await run(budget('Trong đó chi sự nghiệp giáo dục 4.532 triệu đồng (khoảng 4,5 tỷ đồng), tăng 10% so với cùng kỳ.'))).toEqual([]);
  });

  it('agriculture: "Cùng kỳ | Kỳ này" columns, a fall, the claim after the table', async () => {
    expect(await numbers(farming('Diện tích lúa nước gieo cấy đạt 1.178 ha, giảm 3% so với cùng kỳ do chuyển đổi sang cây màu.'))).toEqual([[3, 1240, 1178, 5]]);
    expect(await run(farming('Diện tích lúa nước gieo cấy đạt 1.178 ha, giảm 5% so với cùng kỳ do chuyển đổi sang cây màu.'))).toEqual([]);
    expect(await numbers(farming('Diện tích ngô lai đạt 341 ha, tăng 25% so với cùng kỳ năm trước.'))).toEqual([[25, 310, 341, 10]]);
  });

  it('health: consecutive years, "cùng kỳ năm 2024", a named row', async () => {
    expect(await numbers(health('Trong năm 2025, Trung tâm thực hiện 57.640 lượt khám bệnh, tăng 12,5% so với cùng kỳ năm 2024.'))).toEqual([[12.5, 52400, 57640, 10]]);
    expect(await run(health('Trong năm 2025, Trung tâm thực hiện 57.640 lượt khám bệnh, tăng 10% so với cùng kỳ năm 2024.'))).toEqual([]);
  });

  it('says nothing when unsure: a hedge, another period, a plan column, two rows, an unnamed row, a rate, a written base', async () => {
    const wrong = 'Tổng chi thường xuyên ngân sách xã năm 2025 là 8.500 triệu đồng, tăng 10% so với năm 2024.';
    expect(await run(budget(wrong.replace('tăng 10%', 'tăng khoảng 10%')))).toEqual([]);
    // Another year compared, another year stated, another period named.
    expect(await run(budget(wrong.replace('so với năm 2024', 'so với năm 2022')))).toEqual([]);
    expect(await run(budget(wrong.replace('năm 2025', 'năm 2026')))).toEqual([]);
    expect(await run(health('Trong 6 tháng đầu năm 2025, Trung tâm thực hiện 57.640 lượt khám bệnh, tăng 12,5% so với cùng kỳ năm 2024.'))).toEqual([]);
    expect(await run(budget(wrong.replace('so với năm 2024', 'so với kế hoạch')))).toEqual([]);
    // The earlier column is a plan.
    expect(await run(budget(wrong, 'Kế hoạch năm 2024\tNăm 2025'))).toEqual([]);
    // The value in two rows' current cells.
    expect(await run(health('Trong năm 2025, Trung tâm thực hiện 57.640 lượt khám bệnh, tăng 12,5% so với cùng kỳ năm 2024.', ['4\tLượt khám sức khỏe định kỳ\t50.000\t57.640']))).toEqual([]);
    // The sentence names another thing than the row or the table.
    expect(await run(budget('Chi đầu tư phát triển năm 2025 là 8.500 triệu đồng, tăng 10% so với năm 2024.'))).toEqual([]);
    expect(await run(farming('Toàn xã có 341 hộ tham gia liên kết, tăng 25% so với cùng kỳ.'))).toEqual([]);
    // A rate's change may be in points: not read.
    expect(await run(health('Tỷ lệ trẻ em tiêm chủng đầy đủ năm 2025 đạt 97,1%, tăng 5% so với năm 2024.', ['4\tTỷ lệ trẻ em tiêm chủng đầy đủ (%)\t95,2\t97,1']))).toEqual([]);
    // The base written in the sentence is read as written, once.
    expect(await numbers(budget('Tổng chi thường xuyên ngân sách xã năm 2025 là 8.500 triệu đồng, tăng 10% so với năm 2024 (8.000 triệu đồng).'))).toEqual([[10, 8000000000, 8500000000, 6.3]]);
  });
});
