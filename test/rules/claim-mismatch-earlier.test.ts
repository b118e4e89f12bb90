import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Comparison claims whose current value is stated before the claim's sentence, or whose base opens the sentence.
const RULE = 'claim-mismatch';
const ids = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.severity !== 'info').map((f) => f.messageId);

describe('claim-mismatch: a current value named before the claim', () => {
  it('reads "Số X … gấp N lần" against the one earlier value whose clause names X, before the figure too', async () => {
    // Hand-checked: 06 / 02 = 3, so "gấp 4 lần" is wrong and "gấp 3 lần" right.
    const text = (n: string) => `- Tổng số cầu bị hư hại 30 cầu, gồm: sập hoàn toàn 06 cầu, hư hỏng nặng 24 cầu.\n- Số cầu bị sập hoàn toàn năm nay gấp ${n} lần năm 2023 (năm 2023 có 02 cầu bị sập).`;
    const f = await findingsOf(RULE, text('4') + '\n');
    expect(f.map((x) => x.messageId)).toEqual(['ratioMismatch']);
    expect(f[0].data).toMatchObject({ stated: 4, high: 6, low: 2, actual: 3 });
    expect(await ids(text('3'))).toEqual([]);
  });

  it('stays silent on look-alikes: two candidates, another noun, a value of the base year', async () => {
    expect(await ids('- Xã A có 06 cầu bị sập hoàn toàn, xã B có 04 cầu bị sập hoàn toàn.\n- Số cầu bị sập hoàn toàn năm nay gấp 4 lần năm 2023 (02 cầu).')).toEqual([]);
    expect(await ids('- Sập hoàn toàn 06 nhà.\n- Số cầu bị sập hoàn toàn năm nay gấp 4 lần năm 2023 (02 cầu).')).toEqual([]);
    expect(await ids('- Năm 2023 có 06 cầu bị sập hoàn toàn.\n- Số cầu bị sập hoàn toàn năm nay gấp 4 lần năm 2023 (02 cầu).')).toEqual([]);
  });

  it('reads a "Số X" subject after a cause clause ("Do …, số X giảm …")', async () => {
    // Hand-checked: 400 → 500 is a rise of 25%, so "giảm 20%" is wrong and "tăng 25%" right.
    const first = 'Lực lượng chức năng lập biên bản 2.400 trường hợp vi phạm, trong đó: vi phạm lấn chiếm vỉa hè 500 trường hợp, đỗ xe sai quy định 700 trường hợp.\n';
    const f = await findingsOf(RULE, first + 'Do tăng cường kiểm tra, số trường hợp vi phạm lấn chiếm vỉa hè giảm 20% so với năm 2023 (năm 2023: 400 trường hợp).\n');
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    // `actual` is told in the claim's direction: a fall of −25%, i.e. a rise of 25%.
    expect(f[0].data).toMatchObject({ verb: 'giảm', stated: 20, value: 500, base: 400, actual: -25 });
    expect(await ids(first + 'Do tăng cường kiểm tra, số trường hợp vi phạm lấn chiếm vỉa hè tăng 25% so với năm 2023 (năm 2023: 400 trường hợp).')).toEqual([]);
    // A period before the subject, not a cause: the earlier value may be of another period.
    expect(await ids(first + 'Riêng quý IV, số trường hợp vi phạm lấn chiếm vỉa hè giảm 20% so với quý III (400 trường hợp).')).toEqual([]);
  });
});

describe('claim-mismatch: "So với <kỳ> (B), số X tăng/giảm …"', () => {
  it('reads the change against the bracket opening the sentence and the value of X the sentence before states', async () => {
    // Hand-checked: 80 → 60 ca is a fall of 20/80 = 25%, not 75% (75% is what remains).
    const first = 'Năm 2025, trạm y tế ghi nhận 60 ca mắc tay chân miệng, gồm 45 ca ở trẻ dưới 5 tuổi và 15 ca ở trẻ lớn.\n';
    const f = await findingsOf(RULE, first + 'So với năm 2024 (80 ca), số ca mắc tay chân miệng đã giảm 75%, nhờ giám sát tốt.\n');
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ verb: 'giảm', stated: 75, value: 60, base: 80, actual: 25 });
    expect(await ids(first + 'So với năm 2024 (80 ca), số ca mắc tay chân miệng đã giảm 25%, nhờ giám sát tốt.')).toEqual([]);
  });

  it('reads a change written with a decimal comma and a space before "%"', async () => {
    // Hand-checked: 120 → 90 hồ sơ is a fall of 30/120 = 25%, not 75,5%.
    const f = await findingsOf(RULE, 'Năm 2025, bộ phận một cửa tiếp nhận 90 hồ sơ đất đai.\nSo với năm 2024 (120 hồ sơ), số hồ sơ đất đai đã giảm 75,5 %, chủ yếu do giảm giao dịch.\n');
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ verb: 'giảm', stated: 75.5, value: 90, base: 120, actual: 25 });
  });

  it('pairs each claim with its own value of a bracket of several', async () => {
    // Hand-checked: vụ 16 → 10 is −6 (−37,5%); chết 4 → 2 is −2 (−50%, not −25%); bị thương 8 → 6 is −2 (−25%).
    const text = 'Xảy ra 10 vụ cháy, làm chết 2 người, bị thương 6 người. So với cùng kỳ năm 2024 (16 vụ, chết 4 người, bị thương 8 người), số vụ giảm 06 vụ (giảm 37,5%), số người chết giảm 02 người (giảm 25%), số người bị thương giảm 02 người (giảm 25%).\n';
    const f = await findingsOf(RULE, text);
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ verb: 'giảm', stated: 25, value: 2, base: 4, actual: 50 });
  });

  it('stays silent on look-alikes: two values before, another noun, a sentence before of the base year', async () => {
    const claim = 'So với năm 2024 (80 ca), số ca mắc tay chân miệng đã giảm 75%.';
    expect(await ids('Năm 2025 ghi nhận 60 ca mắc tay chân miệng ở phường A và 70 ca mắc tay chân miệng ở phường B.\n' + claim)).toEqual([]);
    expect(await ids('Năm 2025 ghi nhận 60 ca mắc sốt xuất huyết.\n' + claim)).toEqual([]);
    expect(await ids('Năm 2024 ghi nhận 60 ca mắc tay chân miệng.\n' + claim)).toEqual([]);
  });
});

describe('claim-mismatch: "So với <kỳ> (B), số X tăng/giảm …" right after a table', () => {
  const table = 'Bảng 2. Số liều theo thôn\nThôn\tĐơn vị tính\tSố liều\nThôn Đông\tliều\t70\nThôn Tây\tliều\t50\n';
  const above = '2. Tiêm chủng\nTrong năm 2025, trạm y tế đã tiêm 120 (một trăm hai mươi) liều vắc xin sởi cho trẻ em.\n';
  it('reads the value of X the prose above the table states', async () => {
    // Hand-checked: 150 → 120 liều is a fall of 30/150 = 20%, not 40%.
    const f = await findingsOf(RULE, `${above}${table}So với năm 2024 (150 liều), số liều vắc xin sởi giảm 40%.\n`);
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ verb: 'giảm', stated: 40, value: 120, base: 150, actual: 20 });
    expect(await ids(`${above}${table}So với năm 2024 (150 liều), số liều vắc xin sởi giảm 20%.`)).toEqual([]);
  });

  it('stays silent on two values above, a value of the base year, another section, or a claim inside its paragraph', async () => {
    const claim = 'So với năm 2024 (150 liều), số liều vắc xin sởi giảm 40%.';
    expect(await ids(`2. Tiêm chủng\nĐã tiêm 120 liều vắc xin sởi ở trạm và 90 liều vắc xin sởi lưu động.\n${table}${claim}`)).toEqual([]);
    expect(await ids(`2. Tiêm chủng\nNăm 2024 đã tiêm 120 liều vắc xin sởi cho trẻ em.\n${table}${claim}`)).toEqual([]);
    expect(await ids(`${above}3. Chi tiết\n${table}${claim}`)).toEqual([]);
    expect(await ids(`${above}${table}Công tác tiêm chủng được duy trì đều đặn. ${claim}`)).toEqual([]);
  });
});

describe('claim-mismatch: a rate named by its subject alone, its value stated earlier', () => {
  const data = (rate: string) =>
    `I. KẾT QUẢ\n- Phong trào xây dựng nông thôn mới: có 1.530/1.800 hộ đạt tiêu chí "Hộ sản xuất kinh doanh giỏi", đạt ${rate}; 07/08 thôn đạt chuẩn, đạt 87,5%.\n- Tổ chức 12 hội nghị tuyên truyền.\nII. ĐÁNH GIÁ CHUNG\n`;
  const claim = '- Công tác thi đua có nhiều chuyển biến; tỷ lệ hộ đạt tiêu chí "Hộ sản xuất kinh doanh giỏi" vượt chỉ tiêu Nghị quyết đề ra (chỉ tiêu 90%).\n';

  it('reads "tỷ lệ X vượt chỉ tiêu (T%)" against the one earlier percent whose words name X', async () => {
    // Hand-checked: 1.530/1.800 = 85%, below the 90% target: "vượt" is wrong; with 92% it holds.
    const f = await findingsOf(RULE, data('85%') + claim);
    expect(f.map((x) => x.messageId)).toEqual(['targetMismatch']);
    expect(f[0].data).toMatchObject({ value: 85, target: 90 });
    expect(await ids(data('92%') + claim)).toEqual([]);
  });

  it('stays silent on look-alikes: two different earlier values, another subject, a short subject', async () => {
    const twice = data('85%') + '- Riêng xã A có hộ đạt tiêu chí "Hộ sản xuất kinh doanh giỏi", đạt 95%.\n';
    expect(await ids(twice + claim)).toEqual([]);
    expect(await ids(data('85%') + '- Tỷ lệ hộ đạt tiêu chí "Gia đình văn hóa" vượt chỉ tiêu Nghị quyết đề ra (chỉ tiêu 90%).')).toEqual([]);
    expect(await ids('- Có 07/08 thôn đạt chuẩn, đạt 87,5%.\n- Tỷ lệ thôn đạt chuẩn vượt chỉ tiêu đề ra (chỉ tiêu 90%).')).toEqual([]);
  });

  it('stays silent when the subject names several rates: one earlier value holding all their words is none of theirs', async () => {
    // Hand-checked: 68,2% is one ward's rate of "hộ kinh doanh giỏi"; the claim is about two rates (households, wards) together.
    const ward = '- Tổ dân phố 5 chưa đạt chuẩn do tỷ lệ hộ kinh doanh giỏi của tổ dân phố chỉ đạt 68,2%.\n';
    expect(await ids(ward + '- Tỷ lệ hộ kinh doanh giỏi, tổ dân phố kinh doanh giỏi đều vượt chỉ tiêu năm (chỉ tiêu 75%).')).toEqual([]);
    expect(await ids(ward + '- Tỷ lệ hộ kinh doanh giỏi và tổ dân phố kinh doanh giỏi vượt chỉ tiêu năm (chỉ tiêu 75%).')).toEqual([]);
    // The single subject alone is still read: 68,2% is below 75%.
    expect(await ids(ward + '- Tỷ lệ hộ kinh doanh giỏi của tổ dân phố vượt chỉ tiêu năm (chỉ tiêu 75%).')).toEqual(['targetMismatch']);
  });
});

describe('claim-mismatch: "So với <kỳ>: số X tăng/giảm … (cùng kỳ B); …"', () => {
  const first = 'Trong quý III xảy ra 06 vụ cháy, làm bị thương 04 người.\n';

  it('reads each clause against its own bracketed base and the value of X the sentence before states', async () => {
    // Hand-checked: vụ 10 → 06 is −4 (−40%); bị thương 02 → 04 is +100%, not +50%.
    const f = await findingsOf(RULE, first + 'So với cùng kỳ năm 2024: số vụ giảm 4 vụ (-40%) (cùng kỳ 10 vụ); số người bị thương tăng 50% (cùng kỳ 02 người).\n');
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ verb: 'tăng', stated: 50, value: 4, base: 2, actual: 100 });
    expect(await ids(first + 'So với cùng kỳ năm 2024: số vụ giảm 4 vụ (-40%) (cùng kỳ 10 vụ); số người bị thương tăng 100% (cùng kỳ 02 người).')).toEqual([]);
  });

  it('stays silent when the sentence before names the base year or another noun', async () => {
    expect(await ids('Năm 2024 xảy ra 06 vụ cháy, làm bị thương 04 người.\nSo với cùng kỳ năm 2024: số người bị thương tăng 50% (cùng kỳ 02 người).')).toEqual([]);
    expect(await ids('Trong quý III xảy ra 06 vụ cháy, thiệt hại 04 ngôi nhà.\nSo với cùng kỳ năm 2024: số người bị thương tăng 50% (cùng kỳ 02 người).')).toEqual([]);
  });
});

describe('claim-mismatch: a "Số X" change claim right after a table whose one cell counts X', () => {
  const table = 'Kết quả đào tạo nghề năm 2025 như sau:\nHệ đào tạo\tSố lớp\tSố học viên\tTỷ lệ tốt nghiệp (%)\nSơ cấp\t12\t360\t95,0\nTrung cấp\t8\t280\t92,5\nTổng cộng\t20\t640\t93,9\n';
  it('reads the change from the bracketed base to the cell of the subject\'s row and column', async () => {
    // Hand-checked: 200 → 280 học viên is a rise of 80/200 = 40%, not 25%.
    const f = await findingsOf(RULE, table + 'Số học viên trung cấp tăng 25% so với năm trước (200 học viên).\n');
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
    expect(f[0].data).toMatchObject({ verb: 'tăng', stated: 25, value: 280, base: 200, actual: 40 });
    expect(await ids(table + 'Số học viên trung cấp tăng 40% so với năm trước (200 học viên).')).toEqual([]);
  });

  it('stays silent when no cell or two values fit the subject, or three paragraphs with figures stand between', async () => {
    expect(await ids(table + 'Số học viên nữ trung cấp tăng 25% so với năm trước (200 học viên).')).toEqual([]);
    const years = 'Hệ đào tạo\tNăm 2024 số học viên\tNăm 2025 số học viên\nSơ cấp\t300\t360\nTrung cấp\t200\t280\n';
    expect(await ids(years + 'Số học viên trung cấp tăng 25% so với năm trước (200 học viên).')).toEqual([]);
    const between = 'Ngoài ra, mở 03 lớp bồi dưỡng ngắn hạn.\nTổ chức 02 hội thi tay nghề.\nKết nối việc làm cho 45 lao động.\n';
    expect(await ids(table + between + 'Số học viên trung cấp tăng 25% so với năm trước (200 học viên).')).toEqual([]);
  });
  it('still reads the table across one or two paragraphs between (the claim names its row and base)', async () => {
    // Hand-checked as above: 200 → 280 is +40%, not +25%.
    const f = await findingsOf(RULE, table + 'Ngoài ra, mở 03 lớp bồi dưỡng ngắn hạn.\nSố học viên trung cấp tăng 25% so với năm trước (200 học viên).\n');
    expect(f.map((x) => [x.messageId, x.data.actual])).toEqual([['changeMismatch', 40]]);
  });
});

describe('claim-mismatch: a way of change claimed against a value stated elsewhere with its earlier period in brackets', () => {
  const report = (first: string, claim: string) => ['I. KẾT QUẢ', `Trong năm phát hiện ${first} vụ vi phạm trật tự xây dựng (cùng kỳ năm 2024: 21 vụ), đã xử lý 25 vụ.`,
    'II. ĐÁNH GIÁ', claim].join('\n');

  it('flags "Số X đã giảm so với cùng kỳ" when X went up from its bracketed earlier value, and passes it when X went down', async () => {
    // Hand-checked: 27 now against 21 a year before is a rise of 6; 18 against 21 a fall.
    const f = await findingsOf(RULE, report('27', 'Công tác quản lý có chuyển biến; số vụ vi phạm trật tự xây dựng đã giảm so với cùng kỳ năm 2024.') + '\n');
    expect(f.map((x) => [x.messageId, x.data.base, x.data.value, x.data.actualVerb])).toEqual([['directionMismatch', 21, 27, 'tăng']]);
    expect(await ids(report('18', 'Công tác quản lý có chuyển biến; số vụ vi phạm trật tự xây dựng đã giảm so với cùng kỳ năm 2024.'))).toEqual([]);
  });

  it('reads the claim past aspect adverbs before its verb ("tiếp tục", "vẫn"), never past a hedge', async () => {
    // Hand-checked: 14 food-safety offenders now against 9 a year before is a rise, so "tiếp tục giảm" is wrong; 6 against 9 a fall.
    const food = (now: string, claim: string) => ['I. KẾT QUẢ', `Qua kiểm tra phát hiện ${now} cơ sở vi phạm an toàn thực phẩm (cùng kỳ năm 2024: 9 cơ sở), đã xử phạt 5 cơ sở.`,
      'II. ĐÁNH GIÁ', claim].join('\n') + '\n';
    const f = await findingsOf(RULE, food('14', 'Số cơ sở vi phạm an toàn thực phẩm tiếp tục giảm so với cùng kỳ.'));
    expect(f.map((x) => [x.messageId, x.data.base, x.data.value, x.data.actualVerb])).toEqual([['directionMismatch', 9, 14, 'tăng']]);
    expect(await ids(food('14', 'Số cơ sở vi phạm an toàn thực phẩm vẫn tiếp tục giảm so với cùng kỳ.'))).toEqual(['directionMismatch']);
    expect(await ids(food('6', 'Số cơ sở vi phạm an toàn thực phẩm tiếp tục giảm so với cùng kỳ.'))).toEqual([]);
    // "cơ bản" hedges the claim: it stays in the subject, which then names no figure.
    expect(await ids(food('14', 'Số cơ sở vi phạm an toàn thực phẩm cơ bản giảm so với cùng kỳ.'))).toEqual([]);
  });

  it('stays silent on a narrower subject, another year named, or a negated claim', async () => {
    // "vụ vi phạm" alone is a wider subject than the bracketed "vụ vi phạm trật tự xây dựng"; 2023 is not the bracket's year.
    expect(await ids(report('27', 'Số vụ vi phạm đã giảm so với cùng kỳ.'))).toEqual([]);
    expect(await ids(report('27', 'Số vụ vi phạm trật tự xây dựng giảm so với cùng kỳ năm 2023.'))).toEqual([]);
    expect(await ids(report('27', 'Số vụ vi phạm trật tự xây dựng không giảm so với cùng kỳ.'))).toEqual([]);
  });
});
