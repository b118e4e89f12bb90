import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Written for this test (a commune's health, school and farming reports); every period, day and expected finding checked
// by hand.

// A year (01/01–31/12/2024, signed 16/12/2024), no year in its section titles.
const HEALTH = (line: string) => [
  'Số: 88/BC-TYT', 'Xã Tân Phước, ngày 16 tháng 12 năm 2024', 'BÁO CÁO', 'Kết quả công tác y tế năm 2024',
  'I. KẾT QUẢ THỰC HIỆN', '1. Phòng chống bệnh không lây nhiễm', line,
].join('\n');
// A year (01/01–31/12/2024, signed 20/12/2024).
const SCHOOL = (line: string) => [
  'Số: 52/BC-UBND', 'Xã Hòa Bình, ngày 20 tháng 12 năm 2024', 'BÁO CÁO', 'Kết quả công tác giáo dục năm 2024',
  'I. KẾT QUẢ', '1. Phong trào thể dục thể thao trong trường học', line,
].join('\n');
// Six months (01/01–30/6/2024, signed 18/6/2024).
const FARM = (line: string) => [
  'Số: 61/BC-UBND', 'Xã Phú Lộc, ngày 18 tháng 6 năm 2024', 'BÁO CÁO', 'Kết quả sản xuất nông nghiệp 6 tháng đầu năm 2024',
  'I. KẾT QUẢ', '1. Xúc tiến tiêu thụ nông sản', line,
].join('\n');

describe('date-out-of-period: a span of days of an event told as held in the period, wholly before it (s53)', () => {
  it('flags both ends, as one date, after a sentence opening with the period\'s own label', async () => {
    // 05/3/2023–07/3/2023 lies in 2023; "Năm 2024, …" opens the paragraph and the round is told held by its head count.
    const lead = 'Năm 2024, Trạm Y tế đã tổ chức 03 đợt khám sàng lọc bệnh tăng huyết áp. Đợt khám tại thôn Đông diễn ra từ ngày ';
    await expectFindings('date-out-of-period', HEALTH(`${lead}05/3/2023 đến ngày 07/3/2023, thu hút 640 lượt người dân.`),
      [{ messageId: 'dateBeforePeriod', data: { found: '05/3/2023 đến ngày 07/3/2023' }, quote: '05/3/2023 đến ngày 07/3/2023', at: lead }]);
  });

  it('flags it after "Trong năm, …", the event "được tổ chức" and its participants counted', async () => {
    const lead = 'Trong năm, các trường đã tổ chức nhiều hoạt động thể thao. Hội khỏe Phù Đổng cấp xã được tổ chức từ ngày ';
    await expectFindings('date-out-of-period', SCHOOL(`${lead}12/11/2023 đến ngày 14/11/2023, với 420 học sinh tham gia.`),
      [{ messageId: 'dateBeforePeriod', data: { found: '12/11/2023 đến ngày 14/11/2023' }, quote: '12/11/2023 đến ngày 14/11/2023', at: lead }]);
  });

  it('flags a span written with a dash in a six months\' report opening with its label', async () => {
    const lead = '6 tháng đầu năm 2024, xã đã tổ chức 02 hội chợ nông sản. Hội chợ nông sản an toàn được tổ chức từ ';
    await expectFindings('date-out-of-period', FARM(`${lead}15/01/2023 - 17/01/2023, thu hút 3.500 lượt khách.`),
      [{ messageId: 'dateBeforePeriod', data: { found: '15/01/2023 - 17/01/2023' }, quote: '15/01/2023 - 17/01/2023', at: lead }]);
  });

  it.each([
    ['the span is the period\'s', 'Năm 2024, Trạm Y tế đã tổ chức 03 đợt khám sàng lọc. Đợt khám tại thôn Đông diễn ra từ ngày 05/3/2024 đến ngày 07/3/2024, thu hút 640 lượt người dân.'],
    ['nothing places the event in the period', 'Đợt khám tại thôn Đông diễn ra từ ngày 05/3/2023 đến ngày 07/3/2023, thu hút 640 lượt người dân.'],
    ['the event is last year\'s, compared', 'Năm 2024, Trạm Y tế đã tổ chức 03 đợt khám sàng lọc. Đợt khám năm trước diễn ra từ ngày 05/3/2023 đến ngày 07/3/2023, thu hút 540 lượt người dân.'],
    ['the paragraph names the span\'s year', 'Năm 2024, Trạm Y tế đã tổ chức 03 đợt khám sàng lọc. Đợt khám đầu tiên (năm 2023) diễn ra từ ngày 05/3/2023 đến ngày 07/3/2023, thu hút 540 lượt người dân.'],
    ['no outcome tells the event held', 'Năm 2024, Trạm Y tế đã tổ chức 03 đợt khám sàng lọc. Đợt khám tại thôn Đông diễn ra từ ngày 05/3/2023 đến ngày 07/3/2023.'],
    ['the span runs into the period', 'Năm 2024, Trạm Y tế đã tổ chức 03 đợt khám sàng lọc. Đợt khám tại thôn Đông diễn ra từ ngày 28/12/2023 đến ngày 05/01/2024, thu hút 640 lượt người dân.'],
    ['the day is a plan\'s, the legal basis', 'Năm 2024, Trạm Y tế đã tổ chức 03 đợt khám sàng lọc theo Kế hoạch số 05/KH-TYT ngày 20/12/2023, thu hút 1.640 lượt người dân.'],
    ['the day is an opening stock\'s', 'Năm 2024, Trạm Y tế đã quản lý thêm 124 người bệnh tăng huyết áp. Tính đến ngày 31/12/2023, toàn xã có 1.025 người bệnh được quản lý.'],
  ])('%s: nothing is said', async (_how, line) => {
    await expectNone('date-out-of-period', HEALTH(line));
  });

  it('says nothing of the next year\'s event planned with its days', async () => {
    await expectNone('date-out-of-period', FARM('6 tháng đầu năm 2024, xã đã tổ chức 02 hội chợ nông sản. Hội chợ năm 2025 dự kiến được tổ chức từ ngày 15/01/2025 đến ngày 17/01/2025, thu hút khoảng 4.000 lượt khách.'));
  });
});
