import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';
const head = 'BÁO CÁO\nKết quả công tác thanh tra năm 2025\nI. KẾT QUẢ\n';

describe('a total row of another noun than the rows above it', () => {
  it('never adds indicators of other nouns into "Tổng số đơn …"', async () => {
    // Hand-checked: 540 lượt + 498 người + 33 đoàn = 1.071 is no count of đơn; the table lists separate indicators.
    const table = rows(
      ['Chỉ tiêu', 'Năm 2024', 'Năm 2025', 'Tăng, giảm'],
      ['Lượt tiếp dân', '512', '540', '+28'],
      ['Số người đến kiến nghị', '470', '498', '+28'],
      ['Số đoàn đông người', '29', '33', '+4'],
      ['Tổng số đơn nhận được', '805', '761', '-44'],
    );
    expect(await findingsOf('table-total-mismatch', table)).toEqual([]);
  });

  it('still adds rows that count the total\'s own noun, by their unit or their label', async () => {
    // Hand-checked: 210 + 64 + 51 = 325 lượt, stated 352.
    const byUnit = rows(
      ['Chỉ tiêu', 'Năm 2024', 'Năm 2025'],
      ['Tiếp tại trụ sở (lượt)', '198', '210'],
      ['Lãnh đạo tiếp định kỳ (lượt)', '60', '64'],
      ['Tiếp đột xuất (lượt)', '47', '51'],
      ['Tổng số lượt tiếp', '305', '352'],
    );
    expect((await findingsOf('table-total-mismatch', byUnit)).map((f) => [f.data.stated, f.data.actual])).toEqual([[352, 325]]);
    // Hand-checked: 14 + 9 = 23 đơn, stated 25; "Đơn tố cáo" counts the total's noun.
    const byLabel = rows(['Loại đơn', 'Số lượng'], ['Đơn khiếu nại', '14'], ['Đơn tố cáo', '9'], ['Tổng số đơn', '25']);
    expect((await findingsOf('table-total-mismatch', byLabel)).map((f) => [f.data.stated, f.data.actual])).toEqual([[25, 23]]);
    // Hand-checked: cán bộ, công chức and viên chức are people: 12 + 30 + 41 = 83 người, stated 85.
    const people = rows(['Đối tượng', 'Số lượng'], ['Cán bộ', '12'], ['Công chức', '30'], ['Viên chức', '41'], ['Tổng số người', '85']);
    expect((await findingsOf('table-total-mismatch', people)).map((f) => [f.data.stated, f.data.actual])).toEqual([[85, 83]]);
  });
});

describe('repeated values of other periods, wholes and sibling headings', () => {
  it('never reads a cell of the earlier period\'s column as a slip of this period\'s figure', async () => {
    // 371 người this year; the table's 317 is last year's lượt (Năm 2024), not 371 with two digits swapped.
    const text = `${head}Trong năm đã tiếp 402 lượt với 371 người.\n${rows(
      ['Chỉ tiêu', 'Năm 2024', 'Năm 2025'],
      ['Lượt tiếp công dân', '317', '402'],
      ['Số người được tiếp', '296', '371'],
    )}`;
    expect(await findingsOf('repeated-value-conflict', text)).toEqual([]);
  });

  it('tells members of breakdowns of two differently named wholes apart', async () => {
    // 96 đơn kiến nghị of all letters received; 61 of those under the district's competence: two quantities.
    const text = `${head}Tổng số đơn nhận được 180 đơn, gồm 52 đơn khiếu nại, 32 đơn tố cáo và 96 đơn kiến nghị.\n\nGhi chú về phân loại đơn.\n\n+ Đơn thuộc thẩm quyền của huyện gồm 30 vụ khiếu nại và 61 đơn kiến nghị.\n`;
    expect(await findingsOf('repeated-value-conflict', text)).toEqual([]);
  });

  it('reads a bare figure under a heading as that heading\'s item, apart from its sibling\'s', async () => {
    // "Giải quyết khiếu nại" and "Giải quyết tố cáo" are two items: 44 vụ and 17 vụ thuộc thẩm quyền are two counts.
    const text = 'BÁO CÁO\nKết quả năm 2025\nI. KẾT QUẢ\n1. Giải quyết khiếu nại\nThuộc thẩm quyền 44 vụ, đã giải quyết 40 vụ.\n2. Giải quyết tố cáo\nThuộc thẩm quyền 17 vụ, đã giải quyết 15 vụ.\n';
    expect(await findingsOf('repeated-value-conflict', text)).toEqual([]);
  });
});

describe('a share of what was done of an action still to be done', () => {
  it('reads "kiến nghị thu hồi A, đã thu hồi B, đạt P%" as B/A', async () => {
    // Hand-checked: 150,0/200,0 = 75,0%, stated 70,0%; 140,0/200,0 = 70,0% agrees.
    const bad = `${head}Kiến nghị thu hồi 200,0 triệu đồng, đã thu hồi vào ngân sách 150,0 triệu đồng, đạt 70,0%.\n`;
    expect((await findingsOf('percent-mismatch', bad)).map((f) => f.data.stated)).toEqual([70]);
    expect(await findingsOf('percent-mismatch', bad.replace('150,0', '140,0'))).toEqual([]);
  });

  it('reads "phải giải quyết", "kế hoạch giải ngân" the same way, and only when the action is repeated', async () => {
    // Hand-checked: 27/36 = 75,0%, stated 72,0%.
    const due = `${head}Số vụ phải giải quyết 36 vụ, đã giải quyết 27 vụ, đạt 72,0%.\n`;
    expect((await findingsOf('percent-mismatch', due)).map((f) => f.data.stated)).toEqual([72]);
    // Hand-checked: 9,0/12,0 = 75,0%, stated 70,0%.
    const plan = `${head}Kế hoạch giải ngân 12,0 tỷ đồng, đã giải ngân 9,0 tỷ đồng, đạt 70,0%.\n`;
    expect((await findingsOf('percent-mismatch', plan)).map((f) => f.data.stated)).toEqual([70]);
    // Another action ("nộp") after "đã": the share may be of something else; nothing is read.
    expect(await findingsOf('percent-mismatch', plan.replace('đã giải ngân', 'đã thanh toán'))).toEqual([]);
  });

  it('reads the share alone in a bracket, and an action done for someone ("cho Nhà nước")', async () => {
    // Hand-checked: 45,0/60,0 = 75,0%, stated 78,0% — in both wordings.
    const bracket = `${head}Kiến nghị thu hồi 60,0 triệu đồng; đã thu hồi 45,0 triệu đồng (đạt 78,0%).\n`;
    expect((await findingsOf('percent-mismatch', bracket)).map((f) => f.data.stated)).toEqual([78]);
    // A bracket naming another base ("kế hoạch") is a rate of that plan: nothing is read.
    expect(await findingsOf('percent-mismatch', bracket.replace('78,0%)', '78,0% kế hoạch)'))).toEqual([]);
    const forState = `${head}Kiến nghị thu hồi cho Nhà nước 60,0 triệu đồng, đã thu hồi 45,0 triệu đồng, đạt 78,0%.\n`;
    expect((await findingsOf('percent-mismatch', forState)).map((f) => f.data.stated)).toEqual([78]);
  });

  it('reads the cases under the office\'s competence as the load of what it resolved', async () => {
    // Hand-checked: 36/48 = 75,0%, stated 80,0%; 38/48 = 79,17% ≈ 79,2% agrees.
    const load = `${head}Thuộc thẩm quyền 48 vụ; đã giải quyết 36 vụ, đạt 80,0%.\n`;
    expect((await findingsOf('percent-mismatch', load)).map((f) => f.data.stated)).toEqual([80]);
    expect(await findingsOf('percent-mismatch', load.replace('36 vụ, đạt 80,0%', '38 vụ, đạt 79,2%'))).toEqual([]);
  });
});

describe('delegations as a counted noun', () => {
  it('holds a "trong đó" part of "đoàn" against its whole', async () => {
    // Hand-checked: 14 đoàn of 11 đoàn.
    const text = `${head}Tiếp 11 đoàn đông người với 150 người, trong đó 14 đoàn kiến nghị về đất đai.\n`;
    expect((await findingsOf('part-exceeds-whole', text)).map((f) => f.evidence[0].quote)).toEqual(['14']);
  });
});

describe('places listed after a joint noun of places', () => {
  it('counts the names after "05 xã, thị trấn:" against the count', async () => {
    // Hand-checked: 05 announced, four names listed.
    const text = `${head}Kiểm tra tại 05 xã, thị trấn: Hòa An, Hòa Bình, Phú Lộc và Tân Hội.\n`;
    expect((await findingsOf('list-count-mismatch', text)).map((f) => f.evidence[0].quote)).toEqual(['05']);
    expect(await findingsOf('list-count-mismatch', text.replace('05 xã', '04 xã'))).toEqual([]);
  });
});

describe('the author named in the lead-in', () => {
  it('reads the unit before "báo cáo" after a cited plan as the report\'s author', async () => {
    const text = 'ỦY BAN NHÂN DÂN\nHUYỆN PHÚ BÌNH\nBÁO CÁO\nKết quả công tác thanh tra năm 2025\n'
      + 'Căn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2025 của UBND huyện về công tác thanh tra, UBND huyện Đồng Hỷ báo cáo kết quả như sau:\n'
      + 'I. KẾT QUẢ\nTrong năm tiến hành 12 cuộc thanh tra.\n';
    expect((await findingsOf('locality-mismatch', text)).map((f) => f.data.found)).toEqual(['huyện Đồng Hỷ']);
    expect(await findingsOf('locality-mismatch', text.replace('huyện Đồng Hỷ báo cáo', 'huyện Phú Bình báo cáo'))).toEqual([]);
  });
});

describe('a whole column beside its rate column', () => {
  it('adds the wholes even when each is its part over its rate', async () => {
    // Hand-checked: 13 + 8 + 19 = 40 ≠ 42; 11 + 7 + 16 = 34; 34/42 = 81,0%.
    const table = rows(
      ['Đơn vị', 'Phải giải quyết (vụ)', 'Đã giải quyết (vụ)', 'Tỷ lệ (%)'],
      ['Cấp huyện', '13', '11', '84,6'],
      ['Các phòng, ban', '08', '07', '87,5'],
      ['Cấp xã', '19', '16', '84,2'],
      ['Tổng cộng', '42', '34', '81,0'],
    );
    expect((await findingsOf('table-total-mismatch', table)).map((f) => [f.data.stated, f.data.actual])).toEqual([[42, 40]]);
  });
});

describe('a way of change claimed in the closing assessment against the one comparison table', () => {
  const table = rows(
    ['Chỉ tiêu', 'Kỳ trước', 'Kỳ này', 'Tăng (+), giảm (-)'],
    ['Tiếp tại trụ sở (lượt)', '120', '131', '+11'],
    ['Lãnh đạo tiếp (lượt)', '40', '37', '-3'],
    ['Tổng số lượt tiếp', '160', '168', '+8'],
  );
  const text = (claim: string) => `${head}${table}II. ĐÁNH GIÁ\n+ Ưu điểm: công tác tiếp dân nền nếp; ${claim}, không có vụ việc phức tạp.\n`;

  it('flags "giảm so với quý trước" of a row that rose from the "Kỳ trước" column', async () => {
    // Hand-checked: 160 → 168 lượt is a rise of 8.
    expect((await findingsOf('claim-mismatch', text('số lượt tiếp công dân giảm so với quý trước'))).map((f) => [f.messageId, f.data.base, f.data.value]))
      .toEqual([['directionMismatch', 160, 168]]);
    expect(await findingsOf('claim-mismatch', text('số lượt tiếp công dân tăng so với quý trước'))).toEqual([]);
  });

  it('reads nothing when the claim names another earlier period than the column', async () => {
    // "cùng kỳ" is a year before; the table compares with the quarter before.
    expect(await findingsOf('claim-mismatch', text('số lượt tiếp công dân giảm so với cùng kỳ'))).toEqual([]);
  });
});

describe('a count after "kiểm điểm"', () => {
  it('reads "kiểm điểm 07 tập thể" as a count, never a numbered point of a legal text', async () => {
    // Hand-checked: 07 written "tám" (8).
    const text = `${head}Kiến nghị kiểm điểm 07 (tám) tập thể và 12 cá nhân.\n`;
    expect((await findingsOf('words-digits-mismatch', text)).map((f) => f.evidence[0].quote)).toHaveLength(1);
    expect(await findingsOf('words-digits-mismatch', text.replace('(tám)', '(bảy)'))).toEqual([]);
  });
});

describe('a multiple claimed against the period the table caption compares with', () => {
  const doc = (claim: string) => `${head}Bảng 1. So sánh kết quả 6 tháng đầu năm 2026 với 6 tháng cuối năm 2025\n${rows(
    ['Chỉ tiêu', 'Kỳ trước', 'Kỳ này'],
    ['Đoàn đông người', '04', '06'],
    ['Đơn tiếp nhận', '150', '141'],
  )}II. ĐÁNH GIÁ\n+ ${claim}, chủ yếu về đất đai.\n`;

  it('flags "tăng gấp đôi so với <the caption\'s base>" of a row that rose by half', async () => {
    // Hand-checked: 6/4 = 1,5 times, not twice.
    const found = await findingsOf('claim-mismatch', doc('Số đoàn đông người tăng gấp đôi so với 6 tháng cuối năm 2025'));
    expect(found.map((f) => [f.messageId, f.data.stated, f.data.actual])).toEqual([['ratioMismatch', 2, 1.5]]);
    // Hand-checked: 6/4 = gấp rưỡi.
    expect(await findingsOf('claim-mismatch', doc('Số đoàn đông người tăng gấp rưỡi so với 6 tháng cuối năm 2025'))).toEqual([]);
  });

  it('reads nothing against a base the caption does not name', async () => {
    expect(await findingsOf('claim-mismatch', doc('Số đoàn đông người tăng gấp đôi so với năm 2024'))).toEqual([]);
  });
});
