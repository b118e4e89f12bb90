import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const found = async (text: string) =>
  (await findingsOf('repeated-value-conflict', text)).map((f) => [f.data.value, f.data.other]);

// "nâng <total's name> lên N": N is the total reached, not an amount added, also when the total's name is long and holds its
// year ("nâng tổng nguồn vốn huy động … năm 2025 lên 18.460 triệu đồng"). Read so, it is held against the total stated
// elsewhere. Each case written for this test; 18.460 / 18.640 are two neighbouring digits swapped.
const report = (raised: string, total: string) => [
  'BÁO CÁO',
  'Kết quả hoạt động tín dụng năm 2025',
  'I. KẾT QUẢ THỰC HIỆN',
  '1. Huy động vốn',
  `Quý IV/2025, vốn huy động tại chỗ đạt 5.120 triệu đồng, tăng 3,2% so với quý IV/2024 (4.961 triệu đồng), nâng tổng nguồn vốn huy động tại chỗ trên địa bàn năm 2025 lên ${raised} triệu đồng.`,
  '2. Cho vay',
  'Doanh số cho vay hộ sản xuất đạt 9.870 triệu đồng.',
  'II. ĐÁNH GIÁ CHUNG',
  `Lũy kế năm 2025, tổng nguồn vốn huy động tại chỗ trên địa bàn đạt ${total} triệu đồng, đạt 96,1% kế hoạch.`,
  '',
].join('\n');

describe('repeated-value-conflict: a total raised to a level through a long name (s26)', () => {
  it('flags the level reached against the total restated with two digits swapped', async () => {
    expect(await found(report('18.460', '18.640'))).toEqual([['18.460 triệu đồng', '18.640 triệu đồng']]);
  });
  it('says nothing when the two agree', async () => {
    expect(await found(report('18.460', '18.460'))).toEqual([]);
  });
});
