import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// The balance's findings: message id, data, and each place as [quote, offset in its line].
const balances = async (text: string) =>
  (await findingsOf('parts-sum-mismatch', `${text}\n`)).map((f) => [f.messageId, f.data, f.evidence.map((e) => [e.quote, e.span.start])]);
const at = (text: string, quote: string) => text.indexOf(quote);

describe('parts-sum-mismatch: a sum carried over from a named year, received from a source, paid to a list (session 51)', () => {
  it('reads a school fund carried over from 2024, received from the education office and paid out (education)', async () => {
    // Hand-checked: 42,5 + 318,0 − 296,4 = 64,1 triệu đồng, not 72,1; the plan in brackets (312,0) is no step.
    const text = 'Kinh phí hỗ trợ học sinh khó khăn năm 2024 chuyển sang là 42,5 triệu đồng; trong năm 2025 phường nhận từ Phòng Giáo dục và Đào tạo 318,0 triệu đồng; đã chi trả cho học sinh, giáo viên 296,4 triệu đồng, đạt 95,0% kế hoạch (312,0 triệu đồng); số còn lại chưa chi là 72,1 triệu đồng.';
    expect(await balances(text)).toEqual([
      ['balanceMismatch', { parts: '42,5 triệu đồng + 318,0 triệu đồng − 296,4 triệu đồng', sum: 64_100_000, whole: 72_100_000 },
        [['72,1 triệu đồng', at(text, '72,1')], ['42,5 triệu đồng', at(text, '42,5')], ['318,0 triệu đồng', at(text, '318,0')], ['296,4 triệu đồng', at(text, '296,4')]]],
    ]);
    expect(await balances(text.replace('là 72,1', 'là 64,1'))).toEqual([]);
  });

  it('reads a cooperative fund whose receipt comes from a service and whose payment goes to its members (agriculture)', async () => {
    // Hand-checked: 64,0 + 152,5 − 140,0 = 76,5 triệu đồng, not 86,5.
    const text = 'Quỹ phát triển sản xuất của hợp tác xã năm 2024 chuyển sang là 64,0 triệu đồng; trong năm hợp tác xã thu từ dịch vụ thủy lợi 152,5 triệu đồng; đã chi trả tiền công cho xã viên, tổ thủy nông 140,0 triệu đồng; số dư còn lại là 86,5 triệu đồng.';
    expect(await balances(text)).toEqual([
      ['balanceMismatch', { parts: '64,0 triệu đồng + 152,5 triệu đồng − 140,0 triệu đồng', sum: 76_500_000, whole: 86_500_000 },
        [['86,5 triệu đồng', at(text, '86,5')], ['64,0 triệu đồng', at(text, '64,0')], ['152,5 triệu đồng', at(text, '152,5')], ['140,0 triệu đồng', at(text, '140,0')]]],
    ]);
    expect(await balances(text.replace('là 86,5', 'là 76,5'))).toEqual([]);
  });

  it('stays silent on a health fund carried over from a quarter that closes', async () => {
    // Hand-checked: 18,6 + 240,0 − 231,5 = 27,1 triệu đồng.
    const text = 'Quỹ khám chữa bệnh cho người nghèo quý I/2025 chuyển sang là 18,6 triệu đồng; trong quý II nhận từ Bảo hiểm xã hội huyện 240,0 triệu đồng; đã chi trả cho trạm y tế, nhà thuốc 231,5 triệu đồng; số còn lại chưa chi là 27,1 triệu đồng.';
    expect(await balances(text)).toEqual([]);
    // 18,6 + 240,0 − 231,5 = 27,1, not 29,1: the same balance told wrong is read.
    expect((await balances(text.replace('là 27,1', 'là 29,1'))).map(([id, data]) => [id, data])).toEqual([
      ['balanceMismatch', { parts: '18,6 triệu đồng + 240,0 triệu đồng − 231,5 triệu đồng', sum: 27_100_000, whole: 29_100_000 }],
    ]);
  });

  it('reads no receipt when households receive from the fund: a payment whose way is unsure leaves the balance silent', async () => {
    // "các hộ nhận từ Quỹ" is money leaving the fund: 35,0 − 20,0 = 15,0. Read as money in (55,0) it would be flagged.
    const text = 'Quỹ khuyến học năm 2024 chuyển sang là 35,0 triệu đồng; năm 2025 các hộ nhận từ Quỹ 20,0 triệu đồng; số còn lại là 15,0 triệu đồng.';
    expect(await balances(text)).toEqual([]);
    expect(await balances(text.replace('là 15,0', 'là 55,0'))).toEqual([]);
  });

  it('does not open a balance on a year named before a change of use ("năm 2024 chuyển sang trồng")', async () => {
    const text = 'Diện tích lúa năm 2024 chuyển sang trồng rau là 12,5 ha; trong năm tăng 3,0 ha; đến nay còn lại 20,0 ha.';
    expect(await balances(text)).toEqual([]);
  });
});
