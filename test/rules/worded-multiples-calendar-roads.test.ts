import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Own sentences of several topics; every value checked by hand.
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';

describe('a multiple said in words ("gấp đôi", "gấp rưỡi", "gấp ba")', () => {
  const ratios = async (text: string) => (await findingsOf('claim-mismatch', text)).map((f) => [f.messageId, f.data.stated, f.data.high, f.data.low]);
  it('checks "gấp đôi" against the two values in brackets', async () => {
    // 12/5 = 2,4: not double; 10/5 = 2: double.
    expect(await ratios('- Số vụ cháy năm nay gấp đôi năm trước (12 vụ so với 5 vụ).\n')).toEqual([['ratioMismatch', 2, 12, 5]]);
    expect(await ratios('- Số vụ cháy năm nay gấp đôi năm trước (10 vụ so với 5 vụ).\n')).toEqual([]);
  });
  it('reads a bare "Số X tăng gấp rưỡi so với cùng kỳ" on the value and the earlier value its paragraph stated before', async () => {
    // 1.500/1.000 = 1,5: right; 1.300/1.000 = 1,3: no "gấp rưỡi".
    const text = (now: string) => `- Tiêm phòng ${now} liều vắc xin cho đàn gia cầm (cùng kỳ 1.000 liều); số liều vắc xin cho đàn gia cầm tăng gấp rưỡi so với cùng kỳ.\n`;
    expect(await ratios(text('1.500'))).toEqual([]);
    expect(await ratios(text('1.300'))).toEqual([['ratioMismatch', 1.5, 1300, 1000]]);
  });
  it('leaves a bare subject alone when its paragraph states no earlier value', async () => {
    expect(await ratios('- Tiêm phòng 1.300 liều vắc xin cho đàn gia cầm; số liều vắc xin cho đàn gia cầm tăng gấp rưỡi so với cùng kỳ.\n')).toEqual([]);
  });
});

describe('a day its month does not have', () => {
  const dates = async (text: string) => (await findingsOf('date-out-of-period', text)).map((f) => [f.messageId, f.data.found, f.data.last]);
  const body = (day: string) => report('BÁO CÁO', 'Kết quả công tác dân số năm 2025', 'I. KẾT QUẢ', `- Tổ chức hội nghị triển khai vào ngày ${day}.`);
  it('flags 31/4, 30/02 and 29/02 of a common year, and none of a real day', async () => {
    expect(await dates(body('31/4/2025'))).toEqual([['dateNotExists', '31/4/2025', '30']]);
    expect(await dates(body('30/02/2025'))).toEqual([['dateNotExists', '30/02/2025', '28']]);
    expect(await dates(body('29/02/2025'))).toEqual([['dateNotExists', '29/02/2025', '28']]);
    expect(await dates(body('30/4/2025'))).toEqual([]);
  });
});

describe('list items named by a road class and number, or a classifier and a proper name', () => {
  const lists = async (text: string) => (await findingsOf('list-count-mismatch', text)).map((f) => [f.data.count, f.data.listed]);
  it('counts "Quốc lộ 1A", "ĐT.741" and "đường Trần Phú" as one name each', async () => {
    const text = (n: string) => report('1. Kết quả', `- Lắp đặt đèn tín hiệu trên ${n} tuyến gồm: Quốc lộ 1A, Quốc lộ 14, ĐT.741 và đường Trần Phú; kinh phí do tỉnh cấp.`);
    expect(await lists(text('03'))).toEqual([[3, 4]]);
    expect(await lists(text('04'))).toEqual([]);
  });
  it('keeps the shorter reading when the last "và" joins a common noun phrase', async () => {
    // "khu vực chợ Đồng" is another place of the sentence, not one more road: 3 roads.
    expect(await lists(report('1. Kết quả', '- Ra quân dọn dẹp 03 tuyến đường: Điện Biên Phủ, Hà Huy Tập, Lê Độ và khu vực chợ Đồng.'))).toEqual([]);
  });
});
