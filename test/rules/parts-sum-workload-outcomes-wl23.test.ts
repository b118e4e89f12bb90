import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { describeVariants } from './variants-helper.js';

// Session 23 (wl): a workload and what became of it, in the shapes reports write it: outcomes joined by commas, a part's
// own share between the parts ("đạt 68,9%"), a bracketed breakdown of the whole, a count of a two-word noun ("tin báo").
// Sentences written for this test in four topics (complaints, administrative files, construction violations, traffic);
// every sum checked by hand.
const FLAGGED: Array<[string, string]> = [
  // Complaints, commas only: 38 + 12 = 50, not 52.
  ['Tổng số đơn khiếu nại, tố cáo phải giải quyết trong kỳ là 52 đơn, đã giải quyết 38 đơn, còn 12 đơn đang giải quyết.', '"sum":50'],
  // Voters' petitions, the settled part's share between the parts: 19 + 6 = 25, not 27.
  ['Số kiến nghị của cử tri cần giải quyết là 27 kiến nghị, đã giải quyết xong 19 kiến nghị, đạt 70,4%, còn 6 kiến nghị chưa giải quyết.', '"sum":25'],
  // Administrative files, the whole broken down in brackets, then ";": 1.198 + 40 = 1.238, not 1.240.
  ['Tổng số hồ sơ thủ tục hành chính phải giải quyết là 1.240 hồ sơ (kỳ trước chuyển sang 85 hồ sơ, tiếp nhận mới 1.155 hồ sơ); đã giải quyết 1.198 hồ sơ, đạt 96,6%, đang giải quyết 40 hồ sơ.', '"sum":1238'],
  // Building permits, commas: 70 + 14 = 84, not 86.
  ['Số hồ sơ cấp giấy phép xây dựng phải giải quyết là 86 hồ sơ, đã giải quyết 70 hồ sơ, còn 14 hồ sơ đang giải quyết.', '"sum":84'],
  // Construction violations, commas: 17 + 5 = 22, not 23.
  ['Số vụ vi phạm trật tự xây dựng phải xử lý là 23 vụ, đã xử lý 17 vụ, còn tồn 5 vụ.', '"sum":22'],
  // Construction violations, bracketed breakdown and share: 25 + 11 = 36, not 38.
  ['Tổng số công trình vi phạm phải xử lý trong năm là 38 công trình (11 công trình tồn đọng từ năm trước và 27 công trình phát sinh mới); đã xử lý dứt điểm 25 công trình, đạt 65,8%, còn tồn 11 công trình.', '"sum":36'],
  // Traffic, "đạt tỷ lệ" and the outcome after the noun: 290 + 24 = 314, not 316.
  ['Tổng số trường hợp vi phạm trật tự an toàn giao thông phải xử lý là 316 trường hợp; đã xử lý 290 trường hợp, đạt tỷ lệ 91,8%, còn 24 trường hợp chưa xử lý.', '"sum":314'],
  // Traffic, pending told by its own verb: 95 + 23 = 118, not 120.
  ['Tổng số trường hợp vi phạm giao thông cần xử lý 120 trường hợp, đã xử lý 95 trường hợp, đang xử lý 23 trường hợp.', '"sum":118'],
  // Crime reports, "chiếm" and a two-word noun: 50 + 16 = 66, not 64.
  ['Phải xử lý 64 tin báo; đã xử lý 50 tin báo, chiếm 78,1%, còn 16 tin báo đang xử lý.', '"sum":66'],
  // A workload given only as its two inflows: 18 + 27 − 31 = 14, not 16.
  ['Tồn đọng từ năm trước chuyển sang 18 trường hợp, phát sinh mới 27 trường hợp; đã xử lý 31 trường hợp, còn tồn 16 trường hợp.', '"sum":14'],
  // 9 + 212 − 205 = 16, not 14 ("còn 14 hồ sơ đang giải quyết": the level left, "đã giải quyết" being the 205's).
  ['Kỳ trước chuyển sang 9 hồ sơ, tiếp nhận mới 212 hồ sơ; đã giải quyết 205 hồ sơ, còn 14 hồ sơ đang giải quyết.', '"sum":16'],
  // 6 + 41 − 40 = 7, not 9.
  ['Số vụ vi phạm tồn từ năm 2024 chuyển sang 6 vụ, phát sinh 41 vụ; đã xử lý xong 40 vụ, còn 9 vụ đang xử lý.', '"sum":7'],
];

const CLEAN: string[] = [
  // The same sentences, balanced: 38 + 14 = 52; 19 + 8 = 27; 1.198 + 42 = 1.240; 70 + 16 = 86; 17 + 6 = 23; 25 + 13 = 38;
  // 290 + 26 = 316; 95 + 25 = 120; 50 + 14 = 64; 18 + 27 − 31 = 14; 9 + 212 − 205 = 16; 6 + 41 − 40 = 7.
  'Tổng số đơn khiếu nại, tố cáo phải giải quyết trong kỳ là 52 đơn, đã giải quyết 38 đơn, còn 14 đơn đang giải quyết.',
  'Số kiến nghị của cử tri cần giải quyết là 27 kiến nghị, đã giải quyết xong 19 kiến nghị, đạt 70,4%, còn 8 kiến nghị chưa giải quyết.',
  'Tổng số hồ sơ thủ tục hành chính phải giải quyết là 1.240 hồ sơ (kỳ trước chuyển sang 85 hồ sơ, tiếp nhận mới 1.155 hồ sơ); đã giải quyết 1.198 hồ sơ, đạt 96,6%, đang giải quyết 42 hồ sơ.',
  'Số hồ sơ cấp giấy phép xây dựng phải giải quyết là 86 hồ sơ, đã giải quyết 70 hồ sơ, còn 16 hồ sơ đang giải quyết.',
  'Số vụ vi phạm trật tự xây dựng phải xử lý là 23 vụ, đã xử lý 17 vụ, còn tồn 6 vụ.',
  'Tổng số công trình vi phạm phải xử lý trong năm là 38 công trình (11 công trình tồn đọng từ năm trước và 27 công trình phát sinh mới); đã xử lý dứt điểm 25 công trình, đạt 65,8%, còn tồn 13 công trình.',
  'Tổng số trường hợp vi phạm trật tự an toàn giao thông phải xử lý là 316 trường hợp; đã xử lý 290 trường hợp, đạt tỷ lệ 91,8%, còn 26 trường hợp chưa xử lý.',
  'Tổng số trường hợp vi phạm giao thông cần xử lý 120 trường hợp, đã xử lý 95 trường hợp, đang xử lý 25 trường hợp.',
  'Phải xử lý 64 tin báo; đã xử lý 50 tin báo, chiếm 78,1%, còn 14 tin báo đang xử lý.',
  'Tồn đọng từ năm trước chuyển sang 18 trường hợp, phát sinh mới 27 trường hợp; đã xử lý 31 trường hợp, còn tồn 14 trường hợp.',
  'Kỳ trước chuyển sang 9 hồ sơ, tiếp nhận mới 212 hồ sơ; đã giải quyết 205 hồ sơ, còn 16 hồ sơ đang giải quyết.',
  'Số vụ vi phạm tồn từ năm 2024 chuyển sang 6 vụ, phát sinh 41 vụ; đã xử lý xong 40 vụ, còn 7 vụ đang xử lý.',
  // What came in during the period leaves out what was carried over: 31 + 16 = 47 > 40 may be right.
  'Tiếp nhận trong kỳ 40 hồ sơ; đã giải quyết 31 hồ sơ, còn 16 hồ sơ đang giải quyết.',
  'Thụ lý mới 40 vụ, đã giải quyết 31 vụ, còn 16 vụ đang giải quyết.',
  'Số tin báo phát sinh cần xử lý là 40 tin báo, đã xử lý 31 tin báo, còn 16 tin báo đang xử lý.',
  // "còn" names something else than a pending part: maybe no part of the workload at all.
  'Tổng số đơn phải giải quyết là 45 đơn, đã giải quyết 31 đơn, còn 16 đơn không thuộc thẩm quyền.',
  'Tổng số đơn phải giải quyết là 45 đơn; đã giải quyết 31 đơn, còn 16 đơn không thuộc thẩm quyền, đã hướng dẫn công dân gửi đến cơ quan có thẩm quyền.',
  'Tổng số đơn phải giải quyết là 45 đơn; đã giải quyết 31 đơn, còn 16 đơn không thuộc thẩm quyền đã chuyển cơ quan có thẩm quyền.',
  // The parts count another noun.
  'Tổng số đơn phải giải quyết là 45 đơn, đã giải quyết 31 vụ việc, còn 16 vụ việc đang giải quyết.',
  // A part split further before the next one.
  'Tổng số đơn phải giải quyết là 45 đơn, đã giải quyết 31 đơn, trong đó 20 đơn đúng hạn, còn 16 đơn đang giải quyết.',
  'Tổng số đơn phải giải quyết là 45 đơn, đã giải quyết 31 đơn (đúng hạn 20 đơn, quá hạn 11 đơn), còn 16 đơn đang giải quyết.',
  // Only one outcome told after commas, or no pending part: nothing covers the whole.
  'Tổng số hồ sơ phải giải quyết là 45 hồ sơ, đã giải quyết 31 hồ sơ.',
  'Tổng số đơn phải giải quyết là 45 đơn, đã giải quyết 31 đơn, chuyển cơ quan khác 16 đơn.',
  // Another clause before the outcomes, or a share of something else between them: the run is unclear.
  'Tổng số đơn phải giải quyết là 45 đơn, tăng 5 đơn so với cùng kỳ, đã giải quyết 31 đơn, còn 16 đơn đang giải quyết.',
  'Tổng số đơn phải giải quyết là 45 đơn, đã giải quyết 31 đơn, đạt 68,9% kế hoạch, còn 16 đơn đang giải quyết.',
];

describeVariants('parts-sum-mismatch', FLAGGED, CLEAN);

describe('parts-sum-mismatch: a workload with a commune report header (session 23, wl)', () => {
  const header = 'ỦY BAN NHÂN DÂN XÃ AN PHÚ\nBÁO CÁO\nKết quả công tác 6 tháng đầu năm 2025\n';
  it('reads the outcomes of a workload in a report body', async () => {
    const found = await findingsOf('parts-sum-mismatch', `${header}Tổng số hồ sơ đất đai phải giải quyết là 45 hồ sơ, đã giải quyết 31 hồ sơ, còn 16 hồ sơ đang giải quyết.\n`);
    // 31 + 16 = 47, not 45.
    expect(found.map((f) => [f.data.sum, f.data.whole])).toEqual([[47, 45]]);
  });
});
