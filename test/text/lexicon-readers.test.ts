/**
 * Lists of the lexicon moved out of the readers of src/extract and src/segment (issue 10): each list's pattern
 * matches its words as a report writes them (capitalised too, and in the old tone placement where a word has one)
 * and refuses a look-alike.
 */
import { describe, expect, it } from 'vitest';
import {
  CLOSING_LEVEL_WORDS, INFLOW_WORDS, OPENING_LEVEL_WORDS, OUTFLOW_WORDS, PEOPLE_COUNT_NOUNS, RESULT_IS_WORDS, wordsRe,
} from '../../src/text/lexicon.js';

describe('stock and flow (claims-balance)', () => {
  it('opening levels: the start of a year, term, quarter, school year, or what an earlier period handed over', () => {
    const re = wordsRe(OPENING_LEVEL_WORDS);
    expect(re.test('Đầu năm có 146 hộ nghèo')).toBe(true);
    expect(re.test('đầu năm học 2023-2024 có 412 học sinh')).toBe(true);
    expect(re.test('kỳ trước chuyển sang 12 hồ sơ')).toBe(true);
    expect(re.test('đầu tư 12 tỷ đồng')).toBe(false);
    expect(re.test('cuối năm còn 121 hộ')).toBe(false);
  });
  it('closing levels: the end of a period, a cut-off date, what is left', () => {
    const re = wordsRe(CLOSING_LEVEL_WORDS);
    for (const s of ['cuối năm còn 121 hộ', 'Đến ngày 15/6 số hộ nghèo là 121 hộ', 'hiện còn 8 hồ sơ', 'còn lại 3 vụ', 'tính đến 30/6']) expect(re.test(s)).toBe(true);
    expect(re.test('đến nơi')).toBe(false);
    expect(re.test('cuối cùng')).toBe(false);
  });
  it('inflows: births, moves in, recruitment, new poor households', () => {
    const re = wordsRe(INFLOW_WORDS);
    for (const s of ['phát sinh mới 07 hộ nghèo', '38 trẻ sinh ra', 'chuyển đến 12 người', 'tuyển dụng 3 viên chức', 'tái nghèo 2 hộ']) expect(re.test(s)).toBe(true);
    expect(re.test('nhập khẩu 12 tấn')).toBe(false);
    expect(re.test('tăngcường')).toBe(false);
  });
  it('outflows: leaving poverty, deaths, moves out, retirements, culled livestock in both tone placements', () => {
    const re = wordsRe(OUTFLOW_WORDS);
    for (const s of ['38 hộ thoát nghèo', '5 người chết', 'chuyển đi 4 nhân khẩu', 'nghỉ hưu 03', 'tiêu hủy 120 con', 'tiêu huỷ 120 con']) expect(re.test(s)).toBe(true);
    expect(re.test('thoáng mát')).toBe(false);
    expect(re.test('giảmthiểu')).toBe(false);
  });
  it('people count nouns: the kinds of people a population is counted in', () => {
    const re = new RegExp(`^(?:${wordsRe(PEOPLE_COUNT_NOUNS).source})$`, 'iu');
    for (const w of ['người', 'Nhân khẩu', 'trẻ', 'em', 'học sinh', 'đoàn viên']) expect(re.test(w)).toBe(true);
    expect(re.test('hộ')).toBe(false);
    expect(re.test('người dân')).toBe(false);
  });
  it('result words: what sets a value equal to the formula before it', () => {
    const re = new RegExp(`\\)\\s*(?:${wordsRe(RESULT_IS_WORDS).source})\\s*$`, 'iu');
    expect(re.test('(tổng thu trừ tổng chi) là')).toBe(true);
    expect(re.test('(thu trừ chi) bằng')).toBe(true);
    expect(re.test('(thu trừ chi) đạt')).toBe(true);
    expect(re.test('(thu trừ chi) lãi')).toBe(false);
  });
});
