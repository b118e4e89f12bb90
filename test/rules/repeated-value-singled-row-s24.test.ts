import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A sentence singling out one item by a table row's label ("Riêng <label> là N") restates that row's value.
const RULE = 'repeated-value-conflict';
const report = (sentence: string) => [
  'ỦY BAN NHÂN DÂN', 'HUYỆN SÔNG MÂY', 'BÁO CÁO', 'Quyết toán ngân sách huyện năm 2024', '', 'I. THU NGÂN SÁCH',
  `Tổng thu ngân sách huyện năm 2024 quyết toán 512.300 triệu đồng. ${sentence}`,
  '',
  'Biểu số 02: Cân đối quyết toán ngân sách huyện năm 2024',
  '(ĐVT: triệu đồng)',
  'STT\tNội dung\tDự toán\tQuyết toán\tChênh lệch',
  'I\tThu điều tiết theo phân cấp\t120.000\t131.450\t11.450',
  'II\tThu kết dư ngân sách năm 2023\t0\t17.480\t17.480',
  'III\tThu bổ sung cân đối\t363.370\t363.370\t0',
  '',
].join('\n');
const found = async (sentence: string) => (await findingsOf(RULE, report(sentence))).map((f) => [f.messageId, f.severity, f.data.value, f.data.other]);

describe('repeated-value-conflict: "Riêng <row label> là N" against that row', () => {
  it('flags a slip of the digits between the sentence and the row it names', async () => {
    // Hand-checked: 17.840 is 17.480 with two digits swapped.
    expect(await found('Riêng thu kết dư ngân sách năm 2023 là 17.840 triệu đồng, đã hạch toán đủ.')).toEqual([['repeatedValueConflict', 'error', '17.840 triệu đồng', '17.480']]);
  });

  it('leaves the same value, another item, and a value no slip apart alone', async () => {
    expect(await found('Riêng thu kết dư ngân sách năm 2023 là 17.480 triệu đồng, đã hạch toán đủ.')).toEqual([]);
    expect(await found('Riêng thu kết dư ngân sách xã năm 2023 là 17.840 triệu đồng, đã hạch toán đủ.')).toEqual([]);
    expect(await found('Riêng thu kết dư ngân sách năm 2023 là 9.120 triệu đồng, đã hạch toán đủ.')).toEqual([]);
  });
});
