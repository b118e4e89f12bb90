import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { expectFindings } from './tester.js';

const RULE = 'claim-mismatch';
const ids = async (text: string) => (await findingsOf(RULE, text + '\n')).map((f) => f.messageId);

describe('claim-mismatch', () => {
  it('reads a way of change with no amount ("giảm so với năm 2023 (04 người)") against the value the sentence before states', async () => {
    const before = 'Năm 2024, toàn xã xảy ra 05 vụ cháy làm 06 người bị thương, thiệt hại 120 triệu đồng.';
    // Hand-checked: 04 → 06 injured is a rise of 2, not a fall.
    const found = await findingsOf(RULE, `${before} Số người bị thương do cháy giảm so với năm 2023 (04 người).\n`);
    expect(found.map((f) => [f.messageId, f.data.base, f.data.value, f.data.actual])).toEqual([['directionMismatch', 4, 6, 2]]);
    // Hand-checked: 04 → 06 is a rise, as claimed; 08 → 06 a fall, as claimed.
    expect(await ids(`${before} Số người bị thương do cháy tăng so với năm 2023 (04 người).`)).toEqual([]);
    expect(await ids(`${before} Số người bị thương do cháy giảm so với năm 2023 (08 người).`)).toEqual([]);
    // A value told after the base's own year in its sentence is that year's, not the current one: nothing is read.
    expect(await ids('Năm 2023, toàn xã có 06 người bị thương do cháy. Số người bị thương do cháy giảm so với năm 2023 (04 người).')).toEqual([]);
    // Two values of the subject before: unsure, silent.
    expect(await ids('Quý I có 06 người bị thương, quý II có 03 người bị thương. Số người bị thương giảm so với năm 2023 (04 người).')).toEqual([]);
  });

  it('leaves a stated 100% beside a count short of all to percent-mismatch (a percent that is not its fraction)', async () => {
    // 13/15 = 86,7% and 29/30 = 96,7%, not 100%: STYLE.md calls this percent-mismatch; claim-mismatch stays silent.
    expect(await ids('Có 13/15 trường đã lắp đặt camera an ninh theo quy định, đạt tỷ lệ 100%.')).toEqual([]);
    expect(await ids('Có 29/30 chi hội hoàn thành chỉ tiêu kết nạp hội viên được giao, đạt tỷ lệ 100 %.')).toEqual([]);
  });

  it('reads an "all" fraction n/n against a count of the same thing its sentence leaves undone', async () => {
    // Hand-checked: 45/45 claimed, yet 03 not surveyed: 42/45 = 93,3%.
    const f = await findingsOf(RULE, 'Đoàn công tác đã khảo sát 45/45 hộ kinh doanh, còn 03 hộ kinh doanh chưa được khảo sát do đóng cửa.\n');
    expect(f.map((x) => [x.messageId, x.data.num, x.data.den, x.data.actual])).toEqual([['fullMismatch', 42, 45, 93.3]]);
    // What is left undone of another act, of another thing, or in another sentence, says nothing of the "all".
    expect(await ids('Đoàn công tác đã khảo sát 45/45 hộ kinh doanh, còn 03 hộ kinh doanh chưa được cấp phép.')).toEqual([]);
    expect(await ids('Đoàn công tác đã khảo sát 45/45 hộ kinh doanh, còn 03 cửa hàng chưa được khảo sát.')).toEqual([]);
    expect(await ids('Đoàn công tác đã khảo sát 45/45 hộ kinh doanh. Năm sau còn 03 hộ kinh doanh chưa được khảo sát lại.')).toEqual([]);
    expect(await ids('Đoàn công tác đã khảo sát 42/45 hộ kinh doanh, còn 03 hộ kinh doanh chưa được khảo sát.')).toEqual([]);
  });

  it('reads the plan of a claim with none in its sentence from the table row naming the same thing with the same result', async () => {
    // Hand-checked: the row "Lệ phí trước bạ" has dự toán 3.100 and thực hiện 3.250 (triệu đồng): 3.250 > 3.100, so the
    // plan was reached and "chưa đạt dự toán" is wrong; with thực hiện 2.980 the claim holds.
    const table = (done: string) => [
      'Bảng 1. Kết quả thu ngân sách năm 2024 (triệu đồng)',
      'STT\tNội dung\tDự toán 2024\tThực hiện 2024\tSo với dự toán (%)',
      `1\tThuế thu nhập cá nhân\t4.500\t4.620\t102,7`,
      `2\tLệ phí trước bạ\t3.100\t${done}\t${done === '3.250' ? '104,8' : '96,1'}`,
    ].join('\n');
    const f = await findingsOf(RULE, `${table('3.250')}\nLệ phí trước bạ đạt 3.250 triệu đồng, chưa đạt dự toán giao.\n`);
    expect(f.map((x) => [x.messageId, x.data.value, x.data.target])).toEqual([['targetMismatch', 3250, 3100]]);
    expect(await ids(`${table('2.980')}\nLệ phí trước bạ đạt 2.980 triệu đồng, chưa đạt dự toán giao.`)).toEqual([]);
    // A sentence whose value no row restates reads no plan.
    expect(await ids(`${table('3.250')}\nLệ phí trước bạ đạt 3.400 triệu đồng, chưa đạt dự toán giao.`)).toEqual([]);
  });

  it('reads a target after a ceiling word ("(dưới 1,0%)") as met only below it; a rate word before "tăng" names the rate', async () => {
    // Hand-checked: 1,12% is above the ceiling 1,0%, so "đạt chỉ tiêu" is wrong; 0,88% is below it; "chưa đạt" with 1,12% is right.
    expect(await ids('Năm 2025, tỷ lệ tăng dân số tự nhiên của xã là 1,12%, đạt chỉ tiêu huyện giao (dưới 1,0%).')).toEqual(['targetMismatch']);
    expect(await ids('Năm 2025, tỷ lệ tăng dân số tự nhiên của xã là 0,88%, đạt chỉ tiêu huyện giao (dưới 1,0%).')).toEqual([]);
    expect(await ids('Năm 2025, tỷ lệ tăng dân số tự nhiên của xã là 1,12%, chưa đạt chỉ tiêu huyện giao (dưới 1,0%).')).toEqual([]);
  });

  it('reads a "Số X" subject after a ";" as the count of X the statement before it gives', async () => {
    // Hand-checked: 24 / 12 = 2, so "gấp 3 lần" is wrong and "gấp 2 lần" right.
    const text = (n: string) => `Hội khuyến học xã trao 24 suất học bổng cho học sinh nghèo vượt khó tại lễ tổng kết; số suất học bổng trao trong năm gấp ${n} lần năm 2024 (12 suất).`;
    const f = await findingsOf(RULE, text('3') + '\n');
    expect(f.map((x) => x.messageId)).toEqual(['ratioMismatch']);
    expect(f[0].data).toMatchObject({ stated: 3, actual: 2 });
    expect(await ids(text('2'))).toEqual([]);
    // A negated subject counts what was not done; two counts of the noun before leave the subject's value unknown.
    expect(await ids('Hội khuyến học xã trao 24 suất học bổng cho học sinh nghèo; số suất học bổng chưa trao gấp 3 lần năm 2024 (12 suất).')).toEqual([]);
    expect(await ids('Xã trao 24 suất học bổng cấp xã và 10 suất học bổng cấp huyện; số suất học bổng trao trong năm gấp 3 lần năm 2024 (12 suất).')).toEqual([]);
  });

  it('reads a rise told of an addition ("có thêm N") smaller than its base as the level\'s rise (base + N)', async () => {
    // Hand-checked: 1.600 + 80 = 1.680 and 80 / 1.600 = 5%, so "tăng 5%" holds; "tăng 8%" does not (1.680 / 1.600 = +5%).
    const text = (p: string) => `Trong năm có thêm 80 hộ lắp đặt hệ thống điện mặt trời, tăng ${p}% so với năm 2024 (1.600 hộ).`;
    expect(await ids(text('5'))).toEqual([]);
    const f = await findingsOf(RULE, text('8') + '\n');
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ stated: 8, value: 1680, base: 1600, actual: 5 });
    // An addition larger than its base may compare two years' additions: nothing is said.
    expect(await ids('Trong năm có thêm 80 hộ lắp đặt hệ thống điện mặt trời, tăng 5% so với năm 2024 (60 hộ).')).toEqual([]);
  });

  it('flags "gấp N lần" that the two compared values contradict, with the true multiple', async () => {
    const f = await findingsOf(RULE, 'Doanh thu bán hàng qua sàn thương mại điện tử đạt 600 triệu đồng, gấp 3 lần năm 2023 (150 triệu đồng).\n');
    expect(f.map((x) => x.messageId)).toEqual(['ratioMismatch']);
    expect(f[0].data).toMatchObject({ stated: 3, actual: 4 });
    expect(f[0].evidence).toHaveLength(3);
  });

  it('holds a target of change ("chỉ tiêu giảm N") against the change of the same verb, not the level', async () => {
    // Hand-checked: a fall of 12 households does not pass a target of a fall of 15, though 40 > 15; a fall of 18 does.
    const [f, ...rest] = await findingsOf(RULE, 'Cuối năm, xã còn 40 hộ nghèo, giảm 12 hộ so với đầu năm, vượt chỉ tiêu giảm 15 hộ nghèo được giao.\n');
    expect(rest).toEqual([]);
    expect(f.messageId).toBe('targetMismatch');
    expect(f.data).toMatchObject({ value: 12, target: 15 });
    expect(await findingsOf(RULE, 'Cuối năm, xã còn 40 hộ nghèo, giảm 18 hộ so với đầu năm, vượt chỉ tiêu giảm 15 hộ nghèo được giao.\n')).toEqual([]);
    // With no change of that verb written, nothing is said.
    expect(await findingsOf(RULE, 'Cuối năm, xã còn 40 hộ nghèo, vượt chỉ tiêu giảm 15 hộ nghèo được giao.\n')).toEqual([]);
  });

  it('holds a target of change written in % against a rate\'s change in percentage points', async () => {
    // Hand-checked: 4,90% → 3,70% is a fall of 1,20 points, short of the 1,5 the target asks; a fall of 1,65 points passes it.
    const [f, ...rest] = await findingsOf(RULE, 'Tỷ lệ hộ cận nghèo giảm từ 4,90% xuống 3,70%, giảm 1,20 điểm phần trăm, vượt chỉ tiêu giảm 1,5% được giao.\n');
    expect(rest).toEqual([]);
    expect(f.messageId).toBe('targetMismatch');
    expect(f.data).toMatchObject({ value: 1.2, target: 1.5 });
    expect(await findingsOf(RULE, 'Tỷ lệ hộ cận nghèo giảm từ 4,90% xuống 3,25%, giảm 1,65 điểm phần trăm, vượt chỉ tiêu giảm 1,5% được giao.\n')).toEqual([]);
  });

  it('reads a change after the last member of a "gồm" breakdown as the whole\'s, not that member\'s', async () => {
    // Hand-checked: 64 = 22 + 30 + 12 visits; 64 − 52 = 12 holds, 12 − 52 is no rise of 12.
    expect(await ids('Đoàn đã tổ chức 64 lượt kiểm tra, gồm 22 lượt kiểm tra định kỳ, 30 lượt kiểm tra đột xuất và 12 lượt kiểm tra chuyên đề, tăng 12 lượt so với năm trước (52 lượt).')).toEqual([]);
    // Hand-checked: 64 − 52 = 12, not 15: found against the whole.
    const f = await findingsOf(RULE, 'Đoàn đã tổ chức 64 lượt kiểm tra, gồm 22 lượt kiểm tra định kỳ, 30 lượt kiểm tra đột xuất và 12 lượt kiểm tra chuyên đề, tăng 15 lượt so với năm trước (52 lượt).\n');
    expect(f.map((x) => x.data)).toEqual([expect.objectContaining({ stated: 15, value: 64, base: 52, actual: 12 })]);
  });

  it('checks a percent change with no base written against the base the absolute change beside it implies', async () => {
    // Hand-checked: 52 + 13 = 65 before; 13/65 = 20%, so "giảm 20%" holds and "giảm 25%" does not.
    expect(await ids('Trong năm xảy ra 52 vụ cháy rừng, giảm 13 vụ, giảm 20% so với năm trước.')).toEqual([]);
    const f = await findingsOf(RULE, 'Trong năm xảy ra 52 vụ cháy rừng, giảm 13 vụ, giảm 25% so với năm trước.\n');
    expect(f.map((x) => x.data)).toEqual([expect.objectContaining({ stated: 25, base: 65, value: 52, actual: 20 })]);
    // The current value stated in the sentence before, named by a bare "Số X" subject: 140 − 20 = 120 before; 20/120 = 16,7%.
    const g = await findingsOf(RULE, 'Trong năm cấp 140 giấy phép xây dựng nhà ở. Số giấy phép xây dựng nhà ở tăng 20 giấy phép, tăng 12,5% so với năm trước.\n');
    expect(g.map((x) => x.data)).toEqual([expect.objectContaining({ stated: 12.5, base: 120, value: 140, actual: 16.7 })]);
    // Two directions ("tăng 13 vụ, giảm 25%") imply no base: nothing is read.
    expect(await ids('Trong năm xảy ra 52 vụ cháy rừng, tăng 13 vụ, giảm 25% so với năm trước.')).toEqual([]);
  });

  it('holds a rate claimed higher or lower than another in brackets against the rate its paragraph before states', async () => {
    // Hand-checked: 96,4% is above 95,2% and not above 97,1%; it is not below 95,2%.
    const before = 'Trong năm đã tiêm chủng đầy đủ cho 1.180 trẻ, đạt 96,4% số trẻ trong độ tuổi.';
    expect(await ids(`${before}\n\nTỷ lệ tiêm chủng đầy đủ của xã cao hơn mức bình quân của huyện (95,2%), xếp thứ 3 toàn huyện.`)).toEqual([]);
    const f = await findingsOf(RULE, `${before}\n\nTỷ lệ tiêm chủng đầy đủ của xã cao hơn mức bình quân của huyện (97,1%).\n`);
    expect(f.map((x) => x.data)).toEqual([expect.objectContaining({ claim: 'cao hơn', value: 96.4, target: 97.1 })]);
    expect(f[0].evidence[0].quote).toBe('cao hơn');
    expect(await ids(`${before}\n\nTỷ lệ tiêm chủng đầy đủ của xã thấp hơn mức bình quân của huyện (95,2%).`)).toEqual(['targetMismatch']);
    // No rate of that subject before, or two different ones: nothing is read.
    expect(await ids('Trong năm đã tiêm chủng đầy đủ cho 1.180 trẻ.\n\nTỷ lệ tiêm chủng đầy đủ của xã cao hơn mức bình quân của huyện (97,1%).')).toEqual([]);
    expect(await ids('Đã tiêm chủng đầy đủ 96,4% số trẻ ở thôn Đông; tiêm chủng đầy đủ 92,0% ở thôn Tây.\n\nTỷ lệ tiêm chủng đầy đủ của xã cao hơn mức bình quân của huyện (97,1%).')).toEqual([]);
  });

  it('reads "tăng N lần" as the multiple "gấp N lần"', async () => {
    // Hand-checked: 540/200 = 2,7 times, not 1,8; 360/200 = 1,8 times holds.
    const f = await findingsOf(RULE, 'Doanh thu dịch vụ homestay đạt 540 triệu đồng, tăng 1,8 lần so với năm 2023 (200 triệu đồng).\n');
    expect(f.map((x) => x.messageId)).toEqual(['ratioMismatch']);
    expect(f[0].data).toMatchObject({ stated: 1.8, actual: 2.7 });
    expect(await ids('Doanh thu dịch vụ homestay đạt 360 triệu đồng, tăng 1,8 lần so với năm 2023 (200 triệu đồng).')).toEqual([]);
    // Read as a rise, one less than the multiple: 600/200 = 3 times is a rise of 2 times.
    expect(await ids('Doanh thu dịch vụ homestay đạt 600 triệu đồng, tăng 2 lần so với năm 2023 (200 triệu đồng).')).toEqual([]);
  });

  it('flags a percentage increase the previous value contradicts', async () => {
    const f = await findingsOf(RULE, 'Số văn bản ký số đạt 1.500 văn bản, tăng 30% so với cùng kỳ (1.250 văn bản).\n');
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ stated: 30, actual: 20 });
  });

  it('reads the base of a bracket labelled with its time ("(năm 2023: 1.250 văn bản)")', async () => {
    // Hand-checked: 1.500 / 1.250 = 1,2 → a rise of 20%, not 30%; 25% of 1.200 = 300 → 1.500 holds.
    const f = await findingsOf(RULE, 'Số văn bản ký số đạt 1.500 văn bản, tăng 30% so với năm 2023 (năm 2023: 1.250 văn bản).\n');
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ stated: 30, actual: 20 });
    expect(await ids('Số văn bản ký số đạt 1.500 văn bản, tăng 25% so với năm 2023 (năm 2023: 1.200 văn bản).')).toEqual([]);
    // A colon that opens a breakdown is no label: "(gồm: …)" holds parts, not the base.
    expect(await ids('Số văn bản ký số đạt 1.500 văn bản, tăng 30% so với năm 2023 (gồm: 1.250 văn bản đi, 250 văn bản đến).')).toEqual([]);
  });

  it('reads the current value of a subject dated by its year ("Số X năm 2025 gấp N lần …") from the paragraph before', async () => {
    // Hand-checked: 270 / 180 = 1,5 times, not 3; 540 / 180 = 3 holds.
    const before = (n: number) => `I. KẾT QUẢ\nNăm 2025, xã tổ chức 04 đợt khám bệnh miễn phí, khám cho ${n} lượt người cao tuổi.\n`;
    const claim = 'Số lượt người cao tuổi được khám năm 2025 gấp 3 lần năm 2024 (năm 2024: 180 lượt).\n';
    const f = await findingsOf(RULE, before(270) + claim);
    expect(f.map((x) => x.messageId)).toEqual(['ratioMismatch']);
    expect(f[0].data).toMatchObject({ stated: 3, actual: 1.5 });
    expect(await ids(before(540) + claim.trim())).toEqual([]);
    // A paragraph of another year, or naming two years, gives no current value: nothing is claimed.
    expect(await ids(before(270).replace('Năm 2025', 'Năm 2024') + claim.trim())).toEqual([]);
    expect(await ids(before(270).replace('Năm 2025,', 'Năm 2025 (so với năm 2023),') + claim.trim())).toEqual([]);
  });

  it('reads "giảm" as a change downwards, in percent and in counts', async () => {
    // (40 − 38) / 40 = 5%; 60 − 52 = 8 vụ.
    expect(await ids('Xảy ra 38 vụ tai nạn giao thông, giảm 5% so với cùng kỳ (40 vụ).')).toEqual([]);
    expect(await ids('Xảy ra 52 vụ vi phạm, giảm 8 vụ so với cùng kỳ (60 vụ).')).toEqual([]);
    // (40 − 38) / 40 = 5%, not 10%; a rise from 40 to 44 is no fall at all.
    const f = await findingsOf(RULE, 'Xảy ra 38 vụ tai nạn giao thông, giảm 10% so với cùng kỳ (40 vụ).\n');
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ verb: 'giảm', stated: 10, actual: 5 });
    const up = await findingsOf(RULE, 'Xảy ra 44 vụ tai nạn giao thông, giảm 10% so với cùng kỳ (40 vụ).\n');
    expect(up[0].data).toMatchObject({ verb: 'giảm', stated: 10, actual: -10 });
  });

  it('never takes the stated change ("giảm 04 vụ") for the current value a percentage is read against', async () => {
    // Hand-checked: 60 → 56 is −4 vụ, (60 − 56)/60 = 6,67% ≈ 6,7%; read as 60 → 4 it would be −93,3%.
    expect(await ids('Xảy ra 56 vụ cháy rừng, giảm 04 vụ, tương đương giảm 6,7% so với cùng kỳ (60 vụ).')).toEqual([]);
    const f = await findingsOf(RULE, 'Xảy ra 56 vụ cháy rừng, giảm 04 vụ, tương đương giảm 8% so với cùng kỳ (60 vụ).\n');
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ base: 60, value: 56, actual: 6.7 });
  });

  it('reads "gấp N lần" after a change against the earlier value in brackets, never against the change', async () => {
    // Hand-checked: 45/30 = 1,5 (not 45/15 = 3); 45/30 is not 2,5.
    expect(await ids('Tổ chức 45 buổi sinh hoạt, tăng 15 buổi so với năm trước (30 buổi), gấp 1,5 lần năm trước.')).toEqual([]);
    const f = await findingsOf(RULE, 'Tổ chức 45 buổi sinh hoạt, tăng 15 buổi so với năm trước (30 buổi), gấp 2,5 lần năm trước.\n');
    expect(f.map((x) => x.messageId)).toEqual(['ratioMismatch']);
    expect(f[0].data).toMatchObject({ high: 45, low: 30, actual: 1.5 });
  });

  it('reads a change in per mille points and accepts an amount rounded to its stated decimals', async () => {
    // Hand-checked: 15,62 − 15,10 = 0,52‰, stated "0,5‰" is that rounded; a fall of 0,4‰ to 15,62 is a rise.
    expect(await ids('Tỷ suất sinh thô năm 2024 là 15,62‰, tăng 0,5‰ so với năm 2023 (15,10‰).')).toEqual([]);
    const f = await findingsOf(RULE, 'Tỷ suất sinh thô năm 2024 là 15,62‰, giảm 0,4‰ so với năm 2023 (15,10‰).\n');
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ base: 15.1, value: 15.62 });
  });

  it('flags an increase in counts that does not add up', async () => {
    expect(await ids('Tiếp nhận 420 hồ sơ, tăng 50 hồ sơ so với cùng kỳ năm trước (390 hồ sơ).')).toEqual(['changeMismatch']);
  });

  it('compares a change in a scaled amount at its own scale ("tăng 2,5 tỷ đồng")', async () => {
    // Hand-checked: 14,5 − 12 = 2,5 tỷ, right; 14,5 − 12,5 = 2 tỷ, not 2,5.
    expect(await ids('Tổng vốn huy động đạt 14,5 tỷ đồng, tăng 2,5 tỷ đồng so với năm trước (12 tỷ đồng).')).toEqual([]);
    const f = await findingsOf(RULE, 'Tổng vốn huy động đạt 14,5 tỷ đồng, tăng 2,5 tỷ đồng so với năm trước (12,5 tỷ đồng).\n');
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ stated: 2.5, actual: 2 });
  });

  it('holds the value achieved against a target, never the change or the earlier value in brackets before it', async () => {
    // Hand-checked: 52 ≥ 50 meets the target although the earlier value (46) and the change (6) are below it.
    expect(await ids('Giá trị thu hoạch bình quân đạt 52 triệu đồng/ha, tăng 6 triệu đồng so với năm trước (46 triệu đồng), vượt chỉ tiêu huyện giao (50 triệu đồng).')).toEqual([]);
    const f = await findingsOf(RULE, 'Giá trị thu hoạch bình quân đạt 48 triệu đồng/ha, tăng 2 triệu đồng so với năm trước (46 triệu đồng), vượt chỉ tiêu huyện giao (50 triệu đồng).\n');
    expect(f.map((x) => x.messageId)).toEqual(['targetMismatch']);
    expect(f[0].data).toMatchObject({ value: 48000000, target: 50000000 });
  });

  it('reads the target in the bracket that closes the words naming whose target it is', async () => {
    // Hand-checked: 96,4% < 97% does not exceed; 97,5% does. A number between the claim and the bracket leaves it unread.
    const f = await findingsOf(RULE, 'Tỷ lệ hộ dân sử dụng nước hợp vệ sinh đạt 96,4%, vượt chỉ tiêu Nghị quyết Hội đồng nhân dân huyện giao cho xã (97%).\n');
    expect(f.map((x) => x.messageId)).toEqual(['targetMismatch']);
    expect(f[0].data).toMatchObject({ value: 96.4, target: 97 });
    expect(await ids('Tỷ lệ hộ dân sử dụng nước hợp vệ sinh đạt 97,5%, vượt chỉ tiêu Nghị quyết Hội đồng nhân dân huyện giao cho xã (97%).')).toEqual([]);
    expect(await ids('Tỷ lệ hộ dân sử dụng nước hợp vệ sinh đạt 96,4%, vượt chỉ tiêu Nghị quyết số 12 của Hội đồng nhân dân huyện giao (97%).')).toEqual([]);
  });

  it('holds "vượt kế hoạch/dự toán" against the plan the sentence compared the value with just before', async () => {
    // Hand-checked: 640 < 700 tấn does not exceed the plan; 4.120 > 3.900 triệu đồng does, and 455 < 500 is "chưa đạt".
    const f = await findingsOf(RULE, 'Sản lượng cá nuôi ước đạt 640 tấn so với kế hoạch 700 tấn (đạt 91,4%), vượt kế hoạch huyện giao; trong đó cá rô phi 300 tấn.\n');
    expect(f.map((x) => x.messageId)).toEqual(['targetMismatch']);
    expect(f[0].data).toMatchObject({ value: 640, target: 700 });
    expect(await ids('Thu phí chợ đạt 4.120 triệu đồng so với dự toán 3.900 triệu đồng, vượt dự toán được giao.')).toEqual([]);
    expect(await ids('Số hộ tham gia bảo hiểm là 455 hộ so với chỉ tiêu 500 hộ, chưa đạt chỉ tiêu đề ra.')).toEqual([]);
    expect(await ids('Thu phí chợ đạt 3.720 triệu đồng so với dự toán 3.900 triệu đồng, vượt dự toán được giao.')).toEqual(['targetMismatch']);
  });

  it('reads the count of a fraction ("41/45 thôn") as the current value of a change in counts', async () => {
    // Hand-checked: 41 − 37 = 4 thôn; "tăng 06 thôn" is wrong, "tăng 04 thôn" right.
    const f = await findingsOf(RULE, 'Hiện có 41/45 thôn có nhà văn hóa đạt chuẩn, tăng 06 thôn so với năm trước (37 thôn).\n');
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ stated: 6, value: 41, base: 37, actual: 4 });
    expect(await ids('Hiện có 41/45 thôn có nhà văn hóa đạt chuẩn, tăng 04 thôn so với năm trước (37 thôn).')).toEqual([]);
  });

  it('holds "vượt dự toán (T)" against the estimate in brackets, like "vượt kế hoạch (T)"', async () => {
    // Hand-checked: 2.750 < 3.000 triệu đồng does not exceed; 3.150 does.
    expect(await ids('Thu phí, lệ phí 2.750 triệu đồng, đã vượt dự toán năm (3.000 triệu đồng).')).toEqual(['targetMismatch']);
    expect(await ids('Thu phí, lệ phí 3.150 triệu đồng, đã vượt dự toán năm (3.000 triệu đồng).')).toEqual([]);
  });

  it('holds no aim against the plan it would complete ("Phấn đấu trồng thêm 40 ha, hoàn thành kế hoạch năm 120 ha")', async () => {
    // Hand-checked: 40 ha is what is still to be planted, a target itself, not a value reached; the claim is an aim.
    expect(await ids('Phấn đấu trồng thêm 40 ha rừng tập trung, hoàn thành kế hoạch năm 120 ha.')).toEqual([]);
    expect(await ids('Dự kiến cấp mới 25 giấy phép xây dựng, hoàn thành kế hoạch năm 60 giấy phép.')).toEqual([]);
    // The value reached is still held against the plan: 85 < 120 does not complete it.
    expect(await ids('Trong năm đã trồng 85 ha rừng tập trung, hoàn thành kế hoạch năm 120 ha.')).toEqual(['targetMismatch']);
  });

  it('flags "đạt chỉ tiêu" below the target and "chưa đạt" above it', async () => {
    expect(await ids('Tỷ lệ người dân có tài khoản VNeID đạt 72,5%, đạt chỉ tiêu huyện giao (80%).')).toEqual(['targetMismatch']);
    expect(await ids('Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%, chưa đạt kế hoạch đề ra (95%).')).toEqual(['targetMismatch']);
  });

  it('holds a count of one noun against a target in a wider noun of the same things ("học sinh" against "người")', async () => {
    // Hand-checked: 180 < 200, so "vượt" is wrong; 230 > 200 is right.
    const f = await findingsOf(RULE, 'Đã tổ chức học bơi cho 180 học sinh, vượt kế hoạch huyện giao (200 người).\n');
    expect(f.map((x) => x.messageId)).toEqual(['targetMismatch']);
    expect(f[0].data).toMatchObject({ value: 180, target: 200 });
    expect(await ids('Đã tổ chức học bơi cho 230 học sinh, vượt kế hoạch huyện giao (200 người).')).toEqual([]);
  });

  it('flags "đạt tiêu chí" below the lower bound the bracket after it requires, and "chưa đạt chuẩn" above it', async () => {
    const f = await findingsOf(RULE, 'Tỷ lệ lao động qua đào tạo năm 2024 đạt 61,4%, cao hơn năm trước (58,9%) và đạt tiêu chí (quy định từ 65% trở lên).\n');
    expect(f.map((x) => x.messageId)).toEqual(['targetMismatch']);
    expect(f[0].data).toMatchObject({ value: 61.4, target: 65 });
    expect(await ids('Diện tích phòng học bình quân 1,9 m2/học sinh, chưa đạt chuẩn (yêu cầu tối thiểu 1,5 m2/học sinh).')).toEqual(['targetMismatch']);
    expect(await ids('Thu nhập bình quân đạt 74,2 triệu đồng/người/năm, đạt tiêu chí (yêu cầu từ 70 triệu đồng/người/năm trở lên).')).toEqual([]);
    expect(await ids('Tỷ lệ hộ nghèo còn 1,2%, đạt tiêu chí (dưới 2%).')).toEqual([]);
  });

  it('flags a value said higher (lower) than another given in brackets after the words naming it, in the same sentence', async () => {
    // Hand-checked: 68,3% < 71,5%, so "cao hơn" is wrong; 73,0% > 71,5% holds; 4,6% > 3,9%, so "thấp hơn" is wrong.
    const f = await findingsOf(RULE, 'Tỷ lệ thu học phí đúng hạn của trường đạt 68,3%, cao hơn mức trung bình của các trường trong cụm (71,5%).\n');
    expect(f.map((x) => [x.messageId, x.data.claim, x.data.value, x.data.target])).toEqual([['targetMismatch', 'cao hơn', 68.3, 71.5]]);
    expect(f[0].evidence[0].quote).toBe('cao hơn');
    expect(await ids('Tỷ lệ thu học phí đúng hạn của trường đạt 73,0%, cao hơn mức trung bình của các trường trong cụm (71,5%).')).toEqual([]);
    expect(await ids('Tỷ lệ trẻ suy dinh dưỡng của phường là 4,6%, thấp hơn bình quân thành phố (3,9%).')).toEqual(['targetMismatch']);
    expect(await ids('Tỷ lệ trẻ suy dinh dưỡng của phường là 3,1%, thấp hơn bình quân thành phố (3,9%).')).toEqual([]);
    // Amounts of one unit compare too (41,2 < 44 triệu đồng); another unit, a hedged value or a change is not read.
    expect(await ids('Thu nhập bình quân đạt 41,2 triệu đồng/người, cao hơn bình quân chung của huyện (44 triệu đồng/người).')).toEqual(['targetMismatch']);
    expect(await ids('Diện tích lúa đạt 412 ha, cao hơn bình quân các xã (520 tấn).')).toEqual([]);
    expect(await ids('Tỷ lệ thu học phí đạt gần 68%, cao hơn mức trung bình của cụm (71,5%).')).toEqual([]);
    expect(await ids('Số hộ nghèo giảm 12,5%, cao hơn mức giảm chung của huyện (14,0%).')).toEqual([]);
  });

  it('flags a 100% claim contradicted by a fraction of the same thing', async () => {
    const f = await findingsOf(RULE, 'Niêm yết công khai 100% thủ tục hành chính thuộc thẩm quyền giải quyết của xã: đã niêm yết 95/120 TTHC thuộc thẩm quyền giải quyết tại Bộ phận một cửa.\n');
    expect(f.map((x) => x.messageId)).toEqual(['fullMismatch']);
    expect(f[0].suggestion).toBe('100% → 79,2%');
  });

  it('accepts rounding and correct claims', async () => {
    expect(await ids('Thu nhập tăng từ 1,5 triệu đồng/người/tháng lên 4,5 triệu đồng/người/tháng, gấp 03 lần so với trước đây.')).toEqual([]);
    expect(await ids('Riêng quý III, số hồ sơ trực tuyến là 600 hồ sơ, tăng 25% so với cùng kỳ năm 2023 (480 hồ sơ).')).toEqual([]);
    expect(await ids('Tỷ lệ văn bản ký số 3.787/3.798, đạt 99,71% (mục tiêu đề ra 97%).')).toEqual([]);
    expect(await ids('Tỷ lệ số hóa hồ sơ đạt 99,97%, chưa đạt mục tiêu đề ra là: 100%.')).toEqual([]);
  });

  it('does not check hedged claims or unrelated fractions', async () => {
    expect(await ids('Lượt truy cập đạt 9.000 lượt, gấp hơn 2 lần năm trước (3.000 lượt).')).toEqual([]);
    expect(await ids('100% cán bộ, công chức được cấp thư điện tử công vụ; 8/10 thôn có điểm wifi công cộng.')).toEqual([]);
  });

  it('reads a change whose subject is a bare "Số X" against the one value of X stated just before', async () => {
    const text = '- Năm 2024, xã tiếp nhận 900 hồ sơ; trong đó 630 hồ sơ nộp trực tuyến, chiếm 70%.\n- Số hồ sơ nộp trực tuyến tăng 50% so với năm 2023 (500 hồ sơ).\n';
    const f = await findingsOf(RULE, text);
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ stated: 50, value: 630, base: 500, actual: 26 });
  });

  it('accepts such a change when the earlier value agrees', async () => {
    expect(await ids('- Năm 2024, xã tiếp nhận 900 hồ sơ; trong đó 630 hồ sơ nộp trực tuyến, chiếm 70%.\n- Số hồ sơ nộp trực tuyến tăng 26% so với năm 2023 (500 hồ sơ).')).toEqual([]);
  });

  it('reads no earlier value when two different ones fit the subject, or the subject is not a bare "Số X"', async () => {
    expect(await ids('- Quý I có 300 hồ sơ nộp trực tuyến; quý II có 330 hồ sơ nộp trực tuyến.\n- Số hồ sơ nộp trực tuyến tăng 50% so với năm 2023 (500 hồ sơ).')).toEqual([]);
    expect(await ids('- Xã có 630 hồ sơ nộp trực tuyến.\n- Riêng tháng 12, số hồ sơ nộp trực tuyến tăng 50% so với tháng 11 (40 hồ sơ).')).toEqual([]);
  });

  it('reads a "Tổng X năm Y" change against the one earlier value stated after the same words and year', async () => {
    // Hand-checked: 2 400 → 2 760 tấn is +15%, not +20%. The "Bằng chữ"-like paragraph without figures is passed over.
    const text = (pct: string) => `- Tổng sản lượng lương thực năm 2025 đạt 2 760 tấn, bằng 101,5% kế hoạch.\n- Trong đó chủ yếu là lúa.\n- Cây màu có 210 tấn.\n- Tổng sản lượng lương thực năm 2025 tăng ${pct} so với năm 2024 (2 400 tấn).\n`;
    expect(await ids(text('15%'))).toEqual([]);
    const f = await findingsOf(RULE, text('20%'));
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ value: 2760, base: 2400, actual: 15 });
    // Without the year, or with two earlier values of the same words, nothing is read.
    expect(await ids('- Tổng sản lượng lương thực đạt 2 760 tấn.\n- Tổng sản lượng lương thực tăng 20% so với năm 2024 (2 400 tấn).')).toEqual([]);
    expect(await ids('- Tổng sản lượng lương thực năm 2025 vụ chiêm 1 300 tấn; tổng sản lượng lương thực năm 2025 vụ mùa 1 460 tấn.\n- Tổng sản lượng lương thực năm 2025 tăng 20% so với năm 2024 (2 400 tấn).')).toEqual([]);
  });

  it('reads a "Số X" change against a part of a whole whose label names the rest of X, never a part with a word X lacks', async () => {
    // Hand-checked: 800 → 840 xe tải nhẹ is +5%, not +10%; "360 xe nặng" has "nặng", which X lacks.
    const text = (pct: string) => `- Tổng số xe tải toàn xã là 1.200 xe, gồm 840 xe nhẹ, 360 xe nặng.\n- Số xe tải nhẹ tăng ${pct} so với năm 2023 (800 xe).\n`;
    expect(await ids(text('5%'))).toEqual([]);
    const f = await findingsOf(RULE, text('10%'));
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ value: 840, base: 800, actual: 5 });
  });

  it('reads the pair of a "gấp N lần" from the "từ A lên B" after it when no value stands before the claim', async () => {
    const f = await findingsOf(RULE, 'Lượt truy cập trang thông tin điện tử của xã tăng gấp 4 lần so với năm 2023 (từ 1.500 lên 4.200 lượt).\n');
    expect(f.map((x) => x.messageId)).toEqual(['ratioMismatch']);
    expect(f[0].data).toMatchObject({ stated: 4, high: 4200, low: 1500, actual: 2.8 });
  });

  it('accepts a "gấp N lần" that its "từ A lên B" bears out, and a "từ … lên" of another clause', async () => {
    expect(await ids('Số hộ kinh doanh dùng mã QR tăng gấp 2 lần so với đầu năm (từ 310 lên 620 hộ).')).toEqual([]);
    expect(await ids('Xã có 12 điểm bán hàng, gấp 3 lần so với năm trước; diện tích tăng từ 15 lên 40 ha.')).toEqual([]);
  });

  it('reads a percentage change from the "từ A lên B" after it', async () => {
    const f = await findingsOf(RULE, 'Doanh thu bán hàng qua sàn thương mại điện tử tăng 50% so với năm trước (từ 4 tỷ đồng lên 7 tỷ đồng).\n');
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ stated: 50, actual: 75 });
    expect(await ids('Doanh thu bán hàng qua sàn thương mại điện tử tăng 75% so với năm trước (từ 4 tỷ đồng lên 7 tỷ đồng).')).toEqual([]);
  });

  it('never takes a plan in brackets as the current value of a change, nor a figure outside the bracket the claim sits in', async () => {
    const text = (pct: string) => `Tổng số lượt tiêm chủng là 8.400 lượt, đạt 60% kế hoạch năm (14.000 lượt), tăng ${pct} so với cùng kỳ năm 2023 (8.000 lượt).\n`;
    expect(await findingsOf(RULE, text('5%'))).toEqual([]);
    const f = await findingsOf(RULE, text('12%'));
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ stated: 12, value: 8400, base: 8000, actual: 5 });
    expect(await findingsOf(RULE, 'Trên địa bàn xảy ra 05 vụ cháy (giảm 03 vụ so với cùng kỳ), gồm: 03 vụ cháy nhà, 02 vụ cháy rừng.\n')).toEqual([]);
  });

  it('reads "100% X (a/b X)" against its own bracketed fraction', async () => {
    const f = await findingsOf(RULE, 'Đến nay 100% thôn (11/12 thôn) đã có nhà văn hóa đạt chuẩn.\n');
    expect(f.map((x) => x.messageId)).toEqual(['fullMismatch']);
    expect(f[0].data).toMatchObject({ num: 11, den: 12, actual: 91.7 });
    expect(await findingsOf(RULE, 'Đến nay 100% thôn (12/12 thôn) đã có nhà văn hóa đạt chuẩn.\n')).toEqual([]);
  });

  it('flags "vượt dự toán" after a rate of the plan below 100%, and leaves other rates alone', async () => {
    const f = await findingsOf(RULE, 'Thu phí, lệ phí thực hiện 185 triệu đồng/dự toán 200 triệu đồng, đạt 92,5%, vượt dự toán được giao.\n');
    expect(f.map((x) => [x.messageId, x.data.value, x.data.target])).toEqual([['targetMismatch', 92.5, 100]]);
    expect(await findingsOf(RULE, 'Thu phí, lệ phí thực hiện 216 triệu đồng/dự toán 200 triệu đồng, đạt 108%, vượt dự toán được giao.\n')).toEqual([]);
    expect(await findingsOf(RULE, 'Tỷ lệ hồ sơ trực tuyến theo kế hoạch đạt 81,2%, vượt kế hoạch.\n')).toEqual([]);
  });
});

describe('claim-mismatch with both values written after the claim, each after its year', () => {
  it('takes the later year\'s value as the current one and the earlier year\'s as the base, in either order', async () => {
    // Hand-checked: 150 → 120 is −20%; 1.200 → 1.500 is +25%.
    expect(await findingsOf(RULE, '- Số vụ tai nạn lao động giảm 20% so với năm 2024 (năm 2024 là 150 vụ, năm 2025 là 120 vụ).\n')).toEqual([]);
    expect(await findingsOf(RULE, '- Số lượt khách tham quan tăng 25% so với năm 2023 (năm 2024: 1.500 lượt, năm 2023: 1.200 lượt).\n')).toEqual([]);
    const f = await findingsOf(RULE, '- Số vụ tai nạn lao động giảm 30% so với năm 2024 (năm 2024 là 150 vụ, năm 2025 là 120 vụ).\n');
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ stated: 30, base: 150, value: 120, actual: 20 });
  });
  it('reads nothing when the two values are not each given their own year', async () => {
    expect(await findingsOf(RULE, '- Số vụ tai nạn lao động giảm 30% so với năm 2024 (150 vụ và 120 vụ).\n')).toEqual([]);
    expect(await findingsOf(RULE, '- Số vụ tai nạn lao động giảm 30% so với năm 2024 (năm 2024 là 150 vụ, năm 2024 là 120 vụ).\n')).toEqual([]);
  });
});

describe('claim-mismatch in a document written the English way', () => {
  const EN = 'Total registered capital 3,410,250,000,000 dong; 1,204,600 households.\n';
  it('reads the claim\'s "12.5%" as twelve and a half, as the document writes its numbers', async () => {
    // Hand-checked: 2,250 → 2,531.25 is +12.5%; 2,250 → 2,700 is +20%, not 12.5%.
    expect(await findingsOf(RULE, EN + 'Export turnover reached 2,531.25 million USD, tăng 12.5% so với cùng kỳ (2,250 million USD).\n')).toEqual([]);
    const f = await findingsOf(RULE, EN + 'Export turnover reached 2,700 million USD, tăng 12.5% so với cùng kỳ (2,250 million USD).\n');
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ stated: 12.5, actual: 20 });
  });
  it('reads "gấp 1.5 lần" as one and a half times there', async () => {
    // 1,800 / 1,200 = 1.5.
    expect(await findingsOf(RULE, EN + 'Số doanh nghiệp đạt 1,800 doanh nghiệp, gấp 1.5 lần năm 2020 (1,200 doanh nghiệp).\n')).toEqual([]);
  });
});

describe('claim-mismatch through the shared tester (message id, data, span)', () => {
  it('points at the claim and at the compared value in parentheses, not at an equal value earlier', async () => {
    const text = 'Năm 2023 doanh thu đạt 150 triệu đồng. Doanh thu bán hàng qua sàn thương mại điện tử đạt 600 triệu đồng, gấp 3 lần năm 2023 (150 triệu đồng).';
    const [f] = await expectFindings('claim-mismatch', text, [
      { messageId: 'ratioMismatch', data: { stated: 3, high: 600e6, low: 150e6, actual: 4 }, quote: 'gấp 3 lần', at: text.indexOf('gấp 3 lần') },
    ]);
    expect(f.evidence.map((e) => e.offset)).toEqual([text.indexOf('gấp 3 lần'), text.indexOf('600 triệu'), text.lastIndexOf('150 triệu')]);
  });
  it('a change: 1.250 → 1.500 is +20%, not +30%', async () => {
    const text = 'Số văn bản ký số đạt 1.500 văn bản, tăng 30% so với cùng kỳ (1.250 văn bản).';
    await expectFindings('claim-mismatch', text, [
      { messageId: 'changeMismatch', data: { verb: 'tăng', stated: 30, base: 1250, value: 1500, actual: 20 }, quote: '30%', at: 'Số văn bản ký số đạt 1.500 văn bản, tăng ' },
    ]);
  });

  it('reads a claim of all against the fraction short of all in its own bracket', async () => {
    // Hand-checked: 9/11 = 81,8% and 27/30 = 90%, not all.
    const f = await findingsOf(RULE, 'Hệ thống loa truyền thanh đã phủ sóng tất cả các ấp trên địa bàn (9/11 ấp).\n');
    expect(f.map((x) => [x.messageId, x.data.num, x.data.den, x.data.actual])).toEqual([['fullMismatch', 9, 11, 81.8]]);
    const g = await findingsOf(RULE, 'Toàn bộ các cầu treo, cầu tạm xuống cấp đã được sửa chữa (sửa xong 27/30 cầu), kinh phí 4,1 tỷ đồng.\n');
    expect(g.map((x) => [x.messageId, x.data.num, x.data.den, x.data.actual])).toEqual([['fullMismatch', 27, 30, 90]]);
  });

  it('stays silent on a claim of all its bracket does not count short of all, or of another thing', async () => {
    expect(await ids('Hệ thống loa truyền thanh đã phủ sóng tất cả các ấp trên địa bàn (11/11 ấp).')).toEqual([]);
    // Another noun counted, a breakdown, a plan, a negation, a hedge: nothing is claimed of the bracket's count.
    expect(await ids('Hệ thống loa truyền thanh đã phủ sóng tất cả các ấp trên địa bàn (9/11 trường học có loa).')).toEqual([]);
    expect(await ids('Hệ thống loa truyền thanh đã phủ sóng tất cả các ấp trên địa bàn (trong đó 9/11 ấp có loa không dây).')).toEqual([]);
    expect(await ids('Phấn đấu đến cuối năm phủ sóng tất cả các ấp trên địa bàn (hiện có 9/11 ấp).')).toEqual([]);
    expect(await ids('Hệ thống loa truyền thanh chưa phủ sóng tất cả các ấp trên địa bàn (9/11 ấp).')).toEqual([]);
    expect(await ids('Hệ thống loa truyền thanh đã phủ sóng gần như tất cả các ấp trên địa bàn (9/11 ấp).')).toEqual([]);
  });

  it('reads a list of targets value by value, in order', async () => {
    // Hand-checked: 72,4% ≥ 70% and 31,0% ≥ 30%: both met; with 28,0% the second misses its 30%.
    expect(await ids('Tỷ lệ lao động qua đào tạo (72,4%) và lao động có chứng chỉ (31,0%) đều vượt chỉ tiêu tương ứng (70% và 30%).')).toEqual([]);
    const f = await findingsOf(RULE, 'Tỷ lệ lao động qua đào tạo (72,4%) và lao động có chứng chỉ (28,0%) đều vượt chỉ tiêu tương ứng (70% và 30%).\n');
    expect(f.map((x) => [x.messageId, x.data.value, x.data.target])).toEqual([['targetMismatch', 28, 30]]);
  });

  it('never takes the current value of a count from a sentence breaking down another count', async () => {
    // "Số hộ thoát nghèo gồm: …" lists the parts of another count: 11 hộ is no value of "số hộ nghèo".
    const text = 'Cuối năm toàn xã có 85 hộ nghèo. Số hộ thoát nghèo gồm: tự vươn lên 9 hộ, được hỗ trợ sinh kế thoát nghèo 11 hộ.\nSo với năm trước (97 hộ), số hộ nghèo giảm 12 hộ.';
    expect(await ids(text)).toEqual([]);
  });

  it('reads "tăng N lần" as N more occurrences where the values themselves count "lần"', async () => {
    // Hand-checked: 14 power cuts against 11 a year before is 03 more ("tăng 03 lần"), not three times as many.
    expect(await ids('Trong 6 tháng xảy ra 14 lần mất điện, tăng 03 lần so với cùng kỳ (11 lần).')).toEqual([]);
    // A multiple of a count in another noun is still a multiple: 14 / 11 = 1,3, not 3.
    expect(await ids('Trong 6 tháng xảy ra 14 vụ cháy, gấp 3 lần so với cùng kỳ (11 vụ).')).toEqual(['ratioMismatch']);
  });
});

describe('claim-mismatch: a "100%" claim against a share of the same thing stated at length elsewhere', () => {
  const report = (claim: string, share: string) => [
    'BÁO CÁO', 'Kết quả năm 2025', 'I. KẾT QUẢ',
    `1. Hạ tầng. ${share}; riêng thôn Nà Pồng còn dùng giếng khoan tự đào.`,
    'Công tác vận hành được duy trì thường xuyên.', '2. Văn hóa. Phong trào văn nghệ quần chúng phát triển.',
    'II. ĐÁNH GIÁ', `${claim}, tuy nhiên chất lượng nước một số nơi chưa ổn định.`,
  ].join('\n') + '\n';

  it('flags the claim when the share names the same noun and nearly every word of it', async () => {
    // Hand-checked: 11/12 thôn = 91,7%, the claim says all villages have it; the share's words differ only in "công trình".
    const f = await findingsOf(RULE, report('100% thôn, bản đã có hệ thống cấp nước sinh hoạt tập trung đạt chuẩn', '11/12 thôn, bản đã có công trình cấp nước sinh hoạt tập trung đạt chuẩn'));
    expect(f.map((x) => [x.messageId, x.data.num, x.data.den, x.data.actual])).toEqual([['fullMismatch', 11, 12, 91.7]]);
  });

  it('stays silent on a share of another state, a hedged or planned claim, or two such shares', async () => {
    // Another state: a share with a solar lamp says nothing of the water supply.
    expect(await ids(report('100% thôn, bản đã có hệ thống cấp nước sinh hoạt tập trung đạt chuẩn', '11/12 thôn, bản đã có đèn chiếu sáng năng lượng mặt trời'))).toEqual([]);
    const share = '11/12 thôn, bản đã có công trình cấp nước sinh hoạt tập trung đạt chuẩn';
    expect(await ids(report('Gần 100% thôn, bản đã có hệ thống cấp nước sinh hoạt tập trung đạt chuẩn', share))).toEqual([]);
    expect(await ids(report('Phấn đấu đến năm 2026 có 100% thôn, bản có hệ thống cấp nước sinh hoạt tập trung đạt chuẩn', share))).toEqual([]);
    // Two shares of the thing (a year's and another's): which one the claim restates is unsure.
    expect(await ids(report('100% thôn, bản đã có hệ thống cấp nước sinh hoạt tập trung đạt chuẩn', `${share}; 10/12 thôn, bản có công trình cấp nước sinh hoạt tập trung đạt chuẩn được bảo dưỡng`))).toEqual([]);
  });
});
