import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A "So với … (B), số X giảm N" sentence after a bulleted list: the sentence before is the whole list, never its last item
// (src/extract/comparisons.ts, listBefore).
const run = async (text: string) => (await findingsOf('claim-mismatch', text + '\n')).filter((f) => f.messageId === 'changeMismatch');

describe('claim-mismatch: a change claim right after a list of items', () => {
  it('does not take the last item of the list for the value of the subject', async () => {
    const text = [
      'I. TIẾP CÔNG DÂN',
      'Trong năm, toàn tỉnh tiếp 315 lượt người. Cụ thể:',
      '- Văn phòng tiếp công dân tỉnh tiếp 120 lượt;',
      '- Lãnh đạo tỉnh tiếp định kỳ 60 lượt;',
      '- Cấp xã tiếp 135 lượt.',
      'So với năm trước (350 lượt), số lượt tiếp giảm 35 lượt.',
    ].join('\n');
    expect(await run(text)).toEqual([]);
  });
  it('still reads a plain sentence before the claim: 90 against 100 is a fall of 10, not 20', async () => {
    const text = ['I. TIẾP CÔNG DÂN', 'Trong năm, Văn phòng tiếp công dân tỉnh tiếp 90 lượt người.', 'So với năm trước (100 lượt), số lượt tiếp giảm 20 lượt.'].join('\n');
    const f = await run(text);
    expect(f.map((x) => [x.data.stated, x.data.base, x.data.value, x.data.actual])).toEqual([[20, 100, 90, 10]]);
  });
});
