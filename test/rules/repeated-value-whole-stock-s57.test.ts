import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 57: the unit's whole stock of a one-word counted noun ("Toàn huyện có N thôn", "Trong tổng số N thôn trên địa bàn")
// is one quantity named by the noun and the unit ("thôn (toàn huyện)", src/extract/quantities.ts wholeStockName), however the
// frame tells it; a subset, a plan, another date, another noun or another unit stays apart. Sentences written for this test.
const RULE = 'repeated-value-conflict';
const report = (level: string, name: string, first: string, second: string) => [
  'ỦY BAN NHÂN DÂN', `${level.toUpperCase()} ${name.toUpperCase()}`, 'Số: 57/BC-UBND', `${name}, ngày 28 tháng 12 năm 2025`,
  'BÁO CÁO', 'Kết quả thực hiện nhiệm vụ năm 2025', 'I. KẾT QUẢ THỰC HIỆN', '1. Tình hình chung', first,
  'Các đơn vị đã bám sát kế hoạch, phối hợp chặt chẽ trong triển khai.', 'II. ĐÁNH GIÁ CHUNG', second,
].join('\n') + '\n';
const pairs = async (text: string) => (await findingsOf(RULE, text)).map((f) => [f.data.value, f.data.other].sort());

describe('repeated-value-conflict: the unit\'s whole stock of a one-word noun', () => {
  it('flags two whole stocks of villages, communes, classes and hectares that differ', async () => {
    // Hand-checked: both are the district's whole stock of villages; 128 ≠ 182.
    expect(await pairs(report('huyện', 'Đông Sơn', 'Toàn huyện hiện có 128 thôn.',
      'Trong tổng số 182 thôn trên địa bàn, 95 thôn đã có nhà văn hóa đạt chuẩn.'))).toEqual([['128', '182']]);
    // Hand-checked: the district's communes, framed before the count and after it; 17 ≠ 71.
    expect(await pairs(report('huyện', 'Đông Sơn', 'Trên địa bàn huyện có 17 xã.',
      'Trong tổng số 71 xã trên địa bàn, có 12 xã đạt chuẩn nông thôn mới.'))).toEqual([['17', '71']]);
    // Hand-checked: the commune's classes (education); 46 ≠ 64.
    expect(await pairs(report('xã', 'Tân Lập', 'Toàn xã có 46 lớp.',
      'Trong tổng số 64 lớp trên địa bàn, 20 lớp học 2 buổi/ngày.'))).toEqual([['46', '64']]);
    // Hand-checked: the commune's land in hectares (agriculture); 356 ≠ 365.
    expect(await pairs(report('xã', 'Tân Lập', 'Toàn xã có 356 ha.',
      'Trong tổng số 365 ha trên địa bàn, 120 ha trồng lúa.'))).toEqual([['356', '365']]);
  });

  it('stays silent on other dates, subsets, plans, other nouns and another unit', async () => {
    const silent = [
      // Two dates: the start and the end of the year.
      ['Đầu năm, toàn huyện có 2.134 hộ.', 'Đến cuối năm, trong tổng số 2.143 hộ trên địa bàn, có 300 hộ nghèo.'],
      // A subset named by the noun phrase ("hộ nghèo") and by a qualifier ("hộ có hoàn cảnh khó khăn").
      ['Toàn huyện có 2.134 hộ.', 'Trong tổng số 2.143 hộ nghèo trên địa bàn, có 300 hộ đã thoát nghèo.'],
      ['Toàn huyện có 2.134 hộ.', 'Trong tổng số 2.143 hộ có hoàn cảnh khó khăn, 300 hộ được hỗ trợ.'],
      ['Toàn huyện có 2.134 hộ.', 'Toàn huyện có 2.143 hộ dân tộc thiểu số.'],
      // A plan, the same period of last year, another noun, a commune's stock in the district's report.
      ['Toàn huyện có 2.134 hộ.', 'Phấn đấu đến năm 2026 toàn huyện có 2.143 hộ.'],
      ['Toàn huyện có 2.134 hộ.', 'Cùng kỳ năm trước, toàn huyện có 2.143 hộ.'],
      ['Toàn huyện có 2.134 hộ.', 'Trong tổng số 2.143 nhân khẩu trên địa bàn, có 300 người cao tuổi.'],
      ['Toàn huyện có 2.134 hộ.', 'Toàn xã Hòa Bình có 2.143 hộ, tăng 12 hộ so với năm trước.'],
    ];
    for (const [first, second] of silent) expect(await pairs(report('huyện', 'Đông Sơn', first, second))).toEqual([]);
  });
});
