import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const sums = async (text: string) => (await findingsOf('parts-sum-mismatch', `${text}\n`)).map((f) => [f.data.sum, f.data.whole]);

describe('parts-sum-mismatch: the terms of a stock-and-flow balance', () => {
  it('does not take a change weighed against last year for a flow of the period', async () => {
    // Hand-checked: 312 + 14 − 6 = 320, as stated; "tăng 05 hội viên so với cùng kỳ" compares the intake with last year's.
    expect(await sums('Đầu năm, Hội Cựu chiến binh xã có 312 hội viên; trong năm kết nạp mới 14 hội viên, tăng 05 hội viên so với cùng kỳ năm trước; chuyển đi 06 hội viên. Đến cuối năm, Hội có 320 hội viên.'))
      .toEqual([]);
    // Hand-checked: 312 + 14 − 6 = 320, not 318.
    expect(await sums('Đầu năm, Hội Cựu chiến binh xã có 312 hội viên; trong năm kết nạp mới 14 hội viên, tăng 05 hội viên so với cùng kỳ năm trước; chuyển đi 06 hội viên. Đến cuối năm, Hội có 318 hội viên.'))
      .toEqual([[320, 318]]);
  });

  it('leaves a balance unread when a flow of the same things is told in the sentence before the opening level', async () => {
    // 15,6 + 2,4 − 1,8 = 16,2 tỷ: the loans paid out come before the opening debt, so the clause alone (15,6 − 1,8) is not the balance.
    expect(await sums('Ngân hàng Chính sách xã hội đã giải ngân 2,4 tỷ đồng cho 60 hộ nghèo vay vốn sản xuất. Dư nợ đầu năm 15,6 tỷ đồng, thu hồi nợ 1,8 tỷ đồng nên đến ngày 31/12/2024 tổng dư nợ là 16,2 tỷ đồng.'))
      .toEqual([]);
  });

  it('still reads a balance after another one closed earlier in its sentence', async () => {
    // The 4,5 ha added belong to the first balance (120,0 + 4,5 = 124,5, as stated); the second: 860,0 − 4,5 = 855,5, not 856,5.
    expect(await sums('Trong kỳ, diện tích cây ăn quả đầu kỳ 120,0 ha, tăng 4,5 ha do chuyển đổi từ đất lúa, đến cuối kỳ là 124,5 ha; diện tích lúa đầu kỳ là 860,0 ha, giảm tương ứng 4,5 ha, cuối kỳ còn 856,5 ha.'))
      .toEqual([[855.5, 856.5]]);
  });

  it('still reads a balance whose sentence before holds no flow', async () => {
    // Hand-checked: 15,6 − 1,8 = 13,8 tỷ, not 13,5.
    expect(await sums('Ngân hàng Chính sách xã hội phục vụ 60 hộ nghèo vay vốn sản xuất. Dư nợ đầu năm 15,6 tỷ đồng, thu hồi nợ 1,8 tỷ đồng nên đến ngày 31/12/2024 tổng dư nợ là 13,5 tỷ đồng.'))
      .toEqual([[13_800_000_000, 13_500_000_000]]);
  });

  it('reads a closing level told "Hiện …" and people whose term is over as leaving', async () => {
    // Hand-checked: 42 + 7 − 9 = 40, not 38.
    expect(await sums('Đầu năm, xã quản lý 42 người chấp hành án treo; trong năm tiếp nhận thêm 07 người, có 09 người hết thời hạn thử thách. Hiện xã đang quản lý 38 người chấp hành án treo.'))
      .toEqual([[40, 38]]);
    // Hand-checked: 42 + 7 − 9 = 40, as stated.
    expect(await sums('Đầu năm, xã quản lý 42 người chấp hành án treo; trong năm tiếp nhận thêm 07 người, có 09 người hết thời hạn thử thách. Hiện xã đang quản lý 40 người chấp hành án treo.'))
      .toEqual([]);
  });
});
