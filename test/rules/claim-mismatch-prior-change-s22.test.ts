import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'claim-mismatch';
const run = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'changeMismatch');
const FACTS = 'Đến ngày 30/9/2025, toàn huyện đã thu học phí 1.250 triệu đồng; cùng kỳ năm 2024 thu học phí 1.000 triệu đồng.';

describe('claim-mismatch: a percent change of a worded subject against the two values the sentence before states', () => {
  it('flags a rise the current and earlier-period values of the subject do not give', async () => {
    // Hand-checked: 1.000 → 1.250 triệu đồng is +25,0%, not +15,0%.
    const f = await run(`${FACTS} Giá trị thu học phí 9 tháng năm 2025 tăng 15,0% so với cùng kỳ.`);
    expect(f.map((x) => [x.data.stated, x.data.actual])).toEqual([[15, 25]]);
    expect(await run(`${FACTS} Giá trị thu học phí 9 tháng năm 2025 tăng 25,0% so với cùng kỳ.`)).toEqual([]);
  });

  it('says nothing when the earlier value does not name the subject, two values could be current, or the subject is too bare', async () => {
    expect(await run('Đến ngày 30/9/2025, toàn huyện đã thu học phí 1.250 triệu đồng; cùng kỳ năm 2024 đạt 1.000 triệu đồng. Giá trị thu học phí tăng 15,0% so với cùng kỳ.')).toEqual([]);
    expect(await run('Trường A thu học phí 1.250 triệu đồng, trường B thu học phí 900 triệu đồng; cùng kỳ năm 2024 thu học phí 1.000 triệu đồng. Giá trị thu học phí tăng 15,0% so với cùng kỳ.')).toEqual([]);
    expect(await run(`${FACTS} Giá trị 9 tháng năm 2025 tăng 15,0% so với cùng kỳ.`)).toEqual([]);
    // A year the subject names that is the earlier value's own: the comparison is of another pair.
    expect(await run(`${FACTS} Giá trị thu học phí năm 2024 tăng 15,0% so với cùng kỳ.`)).toEqual([]);
  });
});
