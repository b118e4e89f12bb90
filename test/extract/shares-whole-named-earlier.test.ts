import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rules/audit-helper.js';

// A share "… X% tổng số <name>" whose whole was stated paragraphs before with those words (earlierNamedWhole).
const mismatches = async (text: string) => (await findingsOf('percent-mismatch', text)).map((f) => [f.data.num, f.data.den]);

describe('a share of a total named by words, its whole stated paragraphs before', () => {
  it('reads a part told with its own deed and handed over with "đạt … tổng số"', async () => {
    // Hand-checked: 171/190 = 90,0%, not 93,0%.
    const text = (rate: string) => 'BÁO CÁO\nI. KẾT QUẢ\n- Trong năm có 190 trẻ sinh ra, 12 người chết.\n'
      + `- Có 171 trẻ sơ sinh được tiêm vắc xin viêm gan B sơ sinh, đạt ${rate}% tổng số trẻ sinh ra.\n`;
    expect(await mismatches(text('93,0'))).toEqual([[171, 190]]);
    expect(await mismatches(text('90,0'))).toEqual([]);
  });

  it('reads a whole placed only in the report\'s own period ("lũy kế 6 tháng", a cut-off inside the period)', async () => {
    // Hand-checked: 96/412 = 23,3%, not 26,3%; the 380 at the end of last year is another period's count.
    const text = 'UBND XÃ AN PHÚ\nBÁO CÁO\nKết quả 6 tháng đầu năm 2025\nI. KẾT QUẢ\n'
      + '- Số người tham gia đến ngày 31/12/2024 là 380 người.\n- Số người tham gia bảo hiểm đến ngày 31/5/2025 là 412 người.\n'
      + '- Người tham gia là nữ có 96 người, chiếm 26,3% tổng số người tham gia bảo hiểm.\n';
    expect(await mismatches(text)).toEqual([[96, 412]]);
    const cumulative = 'BÁO CÁO\nI. KẾT QUẢ\n- Kế hoạch năm đào tạo 900 người; lũy kế 6 tháng tuyển sinh 640 người.\n'
      + '- Học viên nữ 301 người, chiếm 49,0% tổng số người tuyển sinh.\n';
    // Hand-checked: 301/640 = 47,0%.
    expect(await mismatches(cumulative)).toEqual([[301, 640]]);
  });
});
