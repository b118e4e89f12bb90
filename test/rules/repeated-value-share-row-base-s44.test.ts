import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 44: a share whose numerator a table row holds, beside another count of that row the row's own rate shows to be its
// base, restates the row: a denominator one slip of the digits from that base is the base mistyped on one side. A base that
// is no slip of the denominator (another group counted) says nothing. Sentences and numbers written for this test.
const RULE = 'repeated-value-conflict';
const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 64/BC-UBND\nTân Phú, ngày 18 tháng 12 năm 2025\nBÁO CÁO\nKết quả công tác y tế năm 2025\nI. KẾT QUẢ\n';
const report = (row: string, header = '| STT | Đối tượng | Số trong diện | Số được tiêm đủ | Tỷ lệ (%) |') => HEAD + [
  '1. Tiêm chủng mở rộng',
  'Trạm Y tế tổ chức tiêm chủng hằng tháng; số trẻ dưới 1 tuổi được tiêm chủng đầy đủ 1.426/1.462 trẻ, đạt 97,5%. Không có phản ứng nặng sau tiêm.',
  'Bảng 1. Kết quả tiêm chủng năm 2025',
  header,
  '|---|---|---|---|---|',
  row,
  '| 2 | Phụ nữ có thai | 512 | 498 | 97,3 |',
].join('\n') + '\n';
const pairs = async (text: string) => (await findingsOf(RULE, text)).map((f) => [f.data.value, f.data.other]);

describe('repeated-value-conflict: a share\'s denominator against the base of the table row restating it', () => {
  it('flags the base written 1.462 in the text and 1.642 in the row its rate confirms (1.426/1.642 = 86,8%)', async () => {
    // Hand-checked: 1.426/1.642 = 86,85% (the row's 86,8), 1.426/1.462 = 97,54% (the text's 97,5): two bases, one slip apart.
    expect(await pairs(report('| 1 | Trẻ dưới 1 tuổi | 1.642 | 1.426 | 86,8 |'))).toEqual([['1.426/1.462', '1.642']]);
  });

  it('says nothing when the row states the same base (1.462, 97,5%)', async () => {
    expect(await pairs(report('| 1 | Trẻ dưới 1 tuổi | 1.462 | 1.426 | 97,5 |'))).toEqual([]);
  });

  it('says nothing when the row\'s base is no slip of the denominator (1.580, 90,3%): another group may be counted', async () => {
    // Hand-checked: 1.426/1.580 = 90,25% (rounded 90,3).
    expect(await pairs(report('| 1 | Trẻ dưới 1 tuổi | 1.580 | 1.426 | 90,3 |'))).toEqual([]);
  });

  it('says nothing when the row\'s base is a plan\'s cell (Kế hoạch 1.642): the share\'s whole and the plan are two wholes', async () => {
    // Hand-checked: 1.426/1.642 = 86,85% (the row's 86,8, done against plan); 1.426/1.462 = 97,54% of the children in the commune.
    expect(await pairs(report('| 1 | Trẻ dưới 1 tuổi | 1.642 | 1.426 | 86,8 |', '| STT | Đối tượng | Kế hoạch (trẻ) | Thực hiện (trẻ) | Đạt (%) |'))).toEqual([]);
  });
});
