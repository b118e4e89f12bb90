import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const found = async (text: string) =>
  (await findingsOf('repeated-value-conflict', text)).map((f) => [f.data.value, f.data.other]);

// "<verb> … cho N <noun> và M <noun2>": the second recipient, joined to the first by "và", is reached by the same verb as
// the first, so it counts only those the action reached, some of the M' <noun2> stated as what there is elsewhere.
// Each case written for this test and checked by hand.
const report = (first: string, second: string) => [
  'BÁO CÁO',
  'Kết quả công tác khuyến nông năm 2025',
  'I. KẾT QUẢ THỰC HIỆN',
  '1. Hỗ trợ sản xuất',
  `Trong năm, xã đã ${first}.`,
  '2. Liên kết tiêu thụ',
  `Toàn xã hiện ${second}, tổng diện tích liên kết 412,5 ha.`,
  '',
].join('\n');

describe('repeated-value-conflict: a recipient joined by "và" to another one (s30)', () => {
  it('says nothing of a smaller count the same verb reached through the first recipient', async () => {
    // 05 tổ hợp tác reached by the support, 17 tổ hợp tác with contracts: some of them.
    expect(await found(report('cấp 2.400 kg giống lúa cho 186 hộ nông dân và 05 tổ hợp tác sản xuất', 'có 340 hộ nông dân và 17 tổ hợp tác sản xuất tham gia liên kết'))).toEqual([]);
    expect(await found(report('cấp 2.400 kg giống lúa cho 186 hộ nông dân, 05 tổ hợp tác sản xuất', 'có 340 hộ nông dân, 17 tổ hợp tác sản xuất tham gia liên kết'))).toEqual([]);
  });

  it('still flags two plain counts of one noun phrase', async () => {
    // No verb reaches the 15: it is the same count as the 17, one of them mistyped.
    expect(await found(report('có 340 hộ nông dân và 15 tổ hợp tác sản xuất', 'có 340 hộ nông dân và 17 tổ hợp tác sản xuất tham gia liên kết'))).toEqual([['17', '15']]);
  });
});
