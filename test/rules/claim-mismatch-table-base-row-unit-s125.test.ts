import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 25 (holdout125): the earlier value of a stated amount of money in a table row whose ĐVT cell gives its scale.
// Sentences and table written for this test.
const RULE = 'claim-mismatch';
const run = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'changeMismatch');

// Hand-checked: thu dịch vụ 40,0 → 46,0 tỷ đồng is +15,0%; lượt khách 12.000 → 13.200 is +10,0%.
const doc = (claim: string) => [
  '2.1 Dịch vụ văn hóa',
  claim,
  'Bảng 3. Kết quả hoạt động dịch vụ văn hóa 6 tháng',
  'Chỉ tiêu\tĐVT\t6 tháng năm 2024\t6 tháng năm 2025\tTăng (+), giảm (-)',
  'Lượt khách tham quan bảo tàng\tlượt\t12.000\t13.200\t+1.200',
  'Thu từ dịch vụ văn hóa\ttỷ đồng\t40,0\t46,0\t+6,0',
  'Các điểm di tích được giữ gìn sạch đẹp.',
].join('\n');

describe('claim-mismatch: a stated amount of money found in a table row through its ĐVT cell', () => {
  it('reads the row\'s earlier cell as the base of the stated change', async () => {
    const [f, ...rest] = await run(doc('Thu từ dịch vụ văn hóa 6 tháng năm 2025 đạt 46,0 tỷ đồng, tăng 20% so với cùng kỳ.'));
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ stated: 20, base: 40, value: 46, actual: 15 });
  });

  it('says nothing when the change agrees with the row', async () => {
    expect(await run(doc('Thu từ dịch vụ văn hóa 6 tháng năm 2025 đạt 46,0 tỷ đồng, tăng 15% so với cùng kỳ.'))).toEqual([]);
  });
});
