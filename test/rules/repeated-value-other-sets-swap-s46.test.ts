import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 46 (h207): two counts whose digits are a swap of each other (253 / 235), each some of a set its own sentence states
// first (of 275 households registered; of 240 households eligible), are two groups, not one count mistyped. Sentences written
// for this test.
const report = (later: string) =>
  [
    '1. Tín dụng chính sách',
    'a) Cho vay hộ nghèo',
    '+ Năm 2025, tổng số hộ đăng ký vay vốn là 275 hộ, đạt 98,2% kế hoạch.\n+ Trong 275 hộ đăng ký có 253 hộ vay tại Ngân hàng Chính sách xã hội huyện và 22 hộ vay tại Quỹ tín dụng nhân dân.',
    'b) Giải ngân vốn vay',
    later,
    '',
  ].join('\n\n');

describe('repeated-value-conflict: a digit swap between counts of two different stated sets', () => {
  it('stays silent when each count is some of another set its sentence states', async () => {
    const text = report('+ Số hộ đủ điều kiện là 240 hộ, số hộ được giải ngân vốn vay ưu đãi là 235 hộ, đạt 97,9%.');
    expect(await findingsOf('repeated-value-conflict', text)).toEqual([]);
  });

  it('still holds the swap against the same count stated with no set of its own', async () => {
    const text = report('+ Có 235 hộ vay tại Ngân hàng Chính sách xã hội huyện, dư nợ bình quân 48 triệu đồng/hộ.');
    const found = await findingsOf('repeated-value-conflict', text);
    expect(found.map((f) => [f.data.value, f.data.other].sort())).toEqual([['235', '253']]);
  });
});
