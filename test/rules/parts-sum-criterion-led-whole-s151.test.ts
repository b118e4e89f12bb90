import { describeVariants } from './variants-helper.js';

// Session 30 (s151): a sentence that opens with the criterion of a breakdown ("Phân theo …," / "Chia theo …,") and then
// names the whole, a colon after its noun ("trong 240 hộ có:", "312 lao động:"), announces parts covering that whole, as
// "Phân theo …:" does. Sentences written for this test (households, workers, schools); every sum checked by hand.
const FLAGGED: Array<[string, string]> = [
  // Households by income source: 96 + 71 + 58 + 19 = 244, not 240.
  ['Xã đã khảo sát 240 hộ dân. Phân theo nguồn thu nhập, trong 240 hộ có: trồng trọt 96 hộ, chăn nuôi 71 hộ, buôn bán 58 hộ, làm thuê 19 hộ.', '"sum":244'],
  // Workers by sector, no "trong": 120 + 105 + 83 = 308, not 312.
  ['Chia theo ngành nghề, 312 lao động được đào tạo: cơ khí 120 người, may mặc 105 người, điện dân dụng 83 người.', '"sum":308'],
];

const CLEAN: string[] = [
  // The same, balanced: 96 + 71 + 54 + 19 = 240; 120 + 109 + 83 = 312.
  'Xã đã khảo sát 240 hộ dân. Phân theo nguồn thu nhập, trong 240 hộ có: trồng trọt 96 hộ, chăn nuôi 71 hộ, buôn bán 54 hộ, làm thuê 19 hộ.',
  'Chia theo ngành nghề, 312 lao động được đào tạo: cơ khí 120 người, may mặc 109 người, điện dân dụng 83 người.',
  // No criterion opening the sentence: a colon after an amount announces examples, not its whole split.
  'Xã đã khảo sát 240 hộ dân, trong 240 hộ có: trồng trọt 96 hộ, chăn nuôi 71 hộ, buôn bán 58 hộ.',
  // A figure between the criterion and the colon's amount: which amount is split is unsure.
  'Phân theo nguồn thu nhập, năm 2024 có 35 hộ thoát nghèo, trong 240 hộ có: trồng trọt 96 hộ, chăn nuôi 71 hộ, buôn bán 58 hộ, làm thuê 19 hộ.',
];

describeVariants('parts-sum-mismatch', FLAGGED, CLEAN);
