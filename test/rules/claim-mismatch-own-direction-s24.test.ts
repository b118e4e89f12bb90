import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "<value>, tăng/giảm so với <earlier period> (<base>)": a way of change with no amount, right after its own value
// (src/extract/claims-own-direction.ts).
const run = async (text: string) => (await findingsOf('claim-mismatch', `I. KẾT QUẢ\n${text}\n`)).filter((f) => f.messageId === 'directionMismatch');
const seen = async (text: string) => (await run(text)).map((x) => [x.data.verb, x.data.base, x.data.value]);

describe('claim-mismatch: a way of change right after its value', () => {
  it('flags the way the value did not go, past a bracket aside', async () => {
    expect(await seen('- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 91,2%, tăng so với cùng kỳ năm 2024 (93,5%).')).toEqual([['tăng', 93.5, 91.2]]);
    expect(await seen('- Tỷ lệ hòa giải thành đạt 75,0% (30/40 vụ việc), tăng so với năm 2024 (78,6%).')).toEqual([['tăng', 78.6, 75]]);
    expect(await seen('- Xảy ra 17 vụ cháy, giảm so với năm trước (12 vụ).')).toEqual([['giảm', 12, 17]]);
  });
  it('stays silent on the way it went, another unit, a hedged value or two counts of one noun', async () => {
    expect(await seen('- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 95,2%, tăng so với cùng kỳ năm 2024 (93,5%).')).toEqual([]);
    expect(await seen('- Xảy ra 17 vụ cháy, giảm so với năm trước (12 người).')).toEqual([]);
    expect(await seen('- Xảy ra hơn 17 vụ cháy, giảm so với năm trước (12 vụ).')).toEqual([]);
    expect(await seen('- Tiếp nhận 50 hồ sơ, giải quyết 38 hồ sơ, tăng so với cùng kỳ (40 hồ sơ).')).toEqual([]);
    expect(await seen('- Xảy ra 17 vụ cháy (cùng kỳ 12 vụ), giảm so với năm trước (12 vụ).')).toEqual([]);
  });
});
