import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 16 (holdout86 study): readings that picked the wrong base or the wrong name; my own sentences, checked by hand.
const run = async (rule: string, text: string) => (await findingsOf(rule, text + '\n')).filter((f) => f.severity !== 'info');

describe('a bracket that singles one member out is no whole of a later "trong đó"', () => {
  it('reads the share against the total before the bracket (Vietnamese style)', async () => {
    // 910 / 2.600 = 35%; against the bracket's 1.300 it would be 70%.
    expect(await run('percent-mismatch', 'Toàn trường có 2.600 học sinh (riêng khối 10 có 1.300 học sinh), trong đó học sinh nữ là 910 em, chiếm 35%.')).toEqual([]);
  });
  it('still flags a wrong share of that total', async () => {
    // 910 / 2.600 = 35%, stated 53%.
    const f = await run('percent-mismatch', 'Toàn trường có 2.600 học sinh (riêng khối 10 có 1.300 học sinh), trong đó học sinh nữ là 910 em, chiếm 53%.');
    expect(f.map((x) => x.messageId)).toEqual(['percentMismatch']);
    expect(f[0].data).toMatchObject({ stated: 53, num: 910, den: 2600 });
  });
});

describe('a second comparison joined after a change claim keeps its bracket', () => {
  it('does not take the other level in brackets as the change\'s base (English style)', async () => {
    // "tăng 0.9 triệu so với cùng kỳ" states no base of its own here; 7.2 is the province's level (8.4 − 7.2 = 1.2 ≠ 0.9),
    // which the unchanged reading held against it.
    const text = 'Lương bình quân của giáo viên hợp đồng đạt 8.4 triệu đồng/người/tháng, tăng 0.9 triệu đồng so với cùng kỳ và cao hơn mức bình quân chung của tỉnh (7.2 triệu đồng/người/tháng).\nTrong năm 2025, các trường tuyển mới 1,240 học sinh.';
    expect(await run('claim-mismatch', text)).toEqual([]);
  });
  it('still checks a change whose base bracket follows it directly', async () => {
    // 10,0 − 9,4 = 0,6 triệu, stated 1,2.
    const f = await run('claim-mismatch', 'Thu nhập bình quân đạt 10,0 triệu đồng, tăng 1,2 triệu đồng so với năm trước (9,4 triệu đồng).');
    expect(f.map((x) => x.messageId)).toEqual(['changeMismatch']);
  });
});

describe('names of repeated values', () => {
  it('does not name an average by the unit it is per ("… tỷ đồng/trạm y tế")', async () => {
    // Two different averages (spending, equipment capital) per health station: "/trạm y tế" says what each is per, not which.
    const text = [
      'Tổng chi cho 10 trạm y tế ước đạt 12,5 tỷ đồng, bằng 104% so với năm trước; chi bình quân 1,25 tỷ đồng/trạm y tế.',
      '',
      'Các trạm đã hoàn thành quyết toán trong quý.',
      '',
      '- Quy mô đầu tư còn nhỏ, vốn trang thiết bị bình quân chỉ đạt 0,84 tỷ đồng/trạm y tế; nguồn xã hội hóa còn ít.',
    ].join('\n');
    expect(await run('repeated-value-conflict', text)).toEqual([]);
  });
  it('does not hold two shares of one whole named by its bare noun against each other', async () => {
    // 9/12 with cultural houses, 05/12 with new loudspeakers: two groups of the same twelve wards.
    const text = [
      'Số tổ dân phố có nhà văn hóa đạt chuẩn là 9/12 tổ dân phố, chiếm 75%.',
      '',
      'Ban chỉ đạo đã kiểm tra, đôn đốc các tổ trong quý.',
      '',
      'Có 05/12 tổ dân phố (41,7%) đã lắp đặt hệ thống loa truyền thanh mới.',
    ].join('\n');
    expect(await run('repeated-value-conflict', text)).toEqual([]);
  });
});

describe('a restated share of one whole still conflicts when its words name the same group', () => {
  it('flags 9/12 against 8/12 of wards "có nhà văn hóa đạt chuẩn"', async () => {
    const text = [
      'Số tổ dân phố có nhà văn hóa đạt chuẩn là 9/12 tổ dân phố.',
      '',
      'Ban chỉ đạo đã kiểm tra, đôn đốc các tổ trong quý.',
      '',
      'Số tổ dân phố có nhà văn hóa đạt chuẩn là 8/12 tổ dân phố.',
    ].join('\n');
    expect((await run('repeated-value-conflict', text)).map((x) => x.messageId)).toEqual(['repeatedValueConflict']);
  });
});
