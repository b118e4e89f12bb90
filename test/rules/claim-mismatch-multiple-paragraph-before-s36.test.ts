import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "Số X <period> gấp N lần cùng kỳ năm Y (B)", its paragraph with no value of X: the paragraph just before it states the
// current value, the whole of its "gồm" breakdown, its sentence naming every word of X (src/extract/comparisons.ts,
// readPriorRatios). Sentences and numbers written for this test.
const ratios = async (before: string, claim: string) =>
  (await findingsOf('claim-mismatch', `I. KẾT QUẢ\n2. Cấp phép khai thác nước\n${before}\n${claim}\n3. Môi trường\nThu gom 12 tấn rác.\n`))
    .filter((f) => f.messageId === 'ratioMismatch').map((f) => [f.data.stated, f.data.high, f.data.low]);

const BEFORE = (n: number) => `Tiếp nhận 140 hồ sơ đề nghị cấp giấy phép khai thác nước dưới đất; đã cấp ${n} giấy phép, gồm: ${n - 20} giấy phép khai thác nước dưới đất cho hộ gia đình và 20 giấy phép khai thác nước dưới đất cho doanh nghiệp.`;

describe('claim-mismatch: a multiple whose current value the paragraph before states (s36)', () => {
  it('flags a multiple the pair does not bear', async () => {
    // 122 / 95 = 1,3: not "gấp 3 lần".
    expect(await ratios(BEFORE(122), 'Số giấy phép khai thác nước dưới đất cấp trong 6 tháng gấp 3 lần cùng kỳ năm 2024 (95 giấy phép), chủ yếu ở vùng ven biển.'))
      .toEqual([[3, 122, 95]]);
  });

  it('says nothing when the pair bears it, the words are not all named, or the value is the claim\'s own paragraph\'s', async () => {
    // 285 / 95 = 3.
    expect(await ratios(BEFORE(285), 'Số giấy phép khai thác nước dưới đất cấp trong 6 tháng gấp 3 lần cùng kỳ năm 2024 (95 giấy phép), chủ yếu ở vùng ven biển.')).toEqual([]);
    // "nước mặt" is named nowhere before: no current value.
    expect(await ratios(BEFORE(122), 'Số giấy phép khai thác nước mặt cấp trong 6 tháng gấp 3 lần cùng kỳ năm 2024 (95 giấy phép).')).toEqual([]);
    // Two paragraphs up is too far.
    expect(await ratios(`${BEFORE(122)}\nĐã thanh tra 08 giếng khoan.`, 'Số giấy phép khai thác nước dưới đất cấp trong 6 tháng gấp 3 lần cùng kỳ năm 2024 (95 giấy phép).')).toEqual([]);
  });
});
