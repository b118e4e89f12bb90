import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const sums = async (text: string) => (await findingsOf('parts-sum-mismatch', `${text}\n`)).map((f) => [f.data.sum, f.data.whole]);

describe('parts-sum-mismatch: online services split by how much is done online', () => {
  it('does not read "toàn trình" / "một phần" as covering a whole of every procedure', async () => {
    // Some of the 150 procedures are not online at all: 70 + 45 = 115 may fall short.
    expect(await sums('Trung tâm Phục vụ hành chính công huyện đang giải quyết 150 thủ tục hành chính, trong đó 70 thủ tục trực tuyến toàn trình và 45 thủ tục trực tuyến một phần.'))
      .toEqual([]);
    expect(await sums('Tiếp nhận 240 hồ sơ: toàn trình 150 hồ sơ, một phần 80 hồ sơ.')).toEqual([]);
  });

  it('reads them as covering a whole of online services', async () => {
    // Hand-checked: 70 + 45 = 115, not 150.
    expect(await sums('Huyện cung cấp 150 dịch vụ công trực tuyến, trong đó 70 dịch vụ toàn trình và 45 dịch vụ một phần.')).toEqual([[115, 150]]);
    // Hand-checked: 150 + 80 = 230, not 240.
    expect(await sums('Tiếp nhận 240 hồ sơ trực tuyến: toàn trình 150 hồ sơ, một phần 80 hồ sơ.')).toEqual([[230, 240]]);
  });
});
