import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';
import { expectFindings } from './tester.js';

// Session 27, holdout141 studied (social insurance, labour and social policy at district level). Every sentence here is
// written for this test; the expected values are worked out by hand in the comments.

const DISTRICT = ['ỦY BAN NHÂN DÂN', 'HUYỆN TÂY GIANG', 'Số: 21/BC-UBND', 'Tây Giang, ngày 10 tháng 7 năm 2025', 'BÁO CÁO', 'Kết quả công tác 6 tháng đầu năm 2025', 'I. KẾT QUẢ'];
const localities = (line: string) =>
  analyseSource(sourceFromText([...DISTRICT, line].join('\n')), { only: ['locality-mismatch'] }).findings.map((f) => f.data?.found);

describe('part-exceeds-whole: whose money a part is (s27)', () => {
  it('reads a count after "của" behind a part of money as its owners, not a second part', async () => {
    // Hand-checked: 2.910 triệu đồng owed over 6 months is a part of 2.640 triệu đồng owed in all: it cannot be larger.
    await expectFindings('part-exceeds-whole', 'Số tiền nợ đóng bảo hiểm thất nghiệp là 2.640 triệu đồng; trong đó nợ trên 06 tháng 2.910 triệu đồng của 19 doanh nghiệp.', [
      { messageId: 'partExceedsWhole', data: { part: 2_910_000_000, whole: 2_640_000_000 } },
    ]);
    // Hand-checked: 1.910 ≤ 2.640, and the 19 firms are no amount of money to add.
    await expectFindings('part-exceeds-whole', 'Số tiền nợ đóng bảo hiểm thất nghiệp là 2.640 triệu đồng; trong đó nợ trên 06 tháng 1.910 triệu đồng của 19 doanh nghiệp.', []);
  });
});

describe('parts-sum-mismatch: children counted as "em" among welfare beneficiaries (s27)', () => {
  it('adds children counted by "em" to the other beneficiaries of a policy', async () => {
    // Hand-checked: 1.204 + 977 + 41 + 112 = 2.334, not 2.314.
    await expectFindings('parts-sum-mismatch', 'Toàn huyện có 2.314 đối tượng bảo trợ xã hội, gồm: người cao tuổi 1.204 người, người khuyết tật 977 người, trẻ em mồ côi 41 em, đối tượng khác 112 người.', [
      { messageId: 'partsSumMismatch', data: { sum: 2334, whole: 2314 } },
    ]);
    // Hand-checked: 1.184 + 977 + 41 + 112 = 2.314.
    await expectFindings('parts-sum-mismatch', 'Toàn huyện có 2.314 đối tượng bảo trợ xã hội, gồm: người cao tuổi 1.184 người, người khuyết tật 977 người, trẻ em mồ côi 41 em, đối tượng khác 112 người.', []);
  });
});

describe('percent-mismatch: a share of those who attended (s27)', () => {
  it('reads the count attending, then the count of them something was done to, as part and whole', async () => {
    // Hand-checked: 96 / 240 = 40,0%, not 46,0%.
    await expectFindings('percent-mismatch', 'Tổ chức 03 phiên giao dịch việc làm, có 240 lao động tham gia, 96 lao động được tuyển dụng, đạt 46,0%.', [
      { messageId: 'percentMismatch', data: { stated: 46, num: 96, den: 240, actual: 40 } },
    ]);
    // Hand-checked: 57 / 60 = 95,0%.
    await expectFindings('percent-mismatch', 'Mở 02 lớp tập huấn, có 60 học viên tham gia, 57 học viên được cấp chứng nhận, đạt 95,0%.', []);
  });

  it('reads nothing when the two counts count different things', async () => {
    // "lượt người" (visits) and "người" (people) are two nouns: the share may be of another base.
    await expectFindings('percent-mismatch', 'Tổ chức 03 phiên giao dịch việc làm, có 240 lượt người tham gia, 96 người được tuyển dụng, đạt 46,0%.', []);
  });
});

describe('percent-out-of-range: parts of a named rate after "; trong đó" (s27)', () => {
  it('reads the places after "; trong đó" as parts of the coverage rate named before the semicolon', async () => {
    // A coverage rate of a commune cannot pass 100%.
    await expectFindings('percent-out-of-range', 'Tỷ lệ bao phủ bảo hiểm y tế đạt 93,4% dân số; trong đó xã Đông Hà đạt 95,1%, xã Tây Hà đạt 101,8%.', [
      { messageId: 'percentOverWhole', data: { stated: '101,8' } },
    ]);
  });

  it('leaves parts of a fulfilment alone', async () => {
    // "đạt 91,8% dự toán" names no share; a commune may collect more than its own estimate.
    await expectFindings('percent-out-of-range', 'Thu ngân sách đạt 91,8% dự toán; trong đó xã Đông Hà đạt 104,6%, xã Tây Hà đạt 88,1%.', []);
  });
});

describe('table-total-mismatch: a change column beside a result column naming no year (s27)', () => {
  it('reads "So cùng kỳ (%)" as the result over the earlier year even when the result column names no year', async () => {
    const table = [
      'Bảng 1. Kết quả thu 6 tháng năm 2025',
      'STT\tNội dung\tKế hoạch năm 2025\tThực hiện 6 tháng\tTỷ lệ so kế hoạch (%)\tCùng kỳ năm 2024\tSo cùng kỳ (%)',
      '1\tThu BHXH\t80 000\t41 000\t51,3\t38 000\t107,9',
      '2\tThu BHYT\t50 000\t26 000\t52,0\t25 000\t106,0',
      '3\tThu BHTN\t4 000\t2 100\t52,5\t2 000\t105,0',
      '4\tThu khác\t16 000\t9 000\t56,3\t8 000\t112,5',
    ];
    // Hand-checked: 41.000/38.000 = 107,9; 26.000/25.000 = 104,0 (not 106,0); 2.100/2.000 = 105,0; 9.000/8.000 = 112,5.
    await expectFindings('table-total-mismatch', table.join('\n'), [
      { messageId: 'percentColumnMismatch', data: { row: 'Thu BHYT', stated: 106, num: 26000, den: 25000, actual: 104 } },
    ]);
  });
});

describe('locality-mismatch: the agent of a handover to the issuer is no list item (s27)', () => {
  it('flags a peer as subject even when the paragraph names a giver in a passive handover', () => {
    // "do … huyện Sơn Hà bàn giao": the issuer received from Sơn Hà; huyện Trà Bồng as the subject is a slip.
    expect(localities('UBND huyện Trà Bồng đã tổ chức 04 đoàn thăm các gia đình chính sách. Tiếp nhận 03 hài cốt liệt sĩ do Ban Chỉ huy quân sự huyện Sơn Hà bàn giao.')).toEqual(['huyện Trà Bồng']);
  });

  it('never flags the giver of a passive handover itself', () => {
    expect(localities('Tiếp nhận 03 hài cốt liệt sĩ do Ban Chỉ huy quân sự huyện Sơn Hà bàn giao.')).toEqual([]);
  });
});

describe('repeated-value-conflict: a count column of its own unit under a money note (s27)', () => {
  const report = (count: string) => [
    'Quản lý, chi trả trợ cấp mai táng cho ' + count + ' đối tượng cựu chiến binh, tổng kinh phí 4,52 tỷ đồng.',
    '',
    'Bảng 3. Kinh phí chi trả chính sách năm 2025',
    '(ĐVT: triệu đồng)',
    'STT\tNội dung\tSố đối tượng (người)\tKinh phí',
    '1\tTrợ cấp mai táng cựu chiến binh\t2 315\t4 520',
    '2\tTrợ cấp thờ cúng liệt sĩ\t1 870\t1 122',
  ].join('\n');

  it('holds a text count against the row\'s "Số đối tượng (người)" cell, no money of the note', async () => {
    // Hand-checked: 2.351 in the text, 2 315 in the row that restates it (one digit slip: 51 / 15).
    const found = await expectFindings('repeated-value-conflict', report('2.351'), [{ messageId: 'repeatedValueConflict' }]);
    expect(found[0].data).toMatchObject({ value: '2.351' });
  });

  it('says nothing when the count and the cell agree', async () => {
    await expectFindings('repeated-value-conflict', report('2.315'), []);
  });
});
