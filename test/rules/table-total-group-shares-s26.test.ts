import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// A rate column of shares of several wholes, one group each: every row a share of the nearest row above it whose rate is
// 100 (src/rules/support/table-checks.ts, formulas' bRows). Ratios by hand.
const RULE = 'table-total-mismatch';
const table = (nam: string) => [
  'Bảng 4. Cơ cấu lao động theo giới tính và độ tuổi năm 2025',
  'Chỉ tiêu\tSố người\tTỷ lệ (%)',
  'Theo giới tính\t1.250\t100',
  'Nam\t640\t' + nam,
  'Nữ\t610\t48,8',
  'Theo độ tuổi\t1.250\t100',
  'Từ 15 đến 34 tuổi\t480\t38,4',
  'Từ 35 đến 54 tuổi\t575\t46,0',
  'Từ 55 tuổi trở lên\t195\t15,6',
  '',
].join('\n');
const report = (nam: string) => `I. LAO ĐỘNG VIỆC LÀM\n${table(nam)}Lao động có việc làm ổn định tăng so với năm trước.\n`;

describe('table-total-mismatch: shares of two wholes in one rate column', () => {
  it('flags a row whose rate is not its share of its own group\'s whole', async () => {
    // 640/1.250 = 51,2%, written 52,1 (digits swapped); the other rows agree (610/1.250 = 48,8; 480 → 38,4; 575 → 46,0; 195 → 15,6).
    await expectFindings(RULE, report('52,1'), [
      { messageId: 'percentColumnMismatch', data: { stated: 52.1, num: 640, den: 1250, actual: 51.2 }, quote: '52,1' },
    ]);
  });

  it('stays silent when every row is its group\'s share', async () => {
    await expectNone(RULE, report('51,2'));
  });
});
