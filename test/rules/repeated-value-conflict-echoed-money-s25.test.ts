import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 25 (holdout133): two amounts of one head ("tiền phạt") described otherwise, two neighbouring digits swapped, in two
// paragraphs that state another count at one value ("24 vụ vi phạm" in both). Sentences written for this test.
const RULE = 'repeated-value-conflict';

// Hand-checked: 157,4 and 175,4 swap the neighbouring "5" and "7"; both paragraphs handled 24 violations.
const doc = (summary: string) => [
  'BÁO CÁO',
  'Kết quả quản lý thị trường năm 2025',
  'I. KẾT QUẢ',
  'Trong năm, Đội kiểm tra liên ngành kiểm tra 120 cơ sở kinh doanh, xử lý 24 vụ vi phạm. Tổng số tiền phạt vi phạm hành chính là 157,4 triệu đồng, tăng 12,0% so với năm 2024.',
  'II. ĐÁNH GIÁ',
  summary,
].join('\n') + '\n';
const run = async (summary: string) => (await findingsOf(RULE, doc(summary))).map((f) => [f.severity, f.data.value, f.data.other]);

describe('repeated-value-conflict: an amount summed up again in a paragraph restating another count (s25)', () => {
  it('warns on a swap of two digits when the other paragraph restates a count', async () => {
    expect(await run('Công tác kiểm tra được tăng cường, trong năm đã xử lý 24 vụ vi phạm, tổng số tiền phạt nộp ngân sách 175,4 triệu đồng.'))
      .toEqual([['warning', '157,4 triệu đồng', '175,4 triệu đồng']]);
  });
  it('stays silent with no count restated, or with the amount restated right', async () => {
    expect(await run('Công tác kiểm tra được tăng cường, tổng số tiền phạt nộp ngân sách 175,4 triệu đồng.')).toEqual([]);
    expect(await run('Công tác kiểm tra được tăng cường, trong năm đã xử lý 24 vụ vi phạm, tổng số tiền phạt nộp ngân sách 157,4 triệu đồng.')).toEqual([]);
  });
});
