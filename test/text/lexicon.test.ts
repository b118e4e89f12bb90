import { describe, expect, it } from 'vitest';
import {
  alt, AMONG, AS_FOLLOWS, BULLET_CHARS, CHANGE_VERBS, COMPARISON, COMPARISON_WORDS, COMPLETION_VERBS, CONSISTS_OF,
  CUMULATIVE, CUMULATIVE_WORDS, DIVIDED_INTO, DURATION_UNITS, EACH_WORDS, GROUP_HEADS, HEDGES, OF_WHICH, PART_CONNECTOR,
  PERIOD_UNITS, PERSON_NOUNS, PLACE_KIND_WORDS, PLAN, PLAN_WORDS, PRIOR_WORDS, RATE_WORD, RATE_WORDS, RUNNING_TOTAL_WORDS, SEPARATELY,
  SHARE_VERBS, SPECIFICALLY, spellings, TARGET_WORDS, TOTAL_WORDS, wordsRe, RECEIVED_WORDS, LOAD_ASSIGNED_WORDS, EXAMPLE_LEAD_WORDS, WHOLE_FRAME_WORDS, OFFICIAL_POST_WORDS, PERSON_MIDDLE_NAMES, CEILING_WORDS, CURRENT_PERIOD_WORDS,
} from '../../src/text/lexicon.js';

describe('spellings and alternations', () => {
  it('refuses a cue word when the word after it makes another term ("kế hoạch hóa gia đình" is not a plan)', () => {
    const plan = wordsRe(PLAN_WORDS);
    expect(plan.test('Công tác dân số - kế hoạch hóa gia đình')).toBe(false);
    expect(plan.test('Công tác dân số - kế hoạch hoá gia đình')).toBe(false);
    expect(plan.test('đạt 95% kế hoạch năm')).toBe(true);
    expect(plan.test('theo kế hoạch, hóa đơn điện tử')).toBe(true);
  });

  it('accepts both tone placements of oa/oe/uy syllables', () => {
    expect(spellings('lũy kế').sort()).toEqual(['luỹ kế', 'lũy kế'].sort());
    expect(spellings('hòa')).toContain('hoà');
    expect(spellings('gồm')).toEqual(['gồm']);
  });
  it('puts longer words first so "gồm có" wins over "gồm"', () => {
    expect(new RegExp(`(${alt(CONSISTS_OF)})`, 'u').exec('gồm có 3 xã')![1]).toBe('gồm có');
  });
  it('escapes regex characters', () => {
    expect(new RegExp(`^(?:${alt(['a.b'])})$`, 'u').test('axb')).toBe(false);
  });
});

describe('part and whole connectors', () => {
  it.each([...OF_WHICH, ...CONSISTS_OF, ...DIVIDED_INTO, ...SPECIFICALLY, ...SEPARATELY])('"%s" is a connector', (w) => {
    expect(PART_CONNECTOR.test(`120 hộ, ${w} 40 hộ nghèo`)).toBe(true);
    expect(PART_CONNECTOR.test(`120 hộ, ${w.toUpperCase()} 40 hộ`)).toBe(true);
  });
  it('does not match look-alikes inside longer words', () => {
    expect(PART_CONNECTOR.test('riêngtư gồmm')).toBe(false);
    expect(PART_CONNECTOR.test('trong đóng góp')).toBe(false);
  });
  it('group heads of a table are connectors that cover their rows', () => {
    expect([...GROUP_HEADS].sort()).toEqual(['bao gồm', 'chia ra', 'gồm', 'trong đó']);
    expect(AS_FOLLOWS).toEqual(['như sau']);
    expect(wordsRe(AMONG).test('trong số các xã')).toBe(true);
  });
  it('totals', () => {
    const re = wordsRe(TOTAL_WORDS);
    expect(re.test('Tổng cộng: 45')).toBe(true);
    expect(re.test('Tổng số hộ')).toBe(true);
    expect(re.test('tổngkết')).toBe(false);
  });
});

describe('rates, plans, comparison', () => {
  it('both spellings of "tỷ lệ"', () => {
    expect(RATE_WORDS).toEqual(['tỷ lệ', 'tỉ lệ']);
    expect(RATE_WORD.test('đạt tỉ lệ 90%')).toBe(true);
    expect(RATE_WORD.test('Tỷ lệ hộ nghèo')).toBe(true);
    expect(RATE_WORD.test('tỷ lệnh')).toBe(false);
  });
  it('plan and target words', () => {
    for (const w of TARGET_WORDS) expect(PLAN_WORDS).toContain(w);
    expect(PLAN.test('vượt kế hoạch')).toBe(true);
    expect(PLAN.test('chỉ tiêu được giao')).toBe(true);
    expect(PLAN.test('kế toán')).toBe(false);
  });
  it('completion verbs and change verbs', () => {
    const re = new RegExp(`^(?:${alt(COMPLETION_VERBS)})$`, 'u');
    for (const w of ['đạt', 'vượt', 'hoàn thành', 'chưa hoàn thành', 'không đạt']) expect(re.test(w)).toBe(true);
    expect(re.test('thành')).toBe(false);
    expect(CHANGE_VERBS).toEqual(['tăng', 'giảm']);
  });
  it('comparison words', () => {
    for (const w of COMPARISON_WORDS) expect(COMPARISON.test(`giá trị ${w} 5`)).toBe(true);
    expect(COMPARISON.test('tăng cường')).toBe(true); // "tăng" is a word of "tăng cường": callers judge the context
    expect(COMPARISON.test('hơnh')).toBe(false);
    expect(wordsRe(PRIOR_WORDS).test('so với cùng kỳ')).toBe(true);
  });
  it('share verbs and hedges', () => {
    expect(wordsRe(SHARE_VERBS).test('chiếm 45%')).toBe(true);
    expect(wordsRe(SHARE_VERBS).test('chiếmm')).toBe(false);
    expect(wordsRe(HEDGES).test('khoảng 30')).toBe(true);
    expect(wordsRe(HEDGES).test('khoảnh')).toBe(false);
  });

  it('verbs of what came in ("tiếp nhận", "thụ lý")', () => {
    expect(wordsRe(RECEIVED_WORDS).test('Tiếp nhận 23 đơn')).toBe(true);
    expect(wordsRe(RECEIVED_WORDS).test('thụ lý 12 vụ việc')).toBe(true);
    expect(wordsRe(RECEIVED_WORDS).test('nhận hỗ trợ 5 hộ')).toBe(false);
  });

  it('words opening an instance of what was told before ("Điển hình là …")', () => {
    expect(wordsRe(EXAMPLE_LEAD_WORDS).test('Điển hình là cuộc cưỡng chế ngày 14/10')).toBe(true);
    expect(wordsRe(EXAMPLE_LEAD_WORDS).test('tiêu biểu như buổi ra quân')).toBe(true);
    expect(wordsRe(EXAMPLE_LEAD_WORDS).test('gương điển hình tiên tiến')).toBe(false);
  });

  it('verbs handing a worker its load ("được phân công", "được giao")', () => {
    expect(wordsRe(LOAD_ASSIGNED_WORDS).test('Chấp hành viên A được phân công 248 việc')).toBe(true);
    expect(wordsRe(LOAD_ASSIGNED_WORDS).test('cán bộ B được giao 60 hồ sơ')).toBe(true);
    expect(wordsRe(LOAD_ASSIGNED_WORDS).test('đã giao 60 hồ sơ')).toBe(false);
  });

  it('words that only frame a whole stated elsewhere ("Toàn xã có", "trên địa bàn")', () => {
    expect(wordsRe(WHOLE_FRAME_WORDS).test('Toàn xã có 120 trẻ')).toBe(true);
    expect(wordsRe(WHOLE_FRAME_WORDS).test('trên địa bàn huyện')).toBe(true);
    expect(wordsRe(WHOLE_FRAME_WORDS).test('khám bảo hiểm y tế')).toBe(false);
  });
});

describe('running totals, averages', () => {
  it('both tone placements of "lũy kế"', () => {
    expect(CUMULATIVE.test('lũy kế 120')).toBe(true);
    expect(CUMULATIVE.test('luỹ kế 120')).toBe(true);
    expect(CUMULATIVE.test('Tính đến nay')).toBe(true);
    for (const w of RUNNING_TOTAL_WORDS) expect(CUMULATIVE_WORDS).toContain(w);
  });
  it('averages', () => {
    expect(wordsRe(EACH_WORDS).test('bình quân 3 buổi')).toBe(true);
    expect(wordsRe(EACH_WORDS).test('mỗii')).toBe(false);
  });
});

describe('counted nouns, units and bullets', () => {
  it('person nouns', () => {
    expect(PERSON_NOUNS).toContain('người');
    expect(wordsRe(PERSON_NOUNS).test('1.200 nhân khẩu')).toBe(true);
    expect(wordsRe(PERSON_NOUNS).test('người')).toBe(true);
  });
  it('place kind words', () => {
    expect(PLACE_KIND_WORDS).toContain('thị trấn');
    expect(wordsRe(PLACE_KIND_WORDS).test('Tổ dân phố 5')).toBe(true);
    expect(wordsRe(PLACE_KIND_WORDS).test('An Lộc')).toBe(false);
  });
  it('duration and period units', () => {
    const re = new RegExp(`^(?:${alt(DURATION_UNITS)})$`, 'iu');
    expect(re.test('Tháng')).toBe(true);
    expect(re.test('tháng năm')).toBe(false);
    for (const u of PERIOD_UNITS) expect(DURATION_UNITS).toContain(u);
  });
  it('bullet characters', () => {
    const re = new RegExp(`^[${BULLET_CHARS}]`, 'u');
    for (const b of ['-', '+', '•', '*', '–', '·']) expect(re.test(`${b} xã A`)).toBe(true);
    expect(re.test('a) xã A')).toBe(false);
  });
});

describe('plans, deadlines, finished actions', () => {
  it('plan-section words, future and deadline words, finished words', async () => {
    const { PLAN_SECTION_WORDS, FUTURE_WORDS, DEADLINE_WORDS, FINISHED_WORDS } = await import('../../src/text/lexicon.js');
    expect(new RegExp(alt(PLAN_SECTION_WORDS), 'iu').test('Phương hướng, nhiệm vụ 6 tháng cuối năm')).toBe(true);
    expect(wordsRe(FUTURE_WORDS).test('dự kiến tổ chức')).toBe(true);
    expect(wordsRe(FUTURE_WORDS).test('ước tính')).toBe(true);
    expect(wordsRe(FUTURE_WORDS).test('ướcc')).toBe(false);
    expect(wordsRe(DEADLINE_WORDS).test('chậm nhất ngày 15/7')).toBe(true);
    expect(wordsRe(FINISHED_WORDS).test('đã tổ chức')).toBe(true);
    expect(wordsRe(FINISHED_WORDS).test('đãi ngộ')).toBe(false);
  });
});

describe('completed works', () => {
  it('"hoàn thành", "nghiệm thu", "khánh thành", "bàn giao", "đưa vào sử dụng"', async () => {
    const { COMPLETED_ACTIONS } = await import('../../src/text/lexicon.js');
    expect(wordsRe(COMPLETED_ACTIONS).test('cầu đã được bàn giao cho xã')).toBe(true);
    expect(wordsRe(COMPLETED_ACTIONS).test('trạm đưa vào sử dụng từ tháng 3')).toBe(true);
    expect(wordsRe(COMPLETED_ACTIONS).test('thu hoạch')).toBe(false);
    const { ISSUED_ACTIONS, PAPER_SUBJECT_WORDS } = await import('../../src/text/lexicon.js');
    expect(wordsRe(ISSUED_ACTIONS).test('Kho bạc đã có văn bản xác nhận')).toBe(true);
    expect(wordsRe(ISSUED_ACTIONS).test('đã ban hành Quyết định')).toBe(true);
    expect(wordsRe(ISSUED_ACTIONS).test('có văn hóa')).toBe(false);
    expect(wordsRe(PAPER_SUBJECT_WORDS).test('công văn về tổ chức tọa đàm')).toBe(true);
    expect(wordsRe(PAPER_SUBJECT_WORDS).test('xác nhận số dư')).toBe(false);
    const { MEASURED_SPAN_LEADS } = await import('../../src/text/lexicon.js');
    expect(wordsRe(MEASURED_SPAN_LEADS).test('bình quân 12 ngày làm việc')).toBe(true);
    expect(wordsRe(MEASURED_SPAN_LEADS).test('sớm hơn 03 ngày')).toBe(true);
    expect(wordsRe(MEASURED_SPAN_LEADS).test('trong 3 ngày')).toBe(false);
    expect(wordsRe(MEASURED_SPAN_LEADS).test('bàn giao mặt bằng trễ 4 tuần')).toBe(true);
    expect(new RegExp(`(?:${alt(MEASURED_SPAN_LEADS)})\\s+$`, 'u').exec('hồ sơ trả chậm quá ')![0]).toBe('chậm quá ');
    expect(wordsRe(MEASURED_SPAN_LEADS).test('hồ sơ quá hạn 3 ngày')).toBe(true);
    const { ANNIVERSARY_WORDS } = await import('../../src/text/lexicon.js');
    expect(wordsRe(ANNIVERSARY_WORDS).test('tổng kết 10 năm thực hiện')).toBe(true);
    expect(wordsRe(ANNIVERSARY_WORDS).test('kết quả 5 năm')).toBe(false);
  });
});

describe('particles of completion', () => {
  it('"xong", "dứt điểm" as whole words after a verb', async () => {
    const { FINISHED_PARTICLES } = await import('../../src/text/lexicon.js');
    const { doneBefore } = await import('../../src/extract/date-context.js');
    expect(wordsRe(FINISHED_PARTICLES).test('đã giải quyết dứt điểm')).toBe(true);
    // "đã <verb> xong" before a date says the action is finished; "xong" alone or without "đã" says nothing.
    expect(doneBefore('hồ sơ cuối cùng đã thẩm định xong ')).toBe(true);
    expect(doneBefore('đã kiểm tra xong để trình ')).toBe(false);
    expect(doneBefore('dự kiến xử lý xong ')).toBe(false);
    expect(wordsRe(FINISHED_PARTICLES).test('đã giải quyết, điểm tiếp dân')).toBe(false);
  });
});

describe('words of a purpose', () => {
  it('find "để", "nhằm", "chờ", "sau khi" as whole words only', async () => {
    const { PURPOSE_WORDS } = await import('../../src/text/lexicon.js');
    expect(wordsRe(PURPOSE_WORDS).test('đã nghiệm thu để đưa vào sử dụng')).toBe(true);
    expect(wordsRe(PURPOSE_WORDS).test('bàn giao sau khi quyết toán')).toBe(true);
    expect(wordsRe(PURPOSE_WORDS).test('đã hoàn thành và nghiệm thu')).toBe(false);
    expect(wordsRe(PURPOSE_WORDS).test('chờđợi')).toBe(false);
  });
});

describe('words of equality', () => {
  it('"bằng", "tương đương"', async () => {
    const { EQUAL_WORDS } = await import('../../src/text/lexicon.js');
    expect(wordsRe(EQUAL_WORDS).test('giá bán tương đương 90% giá thị trường')).toBe(true);
    expect(wordsRe(EQUAL_WORDS).test('bằng lòng')).toBe(true);
    expect(wordsRe(EQUAL_WORDS).test('bằngg')).toBe(false);
  });
});

describe('titles of laws', () => {
  it('"Luật", "Bộ luật", "Hiến pháp", "Pháp lệnh" open a title', async () => {
    const { LAW_TITLE_WORDS } = await import('../../src/text/lexicon.js');
    expect(wordsRe(LAW_TITLE_WORDS).test('theo Bộ luật Hình sự 2015')).toBe(true);
    expect(wordsRe(LAW_TITLE_WORDS).test('Hiến pháp năm 2013')).toBe(true);
    expect(wordsRe(LAW_TITLE_WORDS).test('luậtsư')).toBe(false);
  });
});

describe('other units named in a report', () => {
  it('verbs of giving and yardstick words', async () => {
    const { RECIPIENT_VERBS, YARDSTICK_WORDS } = await import('../../src/text/lexicon.js');
    expect(wordsRe(RECIPIENT_VERBS).test('đã giúp đỡ xã bạn')).toBe(true);
    expect(wordsRe(RECIPIENT_VERBS).test('tặng')).toBe(true);
    expect(wordsRe(RECIPIENT_VERBS).test('chờ')).toBe(false);
    expect(wordsRe(YARDSTICK_WORDS).test('thấp hơn xã bên')).toBe(true);
    expect(wordsRe(YARDSTICK_WORDS).test('hơi')).toBe(false);
  });
});

describe('attributes of a part', () => {
  it('"với", "trị giá"', async () => {
    const { ATTRIBUTE_WORDS } = await import('../../src/text/lexicon.js');
    expect(wordsRe(ATTRIBUTE_WORDS).test('17 hồ sơ với giá trị 3 tỷ')).toBe(true);
    expect(wordsRe(ATTRIBUTE_WORDS).test('lô hàng trị giá 3 tỷ')).toBe(true);
    expect(wordsRe(ATTRIBUTE_WORDS).test('vớii')).toBe(false);
  });
});

describe('category shifters', () => {
  it('"cận", "tái", "phi" as whole words', async () => {
    const { CATEGORY_SHIFTERS } = await import('../../src/text/lexicon.js');
    expect(wordsRe(CATEGORY_SHIFTERS).test('hộ cận nghèo')).toBe(true);
    expect(wordsRe(CATEGORY_SHIFTERS).test('lao động phi nông nghiệp')).toBe(true);
    expect(wordsRe(CATEGORY_SHIFTERS).test('tiếp cận')).toBe(true);
    expect(wordsRe(CATEGORY_SHIFTERS).test('cậnh')).toBe(false);
  });

  it('the compound-forming prefixes are shifters, the negations ("chưa", "không") are not among them', async () => {
    const { CATEGORY_SHIFTERS, CATEGORY_PREFIXES } = await import('../../src/text/lexicon.js');
    expect([...CATEGORY_PREFIXES]).toEqual(['cận', 'tái', 'phi']);
    expect(CATEGORY_PREFIXES.every((w) => (CATEGORY_SHIFTERS as readonly string[]).includes(w))).toBe(true);
  });
});

describe('noun classifiers', () => {
  it('"ngôi", "chiếc", "con" as whole words', async () => {
    const { NOUN_CLASSIFIERS } = await import('../../src/text/lexicon.js');
    expect(wordsRe(NOUN_CLASSIFIERS).test('46 ngôi nhà')).toBe(true);
    expect(wordsRe(NOUN_CLASSIFIERS).test('3 chiếc xe')).toBe(true);
    expect(wordsRe(NOUN_CLASSIFIERS).test('căn hộ')).toBe(false);
  });
});

describe('what a percentage is', () => {
  it('growth, plan and comparison words; a share or coverage rate', async () => {
    const { GROWTH_OR_PLAN_WORDS, SHARE_RATE_WORDS } = await import('../../src/text/lexicon.js');
    const { growthOrPlanWords, shareRateWords } = await import('../../src/extract/rate-context.js');
    for (const w of GROWTH_OR_PLAN_WORDS) expect(growthOrPlanWords(`thu ngân sách đạt 112% ${w}`)).toBe(true);
    for (const w of SHARE_RATE_WORDS) expect(shareRateWords(`${w} 98%`)).toBe(true);
    expect(growthOrPlanWords('đạt 112% KH')).toBe(true);
    expect(growthOrPlanWords('giảm 5% so với')).toBe(true);
    expect(growthOrPlanWords('tăng cường 5 đội')).toBe(false);
    expect(growthOrPlanWords('khoảng 5 hộ')).toBe(false); // "kh" only as a word
    expect(shareRateWords('được phủ sóng')).toBe(true);
    expect(shareRateWords('số hoá')).toBe(true); // old-style tone placement
    expect(shareRateWords('đượcc')).toBe(false);
    expect(shareRateWords('thu ngân sách 112%')).toBe(false);
  });
  it('a load against a capacity may pass 100%, a share of it may not', async () => {
    const { CAPACITY_RATE_WORDS } = await import('../../src/text/lexicon.js');
    const { growthOrPlanWords } = await import('../../src/extract/rate-context.js');
    for (const w of CAPACITY_RATE_WORDS) expect(growthOrPlanWords(`${w} đạt 112%`)).toBe(true);
    expect(growthOrPlanWords('công suất sử dụng phòng học của trường đạt 118%')).toBe(true);
    expect(growthOrPlanWords('tỷ lệ hộ sử dụng nước sạch đạt 118%')).toBe(false);
  });
});

describe('plan and earlier-period column headers', () => {
  it('"Kế hoạch", "KH" as a word, "Cùng kỳ"', async () => {
    const { PLAN_COLUMN_WORDS } = await import('../../src/text/lexicon.js');
    const { PLAN_HEADER } = await import('../../src/extract/table-fulfilment.js');
    for (const w of PLAN_COLUMN_WORDS) expect(PLAN_HEADER.test(`${w} năm 2024`)).toBe(true);
    expect(PLAN_HEADER.test('% so với KH')).toBe(true);
    expect(PLAN_HEADER.test('Định mức (người)')).toBe(true);
    expect(PLAN_HEADER.test('Khác')).toBe(false);
    expect(PLAN_HEADER.test('Thực hiện')).toBe(false);
  });
});

describe('numbers that name rather than count', async () => {
  const { NAMING_WORDS, LEVEL_WORDS, TIME_UNITS } = await import('../../src/text/lexicon.js');
  it('naming words, level words, time units', () => {
    const naming = new RegExp(`(?:^|[^\\p{L}])(?:${alt(NAMING_WORDS)})\\s*$`, 'iu');
    for (const w of ['tổ', 'khu phố', 'quý', 'nghị định', 'quốc lộ', 'khoá']) expect(naming.test(`thuộc ${w} `)).toBe(true);
    expect(naming.test('đã lắp đặt ')).toBe(false);
    expect(LEVEL_WORDS).toContain('mức độ');
    expect(new RegExp(`^(?:${alt(TIME_UNITS)})$`, 'iu').test('tháng')).toBe(true);
    expect(new RegExp(`^(?:${alt(TIME_UNITS)})$`, 'iu').test('hộ')).toBe(false);
  });
});

describe('what a date is of', async () => {
  const L = await import('../../src/text/lexicon.js');
  const D = await import('../../src/extract/date-context.js');
  it('founding documents, deadlines and document codes', () => {
    for (const w of [...L.DOCUMENT_BASIS_WORDS, ...L.DOCUMENT_CODE_MARKS]) expect(D.citesBasis(`số 12 ${w} ngày`)).toBe(true);
    expect(D.basisBefore('Căn cứ Quyết định số 969/QĐ-UBND ngày 18/3/2022', 37)).toBe(true);
    expect(D.basisBefore('Đã tổ chức hội nghị ngày 18/3/2024', 25)).toBe(false);
  });
  it('cut-offs, spans of years, item openings, plan titles', () => {
    for (const w of L.CUT_OFF_WORDS) expect(D.cutOffBefore(`số liệu tính ${w} ngày `, 23 + w.length)).toBe(true);
    for (const w of L.MULTI_YEAR_WORDS) expect(D.multiYearWords(`Kết quả ${w} 2021`)).toBe(true);
    for (const w of L.TIME_OF_DAY_WORDS) expect(D.opensWithDate(`- ${w} ngày `)).toBe(true);
    expect(D.opensWithDate('Đã tổ chức ngày ')).toBe(false);
    // An item's day without its year, read in the year given: "+ Ngày 05/4: …" → 5 April; no "ngày", a fraction, or 31/2 → none.
    expect(D.yearlessLeadDay('+ Ngày 05/4: tháo dỡ nhà tạm', '2026')).toEqual({ from: 7, to: 11, iso: '2026-04-05', raw: '05/4' });
    for (const w of L.TIME_OF_DAY_WORDS) expect(D.yearlessLeadDay(`- ${w} ngày 12/3, ra quân`, '2025')?.iso).toBe('2025-03-12');
    expect(D.yearlessLeadDay('+ 05/4 hồ sơ đạt', '2026')).toBeNull();
    expect(D.yearlessLeadDay('+ Ngày 14/7/2026: tháo dỡ', '2026')).toBeNull();
    expect(D.yearlessLeadDay('+ Ngày 12/13: tháo dỡ', '2026')).toBeNull();
    for (const w of L.TITLE_QUANTIFIERS) expect(D.planSectionTitle(`${w} nhiệm vụ trọng tâm`)).toBe(true);
    expect(D.planSectionTitle('Kết quả thực hiện nhiệm vụ năm 2023')).toBe(false);
    expect(D.yearsIn('KẾT QUẢ NĂM 2024 VÀ KẾ HOẠCH 2025')).toEqual(['2024', '2025']);
  });
});

describe('whose place a name is', async () => {
  const L = await import('../../src/text/lexicon.js');
  const P = await import('../../src/extract/place-roles.js');
  it('cited documents, neighbours and providers, partners, receivers', () => {
    for (const w of L.CITED_DOCUMENT_WORDS) expect(P.inCitation(`Thực hiện ${w} số 12 ngày 5/3/2024 của UBND xã X`, 47 + w.length)).toBe(true);
    for (const w of L.NEIGHBOUR_OR_PROVIDER_WORDS) expect(P.notTheActor(`Cùng làm việc, ${w} xã Tân Thới`, 15 + w.length + 1)).toBe(true);
    for (const w of L.PARTNER_WORDS) expect(P.notTheActor(`UBND xã đã ${w} xã Tân Thới`, 11 + w.length + 1)).toBe(true);
    for (const w of L.RECEIVER_WORDS) expect(P.notTheActor(`Xã đã hỗ trợ ${w} xã Tân Thới`, 13 + w.length + 1)).toBe(true);
    expect(P.notTheActor('Trạm y tế xã Tân Thới', 10)).toBe(false);
    for (const w of L.NEIGHBOUR_OR_PROVIDER_WORDS.filter((x) => /^\p{Ll}/u.test(x))) expect(P.neighbourAfter(`Dịch tại xã Tân Thới, xã ${w}, tăng`, 20)).toBe(true);
    expect(P.neighbourAfter('Dịch tại xã Tân Thới, xã đã khống chế', 20)).toBe(false);
    for (const w of L.NEIGHBOUR_ADJECTIVES) expect(P.neighbourAfter(`Xã Tân Thới ${w} có 12 ca`, 11)).toBe(true);
    expect(P.neighbourAfter('Xã Tân Thới liên kết với 3 hợp tác xã', 11)).toBe(false);
    for (const w of L.SITE_WORDS) expect(P.notTheActor(`Trung tâm của tỉnh ${w} xã Tân Thới`, 19 + w.length + 1)).toBe(true);
    for (const w of L.COMPARISON_OPENERS) {
      const open = w[0].toUpperCase() + w.slice(1);
      expect(P.comparedInSentence(`Xã có 12 hộ. ${open}, xã Tân Thới có 15 hộ.`, 13 + open.length + 2)).toBe(true);
      expect(P.comparedInSentence(`${open}, xã có 12 hộ. Xã Tân Thới có 15 hộ.`, open.length + 16)).toBe(false);
    }
  });
  it('former units: a marker after the name, or the names a merger sentence lists', () => {
    for (const w of L.FORMER_UNIT_WORDS) {
      expect(P.formerAfter(`khu vực xã Tân Thới (${w}) có 12 hộ`, 20)).toBe(true);
      expect(P.formerAfter(`khu vực xã Tân Thới ${w} có 12 hộ`, 20)).toBe(true);
    }
    expect(P.formerAfter('xã Tân Thới có 12 hộ', 11)).toBe(false);
    // Hand-checked: each merger word lists the merged units; "vào"/"với"/"thành" adds the unit they went into.
    for (const w of L.MERGER_WORDS) expect(P.mergedUnits(`Xã được thành lập ${w} 02 xã: Tân Thới và Phú Hòa.`)).toEqual(['tan thoi', 'phu hoa']);
    for (const w of L.MERGER_TARGET_WORDS) expect(P.mergedUnits(`Sáp nhập xã Tân Thới ${w} xã Phú Hòa.`)).toEqual(['tan thoi', 'phu hoa']);
    for (const w of L.NAME_LIST_JOINERS) expect(P.mergedUnits(`hợp nhất các xã Tân Thới, xã Phú Hòa ${w} An Lạc`)).toEqual(['tan thoi', 'phu hoa', 'an lac']);
    expect(P.mergedUnits('Sau sắp xếp, xã Tân Thới giáp xã Phú Hòa.')).toEqual([]);
    expect(P.mergedUnits('Thu nhập bình quân của xã Tân Thới và xã Phú Hòa tăng.')).toEqual([]);
  });
  it('a subject: an organ, "Toàn", "Trên địa bàn"; not after a relation word', () => {
    for (const w of L.WHOLE_AREA_WORDS) expect(P.isSubject(`${w} xã Tân Thới`, w.length + 1)).toBe(true);
    expect(P.isSubject('Trạm y tế xã Tân Thới', 10)).toBe(true);
    for (const w of L.RELATION_WORDS) expect(P.isSubject(`Hồ sơ ${w} xã Tân Thới`, 7 + w.length)).toBe(false);
  });
  it('a comma-joined pair is one term of the subject; a period between the area\'s name and the verb', () => {
    for (const w of L.COMMA_COMPOUNDS) expect(P.isSubject(`Ban ${w} xã Tân Thới`, 5 + w.length)).toBe(true);
    expect(P.isSubject('Ban phòng, tránh xã Tân Thới', 17)).toBe(false);
    const text = (w: string) => `Công tác an ninh, trật tự trên địa bàn xã Tân Thới ${w} 6 tháng đầu năm 2024 đạt kết quả`;
    for (const w of L.PERIOD_AFTER_NAME_WORDS) expect(P.ownsSubject(text(w), 39, 50)).toBe(true);
    expect(P.ownsSubject('Công tác an ninh, trật tự trên địa bàn xã Tân Thới còn phức tạp', 39, 50)).toBe(false);
  });
  it('an owner of the subject: a copula and a figure after the name state the subject\'s value', () => {
    const text = (w: string) => `Số hộ nghèo của xã Tân Thới ${w} 42 hộ`;
    for (const w of L.VALUE_COPULAS) expect(P.ownsSubject(text(w), 16, 27)).toBe(true);
    expect(P.ownsSubject('Số hộ nghèo của xã Tân Thới là cao nhất', 16, 27)).toBe(false);
  });
  it('a subject: a capitalised locative opening the sentence, the name closed by a comma, no visit after', () => {
    for (const w of L.LOCATIVE_OPENERS) {
      const open = w[0].toUpperCase() + w.slice(1);
      expect(P.isSubject(`${open} huyện Tân Thới, 18 trạm y tế đạt chuẩn.`, open.length + 1)).toBe(true);
      // Lower case after a comma, no comma after the name, or a visit: a place, not the subject.
      expect(P.isSubject(`Hội nghị sơ kết, ${w} huyện Tân Thới, có 80 đại biểu.`, 17 + w.length + 1)).toBe(false);
      expect(P.isSubject(`${open} huyện Tân Thới đoàn đã làm việc.`, open.length + 1)).toBe(false);
      expect(P.isSubject(`${open} huyện Tân Thới, đoàn công tác đã tham quan mô hình.`, open.length + 1)).toBe(false);
    }
  });
});

describe('table rows, names, own unit', async () => {
  const L = await import('../../src/text/lexicon.js');
  const R = await import('../../src/extract/table-rows.js');
  const Q = await import('../../src/extract/quantities.js');
  it('rate rows, piece units, rows of only some members', () => {
    for (const w of L.RATE_ROW_WORDS) expect(R.isRateRow({ label: `${w} hộ nghèo`, unit: '' })).toBe(true);
    for (const w of L.PER_UNIT_WORDS) expect(R.isRateRow({ label: `Năng suất lúa (tạ/${w})`, unit: '' })).toBe(true);
    expect(R.isRateRow({ label: 'Số hộ nghèo', unit: 'hộ' })).toBe(false);
    expect(R.isRateRow({ label: 'Thu nhập', unit: 'triệu đồng/người' })).toBe(true);
    for (const w of L.PIECE_UNITS) expect(R.unitKey(` ${w.toUpperCase()} `)).toBe('cái');
    expect(R.unitKey('Hộ')).toBe('hộ');
    for (const w of L.SOME_OF_WORDS) expect(R.isSomeOfRow(`${w}: xã A`)).toBe(true);
    expect(R.isSomeOfRow('Riêngtư')).toBe(false);
  });
  it('names of a union, verbs without aspect words', () => {
    for (const w of L.AND_OR_WORDS) expect(Q.namesUnion(`trường tiểu học ${w} trung học cơ sở`)).toBe(true);
    expect(Q.namesUnion('trường tiểu học, trung học cơ sở')).toBe(true);
    expect(Q.namesUnion('hộ vàng')).toBe(false);
    for (const w of L.ASPECT_WORDS) expect(Q.verbCore(`${w} đăng tải`)).toBe('đăng tải');
    expect(Q.verbCore('đã')).toBeNull();
    // The unit acting or a joiner opening the words before a figure is no part of its verb; alone it is kept.
    for (const w of L.VERB_LEAD_WORDS) expect(Q.verbCore(`${w.toLowerCase()} đã cấp`)).toBe('cấp');
    expect(Q.verbCore('và thẩm định cấp')).toBe('thẩm định cấp');
    expect(Q.verbCore('tiếp nhận và tuyển mới')).toBe('tiếp nhận và tuyển mới');
    // "mới" is "only" before these verbs ("mới đạt"), "new" elsewhere: "được" ("mới được công nhận") is not one of them.
    expect(L.MERELY_VERBS).toContain('đạt');
    expect(L.MERELY_VERBS as readonly string[]).not.toContain('được');
    expect(Q.verbCore('huyện')).toBe('huyện');
    expect(Q.verbCore('xuyên huyện cấp')).toBe('xuyên huyện cấp');
  });
  it('words of possession, continuation, estimate and frequency (readings of a quantity\'s identity)', () => {
    const has = wordsRe(L.POSSESSION_WORDS);
    expect(has.test('hộ kinh doanh có mã QR thanh toán')).toBe(true);
    expect(has.test('hộ kinh doanh cá thể')).toBe(false);
    for (const w of L.CONTINUATION_WORDS) expect(wordsRe(L.CONTINUATION_WORDS).test(`${w} tiếp công dân`)).toBe(true);
    for (const w of L.ESTIMATE_WORDS) expect(Q.undatedCore(['diện', 'tích', w])).toEqual(['diện', 'tích']);
    expect(new RegExp(`(?:${alt(L.PERIODIC_WORDS)}) kỳ`, 'u').test('tiếp công dân định kỳ 24 buổi')).toBe(true);
    expect(L.EVENT_NOUNS).toEqual(expect.arrayContaining(['buổi', 'lễ', 'đợt']));
  });
  it('own unit words and other times', () => {
    expect(L.OWN_UNIT_WORDS).toContain('phường');
    const other = new RegExp(alt(L.OTHER_TIME_WORDS), 'iu');
    for (const w of ['Cùng kỳ năm 2023', 'Luỹ kế', 'So sánh (%)']) expect(other.test(w)).toBe(true);
    expect(other.test('Thực hiện 2024')).toBe(false);
    expect(L.AND_WITH_WORDS).toEqual(['và', 'với']);
  });
});

describe('comparison claims and share phrases', async () => {
  const L = await import('../../src/text/lexicon.js');
  const { analyseSource } = await import('../../pipelines/analyse.js');
  const { sourceFromText } = await import('../segment/source-from-lines.js');
  const read = (line: string) => analyseSource(sourceFromText(`BÁO CÁO\nI. KẾT QUẢ\n${line}`), { only: [] }).textReadings;
  const starts = (list: readonly string[]) => new RegExp(`^(?:${alt(list)})`, 'iu');

  it('a target claim on an approximate or bounded value is not read', () => {
    expect(read('Tỷ lệ hồ sơ trực tuyến đạt 81,2%, vượt chỉ tiêu được giao (85%).').comparisons.map((c) => c.kind)).toEqual(['target']);
    for (const w of L.APPROXIMATE_WORDS) expect(read(`Tỷ lệ hồ sơ trực tuyến đạt 81,2%, vượt chỉ tiêu được giao (${w} 85%).`).comparisons).toEqual([]);
  });
  it('a claim opened by a negation claims a miss', () => {
    for (const w of L.NEGATION_WORDS) {
      const [c] = read(`Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%, ${w} đạt kế hoạch đề ra (95%).`).comparisons;
      expect(c).toMatchObject({ kind: 'target', negative: true });
    }
    expect(read('Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%, đạt kế hoạch đề ra (95%).').comparisons[0]).toMatchObject({ kind: 'target', negative: false });
  });
  it('a rate of the plan claimed passed or missed', () => {
    // 94,9% of the plan is below it: the claim "vượt" says the opposite, "chưa hoàn thành" agrees.
    for (const w of L.FULFILMENT_VERBS) {
      for (const plan of L.PLAN_RATE_BASES) {
        const [c] = read(`Thu ngân sách 412 triệu đồng, ${plan} 435 triệu đồng, đạt 94,9%, ${w} ${plan}.`).comparisons;
        expect(c).toMatchObject({ kind: 'fulfilment', negative: /^(?:chưa|không)/u.test(w) });
      }
    }
    expect(read('Thu ngân sách 412 triệu đồng, KH 435 triệu đồng, đạt 94,9%, hoàn thành vượt kế hoạch.').comparisons[0]).toMatchObject({ kind: 'fulfilment' });
    // The plan word must be in the sentence: a bare rate is no rate of the plan.
    expect(read('Thu ngân sách 412 triệu đồng, năm trước 435 triệu đồng, đạt 94,9%, hoàn thành vượt kế hoạch.').comparisons).toEqual([]);
    expect(L.PLAN_ABBREVIATIONS).toEqual(['KH']);
  });
  it('new levels, breakdowns, handing verbs, count subjects, criteria', () => {
    for (const w of L.NEW_LEVEL_VERBS) expect(new RegExp(`(?:${alt(L.NEW_LEVEL_VERBS)})\\s+(?:${alt(L.NEW_LEVEL_TAILS)})`, 'iu').test(`${w} mức`)).toBe(true);
    for (const w of L.NEW_LEVEL_TAILS) expect(starts(L.NEW_LEVEL_TAILS).test(`${w} 8`)).toBe(true);
    expect(L.RAISE_TO_VERBS).toEqual(['nâng']);
    expect(L.CUTOFF_WORDS).toContain('tính đến');
    for (const w of L.CUTOFF_TIMES) expect(new RegExp(`^đến (?:${alt(L.CUTOFF_TIMES)}) còn`, 'u').test(`đến ${w} còn`)).toBe(true);
    expect(wordsRe(L.RAISE_TO_VERBS).test('nâng cấp')).toBe(true);
    expect(wordsRe(L.RAISE_TO_VERBS).test('nângg')).toBe(false);
    for (const w of L.BREAKDOWN_WORDS) expect(wordsRe(L.BREAKDOWN_WORDS).test(`120 hộ, ${w} 40 hộ`)).toBe(true);
    expect(wordsRe(L.BREAKDOWN_WORDS).test('trong đóng góp')).toBe(false);
    for (const w of L.HANDING_VERBS) expect(wordsRe(L.HANDING_VERBS).test(`389 hồ sơ ${w} 45%`)).toBe(true);
    expect(L.COMPARED_WITH).toEqual(['so với']);
    expect(new RegExp(`^(?:${alt(L.COUNT_WORDS)})\\s+(\\p{L}+)`, 'iu').exec('Số lượng tài khoản')![1]).toBe('tài');
    for (const w of L.MEETS_VERBS) expect(new RegExp(`^(${alt(L.MEETS_VERBS)}) tiêu chí`, 'iu').exec(`${w} tiêu chí`)![1]).toBe(w);
  });
  it('share phrases: a share, its whole, and what makes a rate something else', () => {
    // "389 hồ sơ, chiếm 45,2%" beside its whole by a "trên tổng số" connector.
    for (const w of ['trên tổng số', 'trong tổng số', 'so với tổng số']) {
      expect(L.WHOLE_CONNECTORS).toContain(w);
      const [s] = read(`Có 38.450 công dân đã kích hoạt tài khoản ${w} 52.300 công dân, đạt 73,5%.`).statedShares;
      expect(s && [s.part.value, s.whole.value, s.share.value]).toEqual([38450, 52300, 73.5]);
    }
    for (const w of L.RATE_QUALIFIERS) expect(starts(L.RATE_QUALIFIERS).test(`${w} kế hoạch`)).toBe(true);
    for (const w of L.OTHER_RATE_WORDS) expect(new RegExp(alt(L.OTHER_RATE_WORDS), 'iu').test(`đạt tỷ lệ ${w}`)).toBe(true);
    for (const w of L.EXCEED_WORDS) expect(wordsRe(L.EXCEED_WORDS).test(`${w} 15%`)).toBe(true);
    for (const w of L.TOTAL_OF_WORDS) expect(starts(L.TOTAL_OF_WORDS).test(`${w} hộ`)).toBe(true);
    for (const w of L.BASE_AFTER_WORDS) expect(starts(L.BASE_AFTER_WORDS).test(`${w} số`)).toBe(true);
    for (const w of L.COUNT_PREDICATE_VERBS) expect(new RegExp(`^\\s+(?:${alt(L.COUNT_PREDICATE_VERBS)})(?![\\p{L}])`, 'iu').test(` ${w} mã QR`)).toBe(true);
    expect(new RegExp(`^\\s+(?:${alt(L.COUNT_PREDICATE_VERBS)})(?![\\p{L}])`, 'iu').test(' cóc')).toBe(false);
    for (const w of L.UNIT_LEVEL_WORDS) expect(new RegExp(`toàn (?:${alt(L.UNIT_LEVEL_WORDS)})\\s+(?:${alt(L.HAS_WORDS)})$`, 'iu').test(`Toàn ${w} có`)).toBe(true);
    for (const w of L.HAS_WORDS) expect(wordsRe(L.HAS_WORDS).test(`tổng số hộ ${w}`)).toBe(true);
    for (const w of L.SHARE_OF_WHOLE_VERBS) expect(wordsRe(L.SHARE_OF_WHOLE_VERBS).test(`, ${w} 4,35%`)).toBe(true);
    for (const w of L.PLAN_RATE_VERBS) expect(wordsRe(L.PLAN_RATE_VERBS).test(`1.850 người, ${w} 92,5%`)).toBe(true);
    for (const w of L.ASSIGNED_WORDS) expect(new RegExp(`kế hoạch (?:${alt(L.ASSIGNED_WORDS)}) \\(`, 'iu').test(`kế hoạch ${w} (`)).toBe(true);
  });
  it('a plan restated in brackets', () => {
    // 1.850 / 2.100 = 88,1%: the rate, the amount and the plan are read; the rule judges the arithmetic.
    const [r] = read('Tuyển sinh 1.850 người, đạt 92,5% kế hoạch (2.100 người).').planRates;
    expect(r && [r.done.value, r.rate.value, r.plan.value]).toEqual([1850, 92.5, 2100]);
  });
});

describe('figure reading words', async () => {
  const L = await import('../../src/text/lexicon.js');
  const { analyseSource } = await import('../../pipelines/analyse.js');
  const { sourceFromText } = await import('../segment/source-from-lines.js');
  const scopes = (line: string) => analyseSource(sourceFromText(`BÁO CÁO\nI. KẾT QUẢ\n${line}`), { only: [] }).readings.map((q) => q.scope.split('|'));

  it('what is left, what was added: scope tags of a count', () => {
    // "còn lại 12 hồ sơ đang giải quyết": the words before the figure make it what is left.
    expect(scopes('Tiếp nhận 240 hồ sơ thủ tục hành chính; còn lại 12 hồ sơ đang giải quyết.').some((s) => s.includes('rest'))).toBe(true);
    for (const w of L.REST_WORDS) expect(wordsRe(L.REST_WORDS, 'u').test(`${w} 12 hồ sơ`)).toBe(true);
    for (const w of L.ADDED_WORDS) expect(wordsRe(L.ADDED_WORDS, 'u').test(`cấp ${w} 20 thẻ`)).toBe(true);
    expect(wordsRe(L.ADDED_WORDS, 'u').test('cấp 20 thẻ')).toBe(false);
  });
  it('in hand, beyond, handed to a verb: scope tags and the verb before a count', () => {
    for (const w of L.ONGOING_WORDS) expect(scopes(`${w} xử lý 23 đơn thư.`)[0]).toContain('ongoing');
    expect(scopes('Đã xử lý 23 đơn thư.')[0]).not.toContain('ongoing');
    for (const w of L.BESIDES_WORDS) expect(scopes(`Xã trồng 12 ha rừng. ${w[0].toUpperCase()}${w.slice(1)}, người dân trồng 5 ha cây.`)[1]).toContain('besides');
    const pre = (line: string) => analyseSource(sourceFromText(`BÁO CÁO\nI. KẾT QUẢ\n${line}`), { only: [] }).readings[0].pre;
    for (const w of L.RECIPIENT_WORDS) expect(pre(`Hội tập huấn kỹ thuật ${w} 85 hội viên.`)).toBe('huấn kỹ thuật');
    expect(pre('Hội tặng quà cho 85 hội viên.')).toBe('hội tặng quà');
  });
  it('subgroup words: a count named with one stays its subgroup\'s whole, though given as a share of all', () => {
    expect(scopes('Xã tiếp nhận 96 hồ sơ thủ tục, chiếm 20% tổng số hồ sơ.')[0]).toContain('part');
    // A population's total: the share is a prevalence, and the count (127 poor households) all of them.
    for (const w of L.POPULATION_HEADS) expect(scopes(`Toàn xã còn 127 ${w} khó khăn, chiếm 4,12% tổng số ${w} trên địa bàn.`)[0]).not.toContain('part');
    for (const w of L.SUBGROUP_WORDS) expect(scopes(`Xã ghi nhận 46 trẻ em ${w} hoàn cảnh khó khăn, chiếm 1,5% tổng số trẻ em.`)[0]).not.toContain('part');
  });
  it('phrase ends, subgroup verbs, places, neutral words', () => {
    const stop = new RegExp(`\\s(?:${alt(L.PHRASE_STOP_WORDS)})(?![\\p{L}])`, 'u');
    for (const w of L.PHRASE_STOP_WORDS) expect(stop.exec(`389 hồ sơ ${w} xã`)!.index).toBe(9);
    expect(stop.test('389 hồ sơ sổ')).toBe(false);
    for (const w of L.PREDICATE_MARKERS) expect(new RegExp(`^\\s*(${alt(L.PREDICATE_MARKERS)})\\s`, 'u').exec(` ${w} mở gian hàng`)![1]).toBe(w);
    for (const w of L.AT_WORDS) expect(new RegExp(`(?:${alt(L.AT_WORDS)})\\s+(\\p{L}+)`, 'u').exec(`12 điểm ${w} thôn`)![1]).toBe('thôn');
    // Each closes a list's lead-in before its colon; none is a word that also names a whole's owner ("của").
    for (const w of L.LIST_PLACE_WORDS) expect(new RegExp(`\\s(?:${alt(L.LIST_PLACE_WORDS)})\\s*:`, 'u').test(`03 cuộc kiểm tra ${w}: thôn A`)).toBe(true);
    expect(L.LIST_PLACE_WORDS).not.toContain('của');
    const neutral = new RegExp(`(?:^|\\s)(?:${alt(L.NEUTRAL_BEFORE_WORDS)})$`, 'u');
    for (const w of L.NEUTRAL_BEFORE_WORDS) expect(neutral.test(`toàn xã ${w}`)).toBe(true);
    expect(neutral.test('toàn xã cấp')).toBe(false);
  });
  it('rates of a plan, office columns, columns of another quantity', () => {
    for (const w of L.FULFILMENT_BASES) expect(new RegExp(`^\\s*%?\\s*(?:${alt(L.FULFILMENT_BASES)})(?![\\p{L}])`, 'u').test(`% ${w} năm`)).toBe(true);
    for (const w of L.ENTITY_HEADER_WORDS) expect(wordsRe(L.ENTITY_HEADER_WORDS, 'u').test(`${w}, đơn vị`)).toBe(true);
    expect(wordsRe(L.ENTITY_HEADER_WORDS, 'u').test('đơn vị tính')).toBe(false);
    for (const w of L.OTHER_COLUMN_WORDS) expect(new RegExp(alt(L.OTHER_COLUMN_WORDS), 'u').test(`${w} (%)`)).toBe(true);
    expect(new RegExp(alt(L.OTHER_COLUMN_WORDS), 'u').test('kỳ báo cáo')).toBe(false);
  });
});

describe('table column headers (extract/table-header.ts)', async () => {
  const L = await import('../../src/text/lexicon.js');
  const { measureOf, readColumns, isHeaderRow } = await import('../../src/extract/table-header.js');
  const role = (header: string) => readColumns([['STT', header]], 2)[1].role;
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

  it('what a column measures, by its header words', () => {
    for (const w of [...L.UNIT_COLUMN_WORDS, ...L.UNIT_COLUMN_ABBREVIATIONS]) expect(measureOf(cap(w), 'value')).toBe('unit');
    for (const w of L.RANK_COLUMN_WORDS) expect(measureOf(`${cap(w)} năm 2024`, 'value')).toBe('rank');
    for (const w of [...L.AVERAGE_COLUMN_WORDS, ...L.AVERAGE_COLUMN_ABBREVIATIONS]) expect(measureOf(`${cap(w)} năm`, 'value')).toBe('average');
    for (const w of [...L.CHANGE_COLUMN_WORDS, ...L.CHANGE_VERBS]) expect(measureOf(`${cap(w)} (số)`, 'value')).toBe('change');
    expect(measureOf('Tăng cường', 'value')).toBe('amount');
    for (const t of L.COMPARE_TAILS) for (const p of L.EARLIER_PERIOD_WORDS) expect(measureOf(`So ${t} ${p}`, 'value')).toBe('change');
    for (const o of L.FULFILMENT_COLUMN_OPENERS) for (const b of [...L.FULFILMENT_COLUMN_BASES, 'KH']) expect(measureOf(`${cap(o)} ${b}`, 'value')).toBe('fulfilment');
    for (const w of [...L.RATE_WORDS, ...L.PERCENT_WORDS]) expect(measureOf(`${cap(w)} hộ nghèo`, 'value')).toBe('rate');
    for (const w of [...L.PLAN_COLUMN_HEADS, 'KH']) expect(measureOf(`${cap(w)} năm 2024`, 'value')).toBe('plan');
    for (const w of [...L.RESULT_COLUMN_WORDS, 'TH']) expect(measureOf(`${cap(w)} năm 2024`, 'value')).toBe('result');
    for (const w of L.MONEY_COLUMN_WORDS) expect(measureOf(`Tổng ${w}`, 'value')).toBe('money');
    expect(measureOf('Tổng đồngbộ', 'value')).toBe('amount');
    for (const w of L.COUNT_COLUMN_OPENERS) expect(measureOf(`${cap(w)} hộ`, 'value')).toBe('count');
    expect(measureOf('Sổ hộ', 'value')).toBe('amount');
  });

  it('words that make a row a header row', () => {
    for (const w of [...L.HEADER_CELL_WORDS, ...L.HEADER_CELL_OPENERS]) expect(isHeaderRow([cap(w), 'Xã An Lộc'], false)).toBe(true);
    expect(isHeaderRow(['Tênlửa', 'Xã An Lộc'], false)).toBe(false);
    expect(isHeaderRow(['Xã An Lộc', 'Thôn 3'], false)).toBe(false);
  });

  it('the role of a column, by its deepest header words', () => {
    for (const w of L.ROW_NUMBER_HEADERS) expect(role(w.toUpperCase())).toBe('stt');
    for (const w of L.NOTES_COLUMN_WORDS) expect(role(cap(w))).toBe('notes');
    for (const w of [...L.UNIT_COLUMN_WORDS, 'ĐVT']) expect(role(cap(w))).toBe('unit');
    for (const w of [...L.RATE_WORDS, ...L.PERCENT_WORDS]) expect(role(`${cap(w)} hộ nghèo`)).toBe('percent');
    for (const w of [...L.CUMULATIVE_COLUMN_WORDS, 'luỹ kế']) expect(role(`${cap(w)} năm`)).toBe('cumulative');
    for (const w of L.PERIOD_COLUMN_WORDS) expect(role(`${cap(w)} năm 2024`)).toBe('period');
    for (const w of [...L.PLAN_COLUMN_HEADS, 'KH năm']) expect(role(`${cap(w)}`)).toBe('target');
    for (const w of L.TOTAL_COLUMN_HEADERS) expect(role(cap(w))).toBe('total');
    expect(role('Tổng hợp')).toBe('value');
    for (const w of L.LABEL_COLUMN_OPENERS) expect(role(`${cap(w)} công việc`)).toBe('label');
  });
});

describe('parts of a whole (extract/claims-parts.ts)', async () => {
  const L = await import('../../src/text/lexicon.js');
  const { ingestBytes } = await import('../../src/ingest/index.js');
  const { extractFigures } = await import('../../src/extract/figures.js');
  const { isReference } = await import('../../src/extract/claims-parts.js');
  /** Whether the figure written as `raw` in the one-line text is read as a bracketed reference value. */
  const reference = async (text: string, raw: string) => {
    const r = await ingestBytes('t.txt', Buffer.from(`${text}\n`, 'utf8'));
    if (!r.ok) throw new Error(r.error.message);
    const { figures } = extractFigures(r.source, r.source.blocks.map(() => null));
    const f = figures.find((g) => g.raw.startsWith(raw));
    if (!f) throw new Error(`no figure ${raw} in ${figures.map((g) => g.raw).join(' | ')}`);
    return isReference(r.source.blocks[f.block], f);
  };

  it('a bracketed figure after or opened by a plan, an earlier time or a multiple is a reference', async () => {
    for (const w of [...L.REFERENCE_WORDS, ...L.COMPARED_WITH, 'KH', 'giao']) {
      expect(await reference(`Tổng thu đạt 53,4% ${w} năm (110.000 triệu đồng).`, '110.000')).toBe(true);
    }
    for (const w of [...L.REFERENCE_WORDS, 'KH']) expect(await reference(`Tổng thu 9.000 triệu đồng (${w} 9.500 triệu đồng).`, '9.500')).toBe(true);
    expect(await reference('Doanh thu tăng mạnh, gấp 2 lần (1.200 triệu đồng).', '1.200')).toBe(true);
    expect(await reference('Doanh thu tăng mạnh, bằng 1,5 lần (1.200 triệu đồng).', '1.200')).toBe(true);
    expect(await reference('Tổng thu cả năm (năm 2023 9.200 triệu đồng).', '9.200')).toBe(true);
    // A bare time before the bracket may be the report's own.
    expect(await reference('Tổng thu năm 2024 (9.200 triệu đồng).', '9.200')).toBe(false);
    expect(await reference('Số hộ nghèo (120 hộ) giảm mạnh.', '120')).toBe(false);
  });

  it('complementary qualifiers: each word in one member only, complete members no more than the members', () => {
    expect(L.QUALIFIER_PARTITIONS.length).toBeGreaterThan(5);
    for (const p of L.QUALIFIER_PARTITIONS) {
      const words = p.members.flat();
      expect(new Set(words).size).toBe(words.length);
      expect(p.complete).toBeLessThanOrEqual(p.members.length);
    }
    expect(L.QUALIFIER_PARTITIONS.some((p) => p.members[0].includes('nam') && p.members[1].includes('nữ'))).toBe(true);
  });

  it('scale words, owner words', () => {
    for (const w of L.SCALE_WORDS) expect(new RegExp(alt(L.SCALE_WORDS), 'iu').test(`2,5 ${w.toUpperCase()}`)).toBe(true);
    expect(wordsRe(L.OWNER_WORDS).test('thuộc thôn 3')).toBe(true);
    expect(wordsRe(L.OWNER_WORDS).test('thuốc men')).toBe(false);
  });
});

describe('numbers that are no figures (extract/not-figures.ts)', async () => {
  const L = await import('../../src/text/lexicon.js');
  const { findNotFigureRanges } = await import('../../src/extract/not-figures.js');
  /** The texts of the ranges read as no figure. */
  const not = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([s, e]) => text.slice(s, e));

  it('a number after an id word is its name; after a plural word, or before a counted noun or an amount, it is not', () => {
    for (const w of L.ID_WORDS) expect(not(`tại ${w} 7 có`)).toContain(`${w} 7`);
    for (const w of L.PLURAL_WORDS) expect(not(`tại ${w} thôn 7 có`)).toEqual([]);
    for (const w of L.ID_COUNTED_NOUNS) expect(not(`cán bộ thôn 19 ${w} tham gia`)).toEqual([]);
    for (const w of L.AMOUNT_AFTER_WORDS) expect(not(`nông thôn 3 ${w} vốn`)).toEqual([]);
  });
  it('document verbs name a document only after "số" or as a title', () => {
    for (const w of L.DOCUMENT_VERB_WORDS) {
      expect(not(`theo ${w} số 12/KH-UBND`).join(' ')).toContain('12');
      expect(not(`đã ${w} 2140 lượt người`)).toEqual([]);
    }
  });
  it('spans of time, periods, ranges, levels', () => {
    const measured: readonly string[] = L.MEASURED_SPAN_UNITS;
    for (const w of L.SPAN_UNITS.filter((u) => !measured.includes(u))) expect(not(`trong 3 ${w} qua`)).toContain(`3 ${w}`);
    // Minutes and seconds are always measured: "trong 3 phút" is how long something took, never a report's period.
    for (const w of L.MEASURED_SPAN_UNITS) expect(not(`trong 3 ${w} qua`)).toEqual([]);
    for (const w of L.RANGE_WORDS) expect(not(`từ 2 ${w} 3 tháng`)).toContain(`2 ${w} 3 tháng`);
    for (const w of L.PERIOD_NAME_WORDS) expect(not(`trong ${w} 3 vừa qua`)).toContain(`${w} 3`);
    for (const w of L.LEVEL_NUMBER_WORDS) expect(not(`dịch vụ ${w} 3 và 4 được`)).toContain(`${w} 3 và 4`);
    // Hand-checked: "định mức 27 giáo viên" is a norm of 27 teachers, "hạn mức 12 …" a limit; "mức 2" alone stays a level.
    for (const w of L.LEVEL_COMPOUND_HEADS) expect(not(`so với ${w} mức 27 giáo viên`)).toEqual([]);
    expect(not('đạt mức 2 theo quy định')).toContain('mức 2');
  });
  it('a "d/m" after a date word is a date, after a figure word a fraction', () => {
    for (const w of L.DATE_CUE_WORDS) expect(not(`${w} 7/3`).join(' ')).toMatch(/7\/3$/);
    for (const w of L.FIGURE_CUE_WORDS) expect(not(`${w} 05/05`)).toEqual([]);
    expect(not('dịp 30/4 và 1/5')).toEqual(['30/4', '1/5']);
  });
});

describe('counted nouns (extract/counted.ts)', async () => {
  const L = await import('../../src/text/lexicon.js');
  const { countedNounAt } = await import('../../src/extract/counted.js');
  it('every counted noun or unit after a number is read as such, a word not in the list is not', () => {
    // countedNounAt reads letters only, so "m2", "m3" in the list are read as "m" (as before the list moved).
    for (const w of L.COUNTED_NOUNS) expect(countedNounAt(`12 ${w} mới`, 2)).toBe(w.replace(/\d$/u, ''));
    expect(countedNounAt('15/10 hoàn thành', 5)).toBeNull();
    expect(countedNounAt('12 TTHC', 2)).toBe('TTHC');
  });
});

describe('units and labels of figures (extract/labels.ts)', async () => {
  const L = await import('../../src/text/lexicon.js');
  const { findUnit, cleanLabel, findLabel } = await import('../../src/extract/labels.js');
  const label = (text: string, figure: string) => {
    const start = text.indexOf(figure);
    return findLabel(text, start, start + figure.length, 0);
  };

  it('function words are no unit; compound nouns and classifiers are whole units', () => {
    for (const w of L.UNIT_STOP_WORDS) expect(findUnit(`12 ${w} xã`, 2)).toBeNull();
    // findUnit reads up to three words, so a longer compound ("thủ tục hành chính") is read by its first two ("thủ tục").
    for (const w of L.COMPOUND_NOUNS.filter((c) => c.split(' ').length <= 3)) expect(findUnit(`12 ${w} mới`, 2)?.unit).toBe(w);
    expect(findUnit('12 thủ tục hành chính mới', 2)?.unit).toBe('thủ tục');
    for (const w of L.UNIT_CLASSIFIERS) expect(findUnit(`12 ${w} văn hóa`, 2)?.unit).toBe(w);
    expect(findUnit('12 điểm cầu mới', 2)?.unit).toBe('điểm cầu');
    expect(findUnit('12 văn hóa mới', 2)?.unit).toBe('văn hóa');
  });
  it('a group classifier and a role in it is one unit, a count of people', () => {
    for (const r of L.ROLE_SUFFIXES) expect(findUnit(`07 tổ ${r} mới`, 2)?.unit).toBe(`tổ ${r}`);
    expect(findUnit('05 ấp trưởng', 2)?.unit).toBe('ấp trưởng');
    expect(findUnit('05 tổ Phó Chủ tịch', 2)?.unit).toBe('tổ');
  });
  it('connectors are cut from the end of a label', () => {
    for (const w of L.LABEL_CONNECTORS) expect(cleanLabel(`Số hộ nghèo ${w}`)).toBe('Số hộ nghèo');
  });
  it('head words open a label, end verbs close it, segment openers are cut', () => {
    for (const w of [...L.RATE_WORDS, ...L.LABEL_HEAD_WORDS]) expect(label(`Trong năm, ${w} hộ nghèo là 120`, '120')).toBe(`${w} hộ nghèo`);
    for (const w of L.LABEL_START_WORDS) expect(label(`${w} hộ nghèo của xã là 120`, '120')).toBe(`${w} hộ nghèo của xã`);
    for (const v of L.LABEL_END_VERBS) expect(label(`Trong năm, tỷ lệ hộ nghèo ${v} mức 95%`, '95%')).toBe('tỷ lệ hộ nghèo');
    for (const w of L.SEGMENT_OPENERS) expect(label(`Kết quả (${w} đăng ký mới 5)`, '5')).toBe('đăng ký mới');
  });
});

describe('parts stated inside a paragraph (extract/claims-inline.ts)', async () => {
  const L = await import('../../src/text/lexicon.js');
  const { ingestBytes } = await import('../../src/ingest/index.js');
  const { extractFigures } = await import('../../src/extract/figures.js');
  const { extractClaims } = await import('../../src/extract/claims.js');
  const claims = async (text: string) => {
    const r = await ingestBytes('t.txt', Buffer.from(`${text}\n`, 'utf8'));
    if (!r.ok) throw new Error(r.error.message);
    const { figures } = extractFigures(r.source, r.source.blocks.map(() => null));
    return extractClaims(r.source, figures).map((c) => ({ ...c, wholeRaw: figures[c.whole].raw, partRaws: c.parts.map((i) => figures[i].raw) }));
  };

  it('money split by its sources covers the whole', async () => {
    for (const w of L.FUNDING_WORDS) {
      const [c] = await claims(`Tổng kinh phí 1.000 triệu đồng, trong đó ${w} huyện 600 triệu đồng; ${w} xã 400 triệu đồng.`);
      expect(c).toMatchObject({ wholeRaw: '1.000 triệu đồng', connector: 'trong đó', relation: 'exhaustive' });
    }
    const [c] = await claims('Tổng kinh phí 1.000 triệu đồng, trong đó xây trường 600 triệu đồng; sửa đường 400 triệu đồng.');
    expect(c).toMatchObject({ wholeRaw: '1.000 triệu đồng', connector: 'trong đó', relation: 'subset' });
  });
  it('connectors whose parts cover the whole; separator words between parts', async () => {
    for (const w of L.EXHAUSTIVE_CONNECTORS) {
      const [c] = await claims(`Toàn xã có 120 hộ kinh doanh, ${w}: 70 hộ buôn bán, 50 hộ dịch vụ.`);
      expect(c).toMatchObject({ wholeRaw: '120', relation: 'exhaustive' });
    }
    for (const w of L.PART_SEPARATOR_WORDS) {
      const [c] = await claims(`Toàn xã có 120 hộ kinh doanh, trong đó 70 hộ buôn bán ${w} 50 hộ dịch vụ.`);
      expect(c?.partRaws).toEqual(['70', '50']);
    }
  });
  it('a bracket that compares or states a change is an aside, never the whole', async () => {
    for (const w of L.ASIDE_WORDS) {
      const [c] = await claims(`Xảy ra 04 vụ trộm cắp (${w} 02 vụ), gồm: 3 vụ trộm xe, 1 vụ trộm tiền.`);
      expect(c?.wholeRaw).toBe('04');
    }
  });
});

describe('table rows (extract/table-rows.ts)', async () => {
  const L = await import('../../src/text/lexicon.js');
  const { TOTAL_ROW_WORDS, BARE_TOTAL } = await import('../../src/extract/table-rows.js');
  it('total row labels, bare or over the whole area; a longer word is no total', () => {
    for (const w of L.TOTAL_ROW_LABELS) {
      const label = w[0].toUpperCase() + w.slice(1);
      expect(TOTAL_ROW_WORDS.test(`${label} thu ngân sách`)).toBe(true);
      expect(BARE_TOTAL.test(`${label}:`)).toBe(true);
      expect(BARE_TOTAL.test(`${label} chung`)).toBe(true);
      for (const s of L.BARE_TOTAL_SCOPES) expect(BARE_TOTAL.test(`${label} ${s} xã`)).toBe(true);
      expect(BARE_TOTAL.test(`${label} thu ngân sách`)).toBe(false);
    }
    expect(TOTAL_ROW_WORDS.test('Tổng kết năm')).toBe(true);
    expect(TOTAL_ROW_WORDS.test('Tổngkết')).toBe(false);
  });
  it('a total word opening another noun names a data row: "Cộng đồng dân cư bản Mường", "Tổng đài 1022"', async () => {
    for (const w of L.TOTAL_WORD_COMPOUNDS) {
      const label = `${w[0].toUpperCase()}${w.slice(1)} xóm Đông`;
      expect(TOTAL_ROW_WORDS.test(label)).toBe(false);
    }
    expect(TOTAL_ROW_WORDS.test('Cộng đồng dân cư bản Mường')).toBe(false);
    expect(TOTAL_ROW_WORDS.test('Cộng: đồng bào các dân tộc')).toBe(true);
    expect(TOTAL_ROW_WORDS.test('Cộng toàn huyện')).toBe(true);
    const { isTotalRow } = await import('../../src/extract/table-rows.js');
    expect(isTotalRow('', 'Cộng đồng dân cư bản Mường', 'Cộng đồng dân cư bản Mường')).toBe(false);
    expect(isTotalRow('', 'Cộng', 'Cộng')).toBe(true);
  });
  it('a change after a named rate carries its own figure: "tăng thêm", "giảm được"', () => {
    expect(L.DIFFERENCE_TAILS).toEqual(['thêm', 'được']);
  });
});

describe('tables (extract/tables.ts)', async () => {
  const L = await import('../../src/text/lexicon.js');
  const { ingestBytes } = await import('../../src/ingest/index.js');
  const { extractTables } = await import('../../src/extract/tables.js');
  /** The unit read from the end of the one row's label. */
  const unitOf = async (label: string) => {
    const r = await ingestBytes('t.txt', Buffer.from(`STT\tNội dung\tKết quả\n1\t${label}\t16\n2\tDiện tích lúa (ha)\t20\n`, 'utf8'));
    if (!r.ok) throw new Error(r.error.message);
    return extractTables(r.source).tables[0].rows.find((row) => row.label.startsWith(label.slice(0, 6)))!.unit;
  };
  it('a closing parenthesis that joins or qualifies is no unit', async () => {
    expect(await unitOf('Diện tích lúa (ha)')).toBe('ha');
    for (const w of L.NOT_A_UNIT_JOINS) expect(await unitOf(`Số lao động (nam ${w} nữ)`)).toBe('');
    for (const w of L.NOT_A_UNIT_WORDS) expect(await unitOf(`Số lao động (${w} nữ)`)).toBe('');
  });
});

describe('header frame words', () => {
  it('frame a column header without naming what it measures', async () => {
    const { HEADER_FRAME_WORDS, wordsRe } = await import('../../src/text/lexicon.js');
    const frame = wordsRe(HEADER_FRAME_WORDS);
    for (const w of HEADER_FRAME_WORDS) expect(frame.test(`${w} (người)`)).toBe(true);
    expect(frame.test('Tổng số lao động')).toBe(true);
    // Whole words only: "sổ" and "quỹ" are not "số" and "quý".
    expect(frame.test('Sổ hộ nghèo')).toBe(false);
    expect(frame.test('Quỹ khuyến học')).toBe(false);
  });
});

describe('share wholes and spelled scales', () => {
  it('a share names its total after a preposition; a value is stated after "là", "đạt", "có"; "vạn" scales a spelled number', async () => {
    const L = await import('../../src/text/lexicon.js');
    const after = new RegExp(`^(?:${L.alt(L.WHOLE_OF_PREPOSITIONS)})\\s+tổng`, 'iu');
    for (const w of L.WHOLE_OF_PREPOSITIONS) expect(after.test(`${w} tổng vốn đăng ký`)).toBe(true);
    expect(after.test('tại tổng kho')).toBe(false);
    const stated = new RegExp(`(?:${L.alt(L.STATED_AS_WORDS)})\\s*$`, 'iu');
    for (const w of L.STATED_AS_WORDS) expect(stated.test(`tổng vốn đăng ký ${w}`)).toBe(true);
    expect(L.SPELLED_SCALE_WORDS).toEqual(expect.arrayContaining(['vạn', 'triệu', 'tỷ']));
  });
});

describe('officials and their names', () => {
  it('holds the posts that end with a level word, in lower case, and the middle names of a person\'s name', () => {
    expect(wordsRe(OFFICIAL_POST_WORDS).test('viên chức dân số xã')).toBe(true);
    expect(wordsRe(OFFICIAL_POST_WORDS).test('Ủy ban nhân dân xã')).toBe(false);
    expect(OFFICIAL_POST_WORDS.every((w) => w === w.toLowerCase())).toBe(true);
    expect([...PERSON_MIDDLE_NAMES]).toEqual(['thị', 'văn']);
  });
});

describe('ceilings of a target', () => {
  it('holds the bound words that make a target a ceiling, not the floors', () => {
    expect(wordsRe(CEILING_WORDS).test('(dưới 0,95%)')).toBe(true);
    expect(wordsRe(CEILING_WORDS).test('(không vượt quá 5 ngày)')).toBe(true);
    expect(wordsRe(CEILING_WORDS).test('(từ 70 triệu đồng trở lên)')).toBe(false);
  });

  it('holds the words that close a subject with its own current period, no earlier one', () => {
    expect(wordsRe(CURRENT_PERIOD_WORDS).test('Số nhà bị sập đổ năm nay')).toBe(true);
    expect(wordsRe(CURRENT_PERIOD_WORDS).test('Số hồ sơ tiếp nhận trong kỳ')).toBe(true);
    expect(wordsRe(CURRENT_PERIOD_WORDS).test('Số nhà bị sập đổ năm trước')).toBe(false);
    expect(wordsRe(CURRENT_PERIOD_WORDS).test('Số hồ sơ cùng kỳ')).toBe(false);
  });
});

describe('lists added for events held, relations and phone lines', () => {
  it('HELD_ACTIONS names holding an event; SPELLED_RELATION_WORDS a relation; HOTLINE_WORDS a phone line', async () => {
    const { HELD_ACTIONS, SPELLED_RELATION_WORDS, HOTLINE_WORDS, LEVEL_REACHED_WORDS } = await import('../../src/text/lexicon.js');
    expect(wordsRe(HELD_ACTIONS).test('đã tổ chức hội thi')).toBe(true);
    expect(wordsRe(HELD_ACTIONS).test('đã ban hành kế hoạch')).toBe(false);
    expect(wordsRe(SPELLED_RELATION_WORDS).test('ký kết giữa hai đơn vị')).toBe(true);
    expect(wordsRe(SPELLED_RELATION_WORDS).test('giữ gìn')).toBe(false);
    expect(wordsRe(HOTLINE_WORDS).test('Tổng đài cấp cứu 115')).toBe(true);
    expect(wordsRe(HOTLINE_WORDS).test('tổng số đài truyền thanh')).toBe(false);
    expect(wordsRe(LEVEL_REACHED_WORDS).test('giảm còn 38 hộ')).toBe(true);
  });

  it('OCCURRED_WORDS tell an incident as happened or found', async () => {
    const { OCCURRED_WORDS } = await import('../../src/text/lexicon.js');
    expect(wordsRe(OCCURRED_WORDS).test('02 vụ sạt lở xảy ra vào ban đêm')).toBe(true);
    expect(wordsRe(OCCURRED_WORDS).test('kiểm tra phát hiện 04 cơ sở vi phạm')).toBe(true);
    expect(wordsRe(OCCURRED_WORDS).test('phát triển kinh tế hộ')).toBe(false);
  });
});

describe('superlatives and subunit kinds', () => {
  it('reads "cao nhất", "ít nhất" as superlatives, not "nhất trí"', async () => {
    const { SUPERLATIVE_WORDS } = await import('../../src/text/lexicon.js');
    expect(wordsRe(SUPERLATIVE_WORDS).test('tỷ lệ tiêm chủng cao nhất huyện')).toBe(true);
    expect(wordsRe(SUPERLATIVE_WORDS).test('thôn có ít nhất 3 hộ')).toBe(true);
    expect(wordsRe(SUPERLATIVE_WORDS).test('thống nhất trí cao')).toBe(false);
  });
  it('lists only kinds below the report level: a hamlet under a commune, a commune under a district', async () => {
    const { SUBUNIT_KINDS } = await import('../../src/text/lexicon.js');
    expect(SUBUNIT_KINDS['xã']).toContain('thôn');
    expect(SUBUNIT_KINDS['xã']).not.toContain('xã');
    expect(SUBUNIT_KINDS['huyện']).toContain('xã');
    expect(SUBUNIT_KINDS['huyện']).not.toContain('huyện');
    expect(SUBUNIT_KINDS['tỉnh']).toContain('huyện');
  });
});

describe('category shifters', () => {
  it('reads "một phần" as another category ("đơn đúng một phần" beside "đơn đúng"), and "cận" in "hộ cận nghèo"', async () => {
    const { CATEGORY_SHIFTERS } = await import('../../src/text/lexicon.js');
    expect(wordsRe(CATEGORY_SHIFTERS).test('đơn kiến nghị đúng một phần')).toBe(true);
    expect(wordsRe(CATEGORY_SHIFTERS).test('hộ cận nghèo')).toBe(true);
    expect(wordsRe(CATEGORY_SHIFTERS).test('đơn kiến nghị đúng')).toBe(false);
  });
});

describe('claim state cue words (universal-counter)', () => {
  it('tells on-time states from late ones, longest late word first', async () => {
    const { ON_TIME_WORDS, LATE_WORDS, SANCTION_WORDS, VIOLATION_WORDS } = await import('../../src/text/lexicon.js');
    const onTime = wordsRe(ON_TIME_WORDS);
    expect(onTime.test('giải quyết đúng và trước hạn')).toBe(true);
    expect(onTime.test('giải quyết quá hạn')).toBe(false);
    expect(new RegExp(`(${alt(LATE_WORDS)})`, 'u').exec('03 hồ sơ trễ hạn')![1]).toBe('trễ hạn');
    expect(wordsRe(LATE_WORDS).test('thời hạn giải quyết')).toBe(false);
    expect(wordsRe(SANCTION_WORDS).test('xử lý kỷ luật khiển trách')).toBe(true);
    expect(wordsRe(VIOLATION_WORDS).test('không vi phạm')).toBe(true);
  });

  it('pairs opposite states, light verbs and the leads of a time phrase', async () => {
    const { OPPOSITE_STATES, LIGHT_VERBS, TIME_PHRASE_LEADS } = await import('../../src/text/lexicon.js');
    const right = OPPOSITE_STATES.find((p) => p.yes.includes('đúng'))!;
    expect(right.no).toContain('sai');
    expect(OPPOSITE_STATES.find((p) => p.yes.includes('đạt'))!.no).toEqual(expect.arrayContaining(['không đạt', 'chưa đạt']));
    // No word is both a yes and a no.
    for (const p of OPPOSITE_STATES) for (const y of p.yes) expect(p.no).not.toContain(y);
    expect(wordsRe(LIGHT_VERBS).test('chưa tổ chức họp')).toBe(true);
    expect(wordsRe(LIGHT_VERBS).test('tổ trưởng')).toBe(false);
    expect(wordsRe(TIME_PHRASE_LEADS).test('họp trong tháng 4')).toBe(true);
  });

  it('reads "đúng thời gian" as on time, "trường hợp" as a noun of cases, and the words naming counted members', async () => {
    const { ON_TIME_WORDS, CASE_NOUNS, NAMED_MEMBER_WORDS } = await import('../../src/text/lexicon.js');
    expect(wordsRe(ON_TIME_WORDS).test('bàn giao đúng thời gian quy định')).toBe(true);
    expect(wordsRe(ON_TIME_WORDS).test('thời gian bàn giao')).toBe(false);
    expect([...CASE_NOUNS]).toEqual(['trường hợp']);
    expect(wordsRe(NAMED_MEMBER_WORDS).test('02 trạm thuộc Khu 3')).toBe(true);
    expect(wordsRe(NAMED_MEMBER_WORDS).test('03 điểm tại Khe Sanh')).toBe(true);
    expect(wordsRe(NAMED_MEMBER_WORDS).test('03 điểm trường')).toBe(false);
  });

  it('reads the verbs closing a case and the words of a case still in hand', async () => {
    const { CLOSING_VERBS, PENDING_WORDS } = await import('../../src/text/lexicon.js');
    expect(wordsRe(CLOSING_VERBS).test('đơn đã được giải quyết xong')).toBe(true);
    expect(wordsRe(CLOSING_VERBS).test('đơn đã được tiếp nhận')).toBe(false);
    expect(wordsRe(PENDING_WORDS).test('02 đơn đang được xác minh')).toBe(true);
    expect(wordsRe(PENDING_WORDS).test('02 hồ sơ tiếp tục bổ sung')).toBe(true);
    expect(wordsRe(PENDING_WORDS).test('02 đơn đã xác minh xong')).toBe(false);
  });
});

describe('group stock and member words (claims-members)', () => {
  it('keeps words of leaving or joining a group out of the member words, and a comparison or goal in the unsure words', async () => {
    const L = await import('../../src/text/lexicon.js');
    expect([...L.MEMBER_ACTION_WORDS]).toEqual(['tham gia', 'được']);
    expect(L.MEMBER_ACTION_WORDS as readonly string[]).not.toContain('đã');
    for (const w of ['so với', 'cùng kỳ', 'phấn đấu', 'đầu năm']) expect(L.GROUP_STOCK_UNSURE as readonly string[]).toContain(w);
    expect(wordsRe(L.GROUP_NAME_ENDS).test('46 hộ nghèo và 83 hộ cận nghèo')).toBe(true);
    expect(wordsRe(L.GROUP_STOCK_MARKERS).test('toàn xã có 46 hộ nghèo')).toBe(true);
  });
});

describe('verbs of finding', () => {
  it('find "cho thấy" / "chứng tỏ" as whole words, not "cho" alone nor "thấy" in another word', async () => {
    const { FINDING_VERBS } = await import('../../src/text/lexicon.js');
    expect(wordsRe(FINDING_VERBS).test('Số liệu khảo sát cho thấy mạng lưới chợ đã được nâng cấp')).toBe(true);
    expect(wordsRe(FINDING_VERBS).test('Kết quả đó chứng tỏ hướng đi đúng')).toBe(true);
    expect(wordsRe(FINDING_VERBS).test('cấp phát cho thôn Thấy Lâm')).toBe(false);
    expect(wordsRe(FINDING_VERBS).test('hỗ trợ cho 12 hộ')).toBe(false);
  });
});

describe('workload stages, name frame tokens and header money scales (repeated-value-conflict)', () => {
  it('tells the stages of one workload apart and keeps frame words and scale abbreviations listed', async () => {
    const L = await import('../../src/text/lexicon.js');
    const stage = (s: string) => L.WORKLOAD_STAGES.flatMap((words, k) => (wordsRe(words).test(s) ? [k] : []));
    // Hand-checked: "phải giải quyết" is the workload (2), "đã giải quyết" the settled files (3), "tiếp nhận" the received (1).
    expect(stage('tổng số đơn thư phải giải quyết là 96 đơn')).toEqual([2]);
    expect(stage('Số đơn đã giải quyết')).toEqual([3]);
    expect(stage('tiếp nhận 40 đơn mới')).toEqual([1]);
    expect(stage('Số hội viên')).toEqual([]);
    expect([...L.NAME_FRAME_TOKENS]).toEqual(['trong', 'đó', 'này']);
    expect(L.MONEY_SCALE_ABBREVIATIONS.tr).toBe('triệu');
  });
});

describe('claims of none that a thing happened at all', () => {
  it('lists existence verbs, scope openers and change leads as whole words', async () => {
    const { EXISTENCE_VERBS, NONE_SCOPE_WORDS, COUNT_CHANGE_LEADS } = await import('../../src/text/lexicon.js');
    expect(wordsRe([...EXISTENCE_VERBS]).test('không để xảy ra cháy chợ')).toBe(true);
    expect(wordsRe([...EXISTENCE_VERBS]).test('phát sinhh')).toBe(false);
    // "ở" is a scope word only as a whole word: not the last syllable of "sạt lở".
    expect(wordsRe([...NONE_SCOPE_WORDS]).exec('sạt lở trên địa bàn phường')![0].trim()).toBe('trên địa bàn');
    expect(wordsRe([...NONE_SCOPE_WORDS]).test('sạt lở bờ kè')).toBe(false);
    expect(new RegExp(`(?:${alt(COUNT_CHANGE_LEADS)})\\s*$`, 'u').test('số vụ giảm ')).toBe(true);
    expect(new RegExp(`(?:${alt(COUNT_CHANGE_LEADS)})\\s*$`, 'u').test('đã dập tắt ')).toBe(false);
  });
});

describe('claims that every target was met', () => {
  it('lists target nouns, met verbs and partial words as whole words', async () => {
    const { ALL_TARGET_NOUNS, TARGET_MET_VERBS, PARTIAL_CLAIM_WORDS } = await import('../../src/text/lexicon.js');
    expect(wordsRe([...ALL_TARGET_NOUNS]).exec('đạt các chỉ tiêu về y tế')![0]).toBe('chỉ tiêu');
    expect(wordsRe([...TARGET_MET_VERBS]).test('đã hoàn thành')).toBe(true);
    expect(wordsRe([...TARGET_MET_VERBS]).test('đạtt')).toBe(false);
    expect(wordsRe([...PARTIAL_CLAIM_WORDS]).test('cơ bản hoàn thành các chỉ tiêu')).toBe(true);
    // "riêng" only as a whole word, not inside "riêngg".
    expect(wordsRe([...PARTIAL_CLAIM_WORDS]).test('riêngg')).toBe(false);
  });
});

describe('a counting window, hours, whole-scope rows and units per time (session 17)', () => {
  it('reads the window after each data word, and no span of an event', async () => {
    const { DATA_WINDOW_WORDS } = await import('../../src/text/lexicon.js');
    const { readWindow } = await import('../../src/extract/meta.js');
    for (const w of DATA_WINDOW_WORDS) {
      expect(readWindow(`Xã báo cáo kết quả năm 2025 (${w} từ ngày 15/12/2024 đến ngày 14/12/2025) như sau:`)).toEqual({ start: '2024-12-15', end: '2025-12-14' });
    }
    expect(readWindow('Kết quả năm 2025 và đợt ra quân từ 01/3/2025 đến 05/3/2025')).toBeNull();
  });
  it('reads more hours than a day has as an amount, and a clock hour as none', async () => {
    const { HOUR_UNITS } = await import('../../src/text/lexicon.js');
    const { findNotFigureRanges } = await import('../../src/extract/not-figures.js');
    const not = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([s, e]) => text.slice(s, e));
    for (const w of HOUR_UNITS) {
      expect(not(`tổng thời lượng phát sóng 468 ${w} trong năm`)).toEqual([]);
      expect(not(`không hoạt động sau 22 ${w} hằng ngày`)).toContain(`22 ${w}`);
    }
  });
  it('takes a row labelled only with the whole as a total, and a named place beside it as a data row', async () => {
    const { WHOLE_SCOPE_ROW_LABELS } = await import('../../src/text/lexicon.js');
    const { isTotalRow } = await import('../../src/extract/table-rows.js');
    const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
    for (const w of WHOLE_SCOPE_ROW_LABELS) {
      expect(isTotalRow('', cap(w), '')).toBe(true);
      expect(isTotalRow('', `${cap(w)} Tân An`, '')).toBe(false);
    }
  });
  it('sums a flow per unit of time and never a value per thing', async () => {
    const { PER_TIME_UNITS } = await import('../../src/text/lexicon.js');
    const { measureOf } = await import('../../src/extract/table-header.js');
    for (const w of PER_TIME_UNITS) expect(measureOf(`Khối lượng thu gom (tấn/${w})`, 'value')).toBe('amount');
    expect(measureOf('Năng suất (tạ/ha)', 'value')).toBe('average');
    expect(measureOf('Mức hỗ trợ (đồng/người/năm)', 'value')).toBe('average');
    expect(measureOf('Tỷ lệ (%)', 'percent')).toBe('rate');
  });
});

describe('words joining a second amount to a change', () => {
  it('are whole words a change verb governs across', async () => {
    const { CHANGE_JOINERS } = await import('../../src/text/lexicon.js');
    expect([...CHANGE_JOINERS]).toEqual(['và']);
    expect(wordsRe([...CHANGE_JOINERS]).test('giảm 02 vụ và 03 người')).toBe(true);
    expect(wordsRe([...CHANGE_JOINERS]).test('vàng 3 chỉ')).toBe(false);
  });
});

describe('heads of a whole named after a share', () => {
  it('a total word alone, a number word only before a noun', async () => {
    const { WHOLE_NAME_TOTAL_HEADS, WHOLE_NAME_NUMBER_HEADS } = await import('../../src/text/lexicon.js');
    expect([...WHOLE_NAME_TOTAL_HEADS]).toEqual(['tổng']);
    expect([...WHOLE_NAME_NUMBER_HEADS]).toEqual(['số']);
  });
});
