import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Two wholes of one unit joined before "trong đó", and parts that name them again one by one: each part belongs to the
// whole of its own name, not to the nearest amount.
const lead = '2. Công tác bảo trợ xã hội\n';

describe('part-exceeds-whole with two wholes named again by their parts (respectively)', () => {
  it('sets each part against the whole of its own name', async () => {
    // Hand-checked: 310 ≤ 420 learners of the first course, 95 ≤ 130 of the second; 310 > 130 is no slip.
    const text = `${lead}Trung tâm mở lớp cho 420 học viên tin học và 130 học viên ngoại ngữ, trong đó cấp chứng chỉ cho 310 học viên tin học và 95 học viên ngoại ngữ.\n`;
    expect(await findingsOf('part-exceeds-whole', text)).toEqual([]);
  });

  it('flags a part larger than the whole it names', async () => {
    // Hand-checked: 150 learners of the second course cannot be among its 130 (the first course's 420 is not theirs).
    const text = `${lead}Trung tâm mở lớp cho 420 học viên tin học và 130 học viên ngoại ngữ, trong đó cấp chứng chỉ cho 310 học viên tin học và 150 học viên ngoại ngữ.\n`;
    const found = await findingsOf('part-exceeds-whole', text);
    expect(found.map((f) => [f.data.part, f.data.whole])).toEqual([[150, 130]]);
  });

  it('reads a part named by one whole and more words against that whole, even when it is not the nearest', async () => {
    // Hand-checked: 505 households of the first kind cannot be among its 480.
    const text = `${lead}Xã rà soát 480 hộ chính sách và 75 hộ neo đơn, trong đó 505 hộ chính sách được tặng quà Tết.\n`;
    const found = await findingsOf('part-exceeds-whole', text);
    expect(found.map((f) => [f.data.part, f.data.whole])).toEqual([[505, 480]]);
  });

  it('says nothing when an unnamed part may split either joined whole or both', async () => {
    // Hand-checked: 160 > 75 but ≤ 480 + 75 = 555; which whole the 160 households split is not said.
    const text = `${lead}Xã rà soát 480 hộ chính sách và 75 hộ neo đơn, trong đó được tặng quà Tết 160 hộ.\n`;
    expect(await findingsOf('part-exceeds-whole', text)).toEqual([]);
  });

  it('still flags a part larger than a single whole', async () => {
    const text = `${lead}Xã rà soát 75 hộ neo đơn, trong đó được tặng quà Tết 160 hộ.\n`;
    const found = await findingsOf('part-exceeds-whole', text);
    expect(found.map((f) => [f.data.part, f.data.whole])).toEqual([[160, 75]]);
  });
});

describe('part-exceeds-whole: a whole named by the parts elsewhere in the sentence is not taken over the ordinary reading', () => {
  it('keeps a breakdown of the whole its parts name, past a measure stated beside it', async () => {
    // Hand-checked: 530 + 260 + 190 = 980 ≠ 1.000 (parts-sum-mismatch stays; the 12,5 tấn is no whole of theirs).
    const text = `${lead}Tổng số thẻ đã cấp là 1.000 thẻ bảo hiểm, tương đương 12,5 tấn giấy, gồm: thẻ bảo hiểm y tế 530 thẻ bảo hiểm, thẻ hưu trí 260 thẻ bảo hiểm, thẻ thất nghiệp 190 thẻ bảo hiểm.\n`;
    const found = await findingsOf('parts-sum-mismatch', text);
    expect(found.map((f) => [f.data.sum, f.data.whole])).toEqual([[980, 1000]]);
  });

  it('never sets a part against a bracketed amount of its name', async () => {
    // Hand-checked: the bracketed 07 files is another commune's count; 615 files received are no part of it.
    const text = `${lead}Xã Bình An có số hồ sơ trễ hạn nhiều nhất (07 hồ sơ); 03 xã còn lại không có hồ sơ trễ hạn, trong đó xã Bình Minh tiếp nhận 615 hồ sơ, đều giải quyết đúng hạn.\n`;
    expect(await findingsOf('part-exceeds-whole', text)).toEqual([]);
  });
});
