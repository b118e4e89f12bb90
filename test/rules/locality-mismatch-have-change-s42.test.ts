import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "<công tác …> của huyện X <period> có nhiều chuyển biến": "có", a word counting the change, and the change noun is the
// owned phrase's own verb, as "có chuyển biến" is, so the district named is whose facts they are. Sentences written for this test.
const RULE = 'locality-mismatch';
const report = (line: string) => [
  'ỦY BAN NHÂN DÂN', 'HUYỆN ĐÔNG KHÊ', '', 'Số: 205/BC-UBND', 'Đông Khê, ngày 10 tháng 12 năm 2025', '',
  'BÁO CÁO', 'Kết quả công tác cải cách hành chính năm 2025', '',
  'Ủy ban nhân dân huyện Đông Khê báo cáo kết quả như sau:', '',
  'I. KẾT QUẢ', 'Toàn huyện tiếp nhận 8.412 hồ sơ thủ tục hành chính, giải quyết đúng hạn 8.390 hồ sơ.', line,
  '', 'II. NHIỆM VỤ', 'Tiếp tục đẩy mạnh cải cách hành chính.',
].join('\n') + '\n';

describe('locality-mismatch: another district owning a phrase that "has" a change (s42)', () => {
  it('flags the district whose work is said to have changed', async () => {
    await expectFindings(RULE, report('Nhìn chung, chỉ số cải cách hành chính của huyện Tây Khê năm 2025 có nhiều chuyển biến tích cực; cán bộ một cửa tận tình hơn.'), [
      { messageId: 'localityMismatch', data: { found: 'huyện Tây Khê', expected: 'huyện Đông Khê' } },
    ]);
    await expectFindings(RULE, report('Công tác số hóa hồ sơ của huyện Tây Khê có bước tiến bộ rõ rệt.'), [
      { messageId: 'localityMismatch', data: { found: 'huyện Tây Khê', expected: 'huyện Đông Khê' } },
    ]);
  });

  it('leaves a neighbour, a partner or a yardstick alone', async () => {
    await expectNone(RULE, report('Huyện đã phối hợp với huyện Tây Khê tổ chức hội nghị; công tác số hóa có nhiều chuyển biến.'));
    await expectNone(RULE, report('Tuyến đường nối huyện Đông Khê với huyện Tây Khê (giáp ranh) có nhiều chuyển biến về tiến độ.'));
    await expectNone(RULE, report('So với huyện Tây Khê, chỉ số cải cách hành chính của huyện có nhiều chuyển biến hơn.'));
  });
});
