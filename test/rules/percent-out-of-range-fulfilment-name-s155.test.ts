import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'percent-out-of-range';
const HEAD = 'ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHÚ\nSố: 44/BC-UBND\nTân Phú, ngày 10 tháng 12 năm 2025\nBÁO CÁO\nKết quả thu ngân sách năm 2025\nI. KẾT QUẢ\n';
const found = async (text: string) => (await findingsOf(RULE, HEAD + text + '\n')).map((f) => f.data.stated);

describe('percent-out-of-range: "tỷ lệ thực hiện" standing alone names a rate against a plan (session 30, s155)', () => {
  it('lets a rate of performance pass 100%', async () => {
    expect(await found('Thị trấn Phú Lâm có tỷ lệ thực hiện thấp nhất (102,6%).')).toEqual([]);
    expect(await found('Tỉ lệ thực hiện của xã Phú Thanh là 121,4%.')).toEqual([]);
  });

  it('still flags a share named after it', async () => {
    expect(await found('Tỷ lệ thực hiện thủ tục hành chính trực tuyến đạt 121,4%.')).toEqual(['121,4']);
  });
});
