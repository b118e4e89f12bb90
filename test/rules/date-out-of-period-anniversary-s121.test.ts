import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// "Ngày <d>, … tổ chức Lễ kỷ niệm N năm … (<founding day> - <anniversary day>)": a span as many years long as the stated age
// ends on the anniversary day, so the ceremony falls in that day's year; a day of an earlier year on it is a slip.
// Each case checked by hand (the span's years differ by exactly the age stated).
const YEAR = ['Số: 61/BC-UBND', 'Xã Tân Lập, ngày 12 tháng 12 năm 2024', 'BÁO CÁO', 'Tổng kết công tác năm 2024', 'I. KẾT QUẢ'];
const found = (line: string) =>
  analyseSource(sourceFromText([...YEAR, line].join('\n')), { only: ['date-out-of-period'] }).findings.filter((f) => f.severity !== 'info').map((f) => [f.messageId, f.data.found]);

describe('date-out-of-period: an anniversary span places its ceremony in the anniversary year (s121)', () => {
  it.each([
    // Education: 2024 − 1982 = 42.
    ['teachers\' day', '- Ngày 18/11/2023, Phòng Giáo dục tổ chức Lễ kỷ niệm 42 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2024), tuyên dương 56 nhà giáo tiêu biểu.', '18/11/2023'],
    // Youth union: 2024 − 1931 = 93.
    ['youth union', '- Ngày 24/3/2023, Xã đoàn tổ chức kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2024) và ra quân Tháng Thanh niên.', '24/3/2023'],
    // Women's union: 2024 − 1930 = 94.
    ['women\'s union', 'Ngày 18/10/2023, Hội Liên hiệp Phụ nữ xã tổ chức gặp mặt kỷ niệm 94 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2024).', '18/10/2023'],
  ])('%s: the ceremony dated a year early is flagged', (_topic, line, day) => {
    expect(found(line)).toEqual([['dateBeforePeriod', day]]);
  });

  it.each([
    ['the ceremony dated in the anniversary year', '- Ngày 18/11/2024, Phòng Giáo dục tổ chức Lễ kỷ niệm 42 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2024).'],
    // 2024 − 1930 = 94, not the 90 stated: the span is not read as the anniversary's, nothing is said.
    ['a span whose length is not the stated age', 'Ngày 18/10/2023, Hội Liên hiệp Phụ nữ xã tổ chức gặp mặt kỷ niệm 90 năm Ngày thành lập Hội (20/10/1930 - 20/10/2024).'],
  ])('%s: nothing is said', (_topic, line) => {
    expect(found(line)).toEqual([]);
  });
});
