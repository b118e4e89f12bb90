import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Cases of a disease ("ca") among the patients or people a sentence counts are some of them, one case a person.
const lead = '3. Phòng, chống bệnh không lây nhiễm\n';

describe('part-exceeds-whole: disease cases among patients', () => {
  it('flags more cases than the patients they are among', async () => {
    // Hand-checked: 47 cases of the severe form cannot be among 38 patients found.
    const text = `${lead}Trong kỳ phát hiện mới 38 bệnh nhân sốt rét, trong đó sốt rét ác tính 47 ca.\n`;
    const found = await findingsOf('part-exceeds-whole', text);
    expect(found.map((f) => [f.data.part, f.data.whole])).toEqual([[47, 38]]);
  });

  it('accepts cases that fit', async () => {
    // Hand-checked: 9 + 14 = 23 ≤ 260 people screened.
    const text = `${lead}Khám sàng lọc cho 260 người cao tuổi, trong đó phát hiện 9 ca tăng huyết áp và 14 ca rối loạn mỡ máu.\n`;
    expect(await findingsOf('part-exceeds-whole', text)).toEqual([]);
  });
});
