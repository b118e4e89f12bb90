import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Money disbursed out of the capital allocated to it cannot pass the allocation: "đã giải ngân …, đạt 104,03% kế hoạch vốn
// được giao" is a share of that allocation, not a plan outdone (src/extract/rate-context.ts allocationSpentWords, lexicon
// DISBURSEMENT_VERBS / ALLOCATED_CAPITAL_BASES / ALLOCATED_CAPITAL_TAILS). Production, revenue or collection over its plan,
// a bare "kế hoạch vốn" and a plan of capital naming its giver stay silent. Sentences written for this test, in topics
// other than the holdout's (a culture house): a kindergarten, a health station, an irrigation canal.
const RULE = 'percent-out-of-range';

describe('percent-out-of-range: disbursement beyond the capital allocated (s51)', () => {
  it('flags a school project disbursing 104,03% of the capital plan handed to it', async () => {
    const line = 'Dự án Trường Mầm non Hoa Sen có kế hoạch vốn 6,200 tỷ đồng, đã giải ngân 6,450 tỷ đồng, đạt 104,03% kế hoạch vốn được giao.';
    await expectFindings(RULE, line, [{ messageId: 'percentOverWhole', data: { stated: '104,03' }, quote: '104,03%', at: line.indexOf('104,03%'), severity: 'error' }]);
  });

  it('flags a health station disbursing 117,5% of the capital allocated, the year named', async () => {
    const line = 'Công trình Trạm y tế xã An Phú đã giải ngân 2.350 triệu đồng, bằng 117,5% vốn được phân bổ năm 2025.';
    await expectFindings(RULE, line, [{ messageId: 'percentOverWhole', data: { stated: '117,5' }, quote: '117,5%', at: line.indexOf('117,5%') }]);
  });

  it('stays silent on production, revenue and collection over their plans', async () => {
    await expectNone(RULE, 'Sản lượng lúa cả năm đạt 112% kế hoạch được giao.');
    await expectNone(RULE, 'Thu ngân sách xã đạt 118,6% dự toán huyện giao; thu tiền sử dụng đất đạt 140% kế hoạch vốn được giao.');
    await expectNone(RULE, 'Kênh mương nội đồng kiên cố hóa 4,2 km, đạt 105% kế hoạch.');
  });

  it('stays silent on disbursement against a bare or a handed-down capital plan, and within 100%', async () => {
    await expectNone(RULE, 'Giải ngân vốn chương trình mục tiêu quốc gia đạt 104% kế hoạch vốn.');
    await expectNone(RULE, 'Toàn tỉnh đã giải ngân 1.245 tỷ đồng, đạt 103,5% kế hoạch vốn Thủ tướng Chính phủ giao.');
    await expectNone(RULE, 'Dự án kênh tưới Đồng Mỏ đã giải ngân 3,120 tỷ đồng, đạt 98,50% kế hoạch vốn được giao.');
    await expectNone(RULE, 'Đã giải ngân 12,4 tỷ đồng, đạt 104% kế hoạch giải ngân quý III.');
  });
});
