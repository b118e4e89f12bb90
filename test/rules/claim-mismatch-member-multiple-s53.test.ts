import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const ratios = async (text: string) =>
  (await findingsOf('claim-mismatch', text)).filter((f) => f.messageId === 'ratioMismatch').map((f) => [f.data.stated, f.data.high, f.data.low, f.data.actual, f.evidence.map((e) => e.quote)]);
const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';

// "X <member A> gấp N lần <member B>" after a table whose rows A and B hold X's values: a checkable multiple of the two
// cells. Figures and sentences written for this test.
describe('claim-mismatch: a multiple between two rows of a nearby table (s53)', () => {
  // Hand-checked: 1.862,5 / 1.204,0 = 1,547 (told as 1,5); 148 / 52 = 2,846 (told as 2,8).
  const table = rows(
    ['Quý', 'Thu ngân sách (triệu đồng)', 'Số hộ được hỗ trợ'],
    ['Quý I', '1.204,0', '52'],
    ['Quý II', '1.415,8', '61'],
    ['Quý III', '1.862,5', '148'],
    ['Quý IV', '1.730,1', '97'],
  );
  const report = (claim: string) => `I. KẾT QUẢ\n1. Ngân sách và an sinh\nBảng 1. Thu ngân sách và hỗ trợ hộ nghèo theo quý\n${table}${claim}\n2. Nhiệm vụ\nTiếp tục thực hiện.\n`;

  it('flags a multiple the two rows of the named column do not bear', async () => {
    const found = await ratios(report('Quý III thu tăng mạnh nhờ tiền sử dụng đất; thu ngân sách quý III gấp 2 lần quý I.'));
    expect(found).toEqual([[2, 1862.5, 1204, 1.5, ['gấp 2 lần quý I', '1.862,5', '1.204,0']]]);
  });

  it('flags a worded multiple of a count column, members named after "so với"', async () => {
    // 148 / 52 = 2,85: not "gấp đôi" (1,82 to 2,22).
    const found = await ratios(report('Số hộ được hỗ trợ quý III gấp đôi so với quý I.'));
    expect(found).toEqual([[2, 148, 52, 2.8, ['gấp đôi so với quý I', '148', '52']]]);
  });

  it('says nothing when the multiple holds within its rounding', async () => {
    expect(await ratios(report('Thu ngân sách quý III gấp 1,5 lần quý I.'))).toEqual([]);
    // 97 / 52 = 1,87: "gấp đôi" within a whole multiple's rounding.
    expect(await ratios(report('Số hộ được hỗ trợ quý IV gấp đôi quý I.'))).toEqual([]);
  });

  it('says nothing when the column or a member is not named for sure', async () => {
    // No column named; a member that is no row ("quý I năm 2023"); a plan before it.
    expect(await ratios(report('Quý III gấp 2 lần quý I.'))).toEqual([]);
    expect(await ratios(report('Thu ngân sách quý III gấp 2 lần quý I năm 2023.'))).toEqual([]);
    expect(await ratios(report('Kế hoạch thu ngân sách quý III gấp 2 lần quý I.'))).toEqual([]);
  });
});
