import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'repeated-value-conflict';
const found = async (lines: string[]) => (await findingsOf(RULE, `${lines.join('\n')}\n`)).map((f) => [f.severity, f.data.value, f.data.other]);

// A table whose title note gives every row one unit ("(ĐVT: hộ)"), its labels naming what was done, not what was counted.
const report = (sentence: string, note = '(ĐVT: hộ; riêng công trình thủy lợi tính bằng công trình)') => [
  'ỦY BAN NHÂN DÂN', 'XÃ SUỐI NGÀN', 'BÁO CÁO', 'Kết quả thực hiện chính sách hỗ trợ sản xuất 6 tháng đầu năm 2025', '', '1) KẾT QUẢ',
  'Bảng 1. Kết quả hỗ trợ sản xuất 6 tháng đầu năm 2025', note,
  'Nội dung\tKế hoạch năm 2025\tThực hiện 6 tháng\tCùng kỳ năm 2024',
  'Cấp giống cây ăn quả\t90\t46\t38',
  'Hỗ trợ máy gặt đập liên hợp\t12\t9\t7',
  'Công trình thủy lợi nhỏ\t3\t2\t1',
  '', `- ${sentence}`,
];

describe('repeated-value-conflict: a sentence against a row whose unit the table note gives', () => {
  it('reads the note\'s unit for every row and flags a slip of the digits', async () => {
    // Hand-checked: the row's six-month value is 46 hộ; 64 is its digits swapped.
    expect(await found(report('Cấp giống cây ăn quả cho 64 hộ, chủ yếu là giống bưởi và cam.'))).toEqual([['error', '64', '46']]);
  });

  it('still reads the count when a bracket after it tells what each household got', async () => {
    // Hand-checked: "(mỗi hộ 20 cây)" is what each of the 64 got; the 64 is still a count of households.
    expect(await found(report('Cấp giống cây ăn quả cho 64 hộ (mỗi hộ 20 cây giống).'))).toEqual([['error', '64', '46']]);
  });

  it('leaves the same value, and a note of several units, alone', async () => {
    expect(await found(report('Cấp giống cây ăn quả cho 46 hộ, chủ yếu là giống bưởi và cam.'))).toEqual([]);
    expect(await found(report('Cấp giống cây ăn quả cho 64 hộ, chủ yếu là giống bưởi và cam.', '(ĐVT: hộ; cây; con)'))).toEqual([]);
  });
});

describe('repeated-value-conflict: a row restated by its label and a count of a one-word column', () => {
  const rows = (sentence: string) => [
    'ỦY BAN NHÂN DÂN', 'XÃ SUỐI NGÀN', 'BÁO CÁO', 'Tình hình hoạt động các câu lạc bộ quý II năm 2025', '', '1) KẾT QUẢ',
    'Bảng 1. Các câu lạc bộ văn hóa đến ngày 20/6/2025',
    'STT\tCâu lạc bộ\tSố hộ\tSố hội viên',
    '1\tCâu lạc bộ dân ca thôn Nà Khoang\t21\t47',
    '2\tCâu lạc bộ khiêu vũ thôn Bản Tàn\t16\t35',
    '\tTổng cộng\t37\t82',
    '', `- ${sentence}`,
  ];

  it('flags the other count of the sentence that names the row and restates its "Số hộ" cell', async () => {
    // Hand-checked: the sentence names the first row and its 21 hộ; the row's members are 47, not 74.
    expect(await found(rows('Câu lạc bộ dân ca thôn Nà Khoang có 21 hộ, 74 hội viên, sinh hoạt vào tối thứ Bảy.'))).toEqual([['error', '74', '47']]);
  });

  it('leaves the row alone when the sentence restates it right', async () => {
    expect(await found(rows('Câu lạc bộ dân ca thôn Nà Khoang có 21 hộ, 47 hội viên, sinh hoạt vào tối thứ Bảy.'))).toEqual([]);
  });
});
