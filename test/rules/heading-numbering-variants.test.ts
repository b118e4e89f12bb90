import { describeVariants } from './variants-helper.js';

// Wording study (issue 10): headings A./I./1./1.1./a)/Phần thứ with gaps and duplicates, against numbering restarted under a new Phần, A. or I.
// Every passage below was written for this study and judged by hand: the first list holds one plain
// error each (a careful auditor would mark it), the second only look-alikes that are correct.

const RULE = 'heading-numbering';

const FLAGGED: Array<[string, string]> = [
  ["BÁO CÁO\nKết quả công tác năm 2024\nI. TÌNH HÌNH CHUNG\nNội dung tình hình chung của xã.\nII. KẾT QUẢ THỰC HIỆN\nNội dung kết quả.\nIV. PHƯƠNG HƯỚNG NĂM 2025\nNội dung phương hướng.", "\"found\":\"IV.\",\"previous\":\"II.\",\"expected\":\"III.\""],
  ["BÁO CÁO\nI. NÔNG NGHIỆP\n1. Trồng trọt\nDiện tích gieo trồng đạt 1.200 ha.\n2. Chăn nuôi\nTổng đàn lợn 5.000 con.\n2. Thủy sản\nSản lượng 300 tấn.\nII. Y TẾ\nNội dung y tế.", "\"found\":\"2.\",\"previous\":\"2.\",\"expected\":\"3.\""],
  ["BÁO CÁO\nA. KẾT QUẢ\nNội dung kết quả đạt được.\nC. TỒN TẠI\nNội dung tồn tại hạn chế.\nD. KIẾN NGHỊ\nNội dung kiến nghị.", "\"found\":\"C.\",\"previous\":\"A.\",\"expected\":\"B.\""],
  ["BÁO CÁO\nI. GIÁO DỤC\n1.1. Mầm non\nTrẻ ra lớp 500 em.\n1.2. Tiểu học\nHọc sinh 800 em.\n1.4. Trung học cơ sở\nHọc sinh 700 em.\nII. VĂN HÓA\nNội dung văn hóa.", "\"found\":\"1.4.\",\"previous\":\"1.2.\",\"expected\":\"1.3.\""],
  ["BÁO CÁO\nPhần thứ nhất\nKẾT QUẢ NĂM 2024\nNội dung phần một.\nPhần thứ ba\nNHIỆM VỤ NĂM 2025\nNội dung phần ba.", "\"found\":\"Phần thứ ba\",\"previous\":\"Phần thứ nhất\",\"expected\":\"Phần thứ hai\""],
  ["BÁO CÁO\nI. AN NINH TRẬT TỰ\nNội dung an ninh.\nII. CẢI CÁCH HÀNH CHÍNH\nNội dung cải cách.\nII. MÔI TRƯỜNG\nNội dung môi trường.\nIII. LAO ĐỘNG\nNội dung lao động.", "\"found\":\"II.\",\"previous\":\"II.\",\"expected\":\"III.\""],
  ["BÁO CÁO\nI. KẾT QUẢ\n1. Kinh tế\na) Nông nghiệp\nNội dung nông nghiệp.\nb) Công nghiệp\nNội dung công nghiệp.\nd) Dịch vụ\nNội dung dịch vụ.\n2. Xã hội\nNội dung xã hội.", "\"found\":\"d)\",\"previous\":\"b)\",\"expected\":\"c)\""],
  ["BÁO CÁO\n1. Công tác tuyên truyền\nNội dung tuyên truyền.\n2. Công tác kiểm tra\nNội dung kiểm tra.\n3. Công tác xử lý vi phạm\nNội dung xử lý.\n5. Đánh giá chung\nNội dung đánh giá.", "\"found\":\"5.\",\"previous\":\"3.\",\"expected\":\"4.\""],
  ["BÁO CÁO\nMục 1. TÌNH HÌNH\nNội dung tình hình.\nMục 2. KẾT QUẢ\nNội dung kết quả.\nMục 2. KIẾN NGHỊ\nNội dung kiến nghị.", "\"found\":\"Mục 2.\",\"previous\":\"Mục 2.\",\"expected\":\"Mục 3.\""],
  ["BÁO CÁO\nI. KẾT QUẢ\n1. Lĩnh vực kinh tế\nNội dung kinh tế.\n2. Lĩnh vực văn hóa - xã hội\nNội dung văn hóa.\n4. Lĩnh vực quốc phòng - an ninh\nNội dung an ninh.\nII. TỒN TẠI\nNội dung.", "\"found\":\"4.\",\"previous\":\"2.\",\"expected\":\"3.\""],
  ["BÁO CÁO\nPhần I\nKẾT QUẢ\nNội dung.\nPhần III\nPHƯƠNG HƯỚNG\nNội dung.", "\"found\":\"Phần III\",\"previous\":\"Phần I\",\"expected\":\"Phần II\""],
  ["BÁO CÁO\nPhần thứ nhất: TÌNH HÌNH NĂM 2024\nI. THU NGÂN SÁCH\nNội dung thu.\nII. CHI NGÂN SÁCH\nNội dung chi.\nPhần thứ hai: DỰ TOÁN NĂM 2025\nIV. NHIỆM VỤ THU\nNội dung nhiệm vụ.\nV. NHIỆM VỤ CHI\nNội dung.", "\"found\":\"IV.\",\"expected\":\"I.\""],
];

const CLEAN: string[] = [
  "BÁO CÁO\nPhần thứ nhất\nKẾT QUẢ\nI. NÔNG NGHIỆP\nNội dung.\nII. Y TẾ\nNội dung.\nPhần thứ hai\nPHƯƠNG HƯỚNG\nI. NHIỆM VỤ\nNội dung.\nII. GIẢI PHÁP\nNội dung.",
  "BÁO CÁO\nA. KẾT QUẢ\nI. Kinh tế\nNội dung.\nII. Xã hội\nNội dung.\nB. PHƯƠNG HƯỚNG\nI. Mục tiêu\nNội dung.\nII. Giải pháp\nNội dung.",
  "BÁO CÁO\nI. TÌNH HÌNH\n1. Trồng trọt\nNội dung.\n2. Chăn nuôi\nNội dung.\nII. PHƯƠNG HƯỚNG\n1. Nhiệm vụ\nNội dung.\n2. Giải pháp\nNội dung.",
  "BÁO CÁO\nI. KẾT QUẢ\n1. Kinh tế\na) Nông nghiệp\nNội dung.\nb) Dịch vụ\nNội dung.\n2. Xã hội\na) Y tế\nNội dung.\nb) Giáo dục\nNội dung.\nII. TỒN TẠI\nNội dung.",
  "BÁO CÁO\nMục 1. TÌNH HÌNH\nNội dung.\nMục 2. KẾT QUẢ\nNội dung.\nMục 3. KIẾN NGHỊ\nNội dung.",
  "BÁO CÁO\nI. KẾT QUẢ\n1.1. Nông nghiệp\nNội dung.\n1.2. Y tế\nNội dung.\nII. PHƯƠNG HƯỚNG\n2.1. Nông nghiệp\nNội dung.\n2.2. Y tế\nNội dung.",
  "BÁO CÁO\nI. KẾT QUẢ\nCác nhiệm vụ chính:\n1- Tuyên truyền pháp luật;\n2- Kiểm tra hành chính;\n3- Xử lý vi phạm.\nII. TỒN TẠI\nNội dung.",
  "BÁO CÁO\nPhần I\nKẾT QUẢ\nNội dung.\nPhần II\nPHƯƠNG HƯỚNG\nNội dung.",
  "BÁO CÁO\nPhần thứ nhất: TÌNH HÌNH NĂM 2024\nI. THU NGÂN SÁCH\nNội dung thu.\nII. CHI NGÂN SÁCH\nNội dung chi.\nPhần thứ hai: DỰ TOÁN NĂM 2025\nIII. NHIỆM VỤ THU\nNội dung nhiệm vụ.\nIV. NHIỆM VỤ CHI\nNội dung.",
  "BÁO CÁO\nA. NĂM 2024\n1. Giao thông\nNội dung.\n2. Thủy lợi\nNội dung.\n3. Điện\nNội dung.\nB. NĂM 2025\n4. Giao thông nông thôn\nNội dung.\n5. Trường học\nNội dung.",
  "BÁO CÁO\nI. KẾT QUẢ\n1. Nông nghiệp\nNội dung: năm 2024 đạt 21/02 chỉ tiêu, hệ thống 4G/5G phủ 100% thôn.\n2. Y tế\nNội dung.\nII. TỒN TẠI\n1. Tồn tại\nNội dung.\n2. Nguyên nhân\nNội dung.",
];

describeVariants(RULE, FLAGGED, CLEAN);
