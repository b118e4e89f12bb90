import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 57: a breakdown member restated by its name with what was done to some of it ("lúa lai thu hoạch 860 ha" after
// "trong đó lúa lai 820 ha") is a part of that member (src/extract/claims-named-subset.ts).
const pairs = async (text: string) => (await findingsOf('part-exceeds-whole', `I. KẾT QUẢ\n${text}\n`)).map((f) => [f.data.part, f.data.whole]);

describe('part-exceeds-whole: a breakdown member restated with what was done to some of it', () => {
  it('flags more hybrid rice harvested than was sown', async () => {
    // 860 ha harvested > 820 ha sown; 1.240 ≤ 1.630 is fine.
    expect(await pairs('Tổng diện tích gieo trồng lúa vụ Đông Xuân là 2.450 ha, trong đó lúa lai 820 ha, lúa thuần 1.630 ha.\nĐến ngày 15/5, toàn xã đã thu hoạch 2.100 ha; lúa lai thu hoạch 860 ha, lúa thuần thu hoạch 1.240 ha.')).toEqual([[860, 820]]);
  });

  it('flags a district budget disbursed beyond its allocation, after a lead of its own', async () => {
    // 36,2 tỷ đồng disbursed > 34,4 tỷ đồng allocated; 41,6 ≤ 52,0 is fine.
    expect(await pairs('Tổng vốn đầu tư công năm 2025 là 86,4 tỷ đồng, trong đó vốn ngân sách tỉnh 52,0 tỷ đồng, vốn ngân sách huyện 34,4 tỷ đồng.\nĐến ngày 30/9, vốn ngân sách tỉnh đã giải ngân 41,6 tỷ đồng; vốn ngân sách huyện giải ngân 36,2 tỷ đồng.')).toEqual([[36_200_000_000, 34_400_000_000]]);
  });

  it('flags poor households given loans beyond the group, and canals hardened beyond their length', async () => {
    // 196 households of ethnic minorities got loans > 185 such households; 98 ≤ 127.
    expect(await pairs('Tổng số hộ nghèo đầu năm là 312 hộ, gồm: hộ nghèo dân tộc thiểu số 185 hộ, hộ nghèo người Kinh 127 hộ. Trong năm, hộ nghèo dân tộc thiểu số được vay vốn 196 hộ; hộ nghèo người Kinh được vay vốn 98 hộ.')).toEqual([[196, 185]]);
    // 92,7 km hardened > 86,3 km of level-II canals.
    expect(await pairs('Tổng chiều dài kênh mương là 124,5 km, trong đó kênh cấp I 38,2 km, kênh cấp II 86,3 km. Kênh cấp II đã kiên cố hóa 92,7 km.')).toEqual([[92.7, 86.3]]);
  });

  it('stays silent on a smaller subset, another item, a plan, a change, two members together or another year', async () => {
    const head = 'Tổng chiều dài đường là 500 km, trong đó đường huyện 100 km, đường xã 250 km, đường thôn 150 km.';
    // 240 ≤ 250.
    expect(await pairs(`${head} Đường xã đã cứng hóa 240 km.`)).toEqual([]);
    // Another item: the commune's own trunk roads, not "đường xã".
    expect(await pairs(`${head} Đường trục xã cứng hóa 260 km.`)).toEqual([]);
    // A plan and a growth are no part of what is.
    expect(await pairs(`${head} Đường thôn kế hoạch cứng hóa 180 km; đường thôn tăng 160 km.`)).toEqual([]);
    // Two members told together.
    expect(await pairs(`${head} Đường huyện, đường xã đã cứng hóa 300 km.`)).toEqual([]);
    // Another year.
    expect(await pairs(`${head} Năm 2023, đường thôn cứng hóa 160 km.`)).toEqual([]);
  });

  it('stays silent on members who left the member group ("đã" alone) and on another unit', async () => {
    const head = 'Tổng số hộ nghèo là 312 hộ, gồm: hộ nghèo dân tộc thiểu số 185 hộ, hộ nghèo người Kinh 127 hộ.';
    expect(await pairs(`${head} Hộ nghèo người Kinh đã thoát nghèo 130 hộ.`)).toEqual([]);
    expect(await pairs(`${head} Hộ nghèo người Kinh được vay vốn 140 lượt.`)).toEqual([]);
  });
});
