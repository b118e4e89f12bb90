import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'claim-mismatch';
// The report's only table of an earlier and a current column, its caption naming the earlier period; the claim comes later.
const report = (sentence: string) => [
  'BÁO CÁO', 'Kết quả công tác khuyến nông quý II năm 2025', '', '1) KẾT QUẢ',
  'Bảng 1. Một số chỉ tiêu so với cùng kỳ năm 2024',
  'Chỉ tiêu\tĐVT\tQuý II/2024\tQuý II/2025\tTăng/giảm',
  'Lớp tập huấn kỹ thuật\tlớp\t6\t8\t2',
  'Nông dân dự tập huấn kỹ thuật\tngười\t140\t226\t86',
  '', '2) ĐÁNH GIÁ', `- ${sentence}`, '',
].join('\n');
const ratios = async (sentence: string) =>
  (await findingsOf(RULE, report(sentence))).filter((f) => f.messageId === 'ratioMismatch').map((f) => [f.data.stated, f.data.high, f.data.low, f.data.actual]);

describe('claim-mismatch: a multiple in digits claimed later against the report\'s only table', () => {
  it('holds "tăng gấp 3 lần so với cùng kỳ năm 2024" against the row\'s two cells', async () => {
    // Hand-checked: 226 / 140 = 1,6, neither 3 times nor an increase of 3 times.
    expect(await ratios('Số nông dân dự tập huấn kỹ thuật tăng gấp 3 lần so với cùng kỳ năm 2024.')).toEqual([[3, 226, 140, 1.6]]);
  });

  it('leaves a multiple that holds, and a hedged one, alone', async () => {
    // Hand-checked: 226 / 140 = 1,61, "gấp 1,6 lần" as stated.
    expect(await ratios('Số nông dân dự tập huấn kỹ thuật tăng gấp 1,6 lần so với cùng kỳ năm 2024.')).toEqual([]);
    expect(await ratios('Số nông dân dự tập huấn kỹ thuật tăng gần gấp 3 lần so với cùng kỳ năm 2024.')).toEqual([]);
  });
});
