import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 47: "<subject in words> năm nay tăng gấp đôi so với <period> (B)" whose current value an earlier sentence of the
// paragraph states, the head of a "gồm" breakdown (src/extract/claims-ratio-subject.ts). Sentences and numbers written for
// this test; the report is of 2024.
const ratios = async (paragraph: string) =>
  (await findingsOf('claim-mismatch', `BÁO CÁO\nKết quả công tác an sinh xã hội năm 2024\nI. KẾT QUẢ\n1. Nhà nhân ái\n${paragraph}\n2. Văn hóa\nTổ chức 05 lớp tập huấn.\n`))
    .filter((f) => f.messageId === 'ratioMismatch').map((f) => f.data);

const MONEY = (total: number, base: string) => `Hội Chữ thập đỏ đã vận động xây dựng nhà nhân ái với tổng kinh phí ${total} triệu đồng, gồm: ngân sách tỉnh 60 triệu đồng; các doanh nghiệp 70 triệu đồng; nhân dân đóng góp ${total - 130} triệu đồng. Kinh phí nhà nhân ái năm nay tăng gấp đôi so với ${base}.`;

describe('claim-mismatch: a multiple of a worded subject, its current value told earlier in the paragraph (s47)', () => {
  it('flags a worded multiple the total and the bracketed base do not bear', async () => {
    // 180 / 120 = 1,5: no "gấp đôi".
    expect(await ratios(MONEY(180, 'năm 2023 (120 triệu đồng)'))).toEqual([expect.objectContaining({ stated: 2, high: 180_000_000, low: 120_000_000, actual: 1.5 })]);
    // A count, "gấp ba": 36 / 20 = 1,8.
    expect(await ratios('Đội văn nghệ xã đã biểu diễn 36 buổi phục vụ nhân dân tại các thôn. Buổi biểu diễn văn nghệ năm nay tăng gấp ba so với năm trước (20 buổi).'))
      .toEqual([expect.objectContaining({ stated: 3, high: 36, low: 20 })]);
  });

  it('says nothing when the pair bears it, the base year is the report\'s own, or the subject is unnamed before', async () => {
    // 180 / 90 = 2.
    expect(await ratios(MONEY(180, 'năm 2023 (90 triệu đồng)'))).toEqual([]);
    // 36 / 12 = 3.
    expect(await ratios('Đội văn nghệ xã đã biểu diễn 36 buổi phục vụ nhân dân tại các thôn. Buổi biểu diễn văn nghệ năm nay tăng gấp ba so với năm trước (12 buổi).')).toEqual([]);
    // "năm 2024" is the report's own year: no earlier period.
    expect(await ratios(MONEY(180, 'năm 2024 (120 triệu đồng)'))).toEqual([]);
    // "chiếu phim" is named nowhere before: no current value.
    expect(await ratios('Đội văn nghệ xã đã biểu diễn 36 buổi phục vụ nhân dân tại các thôn. Buổi chiếu phim lưu động năm nay tăng gấp ba so với năm trước (20 buổi).')).toEqual([]);
    // Two totals of the subject's words: which one is unsure.
    expect(await ratios('Đội văn nghệ xã đã biểu diễn 36 buổi tại các thôn; đội văn nghệ thanh niên biểu diễn 14 buổi. Buổi biểu diễn văn nghệ năm nay tăng gấp ba so với năm trước (20 buổi).')).toEqual([]);
  });
});
