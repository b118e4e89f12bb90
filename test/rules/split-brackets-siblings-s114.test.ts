import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 22 (holdout114 studied): a bracket that splits the amount before it, and names told apart by one breakdown.
const of = async (rule: string, text: string) => (await findingsOf(rule, text + '\n')).filter((f) => f.severity !== 'info').map((f) => [f.messageId, f.data]);

// 12 + 16 = 28 vụ split in the bracket; the head's name has a comma of its own ("an toàn thực phẩm, vệ sinh môi trường").
const HEAD = 'Năm 2025 phát hiện 28 vụ vi phạm an toàn thực phẩm, vệ sinh môi trường (12 vụ vi phạm nhãn mác, 16 vụ vi phạm điều kiện vệ sinh)';

describe('a bracket splitting the amount before it, after a name with a comma', () => {
  it('a change after the bracket is told of the head: 28 from 35 is −20%', async () => {
    expect(await of('claim-mismatch', `${HEAD}, giảm 20% so với năm 2024 (35 vụ).`)).toEqual([]);
  });
  it('and a wrong change is still read against the head, not the bracket\'s last member', async () => {
    expect(await of('claim-mismatch', `${HEAD}, giảm 25% so với năm 2024 (35 vụ).`)).toEqual([
      ['changeMismatch', expect.objectContaining({ verb: 'giảm', stated: 25, base: 35, value: 28, actual: 20 })],
    ]);
  });
  it('"trong đó" after the bracket splits the head (20 ≤ 28), not the last member (16)', async () => {
    expect(await of('part-exceeds-whole', `${HEAD}, giảm 20% so với năm 2024 (35 vụ); trong đó vụ do hộ kinh doanh cá thể 20 vụ.`)).toEqual([]);
  });
  it('a part larger than the head is still reported against the head', async () => {
    expect(await of('part-exceeds-whole', `${HEAD}, giảm 20% so với năm 2024 (35 vụ); trong đó vụ do hộ kinh doanh cá thể 31 vụ.`)).toEqual([
      ['partExceedsWhole', expect.objectContaining({ part: 31, whole: 28 })],
    ]);
  });
  it('a bracket restating one amount is still the whole a connector splits', async () => {
    // 9 > 7 of "(07 vụ)", the head restated in brackets.
    expect((await of('part-exceeds-whole', 'Trong năm xảy ra số vụ cháy rừng là bảy vụ (07 vụ), trong đó cháy rừng phòng hộ 09 vụ.')).map((f) => f[0])).toEqual(['partExceedsWhole']);
  });
});

describe('two names a breakdown states side by side are two quantities elsewhere too', () => {
  const REPORT = [
    'I. TÌNH HÌNH CHUNG',
    'Xã có 2 140 hộ dân. Tổng số người cao tuổi là 1 315 người; trong đó người cao tuổi sống một mình 58 người, người cao tuổi có nguy cơ phải sống một mình 126 người, người cao tuổi thuộc hộ nghèo 73 người.',
    'II. KẾT QUẢ',
    '* Người cao tuổi sống một mình 58 người, gồm: 20 người trên 80 tuổi, 38 người từ 60 đến 80 tuổi.',
  ];
  it('"… có nguy cơ phải sống một mình 126" is no refinement of "… sống một mình 58"', async () => {
    const text = [...REPORT, '* Người cao tuổi có nguy cơ phải sống một mình 126 người, chia ra: thôn Đông 70 người, thôn Tây 56 người.'].join('\n');
    expect(await of('repeated-value-conflict', text)).toEqual([]);
  });
  it('the same name restated at another value is still a conflict', async () => {
    const text = [...REPORT, '* Người cao tuổi có nguy cơ phải sống một mình 162 người, chia ra: thôn Đông 90 người, thôn Tây 72 người.'].join('\n');
    expect((await of('repeated-value-conflict', text)).map((f) => [f[0], (f[1] as { value: string }).value, (f[1] as { other: string }).other])).toEqual([
      ['repeatedValueConflict', '126', '162'],
    ]);
  });
});

describe('"giảm một nửa": the base is twice the value now', () => {
  const claims = async (text: string) => (await of('claim-mismatch', text)).map((f) => [f[0], (f[1] as { base: number }).base, (f[1] as { value: number }).value]);
  it.each([
    // 10 → 5: exactly half.
    'Cháy nhà dân xảy ra 05 vụ, giảm một nửa so với năm trước (10 vụ).',
    // 11 → 5: 2,2 times, within the slack of a multiple.
    'Số hộ tái nghèo còn 5 hộ, giảm còn một nửa so với đầu năm (11 hộ).',
    // a hedged half says less than half: 10 → 6 is not read
    'Số vụ ngộ độc thực phẩm là 06 vụ, giảm gần một nửa so với cùng kỳ (10 vụ).',
  ])('agrees: %s', async (text) => {
    expect(await claims(text)).toEqual([]);
  });
  it.each([
    // 9 → 7 is a fall of two ninths, not half.
    ['Xảy ra 07 vụ đuối nước, giảm một nửa so với cùng kỳ (09 vụ).', 9, 7],
    // 6 → 12 rose.
    ['Số ca sốt xuất huyết là 12 ca, giảm một nửa so với cùng kỳ năm trước (06 ca).', 6, 12],
  ])('disagrees: %s', async (text, base, value) => {
    expect(await claims(text)).toEqual([['halvedMismatch', base, value]]);
  });
});

describe('"N <noun>, gồm:" over a closed run of bullets: one bullet, one counted thing', () => {
  const lists = async (text: string) => (await of('list-count-mismatch', text)).map((f) => [f[0], (f[1] as { count: number }).count, (f[1] as { listed: number }).listed]);
  const after = '\nII. PHƯƠNG HƯỚNG\nTiếp tục thực hiện các nhiệm vụ.';
  it.each([
    // four documents cited for "06": two missing (a subject's commas are no second document)
    ['Năm 2025, UBND xã ban hành 06 (sáu) văn bản về phòng cháy và chữa cháy, gồm:\n- Kế hoạch số 12/KH-UBND ngày 10/01/2025 về phòng cháy, chữa cháy rừng;\n- Kế hoạch số 40/KH-UBND ngày 03/3/2025 về kiểm tra an toàn cháy nổ;\n- Quyết định số 75/QĐ-UBND ngày 14/4/2025 kiện toàn Đội dân phòng;\n- Công văn số 210/UBND-VP ngày 20/6/2025 về phòng cháy mùa khô.', 6, 4],
    // five activities for "04"
    ['Hội Phụ nữ tổ chức 04 hoạt động hưởng ứng Ngày Gia đình, gồm:\n+ Tổ chức hội thi nấu ăn giữa các chi hội;\n+ Trao 15 suất quà cho gia đình khó khăn;\n+ Tọa đàm về bình đẳng giới trong gia đình;\n+ Ra mắt mô hình gia đình 5 không 3 sạch tại thôn Bắc;\n+ Phát động phong trào đọc sách trong gia đình.', 4, 5],
  ])('reports: %s', async (text, count, listed) => {
    expect(await lists(text + after)).toEqual([['listCountMismatch', count, listed]]);
  });
  it.each([
    // as many bullets as the count
    'Hội Phụ nữ tổ chức 03 hoạt động hưởng ứng Ngày Gia đình, gồm:\n+ Tổ chức hội thi nấu ăn giữa các chi hội;\n+ Tọa đàm về bình đẳng giới trong gia đình;\n+ Phát động phong trào đọc sách trong gia đình.',
    // a breakdown by amounts of the counted noun is no list of names
    'Trong năm đã tổ chức 09 lớp tập huấn, gồm:\n- Tập huấn kỹ thuật trồng lúa 05 lớp;\n- Tập huấn chăn nuôi an toàn sinh học 04 lớp.',
    // a bullet opening with a plural may name several things
    'Xã đã hoàn thành 07 công trình, gồm:\n- Nhà văn hóa thôn Đông;\n- Các tuyến đường nội đồng thôn Tây.',
    // people: member lists group several in a bullet
    'Tổ công tác có 05 người, gồm:\n- Phó Chủ tịch UBND xã làm tổ trưởng;\n- Công chức địa chính làm thành viên.',
    // fewer bullets than the count, one of them joining two things
    'Xã đã hoàn thành 04 công trình, gồm:\n- Nhà văn hóa thôn Đông và sân thể thao thôn Đông;\n- Cầu dân sinh qua suối Cạn;\n- Kênh mương nội đồng thôn Nam.',
    // the run goes on under another marker: which level the count covers is unknown
    'Xã đã hoàn thành 03 công trình, gồm:\n- Nhà văn hóa thôn Đông;\n- Cầu dân sinh qua suối Cạn;\n+ Hạng mục cổng và tường rào.',
  ])('reads nothing wrong: %s', async (text) => {
    expect(await lists(text + after)).toEqual([]);
  });
});

describe('a digit swap between two counts of the same things under two nouns ("trẻ em" / "em")', () => {
  const head = 'I. TÌNH HÌNH CHUNG\nPhường có 5 214 hộ với 18 620 nhân khẩu; trẻ em có hoàn cảnh khó khăn 1 473 em.\nII. KẾT QUẢ THỰC HIỆN\n';
  const swaps = async (text: string) => (await of('repeated-value-conflict', head + text)).map((f) => [(f[1] as { value: string }).value, (f[1] as { other: string }).other]);
  it('1 437 "trẻ em" against 1 473 "em" of the same name is one count mistyped', async () => {
    expect(await swaps('Trong năm, Hội Khuyến học đã trao học bổng cho 1 437 trẻ em có hoàn cảnh khó khăn của phường.')).toEqual([['1 473', '1 437']]);
  });
  it('households are not children, whatever the digits', async () => {
    expect(await swaps('Trong năm, Hội Khuyến học đã trao học bổng cho 1 437 hộ có hoàn cảnh khó khăn của phường.')).toEqual([]);
  });
});
