import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 55 (holdout222): a report that groups its thousands with spaces ("125 450 người") and cuts a number with a stray
// space into groups not of three ("4 2 15,8 tỷ đồng" for 4 215,8): garbled-number reports it, and no other rule judges by
// a part of it (src/extract/malformed-numbers.ts reads the run, src/extract/not-figures.ts sets it aside from the figures).
const SPACED = 'Dân số toàn huyện 125 450 người, 31 120 hộ; diện tích tự nhiên 52 318 ha.';
const DOTTED = 'Dân số toàn huyện 125.450 người, 31.120 hộ; diện tích tự nhiên 52.318 ha.';
const doc = (line: string, grouping = SPACED) => `I. KẾT QUẢ\n${grouping}\n${line}\n`;
const raws = async (line: string, grouping = SPACED) =>
  (await findingsOf('garbled-number', doc(line, grouping))).map((f) => [f.messageId, f.data.raw, f.data.unit]);

describe('garbled-number: a space-grouped amount or decimal cut into groups not of three', () => {
  it('flags a budget amount with decimals whose groups are 4, 2 and 15', async () => {
    // 2 and 15 are no groups of thousands (three digits each): 4 215,8? 42 15,8? The value cannot be told.
    expect(await raws('Tổng kinh phí chi thường xuyên cho giáo dục năm 2024 là 4 2 15,8 tỷ đồng.')).toEqual([['malformedNumber', '4 2 15,8', 'tỷ đồng']]);
  });

  it('flags a sown area with decimals before its unit', async () => {
    // 1, 2 and 45,5: neither 1 245,5 nor 12 45,5 is written; "45" is no group of three.
    expect(await raws('Diện tích gieo trồng lúa vụ Đông Xuân đạt 1 2 45,5 ha.')).toEqual([['malformedNumber', '1 2 45,5', 'ha']]);
  });

  it('flags four groups before money, which no reading of three numbers takes', async () => {
    // 2 | 45 | 600 | 000: the second group holds two digits, so it is neither 2 045 600 000 nor 245 600 000 as written.
    expect(await raws('Số tiền chậm đóng bảo hiểm xã hội đến ngày 30/11 là 2 45 600 000 đồng.')).toEqual([['malformedNumber', '2 45 600 000', 'đồng']]);
  });

  it('still reports three plain numbers before money once, as numbers run together', async () => {
    expect(await raws('Kinh phí hỗ trợ sửa chữa nhà văn hóa là 1 12 4 triệu đồng.')).toEqual([['garbledAmount', '1 12 4', 'triệu đồng']]);
  });

  it('leaves well grouped amounts, padded counts, a named hamlet, single digits and a dot-grouping report alone', async () => {
    // 3 148,6 and 12 345 678: a lead then groups of exactly three digits.
    expect(await raws('Tổng chi ngân sách địa phương 3 148,6 tỷ đồng; trạm y tế đã tiêm 12 345 678 liều; toàn xã có 1 152 hộ.')).toEqual([]);
    // "04", "02": counts padded to two digits are separate numbers, never a group of thousands.
    expect(await raws('Các trường lần lượt có 12 04 02 phòng học xuống cấp.')).toEqual([]);
    expect(await raws('Thôn 5 2 12,5 ha lúa bị ngập.')).toEqual([]);
    expect(await raws('Kết quả xếp loại 1 2 3 học sinh.')).toEqual([]);
    expect(await raws('Tổng chi ngân sách địa phương 4 2 15,8 tỷ đồng.', DOTTED)).toEqual([]);
  });
});

describe('no rule judges by a part of a garbled space-grouped number', () => {
  it('compares no change with the last group of an amount', async () => {
    // Read as 15,8 tỷ, "tăng 5,2%" over 4 006,1 tỷ would be a fall of 99,6%: the part is no value of the writer's.
    const text = doc('Tổng kinh phí chi thường xuyên cho giáo dục năm 2024 là 4 2 15,8 tỷ đồng, tăng 5,2% so với năm 2023 (4 006,1 tỷ đồng).');
    expect(await findingsOf('claim-mismatch', text)).toEqual([]);
  });

  it('compares no fall with the last group of a harvest', async () => {
    // Read as 40 tấn, "giảm 2,1%" from 3 207 tấn would be a fall of 98,8%.
    expect(await findingsOf('claim-mismatch', doc('Sản lượng lương thực cả năm đạt 3 1 40 tấn, giảm 2,1% so với năm trước (3 207 tấn).'))).toEqual([]);
  });

  it('takes no share of the tail of a count of visits', async () => {
    // Read as 25 300 lượt, 5 060 would be 20% of it; of 125 300 it is 4,04%. Neither can be judged.
    const text = doc('Các cơ sở y tế đã khám bệnh cho 1 25 300 lượt người, trong đó trẻ em dưới 6 tuổi 5 060 lượt, chiếm 4,0%.');
    expect(await findingsOf('percent-mismatch', text)).toEqual([]);
  });

  it('still judges a well grouped amount', async () => {
    // 2 948,2 × 1,068 = 3 148,68: "tăng 6,8%" holds; 3 348,6 / 2 948,2 = 1,1358, a rise of 13,6%, not 6,8%.
    expect(await findingsOf('claim-mismatch', doc('Tổng chi ngân sách địa phương 3 148,6 tỷ đồng, tăng 6,8% so với năm 2023 (2 948,2 tỷ đồng).'))).toEqual([]);
    const wrong = await findingsOf('claim-mismatch', doc('Tổng chi ngân sách địa phương 3 348,6 tỷ đồng, tăng 6,8% so với năm 2023 (2 948,2 tỷ đồng).'));
    expect(wrong.map((f) => [f.messageId, f.data.actual])).toEqual([['changeMismatch', 13.6]]);
  });
});
