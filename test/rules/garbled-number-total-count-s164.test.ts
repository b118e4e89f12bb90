import { describe, expect, it } from 'vitest';
import { expectNone } from './tester.js';
import { findingsOf } from './audit-helper.js';

const RULE = 'garbled-number';

// Session 32 (holdout164): "tổng số" before a number makes it a count, not an item named by its number.
describe('garbled-number: a broken number after "tổng số"', () => {
  it('reads a count after "tổng số" whose groups are broken', async () => {
    // Hand-checked: "2.7.310" groups 7 alone, no number in either style; "tổng số" counts, it names no item.
    const doc = 'Năm học này toàn huyện có tổng số 2.7.310 học sinh dự thi tuyển sinh.\n';
    expect((await findingsOf(RULE, doc)).map((f) => f.data.raw)).toEqual(['2.7.310']);
  });

  it('still leaves an item named by "số" alone', async () => {
    await expectNone(RULE, 'Trạm bơm số 1.2.3 hộ dùng nước đã sửa xong.\n');
  });
});
