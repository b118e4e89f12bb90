import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'garbled-number';

// Session 25 (holdout125): a doubled mark before a span of time. Sentences written for this test.
describe('garbled-number: a doubled mark before a span of time', () => {
  it('reads "2,,5 giờ" and "1..5 năm" as broken numbers', async () => {
    const [f, ...rest] = await findingsOf(RULE, 'Nhà văn hóa mở cửa trung bình 2,,5 giờ mỗi buổi tối.\n');
    expect(rest).toEqual([]);
    expect(f.messageId).toBe('malformedNumber');
    expect(f.data).toMatchObject({ raw: '2,,5', unit: 'giờ' });
    expect((await findingsOf(RULE, 'Thời gian hoàn vốn dự kiến 1..5 năm.\n')).map((x) => x.data.raw)).toEqual(['1..5']);
  });

  it('leaves a time of day and a well-formed duration alone', async () => {
    expect(await findingsOf(RULE, 'Lễ khai mạc bắt đầu lúc 7.30 giờ sáng.\n')).toEqual([]);
    expect(await findingsOf(RULE, 'Nhà văn hóa mở cửa trung bình 2,5 giờ mỗi buổi tối.\n')).toEqual([]);
  });
});
