import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A linked bundle of procedures ("liên thông A, B, C … N trường hợp") counts cases that each went through A, so N is at most
// A's own count stated elsewhere (src/extract/claims-linked.ts).
const seen = async (text: string) => (await findingsOf('part-exceeds-whole', `${text}\n`)).map((f) => [f.messageId, f.data.part, f.data.whole]);

// Hand-checked: 215 linked birth cases cannot exceed the 198 births registered; 176 can.
const report = (linked: string, births = '198') => [
  'II. KẾT QUẢ THỰC HIỆN',
  `1. Hộ tịch: đăng ký khai sinh ${births} trường hợp; đăng ký kết hôn 64 cặp.`,
  `2. Cải cách hành chính: xã thực hiện liên thông các thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho ${linked} trường hợp, rút ngắn thời gian đi lại của người dân.`,
].join('\n');

describe('part-exceeds-whole: a linked-procedure bundle against its first procedure\'s own count (s43)', () => {
  it('flags a bundle count larger than the count of the procedure it opens with', async () => {
    expect(await seen(report('215'))).toEqual([['partExceedsWhole', 215, 198]]);
  });

  it('stays silent on a bundle count within it, on two differing own counts, and on no own count', async () => {
    expect(await seen(report('176'))).toEqual([]);
    // Two values written for the procedure (198 and 230): which is the whole is unsure.
    expect(await seen(`${report('215')}\n3. Lũy kế cả năm: đăng ký khai sinh 230 trường hợp.`)).toEqual([]);
    // The procedure's count is not written on its own (only inside a longer phrase).
    expect(await seen(report('215').replace('đăng ký khai sinh 198', 'đăng ký khai sinh đúng hạn 198'))).toEqual([]);
  });
});
