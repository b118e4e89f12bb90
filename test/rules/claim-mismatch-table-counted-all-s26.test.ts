import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "cả N <noun> đều … vượt kế hoạch" beside a table of N rows opening with that noun (src/extract/claims-table-all.ts,
// readCountedAllTargets).
const RULE = 'claim-mismatch';
const ids = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.severity !== 'info');

// Hand-checked: Cụm Bắc 1.180/1.200 = 98,3% (short of plan); Cụm Nam 960/900 = 106,7%; Cụm Trung 735/700 = 105,0%.
const table = (bac: string, rate: string) => [
  'Biểu 3. Kết quả trồng rừng tập trung năm 2025',
  '(ĐVT: ha)',
  'Đơn vị, hạng mục\tKế hoạch\tThực hiện\tTỷ lệ % so với KH',
  `Cụm Bắc\t1.200\t${bac}\t${rate}`,
  'Rừng sản xuất\t800\t790\t98,8',
  'Rừng phòng hộ\t400\t390\t97,5',
  'Cụm Nam\t900\t960\t106,7',
  'Rừng sản xuất\t600\t650\t108,3',
  'Rừng phòng hộ\t300\t310\t103,3',
  'Cụm Trung\t700\t735\t105,0',
  'Rừng sản xuất\t500\t520\t104,0',
  'Rừng phòng hộ\t200\t215\t107,5',
  'Tổng cộng\t2.800\t2.875\t102,7',
  '',
].join('\n');
const report = (claim: string, bac = '1.180', rate = '98,3') => `II. KẾT QUẢ TRỒNG RỪNG\n${table(bac, rate)}${claim}\nIII. ĐÁNH GIÁ CHUNG\nCông tác chăm sóc rừng được duy trì.\n`;

describe('claim-mismatch: all N counted members of a table met the plan', () => {
  it('flags the claim when one of the N rows it counts is below its plan', async () => {
    const f = await ids(report('Tính chung, cả 3 cụm đều hoàn thành vượt kế hoạch trồng rừng năm.'));
    expect(f.map((x) => x.messageId)).toEqual(['targetMismatch']);
    expect(f[0].data).toMatchObject({ value: 1180, target: 1200 });
  });

  it('stays silent when every counted row met its plan, or the count is not the rows\'', async () => {
    // Cụm Bắc at 1.230 of 1.200: all three met it (their sub-rows below plan are no "cụm").
    expect(await ids(report('Tính chung, cả 3 cụm đều hoàn thành vượt kế hoạch trồng rừng năm.', '1.230', '102,5'))).toEqual([]);
    // Two "cụm" claimed, three rows: the claim is not of this table's members.
    expect(await ids(report('Tính chung, cả 2 cụm đều hoàn thành vượt kế hoạch trồng rừng năm.'))).toEqual([]);
    // A hedge or negation.
    expect(await ids(report('Tính chung, cả 3 cụm đều chưa hoàn thành kế hoạch trồng rừng năm.'))).toEqual([]);
    expect(await ids(report('Tính chung, cả 3 cụm đều cơ bản hoàn thành kế hoạch trồng rừng năm.'))).toEqual([]);
  });
});
