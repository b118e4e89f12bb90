import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'repeated-value-conflict';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';
const pairs = async (text: string) => (await findingsOf(RULE, text)).map((x) => [x.data.value, x.data.other].sort());

describe('repeated-value-conflict: what there is against what an action reached', () => {
  // Hand-checked: the commune has 148 eateries; the team inspected 37 of them. 37 < 148, some of them, no second count.
  const text = (inspected: string) => report(
    'I. KẾT QUẢ', '1. Quy mô', 'Toàn xã có 148 cơ sở kinh doanh ăn uống với 620 lao động.',
    '2. Kiểm tra', `Trong quý, Tổ liên ngành đã kiểm tra ${inspected} cơ sở kinh doanh ăn uống, phát hiện 5 cơ sở vi phạm.`,
  );

  it('holds a smaller count an action reached apart from the count stated after "có"', async () => {
    expect(await pairs(text('37'))).toEqual([]);
  });

  it('still holds a larger one against it (more inspected than there are)', async () => {
    expect(await pairs(text('184'))).toEqual([['148', '184']]);
  });

  it('still holds the action against the stock when the acted side is itself all there is ("… hiện có")', async () => {
    // Hand-checked: 14 slaughterhouses in the commune, "all 12 there are" rearranged: two values of one stock.
    const both = report(
      'I. KẾT QUẢ', '1. Quy mô', 'Toàn xã có 14 cơ sở giết mổ gia súc tập trung.',
      '2. Sắp xếp', 'Ủy ban đã sắp xếp lại 12 cơ sở giết mổ gia súc tập trung hiện có theo quy hoạch.',
    );
    expect(await pairs(both)).toEqual([['12', '14']]);
  });
});

describe('repeated-value-conflict: bounds that pick members', () => {
  it('never holds two bounds stated as facts against each other ("trên 8%" and "dưới 3%" of a rate)', async () => {
    // Hand-checked: 05 villages above 8%, 09 villages below 3%: two conditions on villages, no value of the rate.
    const text = report(
      'I. KẾT QUẢ', '1. Giảm nghèo', '- Còn 05 thôn có tỷ lệ hộ nghèo đa chiều trên 8%: thôn Nam, thôn Bắc, thôn Trung, thôn Hạ và thôn Thượng.',
      'Công tác rà soát được thực hiện đúng quy trình.', 'II. ĐÁNH GIÁ', '- Có 09 thôn đạt tỷ lệ hộ nghèo đa chiều dưới 3%.',
    );
    expect(await pairs(text)).toEqual([]);
  });
});
