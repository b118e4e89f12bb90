import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';

const report = (total: string) => [
  'BÁO CÁO', 'Kết quả tiêm chủng năm 2024', '1. KẾT QUẢ',
  'Bảng 1. Tiêm chủng theo trạm y tế',
  '| STT | Trạm y tế | Số trẻ được tiêm |',
  '|---|:---:|---|',
  '| 1 | Trạm Đông | 120 |',
  '| 2 | Trạm Tây | 85 |',
  `| | Tổng cộng | ${total} |`,
  'Công tác tiêm chủng được duy trì đều đặn.',
].join('\n');

async function analyse(text: string) {
  const o = await analyseBytes('t.txt', Buffer.from(text, 'utf8'), {});
  if (o.error) throw new Error(o.error.message);
  return o.analysis!;
}

describe('pipe tables read as table rows (s30)', () => {
  it('reads the rows with their cells and where each cell starts in the row text', async () => {
    const a = await analyse(report('205'));
    const rows = a.source.blocks.filter((b) => b.kind === 'row');
    expect(rows.map((b) => b.text)).toEqual(['| STT | Trạm y tế | Số trẻ được tiêm |', '| 1 | Trạm Đông | 120 |', '| 2 | Trạm Tây | 85 |', '| | Tổng cộng | 205 |']);
    const r1 = rows[1];
    expect(r1.cells).toEqual(['1', 'Trạm Đông', '120']);
    expect(r1.cellStarts!.map((s, k) => r1.text.slice(s, s + r1.cells![k].length))).toEqual(['1', 'Trạm Đông', '120']);
    // the rule line is no block of its own
    expect(a.source.blocks.some((b) => b.text.includes('---'))).toBe(false);
    const t = a.tables[0];
    expect(t.rows.find((r) => r.label === 'Trạm Tây')!.cells[2].value).toBe(85);
  });
  it('finds a total row that is not the sum of its rows (120 + 85 = 205, not 250)', async () => {
    expect((await analyse(report('205'))).findings.filter((f) => f.rule === 'table-total-mismatch')).toEqual([]);
    const found = (await analyse(report('250'))).findings.filter((f) => f.rule === 'table-total-mismatch');
    expect(found).toHaveLength(1);
  });
  it('leaves lines between bars without a rule line as paragraphs', async () => {
    const a = await analyse(report('205').replace('|---|:---:|---|\n', ''));
    expect(a.source.blocks.filter((b) => b.kind === 'row')).toEqual([]);
  });
  it('never sums a cumulative column whose rows run up to the total row', async () => {
    const text = ['BÁO CÁO', 'Kết quả làm đường năm 2024', '1. KẾT QUẢ',
      '| STT | Năm | Chiều dài (km) | Lũy kế chiều dài (km) |', '|---|---|---|---|',
      '| 1 | Năm 2022 | 3,0 | 3,0 |', '| 2 | Năm 2023 | 2,5 | 5,5 |', '| 3 | Năm 2024 | 1,5 | 7,0 |', '| | Tổng cộng | 7,0 | 7,0 |'].join('\n');
    expect((await analyse(text)).findings.filter((f) => f.rule === 'table-total-mismatch')).toEqual([]);
  });
});
