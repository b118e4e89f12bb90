import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// The split's findings: message id, data, and each place as [quote, offset in its line].
const splits = async (text: string) =>
  (await findingsOf('parts-sum-mismatch', `${text}\n`)).map((f) => [f.messageId, f.data, f.evidence.map((e) => [e.quote, e.span.start])]);
const at = (text: string, quote: string) => text.indexOf(quote);

// Sources of a health programme's money: the text names two, the table four (2 100 + 1 450 + 680 + 630 = 4 860).
const FUND_TEXT = 'Tổng kinh phí thực hiện Chương trình y tế cơ sở năm 2025 là 4 860 triệu đồng; trong đó ngân sách tỉnh 2 100 triệu đồng, ngân sách huyện 1 450 triệu đồng. Chi tiết như sau:';
const fundTable = (rows: string[]) => [
  '',
  'Bảng 3. Nguồn kinh phí thực hiện năm 2025 (triệu đồng)',
  '| STT | Nguồn kinh phí | Dự toán | Thực hiện |',
  '|---|---|---|---|',
  ...rows,
  '|  | Tổng cộng | 4 800 | 4 860 |',
].join('\n');
const FOUR_SOURCES = ['| 1 | Ngân sách tỉnh | 2 000 | 2 100 |', '| 2 | Ngân sách huyện | 1 500 | 1 450 |', '| 3 | Ngân sách xã | 700 | 680 |', '| 4 | Xã hội hóa | 600 | 630 |'];

// Pupils by level: the text names two levels, the table three (302 + 520 + 414 = 1 236).
const PUPILS_TABLE = ['', '| TT | Cấp học | Số trường | Số học sinh |', '|---|---|---|---|', '| 1 | Mầm non | 2 | 302 |', '| 2 | Tiểu học | 2 | 520 |', '| 3 | Trung học cơ sở | 1 | 414 |', '|  | Tổng số | 5 | 1.236 |'].join('\n');

describe('parts-sum-mismatch: a text list of parts that a table restating the whole shows more of is partial (session 52)', () => {
  it('stays silent on funding sources the text names only some of, beside a table of all of them (budget, health)', async () => {
    expect(await splits(`${FUND_TEXT}\n${fundTable(FOUR_SOURCES)}`)).toEqual([]);
  });

  it('stays silent on school levels listed with "gồm" beside a table that adds the pre-school level (education)', async () => {
    const text = 'Tổng số học sinh toàn xã năm học 2024-2025 là 1.236 em, gồm học sinh tiểu học 520 em và học sinh trung học cơ sở 414 em.';
    expect(await splits(`${text}\n${PUPILS_TABLE}`)).toEqual([]);
  });

  it('still reads the sources as a split when no table restates them', async () => {
    // Hand-checked: 2 100 + 1 450 = 3 550 triệu đồng, not 4 860.
    expect(await splits(FUND_TEXT)).toEqual([
      ['partsSumMismatch', { parts: '2 100 triệu đồng + 1 450 triệu đồng', sum: 3_550_000_000, whole: 4_860_000_000 },
        [['4 860 triệu đồng', at(FUND_TEXT, '4 860')], ['2 100 triệu đồng', at(FUND_TEXT, '2 100')], ['1 450 triệu đồng', at(FUND_TEXT, '1 450')]]],
    ]);
  });

  it('still reads the split when a text amount is not the one its row states (the table restates no part of it)', async () => {
    // The text says 1 540 for the district, the row 1 450: 2 100 + 1 540 = 3 640 ≠ 4 860.
    const text = FUND_TEXT.replace('huyện 1 450', 'huyện 1 540');
    expect((await splits(`${text}\n${fundTable(FOUR_SOURCES)}`)).map(([id, data]) => [id, data])).toEqual([
      ['partsSumMismatch', { parts: '2 100 triệu đồng + 1 540 triệu đồng', sum: 3_640_000_000, whole: 4_860_000_000 }],
    ]);
  });

  it('still reads the split when the table has no part beyond those the text names', async () => {
    // The table's rows are the text's two sources only: the text's list is the table's, 3 550 ≠ 4 860 either way.
    const table = fundTable(FOUR_SOURCES.slice(0, 2));
    expect((await splits(`${FUND_TEXT}\n${table}`)).map(([id, data]) => [id, data])).toEqual([
      ['partsSumMismatch', { parts: '2 100 triệu đồng + 1 450 triệu đồng', sum: 3_550_000_000, whole: 4_860_000_000 }],
    ]);
  });

  it('still reads the split when the table states another total', async () => {
    // The table adds up to 4 680 (its total row says so): it restates another whole, 2 100 + 1 450 = 3 550 ≠ 4 860 stands.
    const table = fundTable(FOUR_SOURCES).replace('| 4 860 |', '| 4 680 |');
    expect((await splits(`${FUND_TEXT}\n${table}`)).map(([id, data]) => [id, data])).toEqual([
      ['partsSumMismatch', { parts: '2 100 triệu đồng + 1 450 triệu đồng', sum: 3_550_000_000, whole: 4_860_000_000 }],
    ]);
  });

  it('stays silent on the full list of sources that adds up, beside the same table', async () => {
    // 2 100 + 1 450 + 680 + 630 = 4 860.
    const text = FUND_TEXT.replace('1 450 triệu đồng.', '1 450 triệu đồng, ngân sách xã 680 triệu đồng, xã hội hóa 630 triệu đồng.');
    expect(await splits(`${text}\n${fundTable(FOUR_SOURCES)}`)).toEqual([]);
  });
});
