import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// The balance's findings: message id, data, and each place as [quote, offset in its line].
const balances = async (text: string) =>
  (await findingsOf('parts-sum-mismatch', `${text}\n`)).map((f) => [f.messageId, f.data, f.evidence.map((e) => [e.quote, e.span.start])]);

// The offset of the n-th (0-based) occurrence of `quote` in `text`, for the expected spans.
const at = (text: string, quote: string, n = 0) => {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(quote, i + 1);
  return i;
};

describe('parts-sum-mismatch: a balance whose flows give their cause, or are bare counts of its noun (session 50)', () => {
  it('reads a flow out by its verb, not by a birth word in its cause ("giảm … do nhập ngũ", youth union)', async () => {
    // Hand-checked: 412 + 25 − 18 = 419, not 425; "nhập" of "nhập ngũ" is the cause of the fall, no flow in.
    const text = 'Đầu năm, Đoàn xã có 412 đoàn viên; trong năm tăng 25 đoàn viên do kết nạp mới, giảm 18 đoàn viên do nhập ngũ, đi làm ăn xa; đến cuối năm còn 425 đoàn viên.';
    expect(await balances(text)).toEqual([
      ['balanceMismatch', { parts: '412 + 25 − 18', sum: 419, whole: 425 },
        [['425', at(text, '425')], ['412', at(text, '412')], ['25', at(text, '25')], ['18', at(text, '18')]]],
    ]);
    expect(await balances(text.replace('còn 425', 'còn 419'))).toEqual([]);
  });

  it('reads a herd balance whose fall is caused by a disease that broke out ("phát sinh" in the cause, agriculture)', async () => {
    // Hand-checked: 4.560 + 1.320 − 980 = 4.900, not 4.090.
    const text = 'Tổng đàn lợn đầu kỳ có 4.560 con, trong kỳ tăng 1.320 con do nhập đàn mới, giảm 980 con do dịch bệnh phát sinh, xuất bán và giết thịt; cuối kỳ tổng đàn còn 4.090 con.';
    expect(await balances(text)).toEqual([
      ['balanceMismatch', { parts: '4.560 + 1.320 − 980', sum: 4900, whole: 4090 },
        [['4.090', at(text, '4.090')], ['4.560', at(text, '4.560')], ['1.320', at(text, '1.320')], ['980', at(text, '980')]]],
    ]);
    expect(await balances(text.replace('còn 4.090', 'còn 4.900'))).toEqual([]);
  });

  it('reads patients leaving care "do chuyển nơi khác sinh sống" as a flow out (health)', async () => {
    // Hand-checked: 86 + 9 − 5 = 90, not 92.
    const text = 'Số bệnh nhân tâm thần đang quản lý đầu năm là 86 người; trong năm tăng 9 người do phát hiện mới, giảm 5 người do chuyển nơi khác sinh sống, tử vong; đến cuối năm còn quản lý 92 người.';
    expect(await balances(text)).toEqual([
      ['balanceMismatch', { parts: '86 + 9 − 5', sum: 90, whole: 92 },
        [['92', at(text, '92')], ['86', at(text, '86')], ['9', at(text, '9 người')], ['5', at(text, '5 người')]]],
    ]);
    expect(await balances(text.replace('quản lý 92', 'quản lý 90'))).toEqual([]);
  });

  it('does not read "sinh" of the counted noun "học sinh" as a birth (education)', async () => {
    // Hand-checked: 1.250 + 12 − 8 = 1.254, not 1.264.
    const text = 'Đầu năm học, toàn trường có 1.250 học sinh; chuyển đến 12 học sinh, chuyển đi 8 học sinh, cuối năm học còn 1.264 học sinh.';
    expect(await balances(text)).toEqual([
      ['balanceMismatch', { parts: '1.250 + 12 − 8', sum: 1254, whole: 1264 },
        [['1.264', at(text, '1.264')], ['1.250', at(text, '1.250')], ['12', at(text, '12 học')], ['8', at(text, '8 học')]]],
    ]);
    expect(await balances(text.replace('còn 1.264', 'còn 1.254'))).toEqual([]);
  });

  it('reads bare steps after the opening level, the noun said once ("chuyển đến 12, chuyển đi 8")', async () => {
    // Hand-checked: 1.250 + 12 − 8 = 1.254, not 1.264.
    const text = 'Số học sinh đầu năm học có 1.250 học sinh, chuyển đến 12, chuyển đi 8, cuối kỳ còn 1.264 học sinh.';
    expect(await balances(text)).toEqual([
      ['balanceMismatch', { parts: '1.250 + 12 − 8', sum: 1254, whole: 1264 },
        [['1.264', at(text, '1.264')], ['1.250', at(text, '1.250')], ['12', at(text, '12,')], ['8', at(text, '8,')]]],
    ]);
    // Hand-checked: 146 − 38 + 7 = 115, not 125 (poverty, bare steps).
    const poor = 'Đầu năm, toàn xã có 146 hộ nghèo, thoát nghèo 38, phát sinh 7, đến cuối năm còn 125 hộ nghèo.';
    expect((await balances(poor)).map(([id, data]) => [id, data])).toEqual([['balanceMismatch', { parts: '146 − 38 + 7', sum: 115, whole: 125 }]]);
  });

  it('stays silent on balances that close', async () => {
    expect(await balances('Số học sinh đầu năm học có 1.250 học sinh, chuyển đến 12, chuyển đi 8, cuối kỳ còn 1.254 học sinh.')).toEqual([]);
    expect(await balances('Đầu năm, toàn xã có 146 hộ nghèo, thoát nghèo 38, phát sinh 7, đến cuối năm còn 115 hộ nghèo.')).toEqual([]);
    // 1.240 + 85 − 120 = 1.205.
    expect(await balances('Tổng đàn trâu đầu kỳ có 1.240 con; trong kỳ tăng 85 con do sinh sản, giảm 120 con do xuất bán, cuối kỳ còn 1.205 con.')).toEqual([]);
  });

  it('stays silent when a bare count is growth against a prior period, or another noun stands between', async () => {
    // "tăng 12 so với năm học trước" weighs against last year: the balance is left unread, not read as 1.250 − 8.
    expect(await balances('Đầu năm học, trường có 1.250 học sinh, tăng 12 so với năm học trước, chuyển đi 8, cuối năm học còn 1.264 học sinh.')).toEqual([]);
    // "48 giáo viên" between: the bare 12 and 8 may count teachers.
    expect(await balances('Đầu năm học, trường có 1.250 học sinh và 48 giáo viên, chuyển đến 12, chuyển đi 8, cuối năm học còn 1.264 học sinh.')).toEqual([]);
    // A change of the herd against the same period last year, no flow: nothing to add.
    expect(await balances('Tổng đàn trâu đầu kỳ có 1.240 con; trong kỳ tăng 85 con so với cùng kỳ, cuối kỳ còn 1.325 con.')).toEqual([]);
  });

  it('stays silent on the closing level of a sub-group, a cause in its flow notwithstanding', async () => {
    expect(await balances('Đầu năm có 64 hộ nghèo, trong đó 23 hộ do phụ nữ làm chủ; trong năm thoát nghèo 10 hộ do được hỗ trợ sinh kế; hiện còn 18 hộ nghèo do phụ nữ làm chủ.')).toEqual([]);
  });
});
