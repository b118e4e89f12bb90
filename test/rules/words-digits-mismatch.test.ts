import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'words-digits-mismatch';
const run = (text: string) => findingsOf(RULE, text + '\n');

describe('words-digits-mismatch', () => {
  it('flags a count whose words in brackets say another number, quoting both places', async () => {
    const [f, ...rest] = await run('Huyện đã bố trí 09 (mười) điểm tiêm chủng lưu động.');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ messageId: 'wordsDigitsMismatch', severity: 'error', data: { digits: 9, spelled: 10, words: 'mười' } });
    expect(f.evidence.map((e) => e.quote)).toEqual(['09', 'mười']);
    expect(f.message).toBe('Ghi bằng số 9 nhưng bằng chữ "mười" là 10');
  });

  it('does not compare words that do not read as one number', async () => {
    expect(await run('Giá trị hợp đồng: 48.500.000 đồng (Bằng chữ: Bốn mươi tám triệu năm trăm nghìn tỷ đồng).')).toEqual([]);
  });

  it('flags an amount whose "Bằng chữ" has the wrong scale word', async () => {
    const [g] = await run('Giá trị hợp đồng: 48.500.000 đồng (Bằng chữ: Bốn mươi tám tỷ năm trăm triệu đồng).');
    expect(g.data).toMatchObject({ digits: 48_500_000, spelled: 48_500_000_000 });
    expect(g.evidence[1].quote).toBe('Bốn mươi tám tỷ năm trăm triệu');
  });

  it('flags an amount whose words differ in one digit', async () => {
    const [f] = await run('Số tiền hỗ trợ 2.350.000 đồng (Bằng chữ: Hai triệu ba trăm sáu mươi nghìn đồng chẵn).');
    expect(f.data).toMatchObject({ digits: 2_350_000, spelled: 2_360_000 });
  });

  it('stays silent when words and digits agree, in any of their spellings', async () => {
    expect(await run('Trường có 21 (hai mốt) lớp và 104 (một trăm lẻ tư) giáo viên.')).toEqual([]);
    expect(await run('Xã hỗ trợ 15 (mười lăm) hộ, cấp 1.005 (một nghìn không trăm linh năm) thẻ bảo hiểm y tế.')).toEqual([]);
    expect(await run('Tổng dự toán 3.500.000.000 đồng (Bằng chữ: Ba tỷ năm trăm triệu đồng chẵn).')).toEqual([]);
    expect(await run('Mức chi 1,5 triệu đồng (một triệu rưỡi) mỗi người.')).toEqual([]);
  });

  it('compares words that leave out the scale with the digits before the scale', async () => {
    expect(await run('Kinh phí 120 (một trăm hai mươi) triệu đồng từ ngân sách xã.')).toEqual([]);
  });

  it('never judges words standing alone: they are a figure of their own', async () => {
    expect(await run('Toàn xã có ba mươi hai thôn, 32 thôn đã có nhà văn hóa.')).toEqual([]);
  });
});

describe('words-digits-mismatch across paragraphs', () => {
  it('flags "Bằng chữ" on the next line that differs from the amount, pointing at both lines', async () => {
    const [f, ...rest] = await run('Tổng cộng: 64.250.000 đồng\n(Bằng chữ: Sáu mươi tư triệu hai trăm nghìn đồng chẵn)');
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ digits: 64250000, spelled: 64200000, words: 'Sáu mươi tư triệu hai trăm nghìn' });
    expect(f.evidence.map((e) => e.quote)).toEqual(['64.250.000 đồng', 'Sáu mươi tư triệu hai trăm nghìn']);
  });

  it('reads amount words that a comma splits after a scale word as one number', async () => {
    // Hand-checked: 27 tỷ + 350 triệu = 27.350.000.000; 3 triệu + 80 nghìn = 3.080.000.
    expect(await run('Vốn đối ứng của huyện: 27.350.000.000 đồng (Bằng chữ: Hai mươi bảy tỷ, ba trăm năm mươi triệu đồng).')).toEqual([]);
    expect(await run('Mức thưởng mỗi tập thể 3.080.000 đồng (Bằng chữ: Ba triệu, tám mươi nghìn đồng).')).toEqual([]);
    // 2 tỷ + 605 triệu = 2.605.000.000, not the 2.650.000.000 written in digits.
    const [f, ...rest] = await run('Đã giải ngân 2.650.000.000 đồng (Bằng chữ: Hai tỷ, sáu trăm linh năm triệu đồng).');
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ digits: 2_650_000_000, spelled: 2_605_000_000, words: 'Hai tỷ, sáu trăm linh năm triệu' });
  });

  it('compares the words with a count that follows an id-like word ("danh mục 09 (mười)")', async () => {
    const [f, ...rest] = await run('Sở công bố danh mục 09 (mười) dịch vụ công trực tuyến toàn trình.');
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ digits: 9, spelled: 10, words: 'mười' });
    expect(await run('Sở công bố danh mục 10 (mười) dịch vụ công trực tuyến toàn trình.')).toEqual([]);
  });

  it('compares a "Bằng chữ" paragraph with the amount above it, past a rate of the plan after that amount', async () => {
    // Hand-checked: the digits say 4 516 230 000, the words 4 516 320 000.
    const [f, ...rest] = await run('Tổng chi thường xuyên năm 2025 là 4 516 230 000 đồng, đạt 98,7% dự toán.\nBằng chữ: Bốn tỷ, năm trăm mười sáu triệu, ba trăm hai mươi nghìn đồng.');
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ digits: 4_516_230_000, spelled: 4_516_320_000 });
    expect(await run('Tổng chi thường xuyên năm 2025 là 4 516 320 000 đồng, đạt 98,7% dự toán.\nBằng chữ: Bốn tỷ, năm trăm mười sáu triệu, ba trăm hai mươi nghìn đồng.')).toEqual([]);
  });

  it('does not join numbers that a comma separates elsewhere than after a scale word', async () => {
    // "hai, ba" is a list, never 23; the bracket holds no single number, so nothing is compared.
    expect(await run('Số hộ được hỗ trợ 23 (hai, ba) hộ theo từng đợt.')).toEqual([]);
  });
});
