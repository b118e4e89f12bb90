import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A whole stated as "<label>: <value>" is labelled by the words before its colon, so a share naming that label sees it beside
// the whole's own parts (src/extract/shares-label.ts).
const run = async (text: string) => (await findingsOf('percent-mismatch', text + '\n')).filter((f) => f.messageId === 'percentMismatch');

describe('percent-mismatch: a share whose whole is stated after a colon', () => {
  it('does not take a part of the whole for the whole the share names', async () => {
    const text = [
      'I. HỘ TỊCH',
      '- Tổng số đăng ký khai sinh: 400 trường hợp, tăng 5,0% so với năm 2024 (381 trường hợp); trong đó đăng ký khai sinh đúng hạn 360 trường hợp, quá hạn 40 trường hợp.',
      '- Liên thông đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế: 250 trường hợp, chiếm 62,5% số trường hợp đăng ký khai sinh.',
    ].join('\n');
    expect(await run(text)).toEqual([]);
  });
});
