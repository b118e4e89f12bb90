import { describeVariants } from './variants-helper.js';

// Session 22 (s115): a workload whose outcomes are told one to a ";" clause. Written for this test, judged by hand.
const FLAGGED: Array<[string, string]> = [
  // 58 to deal with; 41 dealt with + 15 left = 56, not 58.
  ['Tổng số vụ việc tranh chấp phải giải quyết trong năm là 58 vụ; đã giải quyết 41 vụ, đạt 70,7%; còn tồn 15 vụ, chuyển sang năm sau.', '"sum":56'],
  // 120 files to deal with; 97 + 21 = 118, not 120.
  ['Số hồ sơ phải xử lý là 120 hồ sơ; đã xử lý 97 hồ sơ; đang xử lý 21 hồ sơ.', '"sum":118'],
];
const CLEAN: string[] = [
  // 41 + 17 = 58: the outcomes add up.
  'Tổng số vụ việc tranh chấp phải giải quyết trong năm là 58 vụ; đã giải quyết 41 vụ, đạt 70,7%; còn tồn 17 vụ, chuyển sang năm sau.',
  // The second clause tells no outcome: nothing is read as a part of the 58.
  'Tổng số vụ việc tranh chấp phải giải quyết trong năm là 58 vụ; đã giải quyết 41 vụ; tiếp công dân 15 lượt.',
];

describeVariants('parts-sum-mismatch', FLAGGED, CLEAN);
