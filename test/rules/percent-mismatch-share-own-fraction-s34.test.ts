import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { extractFigures } from '../../src/extract/figures.js';
import { snippetSource } from '../extract/seed-blocks.js';

const run = (text: string) => findingsOf('percent-mismatch', text);
const figuresOf = (line: string) => {
  const source = snippetSource(line);
  return extractFigures(source, source.blocks.map(() => 0)).figures;
};

describe('a share naming what it is of, then its own fraction in brackets', () => {
  // Hand-checked: 6 + 18 = 24 households helped of 8 + 22 = 30 proposed: 24/30 = 80%; 18/22 (one group only) = 81,8%.
  const helped = (stated: string) =>
    `Xã đề xuất hỗ trợ sinh kế cho 08 hộ nghèo và 22 hộ cận nghèo; đã hỗ trợ được 06 hộ nghèo và 18 hộ cận nghèo, chiếm ${stated} số đề xuất (24/30 hộ).\n`;

  it('pairs the bracketed fraction with the share before it', () => {
    const figs = figuresOf('đã hỗ trợ 06 hộ nghèo và 18 hộ cận nghèo, chiếm 80% số đề xuất (24/30 hộ)');
    expect(figs.find((f) => f.kind === 'fraction')?.percent).toBe(80);
    // "đạt tỷ lệ" hands the share over as well.
    const rate = figuresOf('Tiêm đủ mũi cho trẻ, đạt tỷ lệ 92,5% số trẻ trong diện (37/40 trẻ)');
    expect(rate.find((f) => f.kind === 'fraction')?.percent).toBe(92.5);
  });

  it('reads no other whole for it: the last group alone (18 of 22) is no share the text states', async () => {
    expect(await run(helped('80%'))).toEqual([]);
  });

  it('still flags a share that its own fraction does not give', async () => {
    const found = await run(helped('70%'));
    expect(found.map((x) => [x.messageId, x.data.num, x.data.den, x.data.stated])).toEqual([['percentMismatch', 24, 30, 70]]);
  });

  it('pairs nothing across a change or a comparison', () => {
    // A fall of a fifth is no share of 8/10; "so với kế hoạch" names a yardstick, not the things counted.
    expect(figuresOf('Số vụ cháy giảm 20% số vụ (8/10 vụ)').find((f) => f.kind === 'fraction')?.percent).toBeNull();
    expect(figuresOf('Trồng cây phân tán, đạt 95% số cây so với kế hoạch (19/25 nghìn cây)').find((f) => f.kind === 'fraction')?.percent).toBeNull();
  });
});
