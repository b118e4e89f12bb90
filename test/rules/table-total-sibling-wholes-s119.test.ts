import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A table of two wholes, each a total row written first: the "-" rows under the first belong to it, and the second
// total ("Tổng số ca chuyển tuyến", "Tổng chi") is another whole, never the sum of its neighbour's rows. Sums by hand.
const run = async (text: string) => (await findingsOf('table-total-mismatch', text)).map((f) => [f.messageId, f.data.row, f.data.stated, f.data.actual]);
const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';

// Health: 1.240 + 860 + 310 = 2.410 visits; the 95 referrals are another whole with no rows of their own.
const clinic = (visits: string, child: string) => rows(
  ['Chỉ tiêu', 'Năm 2025', 'Năm 2024'],
  ['Tổng số lượt khám bệnh', visits, '2.200'],
  ['- Khám tại trạm y tế', '1.240', '1.150'],
  ['- Khám lưu động', child, '780'],
  ['- Khám sàng lọc học đường', '310', '270'],
  ['Tổng số ca chuyển tuyến', '95', '102'],
);
// Transport: two leading wholes, each over its own "-" rows: 14 + 9 = 23 km of road, 6 + 5 = 11 bridges.
const roads = (bridges: string) => rows(
  ['Nội dung', 'Kế hoạch', 'Thực hiện'],
  ['Tổng chiều dài đường giao thông nông thôn (km)', '25', '23'],
  ['- Đường trục thôn', '15', '14'],
  ['- Đường ngõ xóm', '10', '9'],
  ['Tổng số cầu, cống xây mới', '12', bridges],
  ['- Cầu dân sinh', '6', '6'],
  ['- Cống thoát nước', '6', '5'],
);

describe('table-total-mismatch: a second total row after a leading total and its rows', () => {
  it('does not add the first whole\'s rows into the second: 95 referrals are no sum of visits', async () => {
    expect(await run(clinic('2.410', '860'))).toEqual([]);
  });

  it('still flags the leading total its own rows miss: 1.240 + 680 + 310 = 2.230 ≠ 2.410', async () => {
    expect(await run(clinic('2.410', '680'))).toEqual([['totalRowMismatch', 'Tổng số lượt khám bệnh', 2410, 2230]]);
  });

  it('reads each of two leading wholes over its own rows only', async () => {
    expect(await run(roads('11'))).toEqual([]);
  });

  it('flags the second whole against its own rows: 6 + 5 = 11 ≠ 13', async () => {
    expect(await run(roads('13'))).toEqual([['totalRowMismatch', 'Tổng số cầu, cống xây mới', 13, 11]]);
  });
});
