import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "02 nhóm tồn tại là nguyên nhân làm chậm tiến độ: (1) …; (2) …; (3) …": a bare "là" and a lower-case description of the
// counted things up to a colon lead in to the list (src/extract/claims-lists.ts, DESCRIBED_INTRO). Sentences written for this test.
const RULE = 'list-count-mismatch';

describe('list-count-mismatch: a count described after "là" before its colon (s40)', () => {
  it('counts the items after the colon', async () => {
    await expectFindings(RULE, 'Ban quản lý dự án đã tập trung khắc phục 02 (hai) nhóm tồn tại là nguyên nhân làm chậm tiến độ: (1) giải phóng mặt bằng kéo dài; (2) thiếu vật liệu san lấp; (3) thời tiết mưa nhiều.', [
      { messageId: 'listCountMismatch', data: { count: 2, listed: 3 } },
    ]);
  });

  it('stays silent when the items match the count', async () => {
    await expectNone(RULE, 'Ban quản lý dự án đã tập trung khắc phục 03 (ba) nhóm tồn tại là nguyên nhân làm chậm tiến độ: (1) giải phóng mặt bằng kéo dài; (2) thiếu vật liệu san lấp; (3) thời tiết mưa nhiều.');
  });
});
