import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 55 (h222): a fund or a budget split into the part in use ("đang cho vay", "đã giải ngân", "đã chi") and the part
// left ("tồn quỹ", "còn lại … chưa giải ngân"), the done part's complement ("với 74 hội viên vay") or a sentence's end
// between them (src/extract/claims-paid-split.ts). Sentences written for this test, in other topics than the report's.
const found = async (text: string) =>
  (await findingsOf('parts-sum-mismatch', `I. KẾT QUẢ\n${text}\n`)).map((f) => ({ id: f.messageId, data: f.data, quotes: f.evidence.map((e) => e.quote) }));

describe('parts-sum-mismatch: a fund split into what is lent or spent and what is left (session 55)', () => {
  it('flags a women\'s savings fund whose loans and idle cash miss its total (social)', async () => {
    // Hand-checked: 815 + 55 = 870 triệu đồng, not 860.
    expect(await found('Tổng nguồn vốn Quỹ tín dụng tiết kiệm của Hội Phụ nữ xã là 860 triệu đồng; đang cho vay 815 triệu đồng với 74 hội viên vay vốn, tồn quỹ 55 triệu đồng.')).toEqual([{
      id: 'partsSumMismatch',
      data: { parts: '815 triệu đồng + 55 triệu đồng', sum: 870_000_000, whole: 860_000_000 },
      quotes: ['860 triệu đồng', '815 triệu đồng', '55 triệu đồng'],
    }]);
  });

  it('flags a budget whose rest is told in the sentence after the disbursement (agriculture)', async () => {
    // Hand-checked: 1,12 + 0,4 = 1,52 tỷ đồng, not 1,6 (beyond its rounding: 1,55 to 1,65).
    expect(await found('Tổng kinh phí hỗ trợ phát triển sản xuất năm 2025 được giao là 1,6 tỷ đồng. Đến ngày 30/6/2025, đã giải ngân 1,12 tỷ đồng cho 06 hợp tác xã (lúa 04, rau 02). Số tiền còn lại chưa giải ngân là 0,4 tỷ đồng.')).toEqual([{
      id: 'partsSumMismatch',
      data: { parts: '1,12 tỷ đồng + 0,4 tỷ đồng', sum: 1_520_000_000, whole: 1_600_000_000 },
      quotes: ['1,6 tỷ đồng', '1,12 tỷ đồng', '0,4 tỷ đồng'],
    }]);
  });

  it('stays silent on a fund split that adds up, its complement holding counts in brackets (poverty reduction)', async () => {
    // 575 + 45 = 620.
    expect(await found('Tổng nguồn vốn Quỹ hỗ trợ giảm nghèo của xã là 620 triệu đồng, hiện đang cho vay 575 triệu đồng đối với 46 hộ (12 hộ nghèo, 34 hộ cận nghèo); tồn quỹ 45 triệu đồng.')).toEqual([]);
  });

  it('stays silent on a subset, a third term or a further amount', async () => {
    // "trong đó": the loans and the rest may be of one programme only.
    expect(await found('Tổng nguồn vốn ủy thác qua Ngân hàng Chính sách xã hội là 14.650 triệu đồng, trong đó đang cho vay hộ nghèo 8.200 triệu đồng, tồn quỹ 50 triệu đồng.')).toEqual([]);
    // A third term (overdue debt) after the rest: 700 + 60 = 760 ≠ 860, the 100 overdue unsure.
    expect(await found('Tổng nguồn vốn Quỹ là 860 triệu đồng; đang cho vay 700 triệu đồng với 50 hộ, tồn quỹ 60 triệu đồng, nợ quá hạn 100 triệu đồng.')).toEqual([]);
    // Money in the complement between the loans and the rest: a further amount of its own.
    expect(await found('Tổng nguồn vốn Quỹ là 860 triệu đồng; đang cho vay 700 triệu đồng và thu hồi 90 triệu đồng; tồn quỹ 60 triệu đồng.')).toEqual([]);
  });
});
