import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const over = async (text: string) => (await findingsOf('percent-out-of-range', `${text}\n`)).map((f) => f.data.stated);

describe('percent-out-of-range: a rate set against the number of the things it covers', () => {
  it('flags a coverage rate over 100% "so với số" of the very people it covers', async () => {
    // Hand-checked: a coverage rate of the disabled people of a ward cannot reach 103,2% of them.
    expect(await over('- Người khuyết tật: 96 người có thẻ, tỷ lệ bao phủ đạt 103,2% so với số người khuyết tật trên địa bàn.')).toEqual(['103,2']);
    expect(await over('Tỷ lệ hộ dùng nước sạch đạt 101,5% so với tổng số hộ của thôn.')).toEqual(['101,5']);
  });

  it('still reads a rate against a number of another time or a plan as a comparison, free to pass 100%', async () => {
    expect(await over('Tỷ lệ hộ có thẻ đạt 104,5% so với số hộ đầu năm.')).toEqual([]);
    expect(await over('Tỷ lệ tham gia đạt 103,1% so với số người được giao.')).toEqual([]);
    expect(await over('Tỷ lệ tham gia đạt 103,1% so với số người kế hoạch năm.')).toEqual([]);
    // "số thu" names an amount, not things counted.
    expect(await over('Tỷ lệ thu đạt 105,0% so với số thu năm trước.')).toEqual([]);
  });
});
