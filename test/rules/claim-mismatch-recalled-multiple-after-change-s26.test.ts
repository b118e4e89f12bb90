import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const ratios = async (text: string) =>
  (await findingsOf('claim-mismatch', text + '\n')).filter((f) => f.messageId === 'ratioMismatch').map((f) => [f.data.stated, f.data.high, f.data.low, f.data.actual]);

// A figure-less "Số X tăng gấp đôi so với <earlier period>" against the one count of X stated elsewhere with its own change
// and, after "so với" that period, its earlier value alone in a bracket. Each ratio checked by hand.
describe('claim-mismatch: a recalled multiple against a count stated with its change and bracketed base (s26)', () => {
  const report = (claim: string, base: string, change: string) =>
    'I. KẾT QUẢ\n1. Kinh tế tập thể\n'
    + `Số hợp tác xã nông nghiệp thành lập mới là 18 hợp tác xã, tăng ${change} so với năm 2024 (${base} hợp tác xã). Các hợp tác xã hoạt động ổn định.\n`
    + '2. Đánh giá chung\n'
    + `Nhìn chung, ${claim}, đội ngũ cán bộ quản lý từng bước được nâng cao.`;

  it('flags a worded multiple the stated pair does not bear', async () => {
    // 18 / 12 = 1,5: not "gấp đôi".
    expect(await ratios(report('số hợp tác xã nông nghiệp thành lập mới tăng gấp đôi so với năm 2024', '12', '50%'))).toEqual([[2, 18, 12, 1.5]]);
    // 18 / 6 = 3: not "gấp đôi" either, though "gấp ba lần" fits.
    expect(await ratios(report('số hợp tác xã nông nghiệp thành lập mới tăng gấp đôi so với năm 2024', '6', '200%'))).toEqual([[2, 18, 6, 3]]);
    expect(await ratios(report('số hợp tác xã nông nghiệp thành lập mới tăng gấp ba lần so với năm 2024', '6', '200%'))).toEqual([]);
  });

  it('says nothing when the pair bears the multiple, or the change is hedged, or another year is compared', async () => {
    // 18 / 9 = 2.
    expect(await ratios(report('số hợp tác xã nông nghiệp thành lập mới tăng gấp đôi so với năm 2024', '9', '100%'))).toEqual([]);
    expect(await ratios(report('số hợp tác xã nông nghiệp thành lập mới tăng gấp đôi so với năm 2024', '12', 'khoảng 50%'))).toEqual([]);
    expect(await ratios(report('số hợp tác xã nông nghiệp thành lập mới tăng gấp đôi so với năm 2023', '12', '50%'))).toEqual([]);
  });
});
