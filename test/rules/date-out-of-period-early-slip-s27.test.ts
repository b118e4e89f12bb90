import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// Two readings of a dated deed outside a period shorter than its year, each case checked by hand against the title's
// period (quý III năm 2025: 01/7 – 30/9/2025, signed 06/10/2025):
// - a day of the period's own year more than a month before it (14/4/2025 is 78 days before 01/7), narrated after a
//   sentence that opens with the period; a decree named only as what a session spread is its topic, no cited basis;
// - a day of the year before whose day and month fall in the period (16/8/2024 → 16/8/2025), told as done.
const head = (title: string) => ['Số: 41/BC-UBND', 'Xã Tân Phú, ngày 06 tháng 10 năm 2025', 'BÁO CÁO', title, 'II. KẾT QUẢ', '1. Công tác chuyên môn'];
const QUARTER = 'Kết quả công tác tư pháp quý III năm 2025';
const found = (line: string, title = QUARTER) =>
  analyseSource(sourceFromText([...head(title), line].join('\n')), { only: ['date-out-of-period'] }).findings.filter((f) => f.severity !== 'info').map((f) => [f.messageId, f.data.found]);

describe('date-out-of-period: a day of the period\'s year long before it, told in the period\'s narration (s27)', () => {
  it('flags the day, also when the session spread a law and a decree', () => {
    expect(found('Trong quý tổ chức 02 lớp tập huấn cho cán bộ thôn. Ngày 14/4/2025, tổ chức lớp tập huấn cho 45 cán bộ thôn về hòa giải cơ sở.'))
      .toEqual([['dateEarlierInYear', '14/4/2025']]);
    expect(found('Trong quý tổ chức 02 hội nghị tuyên truyền pháp luật. Ngày 10/5/2025, tổ chức hội nghị quán triệt Luật Hòa giải ở cơ sở và Nghị định số 15/2014/NĐ-CP cho 80 người.'))
      .toEqual([['dateEarlierInYear', '10/5/2025']]);
  });

  it.each([
    ['a day within a month of the start', 'Trong quý tổ chức 02 lớp tập huấn cho cán bộ thôn. Ngày 20/6/2025, tổ chức lớp tập huấn cho 45 cán bộ thôn về hòa giải cơ sở.'],
    ['no period opener', 'Xã tổ chức 02 lớp tập huấn cho cán bộ thôn. Ngày 14/4/2025, tổ chức lớp tập huấn cho 45 cán bộ thôn về hòa giải cơ sở.'],
    ['a plan issued that day', 'Trong quý tổ chức 02 hội nghị. Ngày 14/4/2025, Ủy ban nhân dân huyện ban hành Kế hoạch số 45/KH-UBND về hòa giải cơ sở.'],
    ['the start of a span', 'Trong quý tổ chức 02 đợt kiểm tra. Từ ngày 14/4/2025 đến ngày 20/8/2025, xã đã kiểm tra 12 tổ hòa giải.'],
    ['the spread decree\'s own date', 'Trong quý tổ chức 02 hội nghị. Ngày 12/8/2025, tổ chức hội nghị phổ biến Nghị định số 15/2014/NĐ-CP ngày 27/02/2014 cho 60 người.'],
  ])('%s: nothing is said', (_topic, line) => {
    expect(found(line)).toEqual([]);
  });
});

describe('date-out-of-period: a day of the period\'s months written with the year before, told as done (s27)', () => {
  it('flags the day after "đã" or opening a narrated item', () => {
    expect(found('Tổ hòa giải duy trì họp định kỳ hằng tháng; ngày 16/8/2024 đã hòa giải thành 01 vụ tranh chấp lối đi.'))
      .toEqual([['dateYearSlip', '16/8/2024']]);
    expect(found('- Ngày 03/9/2024, Hội Nông dân phối hợp Ngân hàng Chính sách xã hội giải ngân cho 06 hộ vay vốn.'))
      .toEqual([['dateYearSlip', '03/9/2024']]);
  });

  it.each([
    ['a day outside the quarter\'s months', 'Tổ hòa giải duy trì họp định kỳ hằng tháng; ngày 16/4/2024 đã hòa giải thành 01 vụ tranh chấp lối đi.'],
    ['the same quarter a year before', 'Cùng kỳ năm trước, ngày 16/8/2024 đã xảy ra 01 vụ cháy rừng.'],
    ['a span of its own counted', 'Trong 12 tháng qua, tổ hòa giải làm việc thường xuyên; ngày 16/8/2024 đã hòa giải thành 01 vụ.'],
    ['not told as done', 'Bộ phận một cửa lưu hồ sơ vụ tranh chấp ngày 16/8/2024 của thôn Đông.'],
  ])('%s: nothing is said', (_topic, line) => {
    expect(found(line)).toEqual([]);
  });

  it('says nothing in a report of the whole year, where every day and month falls in the period', () => {
    expect(found('Tổ hòa giải duy trì họp định kỳ hằng tháng; ngày 16/8/2024 đã hòa giải thành 01 vụ tranh chấp lối đi.', 'Kết quả công tác tư pháp năm 2025')).toEqual([]);
  });
});

// A known body's founding year plus the anniversary's age gives the ceremony's year (Đoàn TNCS Hồ Chí Minh 26/3/1931:
// 94 năm → 2025; Hội Liên hiệp Phụ nữ Việt Nam 20/10/1930: 95 năm → 2025), checked against a report of năm 2025.
describe('date-out-of-period: an anniversary of a known body places its ceremony in a year (s27)', () => {
  const YEAR = 'Kết quả công tác thanh niên năm 2025';
  it('flags a day of another year than the anniversary\'s', () => {
    expect(found('Ngày 24/3/2024, Ủy ban nhân dân xã gặp mặt 60 đoàn viên nhân dịp kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh.', YEAR))
      .toEqual([['dateBeforePeriod', '24/3/2024']]);
    expect(found('Ngày 18/10/2024, Hội tổ chức gặp mặt nhân dịp kỷ niệm 95 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam.', YEAR))
      .toEqual([['dateBeforePeriod', '18/10/2024']]);
  });

  it.each([
    ['the anniversary in the day\'s own year', 'Ngày 24/3/2024, Ủy ban nhân dân xã gặp mặt 60 đoàn viên nhân dịp kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh.'],
    ['a body of no known founding year', 'Ngày 18/10/2024, Hội tổ chức gặp mặt nhân dịp kỷ niệm 95 năm Ngày thành lập Hội Người cao tuổi xã.'],
  ])('%s: nothing is said', (_topic, line) => {
    expect(found(line, 'Kết quả công tác thanh niên năm 2025')).toEqual([]);
  });
});
