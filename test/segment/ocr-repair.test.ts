import { describe, expect, it } from 'vitest';
import type { Block, Source } from '../../src/model/index.js';
import { segmentSections } from '../../src/segment/index.js';

/** A scanned report's blocks, each with its first word's OCR confidence. */
function scanned(lines: Array<[string, number, string?]>, ocr = true): Source {
  const blocks: Block[] = [];
  let at = 0;
  for (const [text, conf, alt] of lines) {
    const first = text.split(' ')[0];
    blocks.push({
      index: blocks.length, kind: 'paragraph', text, span: { start: at, end: at + text.length, line: blocks.length + 1, page: 1 },
      ...(ocr ? { ocr: { confidence: conf, words: [{ start: at, end: at + first.length, conf, ...(alt ? { alt } : {}) }] } } : {}),
    });
    at += text.length + 1;
  }
  return { path: 'x.pdf', format: 'pdf', sha256: '', encoding: 'utf-8', text: lines.map(([t]) => t).join('\n'), blocks, pages: 1, warnings: [], ...(ocr ? { ocrPages: [1] } : {}) };
}

const body = 'Nội dung của mục này được trình bày như sau đây.';

describe('numbering markers OCR misread', () => {
  it('reads an unsure "II -" between "II -" and "IV -" as "III -", and its sub-sections follow', () => {
    const source = scanned([['I - TÌNH HÌNH CHUNG', 96], [body, 96], ['II - KẾT QUẢ', 95], [body, 96], ['II - TỒN TẠI', 64], ['1. Hạn chế', 95], [body, 96], ['IV - PHƯƠNG HƯỚNG', 93]]);
    const { sections } = segmentSections(source);
    expect(sections.map((s) => s.path.join(' > '))).toEqual(['I', 'II', 'III', 'III > 1', 'IV']);
    expect(sections[2].number).toBe('III -');
  });

  it('keeps an unsure "II." of strokes only between "II." and "IV.": its strokes were counted in the image', () => {
    // The report typed the duplicate: the page shows two strokes, and heading-numbering judges it (a warning, unsure).
    const stops = scanned([['I. CÔNG TÁC CHỈ ĐẠO', 96], [body, 96], ['II. KẾT QUẢ THU HỒI ĐẤT', 95], [body, 96], ['II. GIẢI QUYẾT KHIẾU NẠI', 72], [body, 96], ['IV. KIẾN NGHỊ', 93]]);
    expect(segmentSections(stops).sections.map((s) => s.number)).toEqual(['I.', 'II.', 'II.', 'IV.']);
    const brackets = scanned([['I) Trồng trọt', 96], [body, 96], ['II) Chăn nuôi', 95], [body, 96], ['II) Thủy sản', 60], [body, 96], ['IV) Lâm nghiệp', 93]]);
    expect(segmentSections(brackets).sections.map((s) => s.key)).toEqual(['I', 'II', 'II', 'IV']);
  });

  it('leaves a sure duplicate, and a typed document, for heading-numbering to report', () => {
    const lines: Array<[string, number]> = [['I. TÌNH HÌNH CHUNG', 96], [body, 96], ['II. KẾT QUẢ', 95], [body, 96], ['II. TỒN TẠI', 93], [body, 96], ['IV. PHƯƠNG HƯỚNG', 93]];
    expect(segmentSections(scanned(lines)).sections.map((s) => s.key)).toEqual(['I', 'II', 'II', 'IV']);
    const typed = lines.map(([t]) => [t, 10] as [string, number]);
    expect(segmentSections(scanned(typed, false)).sections.map((s) => s.key)).toEqual(['I', 'II', 'II', 'IV']);
  });

  it('leaves an unsure duplicate alone when the next number does not skip one', () => {
    const source = scanned([['I. TÌNH HÌNH CHUNG', 96], [body, 96], ['II. KẾT QUẢ', 95], [body, 96], ['II. TỒN TẠI', 60], [body, 96], ['III. PHƯƠNG HƯỚNG', 93]]);
    expect(segmentSections(source).sections.map((s) => s.key)).toEqual(['I', 'II', 'II', 'III']);
  });

  it('at the end of a list, keeps an unsure arabic duplicate its second reading does not read as the next number', () => {
    const lines = (alt?: string): Array<[string, number, string?]> => [
      ['I. KẾT QUẢ ĐẠT ĐƯỢC', 96], ['1. Về trồng trọt', 95], [body, 96], ['2. Về chăn nuôi', 95], [body, 96], ['2. Về thủy sản', 72, alt], [body, 96],
    ];
    expect(segmentSections(scanned(lines())).sections.map((s) => s.path.join(' > '))).toEqual(['I', 'I > 1', 'I > 2', 'I > 2']);
    expect(segmentSections(scanned(lines('8.'))).sections.map((s) => s.key)).toEqual(['I', '1', '2', '2']);
  });

  it('at the end of a list, repairs an unsure arabic duplicate read again as the next number but keeps a Roman one of strokes, counted in the image', () => {
    const roman = scanned([['I. KẾT QUẢ ĐẠT ĐƯỢC', 96], [body, 96], ['II. HẠN CHẾ', 95], [body, 96], ['II. ĐỀ XUẤT', 70], [body, 96]]);
    expect(segmentSections(roman).sections.map((s) => s.key)).toEqual(['I', 'II', 'II']);
    const dashed = scanned([['I - KẾT QUẢ ĐẠT ĐƯỢC', 96], [body, 96], ['II - HẠN CHẾ', 95], [body, 96], ['II - ĐỀ XUẤT', 70], [body, 96]]);
    expect(segmentSections(dashed).sections.map((s) => s.key)).toEqual(['I', 'II', 'III']);
    const arabic = scanned([['I. KẾT QUẢ ĐẠT ĐƯỢC', 96], ['1. Về thu ngân sách', 95], [body, 96], ['2. Về chi ngân sách', 95], [body, 96], ['2. Về đầu tư công', 70, '3.'], [body, 96]]);
    expect(segmentSections(arabic).sections.map((s) => s.path.join(' > '))).toEqual(['I', 'I > 1', 'I > 2', 'I > 3']);
  });

  it('before a sibling that skips one, keeps an unsure arabic duplicate unless its second reading gives the next number', () => {
    // "1.", "2.", "2.", "4." as typed: the two readings of the second "2." agree, so the page shows a duplicate and a skip.
    const lines = (alt?: string): Array<[string, number, string?]> => [
      ['II. NHIỆM VỤ ĐÃ LÀM', 96], ['1. Cấp giấy chứng nhận', 95], [body, 96], ['2. Đo đạc địa chính', 95], [body, 96],
      ['2. Bồi thường giải phóng mặt bằng', 48, alt], [body, 96], ['4. Thanh tra đất đai', 52], [body, 96],
    ];
    expect(segmentSections(scanned(lines())).sections.map((s) => s.key)).toEqual(['II', '1', '2', '2', '4']);
    expect(segmentSections(scanned(lines('3.'))).sections.map((s) => s.key)).toEqual(['II', '1', '2', '3', '4']);
  });

  it('reads a lower-case Roman marker in brackets the same way, and writes it in lower case', () => {
    const source = scanned([['1. Nguồn nước', 96], ['(i) Giếng khoan', 90], [body, 96], ['(ii) Nước máy', 60], [body, 96], ['(ii) Bể chứa', 40], [body, 96]]);
    const { sections } = segmentSections(source);
    expect(sections.map((s) => s.number)).toEqual(['1.', '(i)', '(ii)', '(iii)']);
    expect(sections.map((s) => s.path.join(' > '))).toEqual(['1', '1 > i', '1 > ii', '1 > iii']);
  });
});
