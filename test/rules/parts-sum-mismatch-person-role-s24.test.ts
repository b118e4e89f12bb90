import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { findUnit, unitKindOf } from '../../src/extract/labels.js';

// "N <role> viên, chia ra: … M người": a noun closed by the person suffix counts people, read whole as the unit
// (src/extract/labels.ts, findUnit and unitKindOf).
const run = async (text: string) => findingsOf('parts-sum-mismatch', `I. TỔ CHỨC\n${text}\n`);

describe('a count of people named by their role, split in "người"', () => {
  it('reads the role noun whole as the unit and its members in "người" as its parts', () => {
    expect(findUnit('có 40 tuyên truyền viên, gồm', 6)?.unit).toBe('tuyên truyền viên');
    expect(unitKindOf('người', 'tuyên truyền viên')).toBe(true);
    // Pills are no people, and a pack of them is no role.
    expect(findUnit('cấp 300 vỉ thuốc viên cho', 7)?.unit).not.toBe('vỉ thuốc viên');
    expect(unitKindOf('người', 'viên')).toBe(false);
  });
  it('sums the members against the count of the role', async () => {
    const bad = 'Toàn xã có 40 tuyên truyền viên, chia ra: cán bộ thôn 12 người; đoàn viên thanh niên 15 người; các thành viên khác 11 người.';
    const f = await run(bad);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('38');
    const ok = 'Toàn xã có 40 tuyên truyền viên, chia ra: cán bộ thôn 12 người; đoàn viên thanh niên 15 người; các thành viên khác 13 người.';
    expect(await run(ok)).toEqual([]);
  });
});
