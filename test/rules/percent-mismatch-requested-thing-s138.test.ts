import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const HEAD = 'ỦY BAN NHÂN DÂN\nHUYỆN MINH LONG\nSố: 31/BC-UBND\nMinh Long, ngày 20 tháng 6 năm 2025\nBÁO CÁO\nKết quả công tác 6 tháng đầu năm 2025\nI. KẾT QUẢ\n';
const ratios = async (text: string) => (await findingsOf('percent-mismatch', HEAD + text)).map((f) => [f.data.num, f.data.den, f.data.stated]);

describe('percent-mismatch: requests that name the thing they ask for, then that thing issued (session 26, s138)', () => {
  // Hand-checked: 180/215 = 83,72%; 88,3% fits neither truncation nor rounding.
  it('reads the share of the things issued over the requests received', async () => {
    expect(await ratios('- Bộ phận Một cửa tiếp nhận 215 hồ sơ đề nghị cấp giấy phép xây dựng; đã cấp 180 giấy phép, đạt 88,3%.')).toEqual([[180, 215, 88.3]]);
    expect(await ratios('- Bộ phận Một cửa tiếp nhận 215 hồ sơ đề nghị cấp giấy phép xây dựng; đã cấp 180 giấy phép, đạt 83,7%.')).toEqual([]);
  });
  it('reads nothing when the requests do not name the thing issued', async () => {
    // "hồ sơ" and "giấy phép" with no "cấp giấy phép" among the request's words: the share may be of a plan.
    expect(await ratios('- Bộ phận Một cửa tiếp nhận 215 hồ sơ; đã cấp 180 giấy phép, đạt 88,3%.')).toEqual([]);
  });
});
