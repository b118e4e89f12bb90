import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

describe('percent-out-of-range: a weight in a structure ("tỷ trọng")', () => {
  it('flags a weight in a total over 100%, after a growth rate in the same sentence', async () => {
    // Hand-checked: a sector's weight in the total output value cannot be 136,4% of it.
    const text = 'Giá trị sản xuất ngành dịch vụ đạt 412,5 tỷ đồng, tăng 8,1% so với năm trước, tỷ trọng trong tổng giá trị sản xuất toàn xã là 136,4%.';
    await expectFindings('percent-out-of-range', text, [{ messageId: 'percentOverWhole', data: { stated: '136,4' }, quote: '136,4%' }]);
  });

  it('flags a weight stated alone', async () => {
    await expectFindings('percent-out-of-range', 'Tỉ trọng chăn nuôi trong cơ cấu nông nghiệp đạt 104,7%.', [{ messageId: 'percentOverWhole', data: { stated: '104,7' } }]);
  });

  it('stays silent on a plan rate over 100% beside a weight within range', async () => {
    await expectNone('percent-out-of-range', 'Thu thuế ngoài quốc doanh 5.240 triệu đồng, đạt 118,2% dự toán, tỷ trọng trong tổng thu ngân sách là 37,5%.');
  });

  it('stays silent on a weight that grew by more than 100%', async () => {
    await expectNone('percent-out-of-range', 'Tỷ trọng vốn tín dụng chính sách tăng 112,5% so với cùng kỳ.');
  });
});
