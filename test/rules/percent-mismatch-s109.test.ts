import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const shares = async (text: string) => (await findingsOf('percent-mismatch', text)).filter((f) => f.severity !== 'info').map((f) => [f.data.stated, f.data.num, f.data.den]);

describe('percent-mismatch: a "trong đó" part with its quality and a bare "tỷ lệ" (session 21, s109)', () => {
  it('reads the share of a part whose whole is labelled by the words before it, past a value of last year in brackets', async () => {
    // Hand-checked: 180 / 250 = 72,0%, not 75,0%; the 260 lượt of last year in brackets is no whole of the 180.
    const text = (stated: string) => `I. KẾT QUẢ\n- Tổng số đã khám 250 lượt người, giảm 3,8% so với năm trước (260 lượt); trong đó 180 lượt người khỏi bệnh, tỷ lệ ${stated}%; chuyển tuyến 12 lượt người.\n`;
    expect(await shares(text('75,0'))).toEqual([[75, 180, 250]]);
    expect(await shares(text('72,0'))).toEqual([]);
  });

  it('reads the share of a part done against the one earlier count said to be due that very deed', async () => {
    // Hand-checked: 180 / 240 = 75,0%, not 80,0%. The 240 hộ are due "cấp giấy phép xây dựng", the deed of the 180.
    const text = (deed: string, stated: string) => [
      'I. TÌNH HÌNH CHUNG',
      `- Theo rà soát, toàn xã có 240 hộ thuộc diện phải ${deed} trong năm; các hộ còn lại sửa chữa nhỏ.`,
      'II. KẾT QUẢ THỰC HIỆN',
      `- Tiếp nhận 52 hồ sơ qua bộ phận một cửa; lũy kế đến ngày 30/6 đã cấp giấy phép xây dựng cho 180 hộ, đạt ${stated}%.`,
      '',
    ].join('\n');
    expect(await shares(text('cấp giấy phép xây dựng', '80,0'))).toEqual([[80, 180, 240]]);
    expect(await shares(text('cấp giấy phép xây dựng', '75,0'))).toEqual([]);
    // Due another deed ("đăng ký tạm trú"): the 240 is no whole of the licences, nothing is read.
    expect(await shares(text('đăng ký tạm trú', '80,0'))).toEqual([]);
  });
});
