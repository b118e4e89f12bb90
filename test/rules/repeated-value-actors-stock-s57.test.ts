import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 57: the same deed on the same noun done by two bodies named at the head of their sentences is two quantities
// (src/extract/deed-actor.ts); the unit's whole stock of a noun ("Toàn huyện hiện có N X đang hoạt động", "Trong tổng số N X
// trên địa bàn") and a verb's measure told by the unit as a whole ("toàn xã đã kiên cố hóa N km") against the same verb's
// measure with its noun named are one quantity when two neighbouring digits are swapped. Sentences written for this test.
const RULE = 'repeated-value-conflict';
const head = (level: string, name: string) =>
  `ỦY BAN NHÂN DÂN\n${level.toUpperCase()} ${name.toUpperCase()}\nSố: 57/BC-UBND\n${name}, ngày 28 tháng 9 năm 2025\nBÁO CÁO\nKết quả thực hiện nhiệm vụ 9 tháng năm 2025\n`;
const report = (level: string, name: string, first: string, second: string) => head(level, name) + [
  'I. KẾT QUẢ THỰC HIỆN',
  '1. Kết quả chung',
  first,
  'Các đơn vị đã bám sát kế hoạch, phối hợp chặt chẽ trong triển khai.',
  'II. ĐÁNH GIÁ CHUNG',
  second,
].join('\n') + '\n';
const pairs = async (text: string) => (await findingsOf(RULE, text)).map((f) => [f.data.value, f.data.other].sort());

describe('repeated-value-conflict: two bodies doing one deed', () => {
  it('does not hold what one body checked against what another body checked', async () => {
    // Two bodies named at the head of their sentences: 52 and 38 establishments are two inspections.
    expect(await pairs(report('huyện', 'Hòa Vang',
      '- Trung tâm Y tế huyện tổ chức giám sát tại 06 xã: Hòa Bắc, Hòa Liên, Hòa Ninh, Hòa Sơn, Hòa Nhơn, Hòa Phú; giám sát 52 cơ sở kinh doanh thực phẩm và 140 hộ gia đình.',
      '- Phòng Kinh tế huyện giám sát 38 cơ sở kinh doanh thực phẩm (chợ 14 cơ sở, bếp ăn tập thể 24 cơ sở).'))).toEqual([]);
    // A plural body ("Các đoàn thể") against an office, in another field.
    expect(await pairs(report('xã', 'Tân Lập',
      'Đội Quản lý thị trường số 3 đã kiểm tra 45 cửa hàng kinh doanh xăng dầu trên địa bàn.',
      'Các tổ chức đoàn thể xã kiểm tra 54 cửa hàng kinh doanh xăng dầu, nhắc nhở niêm yết giá.'))).toEqual([]);
  });

  it('still flags the deed when only one side names its body, or both name the same body', async () => {
    // Hand-checked: "Trong năm đã giám sát" names nobody, so 52 and 57 establishments are one count stated twice.
    expect(await pairs(report('huyện', 'Hòa Vang',
      '- Trung tâm Y tế huyện giám sát 52 cơ sở kinh doanh thực phẩm, nhắc nhở 06 cơ sở.',
      'Trong năm đã giám sát 57 cơ sở kinh doanh thực phẩm, chất lượng giám sát được nâng lên.'))).toEqual([['52', '57']]);
    // Hand-checked: the same station both times ("Trạm Y tế xã" ⊂ "Trạm Y tế xã Tân Lập"): 1.250 and 1.520 doses.
    expect(await pairs(report('xã', 'Tân Lập',
      'Trạm Y tế xã Tân Lập đã tiêm 1.250 liều vắc xin phòng bệnh cho trẻ em.',
      'Trạm Y tế xã tiêm 1.520 liều vắc xin phòng bệnh cho trẻ em, đạt kế hoạch.'))).toEqual([['1.250', '1.520']]);
  });
});

describe('repeated-value-conflict: the unit\'s whole stock of one noun', () => {
  it('flags the stock said to be working against the whole stock on the unit\'s area, two digits swapped', async () => {
    // Hand-checked: 27 and 72 cooperatives are both the commune's whole stock; 27 ↔ 72 swaps the two digits.
    expect(await pairs(report('xã', 'Tân Lập',
      'Toàn xã hiện có 27 hợp tác xã đang hoạt động, trong đó 09 hợp tác xã nông nghiệp.',
      'Trong tổng số 72 hợp tác xã trên địa bàn, phần lớn quy mô nhỏ, vốn điều lệ thấp.'))).toEqual([['27', '72']]);
    // Hand-checked: 163 and 136 enterprises of the district (tourism report); 63 ↔ 36 swaps the last two digits.
    expect(await pairs(report('huyện', 'Sa Pa',
      'Toàn huyện hiện có 163 doanh nghiệp đang hoạt động, trong đó 41 doanh nghiệp du lịch.',
      'Trong tổng số 136 doanh nghiệp trên địa bàn, nhiều doanh nghiệp chưa đổi mới công nghệ.'))).toEqual([['136', '163']]);
  });

  it('stays silent when the two stocks are not one slip apart or the second is no whole of the area', async () => {
    // 175 on the area and 163 working: not a swap of digits, two stocks may differ (some registered, not working).
    expect(await pairs(report('huyện', 'Sa Pa',
      'Toàn huyện hiện có 163 doanh nghiệp đang hoạt động, trong đó 41 doanh nghiệp du lịch.',
      'Trong tổng số 175 doanh nghiệp trên địa bàn, nhiều doanh nghiệp chưa đổi mới công nghệ.'))).toEqual([]);
    // Those a deed reached ("hỗ trợ vốn cho 72 hợp tác xã") are some of the stock, never the stock.
    expect(await pairs(report('xã', 'Tân Lập',
      'Toàn xã hiện có 27 hợp tác xã đang hoạt động, trong đó 09 hợp tác xã nông nghiệp.',
      'Ngân hàng chính sách đã hỗ trợ vốn cho 72 hợp tác xã, góp phần mở rộng sản xuất.'))).toEqual([]);
  });
});

describe('repeated-value-conflict: a verb\'s measure told by the unit as a whole', () => {
  it('flags "toàn xã đã kiên cố hóa N km" against the same verb\'s km of a named noun, two digits swapped', async () => {
    // Hand-checked: 12,46 km and 12,64 km of canals lined in the report's 9 months; 46 ↔ 64 swaps two neighbouring digits.
    expect(await pairs(report('xã', 'Tân Lập',
      'Đến ngày 25/9/2025 toàn xã đã kiên cố hóa 12,46 km, đạt 83,1% kế hoạch năm.',
      '9 tháng đã kiên cố hóa 12,64 km kênh mương nội đồng, góp phần chủ động tưới tiêu.'))).toEqual([['12,46', '12,64']]);
  });

  it('stays silent on another verb, or values that are no swap of each other', async () => {
    expect(await pairs(report('xã', 'Tân Lập',
      'Đến ngày 25/9/2025 toàn xã đã kiên cố hóa 12,46 km, đạt 83,1% kế hoạch năm.',
      '9 tháng đã nạo vét 12,64 km kênh mương nội đồng, góp phần chủ động tưới tiêu.'))).toEqual([]);
    expect(await pairs(report('xã', 'Tân Lập',
      'Đến ngày 25/9/2025 toàn xã đã kiên cố hóa 12,46 km, đạt 83,1% kế hoạch năm.',
      '9 tháng đã kiên cố hóa 3,85 km kênh mương nội đồng, góp phần chủ động tưới tiêu.'))).toEqual([]);
  });
});
