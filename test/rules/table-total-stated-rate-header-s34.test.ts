import { describe, expect, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';
import { measureOf } from '../../src/extract/table-header.js';

const RULE = 'table-total-mismatch';

// Written for this test, in other words and numbers than any fixture; every sum checked by hand.
// 1.250 + 980 + 1.470 = 3.700; the 40% column: 500 + 392 + 588 = 1.480.
const table = (share: string, total: string) => [
  'Bảng 3. Phí bảo vệ môi trường đã thu theo thôn',
  'Đơn vị tính: triệu đồng',
  '',
  `| STT | Thôn | Đã thu | ${share} |`,
  '|---|---|---|---|',
  '| 1 | Thôn Đông | 1.250 | 500,0 |',
  '| 2 | Thôn Nam | 980 | 392,0 |',
  '| 3 | Thôn Bắc | 1.470 | 588,0 |',
  `| | Cộng | 3.700 | ${total} |`,
].join('\n');

describe('table-total-mismatch: a column whose header states the rate its amounts were worked out at (s34)', () => {
  it('reads "(40%)" in a header as the rate applied, the cells as amounts', () => {
    expect(measureOf('Phần để lại cho thôn (40%)', 'value')).toBe('amount');
    expect(measureOf('Tỷ lệ (%)', 'value')).toBe('rate');
    expect(measureOf('Tỷ lệ để lại (40%)', 'value')).toBe('rate');
  });
  it('adds up such a column and flags a wrong total', async () => {
    await expectFindings(RULE, table('Phần để lại cho thôn (40%)', '1.840,0'), [{ messageId: 'totalRowMismatch', data: { stated: 1840, actual: 1480 } }]);
  });
  it('stays silent when the total is right', async () => {
    await expectNone(RULE, table('Phần để lại cho thôn (40%)', '1.480,0'));
  });
});
