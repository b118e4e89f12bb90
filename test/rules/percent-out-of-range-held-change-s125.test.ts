import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const findings = (text: string) => findingsOf('percent-out-of-range', text);

// Session 25 (holdout125): a held share followed by the change of its count. Sentences written for this test.
describe('percent-out-of-range: a held share ("chiếm …%") followed by a change with its own figure', () => {
  it('reads the change as the count\'s, not the share\'s: the share still cannot pass 100%', async () => {
    // Hand-checked: 1.240 hội viên cannot make up 312,5% of all households; "tăng 85 hội viên so với cùng kỳ" is the count's change.
    const [f, ...rest] = await findings('Câu lạc bộ dưỡng sinh có 1.240 hội viên chiếm 312,5% tổng số hộ của xã, tăng 85 hội viên so với cùng kỳ.\n');
    expect(rest).toEqual([]);
    expect(f.messageId).toBe('percentOverWhole');
    expect(f.data).toMatchObject({ stated: '312,5' });
  });

  it('leaves a growth rate after such a share, and a share under 100%, alone', async () => {
    expect(await findings('Câu lạc bộ dưỡng sinh có 1.240 hội viên chiếm 31,2% tổng số hộ của xã, tăng 85 hội viên so với cùng kỳ.\n')).toEqual([]);
    expect(await findings('Doanh thu dịch vụ lưu trú tăng 125,4% so với cùng kỳ, chiếm 38,1% tổng doanh thu.\n')).toEqual([]);
  });
});
