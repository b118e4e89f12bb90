import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A row claimed at the top or bottom of the table beside it (src/extract/claims-table-rank.ts).
const ids = async (text: string) => (await findingsOf('claim-mismatch', text + '\n')).filter((f) => f.severity !== 'info');

// Hand-checked: 34.000/40.000 = 85,0%; 11.400/12.000 = 95,0%; 7.200/8.000 = 90,0%; 52.600/60.000 = 87,7%.
const table = ['Bảng 2. Giải ngân vốn đầu tư công theo đơn vị', 'Đơn vị\tKế hoạch\tThực hiện\t% so với KH', 'Ban QLDA huyện\t40.000\t34.000\t85,0',
  'Phòng Kinh tế - Hạ tầng\t12.000\t11.400\t95,0', 'Trung tâm Phát triển quỹ đất\t8.000\t7.200\t90,0', 'Tổng cộng\t60.000\t52.600\t87,7'].join('\n');
const report = (claim: string) => `2. Giải ngân vốn\n${table}\n${claim}`;

describe('claim-mismatch: a row claimed at the top or bottom of the table beside it', () => {
  it('flags "cao nhất" of a row another row passes, an acronym of the label standing for the words of the claim', async () => {
    const f = await ids(report('Tỷ lệ giải ngân của Ban quản lý dự án huyện cao nhất trong các đơn vị, do khởi công sớm.'));
    expect(f.map((x) => x.messageId)).toEqual(['rankMismatch']);
    expect(f[0].data).toMatchObject({ row: 'Ban QLDA huyện', value: '85,0', otherRow: 'Phòng Kinh tế - Hạ tầng', other: '95,0' });
  });

  it('stays silent when the row is at the claimed end, or the members are not the table\'s rows', async () => {
    expect(await ids(report('Tỷ lệ giải ngân của Ban quản lý dự án huyện thấp nhất trong các đơn vị.'))).toEqual([]);
    expect(await ids(report('Tỷ lệ giải ngân của Phòng Kinh tế - Hạ tầng cao nhất trong các đơn vị.'))).toEqual([]);
    expect(await ids(report('Tỷ lệ giải ngân của Ban quản lý dự án huyện cao nhất trong các xã.'))).toEqual([]);
    expect(await ids(report('Tỷ lệ giải ngân của Ban quản lý dự án huyện chưa phải cao nhất trong các đơn vị.'))).toEqual([]);
  });
});
