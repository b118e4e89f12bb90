import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// "Trong quý <sentence's own words> … . Ngày <d>, <subject> <deed> …": a paragraph whose earlier sentence opens with the bare
// noun of the report's period speaks of that period; a day of a year before narrated after it is a slip.
// Each case checked by hand against the period of the title (quý III năm 2025: 01/7 – 30/9/2025).
const QUARTER = ['Số: 27/BC-TYT', 'Hòa Bình, ngày 02 tháng 10 năm 2025', 'BÁO CÁO', 'Kết quả hoạt động quý III năm 2025', 'II. KẾT QUẢ', '1. Phòng chống dịch'];
const found = (line: string) =>
  analyseSource(sourceFromText([...QUARTER, line].join('\n')), { only: ['date-out-of-period'] }).findings.filter((f) => f.severity !== 'info').map((f) => [f.messageId, f.data.found]);

describe('date-out-of-period: a paragraph opened by the bare period noun places the days it narrates (s26)', () => {
  it('flags a day of the year before narrated after "Trong quý …"', () => {
    const line = 'Trong quý tiếp nhận 14 ca sốt xuất huyết. Ngày 09/8/2024, Trạm phối hợp Đội y tế dự phòng phun hóa chất tại thôn Đông.';
    expect(found(line)).toEqual([['dateBeforePeriod', '09/8/2024']]);
  });

  it.each([
    ['the day in the period', 'Trong quý tiếp nhận 14 ca sốt xuất huyết. Ngày 09/8/2025, Trạm phối hợp Đội y tế dự phòng phun hóa chất tại thôn Đông.'],
    ['another quarter named', 'Trong quý trước tiếp nhận 14 ca sốt xuất huyết. Ngày 09/8/2024, Trạm phối hợp Đội y tế dự phòng phun hóa chất tại thôn Đông.'],
    // A day of the quarter's own months (09/8/2024) would be told by the year-slip reading (s27); 09/5 is out of the quarter.
    ['no period opener', 'Trạm tiếp nhận 14 ca sốt xuất huyết. Ngày 09/5/2024, Trạm phối hợp Đội y tế dự phòng phun hóa chất tại thôn Đông.'],
    ['the period opener after the day', 'Ngày 09/5/2024, Trạm phối hợp Đội y tế dự phòng phun hóa chất tại thôn Đông. Trong quý tiếp nhận 14 ca sốt xuất huyết.'],
  ])('%s: nothing is said', (_topic, line) => {
    expect(found(line)).toEqual([]);
  });
});
