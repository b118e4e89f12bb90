/**
 * Lists of the lexicon moved out of the readers of src/extract and src/segment (issue 10): each list's pattern
 * matches its words as a report writes them (capitalised too, and in the old tone placement where a word has one)
 * and refuses a look-alike.
 */
import { describe, expect, it } from 'vitest';
import {
  ADMIN_LEVEL_WORDS, altInitialCase, COUNCIL_WORDS, DONE_WORDS, GENERIC_HEADER_WORDS, ISATION_WORDS, LABEL_LEADING_WORDS, MACHINE_KIND_WORDS,
  SCALED_CURRENCY_WORDS, SIGNER_TITLES, SIGNING_BODIES, SOCIETY_WORDS, WHOLE_TOTAL_WORDS, YEAR_START_WORDS,
  CURRENCY_MARKS, CURRENCY_WORDS, FRACTION_WORDS, MAILBOX_WORDS, MONEY_CONTEXT_WORDS, NEGATIVE_VALUE_LEADS, NUMBER_SCALE_WORDS, PERCENT_JOIN_VERBS,
  RANGE_OPENERS, SPELLED_NAMING_WORDS, SPELLED_TIME_UNITS, TARGET_SECTION_OPENERS, TARGET_TAILS, TARGET_WORDS,
  DATE_LEAD_WORDS, GOAL_OR_COMPARISON_WORDS, MONTH_RUN_NUMBERS, OWN_PERCENT_CONNECTORS, START_END_WORDS, YEAR_NOT_PERIOD_WORDS,
  alt, BODY_NAME_WORDS, BODY_WORD_COMPOUNDS, DEADLINE_NOUNS, DEADLINE_TIMING_WORDS, FOREIGN_NAME_WORDS, NEW_NAME_WORDS, NUMBERED_NAME_WORDS, OPEN_LIST_WORDS,
  ORDINAL_HEADING_CARDINALS, RESOLVED_WORDS, YEAR_MONTH_UNITS, CARRIED_IN_WORDS, CARRIED_PERIOD_WORDS, KILOMETRE_POST_WORDS, ROAD_WORDS, CARRIED_STOCK_WORDS, CAPACITY_WORDS, CLOSING_LEVEL_WORDS, INFLOW_WORDS, OPENING_LEVEL_WORDS, OUTFLOW_WORDS, PEOPLE_HEAD_WORDS, QUANTITY_LEAD_WORDS, RESULT_IS_WORDS, wordsRe,
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
  it('carried stock: a stock word, an earlier period and a carrying word, each a whole word', () => {
    for (const w of [...CARRIED_STOCK_WORDS, ...CARRIED_PERIOD_WORDS, ...CARRIED_IN_WORDS]) expect(wordsRe([w]).test(`${w} `)).toBe(true);
    expect(wordsRe(CARRIED_STOCK_WORDS).test('tồn từ năm 2024 chuyển sang 37 đơn')).toBe(true);
    expect(wordsRe(CARRIED_IN_WORDS).test('chuyển sang đất ở 12 trường hợp')).toBe(true);
    expect(wordsRe(CARRIED_STOCK_WORDS).test('tồi tệ')).toBe(false);
    expect(wordsRe(CARRIED_PERIOD_WORDS).test('kỹ năng')).toBe(false);
  });
  it('kilometre posts and the roads they stand on, as whole words', () => {
    for (const w of KILOMETRE_POST_WORDS) expect(wordsRe(KILOMETRE_POST_WORDS).test(`tại ${w.toUpperCase()} 12`)).toBe(true);
    for (const w of ROAD_WORDS) expect(wordsRe(ROAD_WORDS).test(`Km 12 ${w} 5`)).toBe(true);
    expect(wordsRe(KILOMETRE_POST_WORDS).test('kmh')).toBe(false);
    expect(wordsRe(ROAD_WORDS).test('đườngtỉnh')).toBe(false);
  });
  it('capacity: what a plant or a hall can hold or handle', () => {
    const re = wordsRe(CAPACITY_WORDS);
    for (const s of ['công suất thiết kế 100 tấn/ngày', 'Sức chứa 500 chỗ', 'quy mô thiết kế 12 lớp']) expect(re.test(s)).toBe(true);
    expect(re.test('công sức 12 ngày')).toBe(false);
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
    const re = new RegExp(`^(?:${wordsRe(PEOPLE_HEAD_WORDS).source})$`, 'iu');
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
  it('common nouns opening with a body\'s word, in either initial case', () => {
    const re = new RegExp(`^(?:${altInitialCase(BODY_WORD_COMPOUNDS)})(?![\\p{L}])`, 'u');
    for (const s of ['Trường học', 'trường học', 'Tổ chức và hoạt động', 'Hội nghị', 'Phòng, chống tội phạm']) expect(re.test(s)).toBe(true);
    expect(re.test('Trường THCS Kim Đồng')).toBe(false);
    expect(re.test('Tổ công nghệ số')).toBe(false);
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
  it('verbs and totals stating a quantity right after them (malformed-numbers), in both tone placements of "lũy"', () => {
    const re = new RegExp(`(?:^|[^\\p{L}])(?:${alt(QUANTITY_LEAD_WORDS)})\\s*$`, 'u');
    for (const s of ['doanh thu đạt ', 'tổng cộng', 'luỹ kế ', 'số vụ là ', 'hiện còn ']) expect(re.test(s)).toBe(true);
    expect(re.test('theo mục ')).toBe(false);
    expect(re.test('nhà ga ')).toBe(false);
    expect(re.test('hạt ')).toBe(false);
  });
  it('words joining two spelled numbers into a fraction', () => {
    const re = new RegExp(`^\\s+(?:${alt(FRACTION_WORDS)})\\s+(?!trăm)`, 'iu');
    for (const s of [' phần ba', ' trên hai', ' chia mười']) expect(re.test(s)).toBe(true);
    expect(re.test(' phần trăm')).toBe(false);
    expect(re.test(' và hai')).toBe(false);
  });
});

describe('places (places)', () => {
  it('levels of a unit, each syllable in either case, the rest in lower case', () => {
    const re = new RegExp(`^(?:${altInitialCase(ADMIN_LEVEL_WORDS)})$`, 'u');
    for (const s of ['xã', 'Xã', 'Thị xã', 'thị Xã', 'Thành phố', 'phường', 'Tỉnh', 'thị trấn']) expect(re.test(s)).toBe(true);
    expect(re.test('XÃ')).toBe(false);
    expect(re.test('thôn')).toBe(false);
  });
  it('levels of a unit in capitals', () => {
    const re = new RegExp(`^(?:${alt(ADMIN_LEVEL_WORDS.map((w) => w.toUpperCase()))})$`, 'u');
    for (const s of ['XÃ', 'THỊ TRẤN', 'THÀNH PHỐ', 'HUYỆN']) expect(re.test(s)).toBe(true);
    expect(re.test('Xã')).toBe(false);
  });
  it("the people's committee in capitals, both tone placements of \"ỦY\"", () => {
    const re = new RegExp(alt(COUNCIL_WORDS.map((w) => w.toUpperCase())).split(' ').join('\\s+'), 'u');
    for (const s of ['ỦY BAN NHÂN DÂN XÃ A', 'UỶ BAN  NHÂN DÂN', 'UBND HUYỆN']) expect(re.test(s)).toBe(true);
    expect(re.test('Ủy ban nhân dân')).toBe(false);
    expect(re.test('HĐND XÃ')).toBe(false);
  });
  it('words before "xã hội" that make it society, both tone placements of "văn hóa"', () => {
    const re = new RegExp(`(?:${alt(SOCIETY_WORDS)})\\s*[-–,]?\\s*$`, 'iu');
    for (const s of ['phát triển kinh tế - ', 'văn hóa - ', 'Văn hoá, ', 'an sinh ', 'tệ nạn ']) expect(re.test(s)).toBe(true);
    expect(re.test('Ủy ban nhân dân ')).toBe(false);
  });
  it('"-hóa" after "xã hội", in both tone placements', () => {
    const re = new RegExp(`^(?:${alt(ISATION_WORDS)})$`, 'iu');
    expect(re.test('hóa')).toBe(true);
    expect(re.test('hoá')).toBe(true);
    expect(re.test('Hòa')).toBe(false);
  });
  it('the currency of a scaled money unit, in lower case or all capitals', () => {
    const re = new RegExp(`^\\s*(?:${alt(SCALED_CURRENCY_WORDS, SCALED_CURRENCY_WORDS.map((w) => w.toUpperCase()))})(?![\\p{L}])`, 'u');
    expect(re.test(' đồng')).toBe(true);
    expect(re.test(' ĐỒNG')).toBe(true);
    expect(re.test(' Đồng Tháp')).toBe(false);
    expect(re.test(' đồngg')).toBe(false);
  });
});

describe('figure readings (quantities)', () => {
  it('the start of the year as an earlier value, not in a period\'s name', () => {
    const re = new RegExp(`(?<!tháng )(?:${alt(YEAR_START_WORDS)})(?![\\p{L}])`, 'u');
    expect(re.test('tăng 5 hộ so với đầu năm')).toBe(true);
    expect(re.test('6 tháng đầu năm')).toBe(false);
    expect(re.test('đầu nămm')).toBe(false);
  });
  it('header words that frame a column without naming what it measures', () => {
    const re = wordsRe(GENERIC_HEADER_WORDS);
    for (const s of ['Kỳ báo cáo', 'Kết quả', 'Tổng số', 'Số lượng', 'Quý', 'Ghi chú']) expect(re.test(s)).toBe(true);
    expect(re.test('Số hộ')).toBe(false);
    expect(re.test('Phòng học')).toBe(false);
  });
});

describe('share phrases (shares)', () => {
  it('total words before the whole a share names, "tổng số" before "tổng"', () => {
    const re = new RegExp(`^(?:(${alt(WHOLE_TOTAL_WORDS)})\\s+)?(\\p{L}+)`, 'iu');
    expect(re.exec('tổng số hộ')?.slice(1)).toEqual(['tổng số', 'hộ']);
    expect(re.exec('Tổng vốn')?.slice(1)).toEqual(['Tổng', 'vốn']);
    expect(re.exec('lực lượng lao động')?.slice(1)).toEqual([undefined, 'lực']);
  });
  it('aspect words opening what was done of a total', () => {
    const re = new RegExp(`^,\\s*(?:${alt(DONE_WORDS)})\\s+(?:\\p{L}+\\s+){1,4}$`, 'iu');
    expect(re.test(', đã cứng hóa ')).toBe(true);
    expect(re.test(', đã được cứng hóa mặt đường ')).toBe(true); // four words after "đã được", five after "đã"
    expect(re.test(', được ')).toBe(false);
    expect(re.test(', trong đó có ')).toBe(false);
  });
});

describe('label similarity (similarity)', () => {
  it('kinds of machine after "máy": a bare "máy" is a computer', () => {
    const re = new RegExp(`máy(?! (?:${alt(MACHINE_KIND_WORDS)}))(?![\\p{L}])`, 'u');
    expect(re.test('21 máy')).toBe(true);
    expect(re.test('máy đã kết nối')).toBe(true);
    for (const s of ['máy in', 'máy photocopy', 'máy chiếu', 'máy tính', 'máy bơm']) expect(re.test(s)).toBe(false);
  });
  it('words that open a label without adding to it', () => {
    const re = new RegExp(`^(?:(?:${alt(LABEL_LEADING_WORDS)})\\s+)+`, 'u');
    expect('tổng số hộ'.replace(re, '')).toBe('hộ');
    expect('tỷ lệ hộ nghèo'.replace(re, '')).toBe('hộ nghèo');
    expect('tổng cộng số lượng máy'.replace(re, '')).toBe('máy');
    expect('số hóa hồ sơ'.replace(re, '')).toBe('hóa hồ sơ'); // "số" opens a label even in "số hóa": the list is of openers
    expect('hộ nghèo'.replace(re, '')).toBe('hộ nghèo');
  });
});

describe('headings and signatures (segment/heading)', () => {
  it('cardinals one to ten in order, opening "Hai là, …" in any case, never inside a longer word', () => {
    expect(ORDINAL_HEADING_CARDINALS.indexOf('bốn') + 1).toBe(4);
    expect(ORDINAL_HEADING_CARDINALS).toHaveLength(10);
    const re = new RegExp(`^(?:${alt(ORDINAL_HEADING_CARDINALS)})\\s+là`, 'iu');
    for (const s of ['Một là, tăng cường', 'HAI LÀ: KIẾN NGHỊ', 'Mười là, công tác khác']) expect(re.test(s)).toBe(true);
    expect(re.test('Bảng là')).toBe(false);
    expect(re.test('Mười hai là')).toBe(false);
  });
  it('signer titles in capitals', () => {
    const re = new RegExp(`^(?:${alt(SIGNER_TITLES.map((w) => w.toUpperCase()))})`, 'u');
    for (const s of ['CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'GIÁM ĐỐC', 'UỶ BAN NHÂN DÂN', 'ỦY BAN']) expect(re.test(s)).toBe(true);
    expect(re.test('Chủ tịch')).toBe(false);
    expect(re.test('KẾT QUẢ THỰC HIỆN')).toBe(false);
  });
  it('bodies opening a signature block in capitals, both tone placements of "ỦY"', () => {
    const re = new RegExp(`^(?:TM|KT)\\s*\\.\\s*(?:${alt(SIGNING_BODIES.map((w) => w.toUpperCase()))})`, 'u');
    for (const s of ['TM. ỦY BAN NHÂN DÂN', 'TM. UỶ BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'TM. ĐẢNG ỦY', 'TM. ĐẢNG UỶ', 'TM. BAN THƯỜNG VỤ']) expect(re.test(s)).toBe(true);
    expect(re.test('TM. Ủy ban nhân dân')).toBe(false);
    expect(re.test('KT. GIÁM ĐỐC')).toBe(false);
  });
});
