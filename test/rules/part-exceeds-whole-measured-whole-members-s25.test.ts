import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const findings = (text: string) => findingsOf('part-exceeds-whole', text);

// Session 25: a whole in a unit of measure and a count of who is involved are not part and whole. A qualifier of a split
// that is itself a noun of members ("đơn vị", "cá nhân", "tổ chức", "nữ") counts those members after a number, never a
// share of a measure. Sentences written for this test, in several topics.
describe('part-exceeds-whole: a measured whole and a count of members', () => {
  it('says nothing where the whole is weighed or measured and the part counts bodies or people', async () => {
    for (const text of [
      // market control: tonnes seized, offenders dealt with
      'Trong số 36 tấn hàng hóa bị thu giữ, 38 đơn vị đã được xử lý vi phạm hành chính.\n',
      'Đã thu giữ 36 tấn hàng hóa, trong đó 38 đơn vị đã bị xử lý.\n',
      // agriculture: hectares flooded, bodies supported
      'Trong số 45 ha lúa bị ngập, 60 đơn vị đã được hỗ trợ giống.\n',
      // health: kilograms of expired drugs, facilities that destroyed them
      'Trong số 120 kg thuốc hết hạn, 130 đơn vị y tế đã hoàn thành tiêu hủy.\n',
      // environment: tonnes of waste, organisations under contract
      'Trong số 36 tấn rác thải thu gom, 40 tổ chức đã ký hợp đồng.\n',
      // smuggling and fire: kilograms seized and hectares burnt, persons fined or men on the fire line
      'Trong số 120 kg hàng lậu bị bắt giữ, 150 cá nhân đã bị xử phạt.\n',
      'Trong số 12 ha rừng bị cháy, có 14 nam đã tham gia chữa cháy.\n',
      // budget: money has no members either
      'Trong số 12 tỷ đồng vốn ngân sách được giao, 15 đơn vị đã giải ngân xong.\n',
    ]) expect(await findings(text), text).toEqual([]);
  });

  it('still holds such a part against a whole of things or people it can be a member of', async () => {
    // Hand-checked: 45 bodies cannot be among 40 establishments inspected, 34 women among 30 people examined.
    const [a, ...restA] = await findings('Trong số 40 cơ sở được kiểm tra, 45 đơn vị vi phạm.\n');
    expect(restA).toEqual([]);
    expect(a.data).toMatchObject({ part: 45, whole: 40 });
    const [b, ...restB] = await findings('Kết nạp 30 đảng viên mới, trong đó 34 nữ.\n');
    expect(restB).toEqual([]);
    expect(b.data).toMatchObject({ part: 34, whole: 30 });
  });
});
