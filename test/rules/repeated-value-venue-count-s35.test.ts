import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 35: a count handed by "tại" / "ở" is of the places an action was held at, some of those of its kind.
const RULE = 'repeated-value-conflict';
const values = async (last: string) => (await findingsOf(RULE, [
  'I. TÌNH HÌNH CHUNG',
  'Phường có 22 khu phố, tổ dân phố, gồm 13 khu phố và 09 tổ dân phố ven sông.',
  'II. KẾT QUẢ',
  last,
].join('\n') + '\n')).map((f) => [f.data.value, f.data.other].sort());

describe('repeated-value-conflict: places an event was held at beside the places there are', () => {
  it('leaves "tại 05 tổ dân phố ven sông" apart from the "09 tổ dân phố ven sông" the ward has', async () => {
    expect(await values('- Tổ chức 06 buổi diễn tập phòng chống lụt bão và cứu nạn tại 05 tổ dân phố ven sông.')).toEqual([]);
    expect(await values('- Tổ chức 06 buổi diễn tập phòng chống lụt bão và cứu nạn ở 05 tổ dân phố ven sông.')).toEqual([]);
  });

  it('still tells more places held at than there are, and a count not handed by a locative', async () => {
    expect(await values('- Tổ chức 06 buổi diễn tập phòng chống lụt bão và cứu nạn tại 11 tổ dân phố ven sông.')).toEqual([['09', '11']]);
    expect(await values('- Tổ chức 06 buổi diễn tập phòng chống lụt bão và cứu nạn; 05 tổ dân phố ven sông.')).toEqual([['05', '09']]);
  });
});
