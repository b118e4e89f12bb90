import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const found = async (text: string) => (await findingsOf('list-count-mismatch', text + '\n')).map((f) => [f.data.count, f.data.listed]);

describe('list-count-mismatch: a programme known by its number inside a described item (session 28, s148)', () => {
  it('reads "Chương trình 135", "Đề án 06" as words of the item, no figure', async () => {
    // Hand-checked: four topics, parted by semicolons; the count says 05.
    const text = 'Hội nông dân xã tổ chức 05 buổi sinh hoạt chuyên đề: vốn vay Chương trình 135; kỹ thuật ủ phân hữu cơ; phòng, chống cháy rừng; ứng dụng Đề án 06 trong giao dịch.';
    expect(await found(text)).toEqual([[5, 4]]);
    expect(await found(text.replace('05 buổi', '04 buổi'))).toEqual([]);
  });
  it('still leaves an item holding a count unread', async () => {
    expect(await found('Hội nông dân xã tổ chức 05 buổi sinh hoạt chuyên đề: vốn vay cho 135 hộ; kỹ thuật ủ phân hữu cơ; phòng, chống cháy rừng; chuyển đổi số.')).toEqual([]);
  });
});
