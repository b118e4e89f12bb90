import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "<value>, cao hơn/thấp hơn <what> là N <unit> (B)": a difference with its amount, the other value bracketed after it
// (src/extract/claims-compared-amount.ts).
const seen = async (text: string) => (await findingsOf('claim-mismatch', `I. KẾT QUẢ\n${text}\n`))
  .filter((f) => f.messageId === 'changeMismatch')
  .map((f) => [f.data.verb, f.data.base, f.data.value, f.data.way, f.data.size]);

describe('claim-mismatch: a comparative with its amount and the other value in brackets', () => {
  it('flags a difference told the wrong way or by the wrong amount', async () => {
    expect(await seen('- Giá bán cà phê nhân bình quân đạt 96.500 đồng/kg, thấp hơn niên vụ trước là 4.500 đồng/kg (92.000 đồng/kg).'))
      .toEqual([['thấp hơn', 92000, 96500, 'cao hơn', 4500]]);
    expect(await seen('- Sản lượng sữa bình quân đạt 18,4 lít/con/ngày, cao hơn năm 2022 là 1,5 lít/con/ngày (17,2 lít/con/ngày).'))
      .toEqual([['cao hơn', 17.2, 18.4, 'cao hơn', 1.2]]);
  });
  it('stays silent on a true difference, another unit, a hedge or a bracket holding more than the value', async () => {
    expect(await seen('- Giá bán cà phê nhân bình quân đạt 96.500 đồng/kg, cao hơn niên vụ trước là 4.500 đồng/kg (92.000 đồng/kg).')).toEqual([]);
    expect(await seen('- Sản lượng sữa bình quân đạt 18,4 lít/con/ngày, cao hơn năm 2022 là 1,5 lít/con/ngày (17,2 tấn).')).toEqual([]);
    expect(await seen('- Sản lượng sữa bình quân đạt khoảng 18,4 lít/con/ngày, cao hơn năm 2022 là 1,5 lít/con/ngày (17,2 lít/con/ngày).')).toEqual([]);
    expect(await seen('- Sản lượng sữa bình quân đạt 18,4 lít/con/ngày, cao hơn năm 2022 là 1,5 lít/con/ngày (đàn 250 con).')).toEqual([]);
  });
});
