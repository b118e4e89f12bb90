import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Three ways one quantity is told twice in other words: an amount of one head whose other words stand in the other's
// sentence, the money of an action against the action's amount, and the make-up of a group counted and named alike.
// Values checked by hand: 2 460 / 2 640 and 1 845,5 / 1 854,5 swap two neighbouring digits; 84 / 48 are the members of the
// same six clubs.
const RULE = 'repeated-value-conflict';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';
const pairs = async (text: string) => (await findingsOf(RULE, text)).map((f) => [f.data.value, f.data.other].sort());

describe('repeated-value-conflict: an amount of one head, the other words told by its sentence', () => {
  it('holds flood damage "về tài sản" in a sentence of floods against "thiệt hại do mưa lũ": 2 460 against 2 640 triệu đồng', async () => {
    const text = report(
      'I. KẾT QUẢ',
      '- Trong năm, trên địa bàn xã xảy ra 04 đợt mưa lũ, 02 nhà bị sập; thiệt hại về tài sản ước tính 2 460 triệu đồng.',
      'Công tác khắc phục hậu quả được triển khai kịp thời.',
      'II. ĐÁNH GIÁ',
      '- Năm qua, thiệt hại do mưa lũ ước tính 2 640 triệu đồng, các hộ bị ảnh hưởng đã được hỗ trợ.',
    );
    expect(await pairs(text)).toEqual([['2 460 triệu đồng', '2 640 triệu đồng']]);
  });

  it('leaves damage of storms and damage of forest fires apart when neither sentence names the other\'s cause', async () => {
    const text = report(
      'I. KẾT QUẢ',
      '- Trong năm, trên địa bàn xã có 03 cơn bão đổ bộ; thiệt hại về tài sản ước tính 2 460 triệu đồng.',
      'Công tác khắc phục hậu quả được triển khai kịp thời.',
      'II. ĐÁNH GIÁ',
      '- Năm qua, thiệt hại do cháy rừng ước tính 2 640 triệu đồng.',
    );
    expect(await pairs(text)).toEqual([]);
  });
});

describe('repeated-value-conflict: the money of an action against the amount of that action', () => {
  it('holds "xử phạt hành chính 1 845,5 triệu đồng" against "Tổng số tiền phạt 1 854,5 triệu đồng"', async () => {
    const text = report(
      'I. KẾT QUẢ',
      '- Đoàn kiểm tra liên ngành đã lập biên bản 312 vụ vi phạm, xử phạt hành chính 1 845,5 triệu đồng.',
      'Các vụ việc được xử lý đúng quy định.',
      'II. KẾT QUẢ THEO LĨNH VỰC',
      '- Tổng số tiền phạt 1 854,5 triệu đồng, nộp đầy đủ vào ngân sách.',
    );
    expect(await pairs(text)).toEqual([['1 845,5 triệu đồng', '1 854,5 triệu đồng']]);
  });

  it('leaves the money of a fine apart from an amount of support, and a swap of three digits unread', async () => {
    const support = report(
      'I. KẾT QUẢ',
      '- Ủy ban nhân dân xã đã hỗ trợ các hộ bị thiệt hại 1 845,5 triệu đồng.',
      'Các vụ việc được xử lý đúng quy định.',
      'II. KẾT QUẢ THEO LĨNH VỰC',
      '- Tổng số tiền phạt 1 854,5 triệu đồng, nộp đầy đủ vào ngân sách.',
    );
    expect(await pairs(support)).toEqual([]);
    const short = report(
      'I. KẾT QUẢ',
      '- Đoàn kiểm tra liên ngành đã lập biên bản 31 vụ vi phạm, xử phạt hành chính 128 triệu đồng.',
      'Các vụ việc được xử lý đúng quy định.',
      'II. KẾT QUẢ THEO LĨNH VỰC',
      '- Tổng số tiền phạt 182 triệu đồng, nộp đầy đủ vào ngân sách.',
    );
    expect(await pairs(short)).toEqual([]);
  });
});

describe('repeated-value-conflict: the members of a group counted and named alike', () => {
  const founded = '- Ngày 15/3/2024, Hội Nông dân xã thành lập 06 (sáu) Câu lạc bộ nông dân sản xuất giỏi với 84 hội viên, sinh hoạt hằng tháng.';
  const later = (groups: string, members: string) =>
    report('I. KẾT QUẢ', founded, 'Các câu lạc bộ được hỗ trợ tài liệu kỹ thuật.', 'II. ĐÁNH GIÁ',
      `- Qua một năm, ${groups} với ${members} hội viên đã duy trì sinh hoạt đều đặn.`);

  it('holds the six clubs\' 84 members against the same six clubs\' 48 members', async () => {
    expect(await pairs(later('06 Câu lạc bộ nông dân sản xuất giỏi', '48'))).toEqual([['48', '84']]);
  });

  it('leaves the members of another number of clubs, of other groups, or the same count restated unflagged', async () => {
    expect(await pairs(later('04 Câu lạc bộ nông dân sản xuất giỏi', '48'))).toEqual([]);
    expect(await pairs(later('06 Tổ hợp tác chăn nuôi bò sinh sản', '48'))).toEqual([]);
    expect(await pairs(later('06 Câu lạc bộ nông dân sản xuất giỏi', '84'))).toEqual([]);
  });
});
