import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 27: a share said as a fraction in words ("chiếm hơn một nửa tổng số …") against the part before it and the
// counts of its noun the whole may be (src/extract/shares-worded.ts). Sentences written for this test, values by hand.
const HEAD = 'BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2026\nI. KẾT QUẢ\n';
const run = async (body: string) =>
  (await findingsOf('claim-mismatch', `${HEAD}${body}\n`)).filter((f) => f.messageId === 'portionMismatch').map((f) => [f.data.part, f.data.whole, f.data.actual]);

describe('claim-mismatch: a share said as a fraction in words', () => {
  it('flags "hơn một nửa" when the part is less than half of the whole its phrase names', async () => {
    // 1.150 / 2.480 = 46,4%.
    expect(await run('Toàn xã có 2.480 hộ dân sinh sống trên địa bàn. Năm 2026 có 1.150 hộ dân lắp đặt hệ thống lọc nước, chiếm hơn một nửa tổng số hộ dân sinh sống trên địa bàn.')).toEqual([[1150, 2480, 46.4]]);
  });
  it('passes "hơn một nửa" above half', async () => {
    // 1.350 / 2.480 = 54,4%.
    expect(await run('Toàn xã có 2.480 hộ dân sinh sống trên địa bàn. Năm 2026 có 1.350 hộ dân lắp đặt hệ thống lọc nước, chiếm hơn một nửa tổng số hộ dân sinh sống trên địa bàn.')).toEqual([]);
  });
  it('flags "gần một nửa" far below half, passes it between 40 and 50%', async () => {
    // 18 / 64 = 28,1%; 29 / 64 = 45,3%.
    expect(await run('Huyện có 64 trường học các cấp; trong năm có 18 trường học được công nhận đạt chuẩn quốc gia, chiếm gần một nửa tổng số trường học các cấp.')).toEqual([[18, 64, 28.1]]);
    expect(await run('Huyện có 64 trường học các cấp; trong năm có 29 trường học được công nhận đạt chuẩn quốc gia, chiếm gần một nửa tổng số trường học các cấp.')).toEqual([]);
  });
  it('flags "chưa đến một nửa" above half', async () => {
    // 170 / 320 = 53,1%.
    expect(await run('Tổng số 320 hợp tác xã đang hoạt động trên địa bàn tỉnh. Có 170 hợp tác xã hoạt động hiệu quả, chiếm chưa đến một nửa số hợp tác xã đang hoạt động.')).toEqual([[170, 320, 53.1]]);
  });
  it('reads a third and "quá nửa"', async () => {
    // 250 / 1.200 = 20,8%, no more than a third; 560 / 1.200 = 46,7%, no more than half.
    expect(await run('Tỉnh có 1.200 cán bộ cấp xã; đã bồi dưỡng 250 cán bộ, chiếm hơn một phần ba tổng số cán bộ cấp xã.')).toEqual([[250, 1200, 20.8]]);
    expect(await run('Tỉnh có 1.200 cán bộ cấp xã; đã bồi dưỡng 560 cán bộ, chiếm quá nửa tổng số cán bộ cấp xã.')).toEqual([[560, 1200, 46.7]]);
  });
  it('says nothing when two counts the whole may be disagree on the verdict', async () => {
    // 1.100 / 2.100 = 52,4% (start of the year), 1.100 / 2.480 = 44,4% (end): which whole is meant is unsure.
    expect(await run('Đầu năm có 2.100 hộ dân sinh sống trên địa bàn; cuối năm có 2.480 hộ dân. Có 1.100 hộ dân lắp đặt hệ thống lọc nước, chiếm hơn một nửa tổng số hộ dân sinh sống trên địa bàn.')).toEqual([]);
  });
  it('says nothing when no count names the whole, or the part counts another noun', async () => {
    expect(await run('Năm 2026 có 1.150 hộ dân lắp đặt hệ thống lọc nước, chiếm hơn một nửa tổng số hộ dân sinh sống trên địa bàn.')).toEqual([]);
    expect(await run('Toàn xã có 2.480 hộ dân sinh sống trên địa bàn. Năm 2026 có 1.150 người được tập huấn, chiếm hơn một nửa tổng số hộ dân sinh sống trên địa bàn.')).toEqual([]);
    // A yardstick of another time is no whole.
    expect(await run('So với năm trước (2.480 hộ dân sinh sống trên địa bàn), dân số tăng. Có 1.150 hộ dân lắp đặt hệ thống lọc nước, chiếm hơn một nửa tổng số hộ dân sinh sống trên địa bàn.')).toEqual([]);
  });
  it('reads no fraction in "một phần"', async () => {
    expect(await run('Toàn xã có 2.480 hộ dân sinh sống trên địa bàn. Có 150 hộ dân lắp đặt hệ thống lọc nước, chiếm một phần tổng số hộ dân sinh sống trên địa bàn.')).toEqual([]);
  });
});

describe('claim-mismatch: a fall by more than half', () => {
  const falls = async (body: string) =>
    (await findingsOf('claim-mismatch', `${HEAD}${body}\n`)).filter((f) => f.messageId === 'fallMismatch' || f.messageId === 'halvedMismatch').map((f) => [f.messageId, f.data.base, f.data.value, f.data.actual]);
  it('flags "giảm hơn một nửa" when the base is less than twice the current', async () => {
    // 12 / 7 = 1,71: a fall of 41,7%, not more than half.
    expect(await falls('Trong năm xảy ra 07 vụ cháy rừng, giảm hơn một nửa so với năm 2025 (12 vụ).')).toEqual([['fallMismatch', 12, 7, 1.7]]);
  });
  it('passes it above half, and reads no other hedge', async () => {
    // 12 / 5 = 2,4.
    expect(await falls('Trong năm xảy ra 05 vụ cháy rừng, giảm hơn một nửa so với năm 2025 (12 vụ).')).toEqual([]);
    expect(await falls('Trong năm xảy ra 07 vụ cháy rừng, giảm gần một nửa so với năm 2025 (12 vụ).')).toEqual([]);
  });
});
