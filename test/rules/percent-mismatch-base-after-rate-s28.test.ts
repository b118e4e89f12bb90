import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "…, đạt X% so với số <base> … là W": the base named after the rate and stated right after it (src/extract/shares.ts, wholeAfterRate).
const RULE = 'percent-mismatch';
const report = (line: string) => ['BÁO CÁO', '', 'I. KẾT QUẢ', line, 'Công tác thu phí được duy trì thường xuyên.'].join('\n');

describe('percent-mismatch: a base named and stated after the rate', () => {
  it('checks the rate against the base stated after "so với số … là"', async () => {
    // Hand-checked: 1 350/4 200 = 32,1%, stated 35,1%.
    await expectFindings(RULE, report('Trong quý, Ban quản lý chợ thu được 1 350 triệu đồng phí thuê ki-ốt, đạt 35,1% so với số phí phải thu cả năm là 4 200 triệu đồng.'), [
      { messageId: 'percentMismatch', data: { stated: 35.1, actual: 32.1 } },
    ]);
    // Hand-checked: 126/540 = 23,3%, stated 32,3%; a cut-off date may tell when the base was counted, the amount may be in words too.
    await expectFindings(RULE, report('Đã cấp 126 giấy phép (một trăm hai mươi sáu), bằng 32,3% so với số hồ sơ tồn tại ngày 01/01/2026 là 540 giấy phép.'), [
      { messageId: 'percentMismatch', data: { stated: 32.3, actual: 23.3 } },
    ]);
    await expectNone(RULE, report('Trong quý, Ban quản lý chợ thu được 1 350 triệu đồng phí thuê ki-ốt, đạt 32,1% so với số phí phải thu cả năm là 4 200 triệu đồng.'));
  });

  it('leaves a base of a plan or an earlier period, and a change, alone', async () => {
    // 1 350/4 200 = 32,1%: the rate is of a plan or of last year's amount, read (or not) by other readers, never as this share.
    await expectNone(RULE, report('Ban quản lý chợ thu được 1 350 triệu đồng phí thuê ki-ốt, đạt 35,1% so với số dự toán giao là 4 200 triệu đồng.'));
    await expectNone(RULE, report('Ban quản lý chợ thu được 1 350 triệu đồng phí thuê ki-ốt, đạt 35,1% so với số thu cùng kỳ là 4 200 triệu đồng.'));
    await expectNone(RULE, report('Ban quản lý chợ thu được 1 350 triệu đồng phí thuê ki-ốt, tăng 35,1% so với số thu quý trước là 4 200 triệu đồng.'));
  });
});
