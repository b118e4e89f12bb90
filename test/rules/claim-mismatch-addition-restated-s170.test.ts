import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const run = async (text: string) => (await findingsOf('claim-mismatch', `I. KẾT QUẢ\n${text}\n`)).filter((f) => f.messageId === 'changeMismatch');

describe('claim-mismatch: a percent rise told of an addition or restating an amount change', () => {
  // Hand-checked: 36/400 = 9,0%; the 36 new members are the rise, 400 → 436.
  it('reads a count below its base whose share of the base is the rate as the addition', async () => {
    expect(await run('Chi hội Nông dân có 436 hội viên; trong năm kết nạp 36 hội viên, tăng 9,0% so với đầu năm (400 hội viên).')).toEqual([]);
  });
  it('still flags a rise whose count is neither the level nor the addition at that rate', async () => {
    expect(await run('Chi hội Nông dân có 436 hội viên; trong năm kết nạp 36 hội viên, tăng 15,0% so với đầu năm (400 hội viên).')).toHaveLength(1);
  });
  // Hand-checked: 75/1 500 = 5,0%; the bracketed 4 200 is the share's whole, not the level.
  it('reads a bracketed percent right after an amount change as that change over the base', async () => {
    const text = 'Diện tích cây ăn quả đạt 1 575 ha, chiếm 37,5 % diện tích đất nông nghiệp (4 200 ha), tăng 75 ha (tăng 5,0 %) so với năm 2023 (1 500 ha).';
    expect(await run(text)).toEqual([]);
  });
  it('flags that bracketed percent when it is not the change over the base', async () => {
    const text = 'Diện tích cây ăn quả đạt 1 575 ha, chiếm 37,5 % diện tích đất nông nghiệp (4 200 ha), tăng 75 ha (tăng 8,0 %) so với năm 2023 (1 500 ha).';
    const f = await run(text);
    expect(f.map((x) => [x.data.stated, x.data.base, x.data.value])).toEqual([[8, 1500, 1575]]);
  });
});
