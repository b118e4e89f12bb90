import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { letteredPlanRows } from '../helpers/lettered-plan.js';

// Readings found on error-free reports of health and public investment: a rate per 100.000 dân is no whole, a letter "C"
// after "B" is the next group, a column of row ratios whose header a pdf lost is no amount, and a bulleted item's amount
// is no whole of the next paragraph's own breakdown. Sums and ratios checked by hand.
const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';
const errors = async (rule: string, text: string) => (await findingsOf(rule, text)).filter((f) => f.severity !== 'info');

describe('a rate per a round base of people is no whole of the "trong đó" after it', () => {
  const text = (share: string) => `Đến cuối năm, xã quản lý 620 người đái tháo đường, tương đương khoảng 4.150 người/100.000 dân; trong đó điều trị tại trạm 434 người (chiếm ${share}) và tại tuyến trên 186 người.\n`;
  it('passes the share of the count (434/620 = 70%)', async () => {
    expect(await errors('percent-mismatch', text('70%'))).toEqual([]);
    expect(await errors('parts-sum-mismatch', text('70%'))).toEqual([]);
  });
  it('flags a wrong share against the count, not the rate (434/620 = 70% ≠ 75%)', async () => {
    const f = await errors('percent-mismatch', text('75%'));
    expect(f.map((x) => [x.messageId, x.data.stated, x.data.num, x.data.den])).toEqual([['percentMismatch', 75, 434, 620]]);
  });
});

describe('lettered groups A, B, C of a capital plan', () => {
  const plan = (canal: string) => rows(['STT', 'Nguồn vốn / Công trình', 'Kế hoạch', 'Giải ngân'], ...letteredPlanRows(canal));
  it('adds group B of its own rows only (1.500 + 900 = 2.400)', async () => {
    expect(await errors('table-total-mismatch', plan('900'))).toEqual([]);
  });
  it('flags group B when its rows do not add up (1.500 + 1.000 = 2.500 ≠ 2.400)', async () => {
    const f = await errors('table-total-mismatch', plan('1.000'));
    expect(f.map((x) => [x.messageId, x.data.stated, x.data.actual])).toEqual([['groupRowMismatch', 2400, 2500]]);
  });
});

describe('a column of row ratios whose header is lost', () => {
  // No header row: the last column is Giải ngân / Kế hoạch × 100 on every row (2.520/3.600 = 70%, 1.800/2.000 = 90%,
  // 720/1.600 = 45%, 0/0 left out: 2.000 + 1.600 = 3.600).
  const table = (total: string) => rows(
    ['', 'Tổng cộng', total, '2.520', '70,00'],
    ['1', 'Trường mầm non', '2.000', '1.800', '90,00'],
    ['2', 'Đường nội đồng', '1.600', '720', '45,00'],
  );
  it('is never added down the column', async () => {
    expect(await errors('table-total-mismatch', table('3.600'))).toEqual([]);
  });
  it('leaves the amount columns checked (2.000 + 1.600 = 3.600 ≠ 3.700)', async () => {
    const f = await errors('table-total-mismatch', table('3.700'));
    expect(f.map((x) => [x.messageId, x.data.stated, x.data.actual])).toContainEqual(['totalRowMismatch', 3700, 3600]);
  });
});

describe('a paragraph with its own breakdown after a bulleted list', () => {
  const text = [
    'Tổng vốn giao năm 2025 là 8.000 triệu đồng, phân theo nguồn:',
    '- Ngân sách tỉnh: 5.000 triệu đồng;',
    '- Ngân sách xã: 3.000 triệu đồng.',
    'Phân theo lĩnh vực: thủy lợi 4.500 triệu đồng, y tế 3.500 triệu đồng.',
  ].join('\n') + '\n';
  it('does not split the last item (3.000) by it', async () => {
    expect(await errors('part-exceeds-whole', text)).toEqual([]);
    expect(await errors('parts-sum-mismatch', text)).toEqual([]);
  });
});
