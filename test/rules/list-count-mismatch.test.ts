import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const findings = (text: string) => findingsOf('list-count-mismatch', text);

describe('list-count-mismatch', () => {
  it('counts bodies with long full names ("Trung tâm … - …"), a dash no word', async () => {
    // Hand-checked: three bodies are named, the count says 05.
    const text = 'Huyện có 05 đơn vị sự nghiệp y tế: Trung tâm Y tế huyện, Trung tâm Kiểm soát bệnh tật - Chăm sóc sức khỏe sinh sản huyện, Bệnh viện Đa khoa khu vực phía Nam.\n';
    expect((await findings(text)).map((f) => f.messageId)).toEqual(['listCountMismatch']);
    expect(await findings(text.replace('05 đơn vị', '03 đơn vị'))).toEqual([]);
  });

  it('reads an item named by a numbered place ("… tổ dân phố 7") as a name, like a capital', async () => {
    // Hand-checked: four works are named (a road, a drain, a school, a hall of "tổ dân phố 7"), the count says 03.
    const text = 'Hoàn thành 03 công trình phúc lợi: cứng hóa đường Lê Lợi, mương thoát nước Đồng Mới, trường Tiểu học Kim Đồng và nhà văn hóa tổ dân phố 7.\n';
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 3, listed: 4 });
    expect(await findings(text.replace('03 công trình', '04 công trình'))).toEqual([]);
    // A count with a number of its own in a part ("3 hộ ở thôn 2") is no name.
    expect(await findings('Hỗ trợ 05 hộ: 3 hộ ở thôn 2 và 2 hộ ở thôn 4.\n')).toEqual([]);
  });

  it('reads an item holding a site\'s numbered name ("khu dân cư Tân Phước 2") as a name when no other item has a number', async () => {
    // Hand-checked: three sites are named (a residential area numbered 2, a riverbank, a market), the count says 04.
    const text = 'Việc lấn chiếm vỉa hè diễn ra tại 04 địa điểm: khu dân cư Tân Phước 2, ven sông Hàn, chợ Bình An.\n';
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 4, listed: 3 });
    expect(await findings(text.replace('04 địa điểm', '03 địa điểm'))).toEqual([]);
    // Numbers after two names are figures by place, no names: nothing is counted against the 04.
    expect(await findings('Việc lấn chiếm diễn ra tại 04 địa điểm: khu dân cư Tân Phước 2, khu dân cư Tân An 5.\n')).toEqual([]);
  });

  it('flags a count followed by more names than it says', async () => {
    const [f] = await findings('Có 03 thôn chưa có nhà văn hóa: Đông Hải, Bắc Sơn, Tây Hòa và Nam Tiến.\n');
    expect(f.messageId).toBe('listCountMismatch');
    expect(f.data).toMatchObject({ count: 3, listed: 4 });
    expect(f.evidence[0].quote).toBe('03');
  });

  it('reads a threshold in the description of the counted things ("trên 80%") as part of it', async () => {
    const [f, ...rest] = await findings('Có 04 trường đạt tỷ lệ chuyên cần dưới 90%: Hòa Phú, Tân An và Lộc Thủy.\n');
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 4, listed: 3 });
    expect(await findings('Có 03 trường đạt tỷ lệ chuyên cần từ 98,5% trở lên: Hòa Phú, Tân An và Lộc Thủy.\n')).toEqual([]);
  });

  it('reads a threshold closing a long description (nine words and more) before its colon', async () => {
    // Hand-checked: "05 thôn" counted, three names after the colon.
    const [f, ...rest] = await findings('Còn 05 thôn có tỷ lệ cài đặt ứng dụng định danh điện tử dưới 70%: Đông Hải, Bắc Sơn và Tây Hòa.\n');
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 5, listed: 3 });
    expect(await findings('Còn 03 thôn có tỷ lệ cài đặt ứng dụng định danh điện tử dưới 70%: Đông Hải, Bắc Sơn và Tây Hòa.\n')).toEqual([]);
  });

  it('reads an amount of money in the description of the counted things ("vốn trên 50 tỷ đồng") as a threshold', async () => {
    // Hand-checked: five counted, four names.
    const [f, ...rest] = await findings('Năm 2025 có 05 doanh nghiệp nộp ngân sách trên 1,5 tỷ đồng: Công ty Hòa Bình, Công ty Sao Mai, Công ty Phúc Lộc và Công ty Hưng Thịnh.\n');
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 5, listed: 4 });
    expect(await findings('Năm 2025 có 04 doanh nghiệp nộp ngân sách trên 1,5 tỷ đồng: Công ty Hòa Bình, Công ty Sao Mai, Công ty Phúc Lộc và Công ty Hưng Thịnh.\n')).toEqual([]);
    // Another count between the count and its colon still leaves the list unread.
    expect(await findings('Có 05 doanh nghiệp với 120 lao động: Công ty Hòa Bình và Công ty Sao Mai.\n')).toEqual([]);
  });

  it('reads a title in quotes and a span of years in the description of the counted things', async () => {
    const [f, ...rest] = await findings('Có 05 tổ dân phố giữ danh hiệu "Khu dân cư kiểu mẫu" 2 năm liền (2022-2023): Tân Hòa, Phú Lộc và Bình An.\n');
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 5, listed: 3 });
    expect(await findings('Có 03 tổ dân phố giữ danh hiệu "Khu dân cư kiểu mẫu" 2 năm liền (2022-2023): Tân Hòa, Phú Lộc và Bình An.\n')).toEqual([]);
  });

  it('reads a count alone in its brackets before "gồm:" and a semicolon list whose names hold commas and "và"', async () => {
    // Hand-checked: five names, separated by ";" only; "Y tế, dân số và gia đình" is one name.
    const text = 'Các lĩnh vực đã hoàn thành (06 lĩnh vực) gồm: Giáo dục; Y tế, dân số và gia đình; Văn hóa và Thể thao; Môi trường; Quốc phòng và An ninh.\n';
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 6, listed: 5 });
    expect(await findings(text.replace('06 lĩnh vực', '05 lĩnh vực'))).toEqual([]);
    // No "và" inside an earlier name: the last "và" separates two names ("Giáo dục; Y tế; Văn hóa và Thể thao" is four).
    expect(await findings('Các lĩnh vực đã hoàn thành (04 lĩnh vực) gồm: Giáo dục; Y tế; Văn hóa và Thể thao.\n')).toEqual([]);
  });

  it('flags a "gồm:" list shorter than its count', async () => {
    const [f] = await findings('Đã kiện toàn 04 tổ công nghệ số cộng đồng gồm: tổ Đồng Tâm, tổ Tân Lập, tổ Hòa Bình.\n');
    expect(f.data).toMatchObject({ count: 4, listed: 3 });
  });

  it('flags a footnote list that disagrees with the count it hangs on', async () => {
    const [f] = await findings('- Còn 03 xã chưa hoàn thành chỉ tiêu số hóa².\n² Gồm: xã An Bình, xã Tân Phú.\n');
    expect(f.data).toMatchObject({ count: 3, listed: 2 });
    expect(f.evidence.some((e) => e.text.startsWith('² Gồm'))).toBe(true);
  });

  it('flags named households that miss the count', async () => {
    const [f] = await findings('Chọn 5 hộ làm điểm: hộ ông Nguyễn Văn An, hộ bà Trần Thị Bình, hộ ông Lê Văn Cường.\n');
    expect(f.data).toMatchObject({ count: 5, listed: 3 });
  });

  it('does not flag lists that agree, with "và" before the last name or in a footnote', async () => {
    expect(await findings('trên địa bàn 05 xã: Chí Hòa, Thái Hưng, Liên Hiệp, Phúc Khánh và Bắc Sơn\n')).toEqual([]);
    expect(await findings('còn 04 đơn vị chưa đạt mục tiêu³.\n³ Gồm: Phòng Giáo dục - Đào tạo, xã Cộng Hòa, xã Bắc Sơn, xã Duyên Hải.\n')).toEqual([]);
  });

  it('reads names in lower case when each repeats the counted noun ("đội …, đội …")', async () => {
    // Hand-checked: three teams are named, the count says 04; with 03 the list agrees.
    const text = 'Xã thành lập 04 đội để ứng phó: đội cứu hộ, đội sơ cấp cứu và đội hậu cần.\n';
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 4, listed: 3 });
    expect(await findings(text.replace('04 đội', '03 đội'))).toEqual([]);
    // One item not opening with the noun makes it a description, not a list of names.
    expect(await findings('Xã thành lập 04 đội để ứng phó: đội cứu hộ, sơ cấp cứu và hậu cần.\n')).toEqual([]);
  });

  it('does not split a name that holds "và" when the count says it is one', async () => {
    expect(await findings('Phối hợp với 02 đơn vị: Phòng Văn hóa và Thông tin, Trung tâm Y tế huyện.\n')).toEqual([]);
  });

  it('does not count examples or descriptive phrases', async () => {
    expect(await findings('Còn 04 xã chậm tiến độ như: Đông Đô, Thống Nhất.\n')).toEqual([]);
    expect(await findings('Còn 06 thôn chưa lắp camera: Đông, Tây, …\n')).toEqual([]);
    expect(await findings('Triển khai 02 nhiệm vụ: rà soát, cập nhật dữ liệu và hướng dẫn người dân.\n')).toEqual([]);
  });

  it('does not count names that belong to another noun than the count', async () => {
    const text = '⁴ Trong năm, đã đề nghị cấp 06 chữ ký số cá nhân cho các chức danh: Phó Chủ tịch HĐND huyện, Phó trưởng phòng Tư pháp và Chủ tịch UBND xã: Hồng Lĩnh, Minh Hoà, Hồng An, Đoàn Hùng.\n';
    expect(await findings(text)).toEqual([]);
  });

  it('reads a list after a long description of the counted things when a colon closes it', async () => {
    const [f, ...rest] = await findings('Thị trấn có 03 hợp tác xã đã đưa sản phẩm lên sàn giao dịch điện tử Postmart: HTX Tân Tiến, HTX Đồng Tâm, HTX Hòa Bình, HTX Phú Lợi.\n');
    expect(rest).toEqual([]);
    expect(f.messageId).toBe('listCountMismatch');
  });

  it('reads the names after a topic ("về thành tích …"), which bears none, as the counted things', async () => {
    // Hand-checked: four schools named, the count says 03; "cho các lớp" would give the names to the classes instead.
    const [f] = await findings('Có 03 trường được tặng Giấy khen về thành tích tổ chức hội khỏe Phù Đổng: Kim Đồng, Lê Lợi, Hòa Bình và Quang Trung.\n');
    expect(f.data).toMatchObject({ count: 3, listed: 4 });
    expect(await findings('Có 03 giáo viên được phân công dạy tăng cường cho các lớp học buổi chiều: Lớp Mầm, Lớp Chồi, Lớp Lá và Lớp Ghép.\n')).toEqual([]);
  });

  it('ends a list at its last name after "và" when the sentence goes on in lower case', async () => {
    // Hand-checked: three villages named before ", còn …", the count says 05; "05" with "… và Bắc Sơn, Nam Tiến" is no such end.
    const [f] = await findings('Kiểm tra công tác vệ sinh môi trường tại 05 thôn: Đông Hải, Tây Sơn và Bắc Sơn, còn nhiều hộ chưa phân loại rác.\n');
    expect(f.data).toMatchObject({ count: 5, listed: 3 });
    expect(await findings('Kiểm tra công tác vệ sinh môi trường tại 03 thôn: Đông Hải, Tây Sơn và Bắc Sơn, còn nhiều hộ chưa phân loại rác.\n')).toEqual([]);
  });

  it('does not read a long description that names the places of something else', async () => {
    expect(await findings('Có 05 tổ công nghệ số đã phối hợp hướng dẫn người dân tại các điểm công cộng trên địa bàn: Nhà văn hóa Đông, Chợ Tây.\n')).toEqual([]);
  });

  it('reads names that repeat the counted noun however the clause describes them', async () => {
    const [a] = await findings('Có 04 xã có tỷ lệ hộ dùng thanh toán không dùng tiền mặt trên 80%, gồm: xã Hòa Bình, xã Tân Phú và xã Đông Sơn.\n');
    expect(a.data).toMatchObject({ count: 4, listed: 3 });
    const [b] = await findings('- 03 doanh nghiệp đã bán hàng trên sàn Shopee: DN Hoàng Long, DN Minh Phát.\n');
    expect(b.data).toMatchObject({ count: 3, listed: 2 });
  });

  it('does not read names of another noun, or a nearer count of the same noun, as the counted things', async () => {
    expect(await findings('Có 02 xã có tỷ lệ hồ sơ trực tuyến đạt 100%, gồm: xã Hòa Bình và xã Tân Phú.\n')).toEqual([]);
    expect(await findings('Có 05 thôn đã lắp camera tại các điểm trên địa bàn: Nhà văn hóa Đông, Chợ Tây.\n')).toEqual([]);
    expect(await findings('Có 04 thôn có 2 thôn đạt chuẩn trên địa bàn: thôn Đông, thôn Tây.\n')).toEqual([]);
  });

  it('counts no names in examples ("chủ yếu …") nor in a breakdown of counts ("chuyển công tác 03")', async () => {
    expect(await findings('Toàn trường còn thiếu 12 giáo viên (chủ yếu môn Âm nhạc, Mỹ thuật, Tiếng Anh).\n')).toEqual([]);
    expect(await findings('Trong năm giảm 04 người (chuyển công tác 03, nghỉ việc 01), tăng 02 người.\n')).toEqual([]);
    const f = await findings('Còn 03 thôn chưa đạt chuẩn nông thôn mới: thôn 2, thôn 5.\n');
    expect(f.map((x) => x.data)).toEqual([expect.objectContaining({ count: 3, listed: 2 })]);
  });

  it('counts "Thôn số 2, số 5 và số 8" as three names of the counted noun', async () => {
    const f = await findings('Còn 04 thôn có tỷ lệ hộ dùng nước sạch dưới 80%: Thôn số 2, số 5 và số 8.\n');
    expect(f.map((x) => x.data)).toEqual([expect.objectContaining({ count: 4, listed: 3 })]);
    expect(await findings('Còn 03 thôn có tỷ lệ hộ dùng nước sạch dưới 80%: Thôn số 2, số 5 và số 8.\n')).toEqual([]);
  });

  it('reads long names when a bracket of its own closes each of them, a "và" after one too', async () => {
    // Hand-checked: three works are named (each with its rate in brackets), the count says 05; with 03 it holds.
    const text = 'Còn 05 công trình chậm tiến độ: Cầu qua suối Nậm Pồ nối bản Huổi Lụ với trung tâm xã (48,2%), Trường Tiểu học Nà Hỳ số 2 (55,0%) và Đường giao thông nội đồng cánh đồng Mường Tùng (61,7%).\n';
    const f = await findings(text);
    expect(f.map((x) => x.data)).toEqual([expect.objectContaining({ count: 5, listed: 3 })]);
    expect(await findings(text.replace('05 công trình', '03 công trình'))).toEqual([]);
    // Without a bracket after every name the long pieces are no names, and nothing is read.
    expect(await findings('Còn 05 công trình chậm tiến độ: Cầu qua suối Nậm Pồ nối bản Huổi Lụ với trung tâm xã (48,2%), Trường Tiểu học Nà Hỳ và Đường giao thông nội đồng cánh đồng Mường Tùng.\n')).toEqual([]);
  });

  it('reads sibling names told apart by a one-digit number ("… Tân Phú 1, … Tân Phú 2") as names, not figures of a place', async () => {
    // Hand-checked: three cooperatives are named, the count says 04; with 03 it holds.
    const text = 'Xếp loại khá 04 HTX: HTX Nông nghiệp Tân Phú 1, HTX Nông nghiệp Tân Phú 2 và HTX Thủy sản Bình Minh; loại yếu 01 HTX.\n';
    expect((await findings(text)).map((x) => x.data)).toEqual([expect.objectContaining({ count: 4, listed: 3 })]);
    expect(await findings(text.replace('khá 04 HTX', 'khá 03 HTX'))).toEqual([]);
    // Places each with a figure of its own are no list of names: "12 hộ" is the sum 5 + 4 + 3, never three names.
    expect(await findings('Phát sinh 12 hộ nghèo mới: Tân Phú 5, Bình Minh 4 và Tân Lập 3.\n')).toEqual([]);
  });

  it('counts items told apart by their own markers, "(1) …; (2) …" or "a) …, b) …", whatever their case', async () => {
    // Hand-checked: the count says 03 tasks; the markers (1), (2) name two, each a lower-case phrase with commas of its own.
    const text = 'Năm 2025, Hội Nông dân xã tập trung 03 nhiệm vụ: (1) vận động hội viên chuyển đổi cây trồng, vật nuôi; (2) hỗ trợ vốn vay cho hộ khó khăn.\n';
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 3, listed: 2 });
    expect(await findings(text.replace('03 nhiệm vụ', '02 nhiệm vụ'))).toEqual([]);
    // Lettered, four items for "04": no mismatch; three for "04": one.
    const lettered = 'Trường triển khai 04 giải pháp: a) bồi dưỡng giáo viên, b) đổi mới kiểm tra, c) tăng cường thư viện và d) xã hội hóa nguồn lực.\n';
    expect(await findings(lettered)).toEqual([]);
    expect((await findings(lettered.replace(' và d) xã hội hóa nguồn lực', ''))).map((x) => x.data)).toMatchObject([{ count: 4, listed: 3 }]);
    // Markers out of order are no count to judge.
    expect(await findings('Đề ra 03 nhóm giải pháp: (1) tuyên truyền; (3) kiểm tra, xử lý.\n')).toEqual([]);
  });

  it('reads names separated by semicolons when a bracket follows a name', async () => {
    // Hand-checked: three festivals named, each with its month in brackets; the count says 04.
    const text = 'Xã tổ chức 04 hoạt động văn hóa: Hội xuân Làng Mai (tháng 2); Giải bơi chải Sông Lam (tháng 5); Đêm thơ Nguyễn Du (tháng 9). Các hoạt động thu hút đông đảo người dân.\n';
    expect((await findings(text)).map((x) => x.data)).toMatchObject([{ count: 4, listed: 3 }]);
    expect(await findings(text.replace('04 hoạt động', '03 hoạt động'))).toEqual([]);
  });

  it('reads a person\'s initial ("Trần Văn H.") as part of the name, not the end of the sentence', async () => {
    // Hand-checked: three people, each with a village in brackets; the count says 04.
    const text = 'Đã trao 04 suất học bổng, gồm: Trần Văn H. (thôn Đồng Tâm), Nguyễn Thị L. (thôn Hạ), Phạm Văn Q. (thôn Trung). Kinh phí do Hội Khuyến học chi trả.\n';
    expect((await findings(text)).map((x) => x.data)).toMatchObject([{ count: 4, listed: 3 }]);
    expect(await findings(text.replace('04 suất', '03 suất'))).toEqual([]);
  });

  it('skips the count spelled in brackets after its digits ("05 (năm) hợp tác xã: …")', async () => {
    // Hand-checked: three cooperatives named, the count says 05 (năm).
    const [f, ...rest] = await findings('Toàn xã có 05 (năm) hợp tác xã nông nghiệp: Tân Tiến, Đồng Tâm, Hòa Bình.\n');
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 5, listed: 3 });
    expect(await findings('Toàn xã có 03 (ba) hợp tác xã nông nghiệp: Tân Tiến, Đồng Tâm, Hòa Bình.\n')).toEqual([]);
  });

  it('counts documents named by kind and number, however long their subjects ("Chỉ thị số …; Thông báo số …")', async () => {
    // Hand-checked: three documents are named (a directive, a notice, a decision), the count says 04.
    const text = 'UBND phường đã ban hành 04 văn bản, gồm: Chỉ thị số 02/CT-UBND ngày 10/02/2024 về phòng, chống cháy nổ; Thông báo số 31/TB-UBND về lịch tiếp công dân; Quyết định số 77/QĐ-UBND về kiện toàn tổ công tác.\n';
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 4, listed: 3 });
    expect(await findings(text.replace('04 văn bản', '03 văn bản'))).toEqual([]);
    // A comma list of documents alone, the last joined by "và".
    expect((await findings('Đã trình 03 tờ trình: Tờ trình số 5/TTr-UBND, Tờ trình số 9/TTr-UBND.\n')).map((x) => x.data)).toMatchObject([{ count: 3, listed: 2 }]);
    expect(await findings('Đã trình 03 tờ trình: Tờ trình số 5/TTr-UBND, Tờ trình số 9/TTr-UBND và Tờ trình số 11/TTr-UBND.\n')).toEqual([]);
  });

  it('reads the places events were held at ("02 hội nghị … tại các xã: A, B, C") as at most one place an event', async () => {
    // Hand-checked: two conferences cannot be held in three communes; four in two communes can (two in each). Session 37:
    // three in two communes is one commune left out of the list far likelier than two conferences in one unsaid (reported).
    // Reported as a warning only: a commune may also have held two of them.
    expect((await findings('Hội Nông dân tổ chức 03 hội nghị chuyển giao kỹ thuật tại các xã: Yên Lạc và Phú Xuân.\n')).map((g) => [g.severity, g.messageId, g.data])).toMatchObject([['warning', 'venueLeftOut', { count: 3, listed: 2 }]]);
    const [f, ...rest] = await findings('Hội Nông dân tổ chức 02 hội nghị chuyển giao kỹ thuật tại các xã: Yên Lạc, Phú Xuân và Đông Kết.\n');
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 2, listed: 3 });
    expect(await findings('Hội Nông dân tổ chức 04 hội nghị chuyển giao kỹ thuật tại các xã: Yên Lạc và Phú Xuân.\n')).toEqual([]);
    expect(await findings('Hội Nông dân tổ chức 03 hội nghị chuyển giao kỹ thuật tại các xã: Yên Lạc, Phú Xuân và Đông Kết.\n')).toEqual([]);
    // Things that are no events may sit anywhere: the names after "tại các xã" are not theirs to count.
    expect(await findings('Đã lắp 02 trạm quan trắc tại các xã: Yên Lạc, Phú Xuân và Đông Kết.\n')).toEqual([]);
  });
  it('reads the kinds an intro names after a classifier ("05 cuộc hội thi, hội diễn: hội thi …; hội diễn …") as the items\' heads', async () => {
    // Hand-checked: three events are listed (two contests, one festival), the count says 05; a "và" inside the last item joins words.
    const text = 'Tổ chức 05 (năm) cuộc hội thi, hội diễn: hội thi tiếng hát karaoke; hội diễn nghệ thuật quần chúng; hội thi cắm hoa và trang trí mâm ngũ quả.\n';
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 5, listed: 3 });
    expect(await findings(text.replace('05 (năm)', '03 (ba)'))).toEqual([]);
    // Items that open with none of the kinds (no capital either) are no list of them.
    expect(await findings('Tổ chức 05 cuộc hội thi, hội diễn: thu hút đông đảo người dân; góp phần xây dựng đời sống văn hóa.\n')).toEqual([]);
  });

  it('counts items described in lower case when semicolons tell them apart ("03 chuyên đề: an toàn …; phòng, chống …; …")', async () => {
    // Hand-checked: three topics (the second with a comma of its own), the count says 04.
    const text = 'Trung tâm mở 04 chuyên đề bồi dưỡng: an toàn vệ sinh thực phẩm; phòng, chống dịch bệnh ở vật nuôi; sơ cứu ban đầu khi bị thương.\n';
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 4, listed: 3 });
    expect(await findings(text.replace('04 chuyên đề', '03 chuyên đề'))).toEqual([]);
    // A "và" inside the last item may join two items or two words of one: the reading that agrees with the count is taken.
    const joined = 'Trung tâm mở 04 chuyên đề bồi dưỡng: an toàn vệ sinh thực phẩm; phòng, chống dịch bệnh ở vật nuôi; sơ cứu và chăm sóc người bị thương.\n';
    expect(await findings(joined)).toEqual([]);
    expect(await findings(joined.replace('04 chuyên đề', '03 chuyên đề'))).toEqual([]);
    expect((await findings(joined.replace('04 chuyên đề', '06 chuyên đề'))).map((x) => x.data)).toMatchObject([{ count: 6, listed: 3 }]);
    // A clause going on after a semicolon ("; đồng thời …"), or a number in an item, is no list of items.
    expect(await findings('Trung tâm mở 04 chuyên đề bồi dưỡng: an toàn vệ sinh thực phẩm; phòng, chống dịch bệnh; đồng thời cấp phát tài liệu.\n')).toEqual([]);
    expect(await findings('Trung tâm mở 04 chuyên đề bồi dưỡng: an toàn thực phẩm; chăn nuôi cho 30 hộ; sơ cứu ban đầu.\n')).toEqual([]);
    // Two items only are not enough to tell a list from clauses.
    expect(await findings('Trung tâm mở 04 chuyên đề bồi dưỡng: an toàn thực phẩm; sơ cứu ban đầu.\n')).toEqual([]);
  });

  it('reads a count of groups ("04 nhóm …") as one item per semicolon when the groups join their members with commas', async () => {
    // Hand-checked: three groups parted by semicolons; "khởi nghiệp và hỗ trợ sinh kế" is one group, as the commas inside the
    // first two show; the count says 04.
    const groups = 'Hội Phụ nữ xã triển khai 04 nhóm hoạt động: chăm sóc sức khỏe, dinh dưỡng cho trẻ em; phòng, chống bạo lực gia đình; khởi nghiệp và hỗ trợ sinh kế.\n';
    expect((await findings(groups)).map((x) => x.data)).toMatchObject([{ count: 4, listed: 3 }]);
    expect(await findings(groups.replace('04 nhóm', '03 nhóm'))).toEqual([]);
    // Groups of one member each say nothing of the last "và": read the count's way.
    expect(await findings('Xã rà soát 04 nhóm đối tượng: người cao tuổi; trẻ em mồ côi; người khuyết tật và phụ nữ đơn thân.\n')).toEqual([]);
    // A count of things, not groups, keeps the ambiguous "và" the count's way though an item holds a comma.
    expect(await findings('Trường tổ chức 04 chuyên đề: kỹ năng sống, giá trị sống; an toàn giao thông; bơi an toàn và sơ cứu đuối nước.\n')).toEqual([]);
  });

  it('reads a last group holding a comma of its own as one group, its "và" inside it', async () => {
    // Hand-checked: three groups parted by semicolons; the last, "lưới và bẫy bắt chuột, rắn", joins its members with a comma
    // and "và", so it is one group; the count says 04.
    const tools = 'Tổ bảo vệ thực vật chuẩn bị 04 nhóm dụng cụ: bình phun thuốc đeo vai; đèn bẫy côn trùng ban đêm; lưới và bẫy bắt chuột, rắn.\n';
    expect((await findings(tools)).map((x) => x.data)).toMatchObject([{ count: 4, listed: 3 }]);
    expect(await findings(tools.replace('04 nhóm', '03 nhóm'))).toEqual([]);
    // No comma in the last group: its "và" is still read the count's way.
    expect(await findings(tools.replace('bẫy bắt chuột, rắn', 'bẫy bắt chuột'))).toEqual([]);
  });

  it('reads a code of capitals and digits as a name ("tuyến ĐT741"), and ends the last item before a clause with a number', async () => {
    // Hand-checked: three roads named by code or name, the count says 04; the cost clause after the last is not an item.
    const text = 'Duy tu 04 tuyến đường: tuyến ĐT741; đường Lê Lai; tuyến QL14C, tổng kinh phí 1,2 tỷ đồng.\n';
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 4, listed: 3 });
    expect(await findings(text.replace('04 tuyến', '03 tuyến'))).toEqual([]);
  });

  it('leaves a list of documents open when counted ones join the named ("… và 02 công văn")', async () => {
    // Hand-checked: two plans named and two letters counted make four: nothing to say either way.
    const text = 'Phòng đã ban hành 04 văn bản, gồm: Kế hoạch số 7/KH-PGD về thi học sinh giỏi; Kế hoạch số 9/KH-PGD về kiểm định chất lượng và 02 công văn hướng dẫn.\n';
    expect(await findings(text)).toEqual([]);
    expect(await findings(text.replace('04 văn bản', '05 văn bản'))).toEqual([]);
  });

  it('reads the bullets under a count of the main things ("04 giải pháp trọng tâm:") one a thing, as under "… sau:"', async () => {
    // Hand-checked: three bullets under a count of 04 key measures, closed by a paragraph without a marker.
    const text = 'II. NHIỆM VỤ NĂM 2027\nXã đề ra 04 giải pháp trọng tâm:\n- Rà soát, cập nhật danh sách hộ cận nghèo;\n- Hỗ trợ vốn vay cho hộ mới thoát nghèo;\n- Mở lớp dạy nghề ngắn hạn cho thanh niên.\nCác thôn triển khai thực hiện.\n';
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 4, listed: 3 });
    expect(await findings(text.replace('04 giải pháp', '03 giải pháp'))).toEqual([]);
  });
});
