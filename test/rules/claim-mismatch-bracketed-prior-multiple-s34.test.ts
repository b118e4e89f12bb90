import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const ratios = async (text: string) =>
  (await findingsOf('claim-mismatch', text + '\n')).filter((f) => f.messageId === 'ratioMismatch').map((f) => [f.data.stated, f.data.high, f.data.low]);

// "Số X tăng gấp đôi so với cùng kỳ (B)" in a statement of its own, whose one figure is its base in the bracket: the current
// value is the one count of the paragraph before it, in the base's unit, whose clause names X. Ratios checked by hand.
describe('claim-mismatch: a multiple whose statement gives only its bracketed base (s34)', () => {
  const report = (count: string, claim: string) =>
    'I. KẾT QUẢ\n1. Y tế dự phòng\n'
    + `Trạm y tế phát hiện ${count} ca sốt xuất huyết, trong đó 03 ca ở thôn Đông; đã phun hóa chất 12 lần. ${claim}\n`
    + '2. Khám chữa bệnh\nTrạm khám cho 640 lượt người.';

  it('flags a worded multiple the pair does not bear', async () => {
    // 9 / 6 = 1,5: not "gấp đôi".
    expect(await ratios(report('09', 'Số ca sốt xuất huyết tăng gấp đôi so với cùng kỳ năm 2024 (06 ca).'))).toEqual([[2, 9, 6]]);
    // 10 / 4 = 2,5: not "gấp ba lần".
    expect(await ratios(report('10', 'Số ca sốt xuất huyết tăng gấp ba lần so với cùng kỳ (04 ca).'))).toEqual([[3, 10, 4]]);
  });

  it('says nothing when the pair bears it, the multiple is hedged, or the bracket holds more than the base', async () => {
    // 12 / 6 = 2.
    expect(await ratios(report('12', 'Số ca sốt xuất huyết tăng gấp đôi so với cùng kỳ năm 2024 (06 ca).'))).toEqual([]);
    expect(await ratios(report('09', 'Số ca sốt xuất huyết tăng gần gấp đôi so với cùng kỳ năm 2024 (06 ca).'))).toEqual([]);
    expect(await ratios(report('09', 'Số ca sốt xuất huyết tăng gấp đôi so với cùng kỳ năm 2024 (06 ca, chủ yếu ở thôn Tây).'))).toEqual([]);
  });

  it('says nothing when no count of the paragraph names the subject in the base unit', async () => {
    // The base counts "ca", the subject's words name "lần" only in a count of another unit.
    expect(await ratios(report('09', 'Số lần phun hóa chất tăng gấp đôi so với cùng kỳ năm 2024 (04 đợt).'))).toEqual([]);
  });
});
