import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';
import { readBorderedTables } from '../../src/ingest/bordered-rows.js';
import type { RawBlock } from '../../src/ingest/build-source.js';

// A PDF's line joiner puts a header line as wide as the text column and the rule line under it into one paragraph.
const para = (text: string, line: number): RawBlock => ({ kind: 'paragraph', text, line, page: 2 });

async function analyse(text: string) {
  const o = await analyseBytes('t.txt', Buffer.from(text, 'utf8'), {});
  if (o.error) throw new Error(o.error.message);
  return o.analysis!;
}

describe('a bordered header joined with its rule line is still a table (session 31, s159)', () => {
  it('splits the header from the rule and reads the lines below as rows', () => {
    const out = readBorderedTables([
      para('| STT | Thôn | Số hộ dùng nước sạch (hộ) | |---|---|:---:|', 1),
      para('| 1 | Thôn Bắc | 212 |', 2),
      para('| 2 | Thôn Nam | 187 |', 3),
      para('Nước sạch được cấp đều đặn.', 4),
    ]);
    expect(out.map((b) => [b.kind, b.row ?? null, b.text])).toEqual([
      ['row', 0, '| STT | Thôn | Số hộ dùng nước sạch (hộ) |'],
      ['row', 1, '| 1 | Thôn Bắc | 212 |'],
      ['row', 2, '| 2 | Thôn Nam | 187 |'],
      ['paragraph', null, 'Nước sạch được cấp đều đặn.'],
    ]);
  });

  it('leaves a joined line whose rule has another number of cells as written', () => {
    const blocks = [para('| STT | Thôn | Số hộ | |---|---|', 1), para('| 1 | Thôn Bắc | 212 |', 2)];
    expect(readBorderedTables(blocks).map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('checks the total row of such a table (212 + 187 = 399, not 409)', async () => {
    const report = (total: string) => ['BÁO CÁO', 'Kết quả cấp nước sạch năm 2025', '1. KẾT QUẢ',
      '| STT | Thôn | Số hộ dùng nước sạch (hộ) | |---|---|---|',
      '| 1 | Thôn Bắc | 212 |', '| 2 | Thôn Nam | 187 |', `| | Tổng cộng | ${total} |`, 'Nước sạch được cấp đều đặn.'].join('\n');
    expect((await analyse(report('399'))).findings.filter((f) => f.rule === 'table-total-mismatch')).toEqual([]);
    expect((await analyse(report('409'))).findings.filter((f) => f.rule === 'table-total-mismatch')).toHaveLength(1);
  });
});
