import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 25: a multiple of a stated value held against a table row in another section, found by the statement's own noun
// (src/extract/claims-table-base.ts, far rows). Sentences and table written for this test (health).
const RULE = 'claim-mismatch';
const run = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'ratioMismatch');

// Hand-checked: trẻ tiêm đủ mũi 420 → 630 is 1,5 times; khám sàng lọc 800 → 1.600 is 2 times.
const doc = (claim: string, rows: string[] = []) => [
  '1. Kết quả chung',
  '1.1 Các chỉ tiêu chủ yếu',
  'Bảng 1. Một số chỉ tiêu y tế 6 tháng',
  'Chỉ tiêu\tĐVT\t6 tháng năm 2024\t6 tháng năm 2025',
  'Trẻ em được tiêm chủng đầy đủ\ttrẻ\t420\t630',
  'Lượt khám sàng lọc bệnh không lây nhiễm\tlượt\t800\t1.600',
  ...rows,
  '1.2 Công tác truyền thông',
  'Trạm y tế phối hợp với các thôn tổ chức truyền thông trên loa phát thanh.',
  'Các buổi truyền thông được duy trì đều đặn hằng tháng.',
  'Cán bộ y tế thôn tham gia đầy đủ các buổi tập huấn.',
  '2. Tiêm chủng mở rộng',
  '2.1 Kết quả tiêm chủng',
  claim,
  'Không có trường hợp phản ứng nặng sau tiêm.',
].join('\n');

describe('claim-mismatch: a multiple held against a named row of a table in another section', () => {
  it('flags "gấp đôi" where the row its noun names gives 1,5 times', async () => {
    const [f, ...rest] = await run(doc('Trong kỳ có 630 trẻ em được tiêm chủng đầy đủ, gấp đôi cùng kỳ năm 2024.'));
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ stated: 2, high: 630, low: 420, actual: 1.5 });
  });

  it('says nothing when the multiple agrees', async () => {
    expect(await run(doc('Trong kỳ có 1.600 lượt khám sàng lọc bệnh không lây nhiễm, gấp đôi cùng kỳ năm 2024.'))).toEqual([]);
  });

  it('says nothing when the statement does not name the row, or two rows far off hold the value', async () => {
    // "trẻ em" alone is not the row's label.
    expect(await run(doc('Trong kỳ có 630 trẻ em được khám, gấp đôi cùng kỳ năm 2024.'))).toEqual([]);
    // A second table elsewhere names the same quantity with the same value: which earlier value is meant is unsure.
    expect(await run(doc('Trong kỳ có 630 trẻ em được tiêm chủng đầy đủ, gấp đôi cùng kỳ năm 2024.', [
      'Bảng 2. Tiêm chủng theo đợt',
      'Chỉ tiêu\tĐVT\t6 tháng năm 2024\t6 tháng năm 2025',
      'Trẻ em được tiêm chủng đầy đủ\ttrẻ\t315\t630',
    ]))).toEqual([]);
  });
});
