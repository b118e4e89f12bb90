import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const found = async (text: string) =>
  (await findingsOf('repeated-value-conflict', text)).filter((f) => f.severity !== 'info').map((f) => [f.data.value, f.data.other].sort());

// Each case written for this test (other topics and numbers than any fixture) and checked by hand.
const report = (period: string, first: string, second: string) => [
  'UBND XÃ HƯNG THỊNH',
  `BÁO CÁO Kết quả phát triển kinh tế - xã hội ${period}`,
  'I. KẾT QUẢ THỰC HIỆN',
  '1. Kinh tế tập thể',
  first,
  'Các mô hình sản xuất tiếp tục phát huy hiệu quả, thu nhập của thành viên được nâng lên.',
  'II. ĐÁNH GIÁ CHUNG',
  second,
  '',
].join('\n');

describe('repeated-value-conflict: the report\'s own period before an acting verb (s35)', () => {
  const nine = '9 tháng đầu năm 2026';
  const first = 'Trong 9 tháng có 23 trang trại thành lập mới với tổng vốn đầu tư 41,5 tỷ đồng.';
  const second = (tail: string) => `Sản xuất nông nghiệp tăng 4,1% so với cùng kỳ; ${tail}; công tác khuyến nông được tăng cường.`;
  it('flags "trong 9 tháng thành lập mới N trang trại" against "có M trang trại thành lập mới"', async () => {
    expect(await found(report(nine, first, second('trong 9 tháng thành lập mới 27 trang trại')))).toEqual([['23', '27']]);
  });
  it('says nothing when both state one value, or when the period before the verb is another one', async () => {
    expect(await found(report(nine, first, second('trong 9 tháng thành lập mới 23 trang trại')))).toEqual([]);
    // Three months of a nine-month report: a quarter's count, some of the 23.
    expect(await found(report(nine, first, second('trong 3 tháng thành lập mới 8 trang trại')))).toEqual([]);
  });
});

describe('repeated-value-conflict: a stock still held, called a running total or not (s35)', () => {
  const year = 'năm 2026';
  it('flags "lũy kế đến nay có N … còn …" against "có M … còn …"', async () => {
    expect(await found(report(year, 'Lũy kế đến nay toàn xã có 62 giấy chứng nhận VietGAP còn hiệu lực, tăng 12 giấy so với năm 2025.', 'Nổi bật là toàn xã có 66 giấy chứng nhận VietGAP còn hiệu lực, giá trị sản phẩm nâng lên.'))).toEqual([['62', '66']]);
  });
  it('says nothing of a running total of what was done against a count held', async () => {
    // What was issued since the start (running total of a flow) is not what is still valid today.
    expect(await found(report(year, 'Lũy kế đến nay xã đã cấp 62 giấy chứng nhận VietGAP cho các hộ sản xuất.', 'Nổi bật là toàn xã có 48 giấy chứng nhận VietGAP còn hiệu lực, giá trị sản phẩm nâng lên.'))).toEqual([]);
  });
});

describe('repeated-value-conflict: a budget line named with what it pays for (s35)', () => {
  const year = 'năm 2026';
  const table = [
    'Trong năm, xã hỗ trợ các hộ mua máy nông nghiệp. Kết quả hỗ trợ như sau:',
    '',
    'Bảng 1. Kết quả hỗ trợ mua máy',
    '',
    '| STT | Nội dung hỗ trợ | Số hộ | Kinh phí (triệu đồng) |',
    '|---|---|---|---|',
    '| 1 | Máy gặt đập liên hợp | 6 | 420,0 |',
    '| 2 | Máy cấy | 13 | 325,0 |',
    '| | Tổng cộng | 19 | 745,0 |',
    '',
    'Tổng kinh phí hỗ trợ: 745 000 000 đồng',
    '(Bằng chữ: Bảy trăm bốn mươi lăm triệu đồng).',
    '',
  ].join('\n');
  it('says nothing of "tổng kinh phí hỗ trợ" against "kinh phí hỗ trợ <a purpose of three words or more>"', async () => {
    const other = 'Hệ thống thủy lợi của xã gồm 03 trạm bơm và 18,2 km kênh mương. Kinh phí hỗ trợ sử dụng dịch vụ tưới tiêu năm 2026 là 1 310,5 triệu đồng theo Nghị định số 62/2019/NĐ-CP.';
    expect(await found(report(year, table, other))).toEqual([]);
  });
  it('still flags an amount whose name adds words here and there only', async () => {
    expect(await found(report(year, 'Tổng thu ngân sách nhà nước trên địa bàn ước đạt 14 382 triệu đồng, đạt 104,2% dự toán.', 'Tổng thu ngân sách trên địa bàn đạt 13,84 tỷ đồng, các khoản thu đều đạt dự toán.'))).toHaveLength(1);
  });
});
