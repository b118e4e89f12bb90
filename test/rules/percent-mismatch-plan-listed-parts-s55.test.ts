import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// A rate of a plan restated in brackets ("đạt N% kế hoạch (P)") right after a whole and the parts listed after it: the rate
// is of the amount that gives N% of P, of the whole when none does and the whole is clear, and unread when it is not
// (src/extract/plan-done.ts).
const forest = (rate: string) => `Năm 2025 toàn huyện trồng mới 180 ha rừng tập trung, keo lai 150 ha và bạch đàn 30 ha, đạt ${rate} kế hoạch (200 ha).`;
const insured = (rate: string) => `Số người tham gia bảo hiểm xã hội tự nguyện là 1.320 người, nam 580 người, nữ 740 người, bằng ${rate} chỉ tiêu (1.200 người).`;
const revenue = (rate: string) => `Tổng thu ngân sách xã đạt 4,8 tỷ đồng, thu thuế 3,0 tỷ đồng, thu phí, lệ phí 1,8 tỷ đồng, đạt ${rate} dự toán (4,0 tỷ đồng).`;
const doses = (rate: string) => `Trạm Y tế đã tiêm vắc xin cho 960 lượt trẻ, trong đó mũi 1 là 510 lượt, mũi 2 là 450 lượt, đạt ${rate} kế hoạch (900 lượt).`;
const houses = (rate: string) => `Xã đã hỗ trợ sửa chữa 12 nhà ở cho hộ nghèo 7 nhà và hộ cận nghèo 5 nhà, đạt ${rate} kế hoạch (10 nhà).`;
const pupils = (rate: string) => `Tuyển sinh lớp 1 được 420 học sinh, Trường Tiểu học A 250 học sinh, Trường Tiểu học B 170 học sinh, đạt ${rate} kế hoạch (420 học sinh).`;

describe('percent-mismatch: a plan rate after a whole and its listed parts is of the whole (session 55)', () => {
  it('judges a wrong rate against the whole its listed parts add up to', async () => {
    // Hand-checked: 150 + 30 = 180 ha; 180/200 = 90%, not 95% (the last part, 30/200 = 15%, was compared before).
    await expectFindings('percent-mismatch', forest('95%'), [{ messageId: 'percentMismatch', data: { stated: 95, num: 180, den: 200, actual: 90 }, quote: '95%' }]);
    // Hand-checked: 580 + 740 = 1.320 người; 1.320/1.200 = 110%, not 115%.
    await expectFindings('percent-mismatch', insured('115%'), [{ messageId: 'percentMismatch', data: { stated: 115, num: 1320, den: 1200, actual: 110 }, quote: '115%' }]);
    // Hand-checked: 3,0 + 1,8 = 4,8 tỷ đồng; 4,8/4,0 = 120%, not 112%.
    await expectFindings('percent-mismatch', revenue('112%'), [{ messageId: 'percentMismatch', data: { stated: 112, num: 4.8e9, den: 4e9, actual: 120 }, quote: '112%' }]);
    // Hand-checked: 510 + 450 = 960 lượt; 960/900 = 106,7%, not 112% (the doses' numbers "1", "2" are no parts).
    await expectFindings('percent-mismatch', doses('112%'), [{ messageId: 'percentMismatch', data: { stated: 112, num: 960, den: 900, actual: 106.7 }, quote: '112%' }]);
    // Hand-checked: 7 + 5 = 12 nhà; 12/10 = 120%, not 110%.
    await expectFindings('percent-mismatch', houses('110%'), [{ messageId: 'percentMismatch', data: { stated: 110, num: 12, den: 10, actual: 120 }, quote: '110%' }]);
    // Hand-checked: 250 + 170 = 420; 420/420 = 100%, not 98% (the whole equals the plan).
    await expectFindings('percent-mismatch', pupils('98%'), [{ messageId: 'percentMismatch', data: { stated: 98, num: 420, den: 420 }, quote: '98%' }]);
  });

  it('says nothing when the rate fits the whole stated before the parts', async () => {
    await expectNone('percent-mismatch', forest('90%'));
    await expectNone('percent-mismatch', insured('110%'));
    await expectNone('percent-mismatch', revenue('120%'));
    await expectNone('percent-mismatch', doses('106,7%'));
    await expectNone('percent-mismatch', houses('120%'));
    await expectNone('percent-mismatch', pupils('100%'));
  });

  it('says nothing when the rate fits the parts\' sum or the last part, or no whole is clear', async () => {
    // No whole written: 18,5 + 9,5 = 28 ha; 28/25 = 112%.
    await expectNone('percent-mismatch', 'Các hộ trồng mới cây ăn quả 18,5 ha và cây dược liệu 9,5 ha, đạt 112% kế hoạch (25 ha).');
    // The plan is of the last part: 240/200 = 120% (640/200 = 320% would be the whole's).
    await expectNone('percent-mismatch', 'Xã vận động 640 hộ tham gia, gồm 400 hộ ở thôn Đông và 240 hộ ở thôn Tây, đạt 120% kế hoạch (200 hộ).');
    // Two amounts and no whole (3,5/4 = 87,5%, 2,0/4 = 50%, 5,5/4 = 137,5%): which one the rate is of is unsure.
    await expectNone('percent-mismatch', 'Nạo vét 3,5 km kênh mương, kiên cố hóa 2,0 km, đạt 75% kế hoạch (4 km).');
  });

  it('still judges the amount right before the rate when the earlier amounts are a plan or another rate\'s', async () => {
    // "Kế hoạch giao 30 ha" is a plan, not an amount done (30/25 = 120% would hide it): 22/25 = 88%, not 120%.
    await expectFindings('percent-mismatch', 'Kế hoạch giao 30 ha rừng, đến nay đã trồng 22 ha, đạt 120% kế hoạch (25 ha).', [
      { messageId: 'percentMismatch', data: { stated: 120, num: 22, den: 25, actual: 88 }, quote: '120%' },
    ]);
    // The revenue has its own rate (3,2/3,0 = 106,7%); the spending's is 2,8/3,0 = 93,3%, not 95%.
    await expectFindings('percent-mismatch', 'Thu ngân sách 3,2 tỷ đồng, đạt 106,7% dự toán (3,0 tỷ đồng), chi ngân sách 2,8 tỷ đồng, đạt 95% dự toán (3,0 tỷ đồng).', [
      { messageId: 'percentMismatch', data: { stated: 95, num: 2.8e9, den: 3e9 }, quote: '95%' },
    ]);
  });
});
