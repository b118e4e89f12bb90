/**
 * A Vietnamese report quoting a table in English style ("3,640.00", "1,310,400,000": a supplier's table kept as written):
 * the table's cells are read in its own style, the prose in the report's. Figures written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';

const analyse = async (text: string) => {
  const outcome = await analyseBytes('t.txt', Buffer.from(text + '\n', 'utf8'));
  if (outcome.error) throw new Error(outcome.error.message);
  return outcome.analysis!;
};
const PROSE = [
  'BÁO CÁO',
  '',
  'I. KẾT QUẢ',
  'Gói thầu cung cấp vật tư có giá trị 1.854.900.000 đồng, gồm dây cáp điện dài 3.640 m và 1.275,5 m ống luồn dây; đã nghiệm thu 92,4 % khối lượng.',
  '',
];
// Hand-checked: 3,640.00 m × 360,000 = 1,310,400,000; 1,275.50 m × 200,000 = 255,100,000; 96 × 3,000,000 = 288,000,000;
// 1,310,400,000 + 255,100,000 + 288,000,000 = 1,853,500,000 (a right total; 1,858,500,000 a wrong one).
const TABLE = (total: string) => [
  '| STT | Vật tư | Đơn vị | Khối lượng | Thành tiền (đồng) |',
  '|---|---|---|---|---|',
  '| 1 | Dây cáp điện | m | 3,640.00 | 1,310,400,000 |',
  '| 2 | Ống luồn dây | m | 1,275.50 | 255,100,000 |',
  '| 3 | Tủ điện | cái | 96 | 288,000,000 |',
  `| | Total | | | ${total} |`,
];

describe('a table in English style of its own inside a Vietnamese report', () => {
  it('reads the table in its style and the prose in the report\'s', async () => {
    const a = await analyse([...PROSE, ...TABLE('1,853,500,000')].join('\n'));
    const value = (raw: string) => a.figures.filter((f) => f.raw.startsWith(raw)).map((f) => f.value);
    expect(value('3.640')).toEqual([3640]);
    expect(value('1.275,5')).toEqual([1275.5]);
    expect(value('3,640.00')).toEqual([3640]);
    expect(value('1,275.50')).toEqual([1275.5]);
    expect(value('1,310,400,000')).toEqual([1310400000]);
    expect(value('1,853,500,000')).toEqual([1853500000]);
    expect(a.numbers.style).toBe('vi');
  });

  it('lets the table total be checked in its own style', async () => {
    const a = await analyse([...PROSE, ...TABLE('1,858,500,000')].join('\n'));
    expect(a.findings.filter((f) => f.rule === 'table-total-mismatch').map((f) => f.data)).toMatchObject([{ stated: 1858500000, actual: 1853500000 }]);
  });

  it('keeps a table with a Vietnamese number in it in the report\'s style', async () => {
    const mixed = TABLE('1.853.500.000');
    const a = await analyse([...PROSE, ...mixed].join('\n'));
    // "1.853.500.000" is Vietnamese: the table is no English one and stays in the report's style; a cell of a shape only
    // English reads ("1,310,400,000": two comma groups) is still read so (session 56), as in any Vietnamese passage.
    expect(a.numbers.style).toBe('vi');
    expect(a.figures.filter((f) => f.raw.startsWith('1.853.500.000')).map((f) => f.value)).toEqual([1853500000]);
    expect(a.figures.filter((f) => f.raw.startsWith('1,310,400,000')).map((f) => f.value)).toEqual([1310400000]);
  });
});
