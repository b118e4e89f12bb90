import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Written for this test (health, education, agriculture and budget topics); every period, day and expected finding
// checked by hand. Two readings: the rounds of a numbered series listed one item each ("+ Đợt 3 ngày …"), and a
// chronicle of clauses each opening with its day ("Ngày A, …; ngày B, …"). In both, one day a year off that breaks
// the order as written, and keeps it with the period's year, is a slip of the year.

// Năm 2024 (01/01–31/12/2024, signed 10/12/2024).
const HEALTH = (...lines: string[]) => [
  'Số: 132/BC-TYT', 'Xã Tân Phú, ngày 10 tháng 12 năm 2024', 'BÁO CÁO', 'Kết quả công tác tiêm chủng mở rộng năm 2024',
  'I. KẾT QUẢ THỰC HIỆN', '1. Tổ chức các đợt tiêm bổ sung', ...lines,
].join('\n');
const ROUNDS = 'Trạm Y tế phối hợp với các thôn tổ chức 04 đợt tiêm bổ sung vắc xin sởi - rubella cho trẻ dưới 5 tuổi:';

// Năm 2024 (01/01–31/12/2024, signed 18/12/2024).
const SCHOOL = (line: string) => [
  'Số: 141/BC-UBND', 'Xã Xuân Trường, ngày 18 tháng 12 năm 2024', 'BÁO CÁO', 'Kết quả công tác giáo dục và đào tạo năm 2024',
  'I. KẾT QUẢ THỰC HIỆN', '1. Các hoạt động giáo dục', line,
].join('\n');

// Năm 2025 (01/01–31/12/2025, signed 15/12/2025). A whole year: a day of the year before keeps its day and month in the
// period whatever it is, so only the chronicle's order tells a slip (a shorter period has its own reading, dateYearSlip).
const FARM = (line: string) => [
  'Số: 177/BC-UBND', 'Xã Đông Sơn, ngày 15 tháng 12 năm 2025', 'BÁO CÁO', 'Kết quả sản xuất nông nghiệp năm 2025',
  'I. KẾT QUẢ THỰC HIỆN', '1. Công tác chỉ đạo sản xuất', line,
].join('\n');

describe('date-out-of-period: rounds of a numbered series listed one item each (s48)', () => {
  it('flags the round dated a year early among rounds of the period, in order once moved', async () => {
    // Đợt 3's 18/8/2023 is before 01/01/2024; 18/8/2024 lies between Đợt 2 (05/6/2024) and Đợt 4 (22/10/2024).
    await expectFindings('date-out-of-period', HEALTH(ROUNDS,
      '+ Đợt 1 ngày 12/3/2024, tiêm cho 312 trẻ tại Trạm Y tế xã;',
      '+ Đợt 2 ngày 05/6/2024, tiêm cho 286 trẻ tại nhà văn hóa thôn Đông;',
      '+ Đợt 3 ngày 18/8/2023, tiêm cho 240 trẻ tại điểm trường mầm non thôn Bắc;',
      '+ Đợt 4 ngày 22/10/2024, tiêm vét cho 57 trẻ còn sót.'),
    [{ messageId: 'dateBeforePeriod', data: { found: '18/8/2023', expected: '2024-01-01 – 2024-12-31 (năm 2024)' }, quote: '18/8/2023', at: '+ Đợt 3 ngày ' }]);
  });

  it('reads a round numbered "Lần thứ N (ngày …)" the same way', async () => {
    await expectFindings('date-out-of-period', HEALTH(ROUNDS,
      '- Lần thứ 1 (ngày 12/3/2024): tiêm cho 312 trẻ;',
      '- Lần thứ 2 (ngày 05/6/2024): tiêm cho 286 trẻ;',
      '- Lần thứ 3 (ngày 18/8/2023): tiêm cho 240 trẻ.'),
    [{ messageId: 'dateBeforePeriod', data: { found: '18/8/2023' }, quote: '18/8/2023', at: '- Lần thứ 3 (ngày ' }]);
  });

  it('stays silent on a series begun the year before, all rounds of the period, a round a move leaves out of order, and a lead-in naming that year', async () => {
    // Đợt 1 in December 2023 runs in order as written: a series the report carries over, no slip.
    await expectNone('date-out-of-period', HEALTH(ROUNDS,
      '+ Đợt 1 ngày 15/12/2023, tiêm cho 198 trẻ tại Trạm Y tế xã;', '+ Đợt 2 ngày 05/6/2024, tiêm cho 286 trẻ;', '+ Đợt 3 ngày 22/10/2024, tiêm cho 240 trẻ.'));
    await expectNone('date-out-of-period', HEALTH(ROUNDS,
      '+ Đợt 1 ngày 12/3/2024, tiêm cho 312 trẻ;', '+ Đợt 2 ngày 05/6/2024, tiêm cho 286 trẻ;', '+ Đợt 3 ngày 18/8/2024, tiêm cho 240 trẻ.'));
    // 20/02/2023 moved to 20/02/2024 would come before Đợt 2's 05/6/2024 after it: the slip is not the year's alone.
    await expectNone('date-out-of-period', HEALTH(ROUNDS,
      '+ Đợt 1 ngày 12/3/2024, tiêm cho 312 trẻ;', '+ Đợt 2 ngày 05/6/2024, tiêm cho 286 trẻ;', '+ Đợt 3 ngày 20/02/2023, tiêm cho 240 trẻ;', '+ Đợt 4 ngày 22/10/2024, tiêm cho 57 trẻ.'));
    await expectNone('date-out-of-period', HEALTH('Các đợt tiêm bổ sung năm 2023 và năm 2024 như sau:',
      '+ Đợt 1 ngày 12/3/2024, tiêm cho 312 trẻ;', '+ Đợt 2 ngày 05/6/2024, tiêm cho 286 trẻ;', '+ Đợt 3 ngày 18/8/2023, tiêm cho 240 trẻ;', '+ Đợt 4 ngày 22/10/2024, tiêm cho 57 trẻ.'));
  });
});

describe('date-out-of-period: a chronicle of clauses each opening with its day (s48)', () => {
  it('flags a step dated a year early, told after a step of the period as its subject\'s deed', async () => {
    // 15/02/2024 is before 01/01/2025; 15/02/2025 comes after 08/01/2025 and before signing (15/12/2025).
    await expectFindings('date-out-of-period', FARM('Ngày 08/01/2025, Hội Nông dân xã tổ chức hội nghị bàn giải pháp sản xuất vụ Đông Xuân; ngày 15/02/2024, Ủy ban nhân dân xã tổ chức ra quân làm thủy lợi nội đồng tại thôn 3.'),
      [{ messageId: 'dateOutOfOrder', data: { found: '15/02/2024', previous: '08/01/2025', suggested: '15/02/2025', expected: '2025-01-01 – 2025-12-31 (năm 2025)' }, quote: '15/02/2024', at: 'Ngày 08/01/2025, Hội Nông dân xã tổ chức hội nghị bàn giải pháp sản xuất vụ Đông Xuân; ngày ' }]);
  });

  it('flags a step dated a year early in the next sentence of the chronicle', async () => {
    // 20/11/2023 is before 01/01/2024; 20/11/2024 comes after 05/9/2024 and before signing (18/12/2024).
    await expectFindings('date-out-of-period', SCHOOL('Ngày 05/9/2024, các trường trên địa bàn xã tổ chức Lễ khai giảng cho 1.612 học sinh. Ngày 20/11/2023, Ủy ban nhân dân xã tổ chức gặp mặt 86 nhà giáo.'),
      [{ messageId: 'dateOutOfOrder', data: { found: '20/11/2023', previous: '05/9/2024', suggested: '20/11/2024' }, quote: '20/11/2023' }]);
  });

  it('stays silent on an early step told first, a work\'s start, a step named in its year, a comparison, a basis and a step a move would put after signing', async () => {
    const silent = [
      // In order as written: an earlier step may open the chronicle.
      'Ngày 15/02/2024, Ủy ban nhân dân xã tổ chức ra quân làm thủy lợi nội đồng; ngày 08/01/2025, Hội Nông dân xã tổ chức hội nghị bàn giải pháp sản xuất.',
      // A lasting fact recalled, no deed of a subject: the canal's start of works.
      'Ngày 08/01/2025, Hội Nông dân xã tổ chức hội nghị bàn giải pháp sản xuất; ngày 15/02/2024, khởi công kênh mương nội đồng thôn 3.',
      // The step names its own year.
      'Ngày 08/01/2025, Hội Nông dân xã tổ chức hội nghị sơ kết; ngày 15/02/2024, trong vụ Đông Xuân năm 2024, Ủy ban nhân dân xã tổ chức ra quân làm thủy lợi.',
      // Compared with the same time last year.
      'Ngày 08/01/2025, Hội Nông dân xã tổ chức hội nghị bàn giải pháp sản xuất; so với cùng kỳ, ngày 15/02/2024, Ủy ban nhân dân xã tổ chức ra quân làm thủy lợi sớm hơn.',
      // Done under a paper cited with its number.
      'Ngày 08/01/2025, Hội Nông dân xã tổ chức hội nghị bàn giải pháp sản xuất; ngày 15/02/2024, Ủy ban nhân dân xã tổ chức thực hiện Quyết định số 215/QĐ-UBND của huyện.',
      // 20/12/2025 would come after signing (15/12/2025): last December's review, no slip.
      'Ngày 08/01/2025, Hội Nông dân xã tổ chức hội nghị bàn giải pháp sản xuất; ngày 20/12/2024, Ủy ban nhân dân xã tổ chức tổng kết sản xuất.',
      // Counting from an earlier year.
      'Ngày 08/01/2025, Hội Nông dân xã tổ chức hội nghị bàn giải pháp sản xuất; từ năm 2023 đến nay, ngày 15/02/2024, Ủy ban nhân dân xã tổ chức ra quân làm thủy lợi.',
    ];
    for (const line of silent) await expectNone('date-out-of-period', FARM(line));
  });

  it('stays silent on a budget chronicle whose steps all lie in the period', async () => {
    await expectNone('date-out-of-period', FARM('Ngày 08/01/2025, Ủy ban nhân dân xã tổ chức hội nghị giao dự toán thu, chi ngân sách; ngày 15/3/2025, Ban Tài chính xã tiến hành kiểm tra quỹ tiền mặt.'));
  });
});
