/**
 * The house style "1) / 1.1) / 1.1.1) / a/": closing brackets on numbers of every depth, letters with a slash,
 * on short hand-written reports (a one-stop office, a school, a clinic). The outline is read at the depth the
 * numbers nest, and a "1)" list inside running text stays a list. Outlines checked by hand against the lines.
 */
import { describe, expect, it } from 'vitest';
import { segmentSections } from '../../src/segment/index.js';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from './source-from-lines.js';

const BODY = 'Trong kỳ, bộ phận duy trì ổn định việc tiếp nhận và trả kết quả.';

/** Each heading as "path | number | level". */
function tree(lines: string[]): string[] {
  return segmentSections(sourceFromText(lines.join('\n'))).sections.map((s) => `${s.path.join(' > ')} | ${s.number} | ${s.level}`);
}

/** A report's lines: each heading followed by one body sentence. */
const report = (...headings: string[]) => headings.flatMap((h) => [h, BODY]);

/** [message id, found, expected] of each heading-numbering finding. */
function slips(lines: string[]) {
  return analyseSource(sourceFromText(lines.join('\n')), { only: ['heading-numbering'] }).findings.map((f) => [f.messageId, f.data.found, f.data.expected]);
}

const ONE_STOP = [
  '1) KẾT QUẢ TIẾP NHẬN HỒ SƠ', BODY,
  '1.1) Công tác tiếp nhận', BODY,
  'a/ Tiếp nhận trực tiếp', BODY,
  '• Hồ sơ đất đai chiếm phần lớn.',
  '• Hồ sơ hộ tịch đứng thứ hai.',
  'b/ Tiếp nhận trực tuyến', BODY,
  '- Cổng dịch vụ công hoạt động ổn định.',
  '1.2) Công tác trả kết quả', BODY,
  '2) PHƯƠNG HƯỚNG QUÝ TỚI', BODY,
  '2.1) Nâng cao chất lượng phục vụ', BODY,
  'a/ Đào tạo công chức', BODY,
  'b/ Cải tiến quy trình', BODY,
];

describe('numbers closed by a bracket at every depth, letters with a slash', () => {
  it('reads 1) / 1.1) / a/ as three levels', () => {
    expect(tree(ONE_STOP)).toEqual([
      '1 | 1) | 1',
      '1 > 1.1 | 1.1) | 2',
      '1 > 1.1 > a | a/ | 3',
      '1 > 1.1 > b | b/ | 3',
      '1 > 1.2 | 1.2) | 2',
      '2 | 2) | 1',
      '2 > 2.1 | 2.1) | 2',
      '2 > 2.1 > a | a/ | 3',
      '2 > 2.1 > b | b/ | 3',
    ]);
  });

  it('reads 1.1.1) under 1.1)', () => {
    expect(tree(report('1) TÌNH HÌNH DẠY HỌC', '1.1) Cấp tiểu học', '1.1.1) Khối lớp một', '1.1.2) Khối lớp hai', '1.2) Cấp trung học cơ sở', '2) KIẾN NGHỊ'))).toEqual([
      '1 | 1) | 1',
      '1 > 1.1 | 1.1) | 2',
      '1 > 1.1 > 1.1.1 | 1.1.1) | 3',
      '1 > 1.1 > 1.1.2 | 1.1.2) | 3',
      '1 > 1.2 | 1.2) | 2',
      '2 | 2) | 1',
    ]);
  });

  it('keeps a "1)" list in running text as list items, not headings', () => {
    const lines = [
      ...report('1) KẾT QUẢ KHÁM CHỮA BỆNH', '1.1) Khám ngoại trú'),
      'Trạm đã thực hiện các việc sau:',
      '1) khám sàng lọc cho người cao tuổi;',
      '2) tư vấn dinh dưỡng cho bà mẹ;',
      '3) cấp thuốc điều trị tăng huyết áp.',
      ...report('1.2) Điều trị nội trú', '2) NHIỆM VỤ NĂM TỚI'),
    ];
    expect(tree(lines)).toEqual(['1 | 1) | 1', '1 > 1.1 | 1.1) | 2', '1 > 1.2 | 1.2) | 2', '2 | 2) | 1']);
  });

  it('does not read a bracketed figure or a date as a heading', () => {
    expect(tree(['Tổng số hồ sơ là 1.250 (tăng 12%).', BODY, '2.5) là tỷ lệ còn lại.', BODY])).toEqual([]);
  });

  it('flags a skipped 1.2) and a skipped b/', () => {
    expect(slips(report('1) KẾT QUẢ', '1.1) Tiếp nhận', '1.3) Trả kết quả', '2) PHƯƠNG HƯỚNG'))).toEqual([['numberGap', '1.3)', '1.2)']]);
    expect(slips(report('1) KẾT QUẢ', '1.1) Tiếp nhận', 'a/ Trực tiếp', 'c/ Trực tuyến', '2) PHƯƠNG HƯỚNG'))).toEqual([['numberGap', 'c/', 'b/']]);
  });

  it('flags a duplicated 1.1)', () => {
    const found = slips(report('1) KẾT QUẢ', '1.1) Tiếp nhận', '1.1) Trả kết quả', '2) PHƯƠNG HƯỚNG'));
    expect(found.length).toBe(1);
    expect(found[0][1]).toBe('1.1)');
  });
});
