import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "các <items> từ <group words> đều tăng so với …" beside a table, a caption and a unit note between
// (src/extract/claims-table-trend.ts, topicRowsAgainst and besideTables).
const RULE = 'claim-mismatch';
const run = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.severity !== 'info');

// Hand-checked: the fee rows are "Phí vệ sinh" +4,0 and "Phí chợ" -3,2; the rent rows "Thuê ki-ốt" -8,5 and "Thuê bến bãi" +2,1.
const table = (cho: string) => [
  'Bảng 2. Các khoản thu sự nghiệp của xã năm 2026',
  '(ĐVT: triệu đồng)',
  'Nội dung\tDự toán\tThực hiện\tTăng/giảm so cùng kỳ (%)',
  'Phí vệ sinh\t120\t118\t4,0',
  `Phí chợ\t300\t290\t${cho}`,
  'Thuê ki-ốt\t210\t200\t-8,5',
  'Thuê bến bãi\t90\t95\t2,1',
].join('\n');
const claim = 'Thu sự nghiệp đạt 703 triệu đồng; các khoản thu từ phí trên địa bàn xã đều tăng so với cùng kỳ.';

describe('claim-mismatch: every row of a group named by its words claimed to change one way', () => {
  it('holds the claim against the rows whose labels hold the group\'s word, above a caption and unit note', async () => {
    const f = await run(`${claim}\n${table('-3,2')}`);
    expect(f.map((x) => x.messageId)).toEqual(['trendMismatch']);
    expect(f[0].data).toMatchObject({ verb: 'tăng', row: 'Phí chợ', value: '-3,2', actualVerb: 'giảm' });
  });

  it('leaves rows of other words alone, and a claim all the group\'s rows agree with', async () => {
    // "Thuê ki-ốt" fell, but it is rent, not a fee: the claim of fees holds.
    expect(await run(`${claim}\n${table('3,2')}`)).toEqual([]);
    // Only one row of the group: too few to tell a group from a row named loosely.
    expect(await run(`Các khoản thu từ thuê trên địa bàn đều tăng so với cùng kỳ.\n${table('-3,2').replace('Thuê bến bãi', 'Bến bãi')}`)).toEqual([]);
  });
});
