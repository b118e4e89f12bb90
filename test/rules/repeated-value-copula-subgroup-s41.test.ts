import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'repeated-value-conflict';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';

describe('repeated-value-conflict: a copula after the counted noun names a subgroup', () => {
  it('never holds "85 học sinh tiểu học là con hộ nghèo" against all 640 pupils', async () => {
    // Hand-checked: 640 pupils in all (330 + 310); 85 of them are children of poor households, a subgroup, no restatement.
    const text = report(
      'I. KẾT QUẢ',
      'Năm học này toàn xã có 640 học sinh tiểu học, gồm 330 em nam và 310 em nữ.',
      'Công tác hỗ trợ được quan tâm thường xuyên.',
      'Có 85 học sinh tiểu học là con hộ nghèo, được miễn học phí theo quy định.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  it('still flags the same subgroup stated twice with two values', async () => {
    // Hand-checked: the children of poor households are 85 in one place and 58 in the other.
    const text = report(
      'I. KẾT QUẢ',
      'Có 85 học sinh tiểu học là con hộ nghèo, được miễn học phí theo quy định.',
      'Công tác hỗ trợ được quan tâm thường xuyên.',
      'II. ĐÁNH GIÁ',
      'Có 58 học sinh tiểu học là con hộ nghèo, được miễn học phí theo quy định.',
    );
    const found = await findingsOf(RULE, text);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('85');
    expect(found[0].message).toContain('58');
  });
});
