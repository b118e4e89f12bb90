import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'claim-mismatch';
const report = (text: string) => `BÁO CÁO\nKết quả công tác 6 tháng đầu năm 2025\n1) KẾT QUẢ\n${text}\n`;
const read = async (text: string) =>
  (await findingsOf(RULE, report(text))).map((f) => [f.messageId, f.data.claim, f.data.value, f.data.target, f.data.relation, f.evidence.map((e) => e.quote)]);

describe('claim-mismatch: a "Tỷ lệ X" subject with no rate of its own takes the one rate of X the statement before gave (s51)', () => {
  it('reads the rate of the sentence before against the bracketed rate', async () => {
    // Hand-checked: 412/430 = 95,8% of children enrolled is below the district's 96,9%, so "cao hơn" is false.
    expect(await read('Huy động trẻ mẫu giáo ra lớp 412/430 cháu, đạt 95,8%. Tỷ lệ huy động trẻ mẫu giáo ra lớp toàn xã cao hơn tỷ lệ chung của huyện (96,9%).'))
      .toEqual([['targetMismatch', 'cao hơn', 95.8, 96.9, 'thấp hơn', ['cao hơn', '95,8%', '96,9%']]]);
  });

  it('reads the other rate after "so với" with its owner after it', async () => {
    // Hand-checked: 52,1% is not below 48,5%, so "thấp hơn" is false.
    expect(await read('Trong 6 tháng, trạm y tế tiêm chủng đầy đủ cho 198 trẻ dưới 1 tuổi, đạt 52,1% kế hoạch năm. Tỷ lệ tiêm chủng đầy đủ thấp hơn so với 48,5% của bình quân toàn huyện.'))
      .toEqual([['targetMismatch', 'thấp hơn', 52.1, 48.5, 'không thấp hơn', ['thấp hơn', '52,1%', '48,5%']]]);
  });

  it('takes the noun of the subject before its scope words', async () => {
    // Hand-checked: 58,3% of the estimate is not short of the 55,0% average, so "chưa bằng" is false.
    expect(await read('Tổng thu ngân sách trên địa bàn đạt 4.215 triệu đồng, bằng 58,3% dự toán huyện giao. Tỷ lệ thu ngân sách của xã chưa bằng bình quân các xã trong huyện (55,0%).'))
      .toEqual([['targetMismatch', 'chưa bằng', 58.3, 55, 'không thấp hơn', ['chưa bằng', '58,3%', '55,0%']]]);
  });

  it('stays silent where the restated rate bears the claim out', async () => {
    expect(await read('Huy động trẻ mẫu giáo ra lớp 412/430 cháu, đạt 95,8%. Tỷ lệ huy động trẻ mẫu giáo ra lớp toàn xã cao hơn tỷ lệ chung của huyện (94,2%).')).toEqual([]);
    expect(await read('Tổng thu ngân sách trên địa bàn đạt 4.215 triệu đồng, bằng 58,3% dự toán huyện giao. Tỷ lệ thu ngân sách của xã chưa bằng bình quân các xã trong huyện (61,0%).')).toEqual([]);
  });

  it('stays silent when the sentence before holds two rates the subject may be', async () => {
    expect(await read('Tỷ lệ hộ nghèo còn 3,2%, tỷ lệ hộ cận nghèo còn 5,1%. Tỷ lệ hộ nghèo toàn xã thấp hơn bình quân của huyện (2,9%).')).toEqual([]);
  });

  it('stays silent on a rate of another unit, another noun, an aim, or another paragraph', async () => {
    expect(await read('Xã Tân An giải ngân đạt 61,2% kế hoạch vốn. Tỷ lệ giải ngân toàn huyện cao hơn bình quân của tỉnh (64,3%).')).toEqual([]);
    expect(await read('Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 92,4%. Tỷ lệ sinh con thứ ba trở lên thấp hơn bình quân của huyện (5,1%).')).toEqual([]);
    expect(await read('Phấn đấu bao phủ bảo hiểm y tế đạt 95,0% dân số. Tỷ lệ bao phủ bảo hiểm y tế toàn xã cao hơn bình quân của tỉnh (96,2%).')).toEqual([]);
    expect(await read('Giải ngân vốn đầu tư công đạt 61,2% kế hoạch.\nTỷ lệ giải ngân toàn huyện cao hơn bình quân của tỉnh (64,3%).')).toEqual([]);
  });
});
