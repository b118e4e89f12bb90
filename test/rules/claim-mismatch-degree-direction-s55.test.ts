import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "<value>, tăng nhẹ / giảm mạnh so với năm Y" with no amount: a word of degree after the verb leaves the claim a way of
// change, its earlier value only in a table row (src/extract/claims-table-base.ts, readTableBaseDirections) or in a bracket
// of its own or the value's aside (src/extract/claims-own-direction.ts).
const seen = async (text: string) => (await findingsOf('claim-mismatch', text))
  .filter((f) => f.messageId === 'directionMismatch')
  .map((f) => [f.data.verb, f.data.base, f.data.value]);

// Budget: the table right below the claim, in its section, money at the row's unit.
const budget = (claim: string) => `I. KẾT QUẢ
1. Thu, chi ngân sách
${claim}
Bảng 1. Thu, chi ngân sách xã
| STT | Chỉ tiêu | Đơn vị tính | Năm 2023 | Năm 2024 |
|---|---|---|---|---|
| 1 | Thu ngân sách nhà nước trên địa bàn | tỷ đồng | 80,2 | 84,6 |
| 2 | Chi ngân sách xã | tỷ đồng | 21,4 | 19,8 |
`;

// Health: the claim in one section, its table in another, the row named by three words of its label and more.
const health = (claim: string) => `I. KẾT QUẢ
1. Khám, chữa bệnh
${claim} Trạm đã bố trí thêm 01 bàn khám.
2. Y tế dự phòng
Bảng 2. Một số chỉ tiêu y tế
| STT | Chỉ tiêu | Năm 2023 (lượt) | Năm 2024 (lượt) |
|---|---|---|---|
| 1 | Lượt khám chữa bệnh tại trạm | 12 980 | 12 450 |
| 2 | Lượt tiêm chủng mở rộng | 3 210 | 3 340 |
`;

describe('claim-mismatch: a way of change with a word of degree, against a table row (s55)', () => {
  it('flags "giảm nhẹ" where the row beside it rises', async () => {
    // Hand-checked: 80,2 → 84,6 tỷ đồng is a rise of 4,4 tỷ, not a fall (the cells' figures, at the row's unit).
    expect(await seen(budget('Thu ngân sách nhà nước trên địa bàn năm 2024 đạt 84,6 tỷ đồng, giảm nhẹ so với năm 2023 do giá đất tăng.')))
      .toEqual([['giảm', 80.2, 84.6]]);
  });

  it('flags "tăng mạnh" against a row of a table in another section', async () => {
    // Hand-checked: 12 980 → 12 450 visits is a fall of 530, not a rise.
    expect(await seen(health('Năm 2024, số lượt khám chữa bệnh tại trạm ước đạt 12 450 lượt, tăng mạnh so với năm 2023.')))
      .toEqual([['tăng', 12_980, 12_450]]);
  });

  it.each([
    ['a degree the row bears out', budget('Chi ngân sách xã năm 2024 là 19,8 tỷ đồng, giảm nhẹ so với năm 2023.')],
    ['a negated degree ("không đáng kể")', budget('Thu ngân sách nhà nước trên địa bàn năm 2024 đạt 84,6 tỷ đồng, giảm không đáng kể so với năm 2023.')],
    ['another year than the table\'s', budget('Thu ngân sách nhà nước trên địa bàn năm 2024 đạt 84,6 tỷ đồng, giảm nhẹ so với năm 2022.')],
    ['a value that is not the row\'s', health('Năm 2024, số lượt khám chữa bệnh tại trạm ước đạt 13 450 lượt, tăng mạnh so với năm 2023.')],
    ['a base written in a bracket', health('Năm 2024, số lượt khám chữa bệnh tại trạm ước đạt 12 450 lượt, tăng nhẹ so với năm 2023 (12 300 lượt).')],
  ])('%s: nothing is said', async (_case, text) => {
    expect(await seen(text)).toEqual([]);
  });
});

// Citizens' petitions and market inspection: the earlier value in the claim's own bracket, or in the value's aside.
const petitions = (s: string) => `I. KẾT QUẢ\n1. Tiếp công dân, giải quyết đơn thư\n${s}\n`;

describe('claim-mismatch: a way of change with a word of degree, against its bracketed base (s55)', () => {
  it('flags "giảm nhẹ" against a smaller base in the claim\'s bracket, and "giảm mạnh" against one in the value\'s aside', async () => {
    // Hand-checked: 38 → 40 letters is a rise of 2; 127 → 142 cases a rise of 15.
    expect(await seen(petitions('Trong năm, Ban Tiếp công dân tiếp nhận 40 đơn thư, giảm nhẹ so với năm 2024 (38 đơn thư); đã chuyển cơ quan có thẩm quyền giải quyết.')))
      .toEqual([['giảm', 38, 40]]);
    expect(await seen(petitions('Lực lượng quản lý thị trường phát hiện 142 vụ vi phạm (năm 2023: 127 vụ), giảm mạnh so với năm 2023.')))
      .toEqual([['giảm', 127, 142]]);
  });

  it('stays silent when the bracket bears the claim out', async () => {
    expect(await seen(petitions('Trong năm, Ban Tiếp công dân tiếp nhận 40 đơn thư, giảm nhẹ so với năm 2024 (45 đơn thư); đã chuyển cơ quan có thẩm quyền giải quyết.'))).toEqual([]);
    expect(await seen(petitions('Lực lượng quản lý thị trường phát hiện 112 vụ vi phạm (năm 2023: 127 vụ), giảm mạnh so với năm 2023.'))).toEqual([]);
  });
});
