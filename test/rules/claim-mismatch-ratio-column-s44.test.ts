import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { expectFindings } from './tester.js';

// Session 44: a percent change claimed of a table row's amount ("Thu tiền sử dụng đất đạt 8.450,0 triệu đồng, tăng 12,4% so
// với cùng kỳ") against the same row's column of that amount's percent of the same period before ("% so cùng kỳ" 87,6):
// the change is the percent less 100 (src/extract/claims-table-base.ts, ratioPairOf). Written for this test.
const RULE = 'claim-mismatch';
const doc = (ratio: string, claim: string) => [
  'BÁO CÁO',
  'Tình hình thu ngân sách xã 6 tháng đầu năm 2024',
  'I. KẾT QUẢ THU NGÂN SÁCH',
  'Bảng 1. Thu ngân sách xã 6 tháng đầu năm 2024',
  'ĐVT: triệu đồng',
  '| STT | Nội dung | Dự toán năm | Thực hiện 6 tháng | % dự toán | % so cùng kỳ |',
  '|---|---|---|---|---|---|',
  '| 1 | Thu tiền sử dụng đất | 15.000,0 | 8.450,0 | 56,3 | ' + ratio + ' |',
  '| 2 | Thu phí, lệ phí | 620,0 | 340,5 | 54,9 | 108,2 |',
  '| 3 | Thu khác ngân sách | 410,0 | 198,7 | 48,5 | 95,1 |',
  '1. Các khoản thu lớn',
  claim,
].join('\n') + '\n';
const ids = async (text: string) => (await findingsOf(RULE, text)).map((f) => f.messageId);
const CLAIM = 'Thu tiền sử dụng đất đạt 8.450,0 triệu đồng, tăng 12,4% so với cùng kỳ, chủ yếu từ đấu giá quyền sử dụng đất ở.';

describe('claim-mismatch: a change against the row\'s percent of the same period (s44)', () => {
  it('flags a rise where the row stands below the same period', async () => {
    // Hand-checked: 87,6% of the same period is a fall of 12,4%, not a rise.
    await expectFindings(RULE, doc('87,6', CLAIM), [{ messageId: 'changeMismatch', data: { stated: 12.4, value: 8450, actual: -12.4 } }]);
  });

  it('stays silent when the percent agrees, or when the column holds signed changes', async () => {
    expect(await ids(doc('112,4', CLAIM))).toEqual([]);
    // A column with a negative cell holds changes, not percents of the base: 12,4 there is the rise itself.
    expect(await ids(doc('12,4', CLAIM).replace('| 95,1 |', '| -4,9 |'))).toEqual([]);
  });
});
