import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const groups = async (text: string) =>
  (await findingsOf('table-total-mismatch', text)).filter((f) => f.messageId === 'groupRowMismatch').map((f) => [f.data.row, f.data.stated, f.data.actual]);
const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';

// A loss table whose rows count different things ("tấn", "con", "m2") beside a money column naming its own unit
// ("Thiệt hại (triệu đồng)"): the ĐVT is the quantity columns' unit, the money adds up in each group. A head above its
// members' sum is told when the table's own total adds up the members, not the heads. Figures written for this test.
describe('table-total-mismatch: a group row of a money column beside rows of other units (s35)', () => {
  // Hand-checked: members of 1: 2 140,0 + 318,5 + 96,0 = 2 554,5 (stated head 2 563,5 or 2 554,5); members of 2: 84,0 + 212,0
  // = 296,0 (head 296,0); leaves 2 554,5 + 296,0 = 2 850,5 (the total); heads 2 563,5 + 296,0 = 2 859,5.
  const table = (head: string, total: string, header = 'Thiệt hại (triệu đồng)') => rows(
    ['STT', 'Hạng mục', 'ĐVT', 'Khối lượng', header],
    ['1', 'Hạ tầng', '', '', head],
    ['1.1', 'Đường bê tông bị xói', 'm2', '4 280', '2 140,0'],
    ['1.2', 'Cống thoát nước', 'cái', '13', '318,5'],
    ['1.3', 'Tường rào trường học', 'm', '160', '96,0'],
    ['2', 'Vật nuôi', '', '', '296,0'],
    ['2.1', 'Lợn chết', 'con', '28', '84,0'],
    ['2.2', 'Gà, vịt chết', 'con', '2 650', '212,0'],
    ['', 'Tổng cộng', '', '', total],
  );

  it('flags a head above its members when the total adds up the members', async () => {
    expect(await groups(table('2 563,5', '2 850,5'))).toEqual([['Hạ tầng', 2563.5, 2554.5]]);
  });

  it('flags a head below its members, the other group adding up in the money column', async () => {
    expect(await groups(table('2 545,5', '2 841,5'))).toEqual([['Hạ tầng', 2545.5, 2554.5]]);
  });

  it('says nothing when the head adds up', async () => {
    expect(await groups(table('2 554,5', '2 850,5'))).toEqual([]);
  });

  it('says nothing when the total adds up the heads (the members may be only some of the group)', async () => {
    expect(await groups(table('2 563,5', '2 859,5'))).toEqual([]);
  });

  it('never adds rows of different units in a column that names no money', async () => {
    expect(await groups(table('2 563,5', '2 850,5', 'Khối lượng thiệt hại'))).toEqual([]);
    expect(await groups(table('2 545,5', '2 841,5', 'Khối lượng thiệt hại'))).toEqual([]);
  });
});
