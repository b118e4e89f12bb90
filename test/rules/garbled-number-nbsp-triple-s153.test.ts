import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'garbled-number';
const NB = '\u00a0';

// Session 30 (holdout153): a text that groups thousands with no-break spaces cuts a group with one too.
describe('garbled-number: three numbers before money, apart by no-break spaces', () => {
  it('reads "3 4 120 triệu đồng" written with no-break spaces as three numbers run together', async () => {
    // Hand-checked: 3, 4 and 120 make no number (a lead then groups of three digits would be "34 120" or "3 004 120").
    const doc = [
      `Toàn xã có 2${NB}650 hộ, trong năm cấp nước sạch cho 1${NB}240 hộ.`,
      `Kinh phí hỗ trợ xây dựng nhà văn hóa các thôn là 3${NB}4${NB}120 triệu đồng.`,
    ].join('\n') + '\n';
    expect((await findingsOf(RULE, doc)).map((f) => [f.messageId, f.data.first, f.data.second, f.data.third])).toEqual([['garbledAmount', '3', '4', '120']]);
  });

  it('leaves a money amount grouped by no-break spaces alone', async () => {
    // Hand-checked: 3 004 120 is one amount, a lead and two groups of three digits.
    const doc = [`Toàn xã có 2${NB}650 hộ.`, `Kinh phí hỗ trợ xây dựng nhà văn hóa các thôn là 3${NB}004${NB}120 nghìn đồng.`].join('\n') + '\n';
    expect(await findingsOf(RULE, doc)).toEqual([]);
  });
});
