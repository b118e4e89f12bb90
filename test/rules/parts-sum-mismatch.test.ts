import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const findings = (text: string) => findingsOf('parts-sum-mismatch', text);

describe('parts-sum-mismatch', () => {
  it('reads cases broken down by sex ("130 trường hợp, gồm 62 trẻ em nam và 70 trẻ em nữ") as one person a case', async () => {
    // Hand-checked: 62 + 70 = 132 against the 130 cases stated; with 68 girls the parts add up.
    const text = 'Phường khám sàng lọc 130 trường hợp, gồm 62 trẻ em nam và 70 trẻ em nữ.\n';
    expect((await findings(text)).map((f) => f.message)).toEqual(['Tổng các phần 62 + 70 = 132 ≠ 130']);
    expect(await findings(text.replace('70 trẻ em nữ', '68 trẻ em nữ'))).toEqual([]);
    // Parts of two different people nouns, or both of one sex, are no split by sex: nothing is read.
    expect(await findings('Phường khám sàng lọc 130 trường hợp, gồm 62 trẻ em nam và 70 người cao tuổi nữ.\n')).toEqual([]);
    expect(await findings('Phường khám sàng lọc 130 trường hợp, gồm 62 trẻ em nữ và 70 trẻ em nữ.\n')).toEqual([]);
  });

  it('reads a rating inside a part ("sản phẩm 3 sao") as what the part is, not as another amount of it', async () => {
    // Hand-checked: 14 + 5 = 19 cơ sở khách sạn against the 20 stated; with 15 the parts add up.
    const [f, ...rest] = await findings('Toàn tỉnh có 20 khách sạn được xếp hạng, gồm 14 khách sạn 3 sao và 5 khách sạn 4 sao.\n');
    expect(rest).toEqual([]);
    expect(f.messageId).toBeDefined();
    expect(await findings('Toàn tỉnh có 20 khách sạn được xếp hạng, gồm 15 khách sạn 3 sao và 5 khách sạn 4 sao.\n')).toEqual([]);
  });

  it('splits the count of the paragraph before a paragraph that only compares ("So với cùng kỳ: … (cùng kỳ N)")', async () => {
    // Hand-checked: 4 + 3 + 2 = 9 vụ against the 10 vụ that happened; the 9 vụ of last year is an earlier value, not the whole.
    const text = (last: number) => 'I. KẾT QUẢ\nTrong quý xảy ra 10 vụ cháy, làm bị thương 02 người, thiệt hại 120 triệu đồng.\n'
      + 'So với cùng kỳ năm trước: số vụ tăng 1 vụ (cùng kỳ 09 vụ); số người bị thương giảm 1 người (cùng kỳ 03 người).\n'
      + `Phân theo địa bàn, gồm 04 vụ tại khu dân cư, 03 vụ tại chợ và ${last} vụ tại đường tỉnh 295.\n`;
    expect((await findings(text(2))).map((f) => [f.data.sum, f.data.whole])).toEqual([[9, 10]]);
    expect(await findings(text(3))).toEqual([]);
  });

  it('reads an end of benefits ("chấm dứt hưởng") as an outflow of a stock', async () => {
    // Hand-checked: 130 + 45 − 52 = 123 người; 133 is wrong.
    const text = (end: number) => `I. KẾT QUẢ\nĐầu năm có 130 người hưởng trợ cấp xã hội hằng tháng; trong năm bổ sung 45 người, chấm dứt hưởng 52 người; đến ngày 30/9 còn ${end} người.\n`;
    expect((await findings(text(133))).map((f) => [f.messageId, f.data.sum, f.data.whole])).toEqual([['balanceMismatch', 123, 133]]);
    expect(await findings(text(123))).toEqual([]);
  });

  it('reads livestock sold or slaughtered ("xuất bán", "giết thịt") as an outflow of a herd', async () => {
    // Hand-checked: 860 − 240 + 195 = 815 con; 825 is wrong.
    const text = (end: number) => `I. KẾT QUẢ\nĐàn dê đầu năm có 860 con; trong năm giết thịt 240 con, phát sinh tăng 195 con; đến cuối năm còn ${end} con.\n`;
    expect((await findings(text(825))).map((f) => [f.messageId, f.data.sum, f.data.whole])).toEqual([['balanceMismatch', 815, 825]]);
    expect(await findings(text(815))).toEqual([]);
  });

  it('reads members counted as people in a "chia ra" breakdown', async () => {
    const text = (total: number) => `I. KẾT QUẢ\n- Ban chỉ đạo có ${total} thành viên, chia ra: công chức 7 người, đoàn viên 8 người và hội viên 5 người.\n`;
    expect((await findings(text(21))).map((f) => f.messageId)).toHaveLength(1);
    expect(await findings(text(20))).toEqual([]);
  });

  it('reads a difference written as a formula against the figures its terms name', async () => {
    const doc = (rest: number) => [
      'I. THU CHI', 'Tổng thu quỹ phòng chống thiên tai năm 2024 là 312 450 000 đồng, tăng so với năm trước.',
      'Tổng chi quỹ năm 2024 là 287 900 000 đồng, chủ yếu hỗ trợ khắc phục hậu quả mưa lũ.',
      `Số dư quỹ chuyển sang năm 2025 (tổng thu trừ tổng chi) là ${rest.toLocaleString('fr-FR').replace(/\u202f/g, ' ')} đồng.`,
    ].join('\n\n') + '\n';
    const f = await findings(doc(42550000));
    expect(f.map((x) => [x.messageId, x.data])).toEqual([['balanceMismatch', { parts: '312 450 000 đồng − 287 900 000 đồng', sum: 24550000, whole: 42550000 }]]);
    expect(await findings(doc(24550000))).toEqual([]);
  });

  it('reads no formula whose term names figures of two values', async () => {
    expect(await findings([
      'Tổng thu quỹ năm 2024 là 312 450 000 đồng.', 'Tổng thu quỹ năm 2023 là 298 000 000 đồng.', 'Tổng chi quỹ năm 2024 là 287 900 000 đồng.',
      'Số dư quỹ (tổng thu trừ tổng chi) là 42 550 000 đồng.',
    ].join('\n\n') + '\n')).toEqual([]);
  });

  it('flags "gồm" parts that do not add up to the money total', async () => {
    const [f] = await findings('Kinh phí thực hiện 40 triệu đồng, gồm 25 triệu đồng ngân sách và 10 triệu đồng xã hội hóa.\n');
    expect(f.messageId).toBe('partsSumMismatch');
    expect(f.data).toMatchObject({ sum: 35_000_000, whole: 40_000_000 });
  });

  it('flags a men / women split that misses the total and suggests the swapped digits', async () => {
    const [f] = await findings('Tổng số người tham gia tập huấn: 64 người, gồm 30 nam và 43 nữ.\n');
    expect(f.messageId).toBe('partsSumMismatch');
    expect(f.data).toMatchObject({ sum: 73, whole: 64 });
    expect(f.suggestion).toBe('43 → 34');
  });

  it('flags a "trong đó" that is a partition (trực tuyến / trực tiếp)', async () => {
    const [f] = await findings('Số hồ sơ tiếp nhận: 200 hồ sơ (trong đó trực tuyến 120 hồ sơ, trực tiếp 90 hồ sơ).\n');
    expect(f.messageId).toBe('partsSumMismatch');
    expect(f.data).toMatchObject({ sum: 210, whole: 200 });
  });

  it('flags new and carried-over files that miss the received total', async () => {
    const [f] = await findings('Tiếp nhận 80 hồ sơ; trong đó hồ sơ mới 60, hồ sơ kỳ trước chuyển sang 25.\n');
    expect(f.data).toMatchObject({ sum: 85, whole: 80 });
  });

  it('flags a total line whose sub-bullets split it by holder and do not add up', async () => {
    const [f] = await findings('- Tổng số chứng thư số đã cấp: 12\n+ Cấp cho tổ chức: 02\n+ Cấp cho cá nhân: 11\n- Phần mềm dùng chung: 3 phần mềm\n');
    expect(f.messageId).toBe('partsSumMismatch');
    expect(f.data).toMatchObject({ sum: 13, whole: 12 });
  });

  it('flags parts owned by different bodies that together exceed the whole', async () => {
    const [f] = await findings('Hệ thống mạng LAN hiện có 21 máy tính (Trong đó có 12 máy tính của UBND phường, 10 máy tính của Đảng ủy, HĐND).\n');
    expect(f.messageId).toBe('partsExceedWhole');
    expect(f.data).toMatchObject({ sum: 22, whole: 21 });
  });

  it('reads an owner only when it names the counted thing, not a later clause of the part', async () => {
    const [f] = await findings('Cơ quan có 30 máy tính, trong đó 18 máy tính để bàn của Văn phòng, 15 máy tính của các phòng chuyên môn.\n');
    expect(f.messageId).toBe('partsExceedWhole');
    expect(f.data).toMatchObject({ sum: 33, whole: 30 });
    const text = 'Toàn huyện có 20 trường học, trong đó 13 trường thuộc vùng khó khăn; 09 trường đạt chuẩn quốc gia được nhận kinh phí hỗ trợ của Ủy ban nhân dân tỉnh.\n';
    expect(await findings(text)).toEqual([]);
  });

  it('does not flag a non-exhaustive "trong đó" falling short of the whole', async () => {
    expect(await findings('Tập huấn cho 120 người, trong đó 45 nữ.\n')).toEqual([]);
    expect(await findings('Đến nay xã được cấp 09 tài khoản (trong đó: 01 tài khoản của UBND xã), 08 tài khoản cán bộ công chức.\n')).toEqual([]);
  });

  it('does not flag overlapping subsets whose sum exceeds the whole', async () => {
    expect(await findings('Chi đoàn có 40 đoàn viên, trong đó 25 nữ, 18 đảng viên.\n')).toEqual([]);
  });

  it('does not flag splits that add up, in đồng, counts and bullets', async () => {
    expect(await findings('Kinh phí 1,5 tỷ đồng, gồm 900 triệu đồng vốn tỉnh và 600 triệu đồng vốn huyện.\n')).toEqual([]);
    expect(await findings('- Tổng chữ ký số được cấp: 04\n+ Cấp cho cơ quan, tổ chức: 01\n+ Cấp cho cá nhân: 03\nd) Phần mềm chuyên ngành\n')).toEqual([]);
    expect(await findings('số lượng băng rôn, khẩu hiệu, áp phích, phươn là 92 (trong đó áp phích 4, băng rôn 4, phươn 80, Standee 4).\n')).toEqual([]);
  });

  it('leaves a single part larger than the whole to part-exceeds-whole', async () => {
    expect(await findings('Đăng ký kết hôn: 5 trường hợp (trong đó đăng ký mới 555, đăng ký lại 0).\n')).toEqual([]);
  });

  it('flags "gồm" parts counted as "người" that miss a whole counted as "đối tượng"', async () => {
    const [f] = await findings('Chi trả trợ cấp qua tài khoản cho 640 đối tượng, gồm 420 người cao tuổi, 150 người khuyết tật và 60 đối tượng khác.\n');
    expect(f.data).toMatchObject({ sum: 630, whole: 640 });
  });

  it('accepts such parts when they add up', async () => {
    expect(await findings('Chi trả trợ cấp qua tài khoản cho 640 đối tượng, gồm 420 người cao tuổi, 160 người khuyết tật và 60 đối tượng khác.\n')).toEqual([]);
  });

  it('never reads the number of a school name as a part of a count of schools', async () => {
    expect(await findings('- 03 trường đã lắp camera, gồm: Trường Tiểu học Tân Lập 1, Trường Tiểu học Tân Lập 2, Trường THCS Tân Lập.\n')).toEqual([]);
  });

  it('flags a "cụ thể:" breakdown that does not add up to its total', async () => {
    const [f, ...rest] = await findings('Toàn huyện đã cài đặt 350 máy tính bảng, cụ thể: trường tiểu học 120 máy, trường trung học cơ sở 210 máy.\n');
    expect(rest).toEqual([]);
    expect(f.messageId).toBe('partsSumMismatch');
    expect(f.data).toMatchObject({ sum: 330, whole: 350 });
  });

  it('accepts a "cụ thể như sau:" breakdown that adds up, and reads no breakdown from "cụ thể" without a colon', async () => {
    expect(await findings('Toàn huyện đã cài đặt 350 máy tính bảng, cụ thể như sau: trường tiểu học 140 máy, trường trung học cơ sở 210 máy.\n')).toEqual([]);
    expect(await findings('Đã cấp 300 chữ ký số, cụ thể cho cán bộ cấp xã 120 chữ ký số và cho người dân 150 chữ ký số.\n')).toEqual([]);
  });

  it('takes the whole of a "gồm" with its own subject after ";" from that clause only', async () => {
    expect(await findings('Trung tâm tiếp nhận 52 hồ sơ; tổ công nghệ số cộng đồng gồm: nam 18, nữ 21.\n')).toEqual([]);
  });

  it('still reads a "; trong đó:" that opens its clause against the amount of the clause before', async () => {
    const [f] = await findings('Trung tâm tiếp nhận 52 hồ sơ; trong đó: trực tuyến 30 hồ sơ, trực tiếp 25 hồ sơ.\n');
    expect(f.data).toMatchObject({ sum: 55, whole: 52 });
  });

  it('reads a "chia ra" breakdown as a split that must add up', async () => {
    const [f] = await findings('Đoàn kiểm tra có 20 người, chia ra: công chức xã 8 người, công an 5 người và dân quân 6 người.\n');
    expect(f.messageId).toBe('partsSumMismatch');
    expect(f.data).toMatchObject({ sum: 19, whole: 20 });
    expect(await findings('Đoàn kiểm tra có 20 người, chia ra: công chức xã 8 người, công an 6 người và dân quân 6 người.\n')).toEqual([]);
  });

  it('reads no split when one part holds a number that is not read as a figure', async () => {
    expect(await findings('Tổ có 30 thành viên, chia ra: cán bộ thôn 10 người, đoàn viên 12 người và hội viên 8 người.\n')).toEqual([]);
  });

  it('sums the parts after a plan in brackets against the achieved figure, not the plan', async () => {
    const text = (mobile: number) => `I. Y TẾ\n- Tiêm chủng cho 310 trẻ, đạt 95% kế hoạch (326 trẻ), gồm: tiêm tại trạm 250 trẻ, tiêm lưu động ${mobile} trẻ.\n`;
    expect(await findings(text(60))).toEqual([]);
    expect((await findings(text(70))).map((f) => f.data)).toEqual([expect.objectContaining({ whole: 310 })]);
  });

  it('takes the whole outside an aside that states a change ("06 vụ (giảm 02 vụ …), gồm: …")', async () => {
    const text = (land: string) => `I. AN NINH\n- Trong kỳ xảy ra 06 vụ (giảm 02 vụ so với cùng kỳ), gồm: 03 vụ trộm cắp, 02 vụ đánh nhau, ${land} vụ lấn chiếm đất.\n`;
    expect(await findings(text('01'))).toEqual([]);
    expect((await findings(text('02'))).map((f) => f.data)).toEqual([expect.objectContaining({ whole: 6 })]);
    // A whole whose noun is not the parts' noun: no claim, so nothing to sum against the change in the aside.
    expect(await findings('I. AN NINH\n- Xảy ra 06 vụ vi phạm pháp luật (giảm 02 vụ so với cùng kỳ), gồm: 03 vụ trộm cắp, 02 vụ đánh nhau, 01 vụ lấn chiếm đất.\n')).toEqual([]);
  });

  it('ends a "gồm" list at the ";" after it, and splits workers into people', async () => {
    const services = (partial: number) => `I. KẾT QUẢ\n- Xã đang quản lý 215 dịch vụ công, gồm 120 dịch vụ toàn trình và ${partial} dịch vụ một phần; thu phí trực tuyến 340 giao dịch.\n`;
    expect(await findings(services(95))).toEqual([]);
    expect((await findings(services(85))).map((f) => f.data)).toEqual([expect.objectContaining({ whole: 215, sum: 205 })]);
    const training = (farm: number) => `I. KẾT QUẢ\n- Đào tạo nghề cho 260 lao động, gồm: may công nghiệp 120 người, điện dân dụng 90 người, chăn nuôi ${farm} người.\n`;
    expect(await findings(training(50))).toEqual([]);
    expect((await findings(training(40))).map((f) => f.data)).toEqual([expect.objectContaining({ whole: 260, sum: 250 })]);
  });

  it('checks a stock against its flows: opening + in − out = closing, as a warning', async () => {
    const poor = (end: number) => `I. AN SINH\n- Đầu năm 2024, xã có 95 hộ nghèo, chiếm 4,1% tổng số hộ; 150 hộ cận nghèo.\n- Trong năm có 21 hộ thoát nghèo, 04 hộ tái nghèo; đến cuối năm số hộ nghèo là ${end} hộ.\n`;
    expect(await findings(poor(78))).toEqual([]);
    const f = await findings(poor(80));
    expect(f.map((x) => [x.messageId, x.severity, x.data])).toEqual([['balanceMismatch', 'warning', { parts: '95 − 21 + 04', sum: 78, whole: 80 }]]);
    expect(f[0].evidence.map((e) => e.quote)).toEqual(['80', '95', '21', '04']);
  });

  it('reads a flow told as its share of the opening level ("9/120 người chuyển đi") by its numerator', async () => {
    // Hand-checked: 120 − 9 + 14 = 125 người; 120 + 14 = 134 would be the reading without the share, and 129 is wrong.
    const text = (end: number) => `I. DÂN SỐ\nĐầu quý tổ dân phố có 120 người tạm trú; trong quý có 9/120 người chuyển đi, chiếm 7,5 %; chuyển đến 14 người; đến cuối quý còn ${end} người tạm trú.\n`;
    expect(await findings(text(125))).toEqual([]);
    expect((await findings(text(129))).map((f) => [f.messageId, f.data])).toEqual([['balanceMismatch', { parts: '120 − 9 + 14', sum: 125, whole: 129 }]]);
  });

  it('reads a bracketed breakdown as no flow of its own, and leaves a flow that says neither way unread', async () => {
    expect(await findings('I. TỔ CHỨC\n- Đầu năm đơn vị có 64 viên chức; trong năm giảm 03 người (nghỉ hưu 02, chuyển công tác 01), tuyển dụng 05 người; đến cuối năm có 66 viên chức.\n')).toEqual([]);
    expect(await findings('I. AN SINH\n- Đầu năm có 95 hộ nghèo; trong năm có 21 hộ, 04 hộ tái nghèo; đến cuối năm còn 80 hộ nghèo.\n')).toEqual([]);
  });

  it('reads "Trong tổng số N: đã giải quyết a, đang giải quyết b, chuyển c" as a full split of N', async () => {
    const text = (moved: string) => `I. TIẾP DÂN\n- Trong tổng số 45 đơn phải xử lý: đã giải quyết 30 đơn, đang giải quyết 9 đơn, chuyển cơ quan có thẩm quyền ${moved} đơn.\n`;
    expect(await findings(text('06'))).toEqual([]);
    expect((await findings(text('04'))).map((f) => f.data)).toEqual([expect.objectContaining({ whole: 45, sum: 43 })]);
  });

  it('takes a bracketed total after a bare year as the whole: only a comparison or a plan makes a bracket a reference', async () => {
    const text = (fees: string) => `I. NGÂN SÁCH\n- Tổng thu ngân sách năm 2024 (9.200 triệu đồng), gồm: thu thuế 3.100 triệu đồng, thu phí ${fees} triệu đồng.\n`;
    expect(await findings(text('6.100'))).toEqual([]);
    expect((await findings(text('6.000'))).map((f) => f.data)).toEqual([expect.objectContaining({ whole: 9200000000 })]);
  });

  it('reads carried-in words after a figure as that figure\'s, not the next one\'s opening level', async () => {
    // Hand-checked: 31 cases received = 6 carried over + 25 new; 24 settled and 7 pending (31 − 24 = 7). No balance opens at
    // the 25 new cases, so nothing is flagged; a balance written plainly ("kỳ trước chuyển sang 6", …) is still read.
    expect(await findings('I. KẾT QUẢ\nThụ lý 31 vụ việc, gồm 6 vụ việc kỳ trước chuyển sang và 25 vụ việc mới phát sinh; đã hòa giải thành 24 vụ việc, đang tiếp tục hòa giải 7 vụ việc.\n')).toEqual([]);
    // 6 + 25 − 24 = 7, so 9 is wrong.
    const plain = await findings('I. KẾT QUẢ\nTồn kỳ trước chuyển sang 6 vụ việc; mới phát sinh 25 vụ việc; đã hòa giải thành 24 vụ việc; đến cuối kỳ còn 9 vụ việc.\n');
    expect(plain.map((f) => [f.messageId, f.data.sum, f.data.whole])).toEqual([['balanceMismatch', 7, 9]]);
  });

  it('flags the two sides of an age threshold that do not add up to the amount of the sentence before', async () => {
    // Hand-checked: 190 + 110 = 300, not the 310 graduates stated; 200 + 110 = 310 adds up.
    const f = await findings('Năm nay trung tâm có 310 người tốt nghiệp.\nTheo độ tuổi, dưới 30 tuổi 190 người, từ 30 tuổi trở lên 110 người.\n');
    expect(f.map((x) => [x.data.sum, x.data.whole])).toEqual([[300, 310]]);
    expect(await findings('Năm nay trung tâm có 310 người tốt nghiệp.\nTheo độ tuổi, dưới 30 tuổi 200 người, từ 30 tuổi trở lên 110 người.\n')).toEqual([]);
  });
});

describe('parts-sum-mismatch: a count of places after "tại"', () => {
  it('reads "40 điểm trường tại 12 xã" as one part placed in 12 communes, not two amounts', async () => {
    // Hand-checked: 40 + 16 = 56 điểm trường against the 58 stated; with 42 the parts add up to 58.
    const text = (n: number) => `Huyện có 58 điểm trường, gồm ${n} điểm trường tại 12 xã và 16 điểm trường tại 03 thị trấn.\n`;
    expect((await findings(text(40))).map((f) => [f.data.sum, f.data.whole])).toEqual([[56, 58]]);
    expect(await findings(text(42))).toEqual([]);
  });
});

describe('parts-sum-mismatch: money split by source, each source with its share', () => {
  it('reads sources whose shares of the whole fall short of 100% as some of the sources, not all', async () => {
    // Hand-checked: 1.500 + 300 = 1.800 of 2.000 triệu; the shares 75% + 15% = 90% say another source holds the rest.
    const short = 'Tổng vốn đầu tư là 2.000 triệu đồng, trong đó ngân sách tỉnh 1.500 triệu đồng, chiếm 75%; nhân dân đóng góp 300 triệu đồng, chiếm 15%.\n';
    expect(await findings(short)).toEqual([]);
    // Without the shares, money split by its sources covers the whole, and the sum is at stake.
    const bare = 'Tổng vốn đầu tư là 2.000 triệu đồng, trong đó ngân sách tỉnh 1.500 triệu đồng; nhân dân đóng góp 300 triệu đồng.\n';
    expect((await findings(bare)).map((f) => f.messageId)).toEqual(['partsSumMismatch']);
    // Shares making the whole (75% + 25%) leave the sum at stake too.
    const full = 'Tổng vốn đầu tư là 2.000 triệu đồng, trong đó ngân sách tỉnh 1.500 triệu đồng, chiếm 75%; nhân dân đóng góp 300 triệu đồng, chiếm 25%.\n';
    expect((await findings(full)).map((f) => f.messageId)).toEqual(['partsSumMismatch']);
  });
});

describe('parts-sum-mismatch: bullets of several amounts, one of each kind', () => {
  it('splits each amount of the head by the amount of its kind in every bullet ("05 hộ, 12.000 nghìn đồng")', async () => {
    // Hand-checked: 12.000 + 9.500 + 4.000 = 25.500 nghìn đồng against the 26.000 stated; 5 + 3 + 2 = 10 hộ agrees.
    const text = (money: string) => 'Năm 2025, xã đã hỗ trợ 10 hộ bị thiệt hại do bão với tổng kinh phí 26.000 nghìn đồng, gồm:\n'
      + '- Hộ có nhà bị tốc mái: 05 hộ, hỗ trợ 12.000 nghìn đồng;\n'
      + '- Hộ có nhà bị sập một phần: 03 hộ, hỗ trợ 9.500 nghìn đồng;\n'
      + `- Hộ bị mất trắng hoa màu: 02 hộ, hỗ trợ ${money} nghìn đồng.\n`;
    expect((await findings(text('4.000'))).map((f) => [f.data.sum, f.data.whole])).toEqual([[25500000, 26000000]]);
    expect(await findings(text('4.500'))).toEqual([]);
    // The count is split too: 5 + 3 + 3 = 11 hộ against 10.
    expect((await findings(text('4.500').replace('02 hộ', '03 hộ'))).map((f) => [f.data.sum, f.data.whole])).toEqual([[11, 10]]);
  });

  it('reads no split when a bullet holds two amounts of one kind ("05 hộ, trong đó 02 hộ nghèo")', async () => {
    const text = 'Xã đã hỗ trợ 10 hộ với tổng kinh phí 26.000 nghìn đồng, gồm:\n'
      + '- Thôn Đông: 05 hộ, trong đó 02 hộ nghèo, hỗ trợ 12.000 nghìn đồng;\n'
      + '- Thôn Tây: 03 hộ, hỗ trợ 9.500 nghìn đồng;\n'
      + '- Thôn Nam: 02 hộ, hỗ trợ 4.000 nghìn đồng.\n';
    expect(await findings(text)).toEqual([]);
  });
});

describe('parts-sum-mismatch: a stock of outlets with licences added and withdrawn', () => {
  it('reads "cấp mới" as a flow in, and leaves the balance unread when a bare count of the stock\'s noun says no way', async () => {
    // Hand-checked: 52 + 06 − 03 = 55, so 55 agrees and 57 does not; the unit of "nhà thuốc" is read "nhà" alone.
    const text = (added: string, closing: number) =>
      `I. KẾT QUẢ\n- Đầu năm toàn xã có 52 nhà thuốc tư nhân; trong năm, ${added} 06 nhà thuốc, thu hồi 03 nhà thuốc do ngừng hoạt động; đến cuối năm toàn xã có ${closing} nhà thuốc.\n`;
    expect(await findings(text('cấp mới', 55))).toEqual([]);
    expect((await findings(text('cấp mới', 57))).map((f) => [f.messageId, f.data.sum, f.data.whole])).toEqual([['balanceMismatch', 55, 57]]);
    // "kiểm tra 06 cửa hàng" counts the same things and says neither in nor out: no balance is read. The unit of "cửa hàng"
    // is read "cửa" alone, so the bare "06 cửa hàng" (label "cửa hàng") was once taken for another group than "38 cửa hàng
    // vật liệu" and skipped, leaving 38 − 02 = 36 ≠ 40.
    const shops = '- Đầu năm toàn xã có 38 cửa hàng vật liệu xây dựng; trong năm, kiểm tra 04 cửa hàng, thu hồi 02 cửa hàng do ngừng hoạt động; đến cuối năm toàn xã có 40 cửa hàng.';
    expect(await findings(`I. KẾT QUẢ\n${shops}\n`)).toEqual([]);
  });
});
