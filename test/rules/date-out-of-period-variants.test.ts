import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// A wording-robustness study: short passages of many topics, periods and phrasings, each checked by hand.
const head = (signed: string, title: string, no = 'Số: 45/BC-UBND') => [no, `Xã Hòa Bình, ${signed}`, 'BÁO CÁO', title, 'I. KẾT QUẢ'];
const NINE_MONTHS = head('ngày 25 tháng 9 năm 2025', 'Kết quả công tác 9 tháng đầu năm 2025');
const QUARTER = head('ngày 28 tháng 9 năm 2025', 'Kết quả công tác y tế quý III năm 2025', 'Số: 12/BC-TYT');
const HALF = head('ngày 20 tháng 6 năm 2025', 'Kết quả công tác 6 tháng đầu năm 2025', 'Số: 30/BC-UBND');
const YEAR = head('ngày 15 tháng 12 năm 2025', 'Tổng kết công tác năm 2025', 'Số: 88/BC-UBND');
const SCHOOL_YEAR = head('ngày 30 tháng 5 năm 2025', 'Tổng kết năm học 2024-2025', 'Số: 20/BC-THCS');
// A crop season is no calendar period: only the signing date frames the report.
const SEASON = head('ngày 05 tháng 5 năm 2025', 'Tổng kết sản xuất vụ Đông Xuân 2024-2025', 'Số: 51/BC-UBND');

const ids = (frame: string[], line: string) =>
  analyseSource(sourceFromText([...frame, line].join('\n')), { only: ['date-out-of-period'] }).findings.filter((f) => f.severity !== 'info').map((f) => [f.messageId, f.data.found]);

describe('date-out-of-period over topics, periods and phrasings', () => {
  it.each([
    // Signed 25/9/2025: a training held on 12/10/2025 is told before it happened.
    ['disaster drill, 9 months', NINE_MONTHS, '- Ngày 12/10/2025, UBND xã đã tổ chức tập huấn phòng chống thiên tai cho 80 người.', 'dateAfterReport', '12/10/2025'],
    // Quarter III ends 30/9: 18/11 among two dates of the quarter.
    ['food safety, quarter', QUARTER, '- Trong quý, Trạm đã tổ chức kiểm tra an toàn thực phẩm ngày 15/7/2025, ngày 20/8/2025 và ngày 18/11/2025.', 'dateAfterPeriod', '18/11/2025'],
    // A 2025 campaign dated in 2024.
    ['vaccination, 6 months', HALF, '- Ngày 05/3/2024, Trạm y tế đã tổ chức chiến dịch tiêm vắc xin sởi năm 2025 cho 320 trẻ.', 'dateBeforePeriod', '05/3/2024'],
    // Year 2025: one 2024 date among two of 2025.
    ['culture, year', YEAR, '- Đã tổ chức hội nghị ngày 10/01/2025, hội thi ngày 22/5/2025 và lễ tổng kết ngày 28/12/2024.', 'dateBeforePeriod', '28/12/2024'],
    // Signed 30/5/2025: the closing ceremony of 20/6/2025 had not happened.
    ['education, school year', SCHOOL_YEAR, '- Ngày 20/6/2025, nhà trường đã tổ chức lễ tổng kết năm học cho 540 học sinh.', 'dateAfterReport', '20/6/2025'],
    ['security, "ngày 21/02" of the next year', YEAR, '- Ngày 21/02/2026, Công an xã đã triệt phá 01 ổ nhóm đánh bạc.', 'dateAfterReport', '21/02/2026'],
    ['agriculture, date in words', HALF, '- Ngày 15 tháng 8 năm 2025, Hội Nông dân đã phối hợp tổ chức hội chợ nông sản.', 'dateAfterReport', 'Ngày 15 tháng 8 năm 2025'],
    ['transport, an old date on this year\'s campaign', QUARTER, '- Ngày 03/01/2024, xã đã tổ chức ra quân làm đường giao thông nông thôn năm 2025.', 'dateBeforePeriod', '03/01/2024'],
    ['labour, 9 months, one of three dates after', NINE_MONTHS, '- Đã ký kết hợp đồng lao động ngày 10/7/2025, ngày 25/8/2025 và ngày 02/10/2025 cho 45 lao động.', 'dateAfterPeriod', '02/10/2025'],
    ['industry, quarter', QUARTER, '- Ngày 18/10/2025, Cụm công nghiệp đã khánh thành nhà máy chế biến gỗ.', 'dateAfterReport', '18/10/2025'],
    // A span both ends of which come after signing is one finished action: its start is flagged.
    ['defence, a span after signing', NINE_MONTHS, '- Từ ngày 05/10/2025 đến ngày 12/10/2025, Ban Chỉ huy quân sự xã đã tổ chức huấn luyện dân quân.', 'dateAfterReport', '05/10/2025'],
    ['administration, year', YEAR, '- Ngày 16/12/2025, UBND xã đã tổ chức Hội nghị tổng kết công tác năm 2025.', 'dateAfterReport', '16/12/2025'],
    // Signed 25/9: a handover finished on 28/9 is told before it happened, though inside nine months' calendar.
    ['social welfare, three days after signing', NINE_MONTHS, '- Ngày 28/9/2025, Hội Liên hiệp Phụ nữ xã đã hoàn thành trao 5 mái ấm tình thương.', 'dateAfterReport', '28/9/2025'],
    ['blood donation, year, a list after a colon', YEAR, '- Trong năm, đã tổ chức 4 đợt hiến máu: ngày 12/02/2025, ngày 14/6/2025, ngày 20/9/2025 và ngày 08/11/2024.', 'dateBeforePeriod', '08/11/2024'],
    // Signed 25/9/2025: October had not begun.
    ['housing, a whole month after signing', NINE_MONTHS, '- Trong tháng 10/2025, đã hoàn thành bàn giao 15 nhà tình nghĩa cho các hộ gia đình.', 'dateAfterReport', 'tháng 10/2025'],
    // Signed 25/9/2025: what stood "by 06/10" was not known yet; a cut-off on a month's end could be an estimate, this one cannot.
    ['health, a state on a day after signing', NINE_MONTHS, '- Đến ngày 06/10/2025, Trạm Y tế đã hoàn thành tiêm vắc xin sởi cho 320 trẻ.', 'dateAfterReport', '06/10/2025'],
    // Signed 15/12/2025: an event of April 2026, told without plan words in the results, is a slip of the year.
    ['culture, a day months after signing in the next year', YEAR, '- Hưởng ứng Ngày Sách, ngày 21/4/2026 thư viện xã tổ chức ngày hội đọc sách.', 'dateAfterReport', '21/4/2026'],
    // Signed 05/5/2025: a workshop narrated on 14/5/2025 had not been held.
    ['crop season, a day narrated after signing', SEASON, '- Ngày 14/5/2025, Trạm Khuyến nông phối hợp tổ chức hội thảo đầu bờ cho 60 nông dân.', 'dateAfterSigning', '14/5/2025'],
  ])('flags %s', (_what, frame, line, id, found) => {
    expect(ids(frame, line)).toEqual([[id, found]]);
  });

  it.each([
    ['a plan dated later', NINE_MONTHS, '- Dự kiến ngày 15/10/2025 sẽ tổ chức diễn tập phòng thủ dân sự.'],
    ['a legal basis "ngày 21/02" of the year before', NINE_MONTHS, '- Căn cứ Kế hoạch số 21/KH-UBND ngày 21/02/2024 của UBND huyện, xã đã triển khai tuyên truyền.'],
    ['a decision before the period, actions inside', HALF, '- Thực hiện Quyết định số 1021/QĐ-UBND ngày 15/12/2024, đã tổ chức tập huấn ngày 10/3/2025, ngày 12/4/2025.'],
    ['a deadline', NINE_MONTHS, '- Phấn đấu đến ngày 31/12/2025 hoàn thành 100% chỉ tiêu giải ngân.'],
    ['fractions that look like dates', NINE_MONTHS, '- Đã có 12/12 thôn tổ chức ra quân vệ sinh môi trường, thu gom 21/25 tấn rác.'],
    ['a second round planned', QUARTER, '- Đợt 2 dự kiến tổ chức vào ngày 20/11/2025 tại hội trường xã.'],
    ['a date inside the quarter', QUARTER, '- Ngày 15/7/2025, Trạm đã tổ chức khám sức khỏe cho 210 người cao tuổi.'],
    ['a next-quarter task with a deadline', QUARTER, '- Quý IV năm 2025, tiếp tục tổ chức kiểm tra, dự kiến hoàn thành trước ngày 30/11/2025.'],
    ['the opening of the school year reported', SCHOOL_YEAR, '- Ngày 05/9/2024, nhà trường đã tổ chức lễ khai giảng năm học 2024-2025.'],
    ['a span of a plan', HALF, '- Thời gian thực hiện: từ ngày 01/7/2025 đến ngày 31/12/2025.'],
    ['the previous year\'s review held this year', YEAR, '- Ngày 20/01/2025, xã đã tổ chức hội nghị tổng kết công tác năm 2024.'],
    ['next year\'s plan', YEAR, '- Kế hoạch năm 2026: ngày 15/01/2026 tổ chức hội nghị triển khai nhiệm vụ.'],
    ['an event announced after signing', YEAR, '- Ngày 20/12/2025 sẽ tổ chức Hội nghị tổng kết công tác năm 2025.'],
    ['a decree of the year before', YEAR, '- Căn cứ Nghị định số 168/2024/NĐ-CP ngày 26/12/2024 của Chính phủ, Công an xã đã xử phạt 45 trường hợp.'],
    ['a "21/02" that counts cases', NINE_MONTHS, '- Đã xử lý 21/02 vụ vi phạm hành lang an toàn giao thông (tái phạm).'],
    ['a span that starts in the period and ends after signing, as a deadline', NINE_MONTHS, '- Từ ngày 15/9/2025 đến ngày 15/10/2025, tổ chức tháng cao điểm tuyên truyền.'],
    ['a count "up to" the period end', NINE_MONTHS, '- Đến ngày 30/9/2025, toàn xã đã có 1.250 hộ được cấp giấy chứng nhận.'],
    ['an estimate "tính đến" the year end', YEAR, '- Tính đến ngày 31/12/2025, dự kiến giải ngân đạt 95%.'],
    ['the signing month itself', NINE_MONTHS, '- Trong tháng 9/2025, đã hoàn thành bàn giao 15 nhà tình nghĩa cho các hộ gia đình.'],
    ['a month planned after signing', NINE_MONTHS, '- Trong tháng 10/2025, dự kiến hoàn thành bàn giao 15 nhà tình nghĩa.'],
    ['months of the quarter', QUARTER, '- Trong tháng 7/2025, tháng 8/2025 và tháng 9/2025, đã tổ chức 3 đợt tiêm chủng.'],
    ['a plan of a month after signing under a decision', NINE_MONTHS, '- Thực hiện Kế hoạch số 90/KH-UBND tháng 10/2025, đã triển khai tuyên truyền.'],
    ['a state estimated up to the year end', YEAR, '- Đến ngày 31/12/2025, xã đã hoàn thành thu thuế sử dụng đất phi nông nghiệp.'],
    ['a deadline inside the sentence', NINE_MONTHS, '- UBND xã đã chỉ đạo các thôn hoàn thành rà soát đến ngày 10/10/2025.'],
    ['a state on a day after signing still planned', NINE_MONTHS, '- Đến ngày 06/10/2025, dự kiến đã hoàn thành tiêm vắc xin sởi cho 320 trẻ.'],
    ['an event of the next weeks told without plan words', YEAR, '- Ngày 10/01/2026 xã tổ chức hội nghị tổng kết công tác năm 2025.'],
    ['a day months after signing, planned', YEAR, '- Ngày 21/4/2026 dự kiến tổ chức ngày hội đọc sách.'],
    ['crop season, a day planned after signing', SEASON, '- Dự kiến ngày 14/5/2025 tổ chức hội thảo đầu bờ cho 60 nông dân.'],
    ['crop season, a day before signing', SEASON, '- Ngày 14/4/2025, Trạm Khuyến nông đã tổ chức hội thảo đầu bờ cho 60 nông dân.'],
  ])('leaves %s alone', (_what, frame, line) => {
    expect(ids(frame, line)).toEqual([]);
  });
});

describe('date-out-of-period: a report that counts its figures from a day of the year before', () => {
  const frame = (intro: string) => ['Số: 90/BC-UBND', 'Xã Hòa Bình, ngày 16 tháng 12 năm 2025', 'BÁO CÁO', 'Kết quả công tác văn hóa năm 2025', intro, 'I. KẾT QUẢ'];
  const line = '- Ngày 20/12/2024, UBND xã đã ban hành Kế hoạch tuyên truyền năm 2025; ngày 14/3/2025 và ngày 02/9/2025 tổ chức hội diễn văn nghệ.';

  it('reads a December day of the year before as the period\'s own when the intro counts from it', () => {
    expect(ids(frame('UBND xã báo cáo kết quả năm 2025 (số liệu tính từ ngày 15/12/2024 đến ngày 14/12/2025) như sau:'), line)).toEqual([]);
  });

  it('reads the intro\'s "kỳ báo cáo từ ngày … đến ngày …" as that window too', () => {
    // Hand-checked: 20/12/2024 is before the 2025 title period but after 01/12/2024, where the stated reporting span opens.
    expect(ids(frame('UBND xã báo cáo kết quả năm 2025 (kỳ báo cáo từ ngày 01/12/2024 đến ngày 30/11/2025) như sau:'), line)).toEqual([]);
    expect(ids(frame('UBND xã báo cáo kết quả năm 2025 (kỳ báo cáo từ ngày 01/12/2024 đến ngày 30/11/2025) như sau:'), line.replace('20/12/2024', '25/11/2024'))).toEqual([['dateBeforePeriod', '25/11/2024']]);
  });

  it('still flags it without that window, and a day before the window\'s start', () => {
    expect(ids(frame('UBND xã báo cáo kết quả năm 2025 như sau:'), line)).toEqual([['dateBeforePeriod', '20/12/2024']]);
    expect(ids(frame('UBND xã báo cáo kết quả năm 2025 (số liệu tính từ ngày 15/12/2024 đến ngày 14/12/2025) như sau:'), line.replace('20/12/2024', '05/11/2024'))).toEqual([['dateBeforePeriod', '05/11/2024']]);
  });
});
