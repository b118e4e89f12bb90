import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 28 (l140): a count of new ones in the text ("kết nạp mới 42 đảng viên") against the table row that counts them
// ("Đảng viên kết nạp mới | người | 18 | 24"): "mới" narrows the text's count only as the row's own "mới" does, and a row
// counted in "người" whose label opens with the text's noun counts that noun. Table and sentences written for this test;
// 42 / 24 swap two neighbouring digits.
const RULE = 'repeated-value-conflict';

const doc = (row: string, sentence: string) => [
  'BÁO CÁO',
  'Kết quả công tác xây dựng Đảng năm 2025',
  'I. KẾT QUẢ',
  '1. Một số chỉ tiêu',
  'Bảng 1. Kết quả công tác xây dựng Đảng năm 2025',
  'Chỉ tiêu\tĐVT\tNăm 2024\tNăm 2025',
  row,
  'Chi bộ hoàn thành tốt nhiệm vụ\tchi bộ\t21\t23',
  '2. Công tác phát triển đảng viên',
  sentence,
].join('\n') + '\n';
const run = async (row: string, sentence: string) => (await findingsOf(RULE, doc(row, sentence))).map((f) => [f.severity, f.data.value, f.data.other]);

const SENTENCE = 'Trong năm, Đảng bộ đã kết nạp mới 42 đảng viên, chủ yếu là đoàn viên thanh niên và người lao động tại các doanh nghiệp.';

describe('repeated-value-conflict: new ones counted in the text and in their row', () => {
  it('flags the swap against a row of new ones counted in "người"', async () => {
    expect(await run('Đảng viên kết nạp mới\tngười\t18\t24', SENTENCE)).toEqual([['error', '42', '24']]);
  });
  it('flags the swap against a row of new ones counted in the same noun', async () => {
    expect(await run('Đảng viên kết nạp mới\tđảng viên\t18\t24', SENTENCE)).toEqual([['error', '42', '24']]);
  });
  it('says nothing when the row restates it right', async () => {
    expect(await run('Đảng viên kết nạp mới\tngười\t18\t24', SENTENCE.replace('42', '24'))).toEqual([]);
  });
  it('reads no new ones against a row not of new ones, nor a row of people its label does not name by the noun', async () => {
    expect(await run('Đảng viên kết nạp\tngười\t18\t24', SENTENCE)).toEqual([]);
    expect(await run('Người được kết nạp mới\tngười\t18\t24', SENTENCE)).toEqual([]);
  });
});
