import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const ratios = async (text: string) =>
  (await findingsOf('claim-mismatch', text + '\n')).filter((f) => f.messageId === 'ratioMismatch').map((f) => [f.data.stated, f.data.high, f.data.low]);

// "Số X gấp đôi cùng kỳ năm 2024 (B)": a multiple of the earlier period named straight after it, no "so với" between, its
// base alone in the bracket, read as "gấp đôi so với cùng kỳ" is. Figures and sentences written for this test.
describe('claim-mismatch: a multiple of the earlier period with no "so với" (s35)', () => {
  const report = (amount: string, claim: string) =>
    'I. KẾT QUẢ\n1. Thu ngân sách\n'
    + `Chi cục Thuế thu nợ đọng ${amount} triệu đồng tiền thuế sử dụng đất, đã nộp kho bạc 410 triệu đồng. ${claim}\n`
    + '2. Chi ngân sách\nChi thường xuyên 2.150 triệu đồng.';

  it('flags a worded multiple the pair does not bear', async () => {
    // 472 / 310 = 1,5: not "gấp đôi".
    expect(await ratios(report('472', 'Số nợ đọng thu được gấp đôi cùng kỳ năm 2025 (310 triệu đồng).'))).toEqual([[2, 472000000, 310000000]]);
  });

  it('says nothing when the pair bears it, or the multiple is hedged', async () => {
    // 620 / 310 = 2.
    expect(await ratios(report('620', 'Số nợ đọng thu được gấp đôi cùng kỳ năm 2025 (310 triệu đồng).'))).toEqual([]);
    expect(await ratios(report('472', 'Số nợ đọng thu được gần gấp đôi cùng kỳ năm 2025 (310 triệu đồng).'))).toEqual([]);
  });
});
