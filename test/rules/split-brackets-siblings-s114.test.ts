import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 22 (holdout114 studied): a bracket that splits the amount before it, and names told apart by one breakdown.
const of = async (rule: string, text: string) => (await findingsOf(rule, text + '\n')).filter((f) => f.severity !== 'info').map((f) => [f.messageId, f.data]);

// 12 + 16 = 28 vụ split in the bracket; the head's name has a comma of its own ("an toàn thực phẩm, vệ sinh môi trường").
const HEAD = 'Năm 2025 phát hiện 28 vụ vi phạm an toàn thực phẩm, vệ sinh môi trường (12 vụ vi phạm nhãn mác, 16 vụ vi phạm điều kiện vệ sinh)';

describe('a bracket splitting the amount before it, after a name with a comma', () => {
  it('a change after the bracket is told of the head: 28 from 35 is −20%', async () => {
    expect(await of('claim-mismatch', `${HEAD}, giảm 20% so với năm 2024 (35 vụ).`)).toEqual([]);
  });
  it('and a wrong change is still read against the head, not the bracket\'s last member', async () => {
    expect(await of('claim-mismatch', `${HEAD}, giảm 25% so với năm 2024 (35 vụ).`)).toEqual([
      ['changeMismatch', expect.objectContaining({ verb: 'giảm', stated: 25, base: 35, value: 28, actual: 20 })],
    ]);
  });
  it('"trong đó" after the bracket splits the head (20 ≤ 28), not the last member (16)', async () => {
    expect(await of('part-exceeds-whole', `${HEAD}, giảm 20% so với năm 2024 (35 vụ); trong đó vụ do hộ kinh doanh cá thể 20 vụ.`)).toEqual([]);
  });
  it('a part larger than the head is still reported against the head', async () => {
    expect(await of('part-exceeds-whole', `${HEAD}, giảm 20% so với năm 2024 (35 vụ); trong đó vụ do hộ kinh doanh cá thể 31 vụ.`)).toEqual([
      ['partExceedsWhole', expect.objectContaining({ part: 31, whole: 28 })],
    ]);
  });
  it('a bracket restating one amount is still the whole a connector splits', async () => {
    // 9 > 7 of "(07 vụ)", the head restated in brackets.
    expect((await of('part-exceeds-whole', 'Trong năm xảy ra số vụ cháy rừng là bảy vụ (07 vụ), trong đó cháy rừng phòng hộ 09 vụ.')).map((f) => f[0])).toEqual(['partExceedsWhole']);
  });
});

describe('two names a breakdown states side by side are two quantities elsewhere too', () => {
  const REPORT = [
    'I. TÌNH HÌNH CHUNG',
    'Xã có 2 140 hộ dân. Tổng số người cao tuổi là 1 315 người; trong đó người cao tuổi sống một mình 58 người, người cao tuổi có nguy cơ phải sống một mình 126 người, người cao tuổi thuộc hộ nghèo 73 người.',
    'II. KẾT QUẢ',
    '* Người cao tuổi sống một mình 58 người, gồm: 20 người trên 80 tuổi, 38 người từ 60 đến 80 tuổi.',
  ];
  it('"… có nguy cơ phải sống một mình 126" is no refinement of "… sống một mình 58"', async () => {
    const text = [...REPORT, '* Người cao tuổi có nguy cơ phải sống một mình 126 người, chia ra: thôn Đông 70 người, thôn Tây 56 người.'].join('\n');
    expect(await of('repeated-value-conflict', text)).toEqual([]);
  });
  it('the same name restated at another value is still a conflict', async () => {
    const text = [...REPORT, '* Người cao tuổi có nguy cơ phải sống một mình 162 người, chia ra: thôn Đông 90 người, thôn Tây 72 người.'].join('\n');
    expect((await of('repeated-value-conflict', text)).map((f) => [f[0], (f[1] as { value: string }).value, (f[1] as { other: string }).other])).toEqual([
      ['repeatedValueConflict', '126', '162'],
    ]);
  });
});
