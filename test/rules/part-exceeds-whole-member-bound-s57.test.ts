import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 57: a bound after the counted head of its sentence ("04 hộ … từ 5 ha trở lên", "3 doanh nghiệp nộp thuế trên 500
// triệu đồng") says which members are counted; the list after "gồm" gives each member's own measure, no part of a sum of
// the bound (src/extract/claims-inline.ts memberBound). A hedged amount ("với trên 800 lượt người") is still a whole.
const found = async (rule: string, text: string) =>
  (await findingsOf(rule, `I. KẾT QUẢ\n${text}\n`)).map((f) => [f.messageId, f.data.part ?? f.data.sum, f.data.whole]);

describe('part-exceeds-whole: a threshold the counted members pass is no whole of their own measures', () => {
  it('stays silent on farms listed with their areas above an open-ended bound', async () => {
    // 7,2, 6,5, 5,8 and 5,1 ha each reach "từ 5 ha trở lên"; main read 5 ha as their total (four flags).
    const text = 'Toàn xã có 04 hộ có diện tích nuôi trồng thủy sản từ 5 ha trở lên, gồm: hộ ông Lê Văn Hùng 7,2 ha; hộ bà Trần Thị Lan 6,5 ha; hộ ông Phạm Văn Tư 5,8 ha; hộ ông Võ Minh 5,1 ha.';
    expect(await found('part-exceeds-whole', text)).toEqual([]);
    expect(await found('parts-sum-mismatch', text)).toEqual([]);
  });

  it('stays silent on taxpayers listed with their payments above "trên"', async () => {
    // 820, 615 and 540 triệu đồng each exceed the bound of 500 triệu đồng, as the sentence says they do.
    expect(await found('part-exceeds-whole', 'Có 3 doanh nghiệp nộp thuế trên 500 triệu đồng, gồm: Công ty Hoàng Long 820 triệu đồng, Công ty Minh Phát 615 triệu đồng, Công ty Thành Công 540 triệu đồng.')).toEqual([]);
  });

  it('stays silent on health stations listed with their visits above a bound without a unit', async () => {
    // 6.240, 5.870, 5.120 lượt each pass 5.000.
    expect(await found('part-exceeds-whole', 'Có 03 trạm y tế có trên 5.000 lượt khám, gồm: trạm Phú Lâm 6.240 lượt, trạm Hòa Bình 5.870 lượt, trạm Tân Lập 5.120 lượt.')).toEqual([]);
  });

  it('still flags a part larger than a hedged amount held by "với" or a total word', async () => {
    // 950 women among "trên 800" participants: 950 > 800.
    expect(await found('part-exceeds-whole', 'Tổ chức 12 lớp tập huấn với trên 800 lượt người tham gia, trong đó nữ 950 lượt người.')).toEqual([['partExceedsWhole', 950, 800]]);
    // 2,4 tỷ đồng to poor households out of a total debt "trên 2 tỷ đồng": 2,4 > 2.
    expect(await found('part-exceeds-whole', 'Cho vay 45 hộ với tổng dư nợ trên 2 tỷ đồng, trong đó cho vay hộ nghèo 2,4 tỷ đồng.')).toEqual([['partExceedsWhole', 2_400_000_000, 2_000_000_000]]);
  });

  it('still flags a part larger than the counted head the bound qualifies', async () => {
    // 15 women among 12 elders aged 90 or more: 15 > 12.
    expect(await found('part-exceeds-whole', 'Có 12 cụ từ 90 tuổi trở lên, trong đó nữ 15 cụ.')).toEqual([['partExceedsWhole', 15, 12]]);
  });
});
