import { describe, expect, it } from 'vitest';
import type { Finding, Source } from '../../src/model/index.js';
import { cautionOcr } from '../../src/rules/ocr-caution.js';
import { analyseSource } from '../../pipelines/analyse.js';

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

describe('two numbers run together on a scan', () => {
  const line = 'Hội Chữ thập đỏ đã trao 36 52 suất quà cho hộ khó khăn.';
  it('is a warning whatever the digits\' confidence: the gap between them may be a space grouping thousands', () => {
    const found = analyseSource(scan([[line]])).findings.filter((f) => f.rule === 'garbled-number');
    expect(found.map((f) => [f.messageId, f.severity, f.data.ocrUnsure])).toEqual([['garbledNumber', 'warning', '36 52']]);
    expect(found[0].message).toContain('khoảng trống giữa các số trong "36 52"');
  });

  it('stays an error on typed text', () => {
    const found = analyseSource(scan([[line]], false)).findings.filter((f) => f.rule === 'garbled-number');
    expect(found.map((f) => [f.messageId, f.severity])).toEqual([['garbledNumber', 'error']]);
  });
});

describe('a count or sum short of its statement on a scan that may have lost an item', () => {
  const count = (source: Source, block: number, count: number, listed: number): Finding => ({
    rule: 'list-count-mismatch', severity: 'error', messageId: 'listCountMismatch', message: `Nêu ${count} nhưng liệt kê ${listed} tên`,
    data: { count, listed, items: '' }, section: '', suggestion: null,
    evidence: [{ block, quote: String(count), offset: 0, span: source.blocks[block].span }],
  });

  it('is a warning when the list markers of the passage skip one', () => {
    for (const line of [
      'Xã đề ra 04 giải pháp: (1) rà soát hộ nghèo; (2) hỗ trợ vốn vay; (4) đào tạo nghề cho lao động.',
      'Huyện chọn 04 mô hình: a) trồng nấm; b) nuôi ong; d) dệt thổ cẩm.',
      'Phường nêu 4 việc cần làm: 1) sửa đường; 2) lắp đèn; 4) nạo vét mương.',
    ]) {
      const s = scan([[line]]);
      const [f] = cautionOcr([count(s, 0, 4, 3)], s);
      expect(f.severity, line).toBe('warning');
      expect(f.message).toContain('bản quét có thể đã mất một mục');
    }
    const s = scan([['Xã đề ra 04 giải pháp: (1) rà soát hộ nghèo; (2) hỗ trợ vốn vay; (4) đào tạo nghề.']]);
    expect(cautionOcr([count(s, 0, 4, 3)], s)[0].data.ocrLost).toBe('(3)');
  });

  it('reads markers opening the lines between a count and its last bullet', () => {
    const s = scan([['Trường có 04 tổ chuyên môn:'], ['1. Tổ Toán;'], ['2. Tổ Văn;'], ['4. Tổ Ngoại ngữ.']]);
    const f = count(s, 0, 4, 3);
    f.evidence.push({ block: 3, quote: 'Tổ Ngoại ngữ', offset: 3, span: s.blocks[3].span });
    const [out] = cautionOcr([f], s);
    expect(out.severity).toBe('warning');
    expect(out.data.ocrLost).toBe('3.');
  });

  it('is a warning when a line of the passage was read with low confidence', () => {
    const s = scan([['Xã có 05 thôn đạt chuẩn: Đông, Tây, Nam, Bắc.']]);
    s.blocks[0].ocr!.confidence = 42;
    const [f] = cautionOcr([count(s, 0, 5, 4)], s);
    expect(f.severity).toBe('warning');
    expect(f.data.ocrConfidence).toBe(42);
  });

  it('stays an error when the markers run on, when the count is under the names, and on typed text', () => {
    const whole = scan([['Xã đề ra 04 giải pháp: (1) rà soát hộ nghèo; (2) hỗ trợ vốn vay; (3) đào tạo nghề.']]);
    expect(cautionOcr([count(whole, 0, 4, 3)], whole)[0].severity).toBe('error');
    // Letters by the Vietnamese order: "d) đ)" and "e) g)" count on.
    const viet = scan([['Có 06 nội dung: a) A; b) B; c) C; d) D; đ) Đ; e) E; g) G.']]);
    expect(cautionOcr([count(viet, 0, 8, 7)], viet)[0].severity).toBe('error');
    // A lost item makes fewer names, never more: three markers skipping and five names against a count of 4 is the report's.
    const over = scan([['Xã đề ra 04 giải pháp: (1) rà soát; (2) hỗ trợ; (4) đào tạo; (5) tuyên truyền; (6) kiểm tra.']]);
    expect(cautionOcr([count(over, 0, 4, 5)], over)[0].severity).toBe('error');
    const typed = scan([['Xã đề ra 04 giải pháp: (1) rà soát hộ nghèo; (2) hỗ trợ vốn vay; (4) đào tạo nghề.']], false);
    expect(cautionOcr([count(typed, 0, 4, 3)], typed)[0].severity).toBe('error');
  });

  it('reads a table row number that skips as a row lost under a total short of its statement', () => {
    const s = scan([['Bảng 1']]);
    const rows = [['STT', 'Thôn', 'Số hộ'], ['1', 'Thôn Đông', '120'], ['2', 'Thôn Tây', '95'], ['4', 'Thôn Bắc', '130'], ['', 'Tổng cộng', '460']];
    for (const cells of rows) {
      const text = cells.join('\t');
      const start = s.text.length + 1;
      s.text += `\n${text}`;
      const index = s.blocks.length;
      s.blocks.push({ index, kind: 'row', text, cells, table: 0, row: index - 1, span: { start, end: start + text.length, line: index + 1, page: 1 },
        ocr: { confidence: 92, words: [] } });
    }
    const total = (stated: number, actual: number): Finding => ({
      rule: 'table-total-mismatch', severity: 'error', messageId: 'totalRowMismatch', message: `tổng ghi ${stated}, cộng các dòng được ${actual}`,
      data: { row: 'Tổng cộng', column: 'Số hộ', stated, actual }, section: '', suggestion: null,
      evidence: [{ block: 5, quote: String(stated), offset: 0, span: s.blocks[5].span }],
    });
    const [f] = cautionOcr([total(460, 345)], s);
    expect(f.severity).toBe('warning');
    expect(f.data.ocrLost).toBe('STT 3');
    // Rows summing over the total: no lost row makes that.
    expect(cautionOcr([total(300, 345)], s)[0].severity).toBe('error');
  });

  it('reads a digit of a summed row read very unsure as a number that may have lost a digit beside it', () => {
    const s = scan([['Bảng 3']]);
    // "415" of Thôn Nam read as a sure "4" and a "5" at 18, two cells: the column sums 120 + 95 + 4 = 219, not 634.
    const rows: Array<[string[], number[]]> = [[['STT', 'Thôn', 'Số hộ', 'Số khẩu'], []], [['1', 'Thôn Đông', '120', '480'], []], [['2', 'Thôn Tây', '95', '390'], []],
      [['3', 'Thôn Nam', '4', '5', '1 660'], [96, 96, 96, 96, 18, 96, 96]], [['', 'Tổng cộng', '630', '2 530'], []]];
    for (const [cells, confs] of rows) {
      const text = cells.join('\t');
      const start = s.text.length + 1;
      s.text += `\n${text}`;
      const index = s.blocks.length;
      const words = [...text.matchAll(/\S+/gu)].map((m, k) => ({ start: start + m.index!, end: start + m.index! + m[0].length, conf: confs[k] ?? 96 }));
      s.blocks.push({ index, kind: 'row', text, cells, table: 0, row: index - 1, span: { start, end: start + text.length, line: index + 1, page: 1 },
        ocr: { confidence: 88, words } });
    }
    const total = (stated: number, actual: number): Finding => ({
      rule: 'table-total-mismatch', severity: 'error', messageId: 'totalRowMismatch', message: `tổng ghi ${stated}, cộng các dòng được ${actual}`,
      data: { row: 'Tổng cộng', column: 'Số hộ', stated, actual }, section: '', suggestion: null,
      // Each row's cell of the column: its third word.
      evidence: [5, 2, 3, 4].map((b) => {
        const w = s.blocks[b].ocr!.words[b === 5 ? 2 : 3];
        return { block: b, quote: s.text.slice(w.start, w.end), offset: w.start - s.blocks[b].span.start, span: { ...s.blocks[b].span, start: w.start, end: w.end } };
      }),
    });
    const [f] = cautionOcr([total(630, 219)], s);
    expect(f.severity).toBe('warning');
    expect([f.data.ocrLost, f.data.ocrConfidence]).toEqual(['5', 18]);
    expect(f.message).toContain('số "5" đọc với độ tin cậy 18%');
    // Rows summing over the total: a lost digit makes a sum short, never long.
    expect(cautionOcr([total(200, 219)], s)[0].severity).toBe('error');
    // The unsure digit on a row the finding does not rest on leaves it an error.
    const other = total(630, 219);
    other.evidence = other.evidence.filter((e) => e.block !== 4);
    expect(cautionOcr([other], s)[0].severity).toBe('error');
  });

  it('reads a table whose numbered rows start past 1 as one whose first rows were read apart from it', () => {
    const s = scan([['Bảng 2']]);
    const rows = [['STT', 'Xã', 'Số vụ'], ['6', 'Xã Đông', '2'], ['7', 'Xã Tây', '3'], ['8', 'Xã Nam', '4'], ['', 'Tổng cộng', '31']];
    for (const cells of rows) {
      const text = cells.join('\t');
      const start = s.text.length + 1;
      s.text += `\n${text}`;
      const index = s.blocks.length;
      s.blocks.push({ index, kind: 'row', text, cells, table: 0, row: index - 1, span: { start, end: start + text.length, line: index + 1, page: 2 },
        ocr: { confidence: 94, words: [] } });
    }
    const f: Finding = {
      rule: 'table-total-mismatch', severity: 'error', messageId: 'totalRowMismatch', message: 'tổng ghi 31, cộng các dòng được 9',
      data: { row: 'Tổng cộng', column: 'Số vụ', stated: 31, actual: 9 }, section: '', suggestion: null,
      evidence: [{ block: 5, quote: '31', offset: 0, span: s.blocks[5].span }],
    };
    const [out] = cautionOcr([f], s);
    expect(out.severity).toBe('warning');
    expect(out.data.ocrLost).toBe('STT 1–5');
  });
});

describe('the whole reading of a scan with a count short of its bullets', () => {
  it('gives a warning when a bullet line was read with low confidence, an error when every line read well', () => {
    const lines: Array<[string]> = [['Trường có 04 tổ chuyên môn, gồm:'], ['- Tổ Toán;'], ['- Tổ Văn;'], ['- Tổ Ngoại ngữ.']];
    const sure = analyseSource(scan(lines)).findings.filter((f) => f.rule === 'list-count-mismatch');
    expect(sure.map((f) => [f.severity, f.data.count, f.data.listed])).toEqual([['error', 4, 3]]);
    const s = scan(lines);
    s.blocks[2].ocr!.confidence = 35;
    const unsure = analyseSource(s).findings.filter((f) => f.rule === 'list-count-mismatch');
    expect(unsure.map((f) => [f.severity, f.data.ocrLost, f.data.ocrConfidence])).toEqual([['warning', '- Tổ Văn;', 35]]);
  });
});

describe('a stated value that is the computed one times a power of ten on a scan', () => {
  /** percent-mismatch's finding on block 0: `stated` against num/den, the computed value at one decimal at least. */
  const percent = (source: Source, stated: number, num: number, den: number): Finding => ({
    rule: 'percent-mismatch', severity: 'error', messageId: 'percentMismatch', message: `ghi ${stated}%, tính được ${num}/${den}`,
    data: { stated, num, den, actual: Math.round((num / den) * 1000) / 10 }, section: '', suggestion: null,
    evidence: [{ block: 0, quote: '', offset: 0, span: source.blocks[0].span }],
  });

  it('is a warning that names the word: its decimal mark may have been lost or misread', () => {
    // 47/52 = 90,38…%: "9038" lost its comma (×100), "90,4" read "904" (×10), "0,904" a mark moved (×0,01).
    for (const [said, stated, power] of [['904', 904, 1], ['9038', 9038, 2], ['0,904', 0.904, -2]] as const) {
      const s = scan([[`Có 47/52 hộ được hỗ trợ, đạt ${said}%.`]]);
      const [f] = cautionOcr([percent(s, stated, 47, 52)], s);
      expect(f.severity, said).toBe('warning');
      expect(f.data.ocrDecimalShift).toBe(power);
      expect(f.data.ocrUnsure).toBe(`${said}%.`);
      expect(f.message).toContain('dấu thập phân có thể bị mất hoặc nhận dạng sai');
    }
  });

  it('stays an error when the stated value is no power of ten from the computed one, and on typed text', () => {
    // 47/52 = 90,4%: 940 is the digits swapped, 804 one digit off.
    for (const stated of [940, 804, 80.4]) {
      const s = scan([[`Có 47/52 hộ được hỗ trợ, đạt ${stated}%.`]]);
      expect(cautionOcr([percent(s, stated, 47, 52)], s)[0].severity, String(stated)).toBe('error');
    }
    // 31/64 = 48,44%: 484 is 48,4 with its comma lost; 31/62 = 50% exactly, 48,4 ten times off it no more than 484 is.
    // 7/76 = 9,21%, shown 9,2: a stated 92 is 9,2 moved; 49/493 = 9,939%, shown 9,9: a stated 100 is no 10,0 moved (9,939 neither rounds nor truncates to 10,0).
    const s = (t: string) => scan([[`Có ${t}% số hộ.`]]);
    expect(cautionOcr([percent(s('484'), 484, 31, 64)], s('484'))[0].severity).toBe('warning');
    expect(cautionOcr([percent(s('92'), 92, 7, 76)], s('92'))[0].severity).toBe('warning');
    expect(cautionOcr([percent(s('100'), 100, 49, 493)], s('100'))[0].severity).toBe('error');
    expect(cautionOcr([percent(s('484'), 484, 31, 62)], s('484'))[0].severity).toBe('error');
    const typed = scan([['Có 47/52 hộ được hỗ trợ, đạt 904%.']], false);
    expect(cautionOcr([percent(typed, 904, 47, 52)], typed)[0].severity).toBe('error');
  });
});
