import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const findings = (text: string) => findingsOf('list-count-mismatch', text);

// Session 25 (holdout125): bullets under a count closing its paragraph with a colon. Sentences written for this test.
describe('list-count-mismatch: bullets under a count', () => {
  it('counts bullets announced by a "gồm" right before the count ("… gồm 03 chuyên đề:")', async () => {
    // Hand-checked: four bullets under "gồm 03 chuyên đề:".
    const text = 'Chương trình bồi dưỡng hè gồm 03 chuyên đề:\n- Kỹ năng sơ cứu, đuối nước;\n- Giáo dục giới tính;\n- An toàn giao thông;\n- Phòng chống ma túy.\n\nNhà văn hóa mở cửa 6 ngày/tuần.\n';
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 3, listed: 4 });
    expect(await findings(text.replace('03 chuyên đề', '04 chuyên đề'))).toEqual([]);
  });

  it('counts bullets that open with the counted noun and a proper name, a description with numbers after it', async () => {
    // Hand-checked: two festivals are bulleted, each "Lễ hội <Name>, …" with its date and turnout; the count says 03.
    const text = 'Năm 2025, xã tổ chức 03 lễ hội truyền thống:\n- Lễ hội Đền Cờn, diễn ra ngày 12/2/2025 với khoảng 4.000 lượt khách;\n- Lễ hội Cầu Ngư năm 2025, tổ chức ngày 5/4/2025 với 18 thuyền rồng tham gia.\n\nCông tác quản lý di tích được tăng cường.\n';
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 3, listed: 2 });
    expect(await findings(text.replace('03 lễ hội', '02 lễ hội'))).toEqual([]);
  });

  it('reads no bullet that is a breakdown by amounts of the counted noun, nor one opening in lower case after the noun', async () => {
    expect(await findings('Xã tổ chức 03 lễ hội truyền thống:\n- Lễ hội cấp xã, 2 lễ hội được tổ chức;\n- Lễ hội cấp thôn, 3 lễ hội.\n\nHết.\n')).toEqual([]);
    expect(await findings('Xã tổ chức 03 lễ hội truyền thống:\n- Lễ hội mùa xuân, diễn ra ngày 12/2/2025 với 4.000 lượt khách;\n- Lễ hội mùa thu, ngày 5/9/2025.\n\nHết.\n')).toEqual([]);
  });
});
