import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Written for this test (health, youth and trade topics); every period, day and expected finding checked by hand.

// Nine months (01/01–30/9/2024, signed 24/9/2024), its section titled with the period's year.
const NINE = (line: string) => [
  'Số: 57/BC-TYT', 'Xã Bình Thạnh, ngày 24 tháng 9 năm 2024', 'BÁO CÁO', 'Kết quả công tác y tế 9 tháng năm 2024',
  'I. KẾT QUẢ THỰC HIỆN 9 THÁNG NĂM 2024', '1. Chăm sóc sức khỏe người cao tuổi', line,
].join('\n');

describe('date-out-of-period: a basis word is read only as a whole word (s45)', () => {
  it('flags the opening day of a year before though a place name holds "hạn" ("Thạnh Mỹ")', async () => {
    // 14/3/2023 is a year before 01/01/2024; "Thạnh" holds the letters of "hạn" (a deadline word) but is no deadline.
    await expectFindings('date-out-of-period', NINE('Ngày 14/3/2023, Trạm Y tế phối hợp Hội Người cao tuổi khám sàng lọc tại thôn Thạnh Mỹ cho 210 người.'),
      [{ messageId: 'dateBeforePeriod', data: { found: '14/3/2023' }, quote: '14/3/2023' }]);
  });

  it('stays silent when the day is the period\'s, or the paragraph cites a plan or recalls a recognition', async () => {
    await expectNone('date-out-of-period', NINE('Ngày 14/3/2024, Trạm Y tế phối hợp Hội Người cao tuổi khám sàng lọc tại thôn Thạnh Mỹ cho 210 người.'));
    await expectNone('date-out-of-period', NINE('Ngày 14/3/2023, Trạm Y tế khám sàng lọc tại thôn Thạnh Mỹ theo Kế hoạch số 18/KH-TYT cho 210 người.'));
    await expectNone('date-out-of-period', NINE('Ngày 14/3/2023, Trạm Y tế xã được công nhận đạt chuẩn quốc gia về y tế tại thôn Thạnh Mỹ.'));
  });
});

// A year (01/01–31/12/2024, signed 12/12/2024), no year in its section titles.
const YEAR = (line: string) => [
  'Số: 131/BC-UBND', 'Xã An Điền, ngày 12 tháng 12 năm 2024', 'BÁO CÁO', 'Kết quả phát triển thương mại điện tử năm 2024',
  'I. THƯƠNG MẠI ĐIỆN TỬ', '1. Hỗ trợ thanh niên kinh doanh trực tuyến', line,
].join('\n');

describe('date-out-of-period: an event held on a day of the year before, told as done in the year (s45)', () => {
  it('flags the day after "tổ chức hôm" when what the event did is counted "trong năm"', async () => {
    await expectFindings('date-out-of-period', YEAR('Hội diễn văn nghệ quần chúng do Đoàn Thanh niên xã tổ chức hôm 02/9/2023 đã thu hút 640 lượt người xem; trong năm có 12 đội văn nghệ thôn duy trì luyện tập thường xuyên.'),
      [{ messageId: 'dateBeforePeriod', data: { found: '02/9/2023' }, quote: '02/9/2023' }]);
  });

  it('flags it though a planning office organised the event ("Sở Kế hoạch và Đầu tư" cites no plan)', async () => {
    await expectFindings('date-out-of-period', YEAR('Lớp tập huấn kỹ năng số do Đoàn Thanh niên phối hợp Sở Kế hoạch và Đầu tư tổ chức vào ngày 12/8/2023 đã hướng dẫn 145 thanh niên lập gian hàng trực tuyến; kết quả trong năm có 38 gian hàng phát sinh đơn hàng.'),
      [{ messageId: 'dateBeforePeriod', data: { found: '12/8/2023' }, quote: '12/8/2023' }]);
  });

  it.each([
    ['the day is the period\'s', 'Lớp tập huấn kỹ năng số do Đoàn Thanh niên phối hợp Sở Kế hoạch và Đầu tư tổ chức vào ngày 12/8/2024 đã hướng dẫn 145 thanh niên lập gian hàng trực tuyến; kết quả trong năm có 38 gian hàng phát sinh đơn hàng.'],
    ['nothing places the event in the year', 'Lớp tập huấn kỹ năng số do Đoàn Thanh niên phối hợp Sở Kế hoạch và Đầu tư tổ chức vào ngày 12/8/2023 đã hướng dẫn 145 thanh niên lập gian hàng trực tuyến.'],
    ['the year the outcome is counted in is named, the year before', 'Lớp tập huấn kỹ năng số do Đoàn Thanh niên tổ chức vào ngày 12/8/2023 đã hướng dẫn 145 thanh niên lập gian hàng trực tuyến; trong năm 2023 có 38 gian hàng phát sinh đơn hàng.'],
    ['the outcome is counted since then', 'Lớp tập huấn kỹ năng số do Đoàn Thanh niên tổ chức vào ngày 12/8/2023 đã hướng dẫn 145 thanh niên lập gian hàng trực tuyến; từ đó đến nay, trong năm có thêm 38 gian hàng.'],
    ['no event is the subject', 'Đoàn Thanh niên đã hướng dẫn 145 thanh niên lập gian hàng trực tuyến tại lớp tập huấn ngày 12/8/2023; trong năm có 38 gian hàng phát sinh đơn hàng.'],
  ])('%s: nothing is said', async (_how, line) => {
    await expectNone('date-out-of-period', YEAR(line));
  });
});
