import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Reports that mix number styles (src/extract/numbers.ts): the rules judge the value a token of one style's shape is read at,
// whatever the document's style. Figures written for this test.
const VI_LEAD = 'Toàn xã có 3.215 hộ dân, tỷ lệ hộ tham gia bảo hiểm y tế đạt 91,25%, tăng 1,35% so với cùng kỳ; giải quyết 1.084 hồ sơ.';
const partsSum = async (text: string) => (await findingsOf('parts-sum-mismatch', `I. KẾT QUẢ\n${VI_LEAD}\n${text}\n`)).map((f) => f.data);

describe('parts-sum-mismatch: English-typed amounts in a Vietnamese report', () => {
  it('flags a budget breakdown typed the English way that misses its total', async () => {
    // Hand-checked: 1,200,000,000 + 850,000,000 + 350,000,000 = 2,400,000,000 đồng, not 2,450,000,000.
    expect(await partsSum('Tổng kinh phí xây dựng nhà văn hóa là 2,450,000,000 đồng, gồm: ngân sách tỉnh 1,200,000,000 đồng; ngân sách huyện 850,000,000 đồng; nhân dân đóng góp 350,000,000 đồng.'))
      .toMatchObject([{ sum: 2_400_000_000, whole: 2_450_000_000 }]);
  });

  it('stays silent on the same breakdown when it adds up', async () => {
    // Hand-checked: 1,250,000,000 + 850,000,000 + 350,000,000 = 2,450,000,000.
    expect(await partsSum('Tổng kinh phí xây dựng nhà văn hóa là 2,450,000,000 đồng, gồm: ngân sách tỉnh 1,250,000,000 đồng; ngân sách huyện 850,000,000 đồng; nhân dân đóng góp 350,000,000 đồng.')).toEqual([]);
  });
});

// An English-style report (commas group) whose table counts are grouped by spaces.
const EN_LEAD = [
  'Tổng kinh phí y tế dự phòng là 1,465,800,000 đồng, bằng 87.5% dự toán (1,675,200,000 đồng).',
  'Chi tiêm chủng 845,300,000 đồng, chiếm 57.67%; chi truyền thông 120,500,000 đồng, chiếm 8.22%.',
].join('\n');
const TABLE = (total: string) => [
  '| Trạm y tế | Số lượt khám | Cùng kỳ |',
  '|---|---|---|',
  '| Trạm Đông | 1 245 | 1 180 |',
  '| Trạm Tây | 2 370 | 2 215 |',
  `| Tổng cộng | ${total} | 3 395 |`,
].join('\n');
const tableTotal = async (total: string) => (await findingsOf('table-total-mismatch', `I. KẾT QUẢ\n${EN_LEAD}\n${TABLE(total)}\n`)).map((f) => f.data);

describe('table-total-mismatch: space-grouped cells in an English-style report', () => {
  it('flags a column total that misses the sum of its rows', async () => {
    // Hand-checked: 1 245 + 2 370 = 3 615, not 3 625.
    expect(await tableTotal('3 625')).toMatchObject([{ stated: 3625, actual: 3615 }]);
  });

  it('stays silent when the column adds up', async () => {
    // Hand-checked: 1 245 + 2 370 = 3 615; 1 180 + 2 215 = 3 395.
    expect(await tableTotal('3 615')).toEqual([]);
  });
});

// A Vietnamese report that groups with spaces: a run of numbers grouped wrongly stays garbled.
describe('garbled-number: a wrongly grouped run beside English-typed sums', () => {
  it('still flags "3 1 48,6 tỷ đồng" and reads the English-typed sum', async () => {
    const text = 'I. KẾT QUẢ\nToàn huyện có 12 450 hộ và 3 215 lao động; 1 245 000 người tham gia.\nThu ngân sách đạt 3 1 48,6 tỷ đồng; chi đầu tư 1,250,000,000 đồng.\n';
    const found = await findingsOf('garbled-number', text);
    expect(found.map((f) => f.messageId)).toEqual(['malformedNumber']);
  });
});
