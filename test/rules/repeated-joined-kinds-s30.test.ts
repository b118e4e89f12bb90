import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const conflicts = async (text: string) => (await findingsOf('repeated-value-conflict', text)).map((f) => [f.data.name, ...[f.data.value, f.data.other].sort()]);
const report = (second: string) => ['BÁO CÁO', 'Kết quả năm 2025', '', 'I. CHUNG', 'Huyện có 15 hợp tác xã và 06 tổ hợp tác với 412 thành viên.', '', 'II. KẾT QUẢ', second].join('\n');

// Session 30 (h152): a count of two kinds joined by a comma ("21 hợp tác xã, tổ hợp tác") is their union, not the first kind
// alone. Sentences written for this test.
describe('repeated-value-conflict: a count of two kinds joined by a comma', () => {
  it('never holds the union against a count of the first kind alone', async () => {
    // Hand-checked: 15 cooperatives and 06 cooperative groups make 21; "21/21 hợp tác xã, tổ hợp tác" counts both kinds.
    expect(await conflicts(report('Năm 2025 có 21/21 hợp tác xã, tổ hợp tác ứng dụng chữ ký số.'))).toEqual([]);
  });

  it('reads a second kind followed by its own number as a list of two counts, no union', async () => {
    expect(await conflicts(report('Năm 2025 có 21 hợp tác xã, 06 tổ hợp tác ứng dụng chữ ký số.'))).toEqual([['hợp tác xã', '15', '21']]);
  });
});
