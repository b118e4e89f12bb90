import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'claim-mismatch';
const read = async (text: string) =>
  (await findingsOf(RULE, text)).map((f) => [f.messageId, f.data, f.evidence.map((e) => e.quote)]);

// An education report whose summary claims three counts rose, its table far below giving each count's two years.
const school = (claim: string, pupils: string) => `BÁO CÁO
Tổng kết năm học 2024-2025
I. ĐÁNH GIÁ CHUNG
Quy mô giáo dục tiếp tục phát triển, ${claim}.
II. KẾT QUẢ CỤ THỂ
1. Quy mô trường lớp
Bảng 1. Quy mô trường lớp
| STT | Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025 |
|---|---|---|---|---|
| 1 | Lớp học | lớp | 42 | 44 |
| 2 | Học sinh | em | ${pupils} |
| 3 | Giáo viên | người | 68 | 71 |
2. Chất lượng giáo dục
Tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 100%.
`;

// A health report whose "Cùng kỳ" and "Kỳ này" columns give each count's two periods.
const clinic = (caesarean: string) => `BÁO CÁO
Kết quả công tác y tế 6 tháng đầu năm 2025
I. TÓM TẮT
Công tác khám chữa bệnh được duy trì; số ca sinh, số ca mổ đẻ và số ca chuyển tuyến đều giảm so với cùng kỳ.
II. KẾT QUẢ
Bảng 1. Chỉ tiêu chuyên môn
| STT | Nội dung | ĐVT | Cùng kỳ | Kỳ này |
|---|---|---|---|---|
| 1 | Ca sinh | ca | 512 | 498 |
| 2 | Ca mổ đẻ | ca | ${caesarean} |
| 3 | Ca chuyển tuyến | ca | 96 | 81 |
`;

describe('claim-mismatch: one way claimed of a list of counts leading its clause, against their rows in a table (s50)', () => {
  it('flags the count whose row went the other way', async () => {
    // Hand-checked: pupils 1.285 → 1.262 fell by 23 while the summary says all three rose.
    expect(await read(school('số lớp học, số học sinh và số giáo viên đều tăng so với năm trước', '1.285 | 1.262'))).toEqual([[
      'directionMismatch', { verb: 'tăng', base: 1285, value: 1262, actualVerb: 'giảm', actual: 23 },
      ['số lớp học, số học sinh và số giáo viên đều tăng so với năm trước', '1.262', '1.285'],
    ]]);
    // Hand-checked: caesareans 140 → 152 rose by 12 while the summary says all three fell.
    expect(await read(clinic('140 | 152'))).toEqual([[
      'directionMismatch', { verb: 'giảm', base: 140, value: 152, actualVerb: 'tăng', actual: 12 },
      ['số ca sinh, số ca mổ đẻ và số ca chuyển tuyến đều giảm so với cùng kỳ', '152', '140'],
    ]]);
  });

  it('stays silent where every row agrees', async () => {
    expect(await read(school('số lớp học, số học sinh và số giáo viên đều tăng so với năm trước', '1.262 | 1.285'))).toEqual([]);
    expect(await read(clinic('152 | 140'))).toEqual([]);
  });

  it('leaves one count alone to the named-row reader (s53), and stays silent on a count two tables give different values', async () => {
    // One count is no list; the row it names (Ca mổ đẻ 140 → 152, up 12) is judged by claims-named-row-direction.ts. Hand-checked.
    expect(await read(clinic('140 | 152').replace('số ca sinh, số ca mổ đẻ và số ca chuyển tuyến đều giảm', 'số ca mổ đẻ giảm'))).toEqual([[
      'directionMismatch', { verb: 'giảm', base: 140, value: 152, actualVerb: 'tăng', actual: 12 }, ['giảm so với cùng kỳ', '152', '140'],
    ]]);
    const twice = school('số lớp học, số học sinh và số giáo viên đều tăng so với năm trước', '1.285 | 1.262').replace(
      '2. Chất lượng giáo dục',
      '2. Học sinh theo cấp học\nBảng 2. Học sinh\n| STT | Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025 |\n|---|---|---|---|---|\n| 1 | Học sinh | em | 1.250 | 1.300 |\n| 2 | Học sinh khuyết tật | em | 12 | 14 |\n3. Chất lượng giáo dục',
    );
    expect(await read(twice)).toEqual([]);
  });
});
