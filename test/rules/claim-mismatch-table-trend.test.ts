import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// The way a table row changed, claimed in words beside the table (src/extract/claims-table-trend.ts).
const RULE = 'claim-mismatch';
const run = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.severity !== 'info');

// Hand-checked: Cá tra 1.150 → 1.080 tấn is −6,1% on last year; Tôm 410 → 452 is +10,2%.
const table = (ca: string) => [
  'STT\tSản phẩm\tKế hoạch\tThực hiện\tSo cùng kỳ (%)',
  `1\tCá tra\t1.200\t1.080\t${ca}`,
  '2\tTôm thẻ chân trắng\t420\t452\t10,2',
  '3\tCá rô phi\t300\t310\t2,0',
].join('\n');

describe('claim-mismatch: a row\'s way of change claimed beside its table', () => {
  it('flags "<row> tăng mạnh so với cùng kỳ" when the row\'s change cell is negative, before or after the table', async () => {
    const after = `Sản lượng nuôi trồng năm 2025:\n${table('-6,1')}\nNhìn chung sản lượng ổn định; riêng cá tra tăng mạnh so với cùng kỳ do giá bán cao.`;
    const f = await run(after);
    expect(f.map((x) => x.messageId)).toEqual(['trendMismatch']);
    expect(f[0].data).toMatchObject({ verb: 'tăng', row: 'Cá tra', value: '-6,1', actualVerb: 'giảm' });
    expect((await run(`Sản lượng tôm thẻ chân trắng giảm so với cùng kỳ, cụ thể:\n${table('-6,1')}`)).map((x) => x.data.row)).toEqual(['Tôm thẻ chân trắng']);
    // The claimed way agrees: silent.
    expect(await run(after.replace('tăng mạnh', 'giảm mạnh'))).toEqual([]);
  });

  it('stays silent on a negated claim, a claim with its own figure, another base, a far paragraph or a ratio column', async () => {
    const t = table('-6,1');
    expect(await run(`Kết quả:\n${t}\nRiêng cá tra không tăng so với cùng kỳ.`)).toEqual([]);
    expect(await run(`Kết quả:\n${t}\nRiêng cá tra tăng so với cùng kỳ (1.000 tấn).`)).toEqual([]);
    expect(await run(`Kết quả:\n${t}\nRiêng cá tra tăng so với kế hoạch.`)).toEqual([]);
    expect(await run(`Kết quả:\n${t}\nCác hộ nuôi đã ký hợp đồng tiêu thụ.\nRiêng cá tra tăng mạnh so với cùng kỳ.`)).toEqual([]);
    // "So cùng kỳ (%)" as ratios (no negative cell): 90,0 may mean 90% of last year, so "giảm" is not judged.
    const ratios = table('90,0').replace('10,2', '110,2').replace('2,0', '103,3');
    expect(await run(`Kết quả:\n${ratios}\nRiêng tôm thẻ chân trắng giảm so với cùng kỳ.`)).toEqual([]);
  });
});
