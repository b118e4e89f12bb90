import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { expectFindings, expectNone } from './tester.js';

const run = (text: string) => findingsOf('percent-mismatch', text);

describe('percent-mismatch', () => {
  it('reads "N hộ/M khẩu" as households and their people, never a fraction the share after it must match', async () => {
    // Hand-checked: 318 of 1.200 households = 26,5%; 318/1.145 (households over people) = 27,77% is no share at all.
    expect(await run('Xã có 1.200 hộ; 318 hộ/1.145 khẩu sống ven sông, chiếm 26,5% tổng số hộ.\n')).toEqual([]);
    // The same households over households stay a fraction and are checked: 318/1.200 = 26,5%, not 29,5%.
    const found = await run('Có 318/1.200 hộ sống ven sông, chiếm 29,5%.\n');
    expect(found.map((x) => [x.messageId, x.data.num, x.data.den])).toEqual([['percentMismatch', 318, 1200]]);
  });

  it('pairs a fraction with its percent past a bound naming what is counted ("từ 10 lao động trở lên")', async () => {
    // Hand-checked: 27/30 = 90%; 93,3% is 28/30.
    expect(await run('Có 27/30 hợp tác xã sử dụng từ 10 lao động trở lên đã ký hợp đồng lao động bằng văn bản, đạt 90%.\n')).toEqual([]);
    const found = await run('Có 27/30 hợp tác xã sử dụng từ 10 lao động trở lên đã ký hợp đồng lao động bằng văn bản, đạt 93,3%.\n');
    expect(found.map((x) => [x.messageId, x.data.num, x.data.den, x.data.stated])).toEqual([['percentMismatch', 27, 30, 93.3]]);
    // A bound that is no open range ("từ 10 lao động" alone) is a figure of its own: the percent is not paired across it.
    expect(await run('Có 27/30 hợp tác xã có từ 10 lao động, 4 hợp tác xã đạt 93,3%.\n')).toEqual([]);
  });

  it('accepts a percent rounded twice (first to two decimals), and nothing further', async () => {
    // Hand-checked: 10.187/25.000 = 40,748%: rounded once 40,7, rounded twice 40,75 → 40,8; 40,9 is neither.
    expect(await run('Tiêm phòng cúm gia cầm 10.187/25.000 con, đạt 40,7%.\n')).toEqual([]);
    expect(await run('Tiêm phòng cúm gia cầm 10.187/25.000 con, đạt 40,8%.\n')).toEqual([]);
    expect((await run('Tiêm phòng cúm gia cầm 10.187/25.000 con, đạt 40,9%.\n')).map((x) => x.messageId)).toEqual(['percentMismatch']);
  });

  it('checks the share of what was done of a total the sentence opens with, also in decimals of a unit', async () => {
    // Hand-checked: 18,6/24,0 = 77,5%; 57,7% is not it. 42 of 120 ha = 35%.
    const f = await run('Tổng chiều dài kênh mương nội đồng là 24,0 km, đã kiên cố hóa 18,6 km, đạt 57,7%.\n');
    expect(f.map((x) => x.messageId)).toEqual(['percentMismatch']);
    expect(f[0].data).toMatchObject({ stated: 57.7, num: 18.6, den: 24, actual: 77.5 });
    expect(await run('Tổng chiều dài kênh mương nội đồng là 24,0 km, đã kiên cố hóa 18,6 km, đạt 77,5%.\n')).toEqual([]);
    expect(await run('Tổng diện tích lúa 120 ha, đã được cơ giới hóa khâu thu hoạch 42 ha, chiếm 35%.\n')).toEqual([]);
    // A part in decimals of a "trong đó" claim is checked alike: 9,5/38,0 = 25%.
    expect((await run('Diện tích rừng trồng 38,0 ha, trong đó rừng gỗ lớn 9,5 ha, chiếm 52%.\n')).map((x) => x.messageId)).toEqual(['percentMismatch']);
  });

  it('checks the share of what was done of what came in, stated in a later sentence past the intake\'s breakdown and a comparison', async () => {
    // Hand-checked: 192/240 = 80%, so 85% is wrong and 80% right; 171/180 = 95%, not 90%. The breakdown (150 + 90) and the
    // earlier year's 210 stand between the intake and what was done; 240/210 = +14,3% is right.
    const intake = 'Thụ lý 240 vụ việc hòa giải, gồm tranh chấp đất đai 150 vụ việc, mâu thuẫn gia đình 90 vụ việc; so với năm trước (210 vụ việc) tăng 14,3%.';
    const f = await run(`${intake} Đã hòa giải thành 192 vụ việc, đạt 85%.\n`);
    expect(f.map((x) => [x.messageId, x.data.num, x.data.den, x.data.stated, x.data.actual])).toEqual([['percentMismatch', 192, 240, 85, 80]]);
    expect(await run(`${intake} Đã hòa giải thành 192 vụ việc, đạt 80%.\n`)).toEqual([]);
    const total = await run('Tổng số hồ sơ tiếp nhận trong năm là 180 hồ sơ. Đã được giải quyết 171 hồ sơ, đạt 90%.\n');
    expect(total.map((x) => [x.data.num, x.data.den, x.data.actual])).toEqual([[171, 180, 95]]);
    // A nearer count done stands between (190/200 = 95%): the share may be of it, so nothing is read.
    expect(await run('Tiếp nhận 240 hồ sơ. Đã giải quyết 200 hồ sơ. Đã trả kết quả đúng hạn 190 hồ sơ, đạt 95%.\n')).toEqual([]);
    // Another noun received, or a percent qualified after it ("đúng hạn"): no share of the intake.
    expect(await run('Tiếp nhận 35 đơn thư. Đã giải quyết 30 hồ sơ, đạt 90%.\n')).toEqual([]);
    expect(await run('Tiếp nhận 240 hồ sơ. Đã giải quyết 200 hồ sơ, đạt 100% đúng hạn.\n')).toEqual([]);
  });

  it('reads the share of an intake alone in a bracket after the part done, in either intake form', async () => {
    // Hand-checked: 114/120 = 95%, so "(đạt 90%)" is wrong; 54/72 = 75%, so "(đạt 80%)" is wrong.
    const received = (p: string) => `Tiếp nhận 120 hồ sơ đăng ký kinh doanh, gồm thành lập mới 85 hồ sơ, thay đổi 35 hồ sơ. Đã giải quyết 114 hồ sơ (đạt ${p}%).\n`;
    expect((await run(received('90'))).map((x) => [x.messageId, x.data.num, x.data.den, x.data.actual])).toEqual([['percentMismatch', 114, 120, 95]]);
    expect(await run(received('95'))).toEqual([]);
    const pending = (p: string) => `Đoàn kiểm tra kiến nghị xử lý 72 trường hợp vi phạm, đã xử lý 54 trường hợp (đạt ${p}%).\n`;
    expect((await run(pending('80'))).map((x) => [x.messageId, x.data.num, x.data.den, x.data.actual])).toEqual([['percentMismatch', 54, 72, 75]]);
    // A bracket going on after the percent qualifies it: no share of the intake.
    expect(await run('Tiếp nhận 120 hồ sơ, gồm thành lập mới 85 hồ sơ, thay đổi 35 hồ sơ. Đã giải quyết 114 hồ sơ (đạt 90% đúng hạn).\n')).toEqual([]);
  });

  it('checks a rate of the plan in the text against the plan of the table row that restates its amount', async () => {
    // Hand-checked: 3.150/5.000 = 63,0%, not 52,5%; 1.240/2.000 = 62,0% as stated. The row of 3.150 holds the plan 5.000.
    const table = [
      'Kết quả thu chi chủ yếu (đơn vị tính: triệu đồng):',
      'STT\tNội dung\tDự toán năm 2025\tThực hiện 6 tháng\tĐạt % dự toán',
      '1\tChi sự nghiệp văn hóa thông tin\t5.000\t3.150\t63,0',
      '2\tChi sự nghiệp môi trường\t2.000\t1.240\t62,0',
      '3\tChi quốc phòng địa phương\t1.600\t880\t55,0',
    ].join('\n');
    const wrong = `Chi sự nghiệp văn hóa thông tin 3.150 triệu đồng, đạt 52,5% dự toán.\nChi sự nghiệp môi trường 1.240 triệu đồng, đạt 62,0% dự toán.\n${table}\n`;
    const f = await run(wrong);
    expect(f.map((x) => x.messageId)).toEqual(['percentMismatch']);
    expect(f[0].data).toMatchObject({ stated: 52.5, num: 3150, den: 5000, actual: 63 });
    expect(await run(wrong.replace('52,5%', '63,0%'))).toEqual([]);
    // A table with no plan column says nothing of a rate of the plan.
    expect(await run(wrong.replace('Dự toán năm 2025', 'Cùng kỳ năm 2024'))).toEqual([]);
  });

  it('checks the share of what was done of what came in ("Tiếp nhận N …; đã giải quyết M …, đạt X%")', async () => {
    // Hand-checked: 57/60 = 95%; 45/60 = 75%, not 57%. The count in words beside its digits changes nothing.
    expect(await run('- Thụ lý 60 vụ việc hòa giải ở cơ sở, đã hòa giải thành 57 vụ việc, đạt 95%.\n')).toEqual([]);
    const f = await run('- Tiếp nhận 60 (sáu mươi) kiến nghị của cử tri về hạ tầng, giao thông; đã trả lời 45 kiến nghị, đạt 57 %; 15 kiến nghị đang xem xét.\n');
    expect(f.map((x) => x.messageId)).toEqual(['percentMismatch']);
    expect(f[0].data).toMatchObject({ stated: 57, num: 45, den: 60, actual: 75 });
    // What was done must be said as done ("đã", "được"), of the same thing counted.
    expect(await run('- Tiếp nhận 60 kiến nghị; còn tồn 45 kiến nghị, đạt 57%.\n')).toEqual([]);
    expect(await run('- Tiếp nhận 60 kiến nghị; đã trả lời 45 lượt, đạt 57%.\n')).toEqual([]);
  });

  it('checks the share of what was done of the load a named worker was handed ("A được phân công N …, đã giải quyết M …, đạt X%")', async () => {
    // Hand-checked: 120/150 = 80%; 130/160 = 81,25%, not 85%.
    expect(await run('Cán bộ Trần Văn An được giao 150 hồ sơ, đã giải quyết xong 120 hồ sơ, đạt 80%.\n')).toEqual([]);
    const f = await run('Cán bộ Trần Văn An được giao 150 hồ sơ, đã giải quyết xong 120 hồ sơ, đạt 80%; cán bộ Lê Thị Bình được phân công 160 hồ sơ, đã giải quyết xong 130 hồ sơ, đạt 85%.\n');
    expect(f.map((x) => x.data)).toEqual([expect.objectContaining({ stated: 85, num: 130, den: 160 })]);
    // A figure before the load in its clause, or nothing said as done, reads nothing.
    expect(await run('Năm 2024 cán bộ Lê Thị Bình được giao 160 hồ sơ, đã giải quyết xong 130 hồ sơ, đạt 85%.\n')).toEqual([]);
    expect(await run('Cán bộ Lê Thị Bình được giao 160 hồ sơ, còn tồn 130 hồ sơ, đạt 85%.\n')).toEqual([]);
  });

  it('holds a share that names its whole against that whole only, not the whole of its "Trong đó"', async () => {
    // Hand-checked: 3.100/12.400 = 25% (the named "dân số"); 3.100/7.750 = 40% (the count "Trong đó" hangs on).
    const lead = 'Dân số toàn xã là 12.400 người; số người trong độ tuổi lao động là 7.750 người.\n\n';
    expect(await run(lead + 'Trong đó, lao động có việc làm ổn định là 3.100 người, chiếm 25% dân số toàn xã.\n')).toEqual([]);
    const f = await run(lead + 'Trong đó, lao động có việc làm ổn định là 3.100 người, chiếm 30% người trong độ tuổi lao động.\n');
    expect(f.map((x) => x.messageId)).toEqual(['percentMismatch']);
    expect(f[0].data).toMatchObject({ stated: 30, num: 3100, den: 7750 });
  });

  it('reads "chiếm X% số <whole>" after a part of a "trong đó" as its share of the whole that count names', async () => {
    // Hand-checked: 48/320 = 15%, so "chiếm 15% số hồ sơ đã giải quyết" holds and "chiếm 18%" does not.
    const text = (p: string) => `Tiếp nhận 350 hồ sơ, đã giải quyết 320 hồ sơ; trong đó lĩnh vực đất đai 96 hồ sơ, lĩnh vực hộ tịch 48 hồ sơ, chiếm ${p}% số hồ sơ đã giải quyết.\n`;
    expect(await run(text('15'))).toEqual([]);
    const f = await run(text('18'));
    expect(f.map((x) => x.messageId)).toEqual(['percentMismatch']);
    expect(f[0].data).toMatchObject({ stated: 18, num: 48, den: 320 });
    // "đạt X% số …" names no share of the part: nothing is said.
    expect(await run('Tiếp nhận 350 hồ sơ, đã giải quyết 320 hồ sơ; trong đó lĩnh vực đất đai 96 hồ sơ, lĩnh vực hộ tịch 48 hồ sơ, đạt 18% số hồ sơ đúng hạn.\n')).toEqual([]);
  });

  it('accepts a share that fits the nearest of two wholes a part belongs to', async () => {
    const text = '- Tiếp nhận 1.450 hồ sơ; đã giải quyết 1.380 hồ sơ, trong đó giải quyết đúng hạn 1.311 hồ sơ, đạt 95%.\n';
    expect(await run(text)).toEqual([]);
    expect((await run(text.replace('đạt 95%', 'đạt 99%'))).map((f) => f.messageId)).toEqual(['percentMismatch']);
  });

  it('checks a percent stated before its bracketed fraction, and leaves a goal percent after it alone', async () => {
    const [f, ...rest] = await run('- Tỷ lệ hồ sơ số hóa đạt 81,4% (1.530/2.500 hồ sơ), vượt chỉ tiêu tỉnh giao (60%).\n');
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ stated: 81.4, num: 1530, den: 2500, actual: 61.2 });
    expect(await run('- Tỷ lệ hồ sơ số hóa đạt 61,2% (1.530/2.500 hồ sơ), vượt chỉ tiêu tỉnh giao (60%).\n')).toEqual([]);
  });

  it('checks a rate that names its plan by a phrase stated before with the plan ("… đạt X% kế hoạch vốn giao")', async () => {
    // Hand-checked: 45.000 / 60.000 = 75%, not 78%; 78% is not 75% either way of rounding.
    const text = (rate: string) => [
      'Kế hoạch vốn đầu tư công năm 2025 được giao là 60.000 triệu đồng, tăng 5% so với năm 2024 (57.000 triệu đồng).',
      `Đến ngày 31/12/2025, huyện đã giải ngân 45.000 triệu đồng, đạt ${rate} kế hoạch vốn đầu tư công giao.`,
    ].join('\n\n') + '\n';
    const f = await run(text('78%'));
    expect(f.map((x) => x.data)).toEqual([expect.objectContaining({ stated: 78, num: 45e9, den: 60e9, actual: 75 })]);
    expect(await run(text('75%'))).toEqual([]);
    // A plan word alone names no plan of its own: two plans stated before, or none in the words before, read nothing.
    expect(await run('Kế hoạch năm là 50.000 triệu đồng.\n\nHuyện đã giải ngân 45.000 triệu đồng, đạt 70% kế hoạch.\n')).toEqual([]);
    const two = 'Kế hoạch vốn năm 2025 là 60.000 triệu đồng; kế hoạch vốn năm 2024 là 50.000 triệu đồng.\n\nĐã giải ngân 45.000 triệu đồng, đạt 80% kế hoạch vốn.\n';
    expect(await run(two)).toEqual([]);
  });

  it('checks a rate after the plan and then the amount done ("kế hoạch A, thực hiện B, đạt X%")', async () => {
    // Hand-checked: 42 / 60 = 70%; 24 / 60 = 40%, not 70%. 1.350 / 1.500 = 90%.
    expect(await run('Công trình nhà văn hóa xã có kế hoạch 60 triệu đồng, đã thanh toán 42 triệu đồng, đạt 70%.\n')).toEqual([]);
    const f = await run('Công trình nhà văn hóa xã có kế hoạch 60 triệu đồng, đã thanh toán 24 triệu đồng, đạt 70%; công trình cổng làng đạt 55%.\n');
    expect(f.map((x) => x.data)).toEqual([expect.objectContaining({ stated: 70, num: 24e6, den: 60e6, actual: 40 })]);
    expect(await run('Chỉ tiêu giao 1.500 lao động, giải quyết việc làm 1.350 lao động, đạt 90% kế hoạch.\n')).toEqual([]);
    // A change between them, or a rate that goes on to compare with another time, is no rate of the plan: nothing is read.
    expect(await run('Kế hoạch 60 triệu đồng, so với năm trước 24 triệu đồng, đạt 70%.\n')).toEqual([]);
    expect(await run('Có kế hoạch 60 triệu đồng, đã thanh toán 24 triệu đồng, đạt 70% so với cùng kỳ.\n')).toEqual([]);
  });

  it('checks a fulfilment rate against the plan restated in brackets after its word, also above 100%', async () => {
    // Hand-checked: 3.240 / 3.600 = 90%; 1.380 / 1.200 = 115%; 57 tỷ / 60 tỷ = 95%.
    expect(await run('- Trồng mới 3.240 cây xanh, đạt 90% kế hoạch (3.600 cây).\n')).toEqual([]);
    expect(await run('- Cấp 1.380 thẻ bảo hiểm y tế, đạt 115% chỉ tiêu (1.200 thẻ).\n')).toEqual([]);
    const [f, ...rest] = await run('- Thu thuế 57 tỷ đồng, đạt 59% dự toán (dự toán 60 tỷ đồng).\n');
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ stated: 59, num: 57e9, den: 60e9, actual: 95 });
    expect(f.evidence.map((e) => e.quote)).toEqual(['59%', '57 tỷ đồng', '60 tỷ đồng']);
    // Another unit in the brackets, or no amount handed over by ", đạt", is not the plan of the amount: nothing is read.
    expect(await run('- Trồng mới 3.240 cây xanh, đạt 70% kế hoạch (12 tuyến phố).\n')).toEqual([]);
    expect(await run('- Diện tích lúa đạt 70% kế hoạch (3.600 ha).\n')).toEqual([]);
    // A number right before the amount (a grouped number read in part) leaves the amount unsure.
    // Hand-checked: 245 370 000 / 125 000 000 = 196,3%, right; read in part (370 000) it would look wrong.
    expect(await run('- Cộng hai khoản 245 370 000 đồng, đạt 196,3% dự toán (125 000 000 đồng).\n')).toEqual([]);
  });

  it('checks a fulfilment rate against the plan stated before it ("X trên dự toán Y, bằng Z% dự toán")', async () => {
    // Hand-checked: 96 / 80 = 120%; 1.150 / 1.250 = 92%; 4,6 tỷ / 4 tỷ = 115%, not 125%.
    expect(await run('- Thu tiền sử dụng đất 96 triệu đồng trên dự toán 80 triệu đồng, đạt 120% dự toán.\n')).toEqual([]);
    expect(await run('- Tiêm vắc xin 1.150 trẻ so với kế hoạch 1.250 trẻ, bằng 92% kế hoạch.\n')).toEqual([]);
    const [f, ...rest] = await run('- Chi đầu tư phát triển 4,6 tỷ đồng trên dự toán 4 tỷ đồng, bằng 125% dự toán.\n');
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ stated: 125, num: 4.6e9, den: 4e9, actual: 115 });
    // The rate must name the plan again after itself, and the two amounts count one thing.
    expect(await run('- Chi đầu tư phát triển 4,6 tỷ đồng trên dự toán 4 tỷ đồng, bằng 125% cùng kỳ.\n')).toEqual([]);
    expect(await run('- Tiêm vắc xin 1.150 trẻ so với kế hoạch 1.250 liều, bằng 82% kế hoạch.\n')).toEqual([]);
  });

  it('flags a percent that is not its fraction, citing both and stating the true value', async () => {
    // Hand-checked: 18/22 = 81,82%, so 88,2% (two digits swapped) is wrong.
    const [f, ...rest] = await run('- Có 18/22 cán bộ, công chức được trang bị máy tính, đạt tỉ lệ 88,2%.\n');
    expect(rest).toEqual([]);
    expect(f.messageId).toBe('percentMismatch');
    expect(f.data).toMatchObject({ stated: 88.2, num: 18, den: 22, actual: 81.8 });
    expect(f.evidence.map((e) => e.quote)).toEqual(['88,2%', '18/22']);
  });

  it('flags a stated 100% beside a count short of all, goal words in the count\'s clause or not', async () => {
    // Hand-checked: 21/22 = 95,45%; 7/8 = 87,5%; 29/30 = 96,67%: none is 100%.
    const [f, ...rest] = await run('- Có 21/22 cán bộ, công chức được trang bị máy tính, đạt tỉ lệ 100%.\n');
    expect(rest).toEqual([]);
    expect(f.messageId).toBe('percentMismatch');
    expect(f.data).toMatchObject({ stated: 100, num: 21, den: 22, actual: 95.5 });
    expect(f.evidence.map((e) => e.quote)).toEqual(['100%', '21/22']);
    expect((await run('Số xe cứu hỏa được bảo dưỡng 7/8 xe, đạt 100%.\n')).map((x) => [x.messageId, x.data.num, x.data.den])).toEqual([['percentMismatch', 7, 8]]);
    const g = await run('Có 29/30 chi hội hoàn thành chỉ tiêu kết nạp hội viên được giao, đạt tỷ lệ 100 %.\n');
    expect(g.map((x) => [x.messageId, x.data.num, x.data.den, x.data.actual])).toEqual([['percentMismatch', 29, 30, 96.7]]);
    // All of them is 100%: nothing to report.
    expect(await run('Có 30/30 chi hội hoàn thành chỉ tiêu kết nạp hội viên được giao, đạt tỷ lệ 100 %.\n')).toEqual([]);
  });

  it('suggests the value one dropped digit away', async () => {
    const [f] = await run('- DVCTT mức độ 2 trở lên: 01/156 TTHC đạt 0,06%\n');
    expect(f.suggestion).toBe('0,06% → 0,6%');
  });

  it('suggests a transposition', async () => {
    const [f] = await run('Hồ sơ giải quyết đúng hạn 421/500 hồ sơ, đạt 48,2%.\n');
    expect(f.data.actual).toBe(84.2);
    expect(f.suggestion).toBe('48,2% → 84,2%');
  });

  it('suggests the slip in the writing of a document written the English way', async () => {
    // Hand-checked: 318/400 = 79.5%; "97.5" is its two digits swapped.
    const [f, ...rest] = await run('Budget 2,150,000,000 dong for 1,204,600 people; growth 3.75%.\nSố hộ được cấp nước sạch 318/400 hộ, đạt 97.5%.\n');
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ stated: 97.5, actual: 79.5 });
    expect(f.suggestion).toBe('97.5% → 79.5%');
  });

  it.each([
    ['Số hộ nghèo được hỗ trợ nhà ở là 45/60 hộ, chiếm 57%.\n'],
    ['Tỷ lệ trường học có kết nối cáp quang: 7/9 trường = 87,8%\n'],
    ['Kết quả: số thôn có camera an ninh 12/15 thôn (tỷ lệ 60%).\n'],
  ])('flags wording the seeds never use: %s', async (text) => {
    expect((await run(text)).map((f) => f.messageId)).toEqual(['percentMismatch']);
  });

  it.each([
    ['Dịch vụ công trực tuyến một phần 82/82 = 100% và toàn trình đạt 192/192 = 100%.\n'],
    ['Tỷ lệ người dân trong độ tuổi lao động có điện thoại 5020/5870 = 85,5%\n'],
    ['Số hồ sơ sức khỏe điện tử toàn xã là 7042/9149 người đạt 77%.\n'],
    ['Số tài khoản thanh toán là: 2407/3890 người đạt tỷ lệ 61,8% .\n'],
    ['- DVC TT mức độ 3/Tổng số TTHC của cơ quan: 82/156 TTHC đạt 52,6%\n- DVC TT mức độ 4/Tổng số TTHC của cơ quan: 73/156 TTHC đạt 46,8%\n'],
    ['Có phát sinh hồ sơ: 8/156 TTHC, đạt tỷ lệ 5,13%\n'],
    ['Giải quyết trực tuyến: 50/59 hồ sơ, đạt tỷ lệ: 84,7%; trả qua BCCI: 05/59 hs, đạt tỷ lệ: 8,4%.\n'],
    ['- Hồ sơ TTHC được tiếp nhận qua dịch vụ BCCI: 0/0 hồ sơ TTHC, đạt tỷ lệ: 0%\n'],
    ['Văn bản ký số 3.787/3.798, đạt 99,71%; đầy đủ chữ ký số 2.690/3.798, đạt 70,82%.\n'],
    ['Chia đều 1/6 = 16,6% và 1/6 = 16,7%.\n'],
  ])('does not flag a correct or truncated percent: %s', async (text) => {
    expect(await run(text)).toEqual([]);
  });

  it('checks a fraction cell against its own percent in a table', async () => {
    const text = 'STT\tNội dung\tChỉ tiêu\tKỳ báo cáo\tLũy kế\n1\tTỷ lệ hồ sơ trực tuyến\t85%\t410/410 = 100%\t870/875 = 100%\n';
    const [f] = await run(text);
    expect(f.data).toMatchObject({ stated: 100, num: 870, den: 875 });
    expect(f.evidence[0].quote).toBe('870/875 = 100%');
  });

  it('pairs a fraction cell with the Tỷ lệ cell beside it, never with a cell of another column', async () => {
    const bad = 'STT\tNội dung\tSố lượng\tTỷ lệ (%)\n1\tHộ có internet\t45/60\t57\n';
    expect(await run(bad)).toEqual([]); // "57" is not written as a percent: not read as one
    const withSign = 'STT\tNội dung\tSố lượng\tTỷ lệ\n1\tHộ có internet\t45/60\t57%\n';
    expect((await run(withSign)).map((f) => f.data.actual)).toEqual([75]);
    const otherColumn = 'STT\tNội dung\tKỳ báo cáo\tLũy kế\n1\tHộ có internet\t57%\t45/60\n';
    expect(await run(otherColumn)).toEqual([]);
  });

  it('leaves the seed 004 appendix rows alone', async () => {
    const text = 'STT\tNội dung\tChỉ tiêu\tKỳ báo cáo\tLũy kế\n17\tTỷ lệ dịch vụ công\t70%\t410/410 = 100%\t875/875 = 100%\n21\tTỷ lệ cán bộ có chữ ký số\t100%\t19/19=100%\t19/19=100%\n12\tTỷ lệ người dân có tài khoản\t96%\t0\t8916/9233=96,56%\n';
    expect(await run(text)).toEqual([]);
  });

  it.each([
    ['- Xã có 480 hộ nuôi trồng thủy sản, trong đó 300 hộ đã ghi nhật ký điện tử, đạt 72%.\n', 300, 480],
    ['Có 1.150 học sinh đã được cấp tài khoản học trực tuyến trên tổng số 1.600 học sinh toàn trường, chiếm 80,5%.\n', 1150, 1600],
    ['Đã cấp 96 thẻ trên 120 thẻ đăng ký, tương đương 90%.\n', 96, 120],
  ])('compares a share with the part and whole counted in its sentence: %s', async (text, num, den) => {
    const found = await run(text);
    expect(found.map((f) => [f.messageId, f.data.num, f.data.den])).toEqual([['percentMismatch', num, den]]);
  });

  it.each([
    ['- Tổng đàn gia cầm 8.000 con, trong đó 2.500 con vịt được tiêm phòng, đạt 96%.\n'],
    ['- Tiếp nhận 900 hồ sơ, trong đó 850 hồ sơ đã giải quyết đúng hạn, đạt 98%.\n'],
    ['- Có 480 hộ, trong đó 300 hộ đã lắp camera, đạt 75% kế hoạch.\n'],
    ['- Có 480 hộ, trong đó 300 hộ đã lắp camera, đạt 62,5%.\n'],
    ['Giải quyết 400 hồ sơ trên tổng số 420 hồ sơ tiếp nhận, đạt 97% đúng hạn.\n'],
    ['Có 1.150 học sinh trên tổng số 1.600 học sinh, tăng 12% so với năm trước.\n'],
    ['- Toàn xã có 600 hộ, 520 hộ kinh doanh, trong đó 260 hộ kinh doanh đã dùng mã QR, đạt 50%.\n'],
  ])('leaves other rates and ambiguous wholes alone: %s', async (text) => {
    expect(await run(text)).toEqual([]);
  });

  it('reads a "trong đó" share against the current total, not the earlier value in brackets', async () => {
    const text = (pct: string) => `Tổng số lượt khám là 9.600 lượt, tăng 6,7% so với cùng kỳ năm 2023 (9.000 lượt); trong đó khám bảo hiểm y tế 8.160 lượt, chiếm ${pct}.\n`;
    expect(await run(text('85%'))).toEqual([]);
    const f = await run(text('90%'));
    expect(f.map((x) => x.messageId)).toEqual(['percentMismatch']);
    expect(f[0].data).toMatchObject({ num: 8160, den: 9600, actual: 85 });
  });

  it('leaves a "trong đó" part\'s rate of its own plan ("đạt 64% dự toán") alone, and still checks a plain share', async () => {
    // 150/500 = 30%: "đạt 64% dự toán" is the part against a plan not written here, no share of the 500.
    const text = (tail: string) => `Tổng thu phí, lệ phí 9 tháng ước đạt 500 triệu đồng; trong đó, lệ phí chứng thực 150 triệu đồng, đạt 64%${tail}.\n`;
    expect(await run(text(' dự toán năm'))).toEqual([]);
    expect(await run(text(' KH'))).toEqual([]);
    const f = await run(text(''));
    expect(f.map((x) => x.messageId)).toEqual(['percentMismatch']);
    expect(f[0].data).toMatchObject({ num: 150e6, den: 500e6, actual: 30 });
  });

  it('reads "chiếm X% <noun phrase>" against the one earlier figure whose label holds the words the part does not say', async () => {
    // Hand-checked: 9,6 / 48 ha = 20%; 9,6 / 96 = 10% (the total) is not what "diện tích nhiễm rầy" names.
    const text = (pct: string) => `- Tổng diện tích nhiễm sâu bệnh 96 ha, gồm: rầy nâu 48 ha, sâu đục thân 30 ha và bệnh khô vằn 18 ha.\n- Riêng rầy nâu, diện tích nhiễm nặng 9,6 ha, chiếm ${pct} diện tích nhiễm rầy nâu.\n`;
    expect(await run(text('20 %'))).toEqual([]);
    const f = await run(text('12 %'));
    expect(f.map((x) => x.messageId)).toEqual(['percentMismatch']);
    expect(f[0].data).toMatchObject({ num: 9.6, den: 48, actual: 20 });
    // Two earlier figures labelled alike ("rầy nâu 48 ha" and "rầy nâu 40 ha"): the whole is unsure, nothing is said.
    const twice = '- Vụ xuân nhiễm rầy nâu 48 ha; vụ mùa, rầy nâu 40 ha.\n- Riêng rầy nâu, diện tích nhiễm nặng 9,6 ha, chiếm 12 % diện tích nhiễm rầy nâu.\n';
    expect(await run(twice)).toEqual([]);
  });

  it('reads "chiếm X% tổng số <noun>" against the one total of that noun stated just before', async () => {
    const text = (pct: string) => `I. DÂN SỐ\nToàn xã có 1.600 hộ với 6.200 nhân khẩu.\nCuối năm toàn xã còn 48 hộ nghèo, chiếm ${pct} tổng số hộ.\n`;
    expect(await run(text('3%'))).toEqual([]);
    const f = await run(text('3,8%'));
    expect(f.map((x) => x.data)).toEqual([expect.objectContaining({ num: 48, den: 1600, actual: 3 })]);
    // A count of a group of the noun ("120 hộ nghèo") is no total of it.
    expect(await run(`I. DÂN SỐ\nĐầu năm toàn xã có 120 hộ nghèo.\nCuối năm toàn xã còn 48 hộ nghèo, chiếm 3% tổng số hộ.\n`)).toEqual([]);
    // Two different totals of the noun nearby: which one is meant is unclear.
    expect(await run(`I. DÂN SỐ\nToàn xã có 1.600 hộ.\nTrên địa bàn thôn có 400 hộ.\nCuối năm còn 48 hộ nghèo, chiếm 3,8% tổng số hộ.\n`)).toEqual([]);
  });
});

describe('percent-mismatch: a whole named by a "tổng …" phrase stated in an earlier paragraph', () => {
  it('holds the share against the figure that follows the very same words before', async () => {
    // Hand-checked: 1.260/4.200 = 30,0%; the text says 36,0%.
    const text = 'I. THU NGÂN SÁCH\nNăm 2025, tổng thu ngân sách là 4.200 triệu đồng, vượt 5% dự toán.\n'
      + 'Các khoản thu được điều tiết theo quy định.\n'
      + 'Thu từ khu vực ngoài quốc doanh 1.260 triệu đồng, chiếm 36,0 % tổng thu ngân sách.\n';
    const f = await run(text);
    expect(f.map((x) => x.data)).toEqual([expect.objectContaining({ stated: 36, actual: 30 })]);
    // The right share (30,0%) is silent; so is a count whose earlier "tổng số lao động" has the same count noun.
    expect(await run(text.replace('36,0 %', '30,0 %'))).toEqual([]);
    expect(await run('II. LAO ĐỘNG\nTổng số lao động 2.500 người.\nCó 1.000 người làm nông nghiệp, bằng 40% tổng số lao động.\n')).toEqual([]);
  });

  it('says nothing when the phrase names no earlier figure, or two different ones', async () => {
    expect(await run('I. VỐN\nVốn giải ngân 600 tỷ đồng, đạt 45% tổng vốn đăng ký.\n')).toEqual([]);
    const two = 'I. VỐN\nNăm 2024 tổng vốn đăng ký 900 tỷ đồng.\nNăm 2025 tổng vốn đăng ký 1.500 tỷ đồng.\n'
      + 'Vốn giải ngân 600 tỷ đồng, đạt 45% tổng vốn đăng ký.\n';
    expect(await run(two)).toEqual([]);
  });
});

describe('percent-mismatch: shares named by their own words', () => {
  it('reads a "chiếm X% tổng số <whole>" after a part whose noun goes on with a kind of it', async () => {
    // Hand-checked: 84/240 = 35%, so 40% is wrong; 35 % (with a space) passes.
    const text = (pct: string) => `Tổng số học sinh được khám mắt trong năm là 240 em, trong đó 84 em học sinh cận thị, chiếm ${pct} tổng số học sinh được khám mắt.\n`;
    const f = await run(text('40 %'));
    expect(f.map((x) => [x.messageId, x.data.num, x.data.den, x.data.actual])).toEqual([['percentMismatch', 84, 240, 35]]);
    expect(await run(text('35 %'))).toEqual([]);
    // The share names another whole than the claim's (students of the whole school): not judged against 240.
    expect(await run('Tổng số học sinh được khám mắt trong năm là 240 em, trong đó 84 em học sinh cận thị, chiếm 12% tổng số học sinh toàn trường.\n')).toEqual([]);
  });

  it('reads "tỷ lệ <quality>" after a part whose clause already gave it that quality', async () => {
    // Hand-checked: 1.164/1.200 = 97,0%, so 95,0% is wrong; 97,0% passes.
    const text = (pct: string) => `Đã thẩm định 1.200 hồ sơ, trong đó thẩm định đúng quy trình 1.164 hồ sơ, tỷ lệ đúng quy trình ${pct}; sai quy trình 36 hồ sơ.\n`;
    const f = await run(text('95,0%'));
    expect(f.map((x) => [x.messageId, x.data.num, x.data.den, x.data.actual])).toEqual([['percentMismatch', 1164, 1200, 97]]);
    expect(await run(text('97,0%'))).toEqual([]);
    // A rate of a quality the part was never said to have is another rate: nothing read.
    expect(await run('Đã thẩm định 1.200 hồ sơ, trong đó hồ sơ trực tuyến 1.164 hồ sơ, tỷ lệ đúng quy trình 95,0%.\n')).toEqual([]);
  });

  it('takes the whole of a breakdown, not one of its parts, as the earlier total a share names', async () => {
    // Hand-checked: the total of "lượt khám" is 400 (its parts 250 + 150); 60/400 = 15%, so 18% is wrong.
    const text = (pct: string) => 'Trong quý, toàn xã có 400 lượt khám gồm: 250 lượt khám bảo hiểm y tế và 150 lượt khám dịch vụ.\n'
      + `Theo đối tượng, người cao tuổi 90 lượt, trẻ em 120 lượt; trong đó có 60 lượt là trẻ mầm non, chiếm ${pct} tổng số lượt khám.\n`;
    const f = await run(text('18%'));
    expect(f.map((x) => [x.messageId, x.data.num, x.data.den])).toEqual([['percentMismatch', 60, 400]]);
    expect(await run(text('15%'))).toEqual([]);
  });
});

describe('percent-mismatch through the shared tester (message id, data, span)', () => {
  it('21/22 is 95,45%: flags the second "100%", the one stated for the fraction', async () => {
    const text = 'Năm trước toàn bộ hồ sơ đạt 100%. Có 21/22 cán bộ, công chức được trang bị máy tính, đạt tỉ lệ 100%.';
    await expectFindings('percent-mismatch', text, [
      { messageId: 'percentMismatch', data: { stated: 100, num: 21, den: 22 }, quote: '100%', at: text.lastIndexOf('100%'), severity: 'error' },
    ]);
  });
  it('3.787/3.798 is 99,71%: nothing to report', async () => {
    await expectNone('percent-mismatch', 'Tỷ lệ văn bản ký số 3.787/3.798, đạt 99,71%.');
  });
  it('checks a share whose whole is named and stated once in an earlier paragraph', async () => {
    // Hand-checked: 12/80 = 15%, not 17,5%.
    const births = 'Dân số đầu năm 5.200 người; trong năm sinh 80 trẻ, chết 30 người.\n';
    const f = await run(`${births}Số trẻ sinh là con thứ ba 12 trường hợp, chiếm 17,5% tổng số trẻ sinh trong năm.\n`);
    expect(f.map((x) => x.messageId)).toEqual(['percentMismatch']);
    expect(f[0].data).toMatchObject({ stated: 17.5, num: 12, den: 80, actual: 15 });
    expect(await run(`${births}Số trẻ sinh là con thứ ba 12 trường hợp, chiếm 15,0% tổng số trẻ sinh trong năm.\n`)).toEqual([]);
    // Two earlier counts that fit with different values: no whole, nothing said.
    expect(await run(`${births}Theo số liệu rà soát lại, trong năm sinh 86 trẻ.\nSố trẻ sinh là con thứ ba 12 trường hợp, chiếm 17,5% tổng số trẻ sinh trong năm.\n`)).toEqual([]);
  });

  it('checks the odd share of a bracketed breakdown against the sum of its parts', async () => {
    // Hand-checked: 15 + 6 + 3 = 24; 3/24 = 12,5%, not 14,5%; the other two agree (62,5%, 25%).
    const f = await run('Trình độ chuyên môn: đại học 15 người (62,50%); trung cấp 06 người (25,00%); sơ cấp 03 người (14,50%).\n');
    expect(f.map((x) => x.messageId)).toEqual(['percentMismatch']);
    expect(f[0].data).toMatchObject({ stated: 14.5, num: 3, den: 24, actual: 12.5 });
    expect(await run('Trình độ chuyên môn: đại học 15 người (62,50%); trung cấp 06 người (25,00%); sơ cấp 03 người (12,50%).\n')).toEqual([]);
    // Shares of a whole of 30 stated elsewhere (50%, 20%, 10%): none agrees with the sum, nothing said.
    expect(await run('Trình độ chuyên môn: đại học 15 người (50,0%); trung cấp 06 người (20,0%); sơ cấp 03 người (10,0%).\n')).toEqual([]);
  });

  it('checks bare bracketed shares of the parts of a "trong đó" breakdown against its whole', async () => {
    // Hand-checked: 160/640 = 25,00% (as stated); 452/640 = 70,625% → 70,63%, not 76,63%; 160 + 452 + 28 = 640.
    const f = await run('Năm học vừa qua, toàn trường có 640 học sinh được đánh giá; trong đó hoàn thành tốt 160 em (25,00%), hoàn thành 452 em (76,63%), chưa hoàn thành 28 em.\n');
    expect(f.map((x) => x.messageId)).toEqual(['percentMismatch']);
    expect(f[0].data).toMatchObject({ stated: 76.63, num: 452, den: 640, actual: 70.63 });
    expect(await run('Năm học vừa qua, toàn trường có 640 học sinh được đánh giá; trong đó hoàn thành tốt 160 em (25,00%), hoàn thành 452 em (70,63%), chưa hoàn thành 28 em.\n')).toEqual([]);
    // Hand-checked: 300/900 = 33,3% and 200/900 = 22,2%: neither bracket agrees with 900, so they are of another base; nothing said.
    expect(await run('Xã có 900 hộ dân; trong đó đã có nước sạch 300 hộ (45,0%), đã lắp đồng hồ 200 hộ (30,0%).\n')).toEqual([]);
  });
});

describe('percent-mismatch: shares whose whole the text implies', () => {
  it('checks the other side of a split against the whole of the fraction just before', async () => {
    // Hand-checked: 1 240 + 360 = 1 600 hộ; 360/1 600 = 22,5%, not 25,0%; 22,5% passes.
    const text = (share: string) => `- Số hộ nộp thuế qua ngân hàng là 1.240/1.600 hộ, đạt 77,5%.\n- Số hộ nộp thuế bằng tiền mặt là 360 hộ, chiếm ${share}%.\n`;
    expect((await run(text('25,0'))).map((f) => [f.data.stated, f.data.num, f.data.den])).toEqual([[25, 360, 1600]]);
    expect(await run(text('22,5'))).toEqual([]);
  });

  it('checks a share of a whole named by "số …" that its sibling shares confirm, stated in an earlier section', async () => {
    // Hand-checked: of 800 households surveyed, 96 = 12% and 240 = 30% agree; 64 = 8%, not 9%.
    const text = 'I. KHẢO SÁT\nToàn xã có 1.200 hộ; số hộ được khảo sát thu nhập là 800 hộ.\nII. KẾT QUẢ\n'
      + '- Hộ nghèo: 96 hộ, chiếm 12,00% số hộ được khảo sát.\n- Hộ cận nghèo: 64 hộ, chiếm 9,00% số hộ được khảo sát.\n- Hộ khá: 240 hộ, chiếm 30,00% số hộ được khảo sát.\n';
    expect((await run(text)).map((f) => [f.data.stated, f.data.num, f.data.den])).toEqual([[9, 64, 800]]);
  });

  it('never reads a count of a neighbouring category ("hộ tái nghèo") as a group of the count before it ("hộ nghèo")', async () => {
    // Hand-checked: 9 re-impoverished households are no part of the 215 poor ones (9/215 = 4,19%); the share's base is unsaid.
    expect(await run('Năm 2024, toàn xã có 215 hộ nghèo, giảm 18 hộ so với năm 2023; hộ tái nghèo 9 hộ, chiếm 0,65%.\n')).toEqual([]);
  });

  it('never takes a prior period\'s count in brackets after "so với" as the whole a share names', async () => {
    // Hand-checked: 1.400 is last year's number of members (290/1.400 = 20,71%); 290/1.450 = 20,00% is this year's.
    const text = (lead: string) => `Đoàn viên: toàn xã có 1.450 người, tăng 50 người ${lead}(1.400 đoàn viên). Chi đoàn trường học có 290 đoàn viên, chiếm 20,00% tổng số đoàn viên.\n`;
    expect(await run(text('so với năm 2023 '))).toEqual([]);
    // The same bracket with no comparison before it is the whole: 290/1.400 = 20,71%.
    const plain = 'Toàn xã có 58 chi đoàn (1.400 đoàn viên). Chi đoàn trường học có 290 đoàn viên, chiếm 20,00% tổng số đoàn viên.\n';
    expect((await run(plain)).map((f) => [f.data.num, f.data.den])).toEqual([[290, 1400]]);
  });
});

describe('percent-mismatch: a sum named by a "số …" phrase after the share, stated earlier under close words', () => {
  it('holds the share against the one earlier sum of that name, across triệu and đồng', async () => {
    // Hand-checked: 1.800.000.000 / 2.400 triệu = 75,0%; the text says 80,0%.
    const text = 'I. ĐỀN BÙ\nTổng số tiền bồi thường phải chi trả là 2.400 triệu đồng; đến cuối năm đã chi trả 1.800.000.000 đồng (Bằng chữ: Một tỷ tám trăm triệu đồng), đạt 80,0% số tiền bồi thường phải chi trả.\n';
    expect((await run(text)).map((x) => x.data)).toEqual([expect.objectContaining({ stated: 80, actual: 75 })]);
    expect(await run(text.replace('80,0%', '75,0%'))).toEqual([]);
  });

  it('reads a name holding two more words than the phrase ("các hộ"), and no more', async () => {
    // Hand-checked: 420/500 = 84%; the text says 86%.
    const text = 'I. QUỸ\nTổng số tiền các hộ đóng góp là 500 triệu đồng. Đã sử dụng 420 triệu đồng, bằng 86% tổng số tiền đóng góp.\n';
    expect((await run(text)).map((x) => x.data)).toEqual([expect.objectContaining({ stated: 86, actual: 84 })]);
    expect(await run(text.replace('86%', '84%'))).toEqual([]);
    // Three words more ("các hộ dân") is another name: nothing is read.
    expect(await run(text.replace('các hộ đóng', 'các hộ dân đóng'))).toEqual([]);
  });

  it('says nothing when two sums of that name differ, or the name is another sum', async () => {
    const two = 'I. QUỸ\nNăm 2024 số tiền các hộ đóng góp là 300 triệu đồng. Năm 2025 số tiền các hộ đóng góp là 500 triệu đồng. Đã sử dụng 420 triệu đồng, bằng 86% số tiền đóng góp.\n';
    expect(await run(two)).toEqual([]);
    // "dự toán thu ngân sách" is not "tổng thu ngân sách": only a "số …" name is read loosely.
    expect(await run('I. THU\nDự toán thu ngân sách là 4.000 triệu đồng. Thu từ thuế 1.000 triệu đồng, chiếm 30% tổng thu ngân sách.\n')).toEqual([]);
  });
});

describe('percent-mismatch: a whole named by the words of an earlier count', () => {
  it('holds a share of "số <noun phrase>" against the count written with those words, whatever noun the part counts', async () => {
    // Hand-checked: 9 of 60 samples = 15%, not 18%; 9/60 = 15% passes.
    const found = await run('Đoàn lấy 60 mẫu thực phẩm, phát hiện 9 lô hàng không đạt, chiếm 18% số mẫu thực phẩm.\n');
    expect(found.map((x) => [x.messageId, x.data.num, x.data.den])).toEqual([['percentMismatch', 9, 60]]);
    expect(await run('Đoàn lấy 60 mẫu thực phẩm, phát hiện 9 lô hàng không đạt, chiếm 15% số mẫu thực phẩm.\n')).toEqual([]);
    // One word after "số" names no count above another ("số mẫu" could be any samples), and two counts of it leave it unread.
    expect(await run('Đoàn lấy 60 mẫu, phát hiện 9 lô hàng không đạt, chiếm 18% số mẫu.\n')).toEqual([]);
    expect(await run('Đợt một lấy 50 mẫu thực phẩm, đợt hai lấy 60 mẫu thực phẩm, phát hiện 9 lô hàng không đạt, chiếm 18% số mẫu thực phẩm.\n')).toEqual([]);
    // A count set aside as a yardstick ("so với cùng kỳ (50 mẫu thực phẩm)") is no candidate: the whole is the 60.
    const yardstick = await run('Đoàn lấy 60 mẫu thực phẩm, tăng so với cùng kỳ (50 mẫu thực phẩm); phát hiện 9 lô hàng không đạt, chiếm 18% số mẫu thực phẩm.\n');
    expect(yardstick.map((x) => [x.messageId, x.data.num, x.data.den])).toEqual([['percentMismatch', 9, 60]]);
    // "tổng số đoàn viên" names a bare noun of two syllables: not read this way.
    expect(await run('Xã có 1.450 người. Chi đoàn trường học có 290 đoàn viên, chiếm 25% tổng số đoàn viên.\n')).toEqual([]);
  });
  it('checks the share handed over after a rate the counted things reached ("… đạt tỷ lệ … 100%, chiếm 66,7% số thôn")', async () => {
    // Hand-checked: 6/9 = 66,67% → 66,7%; 100% is the vaccination rate each village reached; 14/20 = 70%; 12/16 = 75%.
    expect(await run('Có 6/9 thôn đạt tỷ lệ tiêm chủng đầy đủ 100%, chiếm 66,7% số thôn.\n')).toEqual([]);
    expect(await run('Có 14/20 trường đạt tỷ lệ học sinh lên lớp 98,5%, chiếm 70% số trường.\n')).toEqual([]);
    expect(await run('Có 12/16 hợp tác xã đạt tỷ lệ lãi trên vốn 15%, bằng 75% số hợp tác xã.\n')).toEqual([]);
    // The share is checked: 6/9 is not 76,7%.
    const found = await run('Có 6/9 thôn đạt tỷ lệ tiêm chủng đầy đủ 100%, chiếm 76,7% số thôn.\n');
    expect(found.map((x) => [x.messageId, x.data.num, x.data.den, x.data.stated])).toEqual([['percentMismatch', 6, 9, 76.7]]);
    // With no share after it the percent is still the fraction's own: 21/22 is not 100%.
    expect((await run('Có 21/22 cán bộ được trang bị máy tính, đạt tỷ lệ 100%.\n')).map((x) => x.messageId)).toEqual(['percentMismatch']);
  });
});
