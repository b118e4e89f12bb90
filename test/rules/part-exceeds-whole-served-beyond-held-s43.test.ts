import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'part-exceeds-whole';

// Session 43 (holdout198): what an action was done for ("cho N …") cannot outnumber what the report says there is ("có N …")
// of the same noun and qualifier. Sentences written for this test (cooperatives, not the fixture's relics).
const doc = (held: string, served: string) => `BÁO CÁO\nI. KẾT QUẢ\n1. Tình hình chung\n${held}\n2. Chuyển đổi số\n${served}\n`;

describe('part-exceeds-whole: a served count above the held count of its noun (s43)', () => {
  it('flags 48 cooperatives served out of the 42 the commune has', async () => {
    // Hand-checked: 48 > 42, both "hợp tác xã đang hoạt động", the served one handed by "cho".
    await expectFindings(RULE, doc('Toàn xã có 42 hợp tác xã đang hoạt động, thu hút 1.260 thành viên.', 'Xã đã hỗ trợ xây dựng trang thông tin điện tử cho 48 hợp tác xã đang hoạt động trên địa bàn xã.'), [
      { messageId: 'partExceedsWhole', data: { part: 48, whole: 42 }, quote: '48' },
    ]);
  });

  it('leaves a served count within the held one, another qualifier, and a noun held at two values alone', async () => {
    await expectNone(RULE, doc('Toàn xã có 42 hợp tác xã đang hoạt động, thu hút 1.260 thành viên.', 'Xã đã hỗ trợ xây dựng trang thông tin điện tử cho 38 hợp tác xã đang hoạt động trên địa bàn xã.'));
    await expectNone(RULE, doc('Toàn xã có 42 hợp tác xã đang hoạt động, thu hút 1.260 thành viên.', 'Xã đã hỗ trợ xây dựng trang thông tin điện tử cho 48 hợp tác xã thành lập mới trên địa bàn tỉnh.'));
    // Two held values of the report's own time (42 and 50): which whole 48 is of is unsure, so nothing is said.
    await expectNone(RULE, doc('Toàn xã có 42 hợp tác xã đang hoạt động, thu hút 1.260 thành viên.\nĐến nay toàn xã có 50 hợp tác xã đang hoạt động.', 'Xã đã hỗ trợ xây dựng trang thông tin điện tử cho 48 hợp tác xã đang hoạt động trên địa bàn xã.'));
  });
});
