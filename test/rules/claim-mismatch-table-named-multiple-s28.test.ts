import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 28 (l140): a multiple stated with no value of its own ("Riêng xã A, số vụ … tăng gấp 2 lần cùng kỳ") against the
// one row of the table beside it that the statement names (src/extract/claims-table-base.ts, locateNamed). Table and
// sentences written for this test.
const RULE = 'claim-mismatch';
const run = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'ratioMismatch');

// Hand-checked: Hòa Bình 6 → 9 is 1,5 times; Đồng Tâm 4 → 8 is 2 times; Thanh Xuân 5 → 15 is 3 times.
const doc = (claim: string, unitNote = '(ĐVT: vụ)') => [
  '2. Phòng cháy, chữa cháy rừng',
  'Bảng 3. Số vụ cháy rừng theo xã',
  unitNote,
  'Xã\tCùng kỳ\tKỳ này\tTăng/giảm',
  'Xã Hòa Bình\t6\t9\t3',
  'Xã Đồng Tâm\t4\t8\t4',
  'Xã Thanh Xuân\t5\t15\t10',
  'Toàn huyện\t15\t32\t17',
  claim,
  'Các xã đã duy trì lực lượng trực cháy 24/24 giờ trong mùa khô.',
].join('\n');

describe('claim-mismatch: a figure-less multiple against the row its statement names', () => {
  it('flags "gấp 2 lần" where the named row gives 1,5 times', async () => {
    const [f, ...rest] = await run(doc('Riêng xã Hòa Bình, số vụ cháy rừng tăng gấp 2 lần cùng kỳ; lực lượng kiểm lâm đã tăng cường tuần tra.'));
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ stated: 2, high: 9, low: 6, actual: 1.5 });
  });

  it('says nothing when the row agrees ("gấp đôi", "gấp 3 lần")', async () => {
    expect(await run(doc('Riêng xã Đồng Tâm, số vụ cháy rừng tăng gấp đôi cùng kỳ.'))).toEqual([]);
    expect(await run(doc('Riêng xã Thanh Xuân, số vụ cháy rừng gấp 3 lần so với cùng kỳ.'))).toEqual([]);
  });

  it('reads nothing when the statement does not name what the table counts', async () => {
    // Households, not fires ("hộ" is not the table's "vụ").
    expect(await run(doc('Riêng xã Hòa Bình, số hộ nhận khoán bảo vệ rừng tăng gấp 2 lần cùng kỳ.'))).toEqual([]);
    // The table's unit but another thing counted, none of its words in the caption.
    expect(await run(doc('Riêng xã Hòa Bình, số vụ vi phạm giao thông tăng gấp 2 lần cùng kỳ.'))).toEqual([]);
  });

  it('reads nothing when two rows are named, or a value is stated', async () => {
    expect(await run(doc('Xã Hòa Bình và xã Thanh Xuân, số vụ cháy rừng tăng gấp 2 lần cùng kỳ.'))).toEqual([]);
    // A value of its own before the multiple (4 vụ, no row's): the ordinary reading, which finds no row of it.
    expect(await run(doc('Riêng xã Hòa Bình xảy ra 4 vụ cháy rừng, tăng gấp 2 lần cùng kỳ.'))).toEqual([]);
  });
});
