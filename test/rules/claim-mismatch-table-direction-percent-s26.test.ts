import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "<row's subject> tăng/giảm N% so với cùng kỳ" right above the table whose row holds both periods' values, the current
// value not written in the sentence (src/extract/claims-table-direction.ts).
const RULE = 'claim-mismatch';
const numbers = async (text: string) =>
  (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'changeMismatch').map((f) => [f.data.stated, f.data.base, f.data.value, f.data.actual]);

// Veterinary, hand-checked: lở mồm long móng 64 → 48 con is a fall of 16/64 = 25,0%; tai xanh 20 → 23 con a rise of 15,0%.
const herds = (claim: string) => [
  '2. Công tác thú y',
  claim,
  'Bảng 2. Số gia súc mắc bệnh so với cùng kỳ',
  '(ĐVT: con)',
  'STT\tBệnh\tCùng kỳ\tKỳ này',
  '1\tLở mồm long móng\t64\t48',
  '2\tTai xanh\t20\t23',
  '\tCộng\t84\t71',
].join('\n');

describe('claim-mismatch: a percent change of a table row named above the table (s26)', () => {
  it('flags a percent the row does not bear out', async () => {
    expect(await numbers(herds('Số con mắc bệnh lở mồm long móng giảm 40% so với cùng kỳ, chủ yếu ở các hộ chăn nuôi nhỏ lẻ.'))).toEqual([[40, 64, 48, 25]]);
  });

  it.each([
    ['a percent the row bears out', 'Số con mắc bệnh lở mồm long móng giảm 25% so với cùng kỳ, chủ yếu ở các hộ chăn nuôi nhỏ lẻ.'],
    ['a rounded percent', 'Số con mắc bệnh tai xanh tăng 15,0% so với cùng kỳ.'],
    ['a hedged percent', 'Số con mắc bệnh lở mồm long móng giảm hơn 20% so với cùng kỳ.'],
    ['no row named', 'Số con mắc bệnh dịch tả giảm 40% so với cùng kỳ.'],
  ])('%s: nothing is said', async (_topic, claim) => {
    expect(await numbers(herds(claim))).toEqual([]);
  });
});
