import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Shares whose whole is not in their own sentence (src/extract/shares-whole.ts): a breakdown whose shares are held after each
// part and are of the parts' sum; shares naming the noun of a count announced before their list; a share "chiếm X% số <noun>"
// of the one earlier count of that noun in another section, an inventory's group included.
const found = async (text: string) =>
  (await findingsOf('percent-mismatch', `I. KẾT QUẢ\n${text}\n`)).map((f) => ({ id: f.messageId, severity: f.severity, data: f.data }));
const mismatch = (stated: number, num: number, den: number, actual: number) => ({ id: 'percentMismatch', severity: 'error', data: { stated, num, den, actual } });

describe('percent-mismatch: a breakdown whose shares are held after each part', () => {
  const insurance = (last: string) =>
    `Phân loại hộ tham gia bảo hiểm y tế hộ gia đình theo hình thức nộp: nộp trực tiếp tại đại lý thu 1.125 hộ, chiếm 75,00%; nộp qua ngân hàng 300 hộ, chiếm 20,00%; nộp qua ví điện tử 75 hộ, chiếm ${last}.`;

  it('flags the one share of a semicolon breakdown that misses the parts\' sum', async () => {
    // Hand-checked: 1.125 + 300 + 75 = 1.500; 1.125/1.500 = 75,00%, 300/1.500 = 20,00%, 75/1.500 = 5,00% (stated 5,50%).
    expect(await found(insurance('5,50%'))).toEqual([mismatch(5.5, 75, 1500, 5)]);
  });

  it('flags one of four shares, space-grouped thousands, "chiếm tỷ lệ" and commas between the items', async () => {
    // Hand-checked: 1 024 + 4 608 + 704 + 64 = 6 400; 1 024/6 400 = 16,00%, 4 608/6 400 = 72,00%, 64/6 400 = 1,00%;
    // 704/6 400 = 11,00% (stated 1,10%).
    expect(await found('Kết quả phân loại chất lượng đảng viên: hoàn thành xuất sắc nhiệm vụ 1 024 đảng viên, chiếm 16,00%; hoàn thành tốt nhiệm vụ 4 608 đảng viên, chiếm 72,00%; hoàn thành nhiệm vụ 704 đảng viên, chiếm 1,10%; không hoàn thành nhiệm vụ 64 đảng viên, chiếm 1,00%.')).toEqual([mismatch(1.1, 704, 6400, 11)]);
    // Hand-checked: 86 + 212 + 64 + 38 = 400; 86/400 = 21,5%, 64/400 = 16,0%, 38/400 = 9,5%; 212/400 = 53,0% (stated 35,0%).
    expect(await found('Xếp loại công chức, viên chức năm 2025: hoàn thành xuất sắc nhiệm vụ 86 người, chiếm tỷ lệ 21,5%, hoàn thành tốt nhiệm vụ 212 người, chiếm tỷ lệ 35,0%, hoàn thành nhiệm vụ 64 người, chiếm tỷ lệ 16,0%, không hoàn thành nhiệm vụ 38 người, chiếm tỷ lệ 9,5%.')).toEqual([mismatch(35, 212, 400, 53)]);
  });

  it('stays silent on a breakdown that adds up, and on shares of a larger whole than the parts', async () => {
    expect(await found(insurance('5,00%'))).toEqual([]);
    // Shares of 1 080 staff; the three levels leave others out (412 + 236 + 188 = 836), so no share agrees with their sum.
    expect(await found('Về trình độ chuyên môn của đội ngũ: đại học 412 người, chiếm 38,15%; cao đẳng 236 người, chiếm 21,85%; trung cấp 188 người, chiếm 17,41%.')).toEqual([]);
  });

  it('stays silent when the agreeing shares are too small to pin the whole', async () => {
    // 1 478 + 2 + 2 = 1 482, and 2/1 482 = 0,13% agrees twice; but a whole of 1 600 fits all three (1 478/1 600 = 92,38%,
    // 2/1 600 = 0,125% → 0,13%): the breakdown may leave a group out, so nothing is sure.
    expect(await found('Kết quả khám tuyển: đạt sức khỏe loại Tốt 1 478 người, chiếm 92,38%; loại Khá 2 người, chiếm 0,13%; loại Trung bình 2 người, chiếm 0,13%.')).toEqual([]);
  });
});

describe('percent-mismatch: a list whose shares name the noun of the count announced before it', () => {
  const lead = 'Trạm Y tế đang quản lý 450 bệnh nhân mắc bệnh không lây nhiễm. Cụ thể:';
  const list = (a: string, b: string, c: string) =>
    `${lead}\n- Tăng huyết áp: 248 người, chiếm ${a} tổng số bệnh nhân;\n- Đái tháo đường: 117 người, chiếm ${b} tổng số bệnh nhân;\n- Bệnh phổi tắc nghẽn mạn tính: 85 ca, chiếm ${c} tổng số bệnh nhân.`;

  it('flags the item whose share misses the announced count, whatever noun the items count in', async () => {
    // Hand-checked: 248/450 = 55,11%, 85/450 = 18,89% agree; 117/450 = 26,00% (stated 62,00%).
    expect(await found(list('55,11%', '62,00%', '18,89%'))).toEqual([mismatch(62, 117, 450, 26)]);
  });

  it('stays silent on a list that agrees, and on shares that fit no count named before', async () => {
    expect(await found(list('55,11%', '26,00%', '18,89%'))).toEqual([]);
    // Of some other total of patients (248/620 = 40,00%): no share agrees with 450, nothing is read.
    expect(await found(list('40,00%', '18,87%', '13,71%'))).toEqual([]);
  });
});

describe('percent-mismatch: a share of "số <noun>" whose count is stated in an earlier section', () => {
  const food = '1. Tình hình chung\nToàn huyện hiện có 2.150 cơ sở kinh doanh thực phẩm.\n2. Kết quả kiểm tra\nĐã kiểm tra 86 cơ sở kinh doanh thực phẩm, chiếm 4,6% số cơ sở kinh doanh thực phẩm.';
  const farms = (share: string) => `1. Tình hình chung\nXã có 12 thôn với 3.460 hộ, trong đó có 1.384 hộ sản xuất nông nghiệp.\n2. Kết quả sản xuất\nToàn xã có 97 hộ trồng rau an toàn, chiếm ${share} số hộ sản xuất nông nghiệp.`;

  it('flags a share of the count of food businesses stated in the section before', async () => {
    // Hand-checked: 86/2.150 = 4,0%, not 4,6%.
    expect(await found(food)).toEqual([mismatch(4.6, 86, 2150, 4)]);
  });

  it('flags a share of a group the commune\'s own inventory counts after "trong đó có"', async () => {
    // Hand-checked: 97/1.384 = 7,01%, not 9,7%.
    expect(await found(farms('9,7%'))).toEqual([mismatch(9.7, 97, 1384, 7)]);
    expect(await found(farms('7,0%'))).toEqual([]);
  });

  it('stays silent when a later count of the noun fits, when the earlier count is a narrower group, or a group of a deed', async () => {
    // 86/1.870 = 4,599% → 4,6%: the whole may be the later count.
    expect(await found(`${food}\n3. Đánh giá\nTheo số liệu rà soát cuối năm, toàn huyện có 1.870 cơ sở kinh doanh thực phẩm.`)).toEqual([]);
    expect(await found(food.replace('Toàn huyện hiện có 2.150', 'Đã cấp giấy chứng nhận cho 2.150'))).toEqual([]);
    // The 1.384 are the supported households that farm, not every farming household.
    expect(await found(farms('9,7%').replace('Xã có 12 thôn với 3.460 hộ', 'Năm 2025 hỗ trợ 3.460 hộ'))).toEqual([]);
  });
});
