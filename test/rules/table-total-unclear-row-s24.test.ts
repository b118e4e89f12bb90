import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const run = (text: string) => findingsOf('table-total-mismatch', text);
const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';

describe('a total over groups with one row whose STT is missing', () => {
  // Hand-checked: leaves 410 + 275 + 130 + 520 + 95 + 45 = 1.475 = the total; the group rows I = 800 (≠ 410 + 275 + 130 =
  // 815, the group row's own slip) and II = 615 = 520 + 95; III heads nothing. I + II + III = 1.460, the rows without a
  // Roman number 1.430, every row 2.890: none is 1.475.
  const table = (firstStt: string) => rows(
    ['STT', 'Khoản chi', 'Dự toán', 'Thực hiện'],
    ['', 'Tổng chi', '1.560', '1.475'],
    ['I', 'Chi thường xuyên', '850', '800'],
    [firstStt, 'Chi sự nghiệp giáo dục', '420', '410'],
    ['2', 'Chi sự nghiệp y tế', '280', '275'],
    ['3', 'Chi quản lý hành chính', '150', '130'],
    ['II', 'Chi đầu tư phát triển', '650', '615'],
    ['1', 'Đường giao thông nông thôn', '540', '520'],
    ['2', 'Trường mầm non', '110', '95'],
    ['III', 'Chi khác', '60', '45'],
  );

  it('takes the rows heading no group as one reading of the total, as when the STT is there', async () => {
    const numbered = (await run(table('1'))).map((f) => [f.messageId, f.data.row, f.data.stated]);
    expect(numbered).toEqual([['groupRowMismatch', 'Chi thường xuyên', 800]]);
    // The "1" lost: the total is not flagged against every row summed or the Roman rows.
    const lost = (await run(table(''))).filter((f) => f.messageId === 'totalRowMismatch');
    expect(lost).toEqual([]);
  });

  it('still flags a total that no reading gives', async () => {
    // Hand-checked: 1.490 is none of 1.475 (leaves), 1.460 (Roman rows), 1.430 (the others), 2.890 (all rows).
    const off = (await run(table('').replace('1.560\t1.475', '1.560\t1.490'))).filter((f) => f.messageId === 'totalRowMismatch');
    expect(off.map((f) => f.data.stated)).toEqual([1490]);
  });
});
