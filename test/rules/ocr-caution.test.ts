import { describe, expect, it } from 'vitest';
import type { Finding, Source } from '../../src/model/index.js';
import { cautionOcr } from '../../src/rules/ocr-caution.js';

/** A scanned source of one paragraph a line; each block's words with the confidences given (all 96 unless said). */
function scan(lines: Array<[text: string, firstConf?: number]>, ocr = true): Source {
  let at = 0;
  const blocks = lines.map(([text, conf], index) => {
    const start = at;
    at += text.length + 1;
    const words: Array<{ start: number; end: number; conf: number }> = [];
    for (const m of text.matchAll(/\S+/gu)) words.push({ start: start + m.index!, end: start + m.index! + m[0].length, conf: words.length === 0 ? conf ?? 96 : 96 });
    return { index, kind: 'paragraph' as const, text, span: { start, end: start + text.length, line: index + 1, page: 1 }, ...(ocr ? { ocr: { confidence: 90, words } } : {}) };
  });
  return { path: 'x.pdf', format: 'pdf', sha256: '', encoding: 'utf-8', text: lines.map(([t]) => t).join('\n'), pages: 1, warnings: [], ...(ocr ? { ocrPages: [1] } : {}), blocks } as Source;
}

/** heading-numbering's finding on block `at` (and the block before it, when given). */
function late(source: Source, messageId: string, found: string, at: number, before?: number): Finding {
  const place = (b: number) => ({ block: b, quote: found, offset: 0, span: source.blocks[b].span });
  return {
    rule: 'heading-numbering', severity: 'error', messageId, message: `Danh sách đề mục bắt đầu từ "${found}"`, data: { found, expected: 'I.' },
    section: '', suggestion: null, evidence: [place(at), ...(before !== undefined ? [place(before)] : [])],
  };
}

describe('a heading numbered too late on a scan', () => {
  it('is a warning when a line before it opens with a word that may be a misread Roman marker', () => {
    for (const opener of ['I_', 'Il),', 'ID', 'l.']) {
      const s = scan([['BÁO CÁO'], [`${opener} TÌNH HÌNH CHUNG`, 88], ['Toàn huyện có 12 trường.'], ['III) NHIỆM VỤ TỚI']]);
      const [f] = cautionOcr([late(s, 'numberStartsLate', 'III)', 3)], s);
      expect(f.severity).toBe('warning');
      expect(f.data.ocrUnsure).toBe(opener);
      expect(f.message).toContain(`"${opener}"`);
    }
  });

  it('looks only between the previous sibling and the heading for a gap', () => {
    const s = scan([['I. MỞ ĐẦU'], ['Il KẾT QUẢ', 70], ['II. KHÓ KHĂN'], ['Huyện còn 3 xã chưa đạt.'], ['IV. KIẾN NGHỊ']]);
    // "Il" lies before "II.", the previous sibling: nothing between II. and IV. may be the lost III.
    expect(cautionOcr([late(s, 'numberGap', 'IV.', 4, 2)], s)[0].severity).toBe('error');
    expect(cautionOcr([late(s, 'numberGap', 'IV.', 4, 0)], s)[0].severity).toBe('warning');
  });

  it('stays an error when nothing between may be a marker, on typed text, or for an arabic number after a sure one', () => {
    const plain = scan([['BÁO CÁO'], ['Toàn huyện có 12 trường.'], ['1) Công tác chỉ đạo', 93], ['III) NHIỆM VỤ TỚI']]);
    expect(cautionOcr([late(plain, 'numberStartsLate', 'III)', 3)], plain)[0].severity).toBe('error');
    const typed = scan([['BÁO CÁO'], ['I_ TÌNH HÌNH'], ['III) NHIỆM VỤ']], false);
    expect(cautionOcr([late(typed, 'numberStartsLate', 'III)', 2)], typed)[0].severity).toBe('error');
    // An arabic list: a sure "2." line between is a heading read right, not a lost one; an unsure one may be.
    const sure = scan([['1. Hạ tầng'], ['2. Nhân lực', 95], ['4. Kinh phí']]);
    expect(cautionOcr([late(sure, 'numberGap', '4.', 2, 0)], sure)[0].severity).toBe('error');
    const unsure = scan([['1. Hạ tầng'], ['2, Nhân lực', 60], ['4. Kinh phí']]);
    expect(cautionOcr([late(unsure, 'numberGap', '4.', 2, 0)], unsure)[0].severity).toBe('warning');
  });

  it('is a warning when a line between holds a Roman marker run into its number, or brackets read empty', () => {
    for (const opener of ['II2', 'HI.2', 'I2.']) {
      const s = scan([['II.1 Trồng trọt'], ['Diện tích gieo cấy 1.250 ha.'], [`${opener} Chăn nuôi`, 90], ['Tổng đàn lợn 4.100 con.'], ['II.3 Thủy sản']]);
      const f = cautionOcr([late(s, 'numberGap', 'II.3', 4, 0)], s)[0];
      expect(f.severity, opener).toBe('warning');
      expect(f.data.ocrUnsure).toBe(opener);
    }
    const b = scan([['2. Vốn đầu tư'], ['() Nguồn tỉnh', 40], ['Cấp 3 tỷ đồng.'], ['(ii) Nguồn xã']]);
    expect(cautionOcr([late(b, 'numberStartsLate', '(ii)', 3, 0)], b)[0].severity).toBe('warning');
    // A sub-numbered marker read right between is a heading, not a lost one; a typed report stays an error.
    const right = scan([['II.1 Trồng trọt'], ['III.2 Chăn nuôi', 96], ['II.3 Thủy sản']]);
    expect(cautionOcr([late(right, 'numberGap', 'II.3', 2, 0)], right)[0].severity).toBe('error');
    const typed = scan([['2. Vốn đầu tư'], ['() Nguồn tỉnh'], ['(ii) Nguồn xã']], false);
    expect(cautionOcr([late(typed, 'numberStartsLate', '(ii)', 2, 0)], typed)[0].severity).toBe('error');
  });

  it('leaves other findings of the rule alone', () => {
    const s = scan([['I_ TÌNH HÌNH'], ['III) NHIỆM VỤ']]);
    const f = { ...late(s, 'numberDuplicate', 'III)', 1, 0), messageId: 'numberDuplicate' };
    expect(cautionOcr([f], s)[0].severity).toBe('error');
  });
});

describe('a number with broken separators on a scan', () => {
  const broken = (source: Source, block: number): Finding => ({
    rule: 'garbled-number', severity: 'error', messageId: 'malformedNumber', message: 'Số đồng ghi "6.07.300": dấu phân cách sai nên không đọc được giá trị',
    data: { raw: '6.07.300', unit: 'đồng' }, section: '', suggestion: null,
    evidence: [{ block, quote: '6.07.300 đồng', offset: 0, span: source.blocks[block].span }],
  });

  it('is a warning that names the marks, however sure the word was', () => {
    const s = scan([['Thu phí vệ sinh môi trường đạt 6.07.300 đồng trong quý.']]);
    const [f] = cautionOcr([broken(s, 0)], s);
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('dấu phân cách trong "6.07.300"');
  });

  it('stays an error on typed text', () => {
    const s = scan([['Thu phí vệ sinh môi trường đạt 6.07.300 đồng trong quý.']], false);
    expect(cautionOcr([broken(s, 0)], s)[0].severity).toBe('error');
  });
});
