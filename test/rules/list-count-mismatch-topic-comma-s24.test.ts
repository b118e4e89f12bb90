import { describeVariants } from './variants-helper.js';

// Session 24: a list's lead-in whose topic ("về …", "trong lĩnh vực …") joins two nouns by a comma before the colon. Written
// for this test, judged by hand.
const FLAGGED: Array<[string, string]> = [
  // Three quoted names (one holding a comma of its own), five counted.
  ['Năm 2024, Hội Phụ nữ duy trì 05 câu lạc bộ về dân số, gia đình: "Gia đình hạnh phúc", "Phụ nữ nói không với bạo lực, xâm hại", "Nuôi con khỏe".', '"count":5,"listed":3'],
  // Capitalised names without quotes after a topic "trong lĩnh vực": two named, three counted.
  ['Huyện phê duyệt 03 dự án trong lĩnh vực giáo dục, y tế: Trường Mầm non Hoa Sen, Trạm Y tế xã Bình Minh.', '"count":3,"listed":2'],
];
const CLEAN: string[] = [
  // As many quoted names as counted.
  'Năm 2024, Hội Phụ nữ duy trì 03 câu lạc bộ về dân số, gia đình: "Gia đình hạnh phúc", "Phụ nữ nói không với bạo lực, xâm hại", "Nuôi con khỏe".',
  // Lower-case places after the topic: where the sessions were held, not the sessions' names.
  'Tổ chức 05 buổi tuyên truyền về an toàn giao thông, phòng chống ma túy: thôn Đông, thôn Tây.',
  // The comma opens another clause ("đã phát hiện"): the names are of what it found, not of the inspections counted.
  'Tổ chức 04 cuộc kiểm tra về an toàn thực phẩm, đã phát hiện: Cơ sở Minh Anh, Cơ sở Hồng Phúc.',
];

describeVariants('list-count-mismatch', FLAGGED, CLEAN);
