/**
 * A numbered item whose text opens on a figure ("b) 98% trẻ …", "2 - 95% …") is no heading, yet it holds its place in
 * its siblings' run: a run of target or task sentences with one such item is still one list of sentences, not headings
 * "a)" "c)" "d)" with a letter skipped (session 56: a targets list of an error-free report read so and flagged "sau a) là
 * c)"). Headings with a body of their own stay headings.
 */
import { describe, expect, it } from 'vitest';
import { recogniseFigureLed, recogniseHeading } from '../../src/segment/heading.js';
import { segmentSections } from '../../src/segment/index.js';
import { outline, sourceFromText } from './source-from-lines.js';
import { TITLED_WITH_FIGURE_LED } from './figure-led-docs.js';

const segment = (lines: string[]) => segmentSections(sourceFromText(lines.join('\n')));
const keys = (lists: Array<Array<{ key: string }>>) => lists.map((l) => l.map((it) => it.key).join(' '));

describe('a marker opening on a figure', () => {
  it('is read as its marker, with the text after it as its title, and is never a heading', () => {
    expect(recogniseHeading('b) 98% trẻ em trong độ tuổi được tiêm chủng đầy đủ.')).toBeNull();
    expect(recogniseFigureLed('b) 98% trẻ em trong độ tuổi được tiêm chủng đầy đủ.')).toMatchObject({ key: 'b', style: 'letter', ordinal: 2, mark: ')', title: '98% trẻ em trong độ tuổi được tiêm chủng đầy đủ.' });
    expect(recogniseFigureLed('3 - 1.250 hộ được vay vốn ưu đãi.')).toMatchObject({ key: '3', style: 'arabic', ordinal: 3, mark: '-' });
  });

  it('is no marker when a word or a division opens the line', () => {
    expect(recogniseFigureLed('Năm 2025 thu ngân sách đạt 12,4 tỷ đồng.')).toBeNull();
    expect(recogniseFigureLed('Phần 2 gồm 04 mục.')).toBeNull();
    expect(recogniseFigureLed('Có 15 hộ được hỗ trợ.')).toBeNull();
  });
});

describe('a run of sentences with a figure-led item is one list', () => {
  it('education targets: "a)" "b) 98% …" "c)" are list items, no heading skips a letter', () => {
    const seg = segment([
      'I. KẾT QUẢ NĂM HỌC 2024-2025',
      'Toàn xã có 3 trường đạt chuẩn quốc gia.',
      'II. NHIỆM VỤ NĂM HỌC 2025-2026',
      '1. Chỉ tiêu',
      'a) Huy động trẻ 5 tuổi ra lớp đạt 100% trong tổng số trẻ của xã.',
      'b) 98% học sinh hoàn thành chương trình tiểu học.',
      'c) Xây dựng thêm 01 trường đạt chuẩn quốc gia mức độ 1 trong năm học.',
      '2. Giải pháp',
      'Tăng cường kiểm tra, đánh giá chất lượng dạy học.',
      'Trên đây là báo cáo của UBND xã Hòa Bình./.',
    ]);
    // Before: "a)" and "c)" were headings under "1." (b opens on a figure, so it broke the run: a lone "a)" is no list).
    expect(outline(seg.sections)).toBe('I II(1 2)');
    expect(keys(seg.lists)).toEqual(['a b c']);
  });

  it('health targets with dashed numbers: "1 -" "2 - 95% …" "3 -" "4 -" are one list', () => {
    const seg = segment([
      'I. KẾT QUẢ CÔNG TÁC Y TẾ',
      'Trạm Y tế khám cho 4.120 lượt người.',
      'II. CHỈ TIÊU NĂM 2026',
      '1 - Duy trì xã đạt Bộ tiêu chí quốc gia về y tế xã.',
      '2 - 95% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin.',
      '3 - Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 93%.',
      '4 - Giảm tỷ lệ trẻ suy dinh dưỡng thể thấp còi xuống dưới 12%.',
      'Trên đây là báo cáo của Trạm Y tế xã Tân Lập./.',
    ]);
    expect(outline(seg.sections)).toBe('I II');
    expect(keys(seg.lists)).toEqual(['1 2 3 4']);
  });

  it('a first item opening on a figure starts the run (social insurance tasks)', () => {
    const seg = segment([
      'I. TÌNH HÌNH THỰC HIỆN',
      'Số người tham gia bảo hiểm xã hội tự nguyện là 412 người.',
      'II. NHIỆM VỤ NĂM 2026',
      'a) 100% thôn tổ chức tuyên truyền chính sách bảo hiểm xã hội tự nguyện.',
      'b) Phát triển thêm 60 người tham gia bảo hiểm xã hội tự nguyện.',
      'c) Phối hợp với Bưu điện xã rà soát người hết hạn thẻ bảo hiểm y tế.',
      'Trên đây là báo cáo của UBND xã Phú Thọ./.',
    ]);
    expect(outline(seg.sections)).toBe('I II');
    expect(keys(seg.lists)).toEqual(['a b c']);
  });

  it('a running-text list whose middle item opens on a figure is one list, no heading (poverty counts)', () => {
    const seg = segment([
      'I. KẾT QUẢ GIẢM NGHÈO',
      'Kết quả rà soát cuối năm 2025 gồm:',
      'a) hộ nghèo còn 35 hộ, giảm 12 hộ;',
      'b) 20 hộ cận nghèo, giảm 4 hộ;',
      'c) hộ mới thoát nghèo: 12 hộ.',
      'II. NHIỆM VỤ',
      'Hỗ trợ sinh kế cho các hộ nghèo.',
    ]);
    // Before: "b)" broke the run, so "a)" and "c)" were each alone, not a list, and both read as headings.
    expect(outline(seg.sections)).toBe('I II');
    expect(seg.markers).toEqual([]);
  });

  it('short titles with a body stay headings, a figure-led line between them aside (agriculture)', () => {
    const seg = segment([
      ...TITLED_WITH_FIGURE_LED,
      'II. NHIỆM VỤ',
      'Phòng chống dịch bệnh cho đàn gia súc.',
    ]);
    expect(outline(seg.sections)).toBe('I(a c) II');
    expect(seg.lists).toEqual([]);
    expect(seg.markers.map((m) => m.key)).toEqual(['b']);
  });
});
