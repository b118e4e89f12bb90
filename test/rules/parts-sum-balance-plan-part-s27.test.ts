import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const sums = async (text: string) => (await findingsOf('parts-sum-mismatch', `${text}\n`)).map((f) => [f.data.sum, f.data.whole]);

describe('parts-sum-mismatch: a balance is read only when its levels and flows are sure (session 27, h145)', () => {
  it('reads no balance through a pledged or planned amount of the same things', async () => {
    // Hand-checked: 52 − 04 = 48 as stated; the 06 is pledged, not done (was read 52 − 06 − 04 = 42 ≠ 48).
    expect(await sums('Đầu năm có 52 hộ nghèo; năm nay Đoàn xã đăng ký giúp 06 hộ thoát nghèo, trong 9 tháng đã giúp 04 hộ thoát nghèo; hiện còn 48 hộ nghèo.')).toEqual([]);
    // Hand-checked: 30 − 03 = 27; the 05 is the year's target (was read 30 − 05 − 03 = 22 ≠ 27).
    expect(await sums('Đầu năm có 30 hộ cận nghèo; chỉ tiêu giảm 05 hộ cận nghèo, 6 tháng giảm 03 hộ cận nghèo; hiện còn 27 hộ cận nghèo.')).toEqual([]);
  });

  it('still judges a balance with no plan among its flows', async () => {
    // Hand-checked: 52 − 04 = 48, not 46.
    expect(await sums('Đầu năm có 52 hộ nghèo; trong 9 tháng đã giúp 04 hộ thoát nghèo; hiện còn 46 hộ nghèo.')).toEqual([[48, 46]]);
  });

  it('reads no balance whose closing level names only a part the opening broke down', async () => {
    // Hand-checked: the flows are the part's, 64 + 05 − 03 = 66 (was read 210 + 05 − 03 = 212 ≠ 66).
    expect(await sums('Đầu năm, huyện có 210 người khuyết tật, trong đó 64 người khuyết tật nặng; trong 6 tháng phát sinh mới 05 người, chết 03 người; hiện còn 66 người khuyết tật nặng.')).toEqual([]);
  });

  it('still closes at a level named as the opening is, beside the breakdown', async () => {
    // Hand-checked: 210 + 05 − 03 = 212, not 215.
    expect(await sums('Đầu năm, huyện có 210 người khuyết tật, trong đó 64 người khuyết tật nặng; trong 6 tháng phát sinh mới 05 người, chết 03 người; hiện còn 215 người khuyết tật.')).toEqual([[212, 215]]);
  });
});
