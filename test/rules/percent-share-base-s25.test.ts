import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';
import { findingsOf } from './audit-helper.js';

const pairs = async (text: string) => (await findingsOf('percent-mismatch', `${text}\n`)).map((f) => [f.data.num, f.data.den]);

/** Every rule, as a user runs them: which rule tells each wrong percent. */
async function rulesOf(text: string): Promise<string[]> {
  const outcome = await analyseBytes('t.txt', Buffer.from(`${text}\n`, 'utf8'));
  return outcome.analysis!.findings.filter((f) => f.rule.startsWith('percent')).map((f) => f.rule);
}

describe('percent shares: the base a share names in brackets, and a share over 100% beside its own fraction', () => {
  it('reads a "trong đó" part against the subject of the sentence, past the bracketed base of an earlier share', async () => {
    // Hand-checked: 1.032/2.150 = 48,0%; against the bracketed population 10.000 it would be 10,3%.
    expect(await pairs('Toàn xã có 2.150 thanh niên, chiếm 21,5% dân số toàn xã (10.000 người); trong đó nữ 1.032 người, chiếm 48,0%.')).toEqual([]);
    // The part's share is still checked, against the subject: 1.032/2.150 = 48%, not 52%.
    expect(await pairs('Toàn xã có 2.150 thanh niên, chiếm 21,5% dân số toàn xã (10.000 người); trong đó nữ 1.032 người, chiếm 52,0%.')).toEqual([[1032, 2150]]);
  });

  it('leaves a share over 100% beside a part no larger than its whole to percent-out-of-range', async () => {
    // Hand-checked: 1.240/1.300 = 95,4%; 195,4% is out of range, one digit too many.
    expect(await pairs('Số hộ dùng nước sạch là 1.240/1.300 hộ, đạt 195,4%.')).toEqual([]);
    expect(await rulesOf('Số hộ dùng nước sạch là 1.240/1.300 hộ, đạt 195,4%.')).toEqual(['percent-out-of-range']);
    // Under 100% the wrong share stays percent-mismatch's: 1.240/1.300 = 95,4%, not 59,4%.
    expect(await pairs('Số hộ dùng nước sạch là 1.240/1.300 hộ, đạt 59,4%.')).toEqual([[1240, 1300]]);
  });
});
