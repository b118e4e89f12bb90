import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'repeated-value-conflict';
const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nSố: 77/BC-UBND\nPhú Lộc, ngày 15 tháng 12 năm 2025\nBÁO CÁO\nTình hình thực hiện nhiệm vụ năm 2025\nI. KẾT QUẢ\n';
const found = async (...lines: string[]) => (await findingsOf(RULE, HEAD + lines.join('\n') + '\n')).map((f) => [f.data.value, f.data.other].sort());

// Session 36 (speed): whether a paragraph compares, plans or looks back is asked once a document, though the rule passes
// twice over its readings. Sentences written for this test.
describe('repeated-value-conflict: paragraphs restating one another', () => {
  it('warns on the one count two parallel paragraphs state apart, beside a count they state alike', async () => {
    expect(await found(
      '1. Y tế',
      'Trạm y tế khám sàng lọc cho 215 người cao tuổi tại nhà, cấp thuốc điều trị cho 38 người cao tuổi bị tăng huyết áp.',
      '2. Chính sách',
      'Trạm y tế khám sàng lọc cho 215 người cao tuổi tại nhà, cấp thuốc điều trị cho 83 người cao tuổi bị tăng huyết áp.',
    )).toEqual([['38', '83']]);
  });

  it('says nothing when the second paragraph is a plan', async () => {
    expect(await found(
      '1. Y tế',
      'Trạm y tế khám sàng lọc cho 215 người cao tuổi tại nhà, cấp thuốc điều trị cho 38 người cao tuổi bị tăng huyết áp.',
      '2. Chính sách',
      'Kế hoạch năm 2026: trạm y tế khám sàng lọc cho 215 người cao tuổi tại nhà, cấp thuốc điều trị cho 83 người cao tuổi bị tăng huyết áp.',
    )).toEqual([]);
  });
});
