import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'repeated-value-conflict';
const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ PHÚ THỊNH\nSố: 61/BC-UBND\nPhú Thịnh, ngày 20 tháng 12 năm 2025\nBÁO CÁO\nKết quả công tác giáo dục, y tế năm 2025\nI. KẾT QUẢ\n';
const doc = (...lines: string[]) => HEAD + lines.join('\n') + '\n';
const STAFF = ['1. Đội ngũ', 'Số giáo viên trực tiếp đứng lớp là 186 người, phần lớn đạt chuẩn trình độ đào tạo.', 'Các trường duy trì tốt nề nếp dạy và học.', '2. Bồi dưỡng chuyên môn'];

describe('repeated-value-conflict: persons named by a copula\'s subject, and all of them said so (session 48)', () => {
  it('holds "Số giáo viên … là 186 người" against "Toàn bộ 178 giáo viên … đã được bồi dưỡng"', async () => {
    // Hand-checked: the copula's subject names the teachers (unit "giáo viên", not "người"); "Toàn bộ" says the verb after the
    // noun is said of every teacher, so 178 is the same headcount as 186, not those trained among them.
    await expectFindings(RULE, doc(...STAFF, 'Toàn bộ 178 giáo viên trực tiếp đứng lớp đã được bồi dưỡng chuyên môn trong dịp hè.'), [
      { messageId: 'repeatedValueConflict', data: { name: 'số giáo viên trực tiếp đứng lớp', value: '178', other: '186' }, quote: '178', at: 'Toàn bộ ' },
    ]);
  });

  it('reads a collective frame ("Lực lượng …") before the persons as no part of their name', async () => {
    // Hand-checked: 24 village health workers in one place, all 26 of them trained in another.
    await expectFindings(RULE, doc('1. Mạng lưới y tế', 'Lực lượng nhân viên y tế thôn bản là 24 người, hoạt động ở tất cả các thôn.', 'Trạm y tế duy trì giao ban hằng tháng.', '2. Đào tạo',
      'Tất cả 26 nhân viên y tế thôn bản đã được tập huấn kỹ năng sơ cứu ban đầu.'), [
      { messageId: 'repeatedValueConflict', data: { name: 'nhân viên y tế thôn bản', value: '26', other: '24' }, quote: '26', at: 'Tất cả ' },
    ]);
  });

  it('stays silent on a subgroup of the persons ("ở bậc mầm non")', async () => {
    await expectNone(RULE, doc(...STAFF, 'Toàn bộ 42 giáo viên trực tiếp đứng lớp ở bậc mầm non đã được bồi dưỡng chuyên môn trong dịp hè.'));
  });

  it('stays silent when no universal word says the verb is of all of them', async () => {
    // Hand-checked: 178 are those trained, some of the 186.
    await expectNone(RULE, doc(...STAFF, '178 giáo viên trực tiếp đứng lớp đã được bồi dưỡng chuyên môn trong dịp hè.'));
  });

  it('stays silent when "toàn bộ" follows a verb and the words after the noun pick whom it reached', async () => {
    await expectNone(RULE, doc(...STAFF, 'Phòng Giáo dục đã bồi dưỡng cho toàn bộ 178 giáo viên trực tiếp đứng lớp đăng ký dự thi giáo viên dạy giỏi.'));
  });

  it('stays silent on another place and on another period', async () => {
    await expectNone(RULE, doc(...STAFF, 'Toàn bộ 48 giáo viên trực tiếp đứng lớp tại Trường Tiểu học Kim Đồng đã được bồi dưỡng chuyên môn.'));
    await expectNone(RULE, doc(...STAFF, 'Năm 2024, số giáo viên trực tiếp đứng lớp là 180 người.'));
  });

  it('stays silent on a whole and its part in one sentence', async () => {
    await expectNone(RULE, doc(...STAFF, 'Toàn bộ 186 giáo viên trực tiếp đứng lớp đã được đánh giá chuẩn nghề nghiệp, trong đó 150 giáo viên trực tiếp đứng lớp đạt mức khá trở lên.'));
  });

  it('keeps another deed by the sea apart from workers who go to sea', async () => {
    // Hand-checked: salt makers on the shore are not the fishing crews.
    await expectNone(RULE, doc('1. Lao động', 'Lực lượng lao động làm muối ven biển là 312 người.', 'Đời sống người dân ổn định.', '2. Quản lý lao động',
      'Toàn bộ 320 lao động đi biển đã được cập nhật thông tin vào cơ sở dữ liệu.'));
  });
});
