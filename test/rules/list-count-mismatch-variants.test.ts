import { describeVariants } from './variants-helper.js';

// Wording study (issue 10): counts followed by names in different topics and house styles ("gồm:", "là:", "như sau:", names separated by ";" or "và").
// Every passage below was written for this study and judged by hand: the first list holds one plain
// error each (a careful auditor would mark it), the second only look-alikes that are correct.

const RULE = 'list-count-mismatch';

const FLAGGED: Array<[string, string]> = [
  // Titles in angle quotes («…») are names as curly ones are: five counted, four named.
  ["Đài phát thanh xã duy trì 05 chuyên mục: «Nông thôn mới», «Sức khỏe cộng đồng», «Pháp luật với nông dân», «Văn hóa làng quê».", "\"count\":5,\"listed\":4"],
  // A comma inside the description ("quản lý, sử dụng … và …") closed by "tại:": two inspections, three places named.
  ["Đoàn đã tiến hành 02 cuộc thanh tra công tác quản lý, sử dụng đất đai và vốn đầu tư công tại: xã Hòa An, Trạm Khuyến nông huyện và Hợp tác xã nông nghiệp Thành Công.", "\"count\":2,\"listed\":3"],
  ["Năm 2024, huyện có 04 xã đạt chuẩn nông thôn mới nâng cao là: Tân Phú, Bình Minh, Hòa Lạc.", "\"count\":4,\"listed\":3"],
  ["Ngành y tế đã triển khai bệnh án điện tử tại 03 cơ sở, gồm: Bệnh viện Đa khoa huyện; Trung tâm Y tế huyện.", "\"count\":3,\"listed\":2"],
  ["Có 05 trường chưa đạt chuẩn quốc gia như sau: Trường Tiểu học Kim Đồng, Trường THCS Lê Lợi, Trường Mầm non Hoa Sen, Trường Tiểu học Hòa Bình.", "\"count\":5,\"listed\":4"],
  ["Kiện toàn 02 tổ hòa giải ở cơ sở: tổ Đông Hưng, tổ Tây Hưng và tổ Nam Hưng.", "\"count\":2,\"listed\":3"],
  ["Đã tổ chức 3 lễ hội truyền thống gồm: Lễ hội Đền Hùng, Lễ hội Chùa Hương, Lễ hội Gióng, Lễ hội Lim.", "\"count\":3,\"listed\":4"],
  ["Phát hiện 06 điểm ô nhiễm môi trường gồm: bãi rác thôn Đông; kênh Bắc; ao làng Tây; chợ Trung tâm; khu công nghiệp Nam.", "\"count\":6,\"listed\":5"],
  ["Trong năm, 04 doanh nghiệp nợ đóng bảo hiểm xã hội kéo dài, gồm: Công ty TNHH Minh Phát, Công ty CP Hòa Bình, Công ty TNHH An Khang.", "\"count\":4,\"listed\":3"],
  ["Ngân sách huyện hỗ trợ 03 xã đặc biệt khó khăn gồm xã Sơn Hà, xã Sơn Thủy, xã Sơn Lâm và xã Sơn Kỳ.", "\"count\":3,\"listed\":4"],
  ["Trong năm, xã đã thành lập 02 tổ hợp tác:\n- Tổ hợp tác chăn nuôi bò thôn Đông;\n- Tổ hợp tác trồng rau an toàn thôn Tây;\n- Tổ hợp tác nuôi ong thôn Bắc.\nCác tổ hợp tác hoạt động hiệu quả.", "\"count\":2,\"listed\":3"],
  ["Còn 04 trường chưa đạt chuẩn quốc gia, gồm:\n- Trường Tiểu học Kim Đồng;\n- Trường THCS Lê Lợi;\n- Trường Mầm non Hoa Sen.", "\"count\":4,\"listed\":3"],
  // The "và" before the last name closes the list; the clause after it describes the three named groups.
  ["Có 05 tổ hợp tác nuôi trồng thủy sản: tổ Bắc Sơn, tổ Nam Sơn và tổ Đông Sơn, với 46 thành viên tham gia.", "\"count\":5,\"listed\":3"],
  ["Thí điểm mô hình dân vận khéo tại 03 thôn: thôn Đông, thôn Tây, thôn Nam và thôn Bắc, thu hút 412 hộ tham gia.", "\"count\":3,\"listed\":4"],
  ["Thành lập 02 chi hội nông dân:\n- Chi hội nông dân thôn 3;\n- Chi hội nông dân thôn 4;\n- Chi hội nông dân thôn 5.", "\"count\":2,\"listed\":3"],
  // The count's noun read as "cầu dân" with a second kind after a comma; every name opens with the head "cầu".
  ["Xây dựng mới 04 cầu dân sinh, cầu tràn trên các tuyến liên bản: cầu Nậm Pồ, cầu Huổi Lả và cầu Co Mạ.", "\"count\":4,\"listed\":3"],
  // Three people, each with a post after a comma, separated by ";": three names, not two.
  ["Tặng Giấy khen cho 02 cá nhân: ông Lý Văn Kiên, Trưởng thôn Đồng Mới; bà Đặng Thị Nga, Phó Chủ tịch UBND xã; ông Hứa Văn Tài, công chức Văn hóa - Xã hội.", "\"count\":2,\"listed\":3"],
  // Proper names in brackets name the counted things themselves, fewer or more.
  ["Năm 2024 đã sáp nhập 04 thôn (Đông Hòa, Tây Hòa, Nam Hòa) để thành lập thôn mới.", "\"count\":4,\"listed\":3"],
  // Codes of capitals and their numbers name varieties (three named, five counted).
  ["Vụ Đông, Trạm đã trồng thử 05 giống ngô: LVN 10, HN 88, NK 4300.", "\"count\":5,\"listed\":3"],
];

const CLEAN: string[] = [
  "Năm 2024, huyện có 03 xã đạt chuẩn nông thôn mới nâng cao là: Tân Phú, Bình Minh và Hòa Lạc.",
  "Có 02 trường được công nhận đạt chuẩn: Trường Tiểu học Kim Đồng và Trường THCS Lê Lợi.",
  "Tổ chức 04 lớp tập huấn như: trồng trọt, chăn nuôi, thủy sản...",
  "Thu hút 05 dự án đầu tư, trong đó có các dự án như nhà máy gạch, trang trại bò sữa.",
  "Đã hoàn thành 03 công trình gồm: Nhà văn hóa thôn Đông, đường giao thông thôn Tây, kênh mương nội đồng.",
  "Công an huyện đã triệt phá 03 ổ nhóm tội phạm:\n- Nhóm đánh bạc tại thôn Đông;\n- Nhóm trộm cắp tại thôn Tây;\n- Nhóm cho vay lãi nặng tại thị trấn.",
  "Triển khai 02 hệ thống: 4G/5G, cáp quang.",
  "Đạt 05 tiêu chí, gồm các tiêu chí về giao thông, thủy lợi, điện, trường học và cơ sở vật chất văn hóa.",
  "Có 12 xã, thị trấn đã triển khai, trong đó 02 xã: Tân Phú, Bình Minh.",
  "Xử lý 03 vụ vi phạm môi trường, phạt tiền 45.000.000 đồng: Công ty A 15.000.000 đồng, Công ty B 20.000.000 đồng, Công ty C 10.000.000 đồng.",
  "Trong năm, xã đã thành lập 03 tổ hợp tác:\n- Tổ hợp tác chăn nuôi bò thôn Đông;\n- Tổ hợp tác trồng rau an toàn thôn Tây;\n- Tổ hợp tác nuôi ong thôn Bắc.",
  "Đã tổ chức 02 hội nghị:\n- Hội nghị sơ kết 6 tháng;\n- Kết quả: 120 đại biểu tham dự.\n- Hội nghị tổng kết năm.",
  "Triển khai 02 mô hình:\n- Mô hình trồng nấm tại thôn Đông;\n- Mô hình nuôi cá lồng tại thôn Tây.\n- Ngoài ra, các hộ tự phát triển nhiều mô hình khác.",
  "Đã xây dựng một số mô hình như:\n- Mô hình trồng nấm;\n- Mô hình nuôi cá lồng;\n- Mô hình nuôi ong.",
  "Có 03 tổ hợp tác nuôi trồng thủy sản: tổ Bắc Sơn, tổ Nam Sơn và tổ Đông Sơn, với 46 thành viên tham gia.",
  "Hỗ trợ 03 xã: Tân Phú, Bình Minh và Hòa Lạc, mỗi xã 50 triệu đồng để sửa chữa nhà văn hóa.",
  "Kiện toàn 02 tổ: tổ Đông và tổ Tây, tổ Nam chưa kiện toàn.",
  "Tổng số 05 trường:\n- Trường mầm non: 2 trường;\n- Trường tiểu học 3 trường.",
  "Xây dựng mới 03 cầu dân sinh, cầu tràn trên các tuyến liên bản: cầu Nậm Pồ, cầu Huổi Lả và cầu Co Mạ.",
  // A post after a person's name is the person's apposition: one person, then two.
  "Giải quyết nghỉ việc cho 01 công chức (bà Hoàng Thị Duyên, Công chức Tài chính - Kế toán xã).",
  "Cử 02 cán bộ dự lớp bồi dưỡng: ông Lý Văn Kiên, Chủ tịch Hội Cựu chiến binh xã; bà Đặng Thị Nga, Phó Bí thư Đoàn xã.",
  // Words in lower case in the brackets name the kinds (specialties, subjects) of the counted people, not each of them.
  "Trung tâm y tế còn thiếu 05 bác sĩ chuyên khoa (Nhi, Sản phụ khoa), đề nghị tỉnh bổ sung.",
  "Năm học mới cần tuyển thêm 06 giáo viên trung học (Ngữ văn, Toán và Vật lý).",
  // A comma inside the description, in a coordination closed by "và" before "tại:": three places for three inspections.
  "Thực hiện 03 cuộc kiểm tra việc thu, chi ngân sách và quản lý tài sản tại: thôn Đông, Trạm Y tế xã và Trường Mầm non Hoa Sen.",
  // A comma opening another clause: the places are where the faults were found, not what the count counts.
  "Tổ chức 02 cuộc kiểm tra, phát hiện sai phạm tại: thôn Đông, thôn Tây và thôn Nam.",
  // "Trạm Trồng trọt và Bảo vệ thực vật" is one body whose name joins two fields: two bodies, as counted.
  "Phối hợp với 02 đơn vị: Phòng Nông nghiệp, Trạm Trồng trọt và Bảo vệ thực vật huyện.",
  "Vụ Đông, Trạm đã trồng thử 03 giống ngô: LVN 10, HN 88 và NK 4300.",
  // Three titles in angle quotes, the last one's comma and "và" its own.
  "Thư viện xã tổ chức 03 cuộc thi: «Đại sứ văn hóa đọc», «Em yêu sách» và «Sách, bạn và tôi».",
];

describeVariants(RULE, FLAGGED, CLEAN);
