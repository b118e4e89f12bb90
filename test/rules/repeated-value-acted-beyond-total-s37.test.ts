import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 37 (h186): an action cannot reach more of a group than the total the report states of it. Sentences written for
// this test.
const RULE = 'repeated-value-conflict';
const values = async (last: string) => (await findingsOf(RULE, [
  'ỦY BAN NHÂN DÂN',
  'XÃ HƯNG LỘC',
  'BÁO CÁO',
  'Kết quả công tác 6 tháng đầu năm 2025',
  'I. KẾT QUẢ',
  '1. Công tác di dời, tái định cư',
  '1.1. Dự án kè chống sạt lở bờ sông Lam',
  'Tổng số hộ phải di dời 57 hộ, trong đó 12 hộ nghèo. Đã bàn giao 4,2 ha mặt bằng cho chủ đầu tư.',
  '1.2. Công tác khác',
  'Tổ chức 03 hội nghị tuyên truyền chính sách đất đai.',
  'II. ĐÁNH GIÁ CHUNG',
  last,
].join('\n') + '\n')).map((f) => [f.data.value, f.data.other].sort());

describe('repeated-value-conflict: an action reaching more of a group than its stated total (s37)', () => {
  it('tells an acted count of the very noun phrase, of the project the total\'s heading names, larger than the total', async () => {
    expect(await values('Công tác vận động được triển khai tích cực; đã hỗ trợ 61 hộ phải di dời của dự án kè chống sạt lở ổn định chỗ ở.'))
      .toEqual([['57', '61']]);
  });

  it('leaves a smaller acted count, another project, another noun phrase and a plan apart', async () => {
    expect(await values('Công tác vận động được triển khai tích cực; đã hỗ trợ 52 hộ phải di dời của dự án kè chống sạt lở ổn định chỗ ở.')).toEqual([]);
    expect(await values('Công tác vận động được triển khai tích cực; đã hỗ trợ 61 hộ phải di dời của dự án cầu Khe Lim ổn định chỗ ở.')).toEqual([]);
    expect(await values('Công tác vận động được triển khai tích cực; đã hỗ trợ 61 hộ nghèo phải di dời của dự án kè chống sạt lở.')).toEqual([]);
    expect(await values('Phấn đấu năm 2026 hỗ trợ 61 hộ phải di dời của dự án kè chống sạt lở ổn định chỗ ở.')).toEqual([]);
  });
});
