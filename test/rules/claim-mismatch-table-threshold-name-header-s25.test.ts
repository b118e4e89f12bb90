import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 25 (holdout133): a table whose label column is headed "Tên <noun>" is the table of that noun's members
// (src/extract/claims-table-threshold.ts). Table and claims written for this test.
const RULE = 'claim-mismatch';
const run = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'targetMismatch').map((f) => [f.data.value, f.data.target]);

// Hand-checked: HTX Đồng Tâm reads 78,5, below 80; the other two rows are above it.
const table = (header: string) => [
  'I. KẾT QUẢ',
  'Bảng 1. Kết quả tiêu thụ sản phẩm của hợp tác xã năm 2025',
  `${header}\tSản lượng (tấn)\tTỷ lệ tiêu thụ (%)`,
  'HTX Đồng Tâm\t120\t78,5',
  'HTX Tân Tiến\t95\t86,0',
  'HTX Hòa Bình\t60\t91,2',
  'II. ĐÁNH GIÁ',
].join('\n');

describe('claim-mismatch: every member claimed above a rate, the table headed "Tên <noun>" (s25)', () => {
  it('flags the row below the rate when the label column is headed by "Tên" and the noun', async () => {
    expect(await run(`${table('Tên hợp tác xã')}\nTất cả 03 hợp tác xã đều đạt tỷ lệ tiêu thụ trên 80%.`)).toEqual([[78.5, 80]]);
  });
  it('stays silent when the noun after "Tên" is another', async () => {
    expect(await run(`${table('Tên tổ hợp tác')}\nTất cả 03 hợp tác xã đều đạt tỷ lệ tiêu thụ trên 80%.`)).toEqual([]);
    expect(await run(`${table('Tên hợp tác xã')}\nTất cả 03 hợp tác xã đều đạt tỷ lệ tiêu thụ trên 75%.`)).toEqual([]);
  });
});
