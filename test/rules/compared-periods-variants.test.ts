import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

// Tables and sentences that compare a period with an earlier one, in several topics; every value checked by hand.
const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';
const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));
const table = async (text: string) => (await findingsOf('table-total-mismatch', text)).map((f) => [f.messageId, f.data.stated, f.data.actual]);

describe('change columns read the current period against the earlier one the headers name', () => {
  // Fires per hamlet: this year, last year, the change, then a count column of another quantity to the right.
  const fires = (change: string) => rows(
    ['STT', 'Thôn', 'Năm nay', 'Năm trước', 'Tăng, giảm', 'Diện tích cháy (ha)'],
    ['1', 'Thôn Bắc', '4', '6', '-2', '3'], ['2', 'Thôn Nam', '2', '2', '0', '1'], ['3', 'Thôn Đông', '5', '3', change, '2'],
    ['4', 'Thôn Tây', '1', '2', '-1', '0'], ['', 'Toàn xã', '12', '13', '-1', '6'],
  );
  it('says nothing when every change is this year minus last year, a column to the right notwithstanding', async () => {
    // 4−6 = −2, 2−2 = 0, 5−3 = +2, 1−2 = −1, 12−13 = −1: all right; column sums 12, 13, −1, 6 also right.
    expect(await table(fires('+2'))).toEqual([]);
  });
  it('flags a change cell whose sign is wrong, the current column standing left of the earlier one', async () => {
    // 5−3 = +2, written −2.
    expect(await table(fires('-2'))).toEqual(expect.arrayContaining([['differenceColumnMismatch', -2, 2]]));
  });
  it('reads "Cùng kỳ" before "Kỳ báo cáo" the same way', async () => {
    // Enterprises registered: 30−25 = +5, 18−20 = −2, 41−36 = +5 (written +6).
    const text = rows(
      ['Chỉ tiêu', 'Cùng kỳ', 'Kỳ báo cáo', 'Tăng, giảm'],
      ['Doanh nghiệp thành lập mới', '25', '30', '+5'], ['Doanh nghiệp giải thể', '20', '18', '-2'], ['Hộ kinh doanh mới', '36', '41', '+6'],
    );
    expect(await table(text)).toEqual([['differenceColumnMismatch', 6, 5]]);
  });
  it('reads a "Tỷ lệ (%)" column written with signs as the change over the earlier period', async () => {
    // Births: (132−120)/120 = +10,00%; deaths (45−50)/50 = −10,00%; marriages (63−70)/70 = −10,00%, written −11,11 (7/63).
    const text = (marriages: string) => rows(
      ['Chỉ tiêu', 'Kỳ này', 'Cùng kỳ', 'Tăng (+), giảm (-)', 'Tỷ lệ (%)'],
      ['Đăng ký khai sinh', '132', '120', '+12', '+10,00'], ['Đăng ký khai tử', '45', '50', '-5', '-10,00'], ['Đăng ký kết hôn', '63', '70', '-7', marriages],
    );
    expect(await table(text('-10,00'))).toEqual([]);
    expect(await table(text('-11,11'))).toEqual([['changeColumnMismatch', -11.11, -10]]);
  });
});

describe('a year after a feast or season is no figure', () => {
  it('leaves out the year of a feast, and keeps a count that follows one', () => {
    expect(excluded('phục vụ mùa lễ hội Xuân 2026 an toàn')).toEqual(['Xuân 2026']);
    expect(excluded('dịp Tết Nguyên đán năm 2026 và Trung thu 2025')).toEqual(['Tết Nguyên đán năm 2026', 'Trung thu 2025']);
    // "Tết 2000 suất quà": 2000 gifts at Tết, a count.
    expect(excluded('trao tặng dịp Tết 2000 suất quà cho hộ nghèo')).toEqual([]);
  });
  it('holds no feast year against the count a "trong đó" opens', async () => {
    const text = report('1. Chỉ đạo', '- Ban hành 04 văn bản, trong đó có Kế hoạch bảo đảm an ninh trật tự dịp Tết Nguyên đán 2026.');
    expect(await findingsOf('part-exceeds-whole', text)).toEqual([]);
  });
});

describe('narrower counts are not the same quantity as the period total', () => {
  const conflicts = async (text: string) => (await findingsOf('repeated-value-conflict', text)).map((f) => [f.data.value, f.data.other].sort());
  it('keeps a count of one dated day apart from the period count of the same noun', async () => {
    const text = (lead: string) => report(
      'I. TÌNH HÌNH', '- Trong quý, trên địa bàn xã xảy ra 05 vụ cháy nhà dân, thiệt hại khoảng 300 triệu đồng.',
      'Lực lượng dân quân đã kịp thời có mặt.', `- ${lead} xảy ra 01 vụ cháy nhà dân, không có thiệt hại về người.`,
    );
    expect(await conflicts(text('Đêm ngày 14/02/2026,'))).toEqual([]);
    // Without the day, the two counts are one quantity stated twice.
    expect(await conflicts(text('Trong quý, trên địa bàn xã'))).toEqual([['01', '05']]);
  });
  it('keeps a count stated as a share of a named total apart from that total', async () => {
    // 96/480 = 20,00%: the 96 are some of the 480 dossiers.
    const text = report(
      'I. KẾT QUẢ', '- Tiếp nhận 480 hồ sơ thủ tục hành chính trong kỳ.', 'Bộ phận một cửa hoạt động ổn định.',
      '- Qua dịch vụ bưu chính công ích, tiếp nhận 96 hồ sơ thủ tục hành chính, chiếm 20,00% tổng số hồ sơ.',
    );
    expect(await conflicts(text)).toEqual([]);
  });
  it('still compares a count stated as a share of another total, written with its own figure', async () => {
    // 412/5.000 = 8,24% of all households: 412 is still every poor household, against 421 elsewhere.
    const text = (total: string) => report(
      'I. KẾT QUẢ', `- Theo kết quả rà soát cuối năm, toàn xã có 412 hộ nghèo, chiếm 8,24% tổng số ${total} trên địa bàn.`,
      'Công tác giảm nghèo được quan tâm.', '- Toàn xã hiện có 421 hộ nghèo trên địa bàn.',
    );
    expect(await conflicts(text('5.000 hộ dân'))).toEqual([['412', '421']]);
    expect(await conflicts(text('hộ dân'))).toEqual([['412', '421']]);
  });
  it('still compares a subgroup named by what it has, though stated as a share of all of its head noun', async () => {
    // "trẻ em có hoàn cảnh đặc biệt" is every such child (46 here, 48 there), whatever share of all children they are.
    const text = report(
      'I. KẾT QUẢ', '- Toàn xã có 46 trẻ em có hoàn cảnh đặc biệt, chiếm 1,5% tổng số trẻ em trên địa bàn.', 'Công tác trẻ em được quan tâm.',
      '- Đã quản lý, theo dõi 48 trẻ em có hoàn cảnh đặc biệt trên địa bàn xã.',
    );
    expect(await conflicts(text)).toEqual([['46', '48']]);
  });
  it('still compares a count given as a share of its population, the subgroup\'s prevalence', async () => {
    // 127/3.082 = 4,12% of all households: the 127 are every poor household, against 131 later.
    const text = report(
      'I. KẾT QUẢ', '- Xã có 3.082 hộ; toàn xã còn 127 hộ nghèo (chiếm 4,12% tổng số hộ) và 96 hộ cận nghèo.', 'Công tác giảm nghèo được quan tâm.',
      '- Trao quà Tết cho 100% hộ nghèo toàn xã (131 hộ), mỗi hộ 300 nghìn đồng.',
    );
    expect(await conflicts(text)).toEqual([['127', '131']]);
  });
  it('keeps counts under sibling headings opening with "Trên" apart', async () => {
    const text = report(
      '1. Tai nạn giao thông', '1.1. Trên các tuyến tỉnh lộ', '- Xảy ra 06 vụ, làm bị thương 04 người.',
      '1.2. Trên các tuyến đường liên thôn', '- Xảy ra 03 vụ, làm bị thương 02 người.',
    );
    expect(await conflicts(text)).toEqual([]);
  });
});

describe('a change amount with its rate in brackets: the rate is of the earlier value', () => {
  const pct = async (text: string) => (await findingsOf('percent-mismatch', text)).map((f) => [f.data.stated, f.data.num, f.data.den]);
  it('takes the earlier value as the current one less the change', async () => {
    // Fires: 7 this year, up 2: 2/5 = 40,00%; written 28,57% (2/7, over the current value).
    expect(await pct('- Trong năm xảy ra 07 vụ cháy rừng, tăng 02 vụ (+40,00%) so với năm trước.\n')).toEqual([]);
    expect(await pct('- Trong năm xảy ra 07 vụ cháy rừng, tăng 02 vụ (+28,57%) so với năm trước.\n')).toEqual([[28.57, 2, 5]]);
  });
  it('tells the current value by the words the change shares with it', async () => {
    // Births 132 (up 12: 12/120 = 10%), deaths 45 (down 5: 5/50 = 10%, written 11,11% = 5/45).
    const text = (deaths: string) => `- Toàn xã có 132 trẻ sinh ra, 45 người mất. So với năm trước: số trẻ sinh ra tăng 12 trẻ (+10,00%), số người mất giảm 05 người (${deaths}).\n`;
    expect(await pct(text('-10,00%'))).toEqual([]);
    expect(await pct(text('-11,11%'))).toEqual([[11.11, 5, 50]]);
  });
  it('uses the earlier value the sentence states in brackets, and money changes alike', async () => {
    // 1.520 triệu (năm trước 1.280 triệu), tăng 240 triệu: 240/1.280 = 18,75%.
    expect(await pct('- Thu ngân sách 1.520 triệu đồng (năm trước 1.280 triệu đồng), tăng 240 triệu đồng (+18,75%).\n')).toEqual([]);
    expect((await pct('- Thu ngân sách 1.520 triệu đồng (năm trước 1.280 triệu đồng), tăng 240 triệu đồng (+15,79%).\n')).length).toBe(1);
  });
  it('says nothing when two current values of the unit could be meant', async () => {
    // 12 or 9 hộ: unsure, so no reading.
    expect(await pct('- Có 12 hộ thoát nghèo, 09 hộ tái nghèo, giảm 03 hộ (-50,00%).\n')).toEqual([]);
  });
});
