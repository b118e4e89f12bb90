import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A claim that every member of a table passes a rate, against the table of those members (src/extract/claims-table-threshold.ts).
const RULE = 'claim-mismatch';
const run = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'targetMismatch');

// Hand-checked: Thôn Bắc reads 88,0 (44/50), below 90; the other rows are above it.
const villages = (bac: string) => [
  'Bảng 2. Tỷ lệ hộ sử dụng nước sạch theo thôn năm 2025',
  'Thôn\tSố hộ\tHộ dùng nước sạch\tTỷ lệ (%)',
  'Thôn Đông\t120\t114\t95,0',
  `Thôn Bắc\t50\t44\t${bac}`,
  'Thôn Nam\t80\t76\t95,0',
  'Toàn xã\t250\t234\t93,6',
].join('\n');
const HEAD = 'I. KẾT QUẢ\n';

describe('claim-mismatch: every member claimed above a rate, against the table of those members', () => {
  it('flags "tất cả (N) <noun> đều đạt (<measure>) trên X%" when a row of the table is below it', async () => {
    const f = await run(`${HEAD}${villages('88,0')}\nII. ĐÁNH GIÁ\nNăm 2025 tất cả 3 thôn đều đạt tỷ lệ hộ sử dụng nước sạch trên 90%.`);
    expect(f.map((x) => [x.data.value, x.data.target])).toEqual([[88, 90]]);
    // "từ X%" is met at X itself; "trên X%" is not.
    expect(await run(`${HEAD}${villages('90,0')}\nII. ĐÁNH GIÁ\nTất cả các thôn đều đạt tỷ lệ nước sạch từ 90% trở lên.`)).toEqual([]);
    expect((await run(`${HEAD}${villages('90,0')}\nII. ĐÁNH GIÁ\nTất cả các thôn đều đạt tỷ lệ nước sạch trên 90%.`)).map((x) => x.data.value)).toEqual([90]);
  });

  it('stays silent when every row passes, the count differs, the topic is not the table\'s, or the claim is partial', async () => {
    expect(await run(`${HEAD}${villages('92,0')}\nII. ĐÁNH GIÁ\nTất cả các thôn đều đạt tỷ lệ hộ sử dụng nước sạch trên 90%.`)).toEqual([]);
    // Four villages claimed, three in the table: another list.
    expect(await run(`${HEAD}${villages('88,0')}\nII. ĐÁNH GIÁ\nTất cả 4 thôn đều đạt tỷ lệ hộ sử dụng nước sạch trên 90%.`)).toEqual([]);
    // Another topic (electricity), under the same "Thôn" header.
    expect(await run(`${HEAD}${villages('88,0')}\nII. ĐÁNH GIÁ\nTất cả các thôn đều đạt tỷ lệ hộ dùng điện lưới trên 90%.`)).toEqual([]);
    // The rest only, or a plan.
    expect(await run(`${HEAD}${villages('88,0')}\nII. ĐÁNH GIÁ\nCác thôn còn lại đều đạt trên 90%; tất cả các thôn còn lại đều đạt tỷ lệ nước sạch trên 90%.`)).toEqual([]);
    expect(await run(`${HEAD}${villages('88,0')}\nIII. PHƯƠNG HƯỚNG\nPhấn đấu tất cả các thôn đều đạt tỷ lệ hộ sử dụng nước sạch trên 90%.`)).toEqual([]);
  });
});
