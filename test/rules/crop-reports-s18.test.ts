import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';
import { findingsOf } from './audit-helper.js';

// Session 18: crop-production and plant-protection wordings (seasons, varieties, levels of canals, slogans in quotes),
// every passage written for these tests and checked by hand.

const data = async (rule: string, text: string) => (await findingsOf(rule, `${text}\n`)).map((f) => f.data);

describe('garbled-number: a variety named by its number is no count run together', () => {
  it('says nothing on "giống Bắc thơm 7 2.100 kg", still flags two counts run together after a name', async () => {
    // Hand-checked: 1.500 + 2.100 + 600 = 4.200 kg; "Bắc thơm 7" and "Nếp 97" name the varieties.
    expect(await data('garbled-number', 'Xã nhận 4.200 kg giống lúa, gồm: Bắc thơm 7 2.100 kg, Nếp 97 1.500 kg, TBR225 600 kg.')).toEqual([]);
    expect(await data('garbled-number', 'Hợp tác xã Thanh Sơn đã tiếp nhận 35 53 hồ sơ vay vốn của các hộ.')).toHaveLength(1);
  });
  it('flags a group of thousands cut by a stray space ("12.3 56,4 ha") and suggests the whole number', async () => {
    const found = await findingsOf('garbled-number', 'Diện tích lúa được phun thuốc phòng bệnh đạt 12.3 56,4 ha, bằng 80% diện tích.\n');
    expect(found.map((f) => [f.messageId, f.suggestion])).toEqual([['malformedNumber', '12.3 56,4 → 12.356,4']]);
    // A decimal and a count apart ("2,5 tấn, 3 hộ"), a list of sections ("mục 2.1 3 …") are not.
    expect(await data('garbled-number', 'Sản lượng ngô 42,5 tấn; mục 2.1 3 hộ được hỗ trợ; năng suất 5.6 tạ.')).toEqual([]);
  });
});

const frame = (signed: string, title: string) => ['Số: 21/BC-UBND', `Xã Tân Phú, ${signed}`, 'BÁO CÁO', title, 'I. KẾT QUẢ'];
const dateFindings = (lines: string[]) =>
  analyseSource(sourceFromText(lines.join('\n')), { only: ['date-out-of-period'] }).findings.map((f) => [f.messageId, f.severity, f.data.found]);

describe('date-out-of-period: days that cannot be, works finished after signing', () => {
  it('flags a day its month does not have as an error, wherever it stands, and not a leap day', () => {
    const lines = frame('ngày 20 tháng 6 năm 2025', 'Kết quả công tác 6 tháng đầu năm 2025');
    expect(dateFindings([...lines, '- Trạm đã ban hành Thông báo số 07/TB-TT ngày 31/4/2025 về phòng trừ sâu keo.'])).toEqual([['dateNotExists', 'error', '31/4/2025']]);
    expect(dateFindings([...lines, '- Căn cứ Công văn số 11/UBND ngày 29/02/2024 của UBND huyện.'])).toEqual([]);
  });
  it('reads a particle of finishing in the date\'s own clause ("dứt điểm … vào ngày", "xong") as a work done, "đã" or not', () => {
    const lines = frame('ngày 05 tháng 5 năm 2025', 'Tổng kết sản xuất vụ Đông Xuân 2024-2025');
    // Signed 05/5: finishing the harvest on 12/5 is told before it happened.
    expect(dateFindings([...lines, '- Thu hoạch bắt đầu từ ngày 10/4/2025, xong toàn bộ diện tích ngô vào ngày 12/5/2025.']))
      .toEqual([['dateAfterSigning', 'warning', '12/5/2025']]);
    // A timetable ("kết thúc ngày …") is no work told as done.
    expect(dateFindings([...lines, '- Lớp tập huấn IPM khai giảng ngày 28/4/2025, kết thúc ngày 20/5/2025.'])).toEqual([]);
    // A plan to finish by then, or the work's purpose, dates nothing done.
    expect(dateFindings([...lines, '- Phấn đấu thu hoạch dứt điểm diện tích lúa vào ngày 15/5/2025.'])).toEqual([]);
    expect(dateFindings([...lines, '- Bố trí máy gặt để thu hoạch xong vào ngày 15/5/2025.'])).toEqual([]);
  });
});

describe('list-count-mismatch: names with no "và", then a clause with a figure', () => {
  it('counts the names up to the clause a clause word opens, not a lower-case name', async () => {
    // Hand-checked: 05 announced, 6 hamlets named, then "đạt 92%" goes on with the sentence.
    const found = await data('list-count-mismatch', 'Mô hình trồng ngô biến đổi gen được nhân rộng tại 05 thôn: Đông Hà, Tây Hà, Nam Sơn, Bắc Sơn, Phú Xuân, Phú Hạ, đạt 92% kế hoạch diện tích.');
    expect(found).toHaveLength(1);
    expect(JSON.stringify(found[0])).toContain('"listed":6');
    expect(await data('list-count-mismatch', 'Mô hình được nhân rộng tại 04 thôn: Đông Hà, Tây Hà, Nam Sơn, Bắc Sơn, với 120 hộ tham gia.')).toEqual([]);
  });
});

describe('repeated-value-conflict: sibling headings of crop seasons or crops are parallel items', () => {
  it('holds no total of one season against the same words under another season', async () => {
    const text = [
      'II. KẾT QUẢ SẢN XUẤT', '1. Vụ Chiêm Xuân', '- Tổng diện tích gieo cấy 640,5 ha, năng suất lúa 61,2 tạ/ha.',
      '2. Vụ Mùa', '- Tổng diện tích gieo cấy 612,0 ha, năng suất lúa 55,4 tạ/ha.',
      '3. Cây rau màu', '- Diện tích 85,0 ha.', '4. Cây ăn quả', '- Diện tích 120,0 ha.',
    ].join('\n');
    expect(await data('repeated-value-conflict', text)).toEqual([]);
  });
});

describe('table-total-mismatch: a comparison column past 100% by design', () => {
  it('flags the one row of a "So sánh (%)" column that is not its row\'s this year over last, where other rows pass 100%', async () => {
    // Hand-checked: 812,4/790,5 = 102,8; 64,2/61,0 = 105,2; 5.215,6/4.822,1 = 108,2; 21,5/20,0 = 107,5, stated 109,5.
    const table = [
      'TT\tChỉ tiêu\tĐVT\tNăm 2023\tNăm 2024\tSo sánh (%)',
      '1\tDiện tích lúa\tha\t790,5\t812,4\t102,8',
      '2\tNăng suất lúa\ttạ/ha\t61,0\t64,2\t105,2',
      '3\tSản lượng lúa\ttấn\t4.822,1\t5.215,6\t108,2',
      '4\tNăng suất đậu tương\ttạ/ha\t20,0\t21,5\t109,5',
    ].join('\n');
    const found = await findingsOf('table-total-mismatch', `${table}\n`);
    expect(found.map((f) => [f.messageId, f.data.stated, f.data.actual])).toEqual([['percentColumnMismatch', 109.5, 107.5]]);
    // A share column whose one row passes its base stays unread there (a share cannot pass it; the column is unsure).
    const shares = ['TT\tNội dung\tTổng số\tĐạt\tTỷ lệ (%)', '1\tThôn Đông\t120\t90\t75,0', '2\tThôn Tây\t80\t60\t75,0', '3\tThôn Nam\t50\t55\t90,0'].join('\n');
    expect((await findingsOf('table-total-mismatch', `${shares}\n`)).map((f) => f.data.row)).toEqual([]);
  });
});

describe('claim-mismatch: a way of change claimed of a row of the table right below', () => {
  const table = [
    'Bảng 3. Diện tích nhiễm sâu bệnh vụ Mùa',
    'TT\tĐối tượng\tĐVT\tCùng kỳ\tVụ này\tSo sánh (%)',
    '1\tSâu đục thân\tha\t210,0\t180,5\t86,0',
    '2\tBạc lá\tha\t95,0\t120,0\t126,3',
    '3\tBạc lá vi khuẩn\tha\t40,0\t35,0\t87,5',
  ];
  const claims = async (line: string) => (await findingsOf('claim-mismatch', `${[line, ...table].join('\n')}\n`)).map((f) => [f.data.verb, f.data.base, f.data.value]);
  it('flags "giảm so với cùng kỳ" of a row that rose (95,0 → 120,0), the row whose label lies wholly in the subject', async () => {
    expect(await claims('- Bệnh bạc lá giảm rõ rệt so với cùng kỳ nhờ sử dụng giống kháng.')).toEqual([['giảm', 95, 120]]);
    // "Bệnh bạc lá vi khuẩn" holds both labels: the longer row is its own (40,0 → 35,0, down as claimed).
    expect(await claims('- Bệnh bạc lá vi khuẩn giảm so với cùng kỳ.')).toEqual([]);
  });
  it('says nothing on a claim that agrees, one with its figures, a negated one, or a subject no row names', async () => {
    expect(await claims('- Sâu đục thân giảm so với cùng kỳ.')).toEqual([]);
    expect(await claims('- Bệnh bạc lá 120,0 ha, giảm so với cùng kỳ.')).toEqual([]);
    expect(await claims('- Bệnh bạc lá không giảm so với cùng kỳ.')).toEqual([]);
    expect(await claims('- Rầy nâu giảm so với cùng kỳ.')).toEqual([]);
  });
});
