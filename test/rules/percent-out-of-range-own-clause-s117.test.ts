import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const stated = async (text: string) => (await findingsOf('percent-out-of-range', `${text}\n`)).map((f) => f.data.stated);

describe('percent-out-of-range: a percent after another in its clause has its own words (session 23, s117)', () => {
  it('reads a share after a plan rate by its own verb and base', async () => {
    // "đạt 96,4% dự toán" is the plan rate; "chiếm 131,8% tổng chi" a share, which cannot pass 100.
    expect(await stated('Chi sự nghiệp giáo dục thực hiện 3.215,0 triệu đồng, đạt 96,4% dự toán, chiếm 131,8% tổng chi ngân sách huyện.')).toEqual(['131,8']);
    expect(await stated('Số hộ tham gia bảo hiểm y tế là 1.240 hộ, tăng 8,2% so với năm 2024, chiếm 104,5% tổng số hộ của xã.')).toEqual(['104,5']);
  });

  it('leaves a growth or plan rate after another rate alone', async () => {
    expect(await stated('Tổng thu ngân sách đạt 9.420 triệu đồng, đạt 112,4% dự toán, bằng 120,3% so với năm 2024.')).toEqual([]);
    expect(await stated('Sản lượng lương thực đạt 4.810 tấn, đạt 101,5% kế hoạch, tăng 105,0% so với cùng kỳ.')).toEqual([]);
    expect(await stated('Tỷ lệ hộ sử dụng nước sạch đạt 97,8%, vượt 2,8% chỉ tiêu; tỷ lệ thu gom rác đạt 88%.')).toEqual([]);
  });
  it('reads a parallel item after a named rate under that rate ("Tỷ lệ X khâu A đạt 100%, khâu B đạt 192,5%")', async () => {
    // Both items are coverage rates of the one named rate: 192,5% cannot be one; 95,0% can.
    expect(await stated('Tỷ lệ tiêm chủng mũi 1 đạt 100%, mũi 2 đạt 187,5%.')).toEqual(['187,5']);
    expect(await stated('Tỷ lệ che phủ rừng phía bắc đạt 62,1 %, phía nam đạt 158,3 %.')).toEqual(['158,3']);
    expect(await stated('Tỷ lệ tiêm chủng mũi 1 đạt 100%, mũi 2 đạt 95,0%.')).toEqual([]);
  });
});
