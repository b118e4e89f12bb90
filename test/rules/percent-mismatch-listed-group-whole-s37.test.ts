import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const HEAD = 'ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA LẠC\nSố: 57/BC-UBND\nHòa Lạc, ngày 12 tháng 11 năm 2025\nBÁO CÁO\nKết quả công tác thanh niên năm 2025\nI. KẾT QUẢ\n';
const ratios = async (text: string) => (await findingsOf('percent-mismatch', HEAD + text)).map((f) => [f.data.num, f.data.den, f.data.stated]);

// Session 37 (h189): a share of "tổng số <noun>" was checked against an earlier count whose label stopped short of the
// group its noun names ("90 tình nguyện viên tại tổ dân phố" read "tình nguyện viên"): a narrower group, no total. Sentences
// written for this test, values checked by hand.
describe('percent-mismatch: a share of a named total is not of an earlier narrower group (s37)', () => {
  it('reads no whole from a count whose noun as written names a narrower group', async () => {
    // 27/150 = 18,0%: right; 27/90 = 30,0% would be the group "tại tổ dân phố", no total.
    expect(await ratios('Đội tình nguyện của phường có 150 thành viên, gồm: 40 tình nguyện viên thường trực, '
      + '90 tình nguyện viên tại tổ dân phố (mỗi tổ 10 người) và 20 tình nguyện viên y tế.\n'
      + 'Tình nguyện viên nữ có 27 thành viên, chiếm 18,0% tổng số tình nguyện viên.\n')).toEqual([]);
  });
  it('still checks the share against a count named by the phrase, with only frame or period words after it', async () => {
    // 27/90 = 30,0%, not 18,0%.
    expect(await ratios('Toàn phường có 90 tình nguyện viên trên địa bàn.\n'
      + 'Tình nguyện viên nữ có 27 người, chiếm 18,0% tổng số tình nguyện viên.\n')).toEqual([[27, 90, 18]]);
    expect(await ratios('Trong năm có 90 tình nguyện viên.\n'
      + 'Tình nguyện viên nữ có 27 người, chiếm 18,0% tổng số tình nguyện viên.\n')).toEqual([[27, 90, 18]]);
  });
});
