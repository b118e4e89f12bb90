/**
 * The five seed reports, read by the txt ingester. Every outline below was
 * checked line by line against fixtures/seeds/*.txt.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ingestTxt } from '../../src/ingest/txt.js';
import type { Source } from '../../src/model/index.js';
import { segmentSections } from '../../src/segment/index.js';
import { outline, paths } from './source-from-lines.js';

function seed(name: string): Source {
  const result = ingestTxt(name, readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url)));
  if (!result.ok) throw new Error(result.error.message);
  return result.source;
}

/** Path of the section holding the first block whose text starts with `prefix`. */
function pathOfBlock(source: Source, blockSection: (number | null)[], sectionPaths: string[], prefix: string): string | null {
  const block = source.blocks.find((b) => b.text.startsWith(prefix));
  if (!block) throw new Error(`no block starts with ${prefix}`);
  const section = blockSection[block.index];
  return section === null ? null : sectionPaths[section];
}

function analyse(name: string) {
  const source = seed(name);
  const result = segmentSections(source);
  const all = paths(result.sections);
  return { source, ...result, all, holder: (prefix: string) => pathOfBlock(source, result.blockSection, all, prefix) };
}

describe('seed 000 (phường Bắc Sơn, 6 tháng 2023)', () => {
  const doc = analyse('000_d822b3314a80c054.txt');

  test('the outline has four Roman sections and the restarted list nested under I > 5', () => {
    expect(outline(doc.sections)).toBe(
      'I(1 2(a) 3(a b c d e) 4(4.1 4.2) 5(1(1.1 1.2 1.3 1.4 1.5 1.6 1.7 1.8 1.9 1.10 1.11) 2(2.1 2.2 2.3 2.4 2.6) '
      + '3(3.1 3.3 3.4 3.5 3.1 3.2 3.3) 4(4.1 4.2 4.3 4.4 4.5 4.6 4.7 4.8))) II(1 2) III IV',
    );
    expect(doc.sections.filter((s) => s.level === 1).map((s) => s.number)).toEqual(['I.', 'II.', 'III.', 'IV.']);
    expect(doc.warnings).toEqual([]);
  });

  test('deep paths follow the nested list', () => {
    expect(doc.all).toContain('I > 5 > 1 > 1.1');
    expect(doc.all).toContain('I > 5 > 4 > 4.8');
    const s = doc.sections.find((x) => x.path.join(' > ') === 'I > 5 > 4 > 4.3');
    expect(s).toMatchObject({ number: '4.3.', title: '100% CBCC có máy tính phục vụ công việc.', level: 4, style: 'multi' });
    expect(s!.span.line).toBe(235);
  });

  test('paragraphs land in the innermost section, not in look-alike headings', () => {
    expect(doc.holder('Kinh phí dành cho các hoạt động')).toBe('I > 4 > 4.2');
    expect(doc.holder('6 tháng năm 2023 trên phần mềm TDOFFICE')).toBe('I > 5 > 1 > 1.3');
    expect(doc.holder('100 % cán bộ, công chức UBND phường')).toBe('I > 5 > 1 > 1.1');
    expect(doc.holder('Thực hiện Công văn số 2120')).toBeNull();
    // The signature block and distribution list end the body: they belong to no section.
    expect(doc.holder('Nơi nhận:')).toBeNull();
  });
});

describe('seed 001 (Tiền Giang, Phần thứ nhất / thứ hai)', () => {
  const doc = analyse('001_311a9839200255dd.txt');

  test('the outline has two ordinal parts whose titles come from the next paragraph', () => {
    // The a)–d) under "3." and "4." are tasks written as full sentences one after another, with no
    // body of their own: a numbered list, not headings.
    expect(outline(doc.sections)).toBe(
      'Phần thứ nhất(I II(1 2(2.1(a b) 2.2(a b c d d e g) 2.3(a) 2.4 2.5) 3 4) III) Phần thứ hai',
    );
    const parts = doc.sections.filter((s) => s.style === 'part');
    expect(parts.map((s) => [s.number, s.title])).toEqual([
      ['Phần thứ nhất', 'KẾT QUẢ TÌNH HÌNH THỰC HIỆN VỀ CHUYỂN ĐỔI SỐ'],
      ['Phần thứ hai', 'PHƯƠNG HƯỚNG, NHIỆM VỤ THỰC HIỆN VỀ CHUYỂN ĐỔI SỐ TRONG QUÝ II/2024'],
    ]);
  });

  test('deep paths run through the part', () => {
    expect(doc.all).toContain('Phần thứ nhất > II > 2 > 2.1 > a');
    expect(doc.sections.find((s) => s.path.join(' > ') === 'Phần thứ nhất > II > 2 > 2.1')).toMatchObject({ number: '2.1', title: 'Hạ tầng kỹ thuật' });
  });

  test('bulleted letters and table rows stay content of the open section', () => {
    expect(doc.holder('- b) Cung cấp dịch vụ công trực tuyến')).toBe('Phần thứ nhất > II > 2 > 2.3 > a');
    expect(doc.holder('- c) Tiếp nhận, trả kết quả')).toBe('Phần thứ nhất > II > 2 > 2.3 > a');
    expect(doc.holder('Tiếp tục tuyên truyền Nghị quyết số 08-NQ/TU')).toBe('Phần thứ hai');
  });
});

describe('seed 002 (huyện Hưng Hà, PHẦN I / PHẦN II)', () => {
  const doc = analyse('002_1b00c6e55fb426e7.txt');

  test('the outline keeps both II under PHẦN I', () => {
    expect(outline(doc.sections)).toBe('PHẦN I(I II(1 2 3 4 5 6(6.1 6.2 6.3 6.4)) II(1 2)) PHẦN II(I(1 2 3) II(1 2(2.1 2.2)))');
    expect(doc.sections.filter((s) => s.path.join(' > ') === 'PHẦN I > II').map((s) => s.title)).toEqual(['KẾT QUẢ', 'ĐÁNH GIÁ CHUNG']);
  });

  test('the part titles are the following lines', () => {
    expect(doc.sections.filter((s) => s.style === 'part').map((s) => s.title)).toEqual([
      'KẾT QUẢ THỰC HIỆN NĂM 2024', 'MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM 2025',
    ]);
    expect(doc.all).toContain('PHẦN II > II > 2 > 2.2');
  });

  test('footnotes belong to the section they sit in', () => {
    expect(doc.holder('² Chi nhánh Viettel Hưng Hà')).toBe('PHẦN I > II > 6 > 6.2');
  });
});

describe('seed 003 (xã Hoàng Tiến, three-level numbers)', () => {
  const doc = analyse('003_de71c115c989c0f9.txt');

  test('the outline nests 2.1.x under 2.1 and letters with mixed punctuation under them', () => {
    expect(outline(doc.sections)).toBe(
      'I(1 2) II III(1 2(2.1(2.1.1(a b c d) 2.1.2(a b c d e g) 2.1.3(a b) 2.1.4(a b c) 2.1.5(a b c)))) IV(1 2 4) V',
    );
  });

  test('deep paths reach five levels', () => {
    const a = doc.sections.find((s) => s.path.join(' > ') === 'III > 2 > 2.1 > 2.1.1 > a');
    expect(a).toMatchObject({ number: 'a,', title: 'Nâng cấp, tái cấu trúc hệ thống mạng nội bộ', level: 5 });
    expect(doc.sections.filter((s) => s.path.join(' > ') === 'III > 2 > 2.1 > 2.1.2 > c').map((s) => s.number)).toEqual(['c.']);
  });

  test('a heading with its text on the same line still opens a section', () => {
    expect(doc.sections.find((s) => s.path.join(' > ') === 'III > 2 > 2.1 > 2.1.5 > c')?.title).toMatch(/^Chuyển đổi số trên địa bàn: Phối hợp/);
    expect(doc.holder('Kinh nghiệm: Quá trình triển khai')).toBe('III > 2 > 2.1 > 2.1.5 > b');
  });
});

describe('seed 004 (phường Giếng Đáy, list starting at 2 and a statistics table)', () => {
  const doc = analyse('004_9d8bea49ef95c194.txt');

  test('the outline keeps the list under II that starts at 2', () => {
    expect(outline(doc.sections)).toBe('I(1 2) II(2 3(3.1 3.2 3.3 3.4 3.5) 4 5) III(1 2) IV(1)');
  });

  test('items like "+ (5)" and the signature block are content, not headings', () => {
    expect(doc.holder('+ (5) Đăng ký khai sinh')).toBe('II > 2');
    expect(doc.holder('Việc ban hành các văn bản chỉ đạo')).toBe('II');
    // The signature block ends the body, so the statistics table after it is in no section.
    expect(doc.holder('TM. ỦY BAN NHÂN DÂN')).toBeNull();
    expect(doc.holder('Kèm theo báo cáo số')).toBeNull();
    expect(doc.sections.every((s) => s.block < doc.source.blocks.findIndex((b) => b.text.startsWith('Nơi nhận')))).toBe(true);
  });
});
