import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';
import { findingsOf } from './audit-helper.js';
import { expectFindings } from './tester.js';

const RULE = 'repeated-value-conflict';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';

describe('repeated-value-conflict', () => {
  it('reads a count with what its units do after the noun ("… hoạt động quá giờ") as a subgroup of the stock', async () => {
    // Hand-checked: 11 internet shops in the commune; the inspection found 03 of them open after hours, a subgroup of 11.
    const text = (later: string) => report(
      'I. KẾT QUẢ', '- Trên địa bàn hiện có 11 cơ sở kinh doanh internet, trò chơi điện tử.',
      'Công tác tuyên truyền được duy trì.', `- Qua kiểm tra, phát hiện ${later} trừ điểm thi đua.`,
    );
    expect(await findingsOf(RULE, text('03 cơ sở kinh doanh internet hoạt động quá 22 giờ, đã nhắc nhở và'))).toEqual([]);
    // More of them than the stock holds is no subgroup of it: one quantity stated twice with two values.
    expect((await findingsOf(RULE, text('13 cơ sở kinh doanh internet hoạt động quá 22 giờ, đã nhắc nhở và'))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['11', '13']]);
  });

  it('reads a count after a network\'s name ("mạng lưới N …") as the whole network, whatever the sentence says it does', async () => {
    // Hand-checked: the ward has 63 health volunteers; the summary's network of 36 is the same corps, two digits swapped,
    // though fewer: the network's name says all of them, not those that work well.
    const text = (network: string) => report(
      'I. KẾT QUẢ', '- Phường có 63 cộng tác viên dân số, được tập huấn hằng năm.',
      'Công tác truyền thông được duy trì.', 'II. ĐÁNH GIÁ CHUNG', `- Mạng lưới ${network} cộng tác viên dân số hoạt động khá hiệu quả; kinh phí còn hạn hẹp.`,
    );
    expect((await findingsOf(RULE, text('36'))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['36', '63']]);
    expect(await findingsOf(RULE, text('63'))).toEqual([]);
    // Without the network's name, 36 volunteers who work well are some of the 63.
    const some = report(
      'I. KẾT QUẢ', '- Phường có 63 cộng tác viên dân số, được tập huấn hằng năm.',
      'Công tác truyền thông được duy trì.', 'II. ĐÁNH GIÁ CHUNG', '- Có 36 cộng tác viên dân số hoạt động khá hiệu quả; kinh phí còn hạn hẹp.',
    );
    expect(await findingsOf(RULE, some)).toEqual([]);
  });

  it('reads a share "đạt …" after its noun as the subgroup that reached it, not the whole stated elsewhere', async () => {
    // Hand-checked: 11 of 12 schools took part in the festival, 9 of 12 met the national standard: two subgroups of 12.
    const text = (second: string) => report(
      'I. KẾT QUẢ', '- Hội khỏe Phù Đổng được tổ chức tại 11/12 trường tiểu học, thu hút đông đảo học sinh.',
      'Công tác thi đua được duy trì.', `- Có ${second} trường tiểu học đạt chuẩn quốc gia mức độ 1, tăng 01 trường.`,
    );
    expect(await findingsOf(RULE, text('09/12'))).toEqual([]);
    // A share greater than the other side's is no subgroup of it: still one quantity stated twice.
    const bigger = report(
      'I. KẾT QUẢ', '- Có 09/12 trường tiểu học đạt chuẩn quốc gia mức độ 1.', 'Công tác thi đua được duy trì.',
      '- Toàn huyện có 10/12 trường tiểu học đạt chuẩn quốc gia mức độ 1.',
    );
    expect((await findingsOf(RULE, bigger)).map((x) => [x.data.value, x.data.other].sort())).toEqual([['09/12', '10/12']]);
    // "đạt tỷ lệ" opens the count's own rate, no subgroup: 24 and 26 loa of one name still conflict.
    const rate = report(
      'I. KẾT QUẢ', '- Số cụm loa truyền thanh thông minh được lắp đặt: 26 cụm.', 'Hệ thống hoạt động ổn định.',
      '- Các cụm loa truyền thanh thông minh được lắp đặt là 24 cụm đạt tỷ lệ 100% kế hoạch.',
    );
    expect((await findingsOf(RULE, rate)).map((x) => [x.data.value, x.data.other].sort())).toEqual([['24', '26']]);
  });

  it('reads a level in hand "tính đến" the period\'s end as the level, one quantity with its total restated later', async () => {
    // Hand-checked: the annual report of 2024; 126 and 118 children are one level at 31/12/2024, the words of the second
    // ("tổng số", "được Trạm chăm sóc") only restate the first's verb.
    const text = (date: string) => report(
      'BÁO CÁO', 'Kết quả công tác dinh dưỡng năm 2024', 'I. KẾT QUẢ',
      `Tính đến ngày ${date}, Trạm đang chăm sóc 126 trẻ suy dinh dưỡng thể thấp còi và 40 trẻ thừa cân, tổng cộng 166 trẻ.`,
      'Công tác cân đo được duy trì hằng tháng.', 'II. ĐÁNH GIÁ',
      'Tổng số trẻ suy dinh dưỡng thể thấp còi đang được Trạm chăm sóc là 118 trẻ, phần lớn ở các thôn vùng cao.',
    );
    expect((await findingsOf(RULE, text('31/12/2024'))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['118', '126']]);
    // Dated at mid-year, the first is the level then, not at the year's end: nothing to compare.
    expect(await findingsOf(RULE, text('30/6/2024'))).toEqual([]);
  });

  it('reads "trong N tháng" of an N-month report as the period told of, not the end of a name, for two swapped digits', async () => {
    // Hand-checked: a six-month report; 1.382 and 1.328 pregnant women tested are one count with two digits swapped.
    const text = (title: string) => report(
      'BÁO CÁO', `Kết quả chăm sóc sức khỏe sinh sản ${title}`, 'I. KẾT QUẢ',
      'Trạm y tế đã xét nghiệm viêm gan B cho 1.382 phụ nữ mang thai, đạt 92,1% kế hoạch.',
      'Công tác quản lý thai được duy trì.', 'II. ĐÁNH GIÁ',
      'Tổng số phụ nữ mang thai được xét nghiệm viêm gan B trong 6 tháng là 1.328 người.',
    );
    expect((await findingsOf(RULE, text('6 tháng đầu năm 2024'))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['1.328', '1.382']]);
    // In a report of the whole year, "trong 6 tháng" is part of it: the second count is of another span.
    expect(await findingsOf(RULE, text('năm 2024'))).toEqual([]);
  });

  it('reads a counted noun with only its kind\'s initials ("cơ sở SXKD") as bare: a verb narrows the smaller count', async () => {
    // Hand-checked: 15 establishments were inspected out of the 64 the commune has: a subgroup, no restatement.
    const text = (verb: string) => report(
      'I. KẾT QUẢ', `- Trong kỳ, Đoàn liên ngành ${verb} 15 cơ sở SXKD trên địa bàn.`, 'Công tác phối hợp được duy trì.',
      '- Toàn xã có 64 cơ sở SXKD đang hoạt động ổn định, tạo việc làm cho lao động.',
    );
    expect(await findingsOf(RULE, text('đã kiểm tra'))).toEqual([]);
  });

  it('holds no count handed by "cho" to the amount a verb moved ("tài trợ … (bằng chữ …) cho 03 trạm") against the whole of its noun', async () => {
    // Hand-checked: the grant reached 03 of the 27 health stations of the table; not a second value of the stations' count.
    const text = (recipients: string) => report(
      'I. KẾT QUẢ', 'Kết quả theo tuyến:', 'Tuyến\tSố trạm y tế\tĐạt chuẩn', 'Vùng thấp\t27\t25', 'Vùng cao\t14\t11', 'Cộng\t41\t36',
      'Công tác khám chữa bệnh được duy trì.',
      `Trong nguồn vận động, Hội Chữ thập đỏ tỉnh tài trợ 150.000.000 đồng (Bằng chữ: Một trăm năm mươi triệu đồng) cho ${recipients} trạm y tế vùng thấp.`,
    );
    expect(await findingsOf(RULE, text('03'))).toEqual([]);
    // More stations reached than the table counts: no subgroup, still compared (29 against 27).
    expect((await findingsOf(RULE, text('29'))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['27', '29']]);
  });

  it('holds no two open ends of ranges ("từ 30 chỗ trở lên", "từ 9 chỗ trở lên") against each other as one quantity', async () => {
    // Hand-checked: 30 and 9 are lower bounds of two groups of buses (47 and 516 xe), not two values of "chỗ trở lên".
    const text = report(
      'I. KẾT QUẢ', '- Tổng số xe khách đăng ký trên địa bàn là 1.120 chiếc, gồm: 604 xe từ 4 chỗ đến dưới 9 chỗ; 321 xe từ 9 chỗ đến dưới 16 chỗ; 148 xe từ 16 chỗ đến dưới 30 chỗ và 47 xe từ 30 chỗ trở lên. Tổng số lái xe là 1.502 người.',
      'Công tác đăng kiểm được duy trì.', '- Toàn bộ 516 xe có sức chở từ 9 chỗ trở lên thuộc diện bắt buộc đã lắp thiết bị giám sát hành trình.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  it('holds no count narrowed by a verb against a larger total of its noun named "tổng số" with no verb', async () => {
    // Hand-checked: the mobile exhibition received 2 140 of the year's 12 360 visits: a part, no second value of the total.
    const text = (verb: string) => report(
      'I. KẾT QUẢ', '- Tổng số lượt khách tham quan bảo tàng cả năm ước đạt 12 360 lượt, tăng 8,4% so với năm trước.', 'Công tác trưng bày được duy trì.',
      `- Xe triển lãm lưu động thực hiện 16 chuyến đến 11 xã miền núi, ${verb} 2 140 lượt khách tham quan; mỗi chuyến mang theo khoảng 300 hiện vật.`,
    );
    expect(await findingsOf(RULE, text('đón'))).toEqual([]);
    expect(await findingsOf(RULE, text('phục vụ'))).toEqual([]);
  });

  it('holds a whole stated in the text against the total row of a table whose column names it, abbreviation spelled out', async () => {
    // Hand-checked: the text says 536 người khuyết tật nặng, the table's column "Người KTN" (khuyết tật nặng) totals
    // 54 + 271 + 211 = 536, written 563 in the total row: 536 / 563 swap the neighbouring "3" and "6".
    const text = (total: string, stated = '536') => report(
      'I. KẾT QUẢ', `Toàn xã hiện có ${stated} người khuyết tật nặng, được hưởng trợ cấp hằng tháng (chi tiết tại phụ lục).`,
      'Công tác chăm lo được duy trì.', 'PHỤ LỤC',
      'STT\tThôn\tTổng số hộ\tNgười KTN',
      '1\tThôn Đông\t812\t54', '2\tThôn Tây\t1.207\t271', '3\tThôn Nam\t964\t211', `Tổng cộng\t\t2.983\t${total}`,
    );
    expect((await findingsOf(RULE, text('563'))).map((x) => [x.data.value, x.data.other])).toEqual([['536', '563']]);
    // Equal, or apart by more than one slip of the digits (the table may count only some villages): nothing.
    expect(await findingsOf(RULE, text('536'))).toEqual([]);
    expect(await findingsOf(RULE, text('498'))).toEqual([]);
    // A text count of another name ("người cao tuổi") is not the column's: nothing.
    const other = report(
      'I. KẾT QUẢ', 'Toàn xã hiện có 536 người cao tuổi, được chúc thọ, mừng thọ.', 'Công tác chăm lo được duy trì.', 'PHỤ LỤC',
      'STT\tThôn\tTổng số hộ\tNgười KTN',
      '1\tThôn Đông\t812\t54', '2\tThôn Tây\t1.207\t271', '3\tThôn Nam\t964\t211', 'Tổng cộng\t\t2.983\t563',
    );
    expect(await findingsOf(RULE, other)).toEqual([]);
  });

  it('holds a count done against the named body row whose other cell the paragraph restates, the row named by its label', async () => {
    // Hand-checked: 412 files received restate the row "Chuyển mục đích sử dụng đất | 412 | 389 | 23"; the text's 398 settled
    // is the row's "Đã giải quyết" cell written 389 (412 − 23 = 389): the "9" and "8" swapped.
    const text = (settled: string, row = 'Chuyển mục đích sử dụng đất') => report(
      'I. KẾT QUẢ', `Tiếp nhận 412 hồ sơ chuyển mục đích sử dụng đất, chủ yếu sang đất ở; đã giải quyết ${settled} hồ sơ, số còn lại đang thẩm định.`,
      'Công tác đăng ký đất đai được duy trì.', 'Bảng 1. Kết quả giải quyết hồ sơ',
      'Loại hồ sơ\tTiếp nhận\tĐã giải quyết\tĐang giải quyết',
      `${row}\t412\t389\t23`, 'Tách thửa, hợp thửa\t136\t130\t6',
    );
    expect((await findingsOf(RULE, text('398'))).map((x) => [x.data.value, x.data.other])).toEqual([['398', '389']]);
    expect(await findingsOf(RULE, text('389'))).toEqual([]);
    // A row whose label the sentence does not name ("Cấp giấy chứng nhận lần đầu") is another item: nothing.
    expect(await findingsOf(RULE, text('398', 'Cấp giấy chứng nhận lần đầu'))).toEqual([]);
  });

  it('reads a bare count named by the whole verb phrase before it as the count whose name holds those words after its noun', async () => {
    // Hand-checked: "tuyển mới 145 học sinh" and "162 học sinh mới tuyển" name one set of words (học sinh mới tuyển):
    // one quantity stated as 145 and as 162 (no slip of the digits: the names alone tie them).
    const text = (first: string, second: string) => report(
      'I. KẾT QUẢ', `- Trong năm học, ${first} học sinh.`, 'Công tác tuyên truyền được duy trì.',
      `- Công tác giáo dục được quan tâm với ${second} học sinh mới tuyển; cơ sở vật chất được tăng cường.`,
    );
    expect((await findingsOf(RULE, text('tuyển mới 145', '162'))).map((x) => [x.data.value, x.data.other])).toEqual([['145', '162']]);
    expect(await findingsOf(RULE, text('tuyển mới 145', '145'))).toEqual([]);
    // Another verb phrase ("tuyển sinh", "tiếp nhận và tuyển mới": its whole phrase, not its last words) names another quantity.
    expect(await findingsOf(RULE, text('tuyển sinh 145', '162'))).toEqual([]);
    expect(await findingsOf(RULE, text('tiếp nhận chuyển trường và tuyển mới 145', '162'))).toEqual([]);
  });

  it('holds a member of a plan breakdown against a target that names it with words of the plan whole only', async () => {
    // Hand-checked: the 2026 plan of 95.600 triệu đồng = 40.100 + 55.500 (nguồn thu tiền sử dụng đất); the same plan of
    // "nguồn thu tiền sử dụng đất năm 2026" stated later as 57.500 triệu đồng: one plan, two values.
    const text = (second: string) => report(
      'I. KẾT QUẢ',
      '- Tổng kế hoạch vốn đầu tư năm 2026 của xã là 95.600 triệu đồng, gồm: vốn ngân sách tỉnh hỗ trợ 40.100 triệu đồng, nguồn thu tiền sử dụng đất 55.500 triệu đồng.',
      'Công tác giải phóng mặt bằng được tập trung chỉ đạo.',
      `- ${second}, đến nay đã giải ngân 31.200 triệu đồng.`,
    );
    expect((await findingsOf(RULE, text('Kế hoạch nguồn thu tiền sử dụng đất năm 2026 là 57.500 triệu đồng'))).map((x) => [x.data.value, x.data.other]))
      .toEqual([['57.500 triệu đồng', '55.500 triệu đồng']]);
    expect(await findingsOf(RULE, text('Kế hoạch nguồn thu tiền sử dụng đất năm 2026 là 55.500 triệu đồng'))).toEqual([]);
    // Another year, or a supplement the whole does not name, is another plan: nothing.
    expect(await findingsOf(RULE, text('Kế hoạch nguồn thu tiền sử dụng đất năm 2027 là 57.500 triệu đồng'))).toEqual([]);
    expect(await findingsOf(RULE, text('Kế hoạch bổ sung nguồn thu tiền sử dụng đất năm 2026 là 7.500 triệu đồng'))).toEqual([]);
  });

  it('reads a bare counted noun narrowed by a verb on one side only as the part the verb reached', async () => {
    // Hand-checked: 3 120 households joined the clean-up, 1 050 of them got water filters: a subset, no conflict.
    const text = report(
      'I. KẾT QUẢ', '- Ra quân tổng vệ sinh môi trường với sự tham gia của 3 120 hộ gia đình.', 'Các thôn duy trì tốt phong trào.',
      '- Hỗ trợ lắp đặt thiết bị lọc nước cho 1 050 hộ gia đình tại các thôn vùng cao.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  it('reads a bare counted noun named by the same action of two words or more as one thing, when its digits are swapped', async () => {
    // Hand-checked: 358 and 385 swap the neighbouring "5" and "8"; both count "công dân" the action "tiêm phòng dại" reached.
    const text = (second: string) => report(
      'I. KẾT QUẢ', 'Trạm y tế tổ chức tiêm phòng dại cho 358 công dân trong 04 ngày. Kết quả có 120/358 công dân tiêm đủ mũi, chiếm 33,5%.',
      'II. ĐÁNH GIÁ', `Công tác phòng dịch được triển khai kịp thời; Trạm đã tiêm phòng dại cho ${second} công dân, không có ca tử vong.`,
    );
    const f = await findingsOf(RULE, text('385'));
    expect(f.map((x) => [x.data.value, x.data.other])).toEqual([['358', '385']]);
    // Another action ("khám bệnh") counts another group of people; the same value is no conflict.
    expect(await findingsOf(RULE, text('358'))).toEqual([]);
    expect(await findingsOf(RULE, text('385').replace('đã tiêm phòng dại cho 385', 'đã khám bệnh cho 385'))).toEqual([]);
  });

  it('holds a swapped restatement against its first telling when one sentence\'s subject says less of the other\'s', async () => {
    // Hand-checked: 247 and 274 swap the neighbouring "4" and "7"; "Trong năm tổ chức" says less of the same actor as
    // "Năm 2025, Hội Nông dân xã phối hợp các chi hội tổ chức", so both count the same members trained.
    const text = (subject: string, second: string) => report(
      'I. KẾT QUẢ', 'Năm 2025, Hội Nông dân xã phối hợp các chi hội tổ chức 09 lớp tập huấn kỹ thuật với 247 hội viên tham dự.',
      'II. ĐÁNH GIÁ', `Công tác khuyến nông có nhiều chuyển biến. ${subject} 09 lớp tập huấn kỹ thuật với ${second} hội viên tham dự, được đánh giá cao.`,
    );
    const f = await findingsOf(RULE, text('Trong năm tổ chức', '274'));
    expect(f.map((x) => [x.data.value, x.data.other])).toEqual([['247', '274']]);
    expect(await findingsOf(RULE, text('Trong năm tổ chức', '247'))).toEqual([]);
    // Another actor ("Đoàn Thanh niên") is another count, even with the digits swapped.
    expect(await findingsOf(RULE, text('Đoàn Thanh niên xã mở', '274'))).toEqual([]);
  });

  it('reads a count under the next year\'s plan heading as a plan, never a result with two digits swapped', async () => {
    // Hand-checked: 385 and 358 swap the neighbouring "8" and "5", the same action ("tiêm phòng dại") on "công dân"; the one under
    // "Phương hướng, nhiệm vụ năm 2026" is next year's plan. The same two sentences in two result sections are one count.
    const text = (heading: string) => report(
      'BÁO CÁO\nKết quả công tác y tế năm 2025', 'I. KẾT QUẢ', 'Trạm y tế tổ chức tiêm phòng dại cho 358 công dân trong 04 ngày, không có ca tử vong.',
      heading, '- Tổ chức tiêm phòng dại cho 385 công dân; kiểm soát tốt dịch bệnh trên đàn vật nuôi.',
    );
    expect(await findingsOf(RULE, text('II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026'))).toEqual([]);
    expect((await findingsOf(RULE, text('II. ĐÁNH GIÁ CHUNG'))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['358', '385']]);
  });

  it('reads the recruits handed over, however worded and on whatever day, as one headcount of the year', async () => {
    // Hand-checked: the military section hands over 31 people (28 + 3), the summary says 33 recruits: a conflict; 31 agrees.
    const text = (recruits: number) => report(
      'BÁO CÁO\nKết quả công tác quân sự địa phương năm 2026', 'I. QUỐC PHÒNG',
      'Ngày 12/02/2026, xã tổ chức lễ giao nhận quân, bàn giao 31 công dân lên đường nhập ngũ (Quân đội 28, Công an 03).',
      'II. ĐÁNH GIÁ CHUNG', `Công tác tuyển quân hoàn thành tốt với ${recruits} tân binh; dân quân huấn luyện đúng kế hoạch.`,
    );
    expect((await findingsOf(RULE, text(33))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['31', '33']]);
    expect(await findingsOf(RULE, text(31))).toEqual([]);
    // People deferred ("tạm hoãn gọi nhập ngũ") are no headcount of the handover.
    const deferred = report(
      'BÁO CÁO\nKết quả công tác quân sự địa phương năm 2026', 'I. QUỐC PHÒNG', 'Xã tổ chức giao quân cho 31 công dân; tạm hoãn gọi nhập ngũ 12 công dân.',
      'II. ĐÁNH GIÁ CHUNG', 'Trong năm xét duyệt tạm hoãn gọi nhập ngũ 14 công dân đang học đại học.',
    );
    expect((await findingsOf(RULE, deferred)).filter((x) => ['31', '33'].includes(String(x.data.value)))).toEqual([]);
  });

  it('reads the act of a handover ceremony its sentence named earlier ("lễ giao quân, bàn giao đủ N") as the headcount of the handover', async () => {
    // Hand-checked: the section hands over 47 young men after naming the ceremony; the summary says 74 recruits entered service: a conflict.
    const text = (summary: number) => report(
      'BÁO CÁO\nKết quả công tác quốc phòng năm 2027', 'I. TUYỂN QUÂN',
      'Sáng ngày 15/02/2027, thị xã tổ chức lễ giao quân gọn, đúng luật, bàn giao đủ 47 thanh niên cho các đơn vị.',
      'II. ĐÁNH GIÁ CHUNG', `Cả năm có ${summary} thanh niên lên đường nhập ngũ; công tác dân quân được củng cố.`,
    );
    expect((await findingsOf(RULE, text(74))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['47', '74']]);
    expect(await findingsOf(RULE, text(47))).toEqual([]);
    // Another act after the ceremony ("khen thưởng 12 thanh niên") counts other people, no headcount of the handover.
    const praised = report(
      'BÁO CÁO\nKết quả công tác quốc phòng năm 2027', 'I. TUYỂN QUÂN',
      'Sau lễ giao quân, khen thưởng 12 thanh niên tiêu biểu; tổng kết công tác tuyển quân.',
      'II. ĐÁNH GIÁ CHUNG', 'Cả năm có 47 thanh niên lên đường nhập ngũ; công tác dân quân được củng cố.',
    );
    expect(await findingsOf(RULE, praised)).toEqual([]);
  });

  it('reads a count named "hiện có" before it under a plan heading as the stock there is now, no target', async () => {
    // Hand-checked: 1.352 and 1.325 swap the neighbouring "5" and "3"; "hiện có" says the plan section restates today's staff.
    const text = (stock: string) => report(
      'I. KẾT QUẢ', 'Đội ngũ nhà giáo mầm non toàn huyện có 1.352 giáo viên, trong đó 1.210 giáo viên đạt chuẩn trình độ.',
      'II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026', `- Tiếp tục bồi dưỡng đội ngũ; số giáo viên mầm non${stock} của huyện là 1.325 người, đề nghị bổ sung biên chế.`,
    );
    expect((await findingsOf(RULE, text(' hiện có'))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['1.325', '1.352']]);
    // Without it the figure under the plan heading may be a target: nothing.
    expect(await findingsOf(RULE, text(''))).toEqual([]);
  });

  it('gives a figure joined by "và" to the one before it that figure\'s verb: damaged and repaired roads are two quantities', async () => {
    // Hand-checked: 8,4 km were washed out ("sạt lở"), 6,1 km repaired ("sửa chữa tạm", the verb of "05 ngầm tràn và 6,1 km");
    // the same verb on both sides is still one quantity stated twice (8,4 ≠ 6,1).
    const damaged = report(
      'I. KẾT QUẢ', '- Mưa lũ làm sạt lở 8,4 km đường giao thông nông thôn tại các thôn.', 'Các thôn đã huy động nhân dân khơi thông cống rãnh.',
      '- Sửa chữa tạm 05 ngầm tràn và 6,1 km đường giao thông nông thôn, bảo đảm đi lại.',
    );
    expect(await findingsOf(RULE, damaged)).toEqual([]);
    const same = report(
      'I. KẾT QUẢ', '- Sửa chữa 03 cầu tràn và 8,4 km đường giao thông nông thôn trong quý I.', 'Các thôn đã huy động nhân dân khơi thông cống rãnh.',
      '- Sửa chữa 05 ngầm tràn và 6,1 km đường giao thông nông thôn trong quý I.',
    );
    expect((await findingsOf(RULE, same)).map((f) => f.data?.value)).toEqual(['6,1']);
  });

  it('reads no name in the unit of a change in points ("tăng 15 điểm phần trăm")', async () => {
    // Hand-checked: 1,9 and 15 points are the changes of two different rates, each named before its own "đạt".
    const text = report(
      'I. KẾT QUẢ', 'Tỷ lệ hộ dùng nước sạch đạt 91 %, tăng 1,9 điểm phần trăm so với năm 2023.', 'Các thôn đã huy động nhân dân khơi thông cống rãnh.',
      'Tỷ lệ trẻ em được tiêm chủng đủ liều đạt 97 %, tăng 15 điểm phần trăm so với năm 2023.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  it('reads "Số kết dư" as the surplus itself: a restatement with two neighbouring digits swapped is one thing', async () => {
    // Hand-checked: 312 740 000 and 312 470 000 differ by the swap of "7" and "4"; "số" only says "the amount of".
    const text = report(
      'A. CÂN ĐỐI QUỸ', 'Tổng thu quỹ 1 204 500 000 đồng, tổng chi 891 760 000 đồng; kết dư quỹ năm nay là 312 740 000 đồng.',
      'B. KIẾN NGHỊ', 'Số kết dư 312 470 000 đồng được chuyển sang năm sau theo quy định.',
    );
    expect((await findingsOf(RULE, text)).length).toBe(1);
  });

  it('keeps the members of breakdowns of two different wholes apart ("gồm"), and a table row apart from another whole\'s member', async () => {
    // Hand-checked: 12 + 9 + 7 = 28 retail outlets in all; 8 + 6 + 4 = 18 of them meet GPP. "9 quầy thuốc tư nhân" and
    // "6 quầy thuốc tư nhân" are members of two different wholes (28, 18), so no conflict; the table's row (9 of its
    // total 28) is the same member as the first breakdown's, not the second's.
    const text = report(
      'I. MẠNG LƯỚI', 'Toàn huyện có 28 cơ sở bán lẻ thuốc, gồm 12 nhà thuốc tư nhân, 9 quầy thuốc tư nhân và 7 tủ thuốc trạm y tế.',
      'II. THỰC HÀNH TỐT', 'Đến nay có 18/28 cơ sở đạt chuẩn GPP, tỷ lệ 64,3%, gồm 8 nhà thuốc tư nhân, 6 quầy thuốc tư nhân và 4 tủ thuốc trạm y tế.',
      'Bảng 1. Cơ sở bán lẻ thuốc', 'Loại hình\tSố cơ sở\tSố người hành nghề', 'Nhà thuốc tư nhân\t12\t30', 'Quầy thuốc tư nhân\t9\t14', 'Tủ thuốc trạm y tế\t7\t7', 'Tổng cộng\t28\t51',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
    // Two breakdowns of the same whole that disagree on a member are still found.
    const same = report(
      'I. MẠNG LƯỚI', 'Toàn huyện có 28 cơ sở bán lẻ thuốc, gồm 12 nhà thuốc tư nhân, 9 quầy thuốc tư nhân và 7 tủ thuốc trạm y tế.',
      'II. ĐÁNH GIÁ', 'Mạng lưới 28 cơ sở bán lẻ thuốc, gồm 12 nhà thuốc tư nhân, 6 quầy thuốc tư nhân và 7 tủ thuốc trạm y tế, cơ bản đáp ứng nhu cầu.',
    );
    expect((await findingsOf(RULE, same)).length).toBe(1);
  });

  it('reads a count of attendance ("… người tham dự") as of the event its sentence names: two events, two quantities', async () => {
    // Hand-checked: 180 people attended the conference, 65 the contest; two different events, so no conflict.
    const text = report(
      'I. TUYÊN TRUYỀN', 'Tổ chức 01 hội nghị phổ biến pháp luật về đất đai với 180 người tham dự.',
      'II. PHONG TRÀO', 'Cuộc thi tìm hiểu pháp luật trực tuyến có 65 người tham dự, trao 10 giải.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
    // The same event's attendance stated twice with two values is still found.
    const same = report(
      'I. TUYÊN TRUYỀN', 'Tổ chức 01 hội nghị phổ biến pháp luật về đất đai với 180 người tham dự.',
      'II. ĐÁNH GIÁ', 'Hội nghị phổ biến pháp luật về đất đai thu hút 150 người tham dự, đạt yêu cầu.',
    );
    expect((await findingsOf(RULE, same)).length).toBe(1);
  });

  it('reads a count that names its members ("04 tổ dân phố: …") below a count that names none as some of them', async () => {
    // Hand-checked: the 04 tổ dân phố listed are some of the 11 with volunteers, no second count of them all.
    const text = report(
      'I. Y TẾ', 'Duy trì đội tình nguyện viên phòng dịch tại 11 (mười một) tổ dân phố; tổ chức 06 đợt phun hóa chất.',
      'Công tác truyền thông được đẩy mạnh.', 'Số ca sốt xuất huyết tập trung ở 04 tổ dân phố: Tổ 2, Tổ 5, Tổ 7 và Tổ 9.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  it('reads a member list closed by "và" and followed by a clause ("…, nâng tổng số …") as the members, some of the whole', async () => {
    // Hand-checked: the 03 tổ dân phố named (2, 5, 8) are some of the 10 of the ward; the clause after the last name
    // ("nâng tổng số camera … lên 46 camera") is no name.
    const text = report(
      'I. ĐẶC ĐIỂM', 'Phường có diện tích 5,2 km2, 10 tổ dân phố với 3.120 hộ, 11.406 nhân khẩu.',
      'II. AN NINH', 'Ra mắt mô hình camera an ninh tại 03 tổ dân phố: Tổ 2, Tổ 5 và Tổ 8, nâng tổng số camera trên địa bàn lên 46 camera.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  it('reads the noun a table\'s label header names ("Loại vụ việc") as the unit of rows that name none', async () => {
    // Hand-checked: the text says 23 cases of environmental violations, the table's row of the same cases 21.
    const table = (value: string) => report(
      'I. TÌNH HÌNH', 'Trong năm, trên địa bàn xã xảy ra 23 vụ vi phạm hành chính về bảo vệ môi trường, chủ yếu là xả thải.',
      'II. SỐ LIỆU', 'Bảng 1. Vụ việc trong năm', 'Loại vụ việc\tSố vụ\tTỷ lệ xử lý (%)',
      `Vi phạm hành chính về bảo vệ môi trường\t${value}\t90,5`, 'Tranh chấp đất đai\t08\t100,0',
    );
    expect((await findingsOf(RULE, table('21'))).length).toBe(1);
    expect(await findingsOf(RULE, table('23'))).toEqual([]);
  });

  it('reads a sentence whose other counts restate a table row ("26 trường, 486 lớp") against that row, its name in a heading', async () => {
    // Hand-checked: under "Trung học cơ sở", 18 schools and 298 classes echo the row; its pupils 10.870 against the
    // row's 10.780 swap two neighbouring digits (87 / 78). With 10.780 in both places there is nothing to report.
    const text = (pupils: string) => report(
      'I. QUY MÔ', '1. Trung học cơ sở', `Có 18 trường, 298 lớp với ${pupils} học sinh; tỷ lệ học sinh bỏ học 0,2 %.`,
      'Bảng 1. Quy mô trường lớp', 'Cấp học\tSố trường\tSố lớp\tSố học sinh', 'Tiểu học\t22\t410\t12.530', 'Trung học cơ sở\t18\t298\t10.780', 'Tổng cộng\t40\t708\t23.310',
    );
    expect((await findingsOf(RULE, text('10.870'))).length).toBe(1);
    expect(await findingsOf(RULE, text('10.780'))).toEqual([]);
  });

  it('keeps money collected into a fund apart from money spent from it, however alike their names', async () => {
    // Hand-checked: 520 triệu is what the fund took in, 310 triệu what it paid out; two quantities.
    const text = report(
      'I. QUỸ VÌ NGƯỜI NGHÈO', '1. Vận động', 'Thu Quỹ vì người nghèo, an sinh xã hội năm nay được 520 triệu đồng, đạt 104% kế hoạch.',
      '2. Sử dụng', 'Hỗ trợ từ Quỹ vì người nghèo, an sinh xã hội 310 triệu đồng cho các hộ khó khăn.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
    // The same collection stated twice with two values is still found.
    const same = report(
      'I. QUỸ VÌ NGƯỜI NGHÈO', '1. Vận động', 'Thu Quỹ vì người nghèo, an sinh xã hội năm nay được 520 triệu đồng, đạt 104% kế hoạch.',
      '2. Đánh giá', 'Thu Quỹ vì người nghèo, an sinh xã hội năm nay được 502 triệu đồng.',
    );
    expect((await findingsOf(RULE, same)).length).toBe(1);
  });

  it('keeps the figures of sibling headings of parallel items ("Tại …") apart, and a bound ("dưới 5%") apart from a value', async () => {
    // Hand-checked: 14 and 9 are the complaints carried over of two different bodies; 5% is a threshold, not the rate.
    const text = report(
      'I. GIẢI QUYẾT ĐƠN THƯ', '1. Tại Ban Tiếp công dân huyện', 'Số đơn kỳ trước chuyển sang là 14 đơn; tiếp nhận mới 52 đơn.',
      '2. Tại Ủy ban nhân dân các xã', 'Số đơn kỳ trước chuyển sang là 9 đơn; tiếp nhận mới 131 đơn.',
      'II. KẾT QUẢ KHÁC', 'Tỷ lệ đơn giải quyết quá hạn toàn huyện 2,4%.', 'Không còn xã có tỷ lệ đơn giải quyết quá hạn trên 5%.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  it('holds a figure under a heading of one item against that item\'s row of a table in the same standing ("Đã giải quyết")', async () => {
    // Hand-checked: 1.254 in the text, 1.245 in the row "Hộ tịch" under "Đã giải quyết": two neighbouring digits swapped.
    const text = report(
      'I. KẾT QUẢ', '1. Theo lĩnh vực', 'a) Lĩnh vực hộ tịch', 'Tiếp nhận 1.262 hồ sơ, đã giải quyết 1.254 hồ sơ.',
      'b) Lĩnh vực chứng thực', 'Tiếp nhận 3.410 hồ sơ, đã giải quyết 3.402 hồ sơ.',
      'STT\tLĩnh vực\tTiếp nhận\tĐã giải quyết\n1\tHộ tịch\t1.262\t1.245\n2\tChứng thực\t3.410\t3.402',
    );
    const found = await findingsOf(RULE, text);
    expect(found.length).toBe(1);
    expect(JSON.stringify(found[0])).toContain('1.254');
  });

  it('names a count of listed places by its whole list: two lists sharing a first place are two quantities', async () => {
    // Hand-checked: "Đông Hòa và Tây Sơn" are 2 xã, "Đông Hòa, Tây Sơn và Bắc Bình" are 3; neither contradicts the other.
    const text = report(
      'I. KẾT QUẢ', 'Đã hoàn thành đường giao thông nội đồng cho 02 xã Đông Hòa và Tây Sơn.',
      'Công tác vệ sinh môi trường được duy trì thường xuyên.',
      'Huyện đã kiểm tra 03 xã Đông Hòa, Tây Sơn và Bắc Bình về xây dựng khu dân cư kiểu mẫu.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  it('scopes visitors "đến tham quan" one named site to it: never the same quantity as all the year\'s visitors', async () => {
    // Hand-checked: 38 500 visited one site; 96 200 is every visitor of the year, the site's among them.
    const text = report(
      'I. DU LỊCH', 'Đón 38 500 lượt khách đến tham quan Khu di tích lịch sử Đền Hùng Vương, tăng 8% so với năm trước.',
      'Công tác quảng bá du lịch được đẩy mạnh trên các nền tảng số.',
      'Ước cả năm đón 96 200 lượt khách, tăng 10,2% so với năm trước.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
    // Two statements of all the year's visitors are one quantity still.
    const same = report(
      'I. DU LỊCH', 'Đón 96 200 lượt khách đến địa bàn, tăng 10,2% so với năm trước.',
      'Công tác quảng bá du lịch được đẩy mạnh trên các nền tảng số.',
      'Ước cả năm đón 92 600 lượt khách, tăng 6,1% so với năm trước.',
    );
    expect((await findingsOf(RULE, same)).length).toBe(1);
  });

  it('keeps a share of the whole ("chiếm") apart from the same row of a column of fulfilment ("Tỷ lệ so dự toán")', async () => {
    // Hand-checked: 41,3% is the item's share of all revenue, 62,5% its fulfilment of the plan, as the table's column says.
    const text = report(
      'I. THU NGÂN SÁCH', 'Trong tổng thu, thu phí chợ 2.500 triệu đồng, chiếm 41,3%, đạt 62,5% dự toán năm.',
      'PHỤ LỤC', 'Nội dung\tDự toán năm\tThực hiện\tTỷ lệ so dự toán (%)\nThu phí chợ\t4.000\t2.500\t62,5\nThu khác\t1.000\t800\t80,0',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  it('does not compare a subgroup narrowed by a verb with the whole group, nor a union with one member', async () => {
    expect(await findingsOf(RULE, report(
      'I. KẾT QUẢ', 'Hội nghị có sự tham gia của 9 tổ dân phố và 05 doanh nghiệp vận tải.',
      'II. KINH TẾ SỐ', '- 03 doanh nghiệp vận tải đã triển khai vé điện tử trên ứng dụng.',
      'III. GIÁO DỤC', '- Sổ điểm điện tử triển khai tại 12/12 trường mầm non và 9/9 trường tiểu học.',
      'IV. PHỤ LỤC', 'STT\tNội dung\tKết quả', '1\tTrường mầm non, tiểu học dùng sổ điểm điện tử\t21/21',
    ))).toEqual([]);
  });

  it('reads a bare measure word after another figure with its clause\'s opening words: two crops\' outputs are two quantities', async () => {
    // Hand-checked: 120 ha × 55 tạ/ha = 660 tấn of rice, 40 ha × 45 tạ/ha = 180 tấn of cassava; nothing is restated.
    expect(await findingsOf(RULE, report(
      'I. TRỒNG TRỌT', 'Cây lúa gieo cấy 120 ha, năng suất 55 tạ/ha, thu hoạch 660 tấn.',
      'Sắn trồng mới 40 ha, năng suất 45 tạ/ha, thu hoạch 180 tấn.',
    ))).toEqual([]);
    // The same clause opening restated with another value is still one quantity.
    const f = await findingsOf(RULE, report(
      'I. TRỒNG TRỌT', 'Cây lúa gieo cấy 120 ha, năng suất 55 tạ/ha, thu hoạch 660 tấn.',
      'II. TỔNG HỢP', 'Cây lúa gieo cấy 120 ha, năng suất 55 tạ/ha, thu hoạch 606 tấn.',
    ));
    expect(f.map((x) => x.evidence.map((e) => e.quote).sort())).toEqual([['606', '660']]);
  });

  it('never reads a neighbouring category ("hộ tái nghèo" beside "hộ nghèo") as a refinement of the other', async () => {
    // Hand-checked: 57 poor households in the commune, 73 households that fell back into poverty elsewhere in the text —
    // two different groups; the names differ only by "tái".
    expect(await findingsOf(RULE, report(
      'I. GIẢM NGHÈO', 'Số hộ nghèo thuộc diện chính sách toàn xã là 57 hộ.',
      'II. RÀ SOÁT', 'Số hộ tái nghèo thuộc diện chính sách toàn xã là 73 hộ.',
    ))).toEqual([]);
  });

  it('never compares the total rows of two tables as one quantity named "tổng cộng"', async () => {
    expect(await findingsOf(RULE, report(
      'I. THU NGÂN SÁCH', 'Biểu 01: Thu ngân sách xã',
      'STT\tNội dung thu\tDự toán năm 2024 (đồng)\tQuyết toán năm 2024 (đồng)\n1\tThu phí, lệ phí\t120 000 000\t134 500 000\n2\tThu bổ sung từ ngân sách cấp trên\t3 880 000 000\t3 902 250 000\n\tTổng cộng\t4 000 000 000\t4 036 750 000',
      'II. CHI NGÂN SÁCH', 'Biểu 02: Chi thường xuyên',
      'STT\tNội dung chi\tDự toán (đồng)\tQuyết toán (đồng)\n1\tChi sự nghiệp giáo dục\t700 000 000\t712 300 000\n2\tChi quản lý hành chính\t2 300 000 000\t2 296 400 000\n\tCộng\t3 000 000 000\t3 008 700 000',
    ))).toEqual([]);
  });

  it('flags a copied list item whose value changed, as an error citing both places', async () => {
    const f = await findingsOf(RULE, report(
      'I. KẾT QUẢ', 'Công tác hộ tịch trong kỳ, cụ thể:', '- Cấp bản sao trích lục hộ tịch: 45 bản.',
      'II. TỔNG HỢP', 'Công tác hộ tịch trong kỳ, cụ thể:', '- Cấp bản sao trích lục hộ tịch: 54 bản.',
    ));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].evidence.map((e) => e.quote).sort()).toEqual(['45', '54']);
  });

  it('reads an abbreviation and its words as one quantity (BTS = trạm phát sóng)', async () => {
    const f = await findingsOf(RULE, report(
      '1. Hạ tầng', 'Toàn xã có 12 trạm thu phát sóng di động của Viettel và VNPT.',
      '2. Viễn thông', 'Trên địa bàn hiện có 15 trạm BTS của Viettel và VNPT phủ sóng các thôn.',
    ));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
  });

  it('flags the same frequency stated per week and per month', async () => {
    const f = await findingsOf(RULE, report(
      '1. Tuyên truyền', 'Loa truyền thanh xã phát bản tin chuyển đổi số 02 lần/tuần trên các cụm loa.',
      '2. Thông tin', 'Loa truyền thanh xã phát bản tin chuyển đổi số 02 lần/tháng trên các cụm loa.',
    ));
    expect(f.map((x) => x.messageId)).toEqual(['repeatedValueConflict']);
  });

  it('flags a colon label repeated in a later section with another value', async () => {
    const f = await findingsOf(RULE, report(
      'II. KINH TẾ SỐ', '- Số hộ kinh doanh sử dụng thanh toán bằng mã QR: 120',
      'III. ĐÁNH GIÁ', '- Số hộ kinh doanh sử dụng thanh toán bằng mã QR: 125',
    ));
    expect(f).toHaveLength(1);
    expect(f[0].data).toMatchObject({ value: '125', other: '120' });
  });

  it('does not flag 04 and 4', async () => {
    expect(await findingsOf(RULE, report('1. A', '- Đăng ký khai tử: 04 trường hợp.', '2. B', '- Đăng ký khai tử: 4 trường hợp.'))).toEqual([]);
  });

  it('does not flag a narrower quantity ("tại …")', async () => {
    expect(await findingsOf(RULE, report(
      '1. Tổ công nghệ số', 'Xã đã thành lập 10 tổ công nghệ số cộng đồng.',
      '2. Hoạt động', 'Có 3 tổ công nghệ số cộng đồng tại các khu phố ven biển hoạt động hiệu quả.',
    ))).toEqual([]);
  });

  it('does not compare a month with the cumulative total, or a target with a result', async () => {
    expect(await findingsOf(RULE, report(
      '1. Hồ sơ', '- Số hồ sơ trực tuyến toàn trình tiếp nhận trong tháng: 270', '- Lũy kế từ đầu năm, số hồ sơ trực tuyến toàn trình tiếp nhận: 1.250',
      '2. Kết quả', 'Đã tiếp nhận 1.284 hồ sơ trực tuyến toàn trình.',
      '3. Nhiệm vụ', 'Phấn đấu đạt 1.800 hồ sơ trực tuyến toàn trình.',
    ))).toEqual([]);
  });

  it('does not compare lists under different lead-ins or periods', async () => {
    expect(await findingsOf(RULE, report(
      '1. Dịch vụ công thiết yếu', 'Công an xã đã tiếp nhận, cụ thể:', '- Đăng ký thường trú công dân: 71 hồ sơ',
      'Bộ phận một cửa của xã đã tiếp nhận, cụ thể:', '- Đăng ký thường trú công dân: 12 hồ sơ',
      '2. Định danh', 'Trong 6 tháng đầu năm 2024, cấp 320 tài khoản định danh điện tử mức 2.', 'Năm 2023, cấp 510 tài khoản định danh điện tử mức 2.',
    ))).toEqual([]);
  });

  it('flags a sentence figure that its appendix row restates with another value, worded differently', async () => {
    const f = await findingsOf(RULE, report(
      'BÁO CÁO Kết quả chuyển đổi số năm 2024', 'I. KẾT QUẢ',
      '- Đài truyền thanh xã đã phát 156 chương trình về an toàn thông tin mạng, góp phần nâng cao nhận thức.',
      'Phụ lục', 'KẾT QUẢ THỰC HIỆN NĂM 2024',
      'STT\tNội dung\tChỉ tiêu\tKết quả\n1\tChương trình phát thanh về an toàn thông tin mạng\t100 chương trình\t165 chương trình',
    ));
    expect(f.map((x) => [x.severity, x.data.value, x.data.other])).toEqual([['error', '156', '165']]);
  });

  it('reads no count of a table\'s kind of rows ("02 lĩnh vực …") as the cell of one row ("Lĩnh vực khác")', async () => {
    // The table's rows are fields ("Lĩnh vực" heads the label column); "02 lĩnh vực phát sinh hồ sơ trễ hạn" counts fields,
    // while the row "Lĩnh vực khác" holds the late files of one field (1): two quantities, whatever their values.
    const text = report(
      'BÁO CÁO Kết quả cải cách hành chính năm 2024', 'I. KẾT QUẢ', 'Trong năm có 02 lĩnh vực phát sinh hồ sơ trễ hạn, cần khắc phục.',
      'Phụ lục', 'Lĩnh vực\tTiếp nhận\tTrễ hạn', 'Chứng thực\t900\t0', 'Đất đai\t150\t4', 'Lĩnh vực khác\t40\t1', 'Tổng cộng\t1.090\t5',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  it('reads the unit a row\'s label closes on in brackets ("Diện tích lúa (ha)") when matching a sentence figure', async () => {
    // Hand-checked: the sentence says 412,5 ha, the row's "Thực hiện" cell 421,5 ha (the "Kế hoạch" cell is a target, never compared).
    const text = (value: string) => report(
      'I. KẾT QUẢ', `Toàn xã gieo cấy diện tích lúa chất lượng cao ${value} ha, năng suất bình quân 62 tạ/ha.`,
      'PHỤ LỤC', 'Chỉ tiêu\tKế hoạch\tThực hiện\tTỷ lệ (%)\nDiện tích lúa chất lượng cao (ha)\t400,0\t421,5\t105,4\nSản lượng lúa (tấn)\t2.500\t2.612\t104,5',
    );
    const f = await findingsOf(RULE, text('412,5'));
    expect(f.map((x) => [x.data.value, x.data.other])).toEqual([['412,5', '421,5']]);
    expect(await findingsOf(RULE, text('421,5'))).toEqual([]);
    // A figure in another unit is not the row's: "412,5 sào" says nothing of the hectares.
    expect(await findingsOf(RULE, text('412,5').replace('412,5 ha', '412,5 sào'))).toEqual([]);
  });

  it('flags a "trong đó" part against the row that states the same whole, in the table\'s result column', async () => {
    const f = await findingsOf(RULE, report(
      'I. KẾT QUẢ', '- Tiếp nhận 2.300 hồ sơ, trong đó 1.250 hồ sơ nộp qua dịch vụ bưu chính công ích.',
      'Phụ lục', 'STT\tChỉ tiêu\tĐơn vị tính\tTổng số\tThực hiện\n1\tHồ sơ nộp qua dịch vụ bưu chính công ích\tHồ sơ\t2.300\t1.320',
    ));
    expect(f.map((x) => [x.data.value, x.data.other])).toEqual([['1.250', '1.320']]);
  });

  it('reads a row whose "Đơn vị tính" is "Tỷ đồng" as money at that scale and flags a slip of the digits', async () => {
    // Hand-checked: the text says 1.386 tỷ đồng, the row's result 1.368 (8 and 6 swapped) in tỷ đồng; 1.386 agrees.
    const text = (cell: string) => report(
      'BÁO CÁO Kết quả thực hiện nhiệm vụ năm 2024', 'I. KẾT QUẢ',
      '- Tổng vốn đầu tư phát triển toàn xã hội trên địa bàn ước đạt 1.386 tỷ đồng, tăng 8,2% so với năm 2023.',
      'PHỤ LỤC', `TT\tChỉ tiêu\tĐơn vị tính\tKế hoạch\tThực hiện\n1\tVốn đầu tư phát triển toàn xã hội trên địa bàn\tTỷ đồng\t1.250\t${cell}\n2\tSố hộ nghèo giảm\tHộ\t40\t42`,
    );
    const f = await findingsOf(RULE, text('1.368'));
    expect(f.map((x) => [x.data.value, x.data.other, x.severity])).toEqual([['1.386 tỷ đồng', '1.368', 'error']]);
    expect(await findingsOf(RULE, text('1.386'))).toEqual([]);
  });

  it('reads a measure in a unit written with a digit ("m3") under a name holding a year, and flags its row\'s slip', async () => {
    // Hand-checked: the text says 12.450 m3 of clean water, the row's result 12.540 m3 (4 and 5 swapped); 12.450 agrees.
    // "m3" reads as the tokens "m" and "3": with "2025" that made two numbers in the name, once read as a garbled name.
    const text = (cell: string) => report(
      'BÁO CÁO Kết quả cấp nước sạch năm 2025', 'I. KẾT QUẢ',
      '- Khối lượng nước sạch cung cấp cho người dân năm 2025 ước đạt 12.450 m3, bảo đảm nhu cầu sinh hoạt.',
      'PHỤ LỤC', `TT\tChỉ tiêu\tĐơn vị tính\tKế hoạch\tThực hiện\n1\tKhối lượng nước sạch cung cấp\tm3\t12.000\t${cell}\n2\tSố hộ dùng nước sạch\tHộ\t900\t912`,
    );
    const f = await findingsOf(RULE, text('12.540'));
    expect(f.map((x) => [x.data.value, x.data.other])).toEqual([['12.450', '12.540']]);
    expect(await findingsOf(RULE, text('12.450'))).toEqual([]);
  });

  it('reads a summary table "(đơn vị: triệu đồng)" as money and flags a slip of the digits against the text\'s amount', async () => {
    // Hand-checked: the text says 23.640 triệu đồng, the row of the report's own year 23.460 (4 and 6 swapped); a row of
    // 23.640 agrees; a row of 25.100 is no slip (a budget line's words recur in other amounts): silent.
    const text = (cell: string) => report(
      'BÁO CÁO Tình hình thực hiện dự toán ngân sách năm 2024', 'I. KẾT QUẢ',
      'Chi sự nghiệp môi trường ước thực hiện 23.640 triệu đồng, đạt 105,1% dự toán.',
      'III. BIỂU TỔNG HỢP', 'Biểu tổng hợp chi ngân sách năm 2024 (đơn vị: triệu đồng):',
      `Nội dung\tDự toán năm 2024\tƯớc thực hiện năm 2024\tSo sánh (%)\nChi sự nghiệp môi trường\t22.500\t${cell}\t105,1\nChi quản lý hành chính\t18.000\t18.900\t105,0`,
    );
    const f = await findingsOf(RULE, text('23.460'));
    expect(f.map((x) => [x.data.value, x.data.other])).toEqual([['23.640 triệu đồng', '23.460']]);
    expect(await findingsOf(RULE, text('23.640'))).toEqual([]);
    expect(await findingsOf(RULE, text('25.100'))).toEqual([]);
  });

  it('flags a share "a/b" against the row that states its whole b and another count of a', async () => {
    // Hand-checked: the sentence says 318 of 356 households, the row's "Số đạt" cell 329 of the same 356 (no digit slip:
    // only the row's whole ties them); the same row with 318 agrees, and a row over another whole (360) is another count.
    const text = (count: string, whole = '356') => report(
      'I. KẾT QUẢ', 'Kết quả rà soát cuối năm: 318/356 hộ sử dụng nước sạch đạt quy chuẩn, đạt 89,3%.',
      'II. BIỂU TỔNG HỢP', `Chỉ tiêu\tTổng số\tSố đạt\tTỷ lệ (%)\nHộ sử dụng nước sạch đạt quy chuẩn\t${whole}\t${count}\t89,3`,
    );
    const f = await findingsOf(RULE, text('329'));
    expect(f.map((x) => [x.data.value, x.data.other])).toEqual([['318/356', '329']]);
    expect(await findingsOf(RULE, text('318'))).toEqual([]);
    expect(await findingsOf(RULE, text('321', '360'))).toEqual([]);
  });

  it.each([
    ['- Riêng thôn Bắc, đài đã phát 30 chương trình về an toàn thông tin mạng.'],
    ['- Kế hoạch năm đề ra phát 100 chương trình về an toàn thông tin mạng.'],
    ['- Lũy kế từ đầu năm, đài đã phát 410 chương trình về an toàn thông tin mạng.'],
    ['- Đài truyền thanh của Hội Nông dân đã phát 40 chương trình về an toàn thông tin mạng.'],
  ])('does not match a narrower, target or cumulative sentence figure with the row: %s', async (sentence) => {
    const f = await findingsOf(RULE, report(
      'I. KẾT QUẢ', sentence, 'Phụ lục',
      'STT\tNội dung\tChỉ tiêu\tKết quả\tLũy kế\n1\tChương trình phát thanh về an toàn thông tin mạng\t100 chương trình\t165 chương trình\t420 chương trình',
    ));
    expect(f).toEqual([]);
  });

  it('reads "9 tháng đầu năm" as the reporting period, not as a previous value', async () => {
    const f = await findingsOf(RULE, report(
      'BÁO CÁO Kết quả 9 tháng đầu năm 2024', 'I. KẾT QUẢ',
      '- 9 tháng đầu năm, Tổ công nghệ số cộng đồng đã tập huấn 1.380 lượt người dân sử dụng ví điện tử.',
      'Phụ lục', 'STT\tNội dung\tKế hoạch\tKết quả\n1\tLượt người dân được Tổ công nghệ số cộng đồng tập huấn sử dụng ví điện tử\t1.000 lượt\t1.830 lượt',
    ));
    expect(f.map((x) => [x.data.value, x.data.other].sort())).toEqual([['1.380', '1.830']]);
  });
  it('reads a results section that names its tasks ("Kết quả thực hiện nhiệm vụ") as results, not plans', async () => {
    const f = await findingsOf(RULE, report(
      'BÁO CÁO Kết quả công tác năm 2024', 'I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM',
      '- Bộ phận một cửa tiếp nhận 264 hồ sơ đăng ký khai sinh trực tuyến qua Cổng dịch vụ công quốc gia.',
      'II. NHIỆM VỤ NĂM 2025', '- Tiếp nhận 300 hồ sơ đăng ký khai sinh trực tuyến qua Cổng dịch vụ công quốc gia.',
      'Phụ lục', 'STT\tNội dung\tChỉ tiêu\tKết quả\n1\tHồ sơ đăng ký khai sinh trực tuyến\t250\t246',
    ));
    expect(f.map((x) => [x.data.value, x.data.other])).toEqual([['264', '246']]);
  });

  it('reads a plan section\'s sentence that tells what was done in the report\'s own year as a result', async () => {
    // Hand-checked: 18,4 km in the results, 19,8 km told again as done in 2025 under the 2026 targets.
    const results = ['BÁO CÁO Kết quả công tác năm 2025', 'I. KẾT QUẢ NĂM 2025', '- Trong năm 2025, toàn xã đã kiên cố hóa được 18,4 km kênh mương nội đồng.', 'II. MỤC TIÊU NĂM 2026'];
    const f = await findingsOf(RULE, report(...results, '- Năm 2025 toàn xã đã kiên cố hóa 19,8 km kênh mương nội đồng; năm 2026 làm thêm 5 km.'));
    expect(f.map((x) => [x.data.value, x.data.other].sort())).toEqual([['18,4', '19,8']]);
    // A target of the plan year, or the period's year with a plan word, stays a plan.
    expect(await findingsOf(RULE, report(...results, '- Năm 2026 phấn đấu kiên cố hóa 19,8 km kênh mương nội đồng.'))).toEqual([]);
    expect(await findingsOf(RULE, report(...results, '- Năm 2025 đã kiên cố hóa, năm 2026 tiếp tục kiên cố hóa 19,8 km kênh mương nội đồng.'))).toEqual([]);
  });

  it('reads a stock restated in a plan section ("… hiện có", "toàn bộ … bị/đã …") as the present value, not a target', async () => {
    // Hand-checked: 2.315 đoàn viên in the results, 2.351 restated as the stock there is now under the 2026 tasks.
    const results = ['BÁO CÁO Kết quả công tác năm 2025', 'I. KẾT QUẢ NĂM 2025', '- Toàn xã có 2.315 đoàn viên thanh niên, sinh hoạt tại 14 chi đoàn.', 'Công tác giáo dục được duy trì.', 'II. NHIỆM VỤ NĂM 2026'];
    const stock = await findingsOf(RULE, report(...results, '- Từ 2.351 đoàn viên thanh niên hiện có, phấn đấu phát triển thêm 150 đoàn viên.'));
    expect(stock.map((x) => [x.data.value, x.data.other].sort())).toEqual([['2.315', '2.351']]);
    // A target that differs from the present value stays a plan: nothing.
    expect(await findingsOf(RULE, report(...results, '- Phấn đấu đến cuối năm 2026 có 2.351 đoàn viên thanh niên.'))).toEqual([]);
    // Hand-checked: 318 hộ whose land was taken in the results, "toàn bộ 381 hộ bị thu hồi đất" in the plan.
    const land = ['BÁO CÁO Kết quả công tác năm 2025', 'I. KẾT QUẢ NĂM 2025', '- Dự án đường liên xã thu hồi đất của 318 hộ bị thu hồi đất, đã kiểm đếm xong.', 'Công tác dân vận được duy trì.', 'II. PHƯƠNG HƯỚNG NĂM 2026'];
    const whole = await findingsOf(RULE, report(...land, '- Hoàn thành tái định cư cho toàn bộ 381 hộ bị thu hồi đất; phấn đấu khởi công trong Quý I.'));
    expect(whole.map((x) => [x.data.value, x.data.other].sort())).toEqual([['318', '381']]);
    // "toàn bộ" with no state after its noun, or a state without "toàn bộ", is still a target: nothing.
    expect(await findingsOf(RULE, report(...land, '- Hoàn thành tái định cư cho toàn bộ 381 hộ trong Quý I.'))).toEqual([]);
    expect(await findingsOf(RULE, report(...land, '- Phấn đấu hỗ trợ 381 hộ bị thu hồi đất trong Quý I.'))).toEqual([]);
  });

  it('holds a sentence against a table\'s total row when its other count restates another cell of that row in order', async () => {
    // Hand-checked: the row totals 3.105 lao động and 1.246 (612 + 634) lao động nữ; the sentence restates 3.105 and
    // writes 1.264 for 1.246, the neighbouring "4" and "6" swapped.
    const table = (women: string) => ['Kết quả theo từng tổ (đến ngày 30/6/2025):', 'STT\tTổ\tLao động\tLao động nữ', '1\tTổ Bắc\t1.520\t612', '2\tTổ Nam\t1.585\t634', `\tTổng cộng\t3.105\t${women}`];
    const text = (sentence: string, women = '1.246') => report('BÁO CÁO Kết quả 6 tháng đầu năm 2025', 'I. KẾT QUẢ', sentence, 'Công tác đào tạo nghề được duy trì.', ...table(women));
    const f = await findingsOf(RULE, text('Tính đến ngày 30/6/2025, toàn khu có 3.105 lao động với 1.264 lao động nữ đang làm việc.'));
    expect(f.map((x) => [x.data.value, x.data.other])).toEqual([['1.264', '1.246']]);
    // No other cell restated: the sentence may count something else; nothing.
    expect(await findingsOf(RULE, text('Tính đến ngày 30/6/2025, toàn khu có 1.264 lao động nữ đang làm việc.'))).toEqual([]);
    // Another year's figures (the other count differs from the row): nothing.
    expect(await findingsOf(RULE, text('Tính đến ngày 30/6/2024, toàn khu có 2.980 lao động với 1.264 lao động nữ đang làm việc.'))).toEqual([]);
    // A count the column's header does not name ("hộ gia đình" beside a "Lao động nữ" column): nothing.
    expect(await findingsOf(RULE, text('Tính đến ngày 30/6/2025, toàn khu có 3.105 lao động thuộc 1.264 hộ gia đình.'))).toEqual([]);
    // Equal values: nothing.
    expect(await findingsOf(RULE, text('Tính đến ngày 30/6/2025, toàn khu có 3.105 lao động với 1.246 lao động nữ đang làm việc.'))).toEqual([]);
  });

  it('takes a row\'s counted noun from its label when the table has no "Đơn vị tính" column', async () => {
    const table = 'STT\tNội dung\tKế hoạch\tThực hiện\tTỷ lệ (%)\n1\tTài khoản dịch vụ công trực tuyến được đăng ký\t900\t1.045\t116,1\n'
      + '2\tCamera an ninh lắp đặt mới\t12\t14\t116,7';
    const f = await findingsOf(RULE, report(
      'I. KẾT QUẢ', '- Tổ công nghệ số hỗ trợ đăng ký 1.054 tài khoản dịch vụ công trực tuyến cho công dân trên địa bàn.', 'Phụ lục', table,
    ));
    expect(f.map((x) => [x.severity, x.data.value, x.data.other])).toEqual([['error', '1.054', '1.045']]);
    // A label opening with another noun ("Lượt …" for "tài khoản") is not the sentence's quantity.
    const other = table.replace('Tài khoản dịch vụ công trực tuyến được đăng ký', 'Lượt đăng ký tài khoản dịch vụ công trực tuyến');
    expect(await findingsOf(RULE, report(
      'I. KẾT QUẢ', '- Tổ công nghệ số hỗ trợ đăng ký 1.054 tài khoản dịch vụ công trực tuyến cho công dân trên địa bàn.', 'Phụ lục', other,
    ))).toEqual([]);
  });

  it('reads "điểm đến" and "điểm du lịch" as one noun when matching an appendix row', async () => {
    const f = await findingsOf(RULE, report(
      'I. KẾT QUẢ', '- Cổng thông tin du lịch huyện đã giới thiệu 57 điểm du lịch sinh thái, có video thực tế ảo kèm theo.',
      'Phụ lục', 'STT\tChỉ tiêu\tĐơn vị tính\tKết quả\n1\tĐiểm đến sinh thái\tĐiểm\t75',
    ));
    expect(f.map((x) => [x.data.value, x.data.other].sort())).toEqual([['57', '75']]);
  });

  it('reads a fulfilment rate as a rate of the quantity before it, not of the plan word after it', async () => {
    expect(await findingsOf(RULE, report(
      '1. Kinh tế', 'Doanh thu dịch vụ thương mại ước đạt 42,5 tỷ đồng, đạt 81,3% kế hoạch năm (52,3 tỷ đồng).',
      '2. Lao động', 'Đào tạo nghề cho 180 lao động nông thôn, đạt 72% kế hoạch năm (250 lao động).',
      '3. Ngân sách', 'Tổng chi ngân sách ước thực hiện 6.120 triệu đồng, bằng 58,4% dự toán năm.',
      '4. Thu ngân sách', 'Tổng thu ngân sách ước đạt 7.045 triệu đồng, bằng 66,9% dự toán năm.',
    ))).toEqual([]);
    const f = await findingsOf(RULE, report(
      '1. Ngân sách', 'Thu phí, lệ phí trên địa bàn được 318 triệu đồng, đạt 64% dự toán năm.',
      '2. Tổng hợp', 'Thu phí, lệ phí trên địa bàn được 318 triệu đồng, đạt 46% dự toán năm.',
    ));
    expect(f.map((x) => x.evidence.map((e) => e.quote).sort())).toEqual([['46%', '64%']]);
  });

  it('does not compare a sentence with a column of another year, nor with rows that name offices', async () => {
    expect(await findingsOf(RULE, report(
      'BÁO CÁO TÌNH HÌNH NĂM 2024', '1. Giao thông', 'Trong năm xảy ra 14 vụ tai nạn giao thông đường bộ trên địa bàn.',
      'Bảng so sánh:', 'STT\tChỉ tiêu\tNăm 2023\tNăm 2024', '1\tSố vụ tai nạn giao thông đường bộ\t17\t14',
      '2. Tổ chức bộ máy', 'Huyện có 13 phòng chuyên môn và 5 đơn vị sự nghiệp.',
      'STT\tKhối, đơn vị\tBiên chế giao\tHiện có', '1\tPhòng chuyên môn thuộc UBND huyện\t98\t91',
    ))).toEqual([]);
  });

  it('reads the column naming the report\'s own year of a comparison table, a running total against a "(lũy kế)" row only', async () => {
    // Hand-checked: the sentence's running total 8.412 against the row's 2024 cell 8.421; the 2023 cell is another year's.
    const text = (stated: string) => report(
      'BÁO CÁO Kết quả công tác năm 2024', 'I. KẾT QUẢ',
      `Trong năm cấp mới 1.240 sổ bảo hiểm xã hội; đến nay đã cấp ${stated} sổ bảo hiểm xã hội, đạt kế hoạch.`,
      'Biến động dân cư: đầu năm 5.310 nhân khẩu thường trú, chuyển đi 86 nhân khẩu thường trú, cuối năm còn 5.402 nhân khẩu thường trú.',
      'II. SỐ LIỆU SO VỚI NĂM 2023',
      'Chỉ tiêu\tNăm 2023\tNăm 2024\tTăng, giảm\nSổ bảo hiểm xã hội đã cấp (lũy kế)\t7.181\t8.421\t1.240\nNhân khẩu thường trú\t5.310\t5.402\t92',
    );
    expect((await findingsOf(RULE, text('8.412'))).map((x) => [x.data.value, x.data.other])).toEqual([['8.412', '8.421']]);
    // The same running total agrees; "chuyển đi 86 nhân khẩu thường trú" is a flow of the row whose value the paragraph states (5.402).
    expect(await findingsOf(RULE, text('8.421'))).toEqual([]);
  });

  it('does not compare counts named only by their verb under two different intakes', async () => {
    expect(await findingsOf(RULE, report(
      '1. Cấp huyện', 'Bộ phận Một cửa huyện tiếp nhận 3.410 hồ sơ; giải quyết đúng hạn 3.350 hồ sơ, đang giải quyết 60 hồ sơ.',
      '2. Cấp xã', 'Các xã tiếp nhận 9.215 hồ sơ; giải quyết đúng hạn 9.102 hồ sơ, đang giải quyết 113 hồ sơ.',
      '3. Trồng trọt', 'Tổng sản lượng lương thực vụ Mùa ước đạt 2.870,4 tấn.',
      '4. Cây lúa', 'Cây lúa có năng suất 58,2 tạ/ha, sản lượng ước đạt 2.215,6 tấn.',
    ))).toEqual([]);
  });

  it('reads the figure after "và" by its own noun when matching an appendix row', async () => {
    expect(await findingsOf(RULE, report(
      '1. Chuyên môn', 'Trong kỳ, bệnh viện thực hiện 840 ca nội soi tiêu hóa và 2.315 ca siêu âm tim.',
      'Phụ lục', 'STT\tChỉ tiêu\tKết quả', '1\tCa nội soi tiêu hóa\t840',
    ))).toEqual([]);
  });

  it('does not compare counts acted on by two different verbs', async () => {
    expect(await findingsOf(RULE, report(
      '1. Thủ tục', 'UBND huyện đã công bố 312 thủ tục hành chính cấp huyện.',
      '2. Cải cách', 'Trong năm, UBND huyện đã rà soát, kiến nghị bãi bỏ 15 thủ tục hành chính cấp huyện.',
    ))).toEqual([]);
  });

  it('never names a rate that opens a paragraph after the last figure of the paragraph before', async () => {
    expect(await findingsOf(RULE, report(
      '1. Lao động', 'Tỷ lệ lao động qua đào tạo đạt 72,5%.',
      '2. Môi trường', 'Tỷ lệ hộ dùng nước sạch đạt 96,1% (1.922/2.000 hộ).',
    ))).toEqual([]);
  });

  it('does not compare a count narrowed by a verb after its noun with one narrowed by another verb before it', async () => {
    expect(await findingsOf(RULE, report(
      '1. Thủ tục', 'Toàn bộ 312 thủ tục hành chính cấp huyện đã được công khai trên cổng dịch vụ công.',
      '2. Cải cách', 'Trong năm, UBND huyện đã rà soát, kiến nghị bãi bỏ 15 thủ tục hành chính cấp huyện.',
    ))).toEqual([]);
    const f = await findingsOf(RULE, report(
      '1. Thủ tục', 'Toàn bộ 312 thủ tục hành chính cấp huyện đã được công khai trên cổng dịch vụ công.',
      '2. Công khai', 'Hiện có 321 thủ tục hành chính cấp huyện đã được công khai trên cổng dịch vụ công.',
    ));
    expect(f.map((x) => x.evidence.map((e) => e.quote).sort())).toEqual([['312', '321']]);
  });
});

describe('repeated-value-conflict through the shared tester (message id, data, span)', () => {
  it('a copied list item whose value changed: the later value first, each quote at its figure', async () => {
    await expectFindings(RULE, report(
      'I. KẾT QUẢ', 'Công tác hộ tịch trong kỳ, cụ thể:', '- Cấp bản sao trích lục hộ tịch: 45 bản.',
      'II. TỔNG HỢP', 'Công tác hộ tịch trong kỳ, cụ thể:', '- Cấp bản sao trích lục hộ tịch: 54 bản.',
    ), [
      { messageId: 'repeatedValueConflict', data: { name: 'cấp bản sao trích lục hộ tịch', value: '54', other: '45' }, quote: '54', at: '- Cấp bản sao trích lục hộ tịch: ', severity: 'error' },
    ]);
  });
});

describe('repeated-value-conflict: two neighbouring digits swapped', () => {
  it('finds one thing restated with two digits swapped, though its two names are worded differently', async () => {
    // Hand-checked: 4.715 and 4.751 differ by swapping the last two digits; "người cao tuổi được khám sức khỏe định kỳ"
    // holds every word of "người cao tuổi khám sức khỏe" besides the counted noun.
    const f = await findingsOf(RULE, report(
      'I. Y TẾ', 'Trong năm, Trạm Y tế tổ chức cho 4.715 người cao tuổi khám sức khỏe, phát hiện và tư vấn các bệnh mạn tính.',
      'II. ĐÁNH GIÁ', 'Tổng số người cao tuổi được khám sức khỏe định kỳ trong năm là 4.751 người, vượt kế hoạch đề ra.',
    ));
    expect(f.map((x) => x.evidence.map((e) => e.quote).sort())).toEqual([['4.715', '4.751']]);
    expect(f[0].severity).toBe('warning');
  });

  it('holds swapped digits of two paragraphs against each other, never two of one paragraph, however many counts it holds', async () => {
    // Hand-checked: 3.826 and 3.862 swap the last two digits and name the same trees planted; in two paragraphs one thing
    // is restated, in one paragraph the two are told apart by the sentence itself (nothing). The long line of counts
    // 1.001 … 1.400 "cây" (every value's swaps among them: 1.010 / 1.100 …) stays in one paragraph: nothing either.
    const planted = 'Đoàn viên thanh niên trồng mới 3.826 cây xanh dọc tuyến đường liên xã.';
    const again = 'Tổng số cây xanh đoàn viên thanh niên trồng mới dọc tuyến đường liên xã là 3.862 cây.';
    const two = await findingsOf(RULE, report('I. MÔI TRƯỜNG', planted, 'II. ĐÁNH GIÁ', again));
    expect(two.map((x) => x.evidence.map((e) => e.quote).sort())).toEqual([['3.826', '3.862']]);
    expect(await findingsOf(RULE, report('I. MÔI TRƯỜNG', `${planted} ${again}`))).toEqual([]);
    const line = Array.from({ length: 400 }, (_, k) => `lô ${k + 1} trồng ${(1001 + k).toLocaleString('de-DE')} cây`).join('; ');
    expect(await findingsOf(RULE, report('I. MÔI TRƯỜNG', `Kết quả: ${line}.`))).toEqual([]);
  });

  it('reads the whole of a share with no name of its own as every unit of the place', async () => {
    // Hand-checked: the ward has 5.432 households; the later share 4.980/5.342 uses 5.342, the same digits with 4 and 3 swapped.
    const f = await findingsOf(RULE, report(
      'I. ĐẶC ĐIỂM', 'Phường có 9 khu phố với 5.432 hộ, 19.870 nhân khẩu.',
      'II. VĂN HÓA', 'Có 4.980/5.342 hộ đạt danh hiệu gia đình văn hóa năm 2024.',
    ));
    expect(f.map((x) => x.evidence.map((e) => e.quote).sort())).toEqual([['4.980/5.342', '5.432']]);
  });

  it('reads a count equal to a share\'s part as that part restated, even when the share\'s whole has its digits swapped', async () => {
    // Hand-checked: 247 of the 274 households is stated twice (247 hộ, then 247/274 hộ); 274 is 247 with 4 and 7 swapped, but
    // it is the share's whole, and the count equals the share's part: no slip.
    const text = report(
      'I. KẾT QUẢ', 'Toàn xã đã chi trả tiền hỗ trợ cho 247 hộ bị ảnh hưởng.',
      'II. ĐÁNH GIÁ', 'Nhờ sự vào cuộc của các đoàn thể, 247/274 hộ bị ảnh hưởng đã nhận tiền hỗ trợ, đạt 90,1%.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  it('reads an assessment label ("- Ưu điểm:") as no scope of the figures after it, unlike a label naming a place', async () => {
    // Hand-checked: the results give 04 outbreaks of avian flu, the assessment restates them as 05.
    const text = (label: string) => report(
      'I. KẾT QUẢ', 'Trong quý, trên địa bàn xã đã xảy ra 04 ổ dịch cúm gia cầm, đã tiêu hủy 1.250 con gia cầm mắc bệnh.',
      'II. ĐÁNH GIÁ', `- ${label}: công tác phòng dịch được triển khai kịp thời; trong quý chỉ xảy ra 05 ổ dịch cúm gia cầm, được khống chế nhanh.`,
    );
    const f = await findingsOf(RULE, text('Ưu điểm'));
    expect(f.map((x) => x.evidence.map((e) => e.quote).sort())).toEqual([['04', '05']]);
    expect(await findingsOf(RULE, text('Tại thôn Đông Hải'))).toEqual([]);
  });

  it('says nothing of two measures with swapped digits (visits and couples), of a plan and its result, or of names that share too little', async () => {
    expect(await findingsOf(RULE, report(
      'I. DÂN SỐ', 'Cán bộ dân số tư vấn tại hộ gia đình cho 1.365 lượt cặp vợ chồng.',
      'II. KẾ HOẠCH HÓA GIA ĐÌNH', 'Tổng số cặp vợ chồng trong độ tuổi sinh đẻ là 1.635 cặp.',
    ))).toEqual([]);
    // Planned 1.450 tấn, produced 1.540 tấn: a target and a result are two quantities.
    expect(await findingsOf(RULE, report(
      'I. CHỈ TIÊU', 'Kế hoạch năm 2024 sản lượng cá nuôi trồng 1.450 tấn.',
      'II. KẾT QUẢ', 'Sản lượng cá nuôi trồng cả năm đạt 1.540 tấn.',
    ))).toEqual([]);
    // "chi đầu tư phát triển" and "chi từ nguồn thu tiền sử dụng đất" share only "chi".
    expect(await findingsOf(RULE, report(
      'I. CHI NGÂN SÁCH', 'Chi đầu tư phát triển 1.245 triệu đồng.',
      'II. NGUỒN VỐN', 'Chi từ nguồn thu tiền sử dụng đất 1.425 triệu đồng.',
    ))).toEqual([]);
  });
});

describe('repeated-value-conflict: a place\'s sentence against its appendix row', () => {
  const table = 'STT\tĐơn vị\tTiếp nhận\tĐúng hạn\tQuá hạn\n1\tXã Phú Thịnh\t1.274\t1.260\t14\n2\tXã Đông Cường\t836\t830\t6';
  it('finds the place\'s count restated with two neighbouring digits swapped', async () => {
    // Hand-checked: the text says 1.247, the row of Phú Thịnh says 1.274 (4 and 7 swapped).
    const f = await findingsOf(RULE, report(
      'I. KẾT QUẢ', 'Đơn vị tiếp nhận nhiều hồ sơ nhất là xã Phú Thịnh với 1.247 hồ sơ, không có hồ sơ trễ hạn kéo dài.', 'Phụ lục 01', table,
    ));
    expect(f.map((x) => x.evidence.map((e) => e.quote).sort())).toEqual([['1.247', '1.274']]);
  });
  it('says nothing when the sentence names no row\'s place, or states the row\'s own value', async () => {
    expect(await findingsOf(RULE, report(
      'I. KẾT QUẢ', 'Toàn huyện tiếp nhận 1.247 hồ sơ trong quý.', 'Phụ lục 01', table,
    ))).toEqual([]);
    expect(await findingsOf(RULE, report(
      'I. KẾT QUẢ', 'Đơn vị tiếp nhận nhiều hồ sơ nhất là xã Phú Thịnh với 1.274 hồ sơ.', 'Phụ lục 01', table,
    ))).toEqual([]);
  });

  it('keeps apart rows of two tables that share a label but sit under columns measuring different things', async () => {
    // Hand-checked: 24 beds of the norm and 18 rooms are two quantities of "Khoa khám bệnh tổng hợp"; so are a rate of beds
    // in use (92,0) and a rate of solid rooms (75,0).
    const text = report(
      'I. NHÂN LỰC', 'Nội dung\tĐịnh mức giường bệnh\tGiường thực kê\tTỷ lệ sử dụng giường (%)\nKhoa khám bệnh tổng hợp\t24\t22\t92,0\nKhoa điều trị nội trú\t20\t20\t100,0',
      'Công tác khám chữa bệnh được duy trì ổn định.',
      'II. CƠ SỞ VẬT CHẤT', 'Nội dung\tTổng số phòng\tPhòng kiên cố\tTỷ lệ kiên cố (%)\nKhoa khám bệnh tổng hợp\t18\t13\t75,0\nKhoa điều trị nội trú\t16\t16\t100,0',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  it('still compares two tables\' rows under columns of the same measure', async () => {
    // Hand-checked: the rooms of the same building are 18 in one table and 81 in the other: one of them is a slip.
    const text = report(
      'I. CƠ SỞ VẬT CHẤT', 'Nội dung\tTổng số phòng\tPhòng kiên cố\nNhà khám bệnh trung tâm\t18\t13\nNhà điều trị nội trú\t16\t16',
      'Công tác sửa chữa được thực hiện thường xuyên.',
      'PHỤ LỤC', 'Nội dung\tSố phòng\tGhi chú\nNhà khám bệnh trung tâm\t81\t\nNhà điều trị nội trú\t16\t',
    );
    const found = await findingsOf(RULE, text);
    expect(found.map((f) => [f.data.value, f.data.other].sort())).toEqual([['18', '81']]);
  });

  it('keeps what is still in hand ("đang giải quyết") apart from what was done, and still compares two counts of what was done', async () => {
    // Hand-checked: 37 files in progress are not the 1.280 settled; 1.280 and 1.208 settled are one count stated twice.
    expect(await findingsOf(RULE, report(
      'I. CẢI CÁCH HÀNH CHÍNH', 'Trong quý, đã giải quyết 1.280 hồ sơ đất đai cho người dân.',
      'Công tác tiếp công dân được duy trì.', 'Đang giải quyết 37 hồ sơ đất đai, đều trong hạn.',
    ))).toEqual([]);
    const found = await findingsOf(RULE, report(
      'I. CẢI CÁCH HÀNH CHÍNH', 'Trong quý, đã giải quyết 1.280 hồ sơ đất đai cho người dân.',
      'Công tác tiếp công dân được duy trì.', 'II. TỔNG HỢP', 'Trong quý, đã giải quyết 1.208 hồ sơ đất đai cho người dân.',
    ));
    expect(found.map((f) => [f.data.value, f.data.other].sort())).toEqual([['1.208', '1.280']]);
  });

  it('reads a count handed to a verb by "cho" as those the action reached, not the whole group', async () => {
    // Hand-checked: 37 people given wheelchairs and 164 people on a monthly allowance are two subgroups of the disabled.
    expect(await findingsOf(RULE, report(
      'I. AN SINH XÃ HỘI', 'Số người khuyết tật được hưởng trợ cấp hằng tháng 164 người.',
      'Công tác chăm lo gia đình chính sách được quan tâm.', 'Hội Chữ thập đỏ cấp xe lăn miễn phí cho 37 người khuyết tật.',
    ))).toEqual([]);
  });

  it('keeps the figures of a clause opened by "Ngoài ra" apart from those stated before', async () => {
    // Hand-checked: 25 scholarships from donors are beyond the 150 awarded before; without "Ngoài ra" the two read as one.
    const texts = (opening: string) => report(
      'I. KHUYẾN HỌC', 'Đã trao 150 suất học bổng cho học sinh nghèo.',
      'Phong trào học tập suốt đời được duy trì.', `${opening}các nhà hảo tâm cũng trao 25 suất học bổng.`,
    );
    expect(await findingsOf(RULE, texts('Ngoài ra, '))).toEqual([]);
    expect((await findingsOf(RULE, texts(''))).map((f) => [f.data.value, f.data.other].sort())).toEqual([['150', '25']]);
  });

  it('does not compare two counts that list different members, but does when they list the same ones', async () => {
    // Hand-checked: Tổ 3, 6, 9 and Tổ 1, 2, 5, 7 are two groups of wards; the same three wards counted 03 and 04 are not.
    expect(await findingsOf(RULE, report(
      'I. ĐÔ THỊ', 'Có 03 tổ dân phố đạt chuẩn văn minh đô thị: Tổ 3, Tổ 6 và Tổ 9.',
      'Công tác thu gom rác thải được duy trì.', 'Các tổ dân phố có nhiều hộ kinh doanh dịch vụ là 04 tổ: Tổ 1, Tổ 2, Tổ 5 và Tổ 7.',
    ))).toEqual([]);
    const found = await findingsOf(RULE, report(
      'I. ĐÔ THỊ', 'Có 03 tổ dân phố đạt chuẩn văn minh đô thị: Tổ 3, Tổ 6 và Tổ 9.',
      'Công tác thu gom rác thải được duy trì.', 'II. TỔNG HỢP', 'Có 04 tổ dân phố đạt chuẩn văn minh đô thị: Tổ 3, Tổ 6 và Tổ 9.',
    ));
    expect(found.map((f) => [f.data.value, f.data.other].sort())).toEqual([['03', '04']]);
  });

  it('never compares two rows of one table', async () => {
    // Hand-checked: 800.000 and 1.100.000 đồng/ha are the rates of two kinds of support, one row each.
    expect(await findingsOf(RULE, report(
      'I. HỖ TRỢ SẢN XUẤT', 'Bảng 1. Mức hỗ trợ',
      'TT\tNội dung\tMức hỗ trợ (đồng/ha)\tSố hộ\n1\tHỗ trợ phân bón\t800.000\t210\n2\tHỗ trợ phân bón hữu cơ vi sinh\t1.100.000\t95',
    ))).toEqual([]);
  });

  it('leaves a part with two digits of its own whole swapped to part-exceeds-whole', async () => {
    // Hand-checked: 561 of "trong đó" exceeds its own whole 516, restated from the paragraph before; not a second count.
    expect(await findingsOf(RULE, report(
      'I. TƯ PHÁP', '+ Lĩnh vực tư pháp: giải quyết 930 hồ sơ; cụ thể: đăng ký khai sinh 140 trường hợp, chứng thực 516 hồ sơ và việc khác 274 hồ sơ.',
      '+ Riêng công tác chứng thực: thực hiện 516 hồ sơ, trong đó chứng thực bản sao điện tử 561 hồ sơ, thu lệ phí 5,2 triệu đồng.',
    ))).toEqual([]);
  });

  it('does not name a number by the words that run on to the next figure, which are that figure\'s subject', async () => {
    // Hand-checked: "lớp 5" is the grade, not a count of pupils who finished primary school (1.730 of them did).
    expect(await findingsOf(RULE, report(
      'I. GIÁO DỤC', 'Học sinh lớp 5 hoàn thành chương trình tiểu học 1.730/1.732 em, đạt 99,88%.',
      'Công tác phổ cập được duy trì.', 'Bảng 1',
      'Cấp học\tSố lớp\tHoàn thành chương trình\nMầm non\t120\t980\nTiểu học\t310\t1.730\nTrung học cơ sở\t190\t1.402',
    ))).toEqual([]);
  });

  it('tells two quantities of one noun apart by the event, the subject, the owner, the whole of a share and the subgroup', async () => {
    // Hand-checked: 820 attend training sessions ("buổi"), 9.300 the pagodas' ceremonies ("lễ"): two events.
    expect(await findingsOf(RULE, report(
      'I. VĂN HÓA', 'Trong năm, xã tổ chức 10 buổi tập huấn kỹ thuật với 820 lượt người tham dự, đạt kế hoạch.',
      'Công tác văn hóa được duy trì.', 'Các chùa trên địa bàn tổ chức 15 lễ lớn, thu hút khoảng 9.300 lượt người tham dự.',
    ))).toEqual([]);
    // Hand-checked: 42,5% is the paid share of online files ("chiếm … số hồ sơ trực tuyến cấp xã"), 76,4% the online share itself.
    expect(await findingsOf(RULE, report(
      'I. CẢI CÁCH HÀNH CHÍNH', 'Có 1 250 hồ sơ nộp phí trực tuyến, chiếm 42,5% số hồ sơ trực tuyến cấp xã.',
      'Công tác cải cách hành chính được duy trì.', 'Tỷ lệ hồ sơ trực tuyến cấp xã đạt 76,4%, vượt chỉ tiêu của huyện.',
    ))).toEqual([]);
    // Hand-checked: 6,2 and 4,8 triệu are the average pay of two workforces, each named at the head of its own sentence.
    expect(await findingsOf(RULE, report(
      'I. KINH TẾ', 'Các hợp tác xã thu hút 2 300 lao động; thu nhập bình quân 6,2 triệu đồng/người/tháng.',
      'Sản xuất ổn định.', 'Lao động tại các trang trại 940 người; thu nhập bình quân 4,8 triệu đồng/người/tháng.',
    ))).toEqual([]);
    // Hand-checked: 24 and 15 firms are in two industrial parks named differently.
    expect(await findingsOf(RULE, report(
      'I. CÔNG NGHIỆP', 'Khu công nghiệp Tân An có 24 doanh nghiệp đăng ký đầu tư, hạ tầng hoàn thiện.',
      'Khu công nghiệp Phú Mỹ có 15 doanh nghiệp đăng ký, đang san lấp mặt bằng.',
    ))).toEqual([]);
    // Hand-checked: 75 shops inspected, 1.320 shops holding a certificate: two subgroups of one noun.
    expect(await findingsOf(RULE, report(
      'I. AN TOÀN THỰC PHẨM', 'Số cơ sở kinh doanh thực phẩm có giấy chứng nhận là 1.320 cơ sở, chiếm 88% tổng số cơ sở.',
      'Công tác tuyên truyền được tăng cường.', 'Đoàn liên ngành kiểm tra 75 cơ sở kinh doanh thực phẩm, nhắc nhở 06 cơ sở.',
    ))).toEqual([]);
  });

  it('still finds one owner\'s quantity stated twice', async () => {
    // Hand-checked: the same park, the same words, 24 against 42.
    const found = await findingsOf(RULE, report(
      'I. CÔNG NGHIỆP', 'Khu công nghiệp Tân An có 24 doanh nghiệp đăng ký đầu tư, hạ tầng hoàn thiện.',
      'Sản xuất ổn định.', 'II. ĐÁNH GIÁ', 'Khu công nghiệp Tân An có 42 doanh nghiệp đăng ký đầu tư, thu hút nhiều lao động.',
    ));
    expect(found.map((f) => [f.data.value, f.data.other].sort())).toEqual([['24', '42']]);
  });

  it('finds a count restated with the action only said to go on ("duy trì"), a count after "định kỳ"', async () => {
    // Hand-checked: "duy trì" narrows nothing: 24 and 21 sessions of the same chairman's citizen reception.
    const found = await findingsOf(RULE, report(
      'I. TIẾP CÔNG DÂN', 'Chủ tịch UBND xã tiếp công dân định kỳ 24 buổi (02 buổi/tháng), tiếp nhận 18 đơn.',
      'Công tác hòa giải được duy trì.', 'II. ĐÁNH GIÁ', 'Chủ tịch UBND xã duy trì tiếp công dân định kỳ 21 buổi theo quy định.',
    ));
    expect(found.map((f) => [f.data.value, f.data.other].sort())).toEqual([['21', '24']]);
  });

  it('finds two digits swapped far apart in a long number, and a comparison closed by a comma compares no later figure', async () => {
    // Hand-checked: 3.718 and 3.817 swap the "7" and the "8" (second and fourth digits).
    const copies = await findingsOf(RULE, report(
      'I. TƯ PHÁP', 'Tổng số việc chứng thực là 5.020 việc, gồm: chứng thực bản sao từ bản chính 3.718 bản, chứng thực chữ ký 1.302 việc.',
      'Công tác hộ tịch được duy trì.', 'II. ĐÁNH GIÁ', 'Trong 6 tháng đã chứng thực bản sao từ bản chính 3.817 bản, không để xảy ra sai sót.',
    ));
    expect(copies.map((f) => [f.data.value, f.data.other].sort())).toEqual([['3.718', '3.817']]);
    // Hand-checked: "so với cùng kỳ" compares the number of fires; the loss after the comma is this period's, 2 450 against 2 540.
    const loss = await findingsOf(RULE, report(
      'I. PHÒNG CHÁY', 'Trên địa bàn xảy ra 09 vụ cháy; thiệt hại về tài sản ước tính 2 540 triệu đồng.',
      'Công tác tuyên truyền được tăng cường.', 'II. ĐÁNH GIÁ', 'Số vụ cháy giảm so với cùng kỳ, thiệt hại về tài sản khoảng 2 450 triệu đồng.',
    ));
    expect(loss.map((f) => [f.data.value, f.data.other].sort())).toEqual([['2 450 triệu đồng', '2 540 triệu đồng']]);
  });
});

describe('repeated-value-conflict: shares of one whole and a whole against its parts', () => {
  it('reads two shares "N ha, chiếm X% diện tích rau" of different counts as two parts, the count before each its numerator', async () => {
    // Hand-checked: of 2.270 ha of vegetables, 420 ha safe (420/2270 = 18,5%) and 1.150 ha drip-irrigated (1150/2270 = 50,7%).
    const text = report(
      'I. KẾT QUẢ', 'Tổng diện tích rau các loại 2.270 ha.', 'Rau an toàn 420 ha, chiếm 18,5% diện tích rau.',
      'Công tác khuyến nông được duy trì.', 'Tưới tiết kiệm nước 1.150 ha, chiếm 50,7% diện tích rau.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
    // The same count restated with another share is still one quantity stated twice.
    const twice = report(
      'I. KẾT QUẢ', 'Rau an toàn 420 ha, chiếm 18,5% diện tích rau.', 'Công tác khuyến nông được duy trì.',
      'Rau an toàn 420 ha, chiếm 15,8% diện tích rau.',
    );
    expect((await findingsOf(RULE, twice)).map((x) => [x.data.value, x.data.other].sort())).toEqual([['15,8%', '18,5%']]);
  });

  it('reads a whole whose bracketed breakdown states the other value as that value\'s whole, not a restatement', async () => {
    // Hand-checked: cow milk 3.420 t + goat milk 1.590 t = 5.010 t; the 3.420 stated first is the cow-milk part of the 5.010.
    const text = report(
      'I. KẾT QUẢ', 'Năng suất sữa bò bình quân đạt 18,2 lít/con/ngày; sản lượng đạt 3.420 tấn.', 'Dịch bệnh được kiểm soát tốt.',
      'Tổng sản lượng sữa tươi các loại đạt 5.010 tấn (sữa bò 3.420 tấn, sữa dê 1.590 tấn).',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  it('never holds a member of a table breakdown against the total it splits, stated in a sentence', async () => {
    // Hand-checked: the table splits 35 chợ into 20 (Nông thôn) + 9 (Đầu mối) + 6 (Siêu thị mini) = 35; the sentence's
    // "35 chợ nông thôn, chợ đầu mối và siêu thị mini" is the whole, read as "chợ nông thôn" like the row "Nông thôn | Số chợ":
    // the member 20 and the whole 35 are no one quantity.
    const text = report(
      'I. KẾT QUẢ', 'Toàn huyện có 35 chợ nông thôn, chợ đầu mối và siêu thị mini trên địa bàn.',
      'Công tác quản lý thị trường được duy trì.',
      'STT\tLoại hình\tSố chợ', '1\tNông thôn\t20', '2\tĐầu mối\t9', '3\tSiêu thị mini\t6', 'Tổng cộng\t\t35',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  it('reads the place opening a sentence as the owner of every figure after it there, not the report unit', async () => {
    // Hand-checked: the commune counts 214 người cao tuổi neo đơn; ấp Bình Minh, named at the head of its sentence, 26 of
    // them: its second figure (after a first) is still that hamlet's, no second value of the commune's count.
    const text = report(
      'ỦY BAN NHÂN DÂN XÃ PHÚ AN', 'BÁO CÁO Kết quả chăm sóc người cao tuổi năm 2024',
      'I. KẾT QUẢ', 'Cuối năm 2024, toàn xã có 214 người cao tuổi neo đơn được chăm sóc tại nhà.', 'Công tác chăm lo được duy trì.',
      'Ấp Bình Minh có 412 người cao tuổi, trong năm tổ chức 3 buổi sinh hoạt, và 26 người cao tuổi neo đơn được chăm sóc tại nhà.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  it('never holds a superlative (the top unit) against the whole it ranks the units of', async () => {
    // Hand-checked: 96,40% is the commune's rate of households with clean water; 99,12% the highest village's.
    const text = report(
      'I. KẾT QUẢ', '- Tỷ lệ hộ dân sử dụng nước sạch đạt 96,40%, tăng so với năm trước.', 'Công tác vệ sinh môi trường được duy trì.',
      '- Tỷ lệ hộ dân sử dụng nước sạch cao nhất huyện thuộc về thị trấn, đạt 99,12%.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
    // The same rate with no rank, restated otherwise: still one quantity.
    const twice = report(
      'I. KẾT QUẢ', '- Tỷ lệ hộ dân sử dụng nước sạch đạt 96,40%, tăng so với năm trước.', 'Công tác vệ sinh môi trường được duy trì.',
      '- Tỷ lệ hộ dân sử dụng nước sạch đạt 94,60%.',
    );
    expect((await findingsOf(RULE, twice)).map((x) => [x.data.value, x.data.other].sort())).toEqual([['94,60%', '96,40%']]);
  });

  it('reads a count attached by "với" to the thing opening its sentence as that thing\'s, not the total of all', async () => {
    // Hand-checked: 215 học viên attended all courses; the welding course, 35 of them.
    const text = report(
      'I. KẾT QUẢ', 'Năm nay có 215 học viên tham gia đào tạo nghề.', 'Công tác tuyển sinh được duy trì.',
      'Lớp hàn điện cơ bản quy mô 2 xưởng thực hành với 35 học viên tham gia, 100% đạt yêu cầu.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  it('reads "năm N có" of the report\'s own year as its own figure, not a previous value', async () => {
    // Hand-checked: the 2024 report states 6.412 giấy phép lái xe đổi trực tuyến, and later "năm 2024 có 6.421": one slip.
    const text = report(
      'ỦY BAN NHÂN DÂN TỈNH NAM AN', 'BÁO CÁO Kết quả cải cách hành chính năm 2024',
      'I. KẾT QUẢ', 'Trong năm, Sở tiếp nhận 8.105 hồ sơ, trong đó 6.412 giấy phép lái xe đổi trực tuyến, đạt 79,11%.',
      'II. TỒN TẠI', 'Dù năm 2024 có 6.421 giấy phép lái xe đổi trực tuyến, nhiều người dân vẫn đến nộp trực tiếp.',
    );
    expect((await findingsOf(RULE, text)).map((x) => [x.data.value, x.data.other].sort())).toEqual([['6.412', '6.421']]);
  });

  it('names a count by the quoted title after its noun ("câu lạc bộ “…”"), so two titles are two quantities', async () => {
    // Hand-checked: 18 clubs "Văn nghệ dân gian" recognised in one section, 21 in another: one quantity, two values.
    const text = (other: string) => report(
      'I. KẾT QUẢ', 'Trong năm, xã đã xây dựng và công nhận 18 câu lạc bộ “Văn nghệ dân gian”.',
      'Phong trào được duy trì.', `Đánh giá chung, toàn xã có 21 câu lạc bộ “${other}” được công nhận.`,
    );
    expect((await findingsOf(RULE, text('Văn nghệ dân gian'))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['18', '21']]);
    // Another title: other clubs, nothing to compare.
    expect(await findingsOf(RULE, text('Dưỡng sinh'))).toEqual([]);
  });
});

describe('repeated-value-conflict: a total of other values of its name, and one action on one noun restated', () => {
  it('reads a value that is the sum of two others of its name as their total, not a third statement of one count', async () => {
    // Hand-checked: 142 patrols by the district team + 386 by the commune police = 528 patrols across the district.
    const text = (total: string) => report(
      'I. KẾT QUẢ', 'a) Tổ công tác cấp huyện', 'Tổ công tác liên ngành của huyện đã tuần tra 142 lượt tuyến đường.',
      'b) Công an các xã', 'Lực lượng công an các xã đã tuần tra 386 lượt tuyến đường trong dịp cao điểm.',
      'c) Tổng hợp', `Cả huyện đã tuần tra ${total} lượt tuyến đường.`,
    );
    expect(await findingsOf(RULE, text('528'))).toEqual([]);
    // 142 + 386 + 528 never sum, and 582 is no sum of the two others either: whatever the rule then says, it is not
    // silenced by a sum that does not hold (the district figure 582 is held against one of the other two).
    expect((await findingsOf(RULE, text('582'))).length).toBeGreaterThan(0);
  });

  it('reads one action on a noun of the same two head words, with two neighbouring digits swapped, as one quantity', async () => {
    // Hand-checked: 2.450 kg and 2.540 kg differ by swapping the 4 and the 5; both are goods destroyed in the year.
    const text = report(
      'I. KẾT QUẢ', 'Đội quản lý thị trường đã tiêu hủy 2.450 kg hàng hóa nhập lậu các loại trong năm.',
      'Công tác phối hợp được duy trì.', 'II. ĐÁNH GIÁ', 'Các lực lượng đã tiêu hủy 2.540 kg hàng hóa vi phạm về nguồn gốc.',
    );
    expect((await findingsOf(RULE, text)).map((x) => [x.data.value, x.data.other].sort())).toEqual([['2.450', '2.540']]);
    // Two nouns that share only their first word ("thịt lợn", "thịt gà") are two things, whatever the digits.
    const two = report(
      'I. KẾT QUẢ', 'Đội quản lý thị trường đã tiêu hủy 2.450 kg thịt lợn không rõ nguồn gốc.',
      'Công tác phối hợp được duy trì.', 'II. ĐÁNH GIÁ', 'Các lực lượng đã tiêu hủy 2.540 kg thịt gà nhập lậu.',
    );
    expect(await findingsOf(RULE, two)).toEqual([]);
  });
  it('holds only a pair of one name or a refinement, never two siblings refining a third ("đúng", "sai", "đúng một phần")', async () => {
    // Hand-checked: 7 đơn kiến nghị đúng and 13 đơn kiến nghị sai are two categories of the 31 đơn kiến nghị; "đúng một phần"
    // (partly right) is a third, not a subset of "đúng"; only 07 restates 07. The group of names refining "đơn kiến nghị"
    // once held 11 and 13 against the restated 07.
    const text = report(
      'I. KẾT QUẢ', 'Trong 31 đơn kiến nghị đã xử lý, có 07 đơn kiến nghị đúng, 11 đơn kiến nghị đúng một phần và 13 đơn kiến nghị sai.',
      'Công tác tiếp dân được duy trì.', '- Số đơn kiến nghị đúng: 07 đơn.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  it('reads a member of a breakdown of a whole narrowed by a verb as narrowed by that verb too', async () => {
    // Hand-checked: 95 trẻ mồ côi among the 140 children granted a scholarship, against the 118 orphans of the commune: the
    // scholarship holders are some of them.
    const text = report(
      'I. KẾT QUẢ', 'Toàn xã có 118 trẻ mồ côi đã được lập hồ sơ theo dõi.', 'Công tác bảo vệ trẻ em được duy trì.',
      'Quỹ khuyến học đã trao học bổng cho 140 em, gồm 45 trẻ em nghèo và 95 trẻ mồ côi.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
    // A table splitting a total stated with a verb just before it ("đã chỉnh lý 3 210 bản đồ") counts what that verb reached,
    // not what another sentence's verb did ("tiếp nhận 1 560 bản đồ …").
    const table = report(
      'I. KẾT QUẢ', 'Phòng đã tiếp nhận 1 480 bản đồ địa chính từ các xã để lưu trữ.', 'Công tác lưu trữ được duy trì.',
      'Đã chỉnh lý 3 210 bản đồ, cơ cấu như sau:', 'STT\tLoại bản đồ\tSố bản đồ', '1\tBản đồ địa chính\t1 650', '2\tBản đồ quy hoạch\t1 560',
      '\tCộng\t3 210',
    );
    expect(await findingsOf(RULE, table)).toEqual([]);
  });

  it('reads an amount attached by "với" to its sentence\'s subject as that subject\'s share of a total of the same name', async () => {
    // Hand-checked: 2 new projects with 38,5 tỷ đồng of the 612,4 tỷ đồng total investment: a share, smaller.
    const text = report(
      'I. KẾT QUẢ', 'Trong năm, khu du lịch thu hút thêm 02 dự án mới, với tổng vốn đầu tư 38,5 tỷ đồng.', 'Hạ tầng được hoàn thiện dần.',
      'Tổng vốn đầu tư đạt 612,4 tỷ đồng, trong đó vốn tư nhân 420,1 tỷ đồng.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });
});

describe('repeated-value-conflict: subgroups told apart (session 11)', () => {
  it('reads a second object of a plan verb as a target, not the year\'s result', async () => {
    // Hand-checked: 5.400 con giống were released this year; the sentence opened by "Phấn đấu" sets 6.000 for next year.
    const text = (plan: string) => report(
      'I. KẾT QUẢ', '- Trong năm, toàn xã thả được 5.400 con cá giống các loại.', 'Công tác bảo vệ nguồn lợi được duy trì.',
      `- ${plan}`,
    );
    expect(await findingsOf(RULE, text('Phấn đấu nuôi 12 lồng cá và 6.000 con cá giống các loại.'))).toEqual([]);
    // Without the plan verb the second object restates this year's count: still a conflict.
    expect((await findingsOf(RULE, text('Thả 12 lồng cá và 6.000 con cá giống các loại.'))).map((x) => [x.data.value, x.data.other].sort()))
      .toEqual([['5.400', '6.000']]);
  });

  it('reads a count narrowed by the way it was done ("bằng biện pháp …") as a subgroup', async () => {
    // Hand-checked: 25 quyết định xử phạt in all; 04 of them were warnings (one way of sanctioning): a subgroup, not the total.
    const text = (second: string) => report(
      'I. KẾT QUẢ', '- Ban hành 25 quyết định xử phạt vi phạm hành chính trong lĩnh vực đất đai.', 'Công tác kiểm tra được duy trì.',
      `- Đã ban hành 04 quyết định xử phạt vi phạm hành chính${second}.`,
    );
    expect(await findingsOf(RULE, text(' bằng hình thức cảnh cáo'))).toEqual([]);
    // Named by nothing more, the 04 restates the count of the same decisions: a conflict.
    expect((await findingsOf(RULE, text(''))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['04', '25']]);
  });

  it('never holds a member of a bracketed breakdown against a count equal to its whole', async () => {
    // Hand-checked: 05 chợ (02 chợ hạng II, 03 chợ hạng III); "05 chợ hạng II và hạng III" later is the whole again, not
    // the 02 of one class.
    const text = report(
      'I. KẾT QUẢ', 'Trên địa bàn có 05 chợ (02 chợ hạng II, 03 chợ hạng III) và 01 trung tâm thương mại.', 'Hoạt động thương mại ổn định.',
      '- Kiểm tra an toàn thực phẩm tại 05 chợ hạng II, hạng III trên địa bàn.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  it('holds the sentence introducing a table against the total row of the column it names, digits swapped', async () => {
    // Hand-checked: rows 412,5 + 308,0 + 253,0 = 973,5 tấn; the sentence says 937,5,
    // the "7" and "3" swapped. The column "Sản lượng thu gom" names what the sentence counts.
    const text = (stated: string) => report(
      'I. KẾT QUẢ', `Trong kỳ, toàn huyện đạt tổng sản lượng thu gom ${stated} tấn rác thải sinh hoạt. Kết quả theo từng xã như sau:`,
      'Xã\tSố điểm tập kết\tSản lượng thu gom (tấn)', 'Xã Bình Hòa\t14\t412,5', 'Xã Phú Lộc\t11\t308,0', 'Xã Tân Mỹ\t9\t253,0', 'Tổng cộng\t34\t973,5',
      'Công tác vệ sinh môi trường được duy trì.',
    );
    expect((await findingsOf(RULE, text('937,5'))).map((x) => [x.data.value, x.data.other])).toEqual([['937,5', '973,5']]);
    // The same total, or a value no swap of it (the sentence may count another thing): nothing.
    expect(await findingsOf(RULE, text('973,5'))).toEqual([]);
    expect(await findingsOf(RULE, text('950,0'))).toEqual([]);
  });

  it('leaves a table total its own rows do not add up to, and a part after "trong đó", to the other checks', async () => {
    // Hand-checked: children's column 610 + 585 + 640 + 580 = 2.415, adults 1.900 + 1.800 + 1.905 + 1.850 = 7.455,
    // 7.455 + 2.415 = 9.870. The total row writes the children's total 2.451 (the "1" and "5" swapped).
    const table = (childrenTotal: string) => ['Quý\tBạn đọc người lớn\tBạn đọc thiếu nhi\tCộng', 'Quý I\t1.900\t610\t2.510',
      'Quý II\t1.800\t585\t2.385', 'Quý III\t1.905\t640\t2.545', 'Quý IV\t1.850\t580\t2.430', `Tổng cộng\t7.455\t${childrenTotal}\t9.870`];
    // The sentence counts the children as a whole of its own and agrees with the rows: the total cell is mis-added.
    const whole = report('II. THƯ VIỆN', 'Năm qua thư viện huyện phục vụ 2.415 lượt bạn đọc thiếu nhi. Số liệu theo quý như sau:',
      ...table('2.451'), 'Hoạt động đọc sách được duy trì.');
    expect(await findingsOf(RULE, whole)).toEqual([]);
    // The sentence's 2.451 is a part of the 9.870 readers after "trong đó" (here the rows add up to the total cell).
    const part = report('II. THƯ VIỆN', 'Năm qua thư viện huyện phục vụ 9.870 lượt bạn đọc. Trong đó bạn đọc thiếu nhi đạt 2.451 lượt.',
      'Số liệu theo quý như sau:', ...table('2.415'), 'Hoạt động đọc sách được duy trì.');
    expect(await findingsOf(RULE, part)).toEqual([]);
  });
  it('reads two neighbouring digits swapped between a name and its refinement as one count, never two categories or actions', async () => {
    // Hand-checked: 583 and 538 differ by the swap of 8 and 3; "cây xanh ven đường" refines "cây xanh" by words after it.
    const refined = report('I. MÔI TRƯỜNG', '- Trong quý, đội công trình đô thị đã trồng được 583 cây xanh.', 'Công tác vệ sinh được duy trì.',
      '- Phường trồng tổng cộng 538 cây xanh ven đường, góp phần cải thiện cảnh quan.');
    expect((await findingsOf(RULE, refined)).map((x) => [x.data.value, x.data.other].sort())).toEqual([['538', '583']]);
    // The same bare noun said twice, no action before either: 735 / 753 (swap of 3 and 5).
    const bare = report('I. THỂ THAO', 'Câu lạc bộ dưỡng sinh có 12 nhóm tập với 735 hội viên.', 'Hoạt động được duy trì đều đặn.',
      'Trong năm, 753 hội viên của câu lạc bộ tham gia giải đi bộ đồng hành.');
    expect((await findingsOf(RULE, bare)).map((x) => [x.data.value, x.data.other].sort())).toEqual([['735', '753']]);
    // "cận" shifts the category: 317 poor households and 371 near-poor ones are two groups.
    const shifted = report('I. GIẢM NGHÈO', '- Đầu năm toàn xã có 317 hộ nghèo được rà soát.', 'Công tác giảm nghèo được triển khai.',
      '- Xã có 371 hộ cận nghèo được hỗ trợ thẻ bảo hiểm y tế.');
    expect(await findingsOf(RULE, shifted)).toEqual([]);
    // Two actions sharing no word count two things: received 1.245 records, settled 1.254 of another kind.
    const acted = report('I. HÀNH CHÍNH', '- Bộ phận một cửa tiếp nhận 1.245 hồ sơ.', 'Thái độ phục vụ được nâng lên.',
      '- Trong kỳ đã giải quyết 1.254 hồ sơ đất đai.');
    expect(await findingsOf(RULE, acted)).toEqual([]);
    // A bare noun of three digits is too common a number for a swap to tie: 426 and 462 households.
    const common = report('I. KINH TẾ', '- Toàn thôn có 426 hộ.', 'Đời sống nhân dân ổn định.', '- Đã tuyên truyền cho 462 hộ.');
    expect(await findingsOf(RULE, common)).toEqual([]);
  });

  it('reads "còn" after a cut-off date under a prior opening level as the level at that date, and a count of persons paid as no outflow', async () => {
    // Hand-checked: 536 − 12 + 9 = 533 old people on 31/10; the later "353" is 533 with its first two digits swapped.
    const opening = 'Đầu năm 2025, phường quản lý 536 người cao tuổi hưởng trợ cấp xã hội; trong năm giảm 12 người (từ trần), tăng 9 người (hưởng mới); đến ngày 31/10/2025 còn 533 người.';
    const paid = 'Phường thực hiện chi trả trợ cấp hằng tháng đầy đủ cho 353 người cao tuổi.';
    const dated = report('I. BẢO TRỢ XÃ HỘI', opening, 'Công tác chúc thọ được quan tâm.', paid);
    expect((await findingsOf(RULE, dated)).map((x) => [x.data.value, x.data.other].sort())).toEqual([['353', '533']]);
    // "còn" with no cut-off before it ("sau rà soát còn") is what is left: no level of the opening's quantity.
    const left = report('I. BẢO TRỢ XÃ HỘI', opening.replace('đến ngày 31/10/2025 còn', 'sau rà soát còn'), 'Công tác chúc thọ được quan tâm.', paid);
    expect(await findingsOf(RULE, left)).toEqual([]);
    // An opening level stated with no earlier time ("Năm 2025 … quản lý"): not read as the stock the date's level is of.
    const undated = report('I. BẢO TRỢ XÃ HỘI', opening.replace('Đầu năm 2025, phường', 'Năm 2025, phường'), 'Công tác chúc thọ được quan tâm.', paid);
    expect(await findingsOf(RULE, undated)).toEqual([]);
  });

  it('reads "đạt X% tổng số Y" as the share of the count before it in Y, not Y\'s own rate stated elsewhere', async () => {
    // Hand-checked: 82,5% is the share of children vaccinated (1 230 of all under 5), 100% the share of children under 5 in
    // the policy group with an insurance card: two measures of one group.
    expect(await findingsOf(RULE, report(
      'I. Y TẾ', 'Trạm Y tế tiêm phòng sởi cho 1 230 trẻ, đạt 82,5% tổng số trẻ em dưới 5 tuổi.',
      'Công tác khám chữa bệnh được duy trì.', 'Trong năm, 100% trẻ em dưới 5 tuổi thuộc diện chính sách đều được cấp thẻ bảo hiểm y tế.',
    ))).toEqual([]);
    // The same share stated twice with two values is still a conflict.
    const twice = await findingsOf(RULE, report(
      'I. Y TẾ', 'Tỷ lệ trẻ em dưới 5 tuổi được tiêm phòng sởi đạt 82,5%.',
      'Công tác khám chữa bệnh được duy trì.', 'Tỷ lệ trẻ em dưới 5 tuổi được tiêm phòng sởi đạt 85,2%.',
    ));
    expect(twice).toHaveLength(1);
  });

  it('reads a sentence count against a total row named by its column when another count of the sentence restates that row', async () => {
    // Hand-checked: the rows give 11 + 9 + 9 = 29 cultural houses with 1.240 + 1.130 + 1.050 = 3.420 seats; the text
    // restates 3.420 seats (second column) after the houses (first column) but counts 27 houses.
    const table = (houses: string) => [
      'Bảng 2. Nhà văn hóa theo cụm dân cư', 'Cụm dân cư\tSố nhà văn hóa\tSố chỗ ngồi', 'Cụm Bắc\t11\t1.240', 'Cụm Trung\t9\t1.130',
      'Cụm Nam\t9\t1.050', `Tổng cộng\t${houses}\t3.420`,
    ];
    const text = (sentence: string, houses = '29') => report('I. THIẾT CHẾ VĂN HÓA', sentence, 'Các thiết chế được khai thác hiệu quả.', ...table(houses));
    const found = await findingsOf(RULE, text('Đến cuối kỳ, huyện duy trì 27 nhà văn hóa với 3.420 chỗ ngồi phục vụ sinh hoạt cộng đồng.'));
    expect(found.map((x) => [x.data.value, x.data.other])).toEqual([['27', '29']]);
    // The values agree: nothing.
    expect(await findingsOf(RULE, text('Đến cuối kỳ, huyện duy trì 29 nhà văn hóa với 3.420 chỗ ngồi phục vụ sinh hoạt cộng đồng.'))).toEqual([]);
    // No other count of the sentence restates the row: the column's words alone tell no total.
    expect(await findingsOf(RULE, text('Đến cuối kỳ, huyện duy trì 27 nhà văn hóa phục vụ sinh hoạt cộng đồng.'))).toEqual([]);
    // The restated count stands before the figure while its column follows the figure's: another row order, nothing.
    expect(await findingsOf(RULE, text('Với 3.420 chỗ ngồi, các cụm có 27 nhà văn hóa phục vụ sinh hoạt cộng đồng.'))).toEqual([]);
    // The sentence names what it counts in other words than the column: nothing.
    expect(await findingsOf(RULE, text('Đến cuối kỳ, huyện duy trì 27 điểm sinh hoạt với 3.420 chỗ ngồi phục vụ cộng đồng.'))).toEqual([]);
  });

  it('reads an amount with decimals against its row of a table in triệu đồng by its digits: a swap of two is a slip', async () => {
    // Hand-checked: 4.361,8 and 4.316,8 triệu đồng are the digits 43618 / 43168, two neighbours swapped.
    const text = (cell: string) => report(
      'I. THU NGÂN SÁCH', '- Thu phí vệ sinh môi trường đô thị đạt 4.361,8 triệu đồng, tăng so với cùng kỳ.',
      'Bảng 1. Kết quả thu (Đơn vị: triệu đồng)', 'STT\tNội dung thu\tDự toán\tThực hiện',
      '1\tThu phí vệ sinh môi trường đô thị\t5.000,0\t' + cell, '2\tThu phí chợ nông thôn\t800,0\t512,4',
    );
    const found = await findingsOf(RULE, text('4.316,8'));
    expect(found.map((x) => [x.data.value, x.data.other])).toEqual([['4.361,8 triệu đồng', '4.316,8']]);
    // The same amount: nothing; an amount apart by more than one slip: money rows are held to slips only.
    expect(await findingsOf(RULE, text('4.361,8'))).toEqual([]);
    expect(await findingsOf(RULE, text('3.902,5'))).toEqual([]);
  });
});

describe('repeated-value-conflict: total rows held strictly, header units and scales (session 13)', () => {
  // Hand-checked: the rows give 410 + 388 + 300 = 1.098 petitions received and 402 + 380 + 296 = 1.078 settled.
  const table = ['Bảng 4. Đơn thư theo xã', 'Xã\tSố đơn tiếp nhận\tSố đơn đã giải quyết', 'Xã Đông\t410\t402', 'Xã Tây\t388\t380', 'Xã Nam\t300\t296', 'Tổng cộng\t1.098\t1.078'];
  const text = (sentence: string) => report('I. CÔNG TÁC TIẾP DÂN', sentence, 'Các vụ việc được xử lý đúng quy định.', ...table);

  it('flags a total row cell restated with two digits swapped at the same stage, not at another stage', async () => {
    const found = await findingsOf(RULE, text('Trong kỳ, các xã tiếp nhận 1.098 đơn, số đơn đã giải quyết 1.087 đơn.'));
    expect(found.map((x) => [x.data.value, x.data.other])).toEqual([['1.087', '1.078']]);
    // "phải giải quyết" (the workload) is no count of the settled ones, however close.
    expect(await findingsOf(RULE, text('Trong kỳ, các xã tiếp nhận 1.098 đơn, tổng số đơn phải giải quyết 1.087 đơn.'))).toEqual([]);
  });

  it('holds a total row cell only against a near value: far apart it is another count', async () => {
    // 29 houses in the rows; 17 is neither a slip of 29 nor within a tenth of it (12/29 = 41%).
    const houses = ['Bảng 2. Nhà văn hóa theo cụm dân cư', 'Cụm dân cư\tSố nhà văn hóa\tSố chỗ ngồi', 'Cụm Bắc\t11\t1.240', 'Cụm Trung\t9\t1.130', 'Cụm Nam\t9\t1.050', 'Tổng cộng\t29\t3.420'];
    const doc = (n: string) => report('I. THIẾT CHẾ VĂN HÓA', `Đến cuối kỳ, huyện duy trì ${n} nhà văn hóa với 3.420 chỗ ngồi phục vụ sinh hoạt cộng đồng.`, 'Các thiết chế được khai thác hiệu quả.', ...houses);
    expect(await findingsOf(RULE, doc('17'))).toEqual([]);
    // 28 is within a tenth of 29 (1/29 = 3,4%): a misstated count.
    expect((await findingsOf(RULE, doc('28'))).map((x) => [x.data.value, x.data.other])).toEqual([['28', '29']]);
  });

  it('reads no count of teams against a row of their members when the header names people', async () => {
    const doc = report(
      'I. LỰC LƯỢNG ỨNG CỨU', 'Thành lập 07 đội thanh niên tình nguyện tại 07 thôn để hỗ trợ người dân khi có thiên tai.',
      'Lực lượng được huy động gồm:', 'Lực lượng\tTổng số (người)\tNam\tNữ', 'Đội thanh niên tình nguyện các thôn\t64\t40\t24',
      'Dân quân\t52\t47\t5', 'Tổng cộng\t116\t87\t29',
    );
    expect(await findingsOf(RULE, doc)).toEqual([]);
  });

  it('keeps "trong" of a time and of "trong đó" out of what ties two amounts with swapped digits', async () => {
    // 2,35 and 3,25 tỷ are two digits swapped, but one is debt collected in six months, the other a back tax within a total.
    const doc = report(
      'I. THU NỢ', 'Số nợ chuyển sang là 7,50 tỷ đồng. Trong 6 tháng đã thu được 2,35 tỷ đồng, đạt 31,3% số nợ chuyển sang.',
      'II. THANH TRA', 'Qua thanh tra đã truy thu và xử phạt 4,00 tỷ đồng, trong đó truy thu 3,25 tỷ đồng, phạt 0,75 tỷ đồng.',
    );
    expect(await findingsOf(RULE, doc)).toEqual([]);
  });

  it('reads a cell of a column headed in "(tr.đ)" at that scale against an amount in đồng', async () => {
    // Hand-checked: 1.327.400.000 đồng = 1.327,4 triệu; the cell 1.372,4 swaps its 2 and 7.
    const doc = (cell: string, header = 'Thực hiện (tr.đ)') => report(
      'I. THU PHÍ', 'Thu phí bảo vệ môi trường đối với nước thải đạt 1.327.400.000 đồng, tăng so với cùng kỳ.',
      'Bảng 1. Kết quả thu phí', `STT\tNội dung thu\tDự toán (tr.đ)\t${header}`,
      `1\tThu phí bảo vệ môi trường đối với nước thải\t1.500\t${cell}`, '2\tThu phí chợ nông thôn\t800\t512,4',
    );
    expect((await findingsOf(RULE, doc('1.372,4'))).map((x) => [x.data.value, x.data.other, x.severity])).toEqual([['1.327.400.000 đồng', '1.372,4', 'error']]);
    expect(await findingsOf(RULE, doc('1.327,4'))).toEqual([]);
    // "(triệu đồng)" spelled out reads the same.
    expect((await findingsOf(RULE, doc('1.372,4', 'Thực hiện (triệu đồng)'))).map((x) => x.data.other)).toEqual(['1.372,4']);
  });
});

describe('repeated-value-conflict: restated measures and period-headed rows', () => {
  it('reads an appendix row under the column of the report\'s own period, whose header words are only its date', async () => {
    // Hand-checked: the sentence says 34 violations handled this half-year; the row's cell for 6 tháng năm 2025 says 31.
    const doc = (stated: string) => report(
      'BÁO CÁO Kết quả công tác 6 tháng đầu năm 2025', 'I. KẾT QUẢ',
      `Trong kỳ, đoàn kiểm tra liên ngành đã xử lý ${stated} vụ vi phạm an toàn thực phẩm, phạt tiền các cơ sở vi phạm.`,
      'Công tác tuyên truyền được đẩy mạnh.',
      'II. SO SÁNH VỚI CÙNG KỲ', 'Chỉ tiêu\t6 tháng năm 2024\t6 tháng năm 2025\tTăng, giảm',
      'Vi phạm an toàn thực phẩm đã xử lý (vụ)\t29\t31\t+2', 'Cơ sở được kiểm tra (cơ sở)\t140\t152\t+12',
    );
    expect((await findingsOf(RULE, doc('34'))).map((x) => [x.data.value, x.data.other])).toEqual([['34', '31']]);
    expect(await findingsOf(RULE, doc('31'))).toEqual([]);
  });

  it('reads two measures with decimals whose digits are swapped as one measure restated, when one name holds the other', async () => {
    // Hand-checked: 1.482,6 and 1.428,6 ha swap the digits 8 and 2 of one stated area of aquaculture water surface.
    const doc = (later: string) => report(
      'I. THỦY SẢN', 'Diện tích mặt nước nuôi trồng thủy sản của huyện là 1.482,6 ha, sản lượng tăng so với cùng kỳ.',
      'Công tác phòng dịch được duy trì.', `II. PHƯƠNG HƯỚNG QUẢN LÝ`, `Quản lý tốt ${later}, không để xảy ra dịch bệnh.`,
    );
    expect((await findingsOf(RULE, doc('1.428,6 ha diện tích mặt nước nuôi trồng thủy sản'))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['1.428,6', '1.482,6']]);
    // Another named area with the same digits swapped is another measure.
    expect(await findingsOf(RULE, doc('1.428,6 ha diện tích rừng sản xuất'))).toEqual([]);
    // Three digits as written ("18,4" / "14,8") are too few to tell a slip from two measures.
    const small = report(
      'I. THỦY SẢN', 'Diện tích mặt nước nuôi trồng thủy sản của xã là 18,4 ha.', 'Công tác phòng dịch được duy trì.',
      'II. ĐÁNH GIÁ', 'Quản lý tốt 14,8 ha diện tích mặt nước nuôi trồng thủy sản của xã.',
    );
    expect(await findingsOf(RULE, small)).toEqual([]);
  });
});

describe('repeated-value-conflict: a whole split in its own sentence against a total row', () => {
  it('holds a whole its sentence splits ("gồm: …") against the total row of its column, digits swapped', async () => {
    // Hand-checked: 1.402 + 916 = 2.318 members in the text; the total row says 2.381 (8 and 1 swapped).
    const doc = (total: string) => report(
      'I. CÔNG TÁC HỘI', 'Tổng số hội viên toàn xã là 2.318 hội viên, gồm: hội viên nam 1.402, hội viên nữ 916.',
      'Công tác phát triển hội viên được quan tâm.',
      'II. SỐ LIỆU', 'Bảng 1. Chi hội', 'Chi hội\tSố chi hội\tSố hội viên', 'Chi hội thôn Đông\t6\t1.210', 'Chi hội thôn Tây\t5\t1.108', `Cộng\t11\t${total}`,
    );
    expect((await findingsOf(RULE, doc('2.381'))).map((x) => [x.data.value, x.data.other])).toEqual([['2.318', '2.381']]);
    expect(await findingsOf(RULE, doc('2.318'))).toEqual([]);
  });

  it('reads a bare measure after one thing\'s proper name as that thing\'s ("+ Trạm bơm Xóm 3A, công suất 75 kW")', async () => {
    // Hand-checked: three new pumping stations, each its own capacity (90, 75, 55 kW); no value is stated twice.
    const head = ['ỦY BAN NHÂN DÂN', 'XÃ HÒA BÌNH', 'Số: 12/BC-UBND', 'Hòa Bình, ngày 05 tháng 7 năm 2024', 'BÁO CÁO', 'Kết quả công tác 6 tháng đầu năm 2024', 'I. KẾT QUẢ'];
    const text = [...head,
      'Toàn xã có 05 trạm bơm điện với tổng công suất 410 kW. Trong 6 tháng, đã đưa vào vận hành 03 trạm bơm mới gồm:',
      '+ Trạm bơm Đồng Cao, công suất 90 kW, vận hành ngày 12/3/2024;',
      '+ Trạm bơm Xóm 3A, công suất 75 kW, vận hành ngày 20/4/2024;',
      '+ Trạm bơm Cầu Đen, công suất 55 kW, vận hành ngày 02/6/2024.',
      'Các trạm vận hành ổn định.'].join('\n') + '\n';
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  it('keeps apart the done parts of two different sets ("xây mới 08 phòng học, đã hoàn thành 06" / "sửa chữa 15 …, có 12 … hoàn thành")', async () => {
    // Hand-checked: 06 of the 08 new classrooms and 12 of the 15 repaired ones are finished: two sets, no conflict.
    const head = ['ỦY BAN NHÂN DÂN', 'XÃ HÒA BÌNH', 'Số: 12/BC-UBND', 'Hòa Bình, ngày 05 tháng 7 năm 2024', 'BÁO CÁO', 'Kết quả công tác 6 tháng đầu năm 2024'];
    const body = (newSet: string, repairedSet: string) => [...head,
      '1. Giáo dục', `Năm học qua, ${newSet}đã hoàn thành 06 phòng học, 02 phòng học chuyển tiếp.`,
      '2. Y tế', 'Trạm y tế xã khám cho 1.240 lượt người.',
      '3. Cơ sở vật chất', `${repairedSet}đến ngày 30/6/2024 có 12 phòng học hoàn thành.`].join('\n') + '\n';
    expect(await findingsOf(RULE, body('xây mới 08 phòng học tại trường mầm non, ', 'Sửa chữa 15 phòng học các trường tiểu học và trung học cơ sở; '))).toEqual([]);
  });
});

describe('repeated-value-conflict: a sentence count named word for word by a column header, against its total row', () => {
  // Hand-checked: 1 520 + 1 822 + 1 407 = 4 749, the total row of "Hồ sơ chuyển đến"; the sentence writes 4.794 (two digits
  // swapped). The name read after the figure stops before "đến", so only the header, word for word, tells the column.
  const table = [
    'Bảng 1. Hồ sơ cư trú theo đơn vị',
    'Đơn vị\tHồ sơ chuyển đến\tHồ sơ chuyển đi',
    'Công an xã An Phú\t1 520\t300',
    'Công an xã Bình Lợi\t1 822\t410',
    'Công an thị trấn Hòa Bình\t1 407\t280',
    'Cộng\t4 749\t990',
  ].join('\n');
  const doc = (sentence: string, extra = '') => `BÁO CÁO\nKết quả quản lý cư trú năm 2025\n1. Kết quả\n${sentence}\nViệc cập nhật cơ sở dữ liệu được thực hiện hằng ngày.\n${table}\n${extra}`;
  it('flags the sentence\'s count against the total of the column its noun phrase names', async () => {
    const f = await findingsOf(RULE, doc('Năm 2025, toàn huyện tiếp nhận 4.794 hồ sơ chuyển đến; hồ sơ được giải quyết đúng hạn.'));
    expect(f.map((x) => [x.data.value, x.data.other, x.severity])).toEqual([['4.794', '4 749', 'error']]);
    expect(f[0].evidence.map((e) => e.quote.trim())).toEqual(['4.794', '4 749']);
  });
  it('stays silent when the counts agree, the sentence names a row, a plan or a part, or two tables share the header', async () => {
    expect(await findingsOf(RULE, doc('Năm 2025, toàn huyện tiếp nhận 4.749 hồ sơ chuyển đến; hồ sơ được giải quyết đúng hạn.'))).toEqual([]);
    expect(await findingsOf(RULE, doc('Năm 2025, Công an xã Bình Lợi tiếp nhận 4.794 hồ sơ chuyển đến.'))).toEqual([]);
    expect(await findingsOf(RULE, doc('Năm 2026, huyện phấn đấu tiếp nhận 4.794 hồ sơ chuyển đến.'))).toEqual([]);
    expect(await findingsOf(RULE, doc('Năm 2025, toàn huyện tiếp nhận 6.200 hồ sơ, trong đó 4.794 hồ sơ chuyển đến.'))).toEqual([]);
    // A sentence restating a row's own value (the row named in other words) is that row's, not the total's.
    expect(await findingsOf(RULE, doc('Năm 2025, Công an 2 xã tiếp nhận 1 822 hồ sơ chuyển đến.'))).toEqual([]);
    // Counts of one or two digits: a slip of "07" is any small count, so no header alone ties it to the total (5).
    const small = 'BÁO CÁO\nTình hình dịch bệnh năm 2025\n1. Kết quả\nBệnh viện chuyển tuyến 07 ca bệnh nặng.\nCông tác giám sát được duy trì.\nĐơn vị\tCa bệnh nặng\tCa tử vong\nXã An Phú\t2\t0\nXã Bình Lợi\t3\t1\nCộng\t5\t1\n';
    expect(await findingsOf(RULE, small)).toEqual([]);
    // A second table under the same header (other places, another total): which column the sentence restates is unknown.
    const second = '\nBảng 2. Hồ sơ cư trú tại Bộ phận một cửa\nĐơn vị\tHồ sơ chuyển đến\nBộ phận một cửa huyện\t1 200\nBộ phận một cửa xã\t1 350\nCộng\t2 550\n';
    expect(await findingsOf(RULE, doc('Năm 2025, toàn huyện tiếp nhận 4.794 hồ sơ chuyển đến; hồ sơ được giải quyết đúng hạn.', second))).toEqual([]);
  });
});

describe('repeated-value-conflict: session 16 readings of one quantity', () => {
  it('reads the unit acting ("huyện đã cấp") and a joiner ("và cấp") before one verb as the same action', async () => {
    // Hand-checked: 35 and 37 certificates of one name, both issued ("cấp"); the words before the verb are the district
    // acting and the "và" joining a second action, no other action.
    const doc = (verb: string, later: string) => report(
      'I. KẾT QUẢ', `Trong năm, huyện đã ${verb} 35 giấy chứng nhận an toàn thực phẩm.`,
      'Công tác hậu kiểm được tăng cường.', 'II. ĐÁNH GIÁ',
      `Bộ phận một cửa đã tiếp nhận, thẩm định và trình cấp ${later} giấy chứng nhận an toàn thực phẩm, không có hồ sơ quá hạn.`,
    );
    expect((await findingsOf(RULE, doc('cấp', '37'))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['35', '37']]);
    expect(await findingsOf(RULE, doc('cấp', '35'))).toEqual([]);
    // Another action ("thu hồi", withdrawn) counts other certificates.
    expect(await findingsOf(RULE, doc('thu hồi', '37'))).toEqual([]);
  });

  it('reads a share whose part is its whole ("29/29 …") as the count of that name, held against a count stated elsewhere', async () => {
    // Hand-checked: "29/29" says there are 29 lonely elderly people; the first section says 27 of the same name.
    const doc = (share: string) => report(
      'I. TÌNH HÌNH CHUNG', 'Toàn xã có 27 người cao tuổi cô đơn không nơi nương tựa, phần lớn ở các thôn vùng cao.',
      'Công tác chăm sóc được duy trì.', 'II. KẾT QUẢ',
      `Trạm y tế đã khám sức khỏe định kỳ cho ${share} người cao tuổi cô đơn không nơi nương tựa.`,
    );
    expect((await findingsOf(RULE, doc('29/29'))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['27', '29/29']]);
    expect(await findingsOf(RULE, doc('27/27'))).toEqual([]);
    // A share of a part ("25/29") is a subgroup's, not the count of all of them.
    expect(await findingsOf(RULE, doc('25/29'))).toEqual([]);
  });

  it('reads a side named only by its action as the count the same action reached elsewhere, digits swapped', async () => {
    // Hand-checked: 236 and 263 swap the neighbouring "3" and "6"; both count "hộ" the action "đã hỗ trợ" reached.
    const doc = (later: string) => report(
      'I. KẾT QUẢ', 'Trong năm, Hội Nông dân đã hỗ trợ 236 hộ, tổng kinh phí 1.180 triệu đồng.',
      'Công tác tuyên truyền được duy trì.', 'II. ĐÁNH GIÁ',
      `Hội Nông dân đã hỗ trợ ${later} hộ chuyển đổi cơ cấu cây trồng, góp phần tăng thu nhập.`,
    );
    expect((await findingsOf(RULE, doc('263'))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['236', '263']]);
    expect(await findingsOf(RULE, doc('236'))).toEqual([]);
    // Not a swap of two digits: two counts.
    expect(await findingsOf(RULE, doc('362'))).toEqual([]);
    // Another actor doing the same action counts other households.
    expect(await findingsOf(RULE, report(
      'I. KẾT QUẢ', 'Trong năm, Hội Nông dân đã hỗ trợ 236 hộ, tổng kinh phí 1.180 triệu đồng.', 'Công tác tuyên truyền được duy trì.',
      'II. ĐÁNH GIÁ', 'Đoàn Thanh niên đã hỗ trợ 263 hộ chuyển đổi cơ cấu cây trồng, góp phần tăng thu nhập.',
    ))).toEqual([]);
  });
  it('reads "mới" before "đạt" as "only so far", not as new ones: the same count stated short', async () => {
    // Hand-checked: 212 and 208 households of one name; "mới đạt" says only 208 were reached, no new households.
    const doc = (later: string) => report(
      'I. KẾT QUẢ', 'Số hộ được cấp nước sạch tập trung là 212 hộ, tăng 15 hộ so với năm trước.',
      'Công tác kiểm tra chất lượng nước được duy trì.', 'II. TỒN TẠI',
      `Số hộ được cấp nước sạch tập trung ${later} hộ, thấp hơn kế hoạch đề ra.`,
    );
    expect((await findingsOf(RULE, doc('mới đạt 208'))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['208', '212']]);
    expect(await findingsOf(RULE, doc('mới đạt 212'))).toEqual([]);
    // "mới" naming new households ("208 hộ mới") is another count.
    expect(await findingsOf(RULE, doc('tăng thêm 208 hộ mới, nâng tổng số lên 420'))).toEqual([]);
  });
  it('reads the figures of a body run in after a heading\'s short title and colon, the title still a heading', async () => {
    // Hand-checked: 2.615 and 2.651 households using clean water are one count, each told in the body of a run-in heading.
    const doc = (second: string) => report(
      'I. KẾT QUẢ THỰC HIỆN',
      'a) Tình hình cấp nước sinh hoạt: Toàn xã có 2.615 hộ gia đình sử dụng nước sạch từ công trình cấp nước tập trung, tăng 120 hộ so với năm trước.',
      'Công tác kiểm tra chất lượng nước được duy trì hằng quý.',
      'II. ĐÁNH GIÁ CHUNG',
      `1) Những mặt làm được: Số hộ gia đình sử dụng nước sạch từ công trình cấp nước tập trung ${second} hộ, đạt kế hoạch huyện giao.`,
    );
    expect((await findingsOf(RULE, doc('2.651'))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['2.615', '2.651']]);
    expect(await findingsOf(RULE, doc('2.615'))).toEqual([]);
    const sections = (await analyseBytes('t.txt', Buffer.from(doc('2.651'), 'utf8'), { only: [RULE] })).analysis!.sections;
    expect(sections.map((x) => x.key)).toEqual(['I', 'a', 'II', '1']);
    // A title of more than eight words before the colon is no run-in title: its figures stay unread.
    const long = report(
      'I. KẾT QUẢ THỰC HIỆN',
      'a) Tình hình cấp nước sinh hoạt tập trung ở các thôn vùng cao của xã: Toàn xã có 2.615 hộ gia đình sử dụng nước sạch từ công trình cấp nước tập trung.',
      'Công tác kiểm tra chất lượng nước được duy trì hằng quý.',
      'II. ĐÁNH GIÁ CHUNG',
      '1) Những mặt làm được: Số hộ gia đình sử dụng nước sạch từ công trình cấp nước tập trung 2.651 hộ, đạt kế hoạch huyện giao.',
    );
    expect(await findingsOf(RULE, long)).toEqual([]);
  });

  it('reads sibling headings that open with the same frame of four words ("Tuyển sinh vào lớp 6" / "… lớp 10") as two items', async () => {
    // Hand-checked: 412 pupils admitted to grade 6 and 385 to grade 10 are two quantities, each under its own heading.
    const text = (second: string) => report(
      'I. CÔNG TÁC GIÁO DỤC', '1. Tuyển sinh vào lớp 6', 'Số học sinh trúng tuyển 412 em, các trường tổ chức đón học sinh đúng kế hoạch.',
      `2. ${second}`, 'Số học sinh trúng tuyển 385 em, các trường tổ chức đón học sinh đúng kế hoạch.',
    );
    expect(await findingsOf(RULE, text('Tuyển sinh vào lớp 10'))).toEqual([]);
    // Hand-checked: siblings with no common frame ("Kết quả tuyển sinh") leave the two counts one quantity stated twice.
    expect((await findingsOf(RULE, text('Kết quả tuyển sinh'))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['385', '412']]);
    // Hand-checked: the same heading written twice is one item twice: the two counts are one quantity stated twice.
    expect((await findingsOf(RULE, text('Tuyển sinh vào lớp 6'))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['385', '412']]);
  });

  it('reads a rate that names what it is of after "đạt" ("đạt tỷ lệ 100% học sinh lên lớp") as a bar some of them reached', async () => {
    // Hand-checked: 03 of the 07 schools had every pupil promoted; the two counts are of different sets.
    const text = (tail: string) => report(
      'I. KẾT QUẢ', '- Toàn xã có 07 trường học các cấp, cơ sở vật chất được đầu tư.', 'Công tác thi đua được duy trì.',
      `- Có 03 trường học các cấp đạt tỷ lệ 100% ${tail}.`,
    );
    expect(await findingsOf(RULE, text('học sinh lên lớp'))).toEqual([]);
    // Hand-checked: "100% kế hoạch" is the count's own fulfilment, no bar: 03 and 07 schools of one name still conflict.
    expect((await findingsOf(RULE, text('kế hoạch'))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['03', '07']]);
  });

  it('reads no count in a numbered item ("Điểm trường số 2 nằm …") against a count of its noun', async () => {
    // Hand-checked: the school site is named by its number; 2 is no count of the 6 sites.
    const text = report(
      'I. KẾT QUẢ', '- Toàn xã có 6 điểm trường mầm non.', 'Công tác thi đua được duy trì.',
      '- Điểm trường mầm non số 2 nằm ở vùng cao, cách trung tâm 15 km.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });
});

describe('repeated-value-conflict: a table row against its sentence', () => {
  it('reads a count column by its own header, not by the currency of an amount column beside it', async () => {
    // Hand-checked: the sentence counts 14 máy phát điện, the row "Máy phát điện" of the count column says 17: one stock stated twice.
    // The currency "(triệu đồng)" of the value column says what those cells are worth, not what "Số lượng" counts.
    const text = (count: string) => report(
      'I. KẾT QUẢ', `- Toàn xã hiện có ${count} máy phát điện, gồm 06 máy tại trụ sở và 08 máy tại các trạm bơm.`,
      'Công tác đăng kiểm được duy trì.', 'Bảng tổng hợp tài sản:', 'Loại tài sản\tSố lượng\tNguyên giá (triệu đồng)',
      'Máy phát điện\t17\t985', 'Máy vi tính\t25\t340', 'II. NHIỆM VỤ', 'Tiếp tục quản lý chặt phương tiện.',
    );
    expect((await findingsOf(RULE, text('14'))).map((x) => [x.data.value, x.data.other].sort())).toEqual([['14', '17']]);
    expect(await findingsOf(RULE, text('17'))).toEqual([]);
  });

  it('holds a count of one thing apart from a row of a column that counts persons or money', async () => {
    // Hand-checked: "03 lớp tập huấn" against the row "Lớp tập huấn | 96 | 14 400 000": 96 persons attended, 14,4 triệu
    // đồng were spent; neither is the number of classes.
    const text = report(
      'I. KẾT QUẢ', 'Hội Nông dân đã mở 03 lớp tập huấn kỹ thuật trồng lúa với 96 lượt người tham dự, tổ chức tại nhà văn hóa thôn Đông Hòa.',
      'Công tác vận động được duy trì.', 'Biểu 02. Kinh phí hỗ trợ', 'Nội dung\tSố lượt người\tKinh phí (đồng)',
      'Lớp tập huấn kỹ thuật trồng lúa\t96\t14 400 000', 'Tham quan mô hình\t12\t6 000 000',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });
});

describe('repeated-value-conflict: a place\'s sentence against its row', () => {
  it('reads the place a sentence opens with as the place of its count, held against that place\'s row slipped by two digits', async () => {
    // Hand-checked: the row of xã Hòa Bình counts 3.182 hộ, the sentence about xã Hòa Bình 3.128 hộ (8 and 2 swapped).
    // The place is not in the count's name ("hộ tham gia bảo hiểm"), only at the head of its sentence.
    const text = (sentence: string) => report(
      'I. KẾT QUẢ', 'Kết quả theo từng xã như sau:', 'STT\tĐơn vị\tSố hộ tham gia\tSố thẻ cấp mới',
      '1\tXã Hòa Bình\t3.182\t245', '2\tXã Tân Lập\t2.764\t198', '3\tXã Phú Mỹ\t1.935\t176',
      'Công tác tuyên truyền được đẩy mạnh.', sentence,
    );
    const slipped = await findingsOf(RULE, text('Riêng xã Hòa Bình là địa bàn đông dân nhất huyện với tổng số 3.128 hộ tham gia bảo hiểm.'));
    expect(slipped.map((x) => [x.data.value, x.data.other].sort())).toEqual([['3.128', '3.182']]);
    expect(await findingsOf(RULE, text('Riêng xã Hòa Bình là địa bàn đông dân nhất huyện với tổng số 3.182 hộ tham gia bảo hiểm.'))).toEqual([]);
    // Another place's sentence is no restatement of Hòa Bình's row.
    expect(await findingsOf(RULE, text('Riêng xã Phú Lộc là địa bàn đông dân nhất huyện với tổng số 3.128 hộ tham gia bảo hiểm.'))).toEqual([]);
  });
});
