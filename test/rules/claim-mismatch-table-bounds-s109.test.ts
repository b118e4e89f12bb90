import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const targets = async (text: string) => (await findingsOf('claim-mismatch', text)).filter((f) => f.messageId === 'targetMismatch').map((f) => [f.data.value, f.data.target]);

// A claim of a ceiling every row keeps, two paragraphs above the table it speaks of (its caption and unit line between).
const report = (coliform: string) => [
  'II. KẾT QUẢ',
  '- Trung tâm đã lấy 400 mẫu nước sinh hoạt tại các trạm cấp nước. Tỷ lệ mẫu nước chưa đạt ở tất cả các chỉ tiêu đều dưới 5%.',
  '- Các trạm có mẫu chưa đạt đã được yêu cầu súc rửa bể chứa và bổ sung hóa chất khử trùng.',
  'Bảng 3. Kết quả xét nghiệm mẫu nước theo chỉ tiêu',
  'Đơn vị tính: mẫu',
  'Chỉ tiêu\tSố mẫu\tĐạt\tChưa đạt\tTỷ lệ chưa đạt (%)',
  'Độ đục\t100\t97\t3\t3,0',
  'Clo dư\t100\t96\t4\t4,0',
  `Coliform\t100\t${100 - Number(coliform)}\t${coliform}\t${coliform},0`,
  'pH\t100\t98\t2\t2,0',
  // Hand-checked totals: đạt 97 + 96 + (100 − c) + 98 = 391 − c; chưa đạt 3 + 4 + c + 2 = 9 + c, of 400 samples.
  coliform === '6' ? 'Cộng\t400\t385\t15\t3,8' : 'Cộng\t400\t387\t13\t3,3',
  '',
].join('\n');

describe('claim-mismatch: a ceiling claimed of a table\'s rows (session 21, s109)', () => {
  it('reads the claim a few paragraphs above the table, its rows\' noun and the negated column name being the table\'s own words', async () => {
    // Hand-checked: the Coliform row's rate of failed samples, 6,0%, is not below the 5% claimed of every indicator.
    expect(await targets(report('6'))).toEqual([[6, 5]]);
    // Every row below 5% (Coliform 4,0): the claim holds.
    expect(await targets(report('4'))).toEqual([]);
  });
});
