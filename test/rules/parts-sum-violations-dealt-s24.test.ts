import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'parts-sum-mismatch';

// Violations split by how each was dealt with (fined, passed on to investigators, warned) are distinct: together they
// cannot be more than the violations; with those still being looked into they are all of them.
describe('parts-sum-mismatch: violations by how they were dealt with', () => {
  it('flags ways of dealing that add up to more than the violations', async () => {
    // Hand-checked: 52 + 05 + 11 = 68 > 65.
    await expectFindings(RULE, 'Trong 65 trường hợp vi phạm: xử phạt hành chính 52 trường hợp, chuyển hồ sơ sang Công an huyện 05 trường hợp, nhắc nhở 11 trường hợp.', [
      { messageId: 'partsExceedWhole', data: { sum: 68, whole: 65 } },
    ]);
    // With those still being looked into, all of them. Hand-checked: 48 + 05 + 09 + 04 = 66 ≠ 65.
    await expectFindings(RULE, 'Trong 65 trường hợp vi phạm: xử phạt 48 trường hợp, khởi tố 05 trường hợp, cảnh cáo 09 trường hợp, đang xác minh 04 trường hợp.', [
      { messageId: 'partsSumMismatch', data: { sum: 66, whole: 65 } },
    ]);
  });

  it('leaves ways of dealing within the violations, and other deeds, alone', async () => {
    // 50 + 05 + 10 = 65, and 45 + 05 + 10 = 60 ≤ 65 (some not yet dealt with).
    await expectNone(RULE, 'Trong 65 trường hợp vi phạm: xử phạt hành chính 50 trường hợp, chuyển hồ sơ sang Công an huyện 05 trường hợp, nhắc nhở 10 trường hợp.');
    await expectNone(RULE, 'Trong 65 trường hợp vi phạm: xử phạt hành chính 45 trường hợp, chuyển hồ sơ sang Công an huyện 05 trường hợp, nhắc nhở 10 trường hợp.');
    // Fining and seizing may fall on one violation: no partition.
    await expectNone(RULE, 'Trong 65 trường hợp vi phạm: xử phạt 52 trường hợp, tạm giữ phương tiện 20 trường hợp.');
  });
});
