import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const sums = async (text: string) => (await findingsOf('parts-sum-mismatch', `${text}\n`)).map((f) => [f.data.sum, f.data.whole]);

describe('parts-sum-mismatch: a balance opened by a level dated the first day of a period', () => {
  it('checks a level "ngày 01/…" against its flows and a level at a later cut-off', async () => {
    // Hand-checked: 412 + 9 − 3 = 418, not 420.
    expect(await sums('Số đảng viên tại thời điểm 01/7/2024 là 412 đồng chí; trong 6 tháng kết nạp 9 đồng chí, chuyển đi 3 đồng chí; đến ngày 31/12/2024 là 420 đồng chí.')).toEqual([[418, 420]]);
    // Hand-checked: 4.150 + 96 − 31 + 40 − 55 = 4.200, as stated.
    expect(await sums('Dân số ngày 01/01/2024 là 4.150 người. Trong năm có 96 trẻ sinh ra, 31 người chết, 40 người chuyển đến và 55 người chuyển đi; dân số đến ngày 31/12/2024 là 4.200 người.')).toEqual([]);
  });

  it('reads no balance from a level dated another day with no cut-off word', async () => {
    // 15/3 is no period's first day: "ngày 15/3/2024" dates an event, its count no opening level.
    expect(await sums('Ngày 15/3/2024 tổ chức khám cho 412 người; sau đó chuyển đi 3 người; đến ngày 31/12/2024 là 420 người.')).toEqual([]);
  });
});
