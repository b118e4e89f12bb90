import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A group's leaders and members ("đội trưởng", "tổ viên") are people: a breakdown of them splits the count of people stated
// beside the groups, never the count of groups (the role's first word names the group, it is not the group's unit).
describe('parts that are roles in a group', () => {
  it('does not set the members of the groups against the number of groups', async () => {
    // Hand-checked: 07 + 07 + 28 = 42 members of 07 teams; 28 team members are no part of 07 teams.
    const text = '1. Kết quả\n- Thôn thành lập 07 tổ tự quản với 42 thành viên, gồm 07 tổ trưởng, 07 tổ phó và 28 tổ viên.\n';
    expect(await findingsOf('part-exceeds-whole', text)).toEqual([]);
    expect(await findingsOf('parts-sum-mismatch', text)).toEqual([]);
  });

  it('adds the roles up against the people they split', async () => {
    // Hand-checked: 05 + 31 = 36, not the 38 people stated.
    const text = '1. Kết quả\n- Xã kiện toàn 05 ấp với 38 người tham gia, gồm 05 ấp trưởng và 31 ấp viên.\n';
    const found = await findingsOf('parts-sum-mismatch', text);
    expect(found.map((f) => f.data.sum)).toEqual([36]);
    expect(await findingsOf('part-exceeds-whole', text)).toEqual([]);
  });

  it('still flags a part larger than the people it belongs to', async () => {
    // Hand-checked: 120 members cannot be among 24 people (a slip for 12).
    const text = '1. Kết quả\n- Duy trì 12 tổ hòa giải với 24 người, trong đó tổ viên 120 người.\n';
    const found = await findingsOf('part-exceeds-whole', text);
    expect(found.map((f) => [f.data.part, f.data.whole])).toEqual([[120, 24]]);
  });
});
