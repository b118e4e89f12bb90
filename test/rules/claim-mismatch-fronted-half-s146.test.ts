import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A half whose base opens its own statement ("So với năm 2024 (N …), số X … giảm hơn một nửa"), the value now told in the
// sentence before it in the paragraph. Written for this test (a district's traffic accidents); every ratio checked by hand.
const claims = async (text: string) =>
  (await findingsOf('claim-mismatch', `${text}\n`)).filter((f) => f.severity !== 'info').map((f) => [f.messageId, f.data.base, f.data.value]);

describe('claim-mismatch: a half with its base fronted (s146)', () => {
  it('"giảm hơn một nửa" from 140 to 82 is flagged: 140/82 = 1,7 times, not more than 2', async () => {
    expect(await claims('- Tổng số vụ tai nạn giao thông trên địa bàn là 82 vụ, làm 31 người bị thương. So với năm 2024 (140 vụ tai nạn giao thông), số vụ tai nạn giao thông năm nay đã giảm hơn một nửa.'))
      .toEqual([['fallMismatch', 140, 82]]);
  });

  it('agrees when the base is more than twice the value now (140 → 64)', async () => {
    expect(await claims('- Tổng số vụ tai nạn giao thông trên địa bàn là 64 vụ, làm 31 người bị thương. So với năm 2024 (140 vụ tai nạn giao thông), số vụ tai nạn giao thông năm nay đã giảm hơn một nửa.'))
      .toEqual([]);
  });

  it('reads nothing when the subject names no value told before it (two values fit, or none)', async () => {
    expect(await claims('- Có 82 vụ tai nạn giao thông và 75 vụ tai nạn giao thông đường thủy. So với năm 2024 (140 vụ tai nạn giao thông), số vụ tai nạn giao thông năm nay đã giảm hơn một nửa.'))
      .toEqual([]);
  });
});
