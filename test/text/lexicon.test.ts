import { describe, expect, it } from 'vitest';
import {
  alt, AMONG, AS_FOLLOWS, BULLET_CHARS, CHANGE_VERBS, COMPARISON, COMPARISON_WORDS, COMPLETION_VERBS, CONSISTS_OF,
  CUMULATIVE, CUMULATIVE_WORDS, DIVIDED_INTO, DURATION_UNITS, EACH_WORDS, GROUP_HEADS, HEDGES, OF_WHICH, PART_CONNECTOR,
  PERIOD_UNITS, PERSON_NOUNS, PLACE_KIND_WORDS, PLAN, PLAN_WORDS, PRIOR_WORDS, RATE_WORD, RATE_WORDS, RUNNING_TOTAL_WORDS, SEPARATELY,
  SHARE_VERBS, SPECIFICALLY, spellings, TARGET_WORDS, TOTAL_WORDS, wordsRe,
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
  });
  it('a subject: an organ, "Toàn", "Trên địa bàn"; not after a relation word', () => {
    for (const w of L.WHOLE_AREA_WORDS) expect(P.isSubject(`${w} xã Tân Thới`, w.length + 1)).toBe(true);
    expect(P.isSubject('Trạm y tế xã Tân Thới', 10)).toBe(true);
    for (const w of L.RELATION_WORDS) expect(P.isSubject(`Hồ sơ ${w} xã Tân Thới`, 7 + w.length)).toBe(false);
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
  });
  it('own unit words and other times', () => {
    expect(L.OWN_UNIT_WORDS).toContain('phường');
    const other = new RegExp(alt(L.OTHER_TIME_WORDS), 'iu');
    for (const w of ['Cùng kỳ năm 2023', 'Luỹ kế', 'So sánh (%)']) expect(other.test(w)).toBe(true);
    expect(other.test('Thực hiện 2024')).toBe(false);
    expect(L.AND_WITH_WORDS).toEqual(['và', 'với']);
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
