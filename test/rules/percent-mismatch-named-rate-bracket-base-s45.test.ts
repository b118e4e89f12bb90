import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const findings = (text: string) => findingsOf('percent-mismatch', text);
const summary = async (text: string) => (await findings(text)).map((f) => [f.messageId, f.data.num, f.data.den, f.data.stated]);

describe('percent-mismatch: a share after a whole named by "trên tổng số", the rate named by the part\'s own verb', () => {
  it('checks "đã cấp A giấy phép trên tổng số B hồ sơ, tỷ lệ cấp phép X%"', async () => {
    // Hand-checked: 1 180/1 475 = 80,0%, not the 86,0% stated.
    const text = 'Trong năm, bộ phận một cửa đã cấp 1 180 giấy phép trên tổng số 1 475 hồ sơ, tỷ lệ cấp phép 86,0%; còn lại đang thẩm định.\n';
    expect(await summary(text)).toEqual([['percentMismatch', 1180, 1475, 86]]);
  });

  it('stays silent when that rate agrees', async () => {
    // Hand-checked: 1 180/1 475 = 0,8 exactly.
    const text = 'Trong năm, bộ phận một cửa đã cấp 1 180 giấy phép trên tổng số 1 475 hồ sơ, tỷ lệ cấp phép 80,0%; còn lại đang thẩm định.\n';
    expect(await findings(text)).toEqual([]);
  });

  it('reads no share when the rate names something the part\'s clause did not do', async () => {
    // "tỷ lệ hài lòng" is a satisfaction rate, no share of 1 180 in 1 475 (which would be 80,0%).
    const text = 'Trong năm, bộ phận một cửa đã cấp 1 180 giấy phép trên tổng số 1 475 hồ sơ, tỷ lệ hài lòng 96,4%; còn lại đang thẩm định.\n';
    expect(await findings(text)).toEqual([]);
  });
});

describe('percent-mismatch: a share of a "số …" whole restated in brackets after it', () => {
  it('checks "A học sinh …, bằng X% số học sinh … (B em)" also past an age that is no figure', async () => {
    // Hand-checked: 452/480 = 94,17% → 94,2%, not the 92,4% stated.
    const text = 'Nhà trường tổ chức học bơi cho 452 học sinh dưới 11 tuổi, bằng 92,4% số học sinh toàn trường (480 em).\n';
    expect(await summary(text)).toEqual([['percentMismatch', 452, 480, 92.4]]);
  });

  it('stays silent when the share of the bracketed whole agrees', async () => {
    // Hand-checked: 452/480 = 94,17%.
    const text = 'Nhà trường tổ chức học bơi cho 452 học sinh dưới 11 tuổi, bằng 94,2% số học sinh toàn trường (480 em).\n';
    expect(await findings(text)).toEqual([]);
  });

  it('reads no share of a bracketed count of another noun than the part\'s', async () => {
    // 452 pupils against 480 classrooms' seats? No: the bracket counts "phòng", not pupils; nothing is read.
    const text = 'Nhà trường tổ chức học bơi cho 452 học sinh dưới 11 tuổi, bằng 92,4% số phòng học hiện có (480 phòng).\n';
    expect(await findings(text)).toEqual([]);
  });
});
