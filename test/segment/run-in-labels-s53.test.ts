/**
 * Session 53: a lettered or numbered item whose label of seven to twelve words, closed by a colon, names the amount that
 * opens its body on the same line ("c) Quản lý bệnh không lây nhiễm, tăng huyết áp, đái tháo đường: 312 người, tăng 4,0%.")
 * is a run-in heading, as a label of six words or fewer already was; a numbered list of tasks with a colon before a phone
 * number or a list of names stays a list.
 */
import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import type { Finding } from '../../src/model/index.js';
import { segmentSections } from '../../src/segment/index.js';
import { outline, sourceFromText } from './source-from-lines.js';

const segment = (lines: string[]) => segmentSections(sourceFromText(lines.join('\n')));
const audit = (lines: string[]): Finding[] => analyseSource(sourceFromText(lines.join('\n')), { only: ['heading-numbering'] }).findings;

const HEALTH = [
  'II. CÔNG TÁC Y TẾ',
  '1. Khám, chữa bệnh',
  'Trạm Y tế xã duy trì trực 24/24 giờ, trong đó:',
  'a) Khám bệnh bảo hiểm y tế, khám dịch vụ, khám miễn phí: 4.215 lượt, đạt 52,3% kế hoạch; tăng 6% so với cùng kỳ.',
  'b) Điều trị nội trú tại trạm y tế xã: 86 lượt, đạt 47,8%.',
  'c) Quản lý bệnh không lây nhiễm, tăng huyết áp, đái tháo đường: 312 người, tăng 4,0%.',
  '2. Y tế dự phòng',
  'Không để xảy ra dịch bệnh lớn trên địa bàn.',
];

describe('a long label before the amount that opens its line is a run-in heading', () => {
  it('reads health items of eight to twelve words before their counts as headings under "1."', () => {
    const { sections } = segment(HEALTH);
    expect(outline(sections)).toBe('II(1(a b c) 2)');
    expect(sections.find((s) => s.number.startsWith('c'))?.title.startsWith('Quản lý bệnh không lây nhiễm, tăng huyết áp, đái tháo đường')).toBe(true);
  });

  it('reads a budget item of an amount in millions after a comma-listed label, and a repeated letter is reported', () => {
    const lines = [
      'I. CHI NGÂN SÁCH',
      '1. Chi thường xuyên',
      'Ước thực hiện 2.140,5 triệu đồng, trong đó:',
      'a) Chi sự nghiệp giáo dục, đào tạo, dạy nghề: 412,30 triệu đồng, đạt 51,0%; mua sắm bàn ghế cho 2 lớp học.',
      'b) Chi sự nghiệp nông nghiệp, thủy lợi, lâm nghiệp: 205,00 triệu đồng, đạt 44,2%.',
      'b) Chi bảo đảm xã hội, người có công: 318,75 triệu đồng, đạt 49,9%; thăm hỏi 46 gia đình chính sách.',
      '2. Dự phòng',
    ];
    expect(outline(segment(lines).sections)).toBe('I(1(a b b) 2)');
    expect(audit(lines).map((f) => [f.messageId, f.data.found, f.data.expected])).toEqual([['numberDuplicate', 'b)', 'c)']]);
  });

  it('keeps an agriculture item of a lone amount after a long label a heading, as before', () => {
    const lines = ['3. Nông nghiệp', 'a) Diện tích gieo cấy lúa vụ xuân toàn xã: 412 ha.', 'b) Diện tích trồng ngô, đậu tương, rau màu các loại: 96 ha.'];
    expect(outline(segment(lines).sections)).toBe('3(a b)');
  });
});

describe('numbered tasks with a colon stay a list', () => {
  it('a phone number or a verb after the colon is no amount: the tasks are list items', () => {
    const lines = [
      'III. NHIỆM VỤ',
      '1. Duy trì đường dây nóng của Trạm Y tế xã tiếp nhận phản ánh: 0203 3856 117; trả lời trong ngày.',
      '2. Công khai số điện thoại của cán bộ phụ trách giáo dục: 0912.345.678 để phụ huynh liên hệ.',
      '3. Tổ chức tiêm vắc xin sởi, rubella cho trẻ trong độ tuổi, bảo đảm tỷ lệ trên 95%.',
      'IV. KIẾN NGHỊ',
    ];
    expect(outline(segment(lines).sections)).toBe('III IV');
  });

  it('a long task whose colon opens a list of names stays a list item', () => {
    const lines = [
      'III. PHƯƠNG HƯỚNG',
      '1. Mở lớp tập huấn kỹ thuật trồng lúa cho nông dân các thôn: Đông Hà, Tây Sơn, Nam Tiến.',
      '2. Nạo vét 2,5 km kênh mương nội đồng trước vụ mùa.',
    ];
    expect(outline(segment(lines).sections)).toBe('III');
  });
});
