import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'parts-sum-mismatch';

describe('parts-sum-mismatch: a whole opened first and split by a named criterion', () => {
  it('adds the classes a criterion lists after its colon', async () => {
    // 40 + 85 + 120 + 55 = 300, not 310.
    const f = await findingsOf(RULE, 'Trong tổng số 310 hội viên, về độ tuổi có: dưới 30 tuổi 40, từ 30 đến 45 tuổi 85, từ 46 đến 60 tuổi 120 và trên 60 tuổi 55 hội viên.\n');
    expect(f.map((x) => [x.data.sum ?? x.data.actual, x.data.total ?? x.data.whole])).toHaveLength(1);
    expect(JSON.stringify(f[0].data)).toContain('300');
  });

  it('stays silent when the classes add up, or when no criterion frames them', async () => {
    expect(await findingsOf(RULE, 'Trong tổng số 300 hội viên, về độ tuổi có: dưới 30 tuổi 40, từ 30 đến 45 tuổi 85, từ 46 đến 60 tuổi 120 và trên 60 tuổi 55 hội viên.\n')).toEqual([]);
    // Without a criterion, "có:" may single out some members only.
    expect(await findingsOf(RULE, 'Trong tổng số 310 hội viên, có: 40 hội viên nữ, 85 hội viên là cựu chiến binh và 12 hội viên là người dân tộc thiểu số.\n')).toEqual([]);
  });
});
