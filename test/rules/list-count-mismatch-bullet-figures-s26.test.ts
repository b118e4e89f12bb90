import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// A bullet naming one thing before its first figure, its commas after it telling more figures of that thing
// (src/extract/claims-lists.ts, figuresTold).
const RULE = 'list-count-mismatch';
const report = (intro: string, bullets: string[]) => ['BÁO CÁO', '', 'I. KẾT QUẢ', intro, ...bullets.map((b) => `- ${b};`), 'Các hoạt động được nhân dân đồng tình hưởng ứng.'].join('\n');
const EVENTS = [
  'Ngày hội đại đoàn kết toàn dân tộc tại nhà văn hóa xã ngày 18/11/2025',
  'Giải bóng chuyền hơi với 12 đội tham gia, 4 đội đạt giải, đạt 33,3%',
  'Liên hoan văn nghệ quần chúng tại sân vận động xã',
];

describe('list-count-mismatch: bullets whose commas only tell figures of one thing', () => {
  it('counts such a bullet as one thing under "<count> <noun>, gồm:"', async () => {
    // Hand-checked: 04 announced, 3 bullets (the second's commas join its figures, no second name).
    await expectFindings(RULE, report('Trong năm, Ủy ban nhân dân xã tổ chức 04 hoạt động chào mừng ngày lễ lớn, gồm:', EVENTS), [
      { messageId: 'listCountMismatch', data: { count: 4, listed: 3 } },
    ]);
    await expectNone(RULE, report('Trong năm, Ủy ban nhân dân xã tổ chức 03 hoạt động chào mừng ngày lễ lớn, gồm:', EVENTS));
  });

  it('still leaves fewer bullets alone when a comma may open a second name', async () => {
    // A comma before the first figure, or a clause after one opening with a capital: the bullet may name two events.
    const two = [EVENTS[0], 'Giải bóng chuyền hơi, giải kéo co với 12 đội tham gia', EVENTS[2]];
    await expectNone(RULE, report('Trong năm, Ủy ban nhân dân xã tổ chức 04 hoạt động chào mừng ngày lễ lớn, gồm:', two));
    const named = [EVENTS[0], 'Giải bóng chuyền hơi với 12 đội, Giải kéo co với 8 đội', EVENTS[2]];
    await expectNone(RULE, report('Trong năm, Ủy ban nhân dân xã tổ chức 04 hoạt động chào mừng ngày lễ lớn, gồm:', named));
  });
});
