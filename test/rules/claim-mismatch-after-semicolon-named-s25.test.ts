import { describeVariants } from './variants-helper.js';

// Session 25 (holdout133): a "Số X" multiple after a ";" whose X names one of several counts of the statement before it
// (src/extract/comparisons.ts, afterSemicolonPair). Written for this test, judged by hand.
const HEAD = 'BÁO CÁO\nKết quả xây dựng nông thôn mới năm 2026\nI. KẾT QUẢ\n';
const FLAGGED: Array<[string, string]> = [
  // 8 four-star products against 2 in 2025: 4 times, not 3.
  [`${HEAD}Trong năm có 8 sản phẩm 4 sao và 11 sản phẩm 3 sao; số sản phẩm 4 sao được công nhận trong năm gấp 3 lần năm 2025 (2 sản phẩm).`, '"stated":3'],
  // 12 model villages against 4 in 2025: 3 times, not 2.
  [`${HEAD}Toàn xã có 12 thôn kiểu mẫu và 5 thôn nông thôn mới nâng cao; số thôn kiểu mẫu gấp 2 lần năm 2025 (4 thôn).`, '"stated":2'],
];
const CLEAN: string[] = [
  `${HEAD}Trong năm có 6 sản phẩm 4 sao và 11 sản phẩm 3 sao; số sản phẩm 4 sao được công nhận trong năm gấp 3 lần năm 2025 (2 sản phẩm).`,
  // The subject names neither count's own words ("5 sao"): which one is meant is unknown.
  `${HEAD}Trong năm có 8 sản phẩm 4 sao và 11 sản phẩm 3 sao; số sản phẩm 5 sao gấp 3 lần năm 2025 (2 sản phẩm).`,
];

describeVariants('claim-mismatch', FLAGGED, CLEAN);
