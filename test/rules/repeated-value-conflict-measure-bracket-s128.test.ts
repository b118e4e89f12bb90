import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// "chiếm 3,0% diện tích nuôi tôm thẻ chân trắng (540 ha)": an amount of a measure unit alone in its bracket restates the
// phrase before it from its measure noun ("diện tích", "sản lượng"), so it is that quantity, as "hộ nghèo (131 hộ)" is.
// Written for this test; values compared by hand.
const HEAD = ['Số: 45/BC-UBND', 'Xã Hòa Bình, ngày 28 tháng 6 năm 2026', 'BÁO CÁO', 'Kết quả sản xuất lâm nghiệp 6 tháng đầu năm 2026', 'I. KẾT QUẢ', '1. Trồng rừng'];
const found = (lines: string[]) =>
  analyseSource(sourceFromText([...HEAD, ...lines].join('\n')), { only: ['repeated-value-conflict'] }).findings.filter((f) => f.severity !== 'info').map((f) => f.messageId);

describe('repeated-value-conflict: a measure restated in its bracket after the phrase naming it (s128)', () => {
  it('flags the bracket restating a measure stated elsewhere with another value', () => {
    expect(found(['Diện tích rừng trồng keo lai năm nay là 1.260 ha.', '2. Sâu bệnh', 'Sâu róm gây hại 42 ha, chiếm 3,5% diện tích rừng trồng keo lai (1.200 ha).'])).toEqual(['repeatedValueConflict']);
  });
  it('stays silent when the values agree, or when no measure noun opens the phrase', () => {
    expect(found(['Diện tích rừng trồng keo lai năm nay là 1.200 ha.', '2. Sâu bệnh', 'Sâu róm gây hại 42 ha, chiếm 3,5% diện tích rừng trồng keo lai (1.200 ha).'])).toEqual([]);
    // "rừng trồng keo lai (1.260 ha)" with no measure noun: the bracket is not read as the phrase's own amount.
    expect(found(['Diện tích rừng trồng keo lai năm nay là 1.200 ha.', '2. Sâu bệnh', 'Sâu róm gây hại 42 ha, tập trung ở rừng trồng keo lai thuần loài tuổi 2 (1.260 ha).'])).toEqual([]);
  });
});
