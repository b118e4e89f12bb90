/**
 * A document's number style decided from its own figures, and every reading agreeing with it.
 *
 * The excerpts below were written for this test, of different topics and densities; every value
 * was checked by hand. English style: "," groups thousands, "." is the decimal mark. An ambiguous
 * token ("1.125", "12,480": one mark, then three digits) is read by the document's unambiguous
 * ones; with no evidence either way a document is Vietnamese; with evidence both ways the
 * ambiguous tokens are not read at all (a rule must not rest on a guess).
 */
import { describe, expect, test } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';
import { extractFigures } from '../../src/extract/figures.js';
import { detectNumberStyle } from '../../src/extract/numbers.js';
import { snippetSource } from './seed-blocks.js';

const read = (...lines: string[]) => {
  const source = snippetSource(...lines);
  return extractFigures(source, source.blocks.map(() => 0));
};
const values = (...lines: string[]) => read(...lines).figures.map((f) => Math.round(f.value * 1e6) / 1e6);
const findings = async (text: string) => {
  const outcome = await analyseBytes('t.txt', Buffer.from(text + '\n', 'utf8'));
  if (outcome.error) throw new Error(outcome.error.message);
  return outcome.analysis!.findings.map((f) => f.rule);
};

// ——— English-style excerpts ———

// Few numbers, agriculture. "7,312.5 tấn" can only be English; so "1,125 ha" is 1125 ha.
const FEW = ['Vụ Đông Xuân năm 2025, toàn xã gieo cấy được 1,125 ha lúa, đạt 98.6% kế hoạch; sản lượng ước đạt 7,312.5 tấn.'];

// Mostly percents, health. "42,386 hộ": households are whole, so the comma groups. 1,204/42,386 = 2.8406% → 2.84%.
// "dưới 1 tuổi" is an age, no figure.
const PERCENTS = [
  'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 97.25%, tăng 1.5% so với cùng kỳ.',
  'Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92.8%; tỷ lệ hộ dùng nước hợp vệ sinh đạt 99.1%.',
  'Toàn huyện có 42,386 hộ; tỷ lệ hộ nghèo 2.84% (1,204/42,386 hộ).',
];

// Mostly money, budget. "6 tháng" is a period, no figure. 1,254,300,000 + 3,125,700,000 = 4,380,000,000; 86.42 tỷ / 159.15 tỷ = 54.30%.
const MONEY = [
  'Tổng thu ngân sách trên địa bàn 6 tháng đầu năm 2025 đạt 86.42 tỷ đồng, bằng 54.30% dự toán (159.15 tỷ đồng).',
  'Chi đầu tư phát triển 4,380,000,000 đồng, gồm: vốn ngân sách tỉnh 1,254,300,000 đồng và vốn ngân sách huyện 3,125,700,000 đồng.',
  'Kinh phí hỗ trợ hộ nghèo 12,480 triệu đồng.',
];

// Mixed with dates and document numbers. 12,105/12,480 = 96.995% → 97.0%; "1.125 ha" is 1.125 ha here.
const MIXED = [
  'Thực hiện Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 và Kế hoạch số 112/KH-UBND ngày 15/3/2025 của UBND huyện, tính đến ngày 30/6/2025 toàn phường đã tiếp nhận 12,480 hồ sơ, giải quyết đúng hạn 12,105 hồ sơ, đạt 97.0%.',
  'Diện tích đất công được rà soát 1.125 ha; kinh phí thực hiện 12,480,000 đồng.',
];

// ——— Vietnamese-style excerpts ———

// 44/1.254 = 3,5088% → 3,51%; 924/1.254 = 73,684% → 73,68%, not the stated 73,70% of another whole.
const VIETNAMESE = [
  'Toàn xã có 1.254 hộ với 4.862 nhân khẩu; số hộ nghèo 44 hộ, chiếm 3,51%.',
  'Diện tích lúa 1.125 ha, năng suất bình quân 62,5 tạ/ha; tỷ lệ hộ dùng nước sạch đạt 73,70%.',
];

// No evidence either way: the Vietnamese reading. "1.125 ha" is 1125 ha, "12,480 tấn" is 12,48 tấn.
const NO_EVIDENCE = ['Xã có 12 thôn, diện tích tự nhiên 1.125 ha; sản lượng thủy sản 12,480 tấn.'];

describe('English-style reports are recognised and read that way', () => {
  test('few numbers: one unambiguous figure decides "1,125 ha"', () => {
    expect(read(...FEW).numbers.style).toBe('en');
    expect(values(...FEW)).toEqual([1125, 98.6, 7312.5]);
  });

  test('mostly percents: whole households decide "42,386 hộ"', () => {
    expect(read(...PERCENTS).numbers.style).toBe('en');
    expect(values(...PERCENTS)).toEqual([97.25, 1.5, 92.8, 99.1, 42386, 2.84, Math.round((1204 / 42386) * 1e6) / 1e6]);
    expect(read(...PERCENTS).figures.at(-1)).toMatchObject({ kind: 'fraction', numerator: 1204, denominator: 42386 });
  });

  test('mostly money: "86.42 tỷ đồng" and "1,254,300,000 đồng"', () => {
    expect(read(...MONEY).numbers.style).toBe('en');
    expect(values(...MONEY)).toEqual([86.42e9, 54.3, 159.15e9, 4380000000, 1254300000, 3125700000, 12480e6]);
  });

  test('mixed with dates and document numbers, none of which is a figure', () => {
    const { numbers, figures } = read(...MIXED);
    expect(numbers.style).toBe('en');
    expect(figures.map((f) => f.raw)).toEqual(['12,480', '12,105', '97.0%', '1.125', '12,480,000 đồng']);
    expect(figures.map((f) => f.value)).toEqual([12480, 12105, 97, 1.125, 12480000]);
  });

  test.each([
    ['few', FEW],
    ['percents', PERCENTS],
    ['money', MONEY],
    ['mixed', MIXED],
  ])('the correct %s excerpt raises no finding', async (_name, lines) => {
    expect(await findings(lines.join('\n'))).toEqual([]);
  });

  test('a planted error is still found in English style', async () => {
    // 1,204/42,386 = 2.84%, not 3.84%.
    expect(await findings(PERCENTS.join('\n').replace('2.84%', '3.84%'))).toContain('percent-mismatch');
    // 1,254,300,000 + 3,125,700,000 = 4,380,000,000, not 4,480,000,000.
    expect(await findings(MONEY.join('\n').replace('4,380,000,000', '4,480,000,000'))).toContain('parts-sum-mismatch');
  });
});

describe('Vietnamese-style reports are never read as English', () => {
  test('many "1.254" and "73,70%"', () => {
    expect(read(...VIETNAMESE).numbers.style).toBe('vi');
    expect(values(...VIETNAMESE)).toEqual([1254, 4862, 44, 3.51, 1125, 62.5, 73.7]);
  });

  test('no evidence either way keeps the Vietnamese reading', () => {
    expect(read(...NO_EVIDENCE).numbers.style).toBe('vi');
    expect(values(...NO_EVIDENCE)).toEqual([12, 1125, 12.48]);
  });

  test('a Vietnamese report with an English-typed amount stays Vietnamese', () => {
    const lines = [...VIETNAMESE, 'Kinh phí 1,250,000,000 đồng.'];
    expect(read(...lines).numbers.style).toBe('vi');
  });

  test('a comma-grouped count of whole things in a Vietnamese report is read by what it counts, never 12,48 files', () => {
    expect(values(...VIETNAMESE, 'Bộ phận một cửa tiếp nhận 12,480 hồ sơ.')).toEqual([1254, 4862, 44, 3.51, 1125, 62.5, 73.7, 12480]);
  });

  test('the correct Vietnamese excerpt raises no finding', async () => {
    expect(await findings(VIETNAMESE.join('\n'))).toEqual([]);
  });
});

describe('evidence', () => {
  test('an ambiguous token is no evidence either way', () => {
    expect(detectNumberStyle('Diện tích 1.125 ha; sản lượng 12,480 tấn.')).toMatchObject({ en: 0, vi: 0 });
  });

  test('a whole count grouped by a comma is English, by a dot Vietnamese', () => {
    expect(detectNumberStyle('Có 42,386 hộ.').en).toBe(1);
    expect(detectNumberStyle('Có 42.386 hộ.').vi).toBe(1);
  });

  test('a heading number "1.2." or a section "mục 2.3" is no decimal', () => {
    expect(detectNumberStyle('1.2. Kết quả thực hiện\nTheo mục 2.3 của kế hoạch.\nMục 2.3 nêu rõ.\n1.2 Kết quả\n3.1 Về y tế')).toMatchObject({ en: 0, vi: 0 });
  });

  test('a dotted percent opening a table cell is evidence', () => {
    expect(detectNumberStyle('Chỉ tiêu\t97.25%\t98.1%').en).toBe(2);
  });

  test('dotted percents against a dotted count: unsure, so "1.125 ha" is unread and "4.256 hồ sơ" read by what it counts', () => {
    const { numbers, figures } = read('Tỷ lệ giải quyết đúng hạn 98.5%, trực tuyến 97.2%.', 'Tiếp nhận 4.256 hồ sơ; giao đất 1.125 ha.');
    expect(numbers).toMatchObject({ style: 'vi', sure: false });
    expect(figures.map((f) => f.value)).toEqual([98.5, 97.2, 4256]);
  });

  test('evidence both ways leaves the ambiguous tokens unread', () => {
    // One English and one Vietnamese amount: the style is Vietnamese and unsure; each amount is read by its own shape (two
    // groups: only one style reads it), "1.125 ha" (one mark, three digits) not at all.
    const { numbers, figures, warnings } = read('Kinh phí 1,254,300,000 đồng; hỗ trợ 1.254.300.000 đồng.', 'Diện tích 1.125 ha.');
    expect(numbers).toMatchObject({ style: 'vi', sure: false });
    expect(figures.map((f) => f.value)).toEqual([1254300000, 1254300000]);
    expect(warnings.some((w) => w.message.includes('"1.125"'))).toBe(true);
  });
});

describe('every reading follows the style', () => {
  const EN_HEAD = 'Tổng kinh phí thực hiện 1,254,300,000 đồng, đạt 98.6% kế hoạch.';

  test('a table of an English-style report: cells, and a total checked on them', async () => {
    // 1,125 + 1,204 = 2,329 households; 4,480 + 4,862 = 9,342 people, so "9,442" is wrong.
    const rows = ['Thôn\tSố hộ\tSố khẩu\tTỷ lệ hộ nghèo (%)', 'Thôn 1\t1,125\t4,480\t2.5', 'Thôn 2\t1,204\t4,862\t3.1', 'Cộng\t2,329\t9,342\t2.8'];
    const outcome = await analyseBytes('t.txt', Buffer.from([EN_HEAD, ...rows].join('\n') + '\n', 'utf8'));
    const body = outcome.analysis!.tables[0].rows.slice(-3).map((r) => r.cells.slice(1).map((c) => c.value));
    expect(body).toEqual([[1125, 4480, 2.5], [1204, 4862, 3.1], [2329, 9342, 2.8]]);
    expect(await findings([EN_HEAD, ...rows].join('\n'))).toEqual([]);
    expect(await findings([EN_HEAD, ...rows].join('\n').replace('9,342', '9,442'))).toEqual(['table-total-mismatch']);
  });

  test('two numbers run together are told in English style too', async () => {
    const outcome = await analyseBytes('t.txt', Buffer.from(`${EN_HEAD}\nĐã lắp đặt 1,254 300 cụm loa; thu hoạch 2.5 3.5 tấn nấm.\n`, 'utf8'));
    expect(outcome.analysis!.textReadings.runTogether.map((r) => [r.first, r.second])).toEqual([['1,254', '300'], ['2.5', '3.5']]);
    // The same marks in a Vietnamese report are a number and a decimal, nothing run together.
    const vi = await analyseBytes('t.txt', Buffer.from('Tổng kinh phí 1.254.300.000 đồng, đạt 98,6%.\nĐã lắp đặt 1.254 300 cụm loa; thu hoạch 2,5 3,5 tấn nấm.\n', 'utf8'));
    expect(vi.analysis!.textReadings.runTogether.map((r) => [r.first, r.second])).toEqual([['1.254', '300'], ['2,5', '3,5']]);
  });

  test('a change and its words are read in English style', async () => {
    // 1,254 − 1,125 = 129 households fewer; 12,480 in words.
    const text = `${EN_HEAD}\nSố hộ nghèo năm 2025 là 1,125 hộ, giảm 129 hộ so với năm 2024 (1,254 hộ).\nTiếp nhận 12,480 (mười hai nghìn bốn trăm tám mươi) hồ sơ.`;
    expect(await findings(text)).toEqual([]);
    expect(await findings(text.replace('giảm 129 hộ', 'giảm 229 hộ'))).toEqual(['claim-mismatch']);
    expect(await findings(text.replace('mười hai nghìn bốn trăm tám mươi', 'mười hai nghìn năm trăm tám mươi'))).toEqual(['words-digits-mismatch']);
  });
});

describe('messages quote numbers as the document writes them', () => {
  test('an English-style report gets "725/1,254 = 57.8%", a Vietnamese one "725/1.254 = 57,8%"', async () => {
    // 725/1,254 = 57.815% → 57.8%, not the stated 67.8%.
    const message = async (text: string) => (await analyseBytes('t.txt', Buffer.from(text + '\n', 'utf8'))).analysis!.findings.map((f) => f.message);
    expect(await message('Kinh phí 1,254,300,000 đồng.\nTổng số 1,254 lao động, trong đó nữ 725 người, chiếm 67.8%.')).toEqual([
      expect.stringContaining('725/1,254 = 57.8%'),
    ]);
    expect(await message('Kinh phí 1.254.300.000 đồng.\nTổng số 1.254 lao động, trong đó nữ 725 người, chiếm 67,8%.')).toEqual([
      expect.stringContaining('725/1.254 = 57,8%'),
    ]);
  });
});
