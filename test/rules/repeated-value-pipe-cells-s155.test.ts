import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'repeated-value-conflict';
const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ PHÚ XUÂN\nSố: 30/BC-UBND\nPhú Xuân, ngày 15 tháng 12 năm 2025\nBÁO CÁO\nKết quả công tác năm 2025\nI. KẾT QUẢ\n';
const found = async (text: string) => (await findingsOf(RULE, HEAD + text + '\n')).map((f) => [f.data.value, f.data.other]);

describe('repeated-value-conflict: a table written as text with bars names no cell by another (session 30, s155)', () => {
  it('reads no noun across a bar', async () => {
    // The row numbers (2, 3) and the counts of another table are no restatement of the prose's counts.
    const text = [
      'Toàn xã có 9 chi hội, gồm 05 chi hội nông dân thôn và 04 chi hội nghề nghiệp.',
      '| STT | Loại chi hội | Số hội viên |',
      '|---|---|---|',
      '| 1 | Chi hội nông dân thôn | 412 |',
      '| 2 | Chi hội nghề nghiệp | 86 |',
      '| STT | Loại chi hội | Xếp loại tốt |',
      '|---|---|---|',
      '| 3 | Chi hội nông dân thôn | 3 |',
      '| 4 | Chi hội nghề nghiệp | 2 |',
    ].join('\n');
    expect(await found(text)).toEqual([]);
  });
});
