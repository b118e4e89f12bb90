import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// A quarter's load broken down into visits carried over and new registrations (1 200), then the half-year's running total
// of new registrations (2 500). "tổng số lượt khám đăng ký mới" names both the quarter's group and the running total.
const load = [
  'Tổng số lượt khám phải thực hiện trong quý là 1 300 lượt khám, gồm 100 lượt khám hẹn từ quý trước chuyển sang và 1 200',
  'lượt khám đăng ký mới. Lũy kế 6 tháng đầu năm 2025, toàn xã đã đăng ký mới 2 500 lượt khám (Quý I 1 300 lượt khám, Quý II',
  '1 200 lượt khám).',
].join(' ');

describe('percent-mismatch: a named whole the phrase names twice, as a group of a breakdown and as a running total', () => {
  it('says nothing when the share fits the group the phrase names as fully as the total', async () => {
    // Hand-checked: 960/1 200 = 80,0% (the quarter's new registrations); 960/2 500 = 38,4% is the running total's.
    await expectNone('percent-mismatch', `${load}\nĐã khám có sử dụng bệnh án điện tử 960 lượt khám, đạt 80,0% tổng số lượt khám đăng ký mới.\n`);
  });

  it('still reports a share that fits neither value, against the total as before', async () => {
    // Hand-checked: 90,0% is neither 960/1 200 = 80,0% nor 960/2 500 = 38,4%.
    await expectFindings('percent-mismatch', `${load}\nĐã khám có sử dụng bệnh án điện tử 960 lượt khám, đạt 90,0% tổng số lượt khám đăng ký mới.\n`, [
      { messageId: 'percentMismatch', data: { stated: 90, num: 960, den: 2500, actual: 38.4 }, quote: '90,0%' },
    ]);
  });
});
