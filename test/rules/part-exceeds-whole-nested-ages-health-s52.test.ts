import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 52: women from 20 to 35 are some of the women from 15 to 49; workers from 18 to 35 some of those from 15 to 60.
const RULE = 'part-exceeds-whole';
const pairs = async (text: string) => (await findingsOf(RULE, text)).filter((f) => f.messageId === 'ageGroupExceedsWider')
  .map((f) => [f.data.part, f.data.whole, f.data.partGroup, f.data.wholeGroup]);

describe('part-exceeds-whole: women and workers in nested age groups', () => {
  it('flags more women of 20 to 35 examined than the women of 15 to 49 the commune has', async () => {
    const text = 'Trên địa bàn xã có 2.350 phụ nữ từ 15 đến 49 tuổi.\nKhám phụ khoa cho 2.410 phụ nữ từ 20 đến 35 tuổi.\n';
    // Hand-checked: 20–35 lies inside 15–49; 2.410 > 2.350.
    expect(await pairs(text)).toEqual([[2410, 2350, 'phụ nữ từ 20 đến 35 tuổi', 'phụ nữ từ 15 đến 49 tuổi']]);
  });

  it('flags more workers trained than the workers of the wider age span', async () => {
    const text = 'Toàn xã có 5.200 lao động trong độ tuổi từ 15 đến 60 tuổi.\nĐào tạo nghề cho 5.350 lao động từ 18 đến 35 tuổi.\n';
    expect(await pairs(text)).toEqual([[5350, 5200, 'lao động từ 18 đến 35 tuổi', 'lao động trong độ tuổi từ 15 đến 60 tuổi']]);
  });

  it('leaves groups that do not nest, other populations and sub-groups alone', async () => {
    // 40–55 leaves 15–49: no nesting.
    expect(await pairs('Trên địa bàn xã có 2.350 phụ nữ từ 15 đến 49 tuổi.\nKhám phụ khoa cho 2.410 phụ nữ từ 40 đến 55 tuổi.\n')).toEqual([]);
    // Women and people are counted apart; married women are a sub-group.
    expect(await pairs('Trên địa bàn xã có 2.350 người từ 15 đến 49 tuổi.\nKhám phụ khoa cho 2.410 phụ nữ từ 20 đến 35 tuổi.\n')).toEqual([]);
    expect(await pairs('Trên địa bàn xã có 2.350 phụ nữ từ 15 đến 49 tuổi có chồng.\nKhám phụ khoa cho 2.410 phụ nữ từ 20 đến 35 tuổi.\n')).toEqual([]);
    // Children and women joined: the count may be of both.
    expect(await pairs('Trên địa bàn xã có 2.350 phụ nữ từ 15 đến 49 tuổi.\nKhám sức khỏe cho 2.410 phụ nữ từ 20 đến 35 tuổi và trẻ em.\n')).toEqual([]);
    // A count of times ("lần") or at named hamlets.
    expect(await pairs('Trên địa bàn xã có 2.350 phụ nữ từ 15 đến 49 tuổi.\nKhám phụ khoa 2 lần cho 2.410 phụ nữ từ 20 đến 35 tuổi.\n')).toEqual([]);
    expect(await pairs('Trên địa bàn xã có 2.350 phụ nữ từ 15 đến 49 tuổi.\nKhám phụ khoa cho 2.410 phụ nữ từ 20 đến 35 tuổi ở thôn Đông và thôn Tây.\n')).toEqual([]);
  });

  it('leaves a plan alone', async () => {
    const text = '1. Kết quả\nTrên địa bàn xã có 2.350 phụ nữ từ 15 đến 49 tuổi.\n2. Phương hướng, nhiệm vụ năm 2026\nPhấn đấu khám phụ khoa cho 2.410 phụ nữ từ 20 đến 35 tuổi.\n';
    expect(await pairs(text)).toEqual([]);
  });
});
