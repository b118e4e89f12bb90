import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A figure-less "hoàn thành vượt kế hoạch|chỉ tiêu" naming a section whose paragraph opens with the plan and later gives
// the result, an amount or a quantity, among other amounts (src/extract/claims-plan-recalled.ts, sectionPair).
const targets = async (text: string) => (await findingsOf('claim-mismatch', text))
  .filter((f) => f.messageId === 'targetMismatch')
  .map((f) => [f.data.value, f.data.target]);

// Environment fees: the plan, a balance carried over, then the amount collected.
const fees = (collected: string, claim: string, first = 'Thu gom rác thải') => `I. KẾT QUẢ
1. ${first}
Duy trì thu gom rác thải tại 6 thôn.
2. Thu phí vệ sinh môi trường
Kế hoạch thu phí vệ sinh môi trường năm 2025 là 480 triệu đồng. Năm 2024 chuyển sang 35 triệu đồng; đến ngày 30/6/2025 ${collected}
II. ĐÁNH GIÁ CHUNG
Môi trường nông thôn được cải thiện; ${claim}; người dân đồng tình.
`;

// Forestry: a plan in hectares, the result in hectares with decimals.
const forest = (planted: string, claim: string) => `I. KẾT QUẢ
1. Trồng rừng tập trung
Chỉ tiêu huyện giao năm 2025 về trồng rừng tập trung là 150 ha; các hộ đã nhận 42 000 cây giống. Đến nay diện tích trồng mới đạt ${planted} ha.
2. Phòng cháy rừng
Tổ chức 04 đợt tuần tra.
III. ĐÁNH GIÁ
${claim}.
`;

describe('claim-mismatch: a plan claim against the plan and an amount of the section it names (s55)', () => {
  it('flags "vượt kế hoạch" of a fee collected short of its plan, past the balance carried over', async () => {
    // Hand-checked: 452 of the 480 triệu đồng planned is 94,2%, short of the plan (the 35 triệu carried over is no result).
    expect(await targets(fees('số phí vệ sinh môi trường đã thu đạt 452 triệu đồng.', 'công tác thu phí vệ sinh môi trường hoàn thành vượt kế hoạch năm 2025')))
      .toEqual([[452_000_000, 480_000_000]]);
  });

  it('flags "vượt chỉ tiêu" of hectares planted short of the hectares assigned', async () => {
    // Hand-checked: 126,5 of the 150 ha assigned is 84,3%, short of the target.
    expect(await targets(forest('126,5', 'Hoàn thành vượt chỉ tiêu trồng rừng tập trung năm 2025'))).toEqual([[126.5, 150]]);
  });

  it.each([
    ['a result above the plan', fees('số phí vệ sinh môi trường đã thu đạt 496 triệu đồng.', 'công tác thu phí vệ sinh môi trường hoàn thành vượt kế hoạch năm 2025')],
    ['an amount reached whose clause names another thing', fees('ngân sách xã hỗ trợ đạt 300 triệu đồng.', 'công tác thu phí vệ sinh môi trường hoàn thành vượt kế hoạch năm 2025')],
    ['a claim of another year than the plan\'s', fees('số phí vệ sinh môi trường đã thu đạt 452 triệu đồng.', 'công tác thu phí vệ sinh môi trường hoàn thành vượt kế hoạch năm 2024')],
    // "Vệ sinh môi trường" is a topic of the claim too: two sections named, the section is unsure.
    ['a claim naming two sections', fees('số phí vệ sinh môi trường đã thu đạt 452 triệu đồng.', 'công tác thu phí vệ sinh môi trường hoàn thành vượt kế hoạch năm 2025', 'Vệ sinh môi trường')],
    ['a hedged claim', fees('số phí vệ sinh môi trường đã thu đạt 452 triệu đồng.', 'công tác thu phí vệ sinh môi trường cơ bản hoàn thành vượt kế hoạch năm 2025')],
    ['hectares planted above the target', forest('162,5', 'Hoàn thành vượt chỉ tiêu trồng rừng tập trung năm 2025')],
  ])('%s: nothing is said', async (_case, text) => {
    expect(await targets(text)).toEqual([]);
  });
});
