import { describeVariants } from './variants-helper.js';

// Wording study (issue 10): a coverage rate over 100% phrased "đạt", "chiếm", "bao phủ", "đạt tỷ lệ", "là", against plan fulfilment and growth over 100%.
// Every passage below was written for this study and judged by hand: the first list holds one plain
// error each (a careful auditor would mark it), the second only look-alikes that are correct.

const RULE = 'percent-out-of-range';

const FLAGGED: Array<[string, string]> = [
  ["Tỷ lệ người dân tham gia bảo hiểm y tế đạt 105,2%.", "\"stated\":\"105,2\""],
  ["Số hộ sử dụng nước hợp vệ sinh chiếm 112% tổng số hộ trên địa bàn.", "\"stated\":\"112\""],
  ["Bảo hiểm y tế bao phủ 103,5% dân số toàn huyện.", "\"stated\":\"103,5\""],
  ["Tỷ lệ trẻ em trong độ tuổi được tiêm chủng đầy đủ đạt tỷ lệ 101%.", "\"stated\":\"101\""],
  ["Có 1.520 hộ được sử dụng điện lưới, đạt tỷ lệ 108% số hộ.", "\"stated\":\"108\""],
  ["Tỷ lệ thu gom rác thải sinh hoạt tại khu dân cư là 115%.", "\"stated\":\"115\""],
  ["Tỷ lệ học sinh tốt nghiệp THPT năm 2024 đạt 100,8%.", "\"stated\":\"100,8\""],
  ["Tỷ lệ hồ sơ giải quyết đúng hạn đạt 104%.", "\"stated\":\"104\""],
  ["Số hộ nghèo được vay vốn chiếm tỷ lệ 103,4% tổng số hộ nghèo.", "\"stated\":\"103,4\""],
  ["Số đối tượng được cai nghiện chiếm 104,2% số người nghiện có hồ sơ quản lý.", "\"stated\":\"104,2\""],
  // "đạt N% số <things counted>": a share of them, though no rate word is written (hand-checked: 212 gifts for 200 families).
  ["Hội Chữ thập đỏ đã trao 212 phần quà cho người khuyết tật, đạt 106,0% số người khuyết tật trên địa bàn (200 người).", "\"stated\":\"106,0\""],
  // A change verb inside a quoted name ("5 giảm") is no verb of the clause: 1.050 households are a share of 1.000.
  ["Có 1.050 hộ áp dụng quy trình \"1 phải 5 giảm\", chiếm 105% số hộ trồng lúa.", "\"stated\":\"105\""],
  ["STT\tChỉ tiêu\tĐVT\tKế hoạch\tThực hiện\n1\tTỷ lệ hộ có nhà tiêu hợp vệ sinh\t%\t90\t112,5\n2\tTỷ lệ trẻ em được tiêm chủng\t%\t98\t99", "\"stated\":\"112,5\""],
];

const CLEAN: string[] = [
  "Thu ngân sách nhà nước đạt 112% dự toán năm.",
  "Giá trị sản xuất nông nghiệp tăng 105% so với cùng kỳ.",
  "Tổng thu ngân sách đạt 125,6% kế hoạch huyện giao.",
  "Số hộ nghèo giảm còn 120 hộ, bằng 150% chỉ tiêu giảm nghèo được giao.",
  "Doanh thu dịch vụ du lịch đạt 108% so với năm 2023.",
  "Sản lượng lúa đạt 103% kế hoạch, tỷ lệ che phủ rừng đạt 45,6%.",
  "Số học sinh tăng 110% so với năm học trước.",
  "Tỷ lệ tăng trưởng tín dụng đạt 112%.",
  "Thực hiện 105% chỉ tiêu tuyển quân.",
  "Tỷ lệ bao phủ bảo hiểm y tế đạt 95,2%, vượt 2,1% so với chỉ tiêu.",
  "STT\tChỉ tiêu\tĐVT\tKế hoạch\tThực hiện\n1\tTỷ lệ hộ có nhà tiêu hợp vệ sinh\t%\t90\t92,5\n2\tSố hộ được hỗ trợ\thộ\t100\t112",
  "STT\tChỉ tiêu\tĐVT\tKế hoạch\tThực hiện\tSo với KH (%)\n1\tTỷ lệ hộ dùng nước sạch\t%\t90\t95\t105,6",
  "Số lao động có việc làm mới là 2.150 người, đạt 107% kế hoạch.",
  "Số vụ phạm pháp hình sự bằng 125% so với cùng kỳ năm trước.",
  "Tổng vốn đầu tư toàn xã hội bằng 118,5% năm trước.",
  "Số thuê bao 4G/5G tăng 135% so với năm 2023.",
  "Tỷ lệ giải ngân vốn đầu tư công đạt 100%.",
  // "bằng N% số <other things>" sets two counts side by side; "đạt N% số tiền/số lượng" an amount against a yardstick.
  "Số giấy phép xây dựng cấp mới bằng 118% số giấy phép gia hạn trong kỳ.",
  "Thu phí chợ đạt 126% số thu dự kiến giao đầu năm.",
  "Hợp tác xã tiêu thụ 46 tấn rau, đạt 115% số lượng đăng ký.",
  "Kim ngạch xuất khẩu vượt 12% kế hoạch, đạt 112%.",
  "Doanh thu của mô hình \"Chợ 4.0\" tăng 120% so với năm trước.",
];

describeVariants(RULE, FLAGGED, CLEAN);
