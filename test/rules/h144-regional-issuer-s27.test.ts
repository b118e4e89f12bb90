import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { regionUnits, reportedArea } from '../../src/extract/place-roles.js';
import { sourceFromText } from '../segment/source-from-lines.js';
import { findingsOf } from './audit-helper.js';

// Session 27 (holdout144): a regional office named after the two districts it serves, a breakdown that splits the total of
// the paragraph before the last, a multiple "gấp N lần", and two sentence amounts restating two rows of one table.

const run = (lines: string[], only: string[]) => analyseSource(sourceFromText(lines.join('\n')), { only }).findings;

describe('locality-mismatch: a regional issuer named after its districts (s27)', () => {
  it('reads the units a regional body is named after, in its capitals header line or before "báo cáo" only', () => {
    expect(regionUnits('BAN QUẢN LÝ RỪNG KHU VỰC TÂY SƠN – PHÚ HÒA')).toEqual(['tay son', 'phu hoa']);
    expect(regionUnits('Trạm Kiểm lâm khu vực Tây Sơn - Phú Hòa báo cáo như sau:')).toEqual(['tay son', 'phu hoa']);
    expect(regionUnits('BAN QUẢN LÝ RỪNG KHU VỰC TÂY SƠN – PHÚ HÒA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual(['tay son', 'phu hoa']);
    // Another regional body, a partner: not the issuer.
    expect(regionUnits('Trạm đã phối hợp với Trạm Kiểm lâm khu vực Đông Sơn – Mỹ Lộc tuần tra 12 lượt.')).toEqual([]);
    expect(regionUnits('Trạm Kiểm lâm khu vực Tây Sơn báo cáo như sau:')).toEqual([]);
  });

  it('reads the area the "báo cáo" sentence names, two units at least, a count before them allowed', () => {
    expect(reportedArea('Trạm báo cáo kết quả quý I trên địa bàn 02 (hai) huyện Tây Sơn và Phú Hòa như sau:')).toEqual(['tay son', 'phu hoa']);
    expect(reportedArea('Trạm báo cáo kết quả quý I trên địa bàn huyện Tây Sơn và huyện Phú Hòa như sau:')).toEqual(['tay son', 'phu hoa']);
    expect(reportedArea('Trạm báo cáo kết quả quý I trên địa bàn huyện Tây Sơn như sau:')).toEqual([]);
    expect(reportedArea('Trạm tuần tra trên địa bàn huyện Tây Sơn và huyện Phú Hòa.')).toEqual([]);
  });

  const HEAD = ['SỞ NÔNG NGHIỆP TỈNH AN PHÚ', 'BAN QUẢN LÝ RỪNG KHU VỰC TÂY SƠN – PHÚ HÒA', 'Số: 21/BC-BQL', 'Tây Sơn, ngày 05 tháng 4 năm 2025', 'BÁO CÁO', 'Kết quả bảo vệ rừng quý I năm 2025'];
  const found = (body: string[]) => run([...HEAD, ...body], ['locality-mismatch']).map((f) => f.data?.found);

  it('leaves the districts a regional issuer is named after alone, and still flags a third', () => {
    const body = ['1. KẾT QUẢ', 'Huyện Tây Sơn trồng mới 120 ha rừng; huyện Phú Hòa trồng mới 86 ha rừng.'];
    expect(found(body)).toEqual([]);
    expect(found([...body, 'Huyện Đông Sơn trồng mới 40 ha rừng phòng hộ.'])).toEqual(['huyện Đông Sơn']);
  });

  it('flags the second district of a report issued by one district alone', () => {
    const head = ['ỦY BAN NHÂN DÂN', 'HUYỆN TÂY SƠN', 'Số: 21/BC-UBND', 'Tây Sơn, ngày 05 tháng 4 năm 2025', 'BÁO CÁO', 'Kết quả bảo vệ rừng quý I năm 2025'];
    const findings = run([...head, '1. KẾT QUẢ', 'Huyện Tây Sơn trồng mới 120 ha rừng; huyện Phú Hòa trồng mới 86 ha rừng.'], ['locality-mismatch']);
    expect(findings.map((f) => f.data?.found)).toEqual(['huyện Phú Hòa']);
  });
});

describe('part-exceeds-whole: a breakdown that adds up to an amount stated before the last one (s27)', () => {
  const body = (split: string) => [
    'BÁO CÁO',
    'Kết quả thu phí quý I năm 2025',
    '1. KẾT QUẢ',
    'Tổng thu phí, lệ phí trên địa bàn đạt 9.640 triệu đồng, bằng 26,1% dự toán.',
    'Không kể lệ phí trước bạ, thu phí các loại đạt 4.210 triệu đồng.',
    split,
  ];
  it('splits the amount the parts add up to exactly, not the last amount of the paragraph before', () => {
    expect(run(body('Chia theo địa bàn: thị trấn Mỹ Lợi thu 5.730 triệu đồng; các xã thu 3.910 triệu đồng.'), ['part-exceeds-whole'])).toEqual([]);
  });
  it('still flags a part outgrowing the whole when no earlier amount is their sum', () => {
    const findings = run(body('Chia theo địa bàn: thị trấn Mỹ Lợi thu 5.730 triệu đồng; các xã thu 3.900 triệu đồng.'), ['part-exceeds-whole']);
    expect(findings.map((f) => f.data?.part)).toEqual([5730000000]);
  });
});

describe('repeated-value-conflict: multiples and sentence amounts restating two rows of a table (s27)', () => {
  it('never holds two multiples "gấp N lần cùng kỳ" of different things against each other', () => {
    const lines = [
      'BÁO CÁO', 'Tình hình cơ sở sản xuất quý II năm 2025', '1. KẾT QUẢ',
      '• 21 cơ sở quay lại sản xuất, gấp 1,5 lần cùng kỳ (14 cơ sở);',
      '• 30 cơ sở tạm dừng hoạt động, giảm 6,3% so với cùng kỳ (32 cơ sở);',
      '• 12 cơ sở chấm dứt hoạt động, gấp 3 lần cùng kỳ năm trước (4 cơ sở).',
    ];
    expect(run(lines, ['repeated-value-conflict'])).toEqual([]);
  });

  const table = (district: string) => [
    'BÁO CÁO', 'Kết quả giải ngân vốn năm 2024', '1. KẾT QUẢ',
    'Bảng 1. Giải ngân vốn năm 2024',
    '(ĐVT: triệu đồng)',
    'Nguồn vốn\tKế hoạch\tĐã giải ngân\tChưa giải ngân',
    'Tổng số\t96.400\t81.250\t15.150',
    '– Vốn tỉnh\t40.000\t37.420\t2.580',
    '– Vốn huyện\t56.400\t43.830\t12.570',
    '1.1. Vốn huyện',
    `Đã giải ngân 43.830 triệu đồng; còn ${district} triệu đồng chưa giải ngân.`,
    '2. HẠN CHẾ',
    'Tiến độ giải ngân còn chậm; còn 15.150 triệu đồng chưa giải ngân đến cuối năm.',
  ];
  // The txt reader, not the line stand-in: the table's unit note "(ĐVT: triệu đồng)" scales its cells.
  const conflicts = async (lines: string[]) => (await findingsOf('repeated-value-conflict', lines.join('\n'))).map((f) => [f.data?.value, f.data?.other]);
  it('reads two sentence amounts that restate two rows of one table as two items', async () => {
    expect(await conflicts(table('12.570'))).toEqual([]);
  });
  it('still holds the two against each other when one restates no row', async () => {
    expect(await conflicts(table('12.750'))).toEqual([['15.150 triệu đồng', '12.750 triệu đồng']]);
  });
});

describe('list-count-mismatch: a count of groups closed by its colon over bullets (s27)', () => {
  const lines = (n: string, extra: string[] = []) => [
    'BÁO CÁO', 'Kết quả kiểm tra thị trường quý I năm 2025', '1. KẾT QUẢ',
    `Vi phạm tập trung ở ${n} nhóm hành vi:`,
    '- Kinh doanh hàng không rõ nguồn gốc;',
    '- Không niêm yết giá;',
    ...extra,
    '- Bán hàng quá hạn sử dụng.',
    'Trong quý, Đội đã xử phạt 14 vụ.',
  ];
  const counted = (text: string[]) => run(text, ['list-count-mismatch']).map((f) => f.data);
  it('counts the bullets, one group each', () => {
    expect(counted(lines('03'))).toEqual([]);
    expect(counted(lines('03', ['- Cân đong thiếu khối lượng;'])).length).toBe(1);
  });
  it('leaves a count of other things closed by a colon to its own readings', () => {
    const text = ['BÁO CÁO', 'Kết quả kiểm tra thị trường quý I năm 2025', '1. KẾT QUẢ', 'Đội đã kiểm tra 03 cửa hàng xăng dầu:', '- Kinh doanh hàng không rõ nguồn gốc;', '- Không niêm yết giá;'];
    expect(counted(text)).toEqual([]);
  });
});

describe('list-count-mismatch: the last of several counts of groups before a colon (s27)', () => {
  it('is no announcement of the bullets under it', () => {
    const text = [
      'BÁO CÁO', 'Tình hình giá cả tháng 3 năm 2025', '1. KẾT QUẢ',
      'Trong 10 nhóm hàng, có 06 nhóm tăng giá, 03 nhóm giảm giá và 01 nhóm giữ ổn định:',
      '- Nhóm thực phẩm tăng 0,8%;',
      '- Nhóm giáo dục giảm 0,2%;',
    ];
    expect(run(text, ['list-count-mismatch'])).toEqual([]);
  });
});

describe('part-exceeds-whole: "Trong tổng <tên> N, <phần> là M" (s27)', () => {
  const text = (part: string) => ['BÁO CÁO', 'Tình hình thu phí quý I năm 2025', '1. KẾT QUẢ', `Trong tổng số phí còn phải thu 2.480 triệu đồng, phí quá hạn trên 30 ngày là ${part} triệu đồng.`];
  it('holds the part the subject is given against the total the lead states', () => {
    expect(run(text('2.840'), ['part-exceeds-whole']).map((f) => [f.data?.part, f.data?.whole])).toEqual([[2840000000, 2480000000]]);
    expect(run(text('1.240'), ['part-exceeds-whole'])).toEqual([]);
  });
});

describe('percent-mismatch: money\'s share of a "tổng <tên>" whole restated in brackets (s27)', () => {
  const text = (share: string) => ['BÁO CÁO', 'Kết quả quý III năm 2025', '1. KẾT QUẢ', `Doanh thu dịch vụ vận tải hành khách quý III đạt 86,4 tỷ đồng, chiếm ${share} tổng doanh thu vận tải và dịch vụ hỗ trợ vận tải (604,2 tỷ đồng).`];
  it('reads the bracketed amount as the whole, however long the name after "tổng"', () => {
    // 86,4 / 604,2 = 14,30%.
    expect(run(text('18,6%'), ['percent-mismatch']).map((f) => f.messageId)).toEqual(['percentMismatch']);
    expect(run(text('14,3%'), ['percent-mismatch'])).toEqual([]);
  });
});
