import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const sums = async (text: string) => (await findingsOf('parts-sum-mismatch', `${text}\n`)).map((f) => [f.data.sum, f.data.whole]);

describe('parts-sum-mismatch: a cut-off before a flow dates what was done by then (session 23, s117)', () => {
  it('reads "đến ngày …, đã giải quyết N" as a flow, the level after it as the closing one', async () => {
    // Hand-checked: 05 + 14 − 16 = 3, as stated: no finding (was read 05 + 14 = 19 ≠ "cuối kỳ" 16).
    expect(await sums('Kỳ trước chuyển sang 05 vụ việc hòa giải, tiếp nhận mới 14 vụ việc; đến ngày 20/6/2025 đã giải quyết 16 vụ việc, còn tồn 03 vụ việc.')).toEqual([]);
    // Hand-checked: 05 + 14 − 16 = 3, not 4: the balance is still read, now at the right level.
    expect(await sums('Kỳ trước chuyển sang 05 vụ việc hòa giải, tiếp nhận mới 14 vụ việc; đến ngày 20/6/2025 đã giải quyết 16 vụ việc, còn tồn 04 vụ việc.')).toEqual([[3, 4]]);
  });

  it('holds no amount done by a cut-off against the opening and new amounts a "gồm" splits', async () => {
    // 96 + 412 = 508 is the total to collect; 377 is what was collected by 30/6, no level.
    expect(await sums('Số tiền thuế sử dụng đất phải thu là 508 triệu đồng, gồm số năm trước chuyển sang 96 triệu đồng và số phát sinh trong năm 412 triệu đồng. Tính đến ngày 30/6/2025 đã thu hồi 377 triệu đồng, đạt 74,2%; còn phải thu 131 triệu đồng.')).toEqual([]);
    // Files: 22 carried in, 140 received, 151 settled by the cut-off: a flow, not the closing level.
    expect(await sums('Tổng số hồ sơ đất đai phải giải quyết là 162 hồ sơ, gồm kỳ trước chuyển sang 22 hồ sơ và tiếp nhận mới 140 hồ sơ. Tính đến ngày 15/6/2025 đã giải quyết 151 hồ sơ.')).toEqual([]);
  });

  it('still closes at a level the cut-off dates', async () => {
    // Hand-checked: 146 − 38 + 7 = 115, not 125.
    expect(await sums('Đầu năm có 146 hộ nghèo; trong 6 tháng có 38 hộ thoát nghèo, phát sinh mới 07 hộ nghèo; đến ngày 15/6/2025 số hộ nghèo là 125 hộ.')).toEqual([[115, 125]]);
  });
});
