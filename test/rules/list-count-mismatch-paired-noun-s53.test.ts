import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "N <noun>, <second noun …>: A, B, C": a counted noun joined by a comma to a second noun of the things named, read as one
// lead-in when every name opens with a capital and one at least opens with the second noun's head ("Cuộc thi …" after
// "…, cuộc thi cấp huyện:"); the others may open with other heads (src/extract/claims-lists.ts: pairedAfter, pairedNamed).
// Two lower-case fields joined by a spaced dash ("văn hóa - thể thao") are one description. Silent when the count matches,
// when the words after the comma open a subset or examples, when no name confirms the second noun, or when the list is
// open. Sentences written for this test (education, agriculture, budget, health, clubs); names counted by hand.
const RULE = 'list-count-mismatch';

describe('list-count-mismatch: a counted noun paired by a comma (s53)', () => {
  it('counts contests of two kinds named after the pair', async () => {
    // Hội thi Giáo viên dạy giỏi, Cuộc thi Khoa học kỹ thuật, Hội thi Tin học trẻ: three, not four.
    await expectFindings(RULE, 'Năm học 2024-2025, Phòng Giáo dục tổ chức 04 hội thi, cuộc thi cấp huyện: Hội thi Giáo viên dạy giỏi, Cuộc thi Khoa học kỹ thuật, Hội thi Tin học trẻ.',
      [{ messageId: 'listCountMismatch', data: { count: 4, listed: 3, items: 'Hội thi Giáo viên dạy giỏi; Cuộc thi Khoa học kỹ thuật; Hội thi Tin học trẻ' }, quote: '04', at: 'Năm học 2024-2025, Phòng Giáo dục tổ chức ' }]);
  });

  it('counts co-operatives and co-operative groups', async () => {
    // Three named, four counted.
    await expectFindings(RULE, 'Năm 2025, xã hỗ trợ 04 hợp tác xã, tổ hợp tác sản xuất nông nghiệp: Hợp tác xã Tân Tiến, Tổ hợp tác rau an toàn Đồng Tâm, Tổ hợp tác nuôi ong Hòa Bình.',
      [{ messageId: 'listCountMismatch', data: { count: 4, listed: 3, items: 'Hợp tác xã Tân Tiến; Tổ hợp tác rau an toàn Đồng Tâm; Tổ hợp tác nuôi ong Hòa Bình' }, quote: '04', at: 'Năm 2025, xã hỗ trợ ' }]);
  });

  it('counts projects and works whose description holds a dash', async () => {
    // Four named, five counted.
    await expectFindings(RULE, 'Năm 2025, huyện giải ngân vốn cho 05 dự án, công trình giao thông - thủy lợi: Dự án Đường liên xã Tân An, Công trình Kênh N3, Dự án Cầu Bến Đá, Công trình Hồ chứa Đồng Tâm.',
      [{ messageId: 'listCountMismatch', data: { count: 5, listed: 4, items: 'Dự án Đường liên xã Tân An; Công trình Kênh N3; Dự án Cầu Bến Đá; Công trình Hồ chứa Đồng Tâm' }, quote: '05', at: 'Năm 2025, huyện giải ngân vốn cho ' }]);
  });

  it('counts health campaigns and weeks', async () => {
    // Two named, three counted.
    await expectFindings(RULE, 'Năm 2025, Trung tâm Y tế huyện phối hợp tổ chức 03 chiến dịch, tuần lễ truyền thông chăm sóc sức khỏe: Chiến dịch Vì nụ cười trẻ thơ, Tuần lễ Làm mẹ an toàn.',
      [{ messageId: 'listCountMismatch', data: { count: 3, listed: 2, items: 'Chiến dịch Vì nụ cười trẻ thơ; Tuần lễ Làm mẹ an toàn' }, quote: '03', at: 'Năm 2025, Trung tâm Y tế huyện phối hợp tổ chức ' }]);
  });

  it('counts activities of a dash-joined field named by several heads', async () => {
    // Giải …, Hội thi …, Ngày hội …, Liên hoan …: four, not five.
    await expectFindings(RULE, 'Năm 2025, xã đoàn tổ chức 05 hoạt động văn hóa - thể thao: Giải Việt dã thanh niên, Hội thi Tin học trẻ, Ngày hội Đọc sách, Liên hoan Tiếng hát học sinh.',
      [{ messageId: 'listCountMismatch', data: { count: 5, listed: 4, items: 'Giải Việt dã thanh niên; Hội thi Tin học trẻ; Ngày hội Đọc sách; Liên hoan Tiếng hát học sinh' }, quote: '05', at: 'Năm 2025, xã đoàn tổ chức ' }]);
  });

  it('stays silent when the names make the count', async () => {
    await expectNone(RULE, 'Năm học 2024-2025, Phòng Giáo dục tổ chức 03 hội thi, cuộc thi cấp huyện: Hội thi Giáo viên dạy giỏi, Cuộc thi Khoa học kỹ thuật, Hội thi Tin học trẻ.');
    await expectNone(RULE, 'Năm 2025, huyện giải ngân vốn cho 04 dự án, công trình giao thông - thủy lợi: Dự án Đường liên xã Tân An, Công trình Kênh N3, Dự án Cầu Bến Đá, Công trình Hồ chứa Đồng Tâm.');
    await expectNone(RULE, 'Năm 2025, xã đoàn tổ chức 04 hoạt động văn hóa - thể thao: Giải Việt dã thanh niên, Hội thi Tin học trẻ, Ngày hội Đọc sách, Liên hoan Tiếng hát học sinh.');
  });

  it('stays silent when no name confirms a second noun', async () => {
    // "hội diễn" opens none of the names: the comma's words may be anything.
    await expectNone(RULE, 'Năm học 2024-2025, Phòng Giáo dục tổ chức 04 hội thi, hội diễn cấp huyện: Giải bóng đá Nhi đồng, Ngày hội Đọc sách, Liên hoan Tiếng hát học sinh.');
    // Examples after the comma, not a second noun.
    await expectNone(RULE, 'Năm 2025, huyện tổ chức 05 sự kiện, tiêu biểu: Lễ hội Đình làng Tân An, Đêm nhạc Hòa Bình.');
    // Lower-case items: kinds, not names.
    await expectNone(RULE, 'Năm học 2024-2025, Phòng Giáo dục tổ chức 04 hội thi, cuộc thi cấp huyện: cuộc thi vẽ tranh, hội thi văn nghệ, cuộc thi kể chuyện.');
  });

  it('stays silent when the list is open', async () => {
    await expectNone(RULE, 'Năm học 2024-2025, Phòng Giáo dục tổ chức 05 hội thi, cuộc thi cấp huyện: Hội thi Giáo viên dạy giỏi, Cuộc thi Khoa học kỹ thuật và các cuộc thi khác.');
    await expectNone(RULE, 'Năm 2025, huyện giải ngân vốn cho 05 dự án, công trình giao thông - thủy lợi như: Dự án Đường liên xã Tân An, Công trình Kênh N3, Dự án Cầu Bến Đá.');
  });
});
