import { describeVariants } from './variants-helper.js';

// Session 28 (l140): a sentence that opens classifying the whole stated just before by its own noun, a colon after it
// ("Phân loại <danh từ>: …"), announces a breakdown of that whole like "Phân theo …:". A name of one word ("đơn", "chi")
// tells its whole only as the one amount written "Tổng <danh từ> …" / "Tổng số <danh từ> …". Sentences written for this
// test (land, petitions, budget spending); every sum checked by hand.
const FLAGGED: Array<[string, string]> = [
  // Land, a name of two words: 640 + 410 + 180 = 1.230, not 1.250.
  ['Tổng diện tích đất nông nghiệp của xã là 1.250 ha. Phân loại diện tích: đất trồng lúa 640 ha, đất trồng cây lâu năm 410 ha, đất nuôi trồng thủy sản 180 ha.', '"sum":1230'],
  // Petitions, a name of one word under "Tổng số": 31 + 9 + 44 = 84, not 86.
  ['Tổng số đơn tiếp nhận trong năm là 86 đơn. Phân loại đơn: khiếu nại 31 đơn, tố cáo 9 đơn, kiến nghị 44 đơn.', '"sum":84'],
  // Spending, a name of one word under "Tổng", other figures in the sentence before: 3,95 + 0,91 = 4,86 tỷ, not 4,82 tỷ.
  ['Tổng chi ngân sách xã 6 tháng là 4,82 tỷ đồng, đạt 47,3% dự toán; chi cho sự nghiệp giáo dục 1,1 tỷ đồng. Phân loại chi: chi thường xuyên 3,95 tỷ đồng, chi đầu tư phát triển 0,91 tỷ đồng.', '"sum":4860000000'],
];

const CLEAN: string[] = [
  // The same, balanced: 640 + 430 + 180 = 1.250; 31 + 11 + 44 = 86; 3,95 + 0,87 = 4,82.
  'Tổng diện tích đất nông nghiệp của xã là 1.250 ha. Phân loại diện tích: đất trồng lúa 640 ha, đất trồng cây lâu năm 430 ha, đất nuôi trồng thủy sản 180 ha.',
  'Tổng số đơn tiếp nhận trong năm là 86 đơn. Phân loại đơn: khiếu nại 31 đơn, tố cáo 11 đơn, kiến nghị 44 đơn.',
  'Tổng chi ngân sách xã 6 tháng là 4,82 tỷ đồng, đạt 47,3% dự toán; chi cho sự nghiệp giáo dục 1,1 tỷ đồng. Phân loại chi: chi thường xuyên 3,95 tỷ đồng, chi đầu tư phát triển 0,87 tỷ đồng.',
  // A one-word name and no total of it before: which amount is split is unsure (1,5 + 1,2 = 2,7 against 2,81 says nothing).
  'Trong kỳ đã thu hồi nợ 2,81 tỷ đồng. Phân loại nợ: nợ khó thu 1,5 tỷ đồng, nợ chờ xử lý 1,2 tỷ đồng.',
  // Two totals of that noun before: unsure again.
  'Tổng nợ thuế là 8,6 tỷ đồng, tổng nợ phí là 1,2 tỷ đồng. Phân loại nợ: nợ khó thu 5 tỷ đồng, nợ chờ xử lý 3 tỷ đồng.',
];

describeVariants('parts-sum-mismatch', FLAGGED, CLEAN);
