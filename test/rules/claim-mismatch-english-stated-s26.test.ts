import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 26 (holdout139): the multiples and percents the claim readers state ("gấp 1.5 lần", "tăng trên 12.5%") are read in
// the document's own number style, as its figures are. Sentences written for this test.
const RULE = 'claim-mismatch';
const run = async (text: string, id: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === id);
const ratios = async (text: string) => (await run(text, 'ratioMismatch')).map((f) => [f.data.stated, f.data.high, f.data.low, f.data.actual]);
const changes = async (text: string) => (await run(text, 'changeMismatch')).map((f) => [f.data.stated, f.data.base, f.data.value]);

// Written the English way throughout: "," groups thousands, "." is the decimal mark.
const LEAD = 'I. KẾT QUẢ\nToàn xã có 12,460 nhân khẩu, 3,125 hộ; tỷ lệ hộ dùng nước sạch 96.5%, hộ có nhà vệ sinh hợp vệ sinh 91.2%.';

describe('claim-mismatch: a stated multiple or percent read in an English-style report', () => {
  it('reads "gấp 2.5 lần" against the row of the table beside it', async () => {
    // Hand-checked: nhà văn hóa visits 2,400 → 3,600 is 1.5 times; "gấp 2.5 lần" is wrong, "gấp 1.5 lần" right.
    const doc = (claim: string) => [
      LEAD,
      claim,
      'Bảng 1. Hoạt động nhà văn hóa xã',
      'Chỉ tiêu\tĐVT\tNăm 2024\tNăm 2025',
      'Lượt người đến nhà văn hóa xã\tlượt\t2,400\t3,600',
      'Buổi sinh hoạt câu lạc bộ\tbuổi\t150\t210',
    ].join('\n');
    expect(await ratios(doc('Lượt người đến nhà văn hóa xã đạt 3,600 lượt, gấp 2.5 lần so với năm 2024.'))).toEqual([[2.5, 3600, 2400, 1.5]]);
    expect(await ratios(doc('Lượt người đến nhà văn hóa xã đạt 3,600 lượt, gấp 1.5 lần so với năm 2024.'))).toEqual([]);
  });

  it('reads a multiple with no figure of its subject against the count stated with its earlier value', async () => {
    // Hand-checked: 1,260 / 840 = 1.5, so "gấp 2.5 lần" is wrong and "gấp 1.5 lần" right.
    const doc = (n: string) => `${LEAD}\nTrạm Y tế đã khám sàng lọc cho 1,260 người cao tuổi (năm 2024: 840 người).\nSố người cao tuổi được khám sàng lọc gấp ${n} lần so với năm 2024.`;
    expect(await ratios(doc('2.5'))).toEqual([[2.5, 1260, 840, 1.5]]);
    expect(await ratios(doc('1.5'))).toEqual([]);
  });

  it('reads a change bounded from below against the count and change stated elsewhere', async () => {
    // Hand-checked: 52 clubs, up 4 from 48: +8.3%, short of "trên 12.5%"; "trên 7.5%" holds.
    const doc = (n: string) => `${LEAD}\n- Số câu lạc bộ thể dục thể thao đến cuối năm 52 câu lạc bộ, tăng 4 câu lạc bộ so với năm 2024.\n- Số câu lạc bộ thể dục thể thao tăng trên ${n}% so với năm 2024.`;
    expect(await changes(doc('12.5'))).toEqual([[12.5, 48, 52]]);
    expect(await changes(doc('7.5'))).toEqual([]);
  });

  it('reads a change led by its base after a ";"', async () => {
    // Hand-checked: 130 → 169 members is +30.0%; "tăng 32.5%" is wrong, "tăng 30.0%" right.
    const doc = (n: string) => `${LEAD}\nNăm 2025, Hội đã kết nạp 169 hội viên, đạt 105.6% kế hoạch (kế hoạch 160 hội viên); so với năm 2024 (130 hội viên) tăng ${n}%.`;
    expect(await changes(doc('32.5'))).toEqual([[32.5, 130, 169]]);
    expect(await changes(doc('30.0'))).toEqual([]);
  });

  it('reads no stated multiple whose decimal mark is not the report\'s own', async () => {
    // "1,5" in an English-style report is no decimal of it: unread, silent.
    const doc = `${LEAD}\nTrạm Y tế đã khám sàng lọc cho 1,260 người cao tuổi (năm 2024: 840 người).\nSố người cao tuổi được khám sàng lọc gấp 2,5 lần so với năm 2024.`;
    expect(await ratios(doc)).toEqual([]);
  });
});
