/**
 * Lists of the lexicon moved out of the readers of src/extract and src/segment (issue 10): each list's pattern
 * matches its words as a report writes them (capitalised too, and in the old tone placement where a word has one)
 * and refuses a look-alike.
 */
import { describe, expect, it } from 'vitest';
import {
  CURRENCY_MARKS, CURRENCY_WORDS, FRACTION_WORDS, MAILBOX_WORDS, MONEY_CONTEXT_WORDS, NEGATIVE_VALUE_LEADS, NUMBER_SCALE_WORDS, PERCENT_JOIN_VERBS,
  RANGE_OPENERS, SPELLED_NAMING_WORDS, SPELLED_TIME_UNITS, TARGET_SECTION_OPENERS, TARGET_TAILS, TARGET_WORDS,
  DATE_LEAD_WORDS, GOAL_OR_COMPARISON_WORDS, MONTH_RUN_NUMBERS, OWN_PERCENT_CONNECTORS, START_END_WORDS, YEAR_NOT_PERIOD_WORDS,
  alt, BODY_NAME_WORDS, DEADLINE_NOUNS, DEADLINE_TIMING_WORDS, FOREIGN_NAME_WORDS, NEW_NAME_WORDS, NUMBERED_NAME_WORDS, OPEN_LIST_WORDS,
  RESOLVED_WORDS, YEAR_MONTH_UNITS, CLOSING_LEVEL_WORDS, INFLOW_WORDS, OPENING_LEVEL_WORDS, OUTFLOW_WORDS, PEOPLE_COUNT_NOUNS, RESULT_IS_WORDS, wordsRe,
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

describe('received and resolved files (claims-bullets)', () => {
  it('resolved: a file dealt with, however the report says it', () => {
    const re = wordsRe(RESOLVED_WORDS);
    for (const s of ['đã giải quyết 120 hồ sơ', 'Trả kết quả 98 hồ sơ', 'xử lý 12 vụ']) expect(re.test(s)).toBe(true);
    expect(re.test('tiếp nhận 130 hồ sơ')).toBe(false);
    expect(re.test('giải quyếtt')).toBe(false);
  });
  it('timing against a deadline: a timing word, one space, a deadline noun', () => {
    const re = new RegExp(`(?<![\\p{L}])(?:${alt(DEADLINE_TIMING_WORDS)}) (?:${alt(DEADLINE_NOUNS)})(?![\\p{L}])`, 'iu');
    for (const s of ['trước hạn 12', 'đúng hẹn', 'Quá hạn 3 hồ sơ', 'trễ hẹn', 'chậm hạn']) expect(re.test(s)).toBe(true);
    expect(re.test('đúng quy định')).toBe(false);
    expect(re.test('quá hạnh')).toBe(false);
  });
});

describe('lists of names (claims-lists)', () => {
  it('words that send a list to something else than the counted things', () => {
    const re = wordsRe(FOREIGN_NAME_WORDS);
    for (const s of ['cho các chức danh', 'của các xã', 'tại thôn', 'ở xã']) expect(re.test(s)).toBe(true);
    expect(re.test('06 chữ ký số')).toBe(false);
    expect(re.test('trong suốt')).toBe(true); // "trong" alone is a word here: callers judge the context
    expect(re.test('trọng điểm')).toBe(false);
  });
  it('spans of years and months', () => {
    const re = new RegExp(`\\d{1,2}\\s(?:${alt(YEAR_MONTH_UNITS)})(?![\\p{L}])`, 'u');
    expect(re.test('3 năm liên tục')).toBe(true);
    expect(re.test('6 tháng')).toBe(true);
    expect(re.test('3 tuần')).toBe(false);
    expect(re.test('6 thángg')).toBe(false);
  });
  it('words that make a list open', () => {
    const re = wordsRe(OPEN_LIST_WORDS);
    for (const s of ['như xã A, xã B', 'và các xã khác', 'Một số xã', 'nhất là xã C', 'đặc biệt là thôn 3']) expect(re.test(s)).toBe(true);
    expect(re.test('05 xã: A, B')).toBe(false);
    expect(re.test('nhưng')).toBe(false);
  });
  it('classifiers of a numbered name, in both tone placements of "tòa"', () => {
    const re = new RegExp(`^(?:${alt(NUMBERED_NAME_WORDS)})\\s+\\d{1,3}$`, 'iu');
    for (const s of ['thôn 3', 'Tổ dân phố 12', 'tiểu khu 5', 'tòa 2', 'toà 2', 'điểm trường 4']) expect(re.test(s)).toBe(true);
    expect(re.test('nghỉ hưu 03')).toBe(false);
    expect(re.test('thônn 3')).toBe(false);
  });
  it('bodies opening a name, capitalised only, both spellings of "Ủy ban"', () => {
    const re = new RegExp(`^(?:${alt(BODY_NAME_WORDS)})(?![\\p{L}])`, 'u');
    for (const s of ['Phòng Văn hóa và Thông tin', 'Trung tâm Văn hóa', 'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Chi cục Thuế']) expect(re.test(s)).toBe(true);
    expect(re.test('phòng học')).toBe(false);
    expect(re.test('Phòngg')).toBe(false);
  });
  it('words opening a new name after "và", in any case', () => {
    const re = new RegExp(`^(?:${alt(BODY_NAME_WORDS, NEW_NAME_WORDS)})(?![\\p{L}])`, 'iu');
    for (const s of ['xã Bắc Sơn', 'UBND huyện', 'ông Nguyễn Văn A', 'thị trấn X', 'phòng Y tế']) expect(re.test(s)).toBe(true);
    expect(re.test('Thông tin')).toBe(false);
    expect(re.test('xãx')).toBe(false);
  });
});

describe('dates (dates)', () => {
  it('months spelled out in a run of months, with their number', () => {
    const re = new RegExp(`^(${alt(Object.keys(MONTH_RUN_NUMBERS))}) tháng (${alt(START_END_WORDS)}) năm$`, 'iu');
    const m = re.exec('Sáu tháng đầu năm');
    expect(m && MONTH_RUN_NUMBERS[m[1].toLowerCase()]).toBe(6);
    expect(re.exec('chín tháng cuối năm')?.[2]).toBe('cuối');
    expect(re.test('bảy tháng đầu năm')).toBe(false);
    expect(re.test('ba tháng giữa năm')).toBe(false);
  });
  it('words that make "năm 2025" an end point or a horizon', () => {
    const re = new RegExp(`(?<!(?:${alt(YEAR_NOT_PERIOD_WORDS)})\\s+)năm\\s+\\d{4}`, 'iu');
    for (const s of ['đến năm 2025', 'tầm nhìn năm 2030', 'giai đoạn năm 2021', 'sau năm 2020']) expect(re.test(s)).toBe(false);
    expect(re.test('trong năm 2024')).toBe(true);
    expect(re.test('Báo cáo năm 2024')).toBe(true);
  });
  it('words between what is dated and its date', () => {
    const re = new RegExp(`(?:\\s|(?<![\\p{L}])(?:${alt(DATE_LEAD_WORDS)}))*$`, 'iu');
    expect('Hội nghị tổ chức vào sáng ngày'.replace(re, '')).toBe('Hội nghị tổ chức');
    expect('khai giảng tại'.replace(re, '')).toBe('khai giảng');
    expect('khai mạc ngàyy'.replace(re, '')).toBe('khai mạc ngàyy');
  });
});

describe('a fraction and its percent (figures)', () => {
  it('connectors that make the percent the fraction\'s own, both spellings of "tỷ lệ"', () => {
    const re = new RegExp(alt(OWN_PERCENT_CONNECTORS), 'iu');
    for (const s of [', đạt tỷ lệ', ', tỉ lệ', ' chiếm', ', tương ứng', ' ứng với']) expect(re.test(s)).toBe(true);
    expect(re.test(' hộ, ')).toBe(false);
  });
  it('goal and comparison words, not "kế hoạch hóa gia đình"', () => {
    const re = new RegExp(alt(GOAL_OR_COMPARISON_WORDS), 'iu');
    for (const s of [', vượt chỉ tiêu (', ' so với cùng kỳ', ' Kế hoạch năm', 'phấn đấu']) expect(re.test(s)).toBe(true);
    expect(re.test(' thực hiện kế hoạch hóa gia đình, ')).toBe(false);
    expect(re.test(' kế toán ')).toBe(false);
  });
});

describe('indicators in running text (indicator-sentences, indicator-match)', () => {
  it('titles of a section of targets, as prefixes', () => {
    const re = new RegExp(`^(?:${alt(TARGET_SECTION_OPENERS)})`, 'iu');
    for (const s of ['Phương hướng, nhiệm vụ 6 tháng cuối năm', 'MỘT SỐ NHIỆM VỤ TRỌNG TÂM', 'Kiến nghị, đề xuất', 'Giải pháp']) expect(re.test(s)).toBe(true);
    expect(re.test('Kết quả thực hiện')).toBe(false);
    expect(re.test('Tình hình thực hiện nhiệm vụ')).toBe(false);
  });
  it('tails of a target word before its percent', () => {
    const re = new RegExp(`(?:${alt(TARGET_WORDS)})(?:\\s+(?:${alt(TARGET_TAILS)}))*\\s*[:=]?\\s*$`, 'iu');
    for (const s of ['(mục tiêu đề ra ', 'chỉ tiêu được giao là ', 'kế hoạch năm: ', 'mục tiêu đặt ra đạt ']) expect(re.test(s)).toBe(true);
    expect(re.test('mục tiêu đã hoàn thành ')).toBe(false);
  });
  it('verbs joining a count to its percent', () => {
    const re = new RegExp(`\\s(?:${alt(PERCENT_JOIN_VERBS)})\\s`, 'iu');
    for (const s of ['21 máy đạt tỉ lệ', 'nữ chiếm 40%', ' bằng 95%']) expect(re.test(s)).toBe(true);
    expect(re.test(' đạtt ')).toBe(false);
    expect(re.test(' tương đương ')).toBe(false);
  });
  it('boxes naming the e-mail account', () => {
    const re = new RegExp(`(?:${alt(MAILBOX_WORDS)}) thư điện tử`, 'gu');
    expect('hòm thư điện tử công vụ'.replace(re, 'thư điện tử')).toBe('thư điện tử công vụ');
    expect('hộp thư điện tử'.replace(re, 'thư điện tử')).toBe('thư điện tử');
    expect('hộp thư góp ý'.replace(re, 'thư điện tử')).toBe('hộp thư góp ý');
  });
});

describe('numbers (numbers, read-figures, read-spelled)', () => {
  it('scale words after a number, hundreds up', () => {
    const re = new RegExp(`^(?:(?:${alt(NUMBER_SCALE_WORDS)})(?![\\p{L}])\\s*)+`, 'iu');
    expect(re.exec('trăm triệu đồng')?.[0].trim()).toBe('trăm triệu');
    for (const s of ['vạn', 'Tỷ', 'tỉ', 'nghìn', 'ngàn']) expect(re.test(s)).toBe(true);
    expect(re.test('triệuu')).toBe(false);
    expect(re.test('chục')).toBe(false);
  });
  it('currency words and marks after an amount', () => {
    const re = new RegExp(`^\\s*(?:${alt(CURRENCY_WORDS, CURRENCY_MARKS)})(?![\\p{L}\\d])`, 'iu');
    for (const s of [' đồng', ' VNĐ', ' VND', 'đ', ' ₫']) expect(re.test(s)).toBe(true);
    expect(re.test(' đạt')).toBe(false);
    expect(re.test(' đồng bộ')).toBe(true); // the word "đồng" itself: the reader judges the context
    expect(re.test(' USD')).toBe(false);
  });
  it('words after which "âm" is a minus sign', () => {
    const re = new RegExp(`(?:^|\\s)(?:${alt(NEGATIVE_VALUE_LEADS)})\\s+âm\\s+$`, 'iu');
    for (const s of ['Kết quả là âm ', 'chênh lệch âm ', 'Số dư âm ', 'tăng trưởng âm ']) expect(re.test(s)).toBe(true);
    expect(re.test('máy tăng âm ')).toBe(false);
  });
  it('words opening a range', () => {
    const re = new RegExp(`(?:^|[^\\p{L}])(?:${alt(RANGE_OPENERS)})\\s+$`, 'iu');
    for (const s of ['từ ', 'khoảng ', 'Tầm ', 'chừng ']) expect(re.test(s)).toBe(true);
    expect(re.test('kể từ ')).toBe(true);
    expect(re.test('dưới ')).toBe(false);
  });
  it('words that make an amount money, matched anywhere', () => {
    const re = new RegExp(alt(MONEY_CONTEXT_WORDS), 'iu');
    for (const s of ['Tổng kinh phí', 'ngân sách xã', 'vốn đầu tư', 'thu nhập bình quân', 'Học phí']) expect(re.test(s)).toBe(true);
    expect(re.test('số hộ nghèo')).toBe(false);
  });
  it('words after which a spelled number names, in both tone placements of "khóa"', () => {
    const re = new RegExp(`(?:^|[^\\p{L}])(?:${alt(SPELLED_NAMING_WORDS)})\\s+$`, 'iu');
    for (const s of ['tháng ', 'lần ', 'khóa ', 'khoá ', 'Tổ ', 'vài ']) expect(re.test(s)).toBe(true);
    expect(re.test('có ')).toBe(false);
    expect(re.test('bảntháng ')).toBe(false);
  });
  it('time words after a spelled number', () => {
    const re = new RegExp(`^\\s+(?:${alt(SPELLED_TIME_UNITS)})(?![\\p{L}])`, 'iu');
    for (const s of [' tháng', ' giờ', ' kỳ', ' thế kỷ', ' tuổi']) expect(re.test(s)).toBe(true);
    expect(re.test(' hộ')).toBe(false);
    expect(re.test(' thángg')).toBe(false);
  });
  it('words joining two spelled numbers into a fraction', () => {
    const re = new RegExp(`^\\s+(?:${alt(FRACTION_WORDS)})\\s+(?!trăm)`, 'iu');
    for (const s of [' phần ba', ' trên hai', ' chia mười']) expect(re.test(s)).toBe(true);
    expect(re.test(' phần trăm')).toBe(false);
    expect(re.test(' và hai')).toBe(false);
  });
});
