import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'claim-mismatch';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';

describe('claim-mismatch: a way of change against the opening value ("so với đầu năm (…)")', () => {
  it('reads ", giảm so với đầu năm (X)" after a rate as its own direction claim', async () => {
    // Hand-checked: the share of unpaid fees rose from 3,4% at the start of the year to 4,1%: "giảm" contradicts it.
    const text = (verb: string) => report(
      'I. KẾT QUẢ',
      `Tổng số phí vệ sinh phải thu đến ngày 30/9/2025 là 820 triệu đồng. Số phí chưa thu được 34 triệu đồng, chiếm 4,1% tổng số phải thu, ${verb} so với đầu năm (3,4%).`,
    );
    const wrong = await findingsOf(RULE, text('giảm'));
    expect(wrong).toHaveLength(1);
    expect(wrong[0].evidence.map((e) => e.quote)).toContain('giảm so với đầu năm (3,4%)');
    expect(await findingsOf(RULE, text('tăng'))).toEqual([]);
  });

  it('reads "so với đầu kỳ (N hộ)" after a count the same way', async () => {
    // Hand-checked: 212 households now against 198 at the start of the period: a rise, so "giảm" is wrong.
    const text = (verb: string) => report('I. KẾT QUẢ', `Toàn xã hiện có 212 hộ kinh doanh cá thể, ${verb} so với đầu kỳ (198 hộ).`);
    expect(await findingsOf(RULE, text('giảm'))).toHaveLength(1);
    expect(await findingsOf(RULE, text('tăng'))).toEqual([]);
  });
});
