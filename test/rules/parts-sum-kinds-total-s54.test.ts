import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A count total closing the kinds of one activity its section tells one by one, each clause opening with the activity's
// words, the total naming the activity after its noun (src/extract/claims-kinds-total.ts).
const found = async (text: string) =>
  (await findingsOf('parts-sum-mismatch', `${text}\n`)).map((f) => ({
    id: f.messageId,
    data: f.data,
    places: f.evidence.map((e) => [e.span.line, e.quote]),
  }));

// Land registration: 412 + 128 = 540 (hồ sơ).
const land = (total: string, extra = '') => `I. KẾT QUẢ
1. Công tác đăng ký đất đai
1.1. Đăng ký biến động
Trong năm đã đăng ký biến động đất đai 412 hồ sơ, trong đó chuyển nhượng 265 hồ sơ.${extra}
1.2. Đăng ký thế chấp
Đăng ký thế chấp quyền sử dụng đất 128 hồ sơ. Tổng cộng trong năm đã giải quyết ${total} hồ sơ đăng ký, không có hồ sơ trễ hạn.
2. Công tác môi trường
Thu gom 12 tấn rác thải.`;

// Health: 1.250 + 2.310 = 3.560 (trường hợp), the kind told after the noun in the first part.
const health = (total: string, first = 'Trong năm đã khám sức khỏe 1.250 trường hợp người cao tuổi, đạt 92,5%.') => `II. Y TẾ
3. Khám sức khỏe
${first}
Khám sức khỏe học sinh các trường 2.310 trường hợp; phát hiện 214 em mắc bệnh răng miệng. Tổng cộng trong năm đã thực hiện ${total} trường hợp khám sức khỏe.`;

describe('parts-sum-mismatch: a count total closing the kinds of one activity told one by one', () => {
  it('flags a total of registrations its kinds, told across sub-sections, do not add up to', async () => {
    expect(await found(land('550'))).toEqual([{
      id: 'partsSumMismatch',
      data: { parts: '412 + 128', sum: 540, whole: 550 },
      places: [[6, '550'], [4, '412'], [6, '128']],
    }]);
  });

  it('flags a total of health checks, the first kind named after its noun', async () => {
    expect(await found(health('3.650'))).toEqual([{
      id: 'partsSumMismatch',
      data: { parts: '1.250 + 2.310', sum: 3560, whole: 3650 },
      places: [[4, '3.650'], [3, '1.250'], [4, '2.310']],
    }]);
  });

  it('stays silent on kinds that add up', async () => {
    expect(await found(land('540'))).toEqual([]);
    expect(await found(health('3.560'))).toEqual([]);
  });

  it('stays silent when a count of the activity is no kind it can read', async () => {
    // One more count of registrations told otherwise: the kinds may not be all.
    expect(await found(land('555', ' Ngoài ra, tiếp nhận 15 hồ sơ đăng ký cấp đổi giấy chứng nhận.'))).toEqual([]);
    // A kind told of another year.
    expect(await found(health('3.650', 'Năm 2023 đã khám sức khỏe 1.250 trường hợp người cao tuổi.'))).toEqual([]);
    // The same kind twice (a restatement, not two kinds).
    expect(await found(health('3.650', 'Khám sức khỏe học sinh các trường 1.250 trường hợp.'))).toEqual([]);
    // Counts of another activity are no kinds of this one.
    expect(await found(health('3.650', 'Trong năm đã tiêm chủng 1.250 trường hợp người cao tuổi.'))).toEqual([]);
  });
});
