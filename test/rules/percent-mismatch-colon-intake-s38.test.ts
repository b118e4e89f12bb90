import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "<topic>: tiếp nhận N …, đã giải quyết M …, đạt P%": a topic before a colon, then the clause of what came in; the share is
// of that intake (src/extract/shares-intake.ts isReceived). Sentences written for this test: 401/460 = 87,2%.
const RULE = 'percent-mismatch';
const report = (line: string) => ['BÁO CÁO', 'Kết quả công tác tư pháp năm 2025', '', 'I. KẾT QUẢ', line].join('\n');

describe('percent-mismatch: an intake opening the clause after a colon (s38)', () => {
  it('flags a share done that its intake does not bear out', async () => {
    await expectFindings(RULE, report('Riêng lĩnh vực chứng thực bản sao: tiếp nhận 460 yêu cầu, đã giải quyết 401 yêu cầu, đạt 91,5%.'), [
      { messageId: 'percentMismatch', data: { stated: 91.5, num: 401, den: 460 } },
    ]);
  });

  it('says nothing of a share that fits, nor of a clause that does not open with what came in', async () => {
    await expectNone(RULE, report('Riêng lĩnh vực chứng thực bản sao: tiếp nhận 460 yêu cầu, đã giải quyết 401 yêu cầu, đạt 87,2%.'));
    await expectNone(RULE, report('Riêng lĩnh vực chứng thực bản sao: tồn đọng 460 yêu cầu, đã giải quyết 401 yêu cầu, đạt 91,5%.'));
  });
});
