import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import type { Finding } from '../../src/model/index.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const HEAD = ['ỦY BAN NHÂN DÂN', 'XÃ AN PHÚ', 'Số: 21/BC-UBND', 'An Phú, ngày 12 tháng 12 năm 2024', 'BÁO CÁO', 'Kết quả công tác y tế, giáo dục năm 2024'];
// A health table whose measure column ("Số ca mắc") stands beside its earlier one ("Số ca mắc cùng kỳ 2023").
const DISEASES = [
  'I. KẾT QUẢ',
  'Bảng 1. Tình hình bệnh truyền nhiễm năm 2024 phân theo bệnh',
  '| STT | Bệnh | Số ca mắc | Số ca tử vong | Số ca mắc cùng kỳ 2023 |',
  '|---|---|---|---|---|',
  '| 1 | Sốt xuất huyết | 42 | 0 | 35 |',
  '| 2 | Tay chân miệng | 18 | 0 | 26 |',
  '| 3 | Thủy đậu | 11 | 0 | 11 |',
  '| | Tổng cộng | 71 | 0 | 72 |',
  '',
  'Trạm Y tế đã giám sát chặt chẽ các ổ dịch cũ.',
];
// An education table of two whole years, its total row named by the caption.
const DROPOUTS = [
  'Bảng 2. Số học sinh bỏ học trên địa bàn xã',
  '| STT | Cấp học | Năm 2023 | Năm 2024 |',
  '|---|---|---|---|',
  '| 1 | Tiểu học | 3 | 2 |',
  '| 2 | Trung học cơ sở | 9 | 12 |',
  '| | Tổng cộng | 12 | 14 |',
  '',
  'Nhà trường phối hợp với gia đình vận động học sinh trở lại lớp.',
];
// A budget table of the same two years: with it the report holds two tables of two periods.
const REVENUE = [
  'Bảng 3. Thu ngân sách xã (ĐVT: triệu đồng)',
  '| STT | Khoản thu | Năm 2023 | Năm 2024 |',
  '|---|---|---|---|',
  '| 1 | Thuế sử dụng đất phi nông nghiệp | 120 | 150 |',
  '| 2 | Phí, lệ phí | 80 | 95 |',
  '',
];

function audit(body: string[]): Finding[] {
  return analyseSource(sourceFromText([...HEAD, ...body].join('\n')), { only: ['claim-mismatch'] }).findings;
}
const summary = (fs: Finding[]) => fs.map((f) => [f.messageId, f.data.verb, f.data.base, f.data.value, f.data.actualVerb, f.data.actual, f.evidence[0].quote]);
const assess = (line: string) => [...DISEASES, ...DROPOUTS, ...REVENUE, 'II. ĐÁNH GIÁ CHUNG', line];

describe('claim-mismatch: a figure-less way of change naming one table row of another section', () => {
  it('flags a fall the row of a measure column and its earlier column denies', () => {
    // Hand-checked: Sốt xuất huyết 35 (cùng kỳ 2023) → 42 (Số ca mắc): up 7, not down.
    const fs = audit(assess('Công tác phòng, chống dịch được quan tâm; số ca mắc sốt xuất huyết giảm so với cùng kỳ nhờ diệt lăng quăng.'));
    expect(summary(fs)).toEqual([['directionMismatch', 'giảm', 35, 42, 'tăng', 7, 'giảm so với cùng kỳ']]);
  });

  it('flags a fall of the whole a year lead and the caption name, against the total row', () => {
    // Hand-checked: Tổng cộng 12 (Năm 2023) → 14 (Năm 2024): up 2.
    const fs = audit(assess('Năm 2024, số học sinh bỏ học trên địa bàn xã giảm so với năm 2023, chủ yếu ở cấp trung học cơ sở.'));
    expect(summary(fs)).toEqual([['directionMismatch', 'giảm', 12, 14, 'tăng', 2, 'giảm so với năm 2023']]);
  });

  it('flags a rise of one row among several tables of two years', () => {
    // Hand-checked: Tiểu học 3 → 2: down 1.
    const fs = audit(assess('Số học sinh tiểu học bỏ học tiếp tục tăng so với năm 2023.'));
    expect(summary(fs)).toEqual([['directionMismatch', 'tăng', 3, 2, 'giảm', 1, 'tăng so với năm 2023']]);
  });

  it('flags a fall of a revenue row its header word names, and stays silent on a rise it bears out', () => {
    // Hand-checked: Thuế sử dụng đất phi nông nghiệp 120 → 150: up 30.
    const fs = audit(assess('Thu thuế sử dụng đất phi nông nghiệp giảm so với năm 2023 do miễn giảm cho hộ khó khăn.'));
    expect(summary(fs)).toEqual([['directionMismatch', 'giảm', 120, 150, 'tăng', 30, 'giảm so với năm 2023']]);
    expect(audit(assess('Thu thuế sử dụng đất phi nông nghiệp tăng so với năm 2023.'))).toEqual([]);
  });

  it('stays silent on a fall the row bears out, and on a tie', () => {
    expect(audit(assess('Số ca mắc tay chân miệng giảm so với cùng kỳ.'))).toEqual([]);
    expect(audit(assess('Số ca mắc thủy đậu tăng so với cùng kỳ.'))).toEqual([]);
  });

  it('stays silent on a narrower group than the row, and on a whole narrower than the caption', () => {
    expect(audit(assess('Số ca mắc sốt xuất huyết ở học sinh giảm so với cùng kỳ.'))).toEqual([]);
    expect(audit(assess('Năm 2024, số học sinh bỏ học của thôn Đông giảm so với năm 2023.'))).toEqual([]);
  });

  it('stays silent on an aim, a negation, a work verb and another earlier period', () => {
    expect(audit(assess('Phấn đấu số ca mắc sốt xuất huyết giảm so với cùng kỳ.'))).toEqual([]);
    expect(audit(assess('Số ca mắc sốt xuất huyết không giảm so với cùng kỳ.'))).toEqual([]);
    expect(audit(assess('Công tác giảm nghèo so với cùng kỳ có nhiều chuyển biến.'))).toEqual([]);
    expect(audit(assess('Số học sinh tiểu học bỏ học tăng so với năm 2022.'))).toEqual([]);
  });

  it('stays silent when two tables hold the row with different values', () => {
    const second = ['Bảng 3. Bệnh truyền nhiễm quý IV', '| STT | Bệnh | Số ca mắc | Số ca mắc cùng kỳ 2023 |', '|---|---|---|---|', '| 1 | Sốt xuất huyết | 20 | 25 |', ''];
    expect(audit([...DISEASES, ...second, 'II. ĐÁNH GIÁ CHUNG', 'Số ca mắc sốt xuất huyết giảm so với cùng kỳ.'])).toEqual([]);
  });
});
