import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 26 (holdout139): a threshold in the description of the counted things ("có tỷ lệ … trên 5.5%") is one whatever
// the document's decimal mark. Sentences written for this test.
const RULE = 'list-count-mismatch';
const LEAD = 'I. KẾT QUẢ\nToàn xã có 12,460 nhân khẩu, 3,125 hộ; tỷ lệ hộ dùng nước sạch 96.5%, hộ có nhà tiêu hợp vệ sinh 91.2%.';
const counts = async (text: string) => (await findingsOf(RULE, text + '\n')).map((f) => [f.data.count, f.data.listed]);

describe('list-count-mismatch: a percent threshold written the English way', () => {
  it('reads the list after "N <noun> có tỷ lệ … trên 5.5%:"', async () => {
    // Hand-checked: 04 hamlets are announced, three are named.
    expect(await counts(`${LEAD}\nCòn 04 thôn có tỷ lệ trẻ suy dinh dưỡng trên 7.5%: thôn Bến Đá, thôn Gò Sim, thôn Đồng Lầy.`)).toEqual([[4, 3]]);
    expect(await counts(`${LEAD}\nCòn 03 thôn có tỷ lệ trẻ suy dinh dưỡng trên 7.5%: thôn Bến Đá, thôn Gò Sim, thôn Đồng Lầy.`)).toEqual([]);
  });
});
