import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rules/audit-helper.js';

const ids = async (text: string) => (await findingsOf('part-exceeds-whole', text)).map((f) => f.messageId);

describe('member counts: attendance of an event is no part of the area\'s stock', () => {
  it('holds no "N X tham gia" closing its clause against "có M X" of the area', async () => {
    // Hand-checked: the commune has 04 cooperatives; the fair drew 11 cooperatives from anywhere ("tham gia" with no object
    // after it counts who attended), so 11 > 04 is no part larger than its whole.
    const text = [
      'BÁO CÁO', '',
      'Trên địa bàn xã có 04 hợp tác xã và 27 tổ hợp tác, thu hút 650 thành viên.', '',
      'Xã phối hợp với Sở Công Thương tổ chức 02 hội chợ nông sản: hội chợ thứ nhất ngày 10/4/2024 có 03 hợp tác xã tham gia; hội chợ thứ hai ngày 22/10/2024 có 11 hợp tác xã tham gia, bán được 3,2 tấn sản phẩm.', '',
    ].join('\n');
    expect(await ids(text)).toEqual([]);
  });

  it('still holds members who did something named after the verb against the stock', async () => {
    // Hand-checked: 52 poor households cannot take part in insurance out of 46 the commune has.
    const text = ['BÁO CÁO', '', 'Toàn xã có 46 hộ nghèo, chiếm 2,1% tổng số hộ.', '', 'Có 52 hộ nghèo tham gia bảo hiểm y tế tự nguyện.', ''].join('\n');
    expect(await ids(text)).toEqual(['partExceedsWhole']);
  });
});
