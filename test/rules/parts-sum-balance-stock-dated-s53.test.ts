import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 53 (h214): a stock of things dated at a cut-off or a year's end ("tính đến 31/12/2024", "cuối năm 2024"), the
// things bought or fitted ("mua mới", "trang bị thêm") and disposed of ("thanh lý", "loại bỏ") in a later period, and the
// stock of the present ("hiện có", "hiện còn"). Sentences written for this test, in other topics than the report's.
const balances = async (text: string) =>
  (await findingsOf('parts-sum-mismatch', `${text}\n`)).map((f) => [f.messageId, f.data, f.evidence.map((e) => [e.quote, e.span.start])]);
const at = (text: string, quote: string) => text.indexOf(quote);

describe('parts-sum-mismatch: a dated stock of things, bought and disposed of, against the stock of the present (session 53)', () => {
  it('holds a school library\'s books at the end of a year, bought and written off the next, to the books it has now (education)', async () => {
    // Hand-checked: 12.450 + 860 − 120 = 13.190, not 13.290.
    const text = 'Cuối năm 2024, thư viện trường có 12.450 cuốn sách; năm 2025 mua mới 860 cuốn, thanh lý 120 cuốn; hiện có 13.290 cuốn sách.';
    expect(await balances(text)).toEqual([
      ['balanceMismatch', { parts: '12.450 + 860 − 120', sum: 13190, whole: 13290 },
        [['13.290', at(text, '13.290')], ['12.450', at(text, '12.450')], ['860', at(text, '860')], ['120', at(text, '120')]]],
    ]);
    expect(await balances(text.replace('13.290', '13.190'))).toEqual([]);
  });

  it('holds a health station\'s medicine at a cut-off day to what is left now (health)', async () => {
    // Hand-checked: 3.600 + 1.250 − 1.480 − 45 = 3.325, not 3.352.
    const text = 'Tính đến 31/12/2024, trạm y tế xã có 3.600 hộp thuốc thiết yếu; quý I/2025 nhập 1.250 hộp, xuất sử dụng 1.480 hộp, thanh lý 45 hộp hết hạn; hiện còn 3.352 hộp thuốc.';
    expect(await balances(text)).toEqual([
      ['balanceMismatch', { parts: '3.600 + 1.250 − 1.480 − 45', sum: 3325, whole: 3352 },
        [['3.352', at(text, '3.352')], ['3.600', at(text, '3.600')], ['1.250', at(text, '1.250')], ['1.480', at(text, '1.480')], ['45', at(text, '45 hộp')]]],
    ]);
    expect(await balances(text.replace('3.352', '3.325'))).toEqual([]);
  });

  it('reads vaccine doses discarded as a flow out of the stock (vaccination)', async () => {
    // Hand-checked: 4.200 + 6.500 − 8.120 − 60 = 2.520, not 2.250.
    const text = 'Đầu năm 2025, kho vắc xin của Trung tâm Y tế còn 4.200 liều; 6 tháng đầu năm tiếp nhận 6.500 liều, xuất sử dụng 8.120 liều, loại bỏ 60 liều do mất dây chuyền lạnh; đến ngày 30/6/2025 còn 2.250 liều.';
    expect(await balances(text)).toEqual([
      ['balanceMismatch', { parts: '4.200 + 6.500 − 8.120 − 60', sum: 2520, whole: 2250 },
        [['2.250', at(text, '2.250')], ['4.200', at(text, '4.200')], ['6.500', at(text, '6.500')], ['8.120', at(text, '8.120')], ['60', at(text, '60 liều')]]],
    ]);
    expect(await balances(text.replace('còn 2.250', 'còn 2.520'))).toEqual([]);
  });

  it('holds farm machines at a cut-off day, the subject and verb between the day and the count (agriculture)', async () => {
    // Hand-checked: 215 + 24 − 9 = 230, not 232.
    const text = 'Tính đến 31/12/2024, các hộ nông dân trên địa bàn toàn xã đã sở hữu 215 máy cày; năm 2025 mua thêm 24 máy, thanh lý 9 máy; hiện có 232 máy cày.';
    expect(await balances(text)).toEqual([
      ['balanceMismatch', { parts: '215 + 24 − 9', sum: 230, whole: 232 },
        [['232', at(text, '232')], ['215', at(text, '215')], ['24', at(text, '24 máy')], ['9', at(text, '9 máy')]]],
    ]);
  });

  it('stays silent when the flows are told in the year of the dated stock: "hiện có" may be that very day', async () => {
    const text = 'Tính đến 31/12/2024, thư viện trường có 12.450 cuốn sách; trong năm 2024 mua mới 860 cuốn, thanh lý 120 cuốn; hiện có 13.290 cuốn sách.';
    expect(await balances(text)).toEqual([]);
  });

  it('stays silent when the stock is dated at the report\'s own cut-off, its period\'s deeds after it', async () => {
    const text = 'Tính đến 30/6/2025, trạm y tế xã có 3.600 hộp thuốc; 6 tháng đầu năm 2025 nhập 1.250 hộp, thanh lý 45 hộp; hiện còn 3.352 hộp thuốc.';
    expect(await balances(text)).toEqual([]);
  });

  it('passes over a flow of another noun in the same sentence and stays silent when the books add up', async () => {
    // Hand-checked: 12.450 + 860 − 120 = 13.190; the 12 shelves are another stock.
    const text = 'Cuối năm 2024, thư viện có 12.450 cuốn sách; năm 2025 mua mới 860 cuốn sách và 12 giá sách, thanh lý 120 cuốn sách; hiện có 13.190 cuốn sách.';
    expect(await balances(text)).toEqual([]);
  });

  it('does not read buying as money coming into a fund', async () => {
    // Hand-checked: 85 + 40 − 30 = 95; "mua mới" spends the fund's money.
    const text = 'Quỹ hội đầu năm có 85 triệu đồng; trong năm thu hội phí 40 triệu đồng, mua mới 02 máy tính 30 triệu đồng; cuối năm còn 95 triệu đồng.';
    expect(await balances(text)).toEqual([]);
  });
});
