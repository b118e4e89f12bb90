import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// A numbered occurrence the report dates where it lists it ("Áp thấp nhiệt đới số 3 (ngày 14–15/10/2025)") places a later
// sentence naming it ("Trong áp thấp nhiệt đới số 3, ngày …") in that year: a day of the year before on it is a slip.
// Written for this test; each year checked by hand.
const HEAD = [
  'Số: 214/BC-UBND', 'Xã Sơn Thủy, ngày 20 tháng 12 năm 2025', 'BÁO CÁO', 'Tổng kết công tác phòng, chống thiên tai năm 2025',
  'I. TÌNH HÌNH THIÊN TAI',
  'Năm 2025, trên địa bàn xã xảy ra các đợt thiên tai sau:',
  '+ Áp thấp nhiệt đới số 3 (ngày 14–15/10/2025): mưa lớn kéo dài, ngập sâu các tuyến đường liên thôn;',
  '+ Bão số 7 (ngày 02/11/2025): gió giật mạnh, gãy đổ nhiều cây xanh.',
  'II. CÔNG TÁC ỨNG PHÓ',
];
const found = (line: string, head = HEAD) =>
  analyseSource(sourceFromText([...head, line].join('\n')), { only: ['date-out-of-period'] }).findings.filter((f) => f.severity !== 'info').map((f) => [f.messageId, f.data.found]);

describe('date-out-of-period: a numbered occurrence the report dated places a sentence naming it in its year (s128)', () => {
  it.each([
    ['a depression', '- Trong áp thấp nhiệt đới số 3, ngày 14/10/2024 Ban Chỉ huy xã đã di dời 86 hộ dân ra khỏi vùng ngập sâu.', '14/10/2024'],
    ['a storm', 'Khi bão số 7 đổ bộ, ngày 02/11/2024 lực lượng xung kích đã chằng chống 140 nhà ở.', '02/11/2024'],
  ])('%s: a day of the year before is flagged', (_topic, line, day) => {
    expect(found(line)).toEqual([['dateBeforePeriod', day]]);
  });

  it.each([
    ['the day in the occurrence\'s year', '- Trong áp thấp nhiệt đới số 3, ngày 14/10/2025 Ban Chỉ huy xã đã di dời 86 hộ dân ra khỏi vùng ngập sâu.'],
    // A comparison with last year's storm of the same number: storms are numbered anew each year.
    ['a comparison with the year before', 'So với bão số 7 năm trước (ngày 05/11/2024), thiệt hại giảm rõ rệt.'],
    // The sentence names the storm's year itself, another than the one listed: numbered anew, so no year is placed.
    ['an occurrence named with another year', 'Khi bão số 7 năm 2024 đổ bộ, ngày 02/11/2024 lực lượng xung kích đã chằng chống 140 nhà ở.'],
    // No listed date: the storm's year is unknown.
    ['an occurrence never dated', '- Trong bão số 9, ngày 20/9/2024 Ban Chỉ huy xã đã di dời 40 hộ dân.'],
  ])('%s: nothing is said', (_topic, line) => {
    expect(found(line)).toEqual([]);
  });

  it('an occurrence listed in two years (numbered anew each year) places nothing', () => {
    const twice = [...HEAD.slice(0, 8), '+ Bão số 7 năm trước (ngày 30/10/2024) chỉ gây mưa vừa.', HEAD[8]];
    expect(found('Khi bão số 7 đổ bộ, ngày 02/11/2024 lực lượng xung kích đã chằng chống 140 nhà ở.', twice)).toEqual([]);
  });
});
