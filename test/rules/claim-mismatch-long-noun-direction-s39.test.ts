import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "<value> <a long noun phrase>, tăng/giảm so với <period> (<base>)": the value's noun may run past a unit and a few words
// (src/extract/claims-own-direction.ts, LONG_NOUN_TURN_WORDS in the lexicon).
const seen = async (text: string) => (await findingsOf('claim-mismatch', `I. KẾT QUẢ\n${text}\n`))
  .filter((f) => f.messageId === 'directionMismatch')
  .map((f) => [f.data.verb, f.data.base, f.data.value]);

describe('claim-mismatch: a way of change after a count with a long noun phrase', () => {
  it('flags a way the bracketed earlier value denies', async () => {
    expect(await seen('- Tiếp nhận 134 đơn khiếu nại liên quan đến bồi thường giải phóng mặt bằng, giảm so với cùng kỳ năm 2024 (118 đơn); đã giải quyết 96 đơn.'))
      .toEqual([['giảm', 118, 134]]);
    expect(await seen('- Tổ chức 23 lớp tập huấn chuyển giao kỹ thuật chăn nuôi bò sinh sản, tăng so với kỳ trước (31 lớp).'))
      .toEqual([['tăng', 31, 23]]);
    expect(await seen('- Kiểm tra 210 cơ sở kinh doanh dịch vụ ăn uống trên địa bàn thị trấn, giảm so với năm 2022 (184 cơ sở).'))
      .toEqual([['giảm', 184, 210]]);
  });
  it('flags it too when the earlier value stands in the aside before the claim', async () => {
    expect(await seen('- Tiếp nhận 134 đơn khiếu nại liên quan đến bồi thường giải phóng mặt bằng (năm 2024: 118 đơn), giảm so với năm 2024.'))
      .toEqual([['giảm', 118, 134]]);
  });
  it('stays silent on a true way, a change amount, another noun or a turn to another subject', async () => {
    // The claim is true.
    expect(await seen('- Tiếp nhận 134 đơn khiếu nại liên quan đến bồi thường giải phóng mặt bằng, tăng so với cùng kỳ năm 2024 (118 đơn).')).toEqual([]);
    // The bracket holds a change and a rate, not the earlier value.
    expect(await seen('- Tiếp nhận 134 đơn khiếu nại liên quan đến bồi thường giải phóng mặt bằng, giảm 16 đơn (-10,7%) so với cùng kỳ.')).toEqual([]);
    expect(await seen('- Tiếp nhận 134 đơn khiếu nại liên quan đến bồi thường giải phóng mặt bằng, giảm so với cùng kỳ (-10,7%).')).toEqual([]);
    // The bracket holds the value of another noun.
    expect(await seen('- Tiếp nhận 134 đơn khiếu nại liên quan đến bồi thường giải phóng mặt bằng, giảm so với cùng kỳ năm 2024 (118 hộ).')).toEqual([]);
    // The way belongs to another subject the long phrase turns to.
    expect(await seen('- Tiếp nhận 134 đơn khiếu nại trong đó tỷ lệ đơn giải quyết quá hạn, giảm so với cùng kỳ năm 2024 (118 đơn).')).toEqual([]);
    // The way belongs to another figure of the sentence, right before the claim.
    expect(await seen('- Tiếp nhận 134 đơn khiếu nại liên quan đến bồi thường, giải quyết 60 hồ sơ tồn đọng từ các năm trước, giảm so với cùng kỳ (118 đơn).')).toEqual([]);
  });
});
