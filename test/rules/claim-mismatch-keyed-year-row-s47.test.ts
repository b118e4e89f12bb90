import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 47: "Số X năm 2025 đã tăng so với năm 2024" after the report's one table of two consecutive years, whose row
// names X otherwise ("Giao quân" for "thanh niên lên đường nhập ngũ"): subject and label read as one catalogue indicator
// (src/extract/claims-table-direction.ts, laterDirections and keyedRow). Table and sentences written for this test.
const ROWS = ['| 1 | Giao quân (công dân) | 42 | 38 |', '| 2 | Tai nạn giao thông (vụ) | 9 | 7 |', '| 3 | Tiếp nhận quân nhân xuất ngũ (người) | 30 | 35 |'];
const doc = (claim: string, rows = ROWS) => [
  'BÁO CÁO', 'Kết quả công tác quốc phòng, an ninh năm 2025', 'I. KẾT QUẢ',
  'Công tác quốc phòng, an ninh được triển khai đồng bộ; kết quả chủ yếu như sau:',
  'Bảng 2. Một số chỉ tiêu quốc phòng, an ninh',
  '| STT | Chỉ tiêu | Năm 2024 | Năm 2025 |', '|---|---|---|---|', ...rows,
  'II. ĐÁNH GIÁ', claim, 'III. PHƯƠNG HƯỚNG', 'Tổ chức 02 đợt diễn tập.',
].join('\n') + '\n';
const ways = async (claim: string, rows?: string[]) =>
  (await findingsOf('claim-mismatch', doc(claim, rows))).filter((f) => f.messageId === 'directionMismatch').map((f) => f.data);

describe('claim-mismatch: a way of change between two years, its row named by the same catalogue indicator (s47)', () => {
  it('flags a rise the row of the two year columns shows as a fall', async () => {
    // Giao quân: 42 in 2024, 38 in 2025 — a fall of 4.
    expect(await ways('Số thanh niên lên đường nhập ngũ năm 2025 đã tăng so với năm 2024 do làm tốt công tác tuyên truyền.'))
      .toEqual([expect.objectContaining({ verb: 'tăng', base: 42, value: 38 })]);
  });

  it('says nothing when the row agrees, the years are not the columns\', no row or two rows read as the indicator', async () => {
    expect(await ways('Số thanh niên lên đường nhập ngũ năm 2025 đã giảm so với năm 2024 do nguồn tuyển hạn chế.')).toEqual([]);
    // 2024 against 2023: no such columns.
    expect(await ways('Số thanh niên lên đường nhập ngũ năm 2024 đã tăng so với năm 2023.')).toEqual([]);
    // No row reads as the poor households.
    expect(await ways('Số hộ nghèo năm 2025 đã tăng so với năm 2024.')).toEqual([]);
    // Two rows of the same indicator: which one is unsure.
    expect(await ways('Số thanh niên lên đường nhập ngũ năm 2025 đã tăng so với năm 2024.', [...ROWS, '| 4 | Công dân nhập ngũ đợt 2 (người) | 10 | 12 |'])).toEqual([]);
  });
});
