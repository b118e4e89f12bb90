import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 25 (holdout125): a multiple of a stated value whose earlier value only a nearby table's row gives
// (src/extract/claims-table-base.ts). Sentences and table written for this test.
const RULE = 'claim-mismatch';
const run = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'ratioMismatch');

// Hand-checked: đầu sách 1.200 → 1.800 is 1,5 times; lượt mượn 3.000 → 6.000 is 2 times.
const doc = (claim: string) => [
  '1.3 Thư viện xã',
  claim,
  'Bảng 2. Hoạt động thư viện 6 tháng',
  'Chỉ tiêu\tĐVT\t6 tháng năm 2024\t6 tháng năm 2025',
  'Đầu sách của thư viện xã\tcuốn\t1.200\t1.800',
  'Lượt mượn sách của bạn đọc\tlượt\t3.000\t6.000',
  'Thư viện mở cửa đúng giờ.',
].join('\n');

describe('claim-mismatch: a multiple held against the row of a nearby table', () => {
  it('flags "gấp đôi" (no "so với") where the row gives 1,5 times', async () => {
    const [f, ...rest] = await run(doc('Đầu sách của thư viện xã đạt 1.800 cuốn, gấp đôi cùng kỳ năm 2024.'));
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ stated: 2, high: 1800, low: 1200, actual: 1.5 });
  });

  it('says nothing when the multiple agrees, in words or digits', async () => {
    expect(await run(doc('Lượt mượn sách của bạn đọc đạt 6.000 lượt, gấp đôi cùng kỳ năm 2024.'))).toEqual([]);
    expect(await run(doc('Đầu sách của thư viện xã đạt 1.800 cuốn, gấp 1,5 lần so với cùng kỳ.'))).toEqual([]);
  });

  it('reads no hedged multiple', async () => {
    expect(await run(doc('Đầu sách của thư viện xã đạt 1.800 cuốn, gấp gần 2 lần so với cùng kỳ.'))).toEqual([]);
  });
});
