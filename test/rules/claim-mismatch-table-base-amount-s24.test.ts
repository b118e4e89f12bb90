import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// An absolute change ("tăng 307 người so với năm 2023") whose earlier value only a nearby table's row gives
// (src/extract/claims-table-base.ts), as the percent change of claim-mismatch-table-base-s23.
const RULE = 'claim-mismatch';
const run = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'changeMismatch');
const numbers = async (text: string) => (await run(text)).map((f) => [f.data.stated, f.data.base, f.data.value, f.data.actual]);

// Labour, hand-checked: lao động có việc làm 4.815 → 5.096 is +281; lao động qua đào tạo 2.640 → 2.602 is −38.
const labour = (claim: string) => [
  '2. Lao động, việc làm',
  claim,
  'Bảng 2. Lao động trên địa bàn xã',
  '(ĐVT: người)',
  'STT\tChỉ tiêu\tNăm 2024\tNăm 2025',
  '1\tLao động có việc làm\t4.815\t5.096',
  '2\tLao động qua đào tạo\t2.640\t2.602',
  '3\tLao động đi làm việc ở nước ngoài\t112\t131',
  'Công tác giới thiệu việc làm được duy trì.',
].join('\n');

// Forestry, hand-checked: rừng trồng mới 126,5 → 140,2 ha is +13,7 ha.
const forestry = (claim: string) => [
  '3. Lâm nghiệp',
  'STT\tChỉ tiêu\tCùng kỳ\tKỳ này',
  '1\tDiện tích rừng trồng mới (ha)\t126,5\t140,2',
  '2\tSố vụ cháy rừng (vụ)\t3\t1',
  claim,
].join('\n');

describe('claim-mismatch: an absolute change whose earlier value is only in a table row', () => {
  it('flags an amount that is not the difference of the row\'s two cells', async () => {
    expect(await numbers(labour('Năm 2025, toàn xã có 5.096 lao động có việc làm, tăng 307 người so với năm 2024.'))).toEqual([[307, 4815, 5096, 281]]);
    expect(await run(labour('Năm 2025, toàn xã có 5.096 lao động có việc làm, tăng 281 người so với năm 2024.'))).toEqual([]);
    // A fall: 2.640 − 2.602 = 38.
    expect(await numbers(labour('Số lao động qua đào tạo năm 2025 là 2.602 người, giảm 83 người so với năm trước.'))).toEqual([[83, 2640, 2602, 38]]);
    expect(await run(labour('Số lao động qua đào tạo năm 2025 là 2.602 người, giảm 38 người so với năm trước.'))).toEqual([]);
  });

  it('reads a decimal amount at its written decimals, beside "Cùng kỳ | Kỳ này" columns', async () => {
    expect(await numbers(forestry('Diện tích rừng trồng mới đạt 140,2 ha, tăng 17,3 ha so với cùng kỳ.'))).toEqual([[17.3, 126.5, 140.2, 13.7]]);
    expect(await run(forestry('Diện tích rừng trồng mới đạt 140,2 ha, tăng 13,7 ha so với cùng kỳ.'))).toEqual([]);
  });

  it('says nothing when unsure: a hedge, another noun, another year, an unnamed row', async () => {
    const wrong = 'Năm 2025, toàn xã có 5.096 lao động có việc làm, tăng 307 người so với năm 2024.';
    expect(await run(labour(wrong.replace('tăng 307', 'tăng khoảng 307')))).toEqual([]);
    // The change counts something else than the current value ("hộ" of "người").
    expect(await run(labour(wrong.replace('307 người', '307 hộ')))).toEqual([]);
    expect(await run(labour(wrong.replace('so với năm 2024', 'so với năm 2022')))).toEqual([]);
    expect(await run(labour('Năm 2025, toàn xã có 5.096 người tham gia bảo hiểm xã hội, tăng 307 người so với năm 2024.'))).toEqual([]);
  });
});
