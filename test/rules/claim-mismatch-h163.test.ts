import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'claim-mismatch';
const run = async (text: string) => findingsOf(RULE, text + '\n');

describe('claim-mismatch: a change told after a breakdown of a plan speaks of the plan, not its last part', () => {
  it('compares the split plan, not its last member, with the earlier value', async () => {
    // 620 − 600 = 20: the plan rose by 20 seats; its last part (90) says nothing of the change.
    const ok = 'Năm 2025, trường được giao chỉ tiêu 620 (sáu trăm hai mươi) học sinh, gồm 530 học sinh hệ chính quy và 90 học sinh hệ vừa làm vừa học, tăng 20 học sinh so với năm 2024 (600 học sinh).';
    expect(await run(ok)).toEqual([]);
  });

  it('still flags the plan when its own change is wrong', async () => {
    // 620 − 600 = 20, not 35.
    const f = await run('Năm 2025, trường được giao chỉ tiêu 620 học sinh, gồm 530 học sinh hệ chính quy và 90 học sinh hệ vừa làm vừa học, tăng 35 học sinh so với năm 2024 (600 học sinh).');
    expect(f.map((x) => [x.messageId, x.data.value, x.data.base])).toEqual([['changeMismatch', 620, 600]]);
  });
});

describe('claim-mismatch: a late count names the deed that was late', () => {
  const claim = 'Thông báo lịch tiêm được gửi đến 240/240 hộ gia đình trước ngày 10/4/2025, bảo đảm đúng thời gian quy định.';
  it('says nothing when the late deed is another act than the one claimed on time', async () => {
    // Households late to bring their children are not notices sent late.
    const f = await run(`${claim}\nTồn tại: còn 03 hộ gia đình chậm đưa trẻ đến điểm tiêm.`);
    expect(f.filter((x) => x.messageId === 'counteredMismatch' || x.messageId === 'counteredAllMismatch')).toEqual([]);
  });

  it('flags a late count of the claimed deed, before or after the late word', async () => {
    const f = await run(`Đã giải quyết 100% hồ sơ cấp phép xây dựng đúng hạn.\nTồn tại: còn 02 hồ sơ cấp phép xây dựng chậm giải quyết.`);
    expect(f.filter((x) => x.messageId === 'counteredMismatch').map((x) => x.data.count)).toEqual([2]);
    const g = await run(`Đã giải quyết 100% hồ sơ cấp phép xây dựng đúng hạn.\nTồn tại: còn 02 hồ sơ cấp phép xây dựng giải quyết trễ hạn.`);
    expect(g.filter((x) => x.messageId === 'counteredMismatch').map((x) => x.data.count)).toEqual([2]);
  });
});

describe('claim-mismatch: "vượt/chưa đạt kế hoạch" after a fraction named as of the plan', () => {
  it('flags an exceeded plan that the fraction leaves short', async () => {
    // 47/50 = 94%: short of the plan, not beyond it.
    const f = await run('Xã đã kiểm tra 47/50 cơ sở kinh doanh theo kế hoạch năm, vượt kế hoạch đề ra.');
    expect(f.map((x) => [x.messageId, x.data.value, x.data.target])).toEqual([['targetMismatch', 94, 100]]);
  });

  it('says nothing when the fraction fits, or is not named as the plan', async () => {
    expect(await run('Xã đã kiểm tra 47/50 cơ sở kinh doanh theo kế hoạch năm, chưa đạt kế hoạch đề ra.')).toEqual([]);
    // No plan word: 50 may be every shop, the plan another number.
    expect(await run('Xã đã kiểm tra 47/50 cơ sở kinh doanh trên địa bàn, vượt kế hoạch đề ra.')).toEqual([]);
  });
});

describe('claim-mismatch: a yearly change whose base the report stated in another section under that year', () => {
  const earlier = 'I. TÌNH HÌNH\nNăm 2023, Hội Chữ thập đỏ xã quyên góp được 240 triệu đồng.\nII. KẾT QUẢ\n';
  it('flags a rise from the earlier year\'s value that is really a fall', async () => {
    // 228 against 240 is a fall of 5%, not a rise of 5%.
    const f = await run(`${earlier}Năm 2024, Hội Chữ thập đỏ xã quyên góp được 228 triệu đồng, tăng 5% so với năm 2023.`);
    expect(f.map((x) => [x.messageId, x.data.base, x.data.value])).toEqual([['changeMismatch', 240000000, 228000000]]);
  });

  it('says nothing when the change fits, or the earlier value is named in other words', async () => {
    // 252/240 = +5%.
    expect(await run(`${earlier}Năm 2024, Hội Chữ thập đỏ xã quyên góp được 252 triệu đồng, tăng 5% so với năm 2023.`)).toEqual([]);
    expect(await run(`${earlier}Năm 2024, Hội Người cao tuổi xã quyên góp được 228 triệu đồng, tăng 5% so với năm 2023.`)).toEqual([]);
  });
});
