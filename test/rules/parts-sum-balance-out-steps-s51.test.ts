import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// The balance's findings: message id, data, and each place as [quote, offset in its line].
const balances = async (text: string) =>
  (await findingsOf('parts-sum-mismatch', `${text}\n`)).map((f) => [f.messageId, f.data, f.evidence.map((e) => [e.quote, e.span.start])]);
const at = (text: string, quote: string) => text.indexOf(quote);

describe('parts-sum-mismatch: members who move their membership away or are struck off flow out (session 51)', () => {
  it('reads party members transferred away and struck off as flows out, not "sinh" of "sinh hoạt" as a birth', async () => {
    // Hand-checked: 512 + 14 + 6 − 9 − 2 = 521, not 523.
    const text = 'Đầu năm 2025, Đảng bộ xã có 512 đảng viên; trong năm kết nạp 14 đảng viên, chuyển sinh hoạt đến 6 đảng viên, chuyển sinh hoạt đi 9 đảng viên, xóa tên 2 đảng viên; đến cuối năm có 523 đảng viên.';
    expect(await balances(text)).toEqual([
      ['balanceMismatch', { parts: '512 + 14 + 6 − 9 − 2', sum: 521, whole: 523 },
        [['523', at(text, '523')], ['512', at(text, '512')], ['14', at(text, '14')], ['6', at(text, '6 đảng')], ['9', at(text, '9 đảng')], ['2', at(text, ' 2 đảng') + 1]]],
    ]);
    expect(await balances(text.replace('có 523', 'có 521'))).toEqual([]);
  });

  it('reads cooperatives struck off the register as a flow out (economy)', async () => {
    // Hand-checked: 46 + 5 − 3 − 2 = 46, not 48.
    const text = 'Đầu năm 2025, toàn huyện có 46 hợp tác xã; trong 6 tháng thành lập mới 5 hợp tác xã, giải thể 3 hợp tác xã, xóa tên 2 hợp tác xã; đến ngày 30/6/2025 toàn huyện có 48 hợp tác xã.';
    expect(await balances(text)).toEqual([
      ['balanceMismatch', { parts: '46 + 5 − 3 − 2', sum: 46, whole: 48 },
        [['48', at(text, '48')], ['46', at(text, '46')], ['5', at(text, '5 hợp')], ['3', at(text, '3 hợp')], ['2', at(text, '2 hợp')]]],
    ]);
    expect(await balances(text.replace('có 48', 'có 46'))).toEqual([]);
  });

  it('reads pioneers who age out of the organisation as a flow out (education)', async () => {
    // Hand-checked: 640 + 96 − 102 − 5 = 629, not 634.
    const text = 'Đầu năm học, Liên đội trường có 640 đội viên; trong năm học kết nạp 96 đội viên, 102 đội viên trưởng thành Đội, chuyển đi 5 đội viên; cuối năm học còn 634 đội viên.';
    expect(await balances(text)).toEqual([
      ['balanceMismatch', { parts: '640 + 96 − 102 − 5', sum: 629, whole: 634 },
        [['634', at(text, '634')], ['640', at(text, '640')], ['96', at(text, '96')], ['102', at(text, '102')], ['5', at(text, '5 đội')]]],
    ]);
    expect(await balances(text.replace('còn 634', 'còn 629'))).toEqual([]);
  });

  it('stays silent on pupils moved in, moved away and dropped out when the roll closes', async () => {
    // Hand-checked: 865 + 7 − 4 − 2 = 866.
    const text = 'Đầu năm học, trường có 865 học sinh; trong học kỳ I có 7 học sinh chuyển đến, 4 học sinh chuyển đi, 2 học sinh bỏ học; đến cuối học kỳ I, trường có 866 học sinh.';
    expect(await balances(text)).toEqual([]);
  });

  it('stays silent when members move their membership to another branch, a step of no known way', async () => {
    // 1.236 + 48 − 15 = 1.269 if the 15 left; read as births ("sinh" of "sinh hoạt") it made 1.299 and a false alarm.
    const text = 'Đầu năm, Hội Người cao tuổi xã có 1.236 hội viên; trong năm kết nạp mới 48 hội viên, 15 hội viên chuyển sinh hoạt sang chi hội khác; đến cuối năm Hội có 1.269 hội viên.';
    expect(await balances(text)).toEqual([]);
    expect(await balances(text.replace('có 1.269', 'có 1.299'))).toEqual([]);
  });
});
