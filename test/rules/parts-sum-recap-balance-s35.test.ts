import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Flows first, then "Như vậy, từ <opening> đầu năm, đến <date> … có <closing>" (src/extract/claims-balance-recap.ts).
const seen = async (closing: number, extra = '') => (await findingsOf('parts-sum-mismatch', `I. KẾT QUẢ
Trong năm có 23 hợp tác xã thành lập mới; 03 hợp tác xã trở lại hoạt động;${extra} 04 hợp tác xã giải thể và 02 hợp tác xã tạm ngừng kinh doanh. Như vậy, từ 118 hợp tác xã đầu năm, đến 31/12/2024 toàn tỉnh có ${closing} hợp tác xã đang hoạt động.
`)).filter((f) => f.messageId === 'balanceMismatch').map((f) => [f.data.sum, f.data.whole]);

describe('parts-sum-mismatch: a stock recapped after its flows', () => {
  it('flags a closing level its opening and flows do not give', async () => {
    expect(await seen(142)).toEqual([[138, 142]]);
  });
  it('stays silent when they agree, or when an amount of the same things flows no way it tells', async () => {
    expect(await seen(138)).toEqual([]);
    expect(await seen(142, ' 12 hợp tác xã được hỗ trợ vốn;')).toEqual([]);
  });
});
