import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'repeated-value-conflict';
const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ TÂN HƯNG\nSố: 52/BC-UBND\nTân Hưng, ngày 18 tháng 12 năm 2025\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\nI. KẾT QUẢ\n';
const found = async (...lines: string[]) => (await findingsOf(RULE, HEAD + lines.join('\n') + '\n')).map((f) => [f.data.value, f.data.other].sort());
const PLAN = ['| STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Thực hiện năm 2025 | Tỷ lệ (%) |', '|---|---|---|---|---|---|'];
const SCHOOLS = ['Quy mô từng trường:', '| STT | Tên trường | Học sinh | Số lớp |', '|---|---|---|---|', '| 1 | Trường Tiểu học Kim Đồng | 318 | 11 |', '| 2 | Trường Tiểu học Võ Thị Sáu | 624 | 20 |'];

describe('repeated-value-conflict: a figure of one body a table names is not the whole (session 32)', () => {
  it('reads "<named school> có N học sinh" as that school\'s, never the row of all pupils', async () => {
    // Hand-checked: 318 + 624 = 942 pupils in all (the indicator row); 318 is Kim Đồng's own, stated in its row too.
    expect(await found('1. Giáo dục', 'Trường Tiểu học Kim Đồng hiện có 318 học sinh, được công nhận đạt chuẩn quốc gia mức độ 1.', ...SCHOOLS,
      'Bảng 2. Chỉ tiêu giáo dục', ...PLAN, '| 1 | Học sinh tiểu học | học sinh | 930 | 942 | 101,3 |')).toEqual([]);
    // Control: the whole commune's count stated against the same row still differs from it.
    expect(await found('1. Giáo dục', 'Toàn xã hiện có 924 học sinh tiểu học, được công nhận đạt chuẩn quốc gia mức độ 1.', ...SCHOOLS,
      'Bảng 2. Chỉ tiêu giáo dục', ...PLAN, '| 1 | Học sinh tiểu học | học sinh | 930 | 942 | 101,3 |')).toEqual([['924', '942']]);
  });

  it('reads an item of a list of named bodies as that body\'s area, never the row of the whole area', async () => {
    // Hand-checked: 14 + 9 = 23 ha by the two groups, the row's 31 ha is the whole commune's (other growers too).
    expect(await found('1. Nông nghiệp', 'Có 02 tổ hợp tác sản xuất rau an toàn, gồm: THT rau Bình An trồng rau an toàn trên diện tích 14 ha; THT rau Phú Mỹ trồng rau an toàn trên diện tích 9 ha.',
      'Danh sách tổ hợp tác:', '| STT | Tên tổ hợp tác | Thành viên (người) |', '|---|---|---|', '| 1 | THT rau Bình An | 17 |', '| 2 | THT rau Phú Mỹ | 12 |',
      'Bảng 2. Chỉ tiêu nông nghiệp', ...PLAN, '| 1 | Diện tích trồng rau an toàn | ha | 30 | 31 | 103,3 |')).toEqual([]);
  });

  it('reads a column counting a noun of its own ("Số đoàn viên") under a kind column ("Loại chi đoàn") as that noun', async () => {
    // Hand-checked: the sentence counts youth branches (07, 06); the first table counts their members (215, 78): no restatement.
    expect(await found('1. Đoàn thanh niên', 'Toàn xã có 13 chi đoàn, gồm 07 chi đoàn khu phố và 06 chi đoàn cơ quan.',
      '| STT | Loại chi đoàn | Số đoàn viên |', '|---|---|---|', '| 1 | Chi đoàn khu phố | 215 |', '| 2 | Chi đoàn cơ quan | 78 |',
      '| STT | Loại chi đoàn | Vững mạnh |', '|---|---|---|', '| 3 | Chi đoàn khu phố | 5 |', '| 4 | Chi đoàn cơ quan | 6 |')).toEqual([]);
  });
});
