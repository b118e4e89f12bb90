import { describe, expect, it } from 'vitest';
import { extractSentences, readSentences, splitSentences } from '../../src/extract/sentences.js';
import type { Block } from '../../src/model/index.js';

const block = (text: string): Block => ({ index: 0, kind: 'paragraph', text, span: { start: 0, end: text.length, line: 1, page: null } } as unknown as Block);
const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.from, s.to).trim());
const clauses = (text: string) => readSentences(block(text)).clauses.map((c) => text.slice(c.from, c.to).trim());

describe('splitSentences', () => {
  it('ends a sentence at a point before a capital, and at "!" and "?"', () => {
    expect(sentences('Xã có 12 thôn. Dân số 4.256 người! Đúng không?')).toEqual(['Xã có 12 thôn.', 'Dân số 4.256 người!', 'Đúng không?']);
  });
  it('never ends one inside a number', () => {
    expect(sentences('Đạt 73,70% kế hoạch, tổng 4.256 hộ và 1.234.567 đồng.')).toHaveLength(1);
  });
  it('never ends one after an abbreviation', () => {
    expect(sentences('Tại TP. Hạ Long và TX. Quảng Yên có 5 điểm. Tiếp theo là xã B.')).toEqual([
      'Tại TP. Hạ Long và TX. Quảng Yên có 5 điểm.', 'Tiếp theo là xã B.',
    ]);
  });
  it('never ends one after a leading list marker', () => {
    expect(sentences('1. Kết quả thực hiện. Xã đạt 5 tiêu chí.')).toEqual(['1. Kết quả thực hiện.', 'Xã đạt 5 tiêu chí.']);
    expect(sentences('II. Nhiệm vụ năm 2025')).toEqual(['II. Nhiệm vụ năm 2025']);
  });
  it('keeps a lower-case word after a point in the same sentence (a heading number, "v.v.")', () => {
    expect(sentences('các xã A, B, v.v. được hỗ trợ')).toHaveLength(1);
  });
  it('ends a sentence before a list bullet', () => {
    expect(sentences('Kết quả như sau. - Xã A: 5 hộ.')).toEqual(['Kết quả như sau.', '- Xã A: 5 hộ.']);
  });
});

describe('clauses', () => {
  it('";" ends a clause, not a sentence', () => {
    const text = 'Xã A có 5 hộ; xã B có 7 hộ. Xã C có 2 hộ.';
    expect(clauses(text)).toEqual(['Xã A có 5 hộ;', 'xã B có 7 hộ.', 'Xã C có 2 hộ.']);
    expect(readSentences(block(text)).sentences).toHaveLength(2);
  });
  it('":" ends a clause when words follow, not before a value or a document number', () => {
    expect(clauses('Lực lượng gồm: công an, quân sự')).toEqual(['Lực lượng gồm:', 'công an, quân sự']);
    expect(clauses('Số: 12/BC-UBND')).toEqual(['Số: 12/BC-UBND']);
    expect(clauses('Hồ sơ tiếp nhận: 1.200 hồ sơ')).toEqual(['Hồ sơ tiếp nhận: 1.200 hồ sơ']);
    expect(clauses('Họp lúc 7:30 sáng')).toEqual(['Họp lúc 7:30 sáng']);
  });
  it('clauseAt finds the clause of an offset, or the statement across colons', () => {
    const text = 'Kết quả: đạt 5 hộ; còn 2 hộ.';
    const cs = extractSentences([block(text)]).clauses;
    const at = text.indexOf('5');
    expect(text.slice(cs.at(0, at)!.from, cs.at(0, at)!.to)).toBe(' đạt 5 hộ;');
    expect(text.slice(cs.at(0, at, true)!.from, cs.at(0, at, true)!.to)).toBe('Kết quả: đạt 5 hộ;');
    expect(cs.statements(0).map((s) => text.slice(s.from, s.to).trim())).toEqual(['Kết quả: đạt 5 hộ;', 'còn 2 hộ.']);
  });
});

describe('one splitter table reused for single texts', () => {
  it('reads each text alone, after a long one and between reads of clauses', () => {
    // A text of 5,000 sentences grows the shared table past what is kept; the next texts start from an empty one.
    const long = Array.from({ length: 5000 }, (_, k) => `Thôn ${k} có ${k + 1} hộ.`).join(' ');
    expect(splitSentences(long)).toHaveLength(5000);
    expect(splitSentences('Hỏi: bao nhiêu? Đáp: hai mươi; đủ!')).toEqual([
      { from: 0, to: 15, end: '?' }, { from: 15, to: 34, end: '!' },
    ]);
    const text = 'Kết quả: đạt 7:30 giờ; xong. Còn lại';
    const read = readSentences(block(text));
    expect(read.clauses.map((c) => [text.slice(c.from, c.to), c.sentence, c.end])).toEqual([
      ['Kết quả:', 0, ':'], [' đạt 7:30 giờ;', 0, ';'], [' xong.', 0, '.'], [' Còn lại', 1, ''],
    ]);
    // A split in between leaves the objects already read as they were.
    splitSentences('Một. Hai. Ba.');
    expect(read.sentences.map((s) => text.slice(s.from, s.to))).toEqual(['Kết quả: đạt 7:30 giờ; xong.', ' Còn lại']);
  });
});
