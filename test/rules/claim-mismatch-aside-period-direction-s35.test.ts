import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "<value> (<period>: <base>), tăng/giảm so với <period>": the earlier value in the aside right after the value
// (src/extract/claims-own-direction.ts).
const seen = async (text: string) => (await findingsOf('claim-mismatch', `I. KẾT QUẢ\n${text}\n`))
  .filter((f) => f.messageId === 'directionMismatch')
  .map((f) => [f.data.verb, f.data.base, f.data.value]);

describe('claim-mismatch: a way of change against the earlier value in the aside before it', () => {
  it('flags a way the aside denies', async () => {
    expect(await seen('- Công an xã tiếp nhận 85 tin báo, xác minh 58 tin báo về tội phạm (năm 2023: 44 tin báo), giảm so với năm 2023; xử lý 12 đối tượng.'))
      .toEqual([['giảm', 44, 58]]);
    expect(await seen('- Số vụ tai nạn giao thông là 9 vụ (cùng kỳ: 14 vụ), tăng so với cùng kỳ.')).toEqual([['tăng', 14, 9]]);
  });
  it('stays silent on a true way, another period, a hedge or an amount after the claim', async () => {
    expect(await seen('- Công an xã xác minh 58 tin báo về tội phạm (năm 2023: 64 tin báo), giảm so với năm 2023.')).toEqual([]);
    expect(await seen('- Công an xã xác minh 58 tin báo về tội phạm (năm 2022: 44 tin báo), giảm so với năm 2023.')).toEqual([]);
    expect(await seen('- Công an xã xác minh khoảng 58 tin báo về tội phạm (năm 2023: 44 tin báo), giảm so với năm 2023.')).toEqual([]);
    expect(await seen('- Công an xã xác minh 58 tin báo về tội phạm (năm 2023: 44 tin báo), giảm so với năm 2023 là 3 tin báo.')).toEqual([]);
  });
});
