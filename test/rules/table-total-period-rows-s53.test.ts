import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const run = async (text: string) =>
  (await findingsOf('table-total-mismatch', text)).map((f) => [f.messageId, f.data.row, f.data.column, f.data.stated, f.data.actual]);
const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';
const report = (caption: string, table: string) => `I. KẾT QUẢ\n1. Số liệu\n${caption}\n${table}Các chỉ tiêu khác thực hiện theo kế hoạch.\n`;

// A table whose rows are periods, closed by a row naming the whole of them ("6 tháng", "Năm 2024", "Lũy kế") with no
// total word: that row is their sum where the run of periods is complete. Figures written for this test.
describe('table-total-mismatch: a row naming the whole of the period rows above it (s53)', () => {
  // Hand-checked: 1.240 + 1.105 + 1.318 + 1.276 + 1.402 + 1.359 = 7.700; 86 + 74 + 92 + 88 + 95 + 101 = 536;
  // 12 + 9 + 15 + 11 + 14 + 13 = 74.
  const admissions = rows(
    ['Tháng', 'Lượt khám bệnh', 'Số ca nhập viện', 'Số ca chuyển tuyến'],
    ['Tháng 1', '1.240', '86', '12'],
    ['Tháng 2', '1.105', '74', '9'],
    ['Tháng 3', '1.318', '92', '15'],
    ['Tháng 4', '1.276', '88', '11'],
    ['Tháng 5', '1.402', '95', '14'],
    ['Tháng 6', '1.359', '101', '13'],
    ['6 tháng', '7.700', '536', '74'],
  );
  const hospital = (table: string) => report('Bảng 1. Tình hình khám, chữa bệnh tại Trung tâm Y tế theo tháng', table);

  it('flags the "6 tháng" cell that is not the sum of its six months', async () => {
    expect(await run(hospital(admissions))).toEqual([]);
    expect(await run(hospital(admissions.replace('\t536\t', '\t563\t')))).toEqual([['totalRowMismatch', '6 tháng', 'Số ca nhập viện', 563, 536]]);
    const found = await findingsOf('table-total-mismatch', hospital(admissions.replace('\t536\t', '\t563\t')));
    expect(found[0].evidence.map((e) => e.quote)).toEqual(['563', '86', '74', '92', '88', '95', '101']);
  });

  it('reads a bare "Lũy kế" under the months from January as their running total', async () => {
    // Hand-checked: 1.240 + 1.105 + 1.318 = 3.663; 86 + 74 + 92 = 252; 12 + 9 + 15 = 36, written 39.
    const quarter = rows(
      ['Tháng', 'Lượt khám bệnh', 'Số ca nhập viện', 'Số ca chuyển tuyến'],
      ['Tháng 1', '1.240', '86', '12'],
      ['Tháng 2', '1.105', '74', '9'],
      ['Tháng 3', '1.318', '92', '15'],
      ['Lũy kế', '3.663', '252', '39'],
    );
    expect(await run(hospital(quarter))).toEqual([['totalRowMismatch', 'Lũy kế', 'Số ca chuyển tuyến', 39, 36]]);
  });

  // Hand-checked: 2.315,4 + 2.108,7 + 2.460,2 + 3.012,5 = 9.896,8; 184,2 + 172,6 + 190,3 + 215,9 = 763,0. The households
  // paying tax are a stock: the year states the last quarter's 431, no sum.
  const tax = rows(
    ['Kỳ', 'Thu thuế (triệu đồng)', 'Thu phí, lệ phí (triệu đồng)', 'Số hộ nộp thuế'],
    ['Quý I', '2.315,4', '184,2', '412'],
    ['Quý II', '2.108,7', '172,6', '418'],
    ['Quý III', '2.460,2', '190,3', '425'],
    ['Quý IV', '3.012,5', '215,9', '431'],
    ['Năm 2024', '9.896,8', '763,0', '431'],
  );
  const budget = (table: string) => report('Bảng 2. Kết quả thu ngân sách trên địa bàn xã năm 2024 theo quý', table);

  it('flags a year row of quarters that misses their sum, and leaves a stock column the year restates', async () => {
    expect(await run(budget(tax))).toEqual([]);
    expect(await run(budget(tax.replace('9.896,8', '9.869,8')))).toEqual([['totalRowMismatch', 'Năm 2024', 'Thu thuế (triệu đồng)', 9869.8, 9896.8]]);
  });

  it('says nothing of a whole-year row that is a plan, or of quarters with one missing', async () => {
    // The plan is no sum of what the quarters did; "Quý III" missing, 2.315,4 + 2.108,7 + 3.012,5 = 7.436,6 is no year.
    expect(await run(budget(tax.replace('Năm 2024\t9.896,8', 'Cả năm (kế hoạch)\t9.500,0')))).toEqual([]);
    expect(await run(budget(tax.replace('Năm 2024\t9.896,8', 'Kế hoạch cả năm\t9.500,0')))).toEqual([]);
    expect(await run(budget(tax.replace('Quý III\t2.460,2\t190,3\t425\n', '').replace('9.896,8', '9.900,0')))).toEqual([]);
  });

  it('says nothing of a school year row over its two terms, which repeat the same pupils', async () => {
    const pupils = rows(
      ['Học kỳ', 'Số học sinh', 'Học sinh khá, giỏi', 'Học sinh bỏ học'],
      ['Học kỳ I', '1.206', '684', '3'],
      ['Học kỳ II', '1.198', '702', '2'],
      ['Cả năm học', '1.198', '705', '5'],
    );
    expect(await run(report('Bảng 3. Kết quả giáo dục năm học 2023 - 2024', pupils))).toEqual([]);
  });
});
