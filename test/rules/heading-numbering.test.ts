import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import type { Finding, Section, SectionStyle } from '../../src/model/index.js';
import type { Report } from '../../src/rules/define.js';
import rule from '../../src/rules/heading-numbering.js';
import { sourceFromText } from '../segment/source-from-lines.js';

/** Findings of the rule, each evidence with its block's text. */
function audit(lines: string[]): Array<Finding & { evidence: Array<{ text: string }> }> {
  const analysis = analyseSource(sourceFromText(lines.join('\n')), { only: ['heading-numbering'] });
  return analysis.findings.map((f) => ({ ...f, evidence: f.evidence.map((e) => ({ ...e, text: analysis.source.blocks[e.block].text })) }));
}

/** Run the rule on hand-built sections (one block per heading), independent of the segmenter. */
function checkSections(specs: Array<[string, SectionStyle, number | null]>): Report[] {
  const source = sourceFromText(specs.map(([n]) => `${n} Tiêu đề`).join('\n'));
  const sections: Section[] = specs.map(([number, style, parent], i) => ({
    index: i, number, key: number.replace(/[.)]$/, ''), title: 'Tiêu đề', style, level: parent === null ? 1 : 2,
    path: [], parent, block: i, span: source.blocks[i].span,
  }));
  const reports: Report[] = [];
  rule.check({ source, sections, blockSection: sections.map((s) => s.index), figures: [], warnings: [], report: (r) => reports.push(r) });
  return reports;
}

describe('heading-numbering on hand-built sections', () => {
  it('accepts letters restarting under each arabic section and d → e without đ', () => {
    const reports = checkSections([
      ['1.', 'arabic', null], ['a)', 'letter', 0], ['b)', 'letter', 0],
      ['2.', 'arabic', null], ['a)', 'letter', 3], ['b)', 'letter', 3], ['c)', 'letter', 3], ['d)', 'letter', 3], ['e)', 'letter', 3], ['g)', 'letter', 3],
    ]);
    expect(reports).toEqual([]);
  });

  it('says nothing of two siblings swapped ("1." "2." "4." "3."): no number is missing or repeated', () => {
    expect(checkSections([['1.', 'arabic', null], ['2.', 'arabic', null], ['4.', 'arabic', null], ['3.', 'arabic', null]])).toEqual([]);
    expect(checkSections([['a)', 'letter', null], ['c)', 'letter', null], ['b)', 'letter', null], ['d)', 'letter', null]])).toEqual([]);
    // Going back to a number already used is still a restart, and a hole no sibling fills still a gap.
    const restart = checkSections([['1.', 'arabic', null], ['2.', 'arabic', null], ['3.', 'arabic', null], ['2.', 'arabic', null]]);
    expect(restart.map((r) => [r.messageId, r.data.found])).toEqual([['numberRestart', '2.']]);
    const gap = checkSections([['1.', 'arabic', null], ['2.', 'arabic', null], ['5.', 'arabic', null], ['3.', 'arabic', null]]);
    expect(gap.map((r) => [r.messageId, r.data.found, r.data.expected])).toEqual([['numberGap', '5.', '3.']]);
  });

  it('reports a multi-level number whose prefix is not its parent\'s', () => {
    const reports = checkSections([['1.', 'arabic', null], ['2.', 'arabic', null], ['2.1.', 'multi', 1], ['3.2.', 'multi', 1]]);
    expect(reports.map((r) => [r.messageId, r.data.found, r.data.expected])).toEqual([['numberPrefix', '3.2.', '2.2.']]);
  });
});

describe('heading-numbering on text', () => {
  it('reports a repeated Roman numeral once, citing both headings', () => {
    const f = audit(['I. CHỈ ĐẠO', 'Nội dung.', 'II. KẾT QUẢ', 'Nội dung.', 'II. TỒN TẠI', 'Nội dung.']);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ messageId: 'numberDuplicate', data: { found: 'II.', expected: 'III.' } });
    expect(f[0].evidence.map((e) => e.text)).toEqual(['II. TỒN TẠI', 'II. KẾT QUẢ']);
  });

  it('reports where a run restarts and each number it then uses a second time, not the numbers in between', () => {
    const f = audit(['1. Xã hội số', '1.1. Tuyên truyền', '1.3. Tài khoản', '1.4. Điện thoại', '1.1. Tuyên truyền', '1.2. Ngân hàng', '1.3. An toàn']);
    expect(f.map((x) => [x.messageId, x.data.found])).toEqual([['numberRestart', '1.1.'], ['numberRepeated', '1.3.']]);
    expect(f[1].evidence.map((e) => e.text)).toEqual(['1.3. An toàn', '1.3. Tài khoản']);
  });

  it('writes the expected number the way the document does: "Phần thứ III" and undotted "III"', () => {
    const parts = audit(['Phần thứ I. KẾT QUẢ', 'Nội dung.', 'Phần thứ II. TỒN TẠI', 'Nội dung.', 'Phần thứ IV. KIẾN NGHỊ', 'Nội dung.']);
    expect(parts.map((x) => [x.messageId, x.data.found, x.data.expected])).toEqual([['numberGap', 'Phần thứ IV.', 'Phần thứ III.']]);
    const romans = audit(['I KẾT QUẢ', 'Nội dung.', 'II TỒN TẠI', 'Nội dung.', 'IV KIẾN NGHỊ', 'Nội dung.']);
    expect(romans.map((x) => [x.messageId, x.data.found, x.data.expected])).toEqual([['numberGap', 'IV', 'III']]);
  });

  it('reports a letter list skipping a letter in wording the seeds do not use', () => {
    const f = audit(['1. Phát triển kinh tế số', 'a. Thương mại điện tử', 'b. Thanh toán', 'đ. Địa chỉ số']);
    expect(f.map((x) => [x.messageId, x.data.found, x.data.expected])).toEqual([['numberGap', 'đ.', 'c.']]);
  });

  it('reports a list whose first item is "b)"', () => {
    const f = audit(['1. Kết quả', 'b) Hạ tầng', 'c) Ứng dụng']);
    expect(f.map((x) => [x.messageId, x.data.found, x.data.expected])).toEqual([['numberStartsLate', 'b)', 'a)']]);
  });

  it('does not flag numbering that restarts in a new part', () => {
    expect(audit(['PHẦN I', 'KẾT QUẢ', 'I. CHỈ ĐẠO', 'II. KẾT QUẢ', 'PHẦN II', 'NHIỆM VỤ', 'I. MỤC TIÊU', 'II. GIẢI PHÁP'])).toEqual([]);
  });
});

describe('heading-numbering on numbered lists of sentences (list items, not headings)', () => {
  it('reports a gap in a list of task sentences', () => {
    const f = audit(['I. KẾT QUẢ', 'Nội dung.', 'II. NHIỆM VỤ', '1. Nạo vét 2,5 km kênh nội đồng.', '2. Cấp 45 thẻ bảo hiểm y tế cho người cao tuổi.', '4. Tổ chức 02 phiên giao dịch việc làm.', 'III. KIẾN NGHỊ']);
    expect(f.map((x) => [x.messageId, x.data.found, x.data.expected])).toEqual([['numberGap', '4.', '3.']]);
    expect(f[0].evidence.map((e) => e.text)).toEqual(['4. Tổ chức 02 phiên giao dịch việc làm.', '2. Cấp 45 thẻ bảo hiểm y tế cho người cao tuổi.']);
  });

  it('reports a repeated number and a prefix that is not its section\'s in lists of target sentences', () => {
    const f = audit(['1. Kết quả', 'Nội dung.', '2. Chỉ tiêu năm 2026', '2.1. Tỷ lệ trẻ được tiêm chủng đầy đủ đạt 96%.', '2.2. Tỷ lệ người dân có thẻ bảo hiểm y tế đạt 94%.', '2.2. Giảm tỷ suất sinh thô 0,1‰.']);
    expect(f.map((x) => [x.messageId, x.data.found, x.data.expected])).toEqual([['numberDuplicate', '2.2.', '2.3.']]);
    const g = audit(['1. Kết quả', 'Nội dung.', '2. Nhiệm vụ quý I', '3.1. Khởi công nhà văn hóa thôn Đông.', '3.2. Hoàn thành sửa chữa 03 phòng học.']);
    expect(g.map((x) => [x.messageId, x.data.found, x.data.expected])).toEqual([['numberPrefix', '3.1.', '2.1.'], ['numberPrefix', '3.2.', '2.2.']]);
  });

  it('does not flag a well-numbered list of sentences under each section', () => {
    expect(audit(['I. CHỈ TIÊU', '1. Trồng mới 8 ha rừng.', '2. Tỷ lệ che phủ rừng đạt 41%.', 'II. GIẢI PHÁP', '1. Giao khoán bảo vệ 120 ha rừng.', '2. Kiểm tra 06 cơ sở chế biến gỗ.'])).toEqual([]);
  });
});

describe('heading-numbering on unnumbered title lines and lowercase Roman numerals', () => {
  const header = ['BÁO CÁO', 'Tình hình hoạt động y tế cơ sở quý III năm 2025', 'Căn cứ kế hoạch công tác năm của Trung tâm Y tế huyện, Trạm Y tế xã báo cáo như sau:'];

  it('says nothing about title lines in capitals that carry no number, nor about the lists restarting under each', () => {
    const lines = [...header, 'TÌNH HÌNH CHUNG', 'Trạm có 6 nhân viên.', 'KẾT QUẢ', '1. Khám bệnh', 'Khám 40 lượt.', '2. Tiêm chủng', 'Tiêm 96 trẻ.', 'KIẾN NGHỊ', '1. Bổ sung thuốc', 'Thiếu thuốc hạ sốt.'];
    expect(audit(lines)).toEqual([]);
  });

  it('does not read "i)" under "a)" as a skipped letter when "ii)", "iii)" follow', () => {
    const lines = ['I. KẾT QUẢ', '1. Chăn nuôi', 'a) Đàn gia súc', 'Tổng đàn gồm:', 'i) đàn trâu 320 con;', 'ii) đàn bò 540 con;', 'iii) đàn lợn 2.100 con.', 'b) Đàn gia cầm', 'Có 15.000 con.'];
    expect(audit(lines)).toEqual([]);
  });

  it('reports a gap in lowercase Roman headings, in lowercase', () => {
    const lines = ['1. Trồng trọt', 'a) Cây ăn quả', 'i) Cam sành', 'Trồng 12 ha.', 'ii) Bưởi', 'Trồng 8 ha.', 'iv) Nhãn', 'Trồng 2 ha.'];
    const findings = audit(lines);
    expect(findings.map((f) => [f.messageId, f.data?.found, f.data?.expected])).toEqual([['numberGap', 'iv)', 'iii)']]);
  });
});

describe('heading-numbering across the parts of a report', () => {
  const body = 'Các chỉ tiêu được duy trì ổn định trong kỳ báo cáo.';

  it('accepts Roman numerals restarting at I. under each new part: no duplicate, no restart', () => {
    const findings = audit([
      'PHẦN A', 'TÌNH HÌNH CHUNG', 'I. Dân số', body, 'II. Lao động', body,
      'PHẦN B', 'NHIỆM VỤ QUÝ TỚI', 'I. Dân số', body, 'II. Lao động', body,
    ]);
    expect(findings).toEqual([]);
  });

  it('accepts Roman numerals running on through the parts ("III." under the first, "IV." under the second)', () => {
    const findings = audit([
      'Phần thứ nhất: KẾT QUẢ', 'I. Thủy lợi', body, 'II. Giao thông', body, 'III. Điện', body,
      'Phần thứ hai: PHƯƠNG HƯỚNG', 'IV. Mục tiêu', body, 'V. Giải pháp', body,
    ]);
    expect(findings).toEqual([]);
  });

  it('still reports a part whose numerals start late without carrying on the previous part', () => {
    const findings = audit([
      'Phần thứ nhất: KẾT QUẢ', 'I. Thủy lợi', body, 'II. Giao thông', body,
      'Phần thứ hai: PHƯƠNG HƯỚNG', 'IV. Mục tiêu', body, 'V. Giải pháp', body,
    ]);
    expect(findings.map((f) => [f.messageId, f.data?.found, f.data?.expected])).toEqual([['numberStartsLate', 'IV.', 'I.']]);
  });

  it('still reports a first part starting late (no previous part to carry on)', () => {
    const findings = audit(['PHẦN I. KẾT QUẢ', 'II. Thủy lợi', body, 'III. Giao thông', body]);
    expect(findings.map((f) => [f.messageId, f.data?.found])).toEqual([['numberStartsLate', 'II.']]);
  });
});
