import { describe, expect, it } from 'vitest';
import {
  alt, AMONG, AS_FOLLOWS, BULLET_CHARS, CHANGE_VERBS, COMPARISON, COMPARISON_WORDS, COMPLETION_VERBS, CONSISTS_OF,
  CUMULATIVE, CUMULATIVE_WORDS, DIVIDED_INTO, DURATION_UNITS, EACH_WORDS, GROUP_HEADS, HEDGES, OF_WHICH, PART_CONNECTOR,
  PERIOD_UNITS, PERSON_NOUNS, PLAN, PLAN_WORDS, PRIOR_WORDS, RATE_WORD, RATE_WORDS, RUNNING_TOTAL_WORDS, SEPARATELY,
  SHARE_VERBS, SPECIFICALLY, spellings, TARGET_WORDS, TOTAL_WORDS, wordsRe,
} from '../../src/text/lexicon.js';

describe('spellings and alternations', () => {
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
