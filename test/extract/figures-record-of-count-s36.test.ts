import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';

// "lập biên bản 02 cơ sở": "bản" inside "biên bản", "văn bản", "cơ bản" is no hamlet ("bản 3"), so the number after it counts
// (lexicon NOT_PRECEDED_BY). Sentences written for this test.
const read = async (line: string) => {
  const outcome = await analyseBytes('t.txt', Buffer.from(`I. KẾT QUẢ\n${line}\n`, 'utf8'), { only: ['garbled-number'] });
  return outcome.analysis!.figures.map((f) => [f.kind, f.value]);
};

describe('a count right after "biên bản", "cơ bản" (s36)', () => {
  it('reads the number as a count of the noun after it', async () => {
    expect(await read('Tổ kiểm tra lập biên bản 02 quán karaoke hoạt động quá giờ.')).toEqual([['count', 2]]);
    expect(await read('Nhà thầu đã cơ bản hoàn thành 02 phòng học.')).toEqual([['count', 2]]);
  });

  it('still reads a numbered hamlet as a name', async () => {
    expect(await read('Tại bản 4 có 37 hộ dân tham gia.')).toEqual([['count', 37]]);
  });
});
