import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "A triệu đồng (khoảng B tỷ đồng), gồm: …": the bracket restates A rounded, it is no second amount the parts make up
// (src/extract/claims-inline.ts, restatesBefore).
const run = async (text: string) => (await findingsOf('parts-sum-mismatch', text + '\n'));

describe('parts-sum-mismatch: a whole restated rounded in brackets', () => {
  it('sums the parts against the exact amount, not its rounded restatement', async () => {
    const ok = 'I. THI HÀNH ÁN\n- Tổng số tiền phải thu: 72.648 triệu đồng (khoảng 72,6 tỷ đồng), gồm: năm trước chuyển sang 41.300 triệu đồng, thụ lý mới 31.348 triệu đồng.';
    expect(await run(ok)).toEqual([]);
    const rounded = 'I. THI HÀNH ÁN\n- Tổng số tiền phải thu: 72.678 triệu đồng (tương đương 72,7 tỷ đồng), gồm: năm trước chuyển sang 41.330 triệu đồng, thụ lý mới 31.348 triệu đồng.';
    expect(await run(rounded)).toEqual([]);
  });
  it('still flags parts that miss the exact amount', async () => {
    const bad = 'I. THI HÀNH ÁN\n- Tổng số tiền phải thu: 72.648 triệu đồng (khoảng 72,6 tỷ đồng), gồm: năm trước chuyển sang 41.300 triệu đồng, thụ lý mới 31.448 triệu đồng.';
    const f = await run(bad);
    expect(f).toHaveLength(1);
    expect(f[0].evidence.some((e) => e.quote.includes('72.648'))).toBe(true);
  });
});
