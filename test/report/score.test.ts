import { describe, expect, it } from 'vitest';
import type { DocumentOut } from '../../src/model/index.js';
import { scoreDocument, scoreReading, summarise, type Score } from '../../src/report/score.js';
import { doc, figure, gold, section } from '../helpers/score-docs.js';

describe('scoreReading', () => {
  it('is null when the gold lists no headings, figures or not-figures', () => {
    expect(scoreReading(doc([], []), gold({}))).toBeNull();
  });

  it('counts a heading right only with its number, title and depth; invented headings lower the share', () => {
    const d = doc([section('A.', 'KẾT QUẢ THỰC HIỆN', 1), section('I.', 'Kinh tế', 2), section('1.', 'Nông nghiệp', 2), section('2.', 'Một câu dài', 3)], []);
    const r = scoreReading(d, gold({ headings: [
      { number: 'A', title: 'Kết quả thực hiện', depth: 1 },
      { number: 'I', title: 'KINH TẾ', depth: 2 },
      { number: '1', title: 'Nông nghiệp', depth: 3 },
    ] }))!;
    // A right, I right, 1 at the wrong depth (2, not 3), "2." invented.
    expect(r.headingsRight).toBe(2);
    expect(r.headingsGold).toBe(3);
    expect(r.headingsFound).toBe(4);
    expect(r.misses.some((m) => m.startsWith('heading level 1'))).toBe(true);
    expect(r.misses.some((m) => m.startsWith('heading invented 2.'))).toBe(true);
  });

  it('matches a part or "Mục" heading by its numeral whether the gold keeps the word ("PHẦN B") or not ("B")', () => {
    const d = doc([section('PHẦN B.', 'NHIỆM VỤ NĂM TỚI', 1), section('Mục III.', 'KIẾN NGHỊ', 2), section('Phần thứ hai', 'GIẢI PHÁP', 1)], []);
    const r = scoreReading(d, gold({ headings: [
      { number: 'B', title: 'NHIỆM VỤ NĂM TỚI', depth: 1 },
      { number: 'Mục III', title: 'KIẾN NGHỊ', depth: 2 },
      { number: 'hai', title: 'GIẢI PHÁP', depth: 1 },
    ] }))!;
    // B and Mục III right; "Phần thứ hai" is no bare numeral, so "hai" is missed and the section invented.
    expect(r.headingsRight).toBe(2);
    expect(r.misses.some((m) => m.startsWith('heading missed hai'))).toBe(true);
  });

  it('counts a figure right when a figure inside the quote has the gold value; a fraction matches by either side', () => {
    const text = 'Diện tích gieo trồng 2 650 ha, có 21/22 cán bộ.';
    const d = doc([], [figure('2', 2, text), figure('650', 650, text), figure('21/22', 21, text, 21, 22)]);
    const r = scoreReading(d, gold({ figures: [{ quote: '2 650 ha', value: 2650 }, { quote: '21/22 cán bộ', value: 22 }] }))!;
    expect(r.figuresRight).toBe(1);
    expect(r.misses[0]).toContain('2 650 ha = 2650');
  });

  it('counts a fraction of an amount right by a side scaled by its unit\'s scale word, never by a wrong scale', () => {
    const text = 'Vốn sự nghiệp giải ngân 3.150/8.400 triệu đồng, đạt 37,5%.';
    const fraction = { ...figure('3.150/8.400', 0.375, text, 3150, 8400), kind: 'fraction' as const, unit: 'triệu đồng' };
    const r = scoreReading(doc([], [fraction]), gold({ figures: [
      { quote: '3.150/8.400 triệu đồng', value: 3150e6 }, // the part in đồng
      { quote: '3.150/8.400 triệu đồng', value: 8400 }, // the whole as written
      { quote: '3.150/8.400 triệu đồng', value: 3150e3 }, // a wrong scale stays wrong
    ] }))!;
    expect(r.figuresRight).toBe(2);
  });

  it('counts a fraction right for a quote covering one side: closing at its numerator, or opening at its denominator', () => {
    const text = 'Số hộ dùng nước sạch 2.315/2.480 hộ, đạt 93,3%.';
    const fraction = { ...figure('2.315/2.480', 2315 / 2480, text, 2315, 2480), kind: 'fraction' as const, unit: 'hộ' };
    const r = scoreReading(doc([], [fraction]), gold({ figures: [
      { quote: 'nước sạch 2.315', value: 2315 }, // the numerator, the quote closing on it
      { quote: '2.480 hộ', value: 2480 }, // the denominator with its unit, the quote opening on it
      { quote: '2.480', value: 2480 }, // the denominator alone
      { quote: '2.480 hộ', value: 2315 }, // the other side's value is no reading of the denominator
      { quote: '480 hộ', value: 480 }, // a quote opening inside the denominator
    ] }))!;
    expect(r.figuresRight).toBe(3);
    expect(r.misses).toHaveLength(2);
    expect(r.misses[0]).toContain('2.480 hộ = 2315');
    expect(r.misses[1]).toContain('480 hộ = 480');
  });

  it('counts a table cell right by its value as written or scaled by its unit\'s scale word (a note "ĐVT: tỷ đồng"), never by a wrong scale', () => {
    const text = 'Thu ngân sách\t7.250\t6.480';
    const cell = { ...figure('7.250', 7250, text), unit: 'tỷ đồng' };
    const r = scoreReading(doc([], [cell]), gold({ figures: [
      { quote: '7.250', value: 7250 }, // as written
      { quote: '7.250', value: 7250e9 }, // in đồng
      { quote: '7.250', value: 7250e6 }, // a wrong scale stays wrong
    ] }))!;
    expect(r.figuresRight).toBe(2);
  });

  it('counts an amount written with a scale word and decimals right for a gold value that rounds to it there, and no other', () => {
    const text = 'Tổng vốn lồng ghép đạt 7,36 tỷ đồng; bình quân 12,5 triệu đồng/hộ; hỗ trợ 3 tỷ đồng.';
    const money = (raw: string, value: number) => ({ ...figure(raw, value, text), kind: 'money' as const, unit: 'đồng' });
    const r = scoreReading(doc([], [money('7,36 tỷ đồng', 7.36e9), money('12,5 triệu đồng', 12.5e6), money('3 tỷ đồng', 3e9)]), gold({ figures: [
      { quote: '7,36 tỷ đồng', value: 7_358_400_000 }, // 7,3584 tỷ written at two decimals: 7,36
      { quote: '12,5 triệu đồng', value: 12_546_000 }, // 12,546 triệu at one decimal: 12,5
      { quote: '7,36 tỷ đồng', value: 7_371_000_000 }, // 7,371 tỷ is 7,37 at two decimals: a misread
      { quote: '3 tỷ đồng', value: 3_200_000_000 }, // no decimals written: no rounding read into it
    ] }))!;
    expect(r.figuresRight).toBe(2);
  });

  it('counts a denominator quote right only right after the slash, and scaled by the unit\'s scale word', () => {
    const text = 'Giải ngân 1.260/4.200 triệu đồng; kế hoạch năm 4.200 triệu đồng.';
    const fraction = { ...figure('1.260/4.200', 0.3, text, 1260, 4200), kind: 'fraction' as const, unit: 'triệu đồng' };
    const r = scoreReading(doc([], [fraction]), gold({ figures: [
      { quote: '4.200 triệu đồng;', value: 4200e6 }, // the fraction's side, in đồng
      { quote: 'năm 4.200 triệu đồng', value: 4200 }, // another 4.200 in the passage: not the fraction's, and no figure read there
    ] }))!;
    expect(r.figuresRight).toBe(1);
    expect(r.misses[0]).toContain('năm 4.200 triệu đồng');
  });

  it('counts a range right for a quote that stops at its low end, and a heading "2.1/" for the gold number "2.1"', () => {
    const text = 'Lượng mưa phổ biến 120 - 180 mm.';
    const range = { ...figure('120 - 180', 120, text), kind: 'range' as const };
    const r = scoreReading(doc([section('2.1/', 'Giáo dục', 1)], [range]), gold({ figures: [{ quote: 'phổ biến 120', value: 120 }, { quote: 'phổ biến 12', value: 12 }], headings: [{ number: '2.1', title: 'Giáo dục', depth: 1 }] }))!;
    expect(r.figuresRight).toBe(1);
    expect(r.headingsRight).toBe(1);
  });

  it('counts a range right for a quote that opens at its high end with the unit written once after both ends', () => {
    const text = 'Giá cá tra nguyên liệu dao động 26.500 - 29.000 đồng/kg, giá tôm 95 - 120 nghìn đồng/kg.';
    const range = (raw: string, value: number, high: number) => ({ ...figure(raw, value, text), kind: 'range' as const, high });
    const d = doc([], [range('26.500 - 29.000', 26500, 29000), range('95 - 120', 95, 120)]);
    const r = scoreReading(d, gold({ figures: [
      { quote: '29.000 đồng/kg', value: 29000 }, // the high end, unit after it
      { quote: '120 nghìn đồng/kg', value: 120 }, // the high end as written before its scale word
      { quote: '29.000 đồng/kg', value: 26500 }, // the low end's value is no answer to a quote of the high end
      { quote: '26.500 đồng/kg', value: 26500 }, // not written so: the low end stands before the dash
    ] }))!;
    expect(r.figuresRight).toBe(2);
    expect(r.misses.map((m) => m.split(':')[0])).toEqual(['figure 29.000 đồng/kg = 26500', 'figure 26.500 đồng/kg = 26500']);
  });

  it('counts an amount right by its value as written or scaled by its own scale word, and a figure running past the quote', () => {
    const text = 'Quỹ khuyến học thu 2.480 triệu đồng, hội cựu chiến binh góp 3,5 tỷ đồng; lương 4 520 000 đồng.';
    const money = (raw: string, value: number) => ({ ...figure(raw, value, text), kind: 'money' as const });
    const d = doc([], [money('2.480 triệu đồng', 2480e6), money('3,5 tỷ đồng', 3.5e9), money('520 000 đồng', 520000)]);
    const r = scoreReading(d, gold({ figures: [
      { quote: 'thu 2.480 triệu đồng', value: 2480 }, // as written
      { quote: 'thu 2.480 triệu đồng', value: 2480e6 }, // in đồng
      { quote: 'góp 3,5 tỷ', value: 3.5 }, // the quote stops before "đồng"
      { quote: 'góp 3,5', value: 3.5 }, // …or before the scale word
      { quote: 'thu 2.480 triệu đồng', value: 2480e3 }, // a wrong scale stays wrong
      { quote: 'lương 4 520 000 đồng', value: 4520000 }, // a number misread without its millions stays wrong
      { quote: 'góp 3,5 tỷ', value: 35 }, // a different number stays wrong
    ] }))!;
    expect(r.figuresRight).toBe(4);
    expect(r.misses).toHaveLength(3);
    expect(r.misses[0]).toContain('2.480 triệu đồng→2480000000');
    expect(r.misses[1]).toContain('520 000 đồng→520000');
  });

  it('does not match a figure running past the quote when the passage goes on otherwise, or when the quote holds no number of it', () => {
    const text = 'Xã nhận 15 triệu đồng, thôn nhận 15 triệu đồng/hộ.';
    const d = doc([], [{ ...figure('15 triệu đồng', 15e6, text), kind: 'money' as const }]);
    const r = scoreReading(d, gold({ figures: [{ quote: 'Xã nhận 1', value: 1 }, { quote: 'Xã nhận', value: 15 }, { quote: 'Xã nhận 15 triệu', value: 15 }] }))!;
    // "1" is not the figure's number (15); "Xã nhận" holds no number; only the last one is right.
    expect(r.figuresRight).toBe(1);
  });

  it('does not count a not-figure as read by a figure the gold lists as a figure', () => {
    const text = 'Tỷ lệ giảm so với năm học 2021-2022 (5,12%), còn 4,40%.';
    const pct = (raw: string, value: number) => ({ ...figure(raw, value, text), kind: 'percent' as const });
    const d = doc([], [pct('5,12%', 5.12), figure('2021', 2021, text)]);
    const listed = scoreReading(d, gold({ figures: [{ quote: '2021-2022 (5,12%)', value: 5.12 }], notFigures: ['năm học 2021-2022 (5,12%)'] }))!;
    // "2021" is read as a figure: that alone counts.
    expect(listed.notFiguresRead).toBe(1);
    expect(listed.misses).toEqual(['not a figure, read as one: năm học 2021-2022 (5,12%) (2021)']);
    const alone = scoreReading(doc([], [pct('5,12%', 5.12)]), gold({ figures: [{ quote: '2021-2022 (5,12%)', value: 5.12 }], notFigures: ['năm học 2021-2022 (5,12%)'] }))!;
    expect(alone.notFiguresRead).toBe(0);
    // Not listed as a figure, the percent inside the passage still counts as a misreading.
    const unlisted = scoreReading(doc([], [pct('5,12%', 5.12)]), gold({ notFigures: ['năm học 2021-2022 (5,12%)'] }))!;
    expect(unlisted.notFiguresRead).toBe(1);
  });

  it('counts a not-figure as read when a figure occurs in its passage only inside the quote', () => {
    const text = 'Ngày 21/02 có 30 hộ; liên hệ 0912 345 678.';
    const d = doc([], [figure('21/02', 21, text, 21, 2), figure('30', 30, text)]);
    const r = scoreReading(d, gold({ notFigures: ['Ngày 21/02', '0912 345 678'] }))!;
    expect(r.notFiguresRead).toBe(1);
    expect(r.notFiguresGold).toBe(2);
  });
});

describe('summarise', () => {
  it('reports plainly visible errors found, all found, precision of errors and warnings, and of errors alone', () => {
    const score = (form: string, errors: Score['errors'], findings: Score['findings']): Score => ({
      source: `${form}.txt`, form, error: null, errors, findings, mustNotFlagHits: [], reading: null,
    });
    const f = (severity: string, matched: boolean) => ({ rule: 'r', severity, matched, message: '', text: '' });
    // 3 plain errors (2 found) and 1 subtle (missed): plain 2/3, all 2/4.
    // Findings: 2 matched errors, 1 unmatched error, 1 unmatched warning: e+w 2/4, errors 2/3.
    const s = score('setA', [
      { id: 'a', rule: 'r', subtle: false, found: true },
      { id: 'b', rule: 'r', subtle: false, found: true },
      { id: 'c', rule: 'r', subtle: false, found: false },
      { id: 'd', rule: 'r', subtle: true, found: false },
    ], [f('error', true), f('error', true), f('error', false), f('warning', false)]);
    const { text, totals } = summarise([s]);
    const row = text.split('\n').find((l) => l.startsWith('setA') && l.includes('2/3') && l.includes('66.7%'))!;
    expect(row).toBeDefined();
    expect(row.split(/\s+/)).toEqual(['setA', '66.7%', '2/3', '50.0%', '50.0%', '66.7%', '2/3']);
    expect(totals.ALL).toMatchObject({ plainGold: 3, plainFound: 2, errFlagged: 3, errCorrect: 2, gold: 4, found: 2 });
  });
});

describe('scoreDocument', () => {
  // A table of two rows; the second row's rate cell (90,00) is not its own 27/28 = 96,43%.
  const rowText = 'Tổ 2\t28\t27\t90,00';
  const withFinding = (rule: string, messageId: string): DocumentOut => ({
    ...doc([], [figure('28', 28, 'Tổ 1\t30\t30\t100,00'), figure('28', 28, rowText)]),
    findings: [{
      rule, severity: 'error', messageId, message: '', data: {}, section: '', suggestion: null,
      evidence: [{ block: 1, quote: '90,00', offset: rowText.indexOf('90,00'), snippet: rowText, line: 1, page: null }],
    }],
  });
  const rowRate = gold({ errors: [{ id: 'row-rate', rule: 'percent-mismatch', quotes: ['Tổ 2\t28\t27\t90,00'] }] });

  it("counts a table row's rate cell reported as table-total-mismatch (percentColumnMismatch) as a gold percent-mismatch of that row", () => {
    const s = scoreDocument(withFinding('table-total-mismatch', 'percentColumnMismatch'), rowRate, 'txt');
    expect(s.errors).toEqual([{ id: 'row-rate', rule: 'percent-mismatch', subtle: false, found: true }]);
    expect(s.findings.map((f) => f.matched)).toEqual([true]);
  });

  it("counts a table row's change cell in percent reported as table-total-mismatch (changeColumnMismatch) as a gold percent-mismatch of that row", () => {
    const s = scoreDocument(withFinding('table-total-mismatch', 'changeColumnMismatch'), rowRate, 'txt');
    expect(s.errors).toEqual([{ id: 'row-rate', rule: 'percent-mismatch', subtle: false, found: true }]);
    expect(s.findings.map((f) => f.matched)).toEqual([true]);
  });

  it('does not count a row difference cell (differenceColumnMismatch) as a percent-mismatch', () => {
    const s = scoreDocument(withFinding('table-total-mismatch', 'differenceColumnMismatch'), rowRate, 'txt');
    expect(s.errors[0].found).toBe(false);
  });

  it('does not count another table-total-mismatch message (a total row) as a percent-mismatch', () => {
    const s = scoreDocument(withFinding('table-total-mismatch', 'totalRowMismatch'), rowRate, 'txt');
    expect(s.errors[0].found).toBe(false);
    expect(s.findings.map((f) => f.matched)).toEqual([false]);
  });
  // "Có 9/10 tổ hòa giải hoạt động thường xuyên, đạt tỷ lệ 100%": 9/10 = 90%, stated 100%.
  const fullText = 'Có 9/10 tổ hòa giải hoạt động thường xuyên, đạt tỷ lệ 100%.';
  const percentFinding = (stated: number, num: number, den: number): DocumentOut => ({
    ...doc([], [figure('9/10', 9, fullText, num, den)]),
    findings: [{
      rule: 'percent-mismatch', severity: 'error', messageId: 'percentMismatch', message: '', data: { stated, num, den, actual: (100 * num) / den },
      section: '', suggestion: null,
      evidence: [{ block: 0, quote: '100%', offset: fullText.indexOf('100%'), snippet: fullText, line: 1, page: null }],
    }],
  });
  const fullClaim = gold({ errors: [{ id: 'all-teams', rule: 'claim-mismatch', quotes: ['hoạt động thường xuyên, đạt tỷ lệ 100%'] }] });

  it('counts a percent-mismatch stating 100% against a smaller fraction as a gold claim-mismatch of its passage', () => {
    const s = scoreDocument(percentFinding(100, 9, 10), fullClaim, 'txt');
    expect(s.errors).toEqual([{ id: 'all-teams', rule: 'claim-mismatch', subtle: false, found: true }]);
    expect(s.findings.map((f) => f.matched)).toEqual([true]);
  });

  it('does not count a percent-mismatch stating another value (95% of 9/10) as a claim-mismatch', () => {
    const s = scoreDocument(percentFinding(95, 9, 10), fullClaim, 'txt');
    expect(s.errors[0].found).toBe(false);
    expect(s.findings.map((f) => f.matched)).toEqual([false]);
  });
});
