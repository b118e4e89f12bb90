import { describeVariants } from './variants-helper.js';

// Wording study (issue 10): numbers spelled beside their digits, with and without zero padding, capitalised, "Bằng chữ:" and "(viết bằng chữ: …)" in money.
// Every passage below was written for this study and judged by hand: the first list holds one plain
// error each (a careful auditor would mark it), the second only look-alikes that are correct.

const RULE = 'words-digits-mismatch';

const FLAGGED: Array<[string, string]> = [
  ["Toàn huyện có 15 (mười sáu) hợp tác xã nông nghiệp hoạt động hiệu quả.", "\"digits\":15,\"spelled\":16"],
  ["Hỗ trợ kinh phí 250.000.000 đồng (Bằng chữ: Hai trăm năm mươi nghìn đồng) cho các hộ nghèo.", "\"digits\":250000000,\"spelled\":250000"],
  ["Tổng dự toán: 1.200.000.000 đồng (viết bằng chữ: Một tỷ hai trăm năm mươi triệu đồng).", "\"digits\":1200000000,\"spelled\":1250000000"],
  ["Trạm y tế đã tiêm chủng cho 08 (tám mươi) trẻ em dưới 1 tuổi.", "\"spelled\":80"],
  ["Trường đã tuyển mới 7 (Chín) giáo viên hợp đồng.", "\"digits\":7,\"spelled\":9"],
  ["Công an xã phối hợp tổ chức 12 (mười một) đợt tuần tra trên địa bàn.", "\"digits\":12,\"spelled\":11"],
  ["Đã cắt giảm 05 (bốn) thủ tục hành chính không cần thiết.", "\"digits\":5,\"spelled\":4"],
  ["Tổ chức 20 (hai mươi mốt) buổi biểu diễn văn nghệ phục vụ nhân dân.", "\"digits\":20,\"spelled\":21"],
  ["Số tiền phạt: 12.500.000 đồng (Mười hai triệu đồng).", "\"digits\":12500000,\"spelled\":12000000"],
  ["Cấp mới 035 (ba mươi tư) giấy chứng nhận quyền sử dụng đất.", "\"digits\":35,\"spelled\":34"],
  ["Xã có 9 (mười) tổ an ninh trật tự cơ sở.", "\"digits\":9,\"spelled\":10"],
];

const CLEAN: string[] = [
  "Số tiền xử phạt vi phạm hành chính về môi trường là 35.500.000 đồng (ba mươi lăm triệu năm trăm nghìn đồng chẵn) -- sai: 35.500.000 = ba mươi lăm triệu năm trăm nghìn",
  "Giải quyết việc làm cho 1.250 (một nghìn hai trăm lăm mươi) lao động.",
  "Toàn huyện có 15 (mười lăm) hợp tác xã nông nghiệp hoạt động hiệu quả.",
  "Hỗ trợ kinh phí 250.000.000 đồng (Bằng chữ: Hai trăm năm mươi triệu đồng) cho các hộ nghèo.",
  "Tổng dự toán: 1.200.000.000 đồng (viết bằng chữ: Một tỷ hai trăm triệu đồng).",
  "Trạm y tế đã tiêm chủng cho 08 (tám) trẻ em dưới 1 tuổi.",
  "Trường đã tuyển mới 07 (Bảy) giáo viên hợp đồng.",
  "Đã cắt giảm 05 (năm) thủ tục hành chính; 04 (bốn) thủ tục được đơn giản hóa.",
  "Giải quyết việc làm cho 1.250 (một nghìn hai trăm năm mươi) lao động.",
  "Giải quyết việc làm cho 1.205 (một nghìn hai trăm linh năm) lao động.",
  "Hỗ trợ 2.500.000 đồng/hộ (hai triệu năm trăm nghìn đồng một hộ).",
  "Xây dựng 21 (hai mươi mốt) nhà đại đoàn kết và 24 (hai mươi tư) nhà tình nghĩa.",
  "Tổng cộng: 48.600.000 đồng\n(Bằng chữ: Bốn mươi tám triệu sáu trăm nghìn đồng chẵn)",
  "Cấp mới 035 (ba mươi lăm) giấy chứng nhận quyền sử dụng đất.",
  "Số tiền phạt: 12.500.000 đồng (Mười hai triệu năm trăm nghìn đồng).",
  "Tổng kinh phí 3,5 tỷ đồng (ba tỷ năm trăm triệu đồng).",
  "Trong đó 02 (hai) hộ thoát nghèo, ba hộ cận nghèo.",
];

describeVariants(RULE, FLAGGED, CLEAN);
