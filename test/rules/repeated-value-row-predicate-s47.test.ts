import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'repeated-value-conflict';
const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ PHÚ THỊNH\nSố: 58/BC-UBND\nPhú Thịnh, ngày 25 tháng 11 năm 2025\nBÁO CÁO\nKết quả công tác bảo trợ xã hội năm 2025\nI. KẾT QUẢ\n';
const found = async (...lines: string[]) => (await findingsOf(RULE, HEAD + lines.join('\n') + '\n')).map((f) => [f.data.value, f.data.other].sort());
const TABLE = ['Bảng 1. Đối tượng bảo trợ xã hội hưởng trợ cấp hằng tháng', '| STT | Nhóm đối tượng | Số người | Kinh phí năm (triệu đồng) |', '|---|---|---|---|',
  '| 1 | Người cao tuổi hưởng trợ cấp xã hội | 212 | 1.526,40 |', '| 2 | Người khuyết tật nhận trợ cấp nuôi dưỡng | 36 | 388,80 |', '| 3 | Trẻ em mồ côi | 9 | 97,20 |', '| | Tổng cộng | 257 | 2.012,40 |'];

describe('repeated-value-conflict: a table row naming a noun and the verb after it in a sentence (session 47)', () => {
  it('holds a sentence count against the row whose label is its noun phrase and its predicate', async () => {
    // Hand-checked: the row counts 36 disabled persons receiving care allowance; the sentence, told apart by the noun
    // "người khuyết tật" and the verb after it ("đang nhận trợ cấp nuôi dưỡng hằng tháng"), says 38.
    expect(await found('1. Chi trả trợ cấp', ...TABLE, '2. Chăm sóc đối tượng', 'Trong năm, xã có 38 người khuyết tật đang nhận trợ cấp nuôi dưỡng hằng tháng, được cấp thẻ bảo hiểm y tế miễn phí.'))
      .toEqual([['36', '38']]);
  });

  it('stays silent when the sentence names another object of the verb than the row', async () => {
    // Hand-checked: 38 persons got a one-off allowance ("trợ cấp đột xuất"), no restatement of the 36 on monthly care.
    expect(await found('1. Chi trả trợ cấp', ...TABLE, '2. Chăm sóc đối tượng', 'Trong năm, xã có 38 người khuyết tật đang nhận trợ cấp nuôi dưỡng đột xuất, được cấp thẻ bảo hiểm y tế miễn phí.'))
      .toEqual([]);
  });

  it('stays silent when the row label holds words the sentence does not say', async () => {
    // Hand-checked: 212 elderly on social allowance in the table; 230 elderly receive birthday gifts: another group.
    expect(await found('1. Chi trả trợ cấp', ...TABLE, '2. Chăm sóc đối tượng', 'Trong năm, xã có 230 người cao tuổi được nhận quà mừng thọ.'))
      .toEqual([]);
  });

  it('reads a persons column as counting the noun its row label opens with, whatever that noun', async () => {
    // Hand-checked: the column "Số người" counts the 23 victims of the row; the sentence counts 25 "nạn nhân" of the same
    // group, its counted noun the label's first words, not a second kind of thing.
    expect(await found('1. Chi trả trợ cấp', 'Bảng 1. Người có công hưởng trợ cấp', '| STT | Nhóm đối tượng | Số người | Kinh phí (triệu đồng) |', '|---|---|---|---|',
      '| 1 | Nạn nhân chất độc hóa học hưởng trợ cấp | 23 | 412,50 |', '| 2 | Bệnh binh | 11 | 198,00 |', '| | Tổng cộng | 34 | 610,50 |',
      '2. Chăm sóc đối tượng', 'Toàn xã hiện có 25 nạn nhân chất độc hóa học đang hưởng trợ cấp hằng tháng, đều được khám sức khỏe định kỳ.'))
      .toEqual([['23', '25']]);
  });

  it('keeps a count of other persons apart from a row its noun does not open', async () => {
    // Hand-checked: 25 family doctors' visits ("lượt") are no count of the 23 persons in the row.
    expect(await found('1. Chi trả trợ cấp', 'Bảng 1. Người có công hưởng trợ cấp', '| STT | Nhóm đối tượng | Số người | Kinh phí (triệu đồng) |', '|---|---|---|---|',
      '| 1 | Nạn nhân chất độc hóa học hưởng trợ cấp | 23 | 412,50 |', '| 2 | Bệnh binh | 11 | 198,00 |', '| | Tổng cộng | 34 | 610,50 |',
      '2. Chăm sóc đối tượng', 'Trạm y tế đã thực hiện 25 lượt khám cho nạn nhân chất độc hóa học hưởng trợ cấp.'))
      .toEqual([]);
  });
});
