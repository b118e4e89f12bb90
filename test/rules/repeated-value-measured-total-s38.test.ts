import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 38 (h190): a measure with decimals in a sentence against a bordered table's total row, two neighbouring digits
// swapped, the column named by the sentence's verb and its unit's measure, another cell of the row echoed, the rows adding
// up to the table's total. Sentences written for this test.
const RULE = 'repeated-value-conflict';
const report = (sentence: string, rows: [string, string]) => [
  'ỦY BAN NHÂN DÂN',
  'HUYỆN SƠN TRÀ',
  'BÁO CÁO',
  'Kết quả phát triển lâm nghiệp năm 2025',
  'I. KẾT QUẢ THỰC HIỆN',
  '1. Trồng rừng',
  sentence,
  'Công tác chăm sóc, bảo vệ rừng sau trồng được các hộ thực hiện đúng quy trình kỹ thuật.',
  '',
  'Bảng 3. Kết quả trồng rừng tập trung năm 2025',
  '',
  '| STT | Xã | Diện tích trồng (ha) | Số hộ tham gia (hộ) |',
  '|---|---|---|---|',
  `| 1 | Xã Sơn Hà | ${rows[0]} | 96 |`,
  `| 2 | Xã Sơn Tân | ${rows[1]} | 118 |`,
  '| | Tổng cộng | 53,71 | 214 |',
  '',
  'II. PHƯƠNG HƯỚNG NĂM 2026',
  'Tiếp tục vận động nhân dân trồng rừng gỗ lớn.',
].join('\n') + '\n';
const values = async (sentence: string, rows: [string, string] = ['21,40', '32,31']) =>
  (await findingsOf(RULE, report(sentence, rows))).map((f) => [f.data.value, f.data.other].sort());

describe('repeated-value-conflict: a measure told against a total row with two digits swapped (s38)', () => {
  it('tells "trồng 57,31 ha rừng của 214 hộ" against "Tổng cộng | 53,71 | 214"', async () => {
    expect(await values('Năm 2025 toàn huyện trồng 57,31 ha rừng tập trung của 214 hộ gia đình tham gia.')).toEqual([['53,71', '57,31']]);
  });

  it('leaves rows adding up to the sentence, no echoed cell, and a column of another act apart', async () => {
    // The rows add up to 57,31: the table's total is the slip, table-total-mismatch's to tell.
    expect(await values('Năm 2025 toàn huyện trồng 57,31 ha rừng tập trung của 214 hộ gia đình tham gia.', ['25,00', '32,31'])).toEqual([]);
    expect(await values('Năm 2025 toàn huyện trồng 57,31 ha rừng tập trung của 241 hộ gia đình tham gia.')).toEqual([]);
    expect(await values('Năm 2025 toàn huyện khai thác 57,31 ha rừng tập trung của 214 hộ gia đình tham gia.')).toEqual([]);
  });
});
