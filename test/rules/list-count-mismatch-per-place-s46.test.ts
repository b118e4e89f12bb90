import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "05 điểm … tại các thôn: Đông, Tây, Nam và Bắc (mỗi thôn 01 điểm)": places each holding a share of the counted things make
// a count, the places times the share (src/extract/claims-per-place.ts). Without the note, names of places say nothing of a
// count of other things. Sentences written for this test, in other topics; counts checked by hand.
const RULE = 'list-count-mismatch';

describe('list-count-mismatch: places listed with each one\'s share of the count (s46)', () => {
  it('reports eleven classes against four communes of three classes each (12)', async () => {
    await expectFindings(RULE, 'Năm 2025, huyện mở 11 lớp tập huấn tại các xã: Tân An, Tân Bình, Tân Hòa và Tân Phú (mỗi xã 03 lớp).',
      [{ messageId: 'perPlaceMismatch', data: { count: 11, listed: 4, each: 3, total: 12 } }]);
  });

  it('reads a share closing the clause after a comma too', async () => {
    // Three villages of two cameras each make 6, not 7.
    await expectFindings(RULE, 'Xã đã lắp đặt 07 camera an ninh tại các thôn: Hạ Long, Trung Sơn và Thượng Lâm, mỗi thôn 02 camera.',
      [{ messageId: 'perPlaceMismatch', data: { count: 7, listed: 3, each: 2, total: 6 } }]);
  });

  it('stays silent when the places times the share make the count', async () => {
    await expectNone(RULE, 'Năm 2025, huyện mở 12 lớp tập huấn tại các xã: Tân An, Tân Bình, Tân Hòa và Tân Phú (mỗi xã 03 lớp).');
  });

  it('stays silent for places listed with no share of each', async () => {
    await expectNone(RULE, 'Xã đã lắp đặt 07 camera an ninh tại các thôn: Hạ Long, Trung Sơn và Thượng Lâm.');
    await expectNone(RULE, 'Xã đã lắp đặt 07 camera an ninh tại 03 thôn: Hạ Long, Trung Sơn và Thượng Lâm.');
  });

  it('stays silent when the share is a range, or an exception follows it', async () => {
    await expectNone(RULE, 'Năm 2025, huyện mở 11 lớp tập huấn tại các xã: Tân An, Tân Bình, Tân Hòa và Tân Phú (mỗi xã từ 02 đến 03 lớp).');
    await expectNone(RULE, 'Xã đã lắp đặt 07 camera an ninh tại các thôn: Hạ Long, Trung Sơn và Thượng Lâm (mỗi thôn 02 camera), riêng thôn Hạ Long thêm 01 camera.');
  });

  it('stays silent when the note is of another place kind than the places listed', async () => {
    await expectNone(RULE, 'Xã đã lắp đặt 07 camera an ninh tại các thôn: Hạ Long, Trung Sơn và Thượng Lâm (mỗi tổ 02 camera).');
  });
});
