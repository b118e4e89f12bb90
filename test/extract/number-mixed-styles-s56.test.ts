/**
 * Reports that mix number styles: a token of a shape only one style reads ("4,820,500,000", "3.456.780", "48,6 %") is read in
 * that style whatever the document's; a token either style reads ("1,265", "1.265") stays the document's to tell. Figures
 * written for this test, in other topics than the fixtures.
 */
import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';
import { parseNumberToken, readDecimalComma } from '../../src/extract/numbers.js';

const analyse = async (text: string) => {
  const outcome = await analyseBytes('t.txt', Buffer.from(text + '\n', 'utf8'));
  if (outcome.error) throw new Error(outcome.error.message);
  return outcome.analysis!;
};
const valuesOf = (a: Awaited<ReturnType<typeof analyse>>, raw: string) => a.figures.filter((f) => f.raw.startsWith(raw)).map((f) => f.value);

// A health report in the Vietnamese style (dots group, "," is the decimal mark) that types two sums the English way.
const VI_HEALTH = [
  'BÁO CÁO',
  '',
  'I. KẾT QUẢ',
  'Trạm y tế đã khám cho 4.256 lượt người, tỷ lệ bao phủ bảo hiểm y tế đạt 93,45%, tăng 2,15% so với cùng kỳ.',
  'Tổng kinh phí mua thuốc là 4,820,500,000 đồng; kinh phí sửa chữa trạm 1.234.000 đồng; chi phụ cấp 1,265 tỷ đồng.',
];
// An education report in the English style (commas group, "." is the decimal mark) that writes some numbers the Vietnamese way.
const EN_SCHOOL = [
  'BÁO CÁO',
  '',
  'I. KẾT QUẢ',
  'Tổng kinh phí chi cho giáo dục là 2,340,500,000 đồng, bằng 78.5% dự toán năm (2,981,000,000 đồng).',
  'Chi lương 1,450,200,000 đồng, chiếm 61.96%; chi hoạt động 525,300,000 đồng, chiếm 22.44%; chi sửa chữa 365,000,000 đồng.',
  'Thu học phí đạt 812,400,000 đồng, bằng 92.3% kế hoạch; thu hỗ trợ 1,125,000,000 đồng, bằng 101.5% kế hoạch.',
  'Toàn huyện có 2 480 học sinh tiểu học; tỷ lệ học sinh lên lớp đạt 48,6 % và kinh phí học bổng 3.456.780 đồng.',
  'Các tổ 1,2 hộ tham gia; học phí thu được 1,25 tỷ đồng.',
];

describe('parseNumberToken: a shape only one style reads', () => {
  it('reads two comma groups or more the English way in a Vietnamese document', () => {
    // 4,820,500,000 = 4 820 500 000; 7,312.5 = 7 312,5.
    expect(parseNumberToken('4,820,500,000', 'vi')?.value).toBe(4_820_500_000);
    expect(parseNumberToken('7,312.5', 'vi')).toMatchObject({ value: 7312.5, decimals: 1 });
  });

  it('reads two dot groups or more the Vietnamese way in an English document', () => {
    // 3.456.780 = 3 456 780; 1.234,56 = 1 234,56.
    expect(parseNumberToken('3.456.780', 'en')?.value).toBe(3_456_780);
    expect(parseNumberToken('1.234,56', 'en')).toMatchObject({ value: 1234.56, decimals: 2 });
  });

  it('leaves one mark and three digits to the document style', () => {
    expect(parseNumberToken('1,265', 'vi')?.value).toBe(1.265);
    expect(parseNumberToken('1,265', 'en')?.value).toBe(1265);
    expect(parseNumberToken('1.265', 'vi')?.value).toBe(1265);
    expect(parseNumberToken('1,265', 'vi', false)).toBeNull();
  });

  it('still reads no broken grouping in either style', () => {
    expect(parseNumberToken('1,26,500', 'vi')).toBeNull();
    expect(parseNumberToken('1.2.450', 'en')).toBeNull();
  });
});

describe('readDecimalComma: a decimal comma before a percent or an amount in an English document', () => {
  it('reads "48,6 %" and "1,25 tỷ đồng" as decimals', () => {
    expect(readDecimalComma('48,6', '48,6 % học sinh', 4, 'en')).toMatchObject({ value: 48.6, decimals: 1 });
    expect(readDecimalComma('1,25', '1,25 tỷ đồng', 4, 'en')).toMatchObject({ value: 1.25, decimals: 2 });
  });

  it('leaves a comma before a counted noun, three digits, or a Vietnamese document alone', () => {
    expect(readDecimalComma('1,2', '1,2 hộ', 3, 'en')).toBeNull();
    expect(readDecimalComma('1,250', '1,250 %', 5, 'en')).toBeNull();
    expect(readDecimalComma('48,6', '48,6 %', 4, 'vi')).toBeNull();
  });
});

describe('figures of a report that mixes number styles', () => {
  it('reads a Vietnamese report\'s English-typed sums, and its own "1,265 tỷ" its own way', async () => {
    const a = await analyse(VI_HEALTH.join('\n'));
    expect(a.numbers.style).toBe('vi');
    expect(valuesOf(a, '4,820,500,000')).toEqual([4_820_500_000]);
    expect(valuesOf(a, '1.234.000')).toEqual([1_234_000]);
    // 1,265 tỷ = 1 265 000 000 đồng in the Vietnamese style.
    expect(valuesOf(a, '1,265')).toEqual([1_265_000_000]);
    expect(valuesOf(a, '93,45')).toEqual([93.45]);
  });

  it('reads an English report\'s space-grouped count, decimal-comma percent and dot-grouped sum', async () => {
    const a = await analyse(EN_SCHOOL.join('\n'));
    expect(a.numbers.style).toBe('en');
    expect(valuesOf(a, '2,340,500,000')).toEqual([2_340_500_000]);
    expect(valuesOf(a, '78.5')).toEqual([78.5]);
    expect(valuesOf(a, '2 480')).toEqual([2480]);
    expect(valuesOf(a, '48,6')).toEqual([48.6]);
    expect(valuesOf(a, '3.456.780')).toEqual([3_456_780]);
    // 1,25 tỷ = 1 250 000 000 đồng.
    expect(valuesOf(a, '1,25')).toEqual([1_250_000_000]);
  });

  it('leaves a list of small numbers in an English report unread', async () => {
    const a = await analyse(EN_SCHOOL.join('\n'));
    expect(a.figures.filter((f) => f.raw.startsWith('1,2 ') || f.value === 1.2)).toEqual([]);
  });
});
