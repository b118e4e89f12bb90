import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 28 (l140): a multiple of an amount of money whose earlier value only a table of another section gives
// ("Thu phí chợ 0,82 tỷ đồng, bằng 68,3% dự toán, gấp 2 lần cùng kỳ" against "Thu phí chợ | … | 640 | 820" under
// "(ĐVT: triệu đồng)"): the value's rate of its plan between it and the multiple is an aside, money is looked up at the
// table's scale, and the row is named by every word of its label (three at least). Table and sentences written for this test.
const RULE = 'claim-mismatch';
const run = async (lines: string[]) => (await findingsOf(RULE, doc(lines))).filter((f) => f.messageId === 'ratioMismatch').map((f) => f.data);

// Hand-checked: phí chợ 640 → 820 is 1,28 times (1,3 at one decimal); mặt bằng 310 → 930 is 3 times.
const doc = (lines: string[]) => [
  'BÁO CÁO',
  'Tình hình thu ngân sách 9 tháng năm 2025',
  'I. KẾT QUẢ CHUNG',
  'Biểu 01. Thu ngân sách 9 tháng năm 2025',
  '(ĐVT: triệu đồng)',
  'STT\tNội dung\tDự toán năm 2025\tThực hiện 9 tháng 2024\tThực hiện 9 tháng 2025\t% so với dự toán',
  '1\tThu phí chợ\t1 200\t640\t820\t68,3',
  '2\tThu tiền cho thuê mặt bằng kinh doanh\t900\t310\t930\t103,3',
  '3\tThu khác\t300\t150\t170\t56,7',
  'II. CÁC KHOẢN THU',
  '1. Thu từ hoạt động chợ',
  ...lines,
].join('\n') + '\n';

describe('claim-mismatch: a multiple of money against a far table row, past a plan-rate aside', () => {
  it('flags "gấp 2 lần" where the row gives 1,3 times', async () => {
    expect(await run(['- Thu phí chợ 0,82 tỷ đồng, bằng 68,3% dự toán, gấp 2 lần cùng kỳ; Ban quản lý chợ đã sắp xếp lại 40 ki-ốt.']))
      .toEqual([expect.objectContaining({ stated: 2, high: 820, low: 640, actual: 1.3 })]);
  });
  it('says nothing when the row agrees, with or without the aside', async () => {
    expect(await run(['- Thu tiền cho thuê mặt bằng kinh doanh 0,93 tỷ đồng, đạt 103,3% dự toán, gấp 3 lần cùng kỳ.'])).toEqual([]);
    expect(await run(['- Thu tiền cho thuê mặt bằng kinh doanh 930 triệu đồng, gấp 3 lần cùng kỳ.'])).toEqual([]);
  });
  it('reads no row named by fewer than three words, nor past an aside that is no rate of the plan', async () => {
    // "Thu khác": two words only, from afar.
    expect(await run(['- Thu khác 0,17 tỷ đồng, bằng 56,7% dự toán, gấp 2 lần cùng kỳ.'])).toEqual([]);
    // A share of the total between the value and the multiple: another figure of the statement, unsure.
    expect(await run(['- Thu phí chợ 0,82 tỷ đồng, chiếm 42,5% tổng thu, gấp 2 lần cùng kỳ.'])).toEqual([]);
  });
});
