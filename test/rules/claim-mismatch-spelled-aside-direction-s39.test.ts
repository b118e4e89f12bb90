import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A count whose value is spelled out in a bracket right after it ("07 (bảy) hộ …") keeps its noun and its earlier value
// for the direction claims (src/extract/claims-prior-direction.ts, claims-own-direction.ts; unspelled() in read-spelled.ts).
const seen = async (text: string) => (await findingsOf('claim-mismatch', text))
  .filter((f) => f.messageId === 'directionMismatch')
  .map((f) => [f.data.verb, f.data.base, f.data.value]);

const report = (result: string, assessment: string) => `I. KẾT QUẢ\n${result}\nII. ĐÁNH GIÁ\n${assessment}\n`;

describe('claim-mismatch: a way of change against a count spelled out in brackets', () => {
  it('flags "Số … giảm so với cùng kỳ" against a count written "07 (bảy)" with its earlier value', async () => {
    expect(await seen(report(
      'Trong quý, xảy ra 07 (bảy) vụ ngộ độc thực phẩm tập thể (cùng kỳ năm 2024: 03 vụ), làm 86 người phải nhập viện.',
      'Công tác an toàn thực phẩm được quan tâm: kiểm tra 140 cơ sở; số vụ ngộ độc thực phẩm tập thể giảm so với cùng kỳ; không có trường hợp tử vong.',
    ))).toEqual([['giảm', 3, 7]]);
  });
  it('flags ", tăng so với … (<base>)" right after a count written "26 (hai mươi sáu)"', async () => {
    expect(await seen(report('- Hòa giải thành 26 (hai mươi sáu) vụ việc dân sự, tăng so với năm 2024 (31 vụ việc).', 'Kết quả khá.'))).toEqual([['tăng', 31, 26]]);
  });
  it('stays silent on a true way and on a bracket that spells another value or is no number', async () => {
    expect(await seen(report(
      'Trong quý, xảy ra 07 (bảy) vụ ngộ độc thực phẩm tập thể (cùng kỳ năm 2024: 09 vụ), làm 86 người phải nhập viện.',
      'Công tác an toàn thực phẩm được quan tâm: kiểm tra 140 cơ sở; số vụ ngộ độc thực phẩm tập thể giảm so với cùng kỳ; không có trường hợp tử vong.',
    ))).toEqual([]);
    expect(await seen(report('- Hòa giải thành 26 (hai mươi tám) vụ việc dân sự, tăng so với năm 2024 (31 vụ việc).', 'Kết quả khá.'))).toEqual([]);
    expect(await seen(report('- Hòa giải thành 26 (chủ yếu tranh chấp) vụ việc dân sự, tăng so với năm 2024 (31 vụ việc).', 'Kết quả khá.'))).toEqual([]);
  });
});
