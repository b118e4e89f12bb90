import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'claim-mismatch';
const run = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'targetMismatch');
const TABLE = [
  'Bảng 2. Kết quả thu quỹ phòng, chống thiên tai theo thôn',
  'Thôn\tKế hoạch\tThực hiện\tTỷ lệ so với kế hoạch (%)',
  'Thôn Bắc Sơn\t80\t86\t107,5',
  'Thôn Nam Sơn\t90\t88\t97,8',
  'Thôn Đông Hà\t70\t73\t104,3',
  'Thôn Tây Hà\t60\t45\t75,0',
].join('\n');
const report = (claim: string) => `I. KẾT QUẢ\n1. Thu quỹ\n${TABLE}\n${claim}\n`;

describe('claim-mismatch: members named as passing the plan against the table of their rates just above', () => {
  it('flags a named member whose row is short of the plan', async () => {
    // Hand-checked: Nam Sơn collected 88 of 90, 97,8% of the plan: not above it.
    const f = await run(report('- Có 03 thôn hoàn thành vượt kế hoạch là thôn Bắc Sơn, thôn Nam Sơn và thôn Đông Hà; thôn Tây Hà đạt thấp nhất.'));
    expect(f.map((x) => [x.data.value, x.data.target])).toEqual([[97.8, 100]]);
    expect(await run(report('- Có 02 thôn hoàn thành vượt kế hoạch là thôn Bắc Sơn và thôn Đông Hà; thôn Tây Hà đạt thấp nhất.'))).toEqual([]);
  });

  it('says nothing of a member no row names, a negated claim, or one member alone', async () => {
    expect(await run(report('- Có 03 thôn hoàn thành vượt kế hoạch là thôn Bắc Sơn, thôn Nam Sơn và thôn Trung Hà.'))).toEqual([]);
    expect(await run(report('- Có 02 thôn chưa vượt kế hoạch là thôn Nam Sơn và thôn Tây Hà.'))).toEqual([]);
    expect(await run(report('- Thôn vượt kế hoạch là thôn Nam Sơn.'))).toEqual([]);
  });
});
