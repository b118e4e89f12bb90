import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const RULE = 'parts-sum-mismatch';

// Session 31 (holdout162): "<Tên> số 2 xã Tân Hòa 180 em": the number after "số" names the item in the place after it.
describe('a numbered item followed by the place it lies in', () => {
  it('reads no count in "số 1 xã Tân Hòa", so the parts of a "gồm:" add up as written', async () => {
    // Hand-checked: 240 + 180 + 130 = 550, not 560.
    const doc = 'Tổng số học sinh được hỗ trợ là 560 em, gồm: Trường Tiểu học số 1 xã Tân Hòa 240 em; Trường Tiểu học số 2 thị trấn Bình Minh 180 em; Trường Tiểu học Kim Đồng 130 em.\n';
    const found = await findingsOf(RULE, doc);
    expect(found.map((f) => [f.data.sum, f.data.whole])).toEqual([[550, 560]]);
  });

  it('keeps a count after a counting word, or before a run of place names', () => {
    const covered = (text: string, digit: string) => findNotFigureRanges(text, { atBlockStart: false }).some(([a, b]) => a <= text.indexOf(digit) && text.indexOf(digit) < b);
    expect(covered('Trạm Y tế số 3 phường Đông Sơn tiêm 85 trẻ.', '3')).toBe(true);
    expect(covered('Trong số 2 xã Yên Phú và Tân Lập có 45 hộ nghèo.', '2')).toBe(false);
    expect(covered('Điểm trường số 2 xã Yên Phú, Tân Lập và Minh Hòa có 30 trẻ.', '2')).toBe(false);
  });
});
