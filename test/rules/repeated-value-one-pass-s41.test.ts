import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 41 runs the rule's second pass (bordered cells in) only when a block is bordered (the bordered case stays pinned
// by repeated-value-bordered-cells-s31.test.ts): these pin what the single pass says.
const RULE = 'repeated-value-conflict';
const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ BÌNH AN\nSố: 17/BC-UBND\nBình An, ngày 15 tháng 12 năm 2025\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\nI. KẾT QUẢ\n';
const found = async (...lines: string[]) => (await findingsOf(RULE, HEAD + lines.join('\n') + '\n')).map((f) => [f.data.value, f.data.other].sort());

describe('repeated-value-conflict: one pass where no table is written between bars (session 41)', () => {
  it('still holds two sentences stating one count at two values when no block is bordered', async () => {
    // Hand-checked: the same bulleted count, 23 then 32 libraries: one statement is wrong.
    expect(await found('1. Văn hóa', '- Số thư viện cộng đồng đã xây dựng: 23.', '', 'Các thư viện mở cửa hằng ngày, phục vụ bạn đọc.', '', '- Số thư viện cộng đồng đã xây dựng: 32.'))
      .toEqual([['23', '32']]);
  });

  it('stays silent when the two sentences state the same value', async () => {
    expect(await found('1. Văn hóa', '- Số thư viện cộng đồng đã xây dựng: 23.', '', 'Các thư viện mở cửa hằng ngày, phục vụ bạn đọc.', '', '- Số thư viện cộng đồng đã xây dựng: 23.'))
      .toEqual([]);
  });
});
