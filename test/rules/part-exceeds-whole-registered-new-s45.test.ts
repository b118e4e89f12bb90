import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'part-exceeds-whole';

// Session 45 (holdout202): those an action was done for, named by the stock's own noun and its act ("cho N hợp tác xã
// thành lập mới"), cannot outnumber the stock told with the registering word ("có N hợp tác xã đăng ký thành lập mới").
// Sentences written for this test (cooperatives, not the fixture's enterprises).
const doc = (held: string, served: string, plan = '') =>
  `BÁO CÁO\nI. KẾT QUẢ\n1. Phát triển kinh tế tập thể\n${held}\n2. Hỗ trợ\n${served}\nII. PHƯƠNG HƯỚNG NĂM 2026\n${plan}\n`;
const HELD = 'Trong năm, toàn huyện có 15 hợp tác xã đăng ký thành lập mới, tổng vốn điều lệ 21,4 tỷ đồng.';

describe('part-exceeds-whole: a served count above the new stock named alike (s45)', () => {
  it('flags 19 new cooperatives helped when 15 were set up, a next year target aside', async () => {
    // Hand-checked: 19 > 15, both "hợp tác xã (đăng ký) thành lập mới"; the target of 2026 (22) is no second value.
    await expectFindings(RULE, doc(HELD, '- Phòng Kinh tế đã hướng dẫn xây dựng điều lệ miễn phí cho 19 hợp tác xã thành lập mới trong năm.', 'Phấn đấu năm 2026 có 22 hợp tác xã thành lập mới.'), [
      { messageId: 'partExceedsWhole', data: { part: 19, whole: 15 }, quote: '19' },
    ]);
  });

  it('leaves a served count within the stock, another act, and a registering word before no recorded act alone', async () => {
    await expectNone(RULE, doc(HELD, '- Phòng Kinh tế đã hướng dẫn xây dựng điều lệ miễn phí cho 12 hợp tác xã thành lập mới trong năm.'));
    await expectNone(RULE, doc(HELD, '- Phòng Kinh tế đã hướng dẫn xây dựng điều lệ miễn phí cho 19 hợp tác xã giải thể trong năm.'));
    // "đăng ký thoát nghèo" is a pledge, not households out of poverty: 40 helped out of poverty is no part of 32 registered.
    await expectNone(RULE, doc('Trong năm, toàn xã có 32 hộ đăng ký thoát nghèo bền vững.', '- Hội Nông dân đã hỗ trợ vốn vay cho 40 hộ thoát nghèo bền vững.'));
  });
});
