import { describe, expect, test } from 'vitest';
import { segmentSections } from '../../src/segment/index.js';
import { outline, paths, sourceFromText } from './source-from-lines.js';

function segment(text: string) {
  return segmentSections(sourceFromText(text));
}

describe('levels', () => {
  test('the usual ladder PHẦN > Roman > arabic > multi > letter nests in order', () => {
    const { sections } = segment(['PHẦN I', 'KẾT QUẢ', 'I. CHỈ ĐẠO', '1. Hạ tầng', '1.1. Mạng', '1.1.1. Cáp quang', 'a) Trụ sở', 'b) Thôn'].join('\n'));
    expect(outline(sections)).toBe('PHẦN I(I(1(1.1(1.1.1(a b)))))');
    expect(sections.map((s) => s.level)).toEqual([1, 2, 3, 4, 5, 6, 6]);
    expect(sections[6].path).toEqual(['PHẦN I', 'I', '1', '1.1', '1.1.1', 'b']);
  });

  test('skipped levels place letters directly under a Roman heading', () => {
    const { sections } = segment('I. KẾT QUẢ\na) Hạ tầng\nb) Ứng dụng\nII. KIẾN NGHỊ\n1. Đánh giá\na) Tồn tại');
    expect(outline(sections)).toBe('I(a b) II(1(a))');
  });

  test('a style first seen under another stays below it: the document sets the order, not a fixed ladder', () => {
    // Here letters head the parts and numbers the items under them.
    const { sections } = segment('I. KẾT QUẢ\na) Kinh tế\n1) Nông nghiệp\n2) Công nghiệp\nb) Xã hội\n1) Giáo dục\nII. KIẾN NGHỊ\na) Kinh tế');
    expect(outline(sections)).toBe('I(a(1 2) b(1)) II(a)');
    expect(sections.find((s) => s.path.join(' > ') === 'I > b > 1')?.level).toBe(3);
  });

  test('"2)" right after "1." in a document with no ")" numbers is a slip in the same list', () => {
    expect(outline(segment('I. KẾT QUẢ\n1. Hạ tầng\n2) Ứng dụng\n3. Nhân lực').sections)).toBe('I(1 2 3)');
  });

  test('"1." and "1)" are two styles: the second nests under the first', () => {
    expect(outline(segment('1. Kết quả\n1) Hạ tầng\n2) Ứng dụng\n2. Tồn tại\n1) Nhân lực').sections)).toBe('1(1 2) 2(1)');
  });

  test('a capital-letter heading continues its list at "I." rather than opening Roman numerals', () => {
    const text = ['A. KẾT QUẢ', 'I. KINH TẾ', 'B. X', 'C. X', 'D. X', 'Đ. X', 'E. X', 'G. X', 'H. X', 'I. X', 'I. Y'].join('\n');
    const { sections } = segment(text);
    expect(outline(sections)).toBe('A(I) B C D Đ E G H I(I)');
    expect(sections.map((s) => s.style).slice(-2)).toEqual(['capital', 'roman']);
  });

  test('undotted Roman headings nest like dotted ones when the document writes several; a lone one is not a heading', () => {
    const { sections } = segment(['I TÌNH HÌNH CHUNG', '1. Dân số', 'Xã có 5 thôn.', '2. Đất đai', 'II KIẾN NGHỊ', 'Đề nghị hỗ trợ.'].join('\n'));
    expect(outline(sections)).toBe('I(1 2) II');
    expect(sections.map((s) => s.level)).toEqual([1, 2, 2, 1]);
    expect(segment('1. Kết quả\nV Hà đạt giải nhất.\n2. Tồn tại').sections.map((s) => s.number)).toEqual(['1.', '2.']);
  });

  test('"Phần thứ I" and "Phần thứ II" are parts above the Roman numerals', () => {
    expect(outline(segment('Phần thứ I. KẾT QUẢ\nI. KINH TẾ\n1. Nông nghiệp\nPhần thứ II. NHIỆM VỤ\nI. KINH TẾ').sections)).toBe('Phần thứ I(I(1)) Phần thứ II(I)');
  });

  test('"1/" headings with "1.1/" under them nest like "1." and "1.1."; a lone "1/" line is not a heading', () => {
    const { sections } = segment(['1/ TÌNH HÌNH CHUNG', 'Xã có 5 thôn.', '2/ KẾT QUẢ THỰC HIỆN', '2.1/ Giáo dục', 'Có 3 trường.', '2.2/ Y tế', '3/ KIẾN NGHỊ'].join('\n'));
    expect(outline(sections)).toBe('1 2(2.1 2.2) 3');
    expect(sections.map((s) => s.level)).toEqual([1, 1, 2, 2, 1]);
    expect(segment('I. KẾT QUẢ\n1/ Trạm y tế tiếp nhận thêm\nXã có 5 thôn.').sections.map((s) => s.number)).toEqual(['I.']);
  });

  test('"I/", "1/" and "a/" nest as Roman, arabic and letter levels; fractions opening a line stay body text', () => {
    const { sections } = segment(['I/ KẾT QUẢ', '1/ Y tế', '1/2 số trạm có bác sĩ.', 'a/ Khám bệnh', '25/30 trạm đạt chuẩn.', 'b/ Tiêm chủng', '2/ Giáo dục', 'II/ KIẾN NGHỊ', '30/9/2025 là hạn nộp.'].join('\n'));
    expect(outline(sections)).toBe('I(1(a b) 2) II');
    expect(sections.map((s) => s.level)).toEqual([1, 2, 3, 3, 2, 1]);
  });

  test('"I)", "1)" and "a/" nest as Roman, arabic and letter levels', () => {
    const { sections } = segment(['I) ĐẶC ĐIỂM TÌNH HÌNH', 'Phường có 9 tổ dân phố.', 'II) KẾT QUẢ', '1) Thu gom rác', 'a/ Khu dân cư', 'Thu gom 12 tấn mỗi ngày.', 'b/ Chợ', '2) Cây xanh', 'III) KIẾN NGHỊ'].join('\n'));
    expect(outline(sections)).toBe('I II(1(a b) 2) III');
    expect(sections.map((s) => s.level)).toEqual([1, 1, 2, 3, 3, 2, 1]);
  });

  test('arabic headings may be the top level of a report', () => {
    expect(outline(segment('1. Kết quả\na) Hạ tầng\n2. Tồn tại').sections)).toBe('1(a) 2');
  });

  test('a multi-level number with no arabic parent open is just deeper than what is open', () => {
    expect(outline(segment('I. KẾT QUẢ\n1.1. Mạng\n1.2. Máy tính\n2. Tồn tại').sections)).toBe('I(1.1 1.2 2)');
  });

  test('a deeper multi-level number closes only deeper sections', () => {
    expect(outline(segment('2.1. A\n2.1.1. B\na, C\n2.1.2. D\n2.2. E').sections)).toBe('2.1(2.1.1(a) 2.1.2) 2.2');
  });
});

describe('restarted lists', () => {
  test('a list restarting at 1 right after a later arabic heading nests under it', () => {
    const text = 'I. KẾT QUẢ\n4. Nguồn lực\n5. Kết quả chuyển đổi số.\n1. Đánh giá chính quyền số\n1.1. Thư điện tử\n2. Đánh giá kinh tế số\n2.1. OCOP\nII. ĐÁNH GIÁ CHUNG\n1. Thuận lợi';
    const { sections } = segment(text);
    expect(outline(sections)).toBe('I(4 5(1(1.1) 2(2.1))) II(1)');
    expect(paths(sections)).toContain('I > 5 > 2 > 2.1');
  });

  test('a number continuing the outer list closes the nested one', () => {
    expect(outline(segment('5. Kết quả\n1. Chính quyền số\n2. Kinh tế số\n6. Tồn tại').sections)).toBe('5(1 2) 6');
  });

  test('letters restarting at a inside a later letter nest the same way', () => {
    expect(outline(segment('1. Hạ tầng\nc) Ứng dụng\na) Phần mềm\nb) Thiết bị\nd) Kinh tế số').sections)).toBe('1(c(a b) d)');
  });

  test('a restart does not nest once the section already has sub-headings', () => {
    expect(outline(segment('3. Ứng dụng\na) Hạ tầng\n1. Đánh giá').sections)).toBe('3(a) 1');
  });

  test('a second 1. after a 1. is a duplicate sibling, not a nested list', () => {
    expect(outline(segment('II. ĐÁNH GIÁ\n1. Thuận lợi\n1. Khó khăn').sections)).toBe('II(1 1)');
  });

  test('Roman numerals never nest under Roman numerals', () => {
    expect(outline(segment('III. NHIỆM VỤ\nI. PHỤ LỤC').sections)).toBe('III I');
  });
});

describe('wrong numbering is kept as written', () => {
  test('gaps, duplicates and a list starting at 2 stay in place', () => {
    const text = 'I. A\nII. B\nViệc ban hành văn bản\n2. Tiến độ\n3. Nhóm\n3.1. X\n3.1. X lặp\n3.3 Y\nd) P\nd) Q\n5. Năm\nII. C';
    expect(outline(segment(text).sections)).toBe('I II(2 3(3.1 3.1 3.3(d d)) 5) II');
  });
});

describe('lists inside running text', () => {
  test('adjacent numbered sentences ending in ";" are list items, and the heading after them is not', () => {
    const text = ['1. Y tế', 'Trạm đã thực hiện:', 'a) khám cho 820 người;', 'b) tiêm chủng cho 215 trẻ;', 'c) truyền thông tại 8 thôn.', 'd) Dân số', 'Nội dung'].join('\n');
    const { sections, blockSection } = segment(text);
    expect(outline(sections)).toBe('1(d)');
    expect(blockSection).toEqual([0, 0, 0, 0, 0, 1, 1]);
  });

  test('adjacent numbered items opening in lower case are list items', () => {
    const text = ['I. KẾT QUẢ', '1) Tín dụng', 'Giải ngân cho:', 'a) hộ nghèo: 35 hộ', 'b) hộ cận nghèo: 21 hộ', '2) Nhà ở'].join('\n');
    expect(outline(segment(text).sections)).toBe('I(1 2)');
  });

  test('a lone numbered line ending in ";" or "." stays a heading', () => {
    expect(outline(segment('1. Kết quả\na) Cấp 120 thẻ bảo hiểm y tế;\nNội dung\nb) Hỗ trợ nhà ở.').sections)).toBe('1(a b)');
  });

  test('bold items are headings even when they end in ";"', () => {
    const source = sourceFromText('1. Kết quả\na) Hạ tầng;\nb) Ứng dụng;');
    source.blocks[1].emphasis = true;
    source.blocks[2].emphasis = true;
    expect(outline(segmentSections(source).sections)).toBe('1(a b)');
  });
});

describe('font size (pdf)', () => {
  /** The text's source with the given font sizes, one per block. */
  function sized(text: string, sizes: number[]) {
    const source = sourceFromText(text);
    source.blocks.forEach((b, i) => (b.fontSize = sizes[i]));
    return segmentSections(source).sections;
  }

  test('a heading in larger type is never put under one in smaller type', () => {
    const text = 'I. KẾT QUẢ\na) Hạ tầng\n1. Đánh giá chung\nNội dung.';
    expect(outline(sized(text, [14, 12, 14, 12]))).toBe('I(a 1)');
    expect(outline(sized(text, [14, 12, 12, 12]))).toBe('I(a(1))');
  });

  test('items in larger type than the body are headings even when they end in ";"', () => {
    const text = '1. Kết quả\na) Hạ tầng;\nb) Ứng dụng;\nNội dung.\nNội dung.\nNội dung.\nNội dung.';
    expect(outline(sized(text, [14, 14, 14, 12, 12, 12, 12]))).toBe('1(a b)');
    expect(outline(sized(text, [12, 12, 12, 12, 12, 12, 12]))).toBe('1');
  });
});

describe('bare numbers and part titles', () => {
  test('a bare part takes the next paragraph as its title and owns that block', () => {
    const { sections, blockSection } = segment('BÁO CÁO\nPhần thứ nhất\nKẾT QUẢ THỰC HIỆN\nI. CHỈ ĐẠO\nNội dung');
    expect(sections[0]).toMatchObject({ number: 'Phần thứ nhất', key: 'Phần thứ nhất', title: 'KẾT QUẢ THỰC HIỆN', style: 'part', block: 1 });
    expect(blockSection).toEqual([null, 0, 0, 1, 1]);
  });

  test('a lone number block takes the next paragraph as its title', () => {
    const { sections, blockSection } = segment('II.\nKẾT QUẢ\n1.\nỨng dụng công nghệ thông tin\nNội dung');
    expect(sections.map((s) => [s.number, s.title])).toEqual([['II.', 'KẾT QUẢ'], ['1.', 'Ứng dụng công nghệ thông tin']]);
    expect(outline(sections)).toBe('II(1)');
    expect(blockSection).toEqual([0, 0, 1, 1, 1]);
  });

  test('a bare number followed by another heading keeps an empty title and warns', () => {
    const { sections, warnings } = segment('PHẦN I\nI. CHỈ ĐẠO');
    expect(outline(sections)).toBe('PHẦN I(I)');
    expect(sections[0].title).toBe('');
    expect(warnings).toEqual([expect.objectContaining({ stage: 'segment', span: sections[0].span })]);
  });
});

describe('blocks and sections', () => {
  test('only paragraphs can be headings: table rows and footnotes never are', () => {
    const { sections, blockSection } = segment('I. KẾT QUẢ\n1\tSố lượng tin bài\t16\n¹ 1. Kế hoạch số 14/KH-UBND\n2. Hạ tầng');
    expect(outline(sections)).toBe('I(2)');
    expect(blockSection).toEqual([0, 0, 0, 1]);
  });

  test('blocks before the first heading have no section and a heading belongs to its own section', () => {
    const { sections, blockSection } = segment('Số: /UBND\nBÁO CÁO\nI. KẾT QUẢ\n- nội dung\n1. Hạ tầng\n- chi tiết\nII. KIẾN NGHỊ');
    expect(blockSection).toEqual([null, null, 0, 0, 1, 1, 2]);
    expect(sections[1]).toMatchObject({ parent: 0, block: 4, level: 2, path: ['I', '1'] });
  });

  test('a section carries its heading block span', () => {
    const source = sourceFromText('Mở đầu\n\nI. KẾT QUẢ');
    const { sections } = segmentSections(source);
    expect(sections[0].span).toEqual(source.blocks[1].span);
    expect(source.text.slice(sections[0].span.start, sections[0].span.end)).toBe('I. KẾT QUẢ');
    expect(sections[0].span.line).toBe(3);
  });

  test('a letter outside the Vietnamese alphabet is kept and warned about', () => {
    const { sections, warnings } = segment('1. Phần mềm\ne) Một\nf) Hai');
    expect(outline(sections)).toBe('1(e f)');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].span?.line).toBe(3);
  });
});

describe('appendices and the signature block', () => {
  test('an appendix heading closes every open section and numbers its own list', () => {
    const { sections } = segment('I. KẾT QUẢ\n1. Hạ tầng\nPHỤ LỤC 1\nDanh sách xã\nPhụ lục 2: Bảng số liệu\nPHỤ LỤC KẾT QUẢ CHUYỂN ĐỔI SỐ');
    expect(outline(sections)).toBe('I(1) PHỤ LỤC 1 Phụ lục 2 PHỤ LỤC');
    expect(sections.map((s) => s.title)).toEqual(['KẾT QUẢ', 'Hạ tầng', 'Danh sách xã', 'Bảng số liệu', 'KẾT QUẢ CHUYỂN ĐỔI SỐ']);
    expect(sections[2].style).toBe('appendix');
  });

  test('the headings of an appendix start a new outline: its "I." is at level 1, under the appendix', () => {
    const { sections } = segment('I. KẾT QUẢ\n1. Lâm nghiệp\nII. KIẾN NGHỊ\nTM. ỦY BAN NHÂN DÂN\nPHỤ LỤC\nSỐ LIỆU CHI TIẾT\nI. Diện tích theo thôn\n1. Thôn Đông\nII. Sản lượng');
    expect(outline(sections)).toBe('I(1) II PHỤ LỤC(I(1) II)');
    expect(sections.map((s) => s.level)).toEqual([1, 2, 1, 1, 1, 2, 1]);
  });

  test('a sentence starting with "Phụ lục" is prose, not an appendix', () => {
    expect(segment('I. KẾT QUẢ\nPhụ lục kèm theo báo cáo gồm 2 bảng.').sections).toHaveLength(1);
  });

  test('the signature block ends the body, so a table after it belongs to no section', () => {
    const { blockSection } = segment('I. KẾT QUẢ\nCó 5 trạm.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nSTT\tNội dung\n1\tTrạm\t5');
    expect(blockSection).toEqual([0, 0, null, null, null, null]);
  });
});
