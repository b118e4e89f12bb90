import { describe, it } from 'vitest';
import { expectNone } from './tester.js';

// A money column ("Tiền phạt (triệu đồng)") measures no counted noun: its cell 2.536,0 is never the same quantity as
// "2.563 trường hợp vi phạm", however close the digits (found at the merge of the twenty-eighth session).
describe('repeated-value-conflict: a digit swap never pairs a count with a cell of a money column (s28)', () => {
  it('says nothing of a count and a fine in triệu đồng on the same row word', async () => {
    const text = [
      'BÁO CÁO Kết quả kiểm soát tải trọng xe năm 2025',
      '1. Kết quả',
      'Kiểm tra, lập biên bản 2.563 trường hợp vi phạm, đã ra quyết định xử phạt 2.500 trường hợp.',
      'Bảng 1. Kết quả xử phạt theo lỗi',
      'STT\tLỗi vi phạm\tSố trường hợp\tTiền phạt (triệu đồng)',
      '1\tVi phạm quá tải trọng\t140\t2.536,0',
      '2\tVi phạm khổ giới hạn\t95\t380,0',
      '',
    ].join('\n');
    await expectNone('repeated-value-conflict', text);
  });
});
