import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Names that are not the counted things one each: the places events were held at after "tại:" (several events may share a
// place, so only more places than events, or one fewer, is told: src/extract/claims-lists.ts, heldAt), and a whole of the
// same bare noun before a comma, which is no count coordinated with the one the colon closes ("14 chi hội, 10 chi hội đạt
// vững mạnh:" counts ten, not 24: coordinatedBefore). Sentences written for this test (health, agriculture, associations, training); names counted by hand.
const RULE = 'list-count-mismatch';

describe('list-count-mismatch: venues after "tại:", a whole before its part (s54)', () => {
  it('stays silent when fewer places than events are named after "tại:"', async () => {
    await expectNone(RULE, 'Ngành Y tế tổ chức 10 đợt khám sàng lọc tại: Trạm y tế xã Tân An, Trạm y tế xã Hòa Bình.');
    await expectNone(RULE, 'Trạm Khuyến nông tổ chức 06 lớp tập huấn ở: Nhà văn hóa thôn Đông, Hội trường Hợp tác xã Tân Tiến.');
  });

  it('warns, not errs, when one place fewer than the events is named after "tại:"', async () => {
    await expectFindings(RULE, 'Ban quản lý đã tổ chức 03 hội nghị tại: Hội trường UBND xã, Nhà văn hóa thôn Đông.',
      [{ messageId: 'venueLeftOut', severity: 'warning', data: { count: 3, listed: 2, items: 'Hội trường UBND xã; Nhà văn hóa thôn Đông' }, quote: '03', at: 'Ban quản lý đã tổ chức ' }]);
  });

  it('still errs when more places than events are named after "tại:"', async () => {
    await expectFindings(RULE, 'Tổ chức 02 buổi khám sàng lọc tại: Trạm y tế xã Tân An, Trạm y tế xã Hòa Bình, Trạm y tế xã Đông Sơn.',
      [{ messageId: 'listCountMismatch', data: { count: 2, listed: 3 }, quote: '02', at: 'Tổ chức ' }]);
  });

  it('counts people listed by name', async () => {
    await expectFindings(RULE, 'Cử 03 cán bộ đi tập huấn: ông Nguyễn Văn An, bà Lê Thị Bình.',
      [{ messageId: 'listCountMismatch', data: { count: 3, listed: 2, items: 'ông Nguyễn Văn An; bà Lê Thị Bình' }, quote: '03', at: 'Cử ' }]);
  });

  it('reads the part, not a sum with its whole, before the colon', async () => {
    // Ten branches stated strong, two named; the fourteen are all the branches, no second group.
    await expectFindings(RULE, 'Hội Nông dân xã có 14 chi hội, 10 chi hội đạt vững mạnh: Chi hội Đông, Chi hội Tây.',
      [{ messageId: 'listCountMismatch', data: { count: 10, listed: 2 }, quote: '10', at: 'Hội Nông dân xã có 14 chi hội, ' }]);
    await expectNone(RULE, 'Hội Nông dân xã có 14 chi hội, 02 chi hội đạt vững mạnh: Chi hội Đông, Chi hội Tây.');
  });
});
