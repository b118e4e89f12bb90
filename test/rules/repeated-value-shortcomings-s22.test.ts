import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'repeated-value-conflict';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';
const pairs = async (text: string) => (await findingsOf(RULE, text)).map((x) => [x.data.value, x.data.other].sort());

describe('repeated-value-conflict: "Vẫn còn N X" opening a statement under a shortcomings title restates the count of X', () => {
  const text = (title: string, line: string) => report(
    'I. KẾT QUẢ THỰC HIỆN', '- Toàn xã có 34 hộ gia đình chưa có nhà tiêu hợp vệ sinh, giảm so với năm trước.',
    'Công tác vận động được duy trì thường xuyên.', 'II. ĐÁNH GIÁ CHUNG', title, line,
  );

  it('flags the count stated again at another value in the shortcomings part', async () => {
    // Hand-checked: section I gives 34 households, the shortcomings 43: one quantity, two values.
    expect(await pairs(text('1. Khó khăn, hạn chế', '- Vẫn còn 43 hộ gia đình chưa có nhà tiêu hợp vệ sinh, chủ yếu ở vùng ven sông.'))).toEqual([['34', '43']]);
    expect(await pairs(text('1. Khó khăn, hạn chế', '- Vẫn còn 34 hộ gia đình chưa có nhà tiêu hợp vệ sinh, chủ yếu ở vùng ven sông.'))).toEqual([]);
  });

  it('keeps "còn" a remainder elsewhere, or after another figure of the statement', async () => {
    expect(await pairs(text('1. Kết quả khác', '- Vẫn còn 43 hộ gia đình chưa có nhà tiêu hợp vệ sinh, chủ yếu ở vùng ven sông.'))).toEqual([]);
    expect(await pairs(text('1. Khó khăn, hạn chế', '- Đã vận động 12 hộ xây mới, còn 43 hộ gia đình chưa có nhà tiêu hợp vệ sinh.'))).toEqual([]);
  });
});
