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

describe('repeated-value-conflict: "Còn N X … đang …" under a shortcomings title is still a remainder of the workload', () => {
  it('does not hold the files still in hand against the whole workload', async () => {
    // Hand-checked: 240 files to settle, 171 settled, 52 still being settled, 17 returned (171 + 52 + 17 = 240); the 52
    // restated in the shortcomings part are those in hand, no second value of the 240.
    const text = report(
      'I. KẾT QUẢ THỰC HIỆN', 'Tổng số hồ sơ đăng ký biến động đất đai phải giải quyết là 240 hồ sơ.',
      'Kết quả: đã giải quyết 171 hồ sơ; đang giải quyết 52 hồ sơ; trả lại 17 hồ sơ.',
      'II. ĐÁNH GIÁ CHUNG', '1. Tồn tại, hạn chế', 'Còn 52 hồ sơ đăng ký biến động đất đai đang giải quyết, chủ yếu do chưa đo đạc lại ranh giới.',
    );
    expect(await pairs(text)).toEqual([]);
    const tasks = report(
      'I. KẾT QUẢ THỰC HIỆN', 'Tổng số vụ việc hòa giải phải thụ lý là 64 vụ việc.', 'Đã hòa giải thành 50 vụ việc.',
      'II. ĐÁNH GIÁ', '2. Khó khăn, vướng mắc', '- Vẫn còn 14 vụ việc hòa giải tiếp tục xác minh, do các bên chưa hợp tác.',
    );
    expect(await pairs(tasks)).toEqual([]);
  });
});
