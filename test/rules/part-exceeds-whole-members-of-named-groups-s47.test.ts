import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Session 47: "Trong các <groups and their words>, có N <members> …" names groups ("vụ", "lớp") of an earlier statement that
// gave their count and, right after it, the count of their members ("06 vụ, 09 đối tượng"): that members' count is the whole
// of N (src/extract/claims-inline.ts, membersOfNamedGroups), also across a heading and a paragraph when the name is long.
// Sentences written for this test.
const RULE = 'part-exceeds-whole';
const border = (part: string, name = 'vụ buôn lậu thuốc lá bị bắt giữ') => [
  '1. Chống buôn lậu',
  'Đồn Biên phòng phát hiện, bắt giữ 06 vụ, 09 (chín) đối tượng buôn lậu thuốc lá qua biên giới, thu giữ 4.200 bao thuốc lá.',
  '2. Quản lý cư trú',
  'Đã kiểm tra 35 lượt hộ có người tạm trú, phát hiện 03 trường hợp chưa khai báo.',
  `Đáng chú ý, trong các ${name}, có ${part} đối tượng là người ngoài tỉnh.`,
].join('\n');

describe('part-exceeds-whole: members of groups named back (s47)', () => {
  it('holds the members named back to the members counted beside their groups', async () => {
    // Hand-checked: 12 đối tượng > 09 đối tượng arrested in those 06 cases.
    await expectFindings(RULE, border('12'), [
      { messageId: 'partExceedsWhole', data: { part: 12, whole: 9 }, quote: '12' },
    ]);
  });

  it('reads classes and their students in one paragraph', async () => {
    // Hand-checked: 251 học viên > 240 học viên of the 08 classes.
    await expectFindings(RULE, 'Trong năm mở 08 lớp, 240 học viên tin học văn phòng. Trong các lớp tin học văn phòng, có 251 học viên đạt chứng chỉ.', [
      { messageId: 'partExceedsWhole', data: { part: 251, whole: 240 }, quote: '251' },
    ]);
  });

  it('stays silent when the members fit, or when the name is of other groups', async () => {
    // Hand-checked: 05 ≤ 09; "vụ vận chuyển gia cầm" names no groups counted before.
    await expectNone(RULE, border('05'));
    await expectNone(RULE, border('12', 'vụ vận chuyển gia cầm trái phép bị phát hiện'));
    await expectNone(RULE, 'Trong năm mở 08 lớp, 240 học viên tin học văn phòng. Trong các lớp dạy nghề may, có 251 học viên đạt chứng chỉ.');
  });
});
