import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "Đăng ký biến động", "Chỉnh lý biến động": a land register's record of changes, files counted — an amount column whose
// total row is the sum of its rows, not a change column (which is never summed). A bare "Biến động" column still is a
// change. Written for this test; every sum checked by hand.
const report = (head: string, total: string) => [
  'BÁO CÁO', 'Kết quả công tác địa chính năm 2025', '', 'I. KẾT QUẢ', '',
  `| STT | Thôn | Cấp giấy (giấy) | ${head} |`,
  '|---|---|---|---|',
  '| 1 | Thôn Bắc | 52 | 131 |',
  '| 2 | Thôn Nam | 47 | 96 |',
  '| 3 | Thôn Trung | 38 | 88 |',
  `| | Cộng | 137 | ${total} |`,
  '',
].join('\n');

describe('table-total-mismatch: a register of changes is summed like any count (s34)', () => {
  it.each([
    ['Chỉnh lý biến động (thửa)'],
    ['Đăng ký biến động đất đai (hồ sơ)'],
  ])('%s: a total off its rows is flagged', async (head) => {
    const found = (await findingsOf('table-total-mismatch', report(head, '351'))).map((f) => [f.data.stated, f.data.actual]);
    expect(found).toEqual([[351, 315]]);
  });

  it('the right total is not flagged', async () => {
    expect(await findingsOf('table-total-mismatch', report('Chỉnh lý biến động (thửa)', '315'))).toEqual([]);
  });

  it('a bare change column is not summed', async () => {
    expect(await findingsOf('table-total-mismatch', report('Biến động so với năm 2024', '351'))).toEqual([]);
  });
});
