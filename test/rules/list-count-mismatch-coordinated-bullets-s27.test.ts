import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const findings = (text: string) => findingsOf('list-count-mismatch', text);

describe('list-count-mismatch over bullets after a coordination of counts', () => {
  it('lets the bullets name the things of every count of the coordination, not of the last one only', async () => {
    // Hand-checked: 01 old school plus 02 new ones are three; three bullets follow, one marked as the old one.
    const text = [
      'Năm nay đã sửa chữa 03 điểm trường, trong đó 01 điểm trường cũ và 02 điểm trường xây mới, gồm:',
      '- Điểm trường Khe Mạ (cũ);',
      '- Điểm trường Nà Lầu;',
      '- Điểm trường Pác Bó.',
      'Các điểm trường đều đưa vào sử dụng.',
      '',
    ].join('\n');
    expect(await findings(text)).toEqual([]);
  });

  it('still flags bullets that match no count of the coordination nor their sum', async () => {
    // Hand-checked: counts 01 and 02 (sum 3), four bullets.
    const text = [
      'Năm nay đã sửa chữa 01 điểm trường cũ và 02 điểm trường xây mới, gồm:',
      '- Điểm trường Khe Mạ;',
      '- Điểm trường Nà Lầu;',
      '- Điểm trường Pác Bó;',
      '- Điểm trường Bản Giốc.',
      'Các điểm trường đều đưa vào sử dụng.',
      '',
    ].join('\n');
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 3, listed: 4 });
  });
});
