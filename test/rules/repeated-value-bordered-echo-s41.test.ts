import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'repeated-value-conflict';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';
const values = (f: { data: Record<string, unknown> }) => [f.data.value, f.data.other].map(String).sort();

// A bordered table whose total row adds up: 590 + 595 + 598 = 1 783 vaccinated, 500 + 505 + 507 = 1 512 boosters,
// 600 + 600 + 604 = 1 804 head of cattle (checked by hand).
const HERD_TABLE = [
  '| STT | Thôn | Tổng đàn gia súc | Tiêm phòng định kỳ | Tỷ lệ tiêm (%) | Tiêm nhắc lại đúng lịch |',
  '|---|---|---|---|---|---|',
  '| 1 | Thôn Đông | 600 | 590 | 98,3 | 500 |',
  '| 2 | Thôn Tây | 600 | 595 | 99,2 | 505 |',
  '| 3 | Thôn Nam | 604 | 598 | 99,0 | 507 |',
  '| | Tổng cộng | 1 804 | 1 783 | 98,8 | 1 512 |',
].join('\n');

describe('repeated-value-conflict: a sentence against a bordered table that adds up', () => {
  it('holds a count against the total row another share of its sentence restates by its numerator', async () => {
    // 1 738 in the text, 1 783 in the total row (two digits swapped); "1 512/1 804" restates the booster and herd cells.
    const text = report(
      'BÁO CÁO KẾT QUẢ CÔNG TÁC THÚ Y NĂM 2024',
      'I. KẾT QUẢ',
      'Năm 2024, trạm thú y tiêm phòng định kỳ 1 738 con gia súc; tiêm nhắc lại đúng lịch 1 512/1 804 con, đạt 83,8%. Kết quả theo thôn:',
      HERD_TABLE,
    );
    const found = await findingsOf(RULE, text);
    expect(found).toHaveLength(1);
    expect(values(found[0])).toEqual(['1 738', '1 783']);
  });

  it('stays silent when the sentence states the total row as it is', async () => {
    const text = report(
      'BÁO CÁO KẾT QUẢ CÔNG TÁC THÚ Y NĂM 2024',
      'I. KẾT QUẢ',
      'Năm 2024, trạm thú y tiêm phòng định kỳ 1 783 con gia súc; tiêm nhắc lại đúng lịch 1 512/1 804 con, đạt 83,8%. Kết quả theo thôn:',
      HERD_TABLE,
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  // 1 275 + 648 + 217 = 2 140 people on monthly allowances; 2 140 + 86 = 2 226 in all (checked by hand).
  const ALLOWANCE_TABLE = [
    '| STT | Nội dung | Số người | Số tiền (triệu đồng) |',
    '|---|---|---|---|',
    '| 1 | Trợ cấp xã hội hằng tháng | 2.140 | 15.300 |',
    '| 1.1 | Người cao tuổi | 1.275 | 9.100 |',
    '| 1.2 | Người khuyết tật | 648 | 4.700 |',
    '| 1.3 | Trẻ em mồ côi | 217 | 1.500 |',
    '| 2 | Hỗ trợ mai táng phí | 86 | 1.548 |',
    '| | Tổng cộng | 2.226 | 16.848 |',
  ].join('\n');

  it('holds a count against the member row its words name, one slip of the digits apart, when the group adds up', async () => {
    // 1.257 in the text, 1.275 in the row "Người cao tuổi" (two digits swapped).
    const text = report(
      'BÁO CÁO CÔNG TÁC BẢO TRỢ XÃ HỘI NĂM 2024',
      'I. KẾT QUẢ',
      'Năm 2024, xã tiếp nhận 312 hồ sơ đề nghị trợ cấp. Số người cao tuổi hưởng trợ cấp hằng tháng trên địa bàn là 1.257 người.',
      'Bảng 1. Chi trả trợ cấp năm 2024',
      ALLOWANCE_TABLE,
    );
    const found = await findingsOf(RULE, text);
    expect(found).toHaveLength(1);
    expect(values(found[0])).toEqual(['1.257', '1.275']);
  });

  it('never holds a count of another group against that row', async () => {
    const text = report(
      'BÁO CÁO CÔNG TÁC BẢO TRỢ XÃ HỘI NĂM 2024',
      'I. KẾT QUẢ',
      'Năm 2024, xã tiếp nhận 312 hồ sơ đề nghị trợ cấp. Số người được khám sức khỏe định kỳ trên địa bàn là 1.257 người.',
      'Bảng 1. Chi trả trợ cấp năm 2024',
      ALLOWANCE_TABLE,
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });
});
