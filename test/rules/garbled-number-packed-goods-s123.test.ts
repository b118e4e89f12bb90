import { describe, expect, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'garbled-number';

describe('garbled-number: a number with broken groups before a unit of packed goods', () => {
  it('reads "bao", "thùng", "túi" after a broken number as its unit', async () => {
    // Hand-checked: "2.3.600" and "4.5.120" are grouped in twos and ones, no value can be told.
    await expectFindings(RULE, 'Đội quản lý thị trường thu giữ 2.3.600 tút thuốc lá không rõ nguồn gốc.', [{ messageId: 'malformedNumber', data: { raw: '2.3.600', unit: 'tút' }, quote: '2.3.600 tút' }]);
    await expectFindings(RULE, 'Hợp tác xã đã tiêu thụ 4.5.120 thùng nước mắm trong vụ Tết.', [{ messageId: 'malformedNumber', data: { raw: '4.5.120', unit: 'thùng' } }]);
    await expectFindings(RULE, 'Trạm y tế cấp phát 1.45.300 túi thuốc cho hộ dân vùng lũ.', [{ messageId: 'malformedNumber', data: { raw: '1.45.300', unit: 'túi' } }]);
  });

  it('leaves well grouped numbers before those units, and a heading\'s number, alone', async () => {
    await expectNone(RULE, 'Đội quản lý thị trường thu giữ 2.600 tút thuốc lá và 1.240 bao thuốc lá điếu.');
    await expectNone(RULE, '2.3.1 Thu giữ thùng hàng nhập lậu trên tuyến quốc lộ.');
  });
});
