/**
 * PDF lines → blocks (s39): a row between bars that ran to the edge and wrapped its last cell onto the next line
 * ("| 2 | Tổ công tác liên ngành | 5 | 41 |" / "27.5 |") is one row; the rest, a number shaped like a heading's ("27.5"),
 * opens no heading. Lines written for this test, laid out by hand (text column 72–523, 12 pt, 23 pt between baselines).
 */
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

function line(y: number, x0: number, x1: number, text: string): PdfLine {
  return { page: 1, y, size: 12, x0, x1, segments: [{ x0, x1, text }], startsWithNote: false };
}

/** The table's header and rule line, the same in both pages. */
const header = [
  line(760, 72, 523, '| TT | Tổ công tác | Số buổi | Số hộ được thăm | Kinh phí (triệu đồng) |'),
  line(737, 72, 523, '|---|---|---|---|---|'),
];

describe('a bordered row whose last cell wrapped onto the next line (s39)', () => {
  it('joins the wrapped cell, a decimal like "27.5", to its row', () => {
    const page = [
      ...header,
      line(714, 72, 420, '| 1 | Tổ y tế thôn | 3 | 18 | 4.5 |'),
      line(691, 72, 523, '| 2 | Tổ công tác liên ngành (Lao động, Giáo dục, Văn hóa) | 5 | 41 |'),
      line(668, 72, 110, '27.5 |'),
      line(645, 72, 400, '| 3 | Tổ hòa giải | 2 | 9 | 1.0 |'),
    ];
    const texts = buildBlocks([page]).map((b) => b.text);
    expect(texts).toContain('| 2 | Tổ công tác liên ngành (Lao động, Giáo dục, Văn hóa) | 5 | 41 | 27.5 |');
    expect(texts).not.toContain('27.5 |');
  });

  it('still opens a heading numbered so under a finished row, and after prose', () => {
    const page = [
      ...header,
      line(714, 72, 523, '| 1 | Tổ công tác liên ngành (Lao động, Giáo dục, Văn hóa) | 5 | 41 | 27.5 |'),
      line(691, 72, 250, '2.3 Kết quả thăm hộ'),
      line(668, 72, 523, 'Các tổ đã đến thăm các hộ có hoàn cảnh khó khăn trên địa bàn theo kế hoạch số'),
      line(645, 72, 200, '4.2 Tồn tại |'),
    ];
    const texts = buildBlocks([page]).map((b) => b.text);
    expect(texts).toContain('2.3 Kết quả thăm hộ');
    expect(texts).toContain('4.2 Tồn tại |');
  });
});
