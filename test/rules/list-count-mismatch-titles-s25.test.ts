import { describeVariants } from './variants-helper.js';

// Session 25 (holdout133): lists of event titles (a fair's edition year, a long title, "Hội chợ" no body's name) and
// proper names whose last one runs on into the sentence's predicate (src/extract/claims-lists.ts). Written for this test,
// judged by hand.
const FLAGGED: Array<[string, string]> = [
  // Three fairs named (one with its year, one of ten words, the last joined by "và" after a "Hội chợ"), five counted.
  ['Xã đưa sản phẩm tham gia 05 hội chợ: Hội chợ Nông sản tỉnh năm 2025, Hội chợ hàng Việt vùng duyên hải Nam Trung Bộ và Phiên chợ Xanh tại Đà Nẵng.', '"count":5,"listed":3'],
  // Three carriers named, the sentence going on after the last ("triển khai …"), two counted.
  ['Huyện phối hợp với 02 doanh nghiệp viễn thông: Viettel, VNPT và MobiFone triển khai phủ sóng tại các thôn vùng cao.', '"count":2,"listed":3'],
  // Semicolon titles with their year: five named, six counted.
  ['UBND xã ban hành 06 văn bản, gồm: Kế hoạch chuyển đổi số năm 2025; Kế hoạch tuyên truyền pháp luật; Hướng dẫn thu phí chợ; Quyết định kiện toàn Tổ công tác; Kế hoạch kiểm tra an toàn thực phẩm.', '"count":6,"listed":5'],
];
const CLEAN: string[] = [
  'Xã đưa sản phẩm tham gia 03 hội chợ: Hội chợ Nông sản tỉnh năm 2025, Hội chợ hàng Việt vùng duyên hải Nam Trung Bộ và Phiên chợ Xanh tại Đà Nẵng.',
  'Huyện phối hợp với 03 doanh nghiệp viễn thông: Viettel, VNPT và MobiFone triển khai phủ sóng tại các thôn vùng cao.',
  // A year names nothing by itself: the lower-case half after a title's own comma is no name, and no list is read.
  'UBND xã ban hành 03 văn bản chỉ đạo: Kế hoạch tuyên truyền, phổ biến pháp luật năm 2025; Quyết định thành lập Tổ hòa giải; Công văn đôn đốc thu thuế.',
  // Two names only before the predicate: too few to tell a list from a sentence's subjects.
  'Huyện phối hợp với 01 doanh nghiệp: VNPT và Viettel triển khai phủ sóng tại các thôn vùng cao.',
];

describeVariants('list-count-mismatch', FLAGGED, CLEAN);
