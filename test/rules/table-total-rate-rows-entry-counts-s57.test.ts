import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A total row's cells are matched to the columns they are written under: a number with its noun under the label column
// ("04 hợp tác xã") counts the entries, and a rate row ("% so với dự toán") is never summed across its columns
// (src/extract/tables.ts mergedTotalLead, src/extract/table-rows.ts isRateRow, src/rules/support/table-checks.ts).
const found = async (text: string) =>
  (await findingsOf('table-total-mismatch', `I. KẾT QUẢ\n${text}\n`)).map((f) => ({ id: f.messageId, data: f.data }));

const ZONES = (total: string, count: string) => [
  'Bảng 3. Vùng sản xuất lúa theo hợp tác xã',
  '',
  '| Mã vùng | Hợp tác xã quản lý | Diện tích (ha) | Mùa vụ |',
  '|---|---|---|---|',
  '| 11 | HTX Nông nghiệp Tân Phú | 42 | Đông Xuân - Hè Thu |',
  '| 12 | HTX Nông nghiệp Tân Phú | 35 | Đông Xuân |',
  '| 15 | HTX Dịch vụ Bình An | 28 | Hè Thu |',
  '| 21 | HTX Dịch vụ Hòa Lợi | 50 | Đông Xuân - Hè Thu |',
  `| Tổng cộng | ${count} | ${total} | |`,
].join('\n');

const COMMUNES = (total: string) => [
  '| STT | Xã | Số hộ được hỗ trợ | Kinh phí (triệu đồng) |',
  '|---|---|---|---|',
  '| 1 | Xã Quảng Phú | 120 | 360 |',
  '| 2 | Xã Quảng Thọ | 85 | 255 |',
  '| 3 | Xã Quảng Vinh | 64 | 192 |',
  `| Cộng | 03 xã | ${total} | |`,
].join('\n');

describe('table-total-mismatch: a count of entries under the label column is no column total', () => {
  it('stays silent on a total row counting its cooperatives beside the right area total', async () => {
    // Hand-checked: 42 + 35 + 28 + 50 = 155 ha; "03 hợp tác xã" counts Tân Phú, Bình An, Hòa Lợi.
    expect(await found(ZONES('155', '03 hợp tác xã'))).toEqual([]);
  });

  it('flags the area total under its own column when it misses the rows', async () => {
    // Hand-checked: 42 + 35 + 28 + 50 = 155 ha, not 150.
    expect(await found(ZONES('150', '03 hợp tác xã'))).toEqual([
      { id: 'totalRowMismatch', data: { row: expect.any(String), column: 'Diện tích (ha)', stated: 150, actual: 155 } },
    ]);
  });

  it('stays silent on a commune count whose row leaves the money column empty', async () => {
    // Hand-checked: 120 + 85 + 64 = 269 households.
    expect(await found(COMMUNES('269'))).toEqual([]);
  });

  it('still reads a total row whose words fill the merged STT and label cells one column left', async () => {
    // Hand-checked: 14 + 6 + 21 = 41 sites; 12 350 + 2 180 + 6 400 = 20 930 m², not 20 830.
    const text = '| STT | Loại hình | Số cơ sở | Diện tích (m²) |\n|---|---|---|---|\n| 1 | Trường học | 14 | 12 350 |\n| 2 | Trạm y tế | 6 | 2 180 |\n| 3 | Nhà văn hóa | 21 | 6 400 |\n| Tổng cộng | 41 | 20 830 | |';
    expect(await found(text)).toEqual([
      { id: 'totalRowMismatch', data: { row: 'Tổng cộng', column: 'Diện tích (m²)', stated: 20830, actual: 20930 } },
    ]);
  });
});

const REVENUE = (rateLabel: string, plan = '7.000') => [
  '| Nội dung | Thuế | Phí, lệ phí | Thu khác | Tổng cộng |',
  '|---|---|---|---|---|',
  '| Quý I | 1.250 | 320 | 180 | 1.750 |',
  '| Quý II | 1.310 | 305 | 210 | 1.825 |',
  '| Cộng 6 tháng | 2.560 | 625 | 390 | 3.575 |',
  `| Dự toán năm | 5.000 | 1.200 | 800 | ${plan} |`,
  `| ${rateLabel} | 51,20 | 52,08 | 48,75 | 51,07 |`,
].join('\n');

describe('table-total-mismatch: a rate row holds each column\'s own ratio, never a sum across columns', () => {
  // Hand-checked: 2.560/5.000 = 51,20%; 625/1.200 = 52,08%; 390/800 = 48,75%; 3.575/7.000 = 51,07% (their sum 152,03 is no total).
  for (const label of ['% so với dự toán', 'So với dự toán', 'Đạt so với KH năm', 'Tỷ trọng thực hiện/dự toán']) {
    it(`stays silent on the row "${label}"`, async () => {
      expect(await found(REVENUE(label))).toEqual([]);
    });
  }

  it('still flags an amount row missing its total column beside a rate row', async () => {
    // Hand-checked: 5.000 + 1.200 + 800 = 7.000, not 7.100 (Quý I, Quý II and Cộng 6 tháng add up exactly).
    expect(await found(REVENUE('% so với dự toán', '7.100'))).toEqual([
      { id: 'partsMismatch', data: { row: 'Dự toán năm', column: 'Tổng cộng', stated: 7100, actual: 7000 } },
    ]);
  });
});
