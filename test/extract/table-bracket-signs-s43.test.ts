import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';

// Session 43: a bracketed cell the table reads as a decrease ("(340)" under "Tăng (+), giảm (-)") gives its figure that
// sign; a bracketed cell of a column that holds no change keeps the figure as the reader found it. Tables written for this test.
const table = (changeHead: string) => [
  'Bảng 1. Diện tích gieo trồng năm 2025',
  `| STT | Cây trồng | Năm 2024 | Năm 2025 | ${changeHead} |`,
  '|---|---|---|---|---|',
  '| 1 | Lúa | 2 460 | 2 120 | (340) |',
  '| 2 | Ngô | 815 | 1 050 | 235 |',
  '| 3 | Rau màu | 1 130 | 970 | (160) |',
  '',
].join('\n');

async function valuesOf(text: string): Promise<number[]> {
  const outcome = await analyseBytes('x.txt', Buffer.from(text, 'utf8'));
  return outcome.analysis!.figures.map((f) => f.value);
}

describe('the sign of a bracketed table cell', () => {
  it('reads a bracketed cell of a change column as the decrease the table reads', async () => {
    // Hand-checked: 2 120 − 2 460 = −340; 970 − 1 130 = −160.
    const values = await valuesOf(table('Tăng (+), giảm (-) so với năm 2024'));
    expect(values).toContain(-340);
    expect(values).not.toContain(340);
    expect(values).toContain(235);
  });

  it('keeps a bracketed cell of a column of amounts as read', async () => {
    const values = await valuesOf(table('Diện tích đạt chuẩn VietGAP'));
    expect(values).not.toContain(-340);
  });
});
