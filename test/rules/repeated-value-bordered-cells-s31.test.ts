import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'repeated-value-conflict';
const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ AN HÒA\nSố: 41/BC-UBND\nAn Hòa, ngày 20 tháng 12 năm 2025\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\nI. KẾT QUẢ\n';
const found = async (...lines: string[]) => (await findingsOf(RULE, HEAD + lines.join('\n') + '\n')).map((f) => [f.data.value, f.data.other].sort());
const PLAN = ['| STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Thực hiện năm 2025 | Tỷ lệ (%) |', '|---|---|---|---|---|---|'];

describe('repeated-value-conflict: cells of a table written between bars, named by row and column (session 31)', () => {
  it('holds a sentence against the result cell of its row, never against the plan cell', async () => {
    // Hand-checked: the table says 4,6 km built (plan 6,0 km); the text says 6,4 km: the result's digits swapped.
    expect(await found('1. Giao thông', 'Năm 2025, xã bê tông hóa 6,4 km đường giao thông nông thôn, mở rộng 02 cầu dân sinh.', 'Bảng 1. Kết quả chỉ tiêu', ...PLAN, '| 1 | Bê tông hóa đường giao thông nông thôn | km | 6,0 | 4,6 | 76,7 |'))
      .toEqual([['4,6', '6,4']]);
    // The same 4,6 km in the text: nothing to say.
    expect(await found('1. Giao thông', 'Năm 2025, xã bê tông hóa 4,6 km đường giao thông nông thôn, mở rộng 02 cầu dân sinh.', 'Bảng 1. Kết quả chỉ tiêu', ...PLAN, '| 1 | Bê tông hóa đường giao thông nông thôn | km | 6,0 | 4,6 | 76,7 |'))
      .toEqual([]);
  });

  it('reads a part column beside a total column as a part, never the row total a sentence restates', async () => {
    // Hand-checked: 27 + 4 403 = 4 430; the sentence states the total 4 430, the part 4 403 is no slip of it.
    expect(await found('1. Tư pháp', 'Trong năm, toàn xã chứng thực bản sao 4 430 việc, thu phí đúng quy định.', 'Bảng 2. Chứng thực theo nơi thực hiện',
      '| STT | Loại việc | Bộ phận một cửa | Thôn, ấp | Tổng cộng |', '|---|---|---|---|---|', '| 1 | Chứng thực bản sao | 27 | 4 403 | 4 430 |', '| 2 | Chứng thực chữ ký | 15 | 610 | 625 |')).toEqual([]);
  });

  it('reads a row counted in a scaled unit at its scale ("nghìn cây" 36,0 = 36.000 cây)', async () => {
    expect(await found('1. Môi trường', 'Trong năm trồng được 36.000 cây xanh đô thị, đạt 90,0% kế hoạch.', 'Bảng 3. Chỉ tiêu môi trường', ...PLAN, '| 1 | Trồng cây xanh đô thị | nghìn cây | 40,0 | 36,0 | 90,0 |')).toEqual([]);
  });

  it('reads an amount rounded at its scale as the row it rounds (2.417,6 triệu đồng = 2.417.580.000 đồng)', async () => {
    expect(await found('1. Ngân sách', 'Chi đầu tư phát triển 2.417,6 triệu đồng, đạt 96,7% dự toán.', 'Bảng 4. Chi ngân sách (đồng)',
      '| STT | Nội dung | Dự toán năm 2025 | Thực hiện năm 2025 | Tỷ lệ (%) |', '|---|---|---|---|---|', '| 1 | Chi đầu tư phát triển | 2.500.000.000 | 2.417.580.000 | 96,7 |', '| 2 | Chi thường xuyên | 6.100.000.000 | 6.020.000.000 | 98,7 |')).toEqual([]);
  });

  it('reads a subgroup\'s share beside the whole\'s in one sentence as the subgroup, not the row the whole restates', async () => {
    // Hand-checked: the row restates the whole's 98,4%; the 61,3% is the share of those served by piped schemes.
    expect(await found('1. Nước sạch', 'Tỷ lệ hộ dùng nước hợp vệ sinh đạt 98,4%, trong đó tỷ lệ hộ dùng nước hợp vệ sinh từ công trình cấp nước tập trung đạt 61,3%.', 'Bảng 5. Chỉ tiêu nước sạch', ...PLAN, '| 1 | Tỷ lệ hộ dùng nước hợp vệ sinh | % | 98,0 | 98,4 | 100,4 |')).toEqual([]);
  });

  it('reads a member of a whole narrowed by a verb as those the verb reached, not the row of its noun', async () => {
    // Hand-checked: 7 cultural houses were built; 3 of the 21 works accepted are cultural houses, some of the 7.
    expect(await found('1. Xây dựng', '- Đã nghiệm thu, bàn giao 21 công trình, trong đó 14 công trình giao thông, 04 công trình thủy lợi và 03 nhà văn hóa thôn.', 'Bảng 6. Chỉ tiêu xây dựng', ...PLAN, '| 1 | Xây dựng nhà văn hóa thôn | nhà | 8 | 7 | 87,5 |')).toEqual([]);
  });

  it('never matches a row whose label narrows its count by a word the sentence lacks ("mới")', async () => {
    // Hand-checked: 134 new members joined the association; 45 members were admitted to the Party: another count.
    expect(await found('1. Hội Nông dân', 'Hội giới thiệu 60 hội viên ưu tú; đến nay đã có 45 hội viên được kết nạp vào Đảng.', 'Bảng 7. Chỉ tiêu công tác hội', ...PLAN, '| 1 | Kết nạp hội viên mới | hội viên | 120 | 134 | 111,7 |')).toEqual([]);
  });
});
