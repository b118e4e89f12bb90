import { describe, expect, it } from 'vitest';
import { scoreReading } from '../../src/report/score.js';
import { doc, figure, gold } from '../helpers/score-docs.js';

// Session 49 (h213): a not-figure quoted on into the next table cell ("(quý 1/2025) | 240") because its own text opens two
// rows: only a number of its own text read as a figure misreads it, never the real figure of the cell it reached into.
describe('a not-figure quoted on into a number cell to be unique', () => {
  const row1 = '| 1 | Vụ Đông Xuân (quý 1/2025) | 240 | 15 |';
  const row2 = '| 2 | Vụ Đông Xuân (quý 1/2025) | 36 | 15 |';
  const nf = '(quý 1/2025) | 240';

  it('does not count the cell\'s figure against the not-figure when its own text stands twice', () => {
    const r = scoreReading(doc([], [figure('240', 240, row1), figure('36', 36, row2)]), gold({ notFigures: [nf] }))!;
    expect(r.notFiguresRead).toBe(0);
    expect(r.misses).toEqual([]);
  });

  it('still counts a number of its own text read as a figure', () => {
    const r = scoreReading(doc([], [figure('1/2025', 1, row1, 1, 2025), figure('240', 240, row1), figure('36', 36, row2)]), gold({ notFigures: [nf] }))!;
    expect(r.notFiguresRead).toBe(1);
    expect(r.misses).toEqual(['not a figure, read as one: (quý 1/2025) | 240 (1/2025)']);
  });

  it('counts the whole quote as its own text when the part before the cell is unique', () => {
    const r = scoreReading(doc([], [figure('240', 240, row1), figure('36', 36, '| 2 | Vụ Mùa (quý 3/2025) | 36 | 15 |')]), gold({ notFigures: [nf] }))!;
    expect(r.notFiguresRead).toBe(1);
    expect(r.misses).toEqual(['not a figure, read as one: (quý 1/2025) | 240 (240)']);
  });
});
