import { describeVariants } from './variants-helper.js';

// Wording study (issue 10): two numbers run together before a counted noun or a unit, against dates, codes, years and phone numbers.
// Every passage below was written for this study and judged by hand: the first list holds one plain
// error each (a careful auditor would mark it), the second only look-alikes that are correct.

const RULE = 'garbled-number';

const FLAGGED: Array<[string, string]> = [
  ["Toàn xã đã tiêm phòng cho 1250 1320 con gia súc.", "\"first\":\"1250\",\"second\":\"1320\""],
  ["Trong kỳ, lực lượng công an đã bắt giữ 12 15 đối tượng có hành vi trộm cắp.", "\"first\":\"12\",\"second\":\"15\""],
  ["Số học sinh được nhận học bổng là 45 54 em.", "\"first\":\"45\",\"second\":\"54\""],
  ["Trạm y tế đã khám cho 320 302 lượt người bệnh.", "\"first\":\"320\",\"second\":\"302\""],
  ["Đã giải ngân 250 270 triệu đồng vốn hỗ trợ sản xuất.", "\"first\":\"250\",\"second\":\"270\""],
  ["Trồng mới 15 18 ha rừng phòng hộ.", "\"first\":\"15\",\"second\":\"18\""],
  ["Số lao động được đào tạo nghề là 120 210 người.", "\"first\":\"120\",\"second\":\"210\""],
  ["Đã tiếp nhận 35 53 hồ sơ thủ tục hành chính.", "\"first\":\"35\",\"second\":\"53\""],
  // Two groups of two digits with a leading zero are two counts, never one number: "07 09".
  ["Bưu điện đã lắp 07 09 hộp thư công cộng tại các thôn.", "\"first\":\"07\",\"second\":\"09\""],
  // A short lead sharing a digit with the three after it is a count retyped from the other, not one grouped number.
  ["Câu lạc bộ dưỡng sinh của xã duy trì sinh hoạt với 23 236 hội viên.", "\"first\":\"23\",\"second\":\"236\""],
  ["Tổ chức 8 9 lớp tập huấn kỹ thuật cho nông dân.", "\"first\":\"8\",\"second\":\"9\""],
  ["Đã kiểm tra 24 42 cơ sở kinh doanh thực phẩm.", "\"first\":\"24\",\"second\":\"42\""],
  ["Tổng số đảng viên mới kết nạp: 15 17 đồng chí.", "\"first\":\"15\",\"second\":\"17\""],
  ["STT\tChỉ tiêu\tĐVT\tKết quả\n1\tSố hộ được hỗ trợ giống\tHộ\t45 54\n2\tDiện tích trồng mới\tha\t12", "\"first\":\"45\",\"second\":\"54\",\"unit\":\"hộ\""],
  ["Đã hỗ trợ 2,5 3,5 tỷ đồng cho các hộ chăn nuôi.", "\"first\":\"2,5\",\"second\":\"3,5\",\"unit\":\"tỷ đồng\""],
];

const CLEAN: string[] = [
  "Tổ chức thành công Đại hội, quy chuẩn ISO 9001:2015 được duy trì tại 12 đơn vị.",
  "Ngày 21/02 xã tổ chức ra quân; mạng 4G/5G phủ 15 thôn.",
  "Từ tháng 3 4 đơn vị đã đăng ký tham gia.",
  "Năm 2024 25 hộ được hỗ trợ nhà ở.",
  "Điện thoại đường dây nóng: 0258 3821 456.",
  "Thực hiện theo Quyết định số 1234/QĐ-UBND, hỗ trợ 15 hộ.",
  "Trong tháng 10 12 hộ được cấp giấy chứng nhận.",
  "Đến ngày 15 3 trường đã hoàn thành.",
  "Kế hoạch giai đoạn 2021 2025 đã được phê duyệt.",
  "STT\tChỉ tiêu\tĐVT\tKết quả\n1\tSố hộ được hỗ trợ giống\tHộ\t125 152\n2\tDiện tích trồng mới\tha\t12",
  "STT\tChỉ tiêu\tĐVT\tKế hoạch\tThực hiện\n1\tSố hộ được hỗ trợ giống\tHộ\t125\t152",
  "STT\tChỉ tiêu\tĐVT\tKết quả\tGhi chú\n1\tSố hộ được hỗ trợ giống\tHộ\t45\tthôn 3 4",
  "Trong quý 3 15 hộ đã thoát nghèo.",
  "Lúc 14 giờ 30 phút ngày 12/5, 03 đối tượng bị bắt giữ.",
  "Số hộ: 45; số khẩu: 180 người.",
  "Diện tích tăng từ 2,5 lên 3,5 ha.",
  "Giai đoạn 2 3,5 ha được giao.",
  "Năm 2023: 2,5; năm 2024: 3,5 tỷ đồng.",
  "Giá trị 1,25 2,50 3,75 tỷ đồng.",
  // A lead of one or two digits before a group of three: one number grouped by a space, in a report that groups by dots.
  "Tổng số 3.480 hộ được tuyên truyền; số lượt nghe đài năm nay ước 27 350 lượt.",
  "Kho lưu trữ tiếp nhận 4 817 trang tài liệu.",
];

describeVariants(RULE, FLAGGED, CLEAN);
