import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "So với cùng kỳ năm Y, <subject> giảm cả N tiêu chí về số A, số B và số C": a way claimed of every listed count, the
// comparison fronted, against the table right beside it whose rows name each count and whose signed change column says
// which way each went. Sentences, tables and figures written for this test.
const RULE = 'claim-mismatch';
const table = (injured: string) => [
  'Bảng 2. Tai nạn lao động năm 2024',
  '| STT | Chỉ tiêu | Năm 2023 | Năm 2024 | Tăng (+), giảm (-) |',
  '|---|---|---|---|---|',
  '| 1 | Số vụ tai nạn lao động | 14 | 11 | -3 |',
  `| 2 | Số lao động tử vong | 4 | ${injured} | ${Number(injured) - 4 > 0 ? '+' : ''}${Number(injured) - 4} |`,
  '| 3 | Số lao động bị thương nặng | 9 | 7 | -2 |',
];
const report = (claim: string, dead = '5') => ['BÁO CÁO', '', 'I. TÌNH HÌNH AN TOÀN LAO ĐỘNG', `Năm 2024, trên địa bàn xảy ra 11 vụ tai nạn lao động. ${claim}`, ...table(dead), '', 'II. NHIỆM VỤ', 'Tiếp tục kiểm tra các cơ sở sản xuất.'].join('\n') + '\n';
const found = async (text: string) => (await findingsOf(RULE, text)).map((f) => [f.messageId, f.data.row, f.data.actualVerb]);
const CLAIM = 'So với cùng kỳ năm 2023, tai nạn lao động giảm cả 03 (ba) tiêu chí về số vụ, số lao động tử vong và số lao động bị thương nặng.';

describe('claim-mismatch: "cả N tiêu chí" fronted by its comparison, against the table beside it (s40)', () => {
  it('flags a fall of all criteria when the table shows one rose', async () => {
    expect(await found(report(CLAIM))).toEqual([['trendMismatch', 'Số lao động tử vong', 'tăng']]);
  });

  it('says nothing when every criterion fell', async () => {
    expect(await found(report(CLAIM, '3'))).toEqual([]);
  });

  it('says nothing for a criterion the table has no row of, or another year', async () => {
    expect(await found(report(CLAIM.replace('số lao động bị thương nặng', 'số ngày công bị mất')))).toEqual([]);
    expect(await found(report(CLAIM.replace('năm 2023', 'năm 2022')))).toEqual([]);
  });
});

// The criteria in brackets after their number, the table in another section: the one table of the report whose rows name
// every criterion and the claim's subject.
const far = (fell: boolean) => [
  'BÁO CÁO', '', 'I. ĐÁNH GIÁ CHUNG',
  `Tình hình cơ bản ổn định. So với cùng kỳ năm 2022, cháy nổ giảm cả 02 tiêu chí (số vụ, số người bị thương); công tác cứu nạn được chú trọng.`,
  '', 'II. SỐ LIỆU CỤ THỂ', 'Trong năm xảy ra 6 vụ cháy nổ.',
  'Bảng 4. Cháy nổ năm 2023',
  '| STT | Nội dung | ĐVT | Năm 2023 | Cùng kỳ năm 2022 | So với cùng kỳ (%) |',
  '|---|---|---|---|---|---|',
  '| 1 | Số vụ cháy nổ | vụ | 6 | 8 | -25,0 |',
  '| 2 | Số vụ cứu nạn | vụ | 3 | 2 | 50,0 |',
  `| 3 | Số người bị thương do cháy nổ | người | ${fell ? '2' : '7'} | 5 | ${fell ? '-60,0' : '40,0'} |`,
  '', 'III. NHIỆM VỤ', 'Tăng cường kiểm tra an toàn phòng cháy.',
].join('\n') + '\n';

describe('claim-mismatch: "cả N tiêu chí (…)" against the one table of the report naming them (s40)', () => {
  it('flags the criterion whose row rose', async () => {
    expect(await found(far(false))).toEqual([['trendMismatch', 'Số người bị thương do cháy nổ', 'tăng']]);
  });

  it('says nothing when both fell', async () => {
    expect(await found(far(true))).toEqual([]);
  });
});
