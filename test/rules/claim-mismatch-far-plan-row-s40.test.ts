import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "<subject> vượt kế hoạch đề ra" with no figure, the plan table in another section: the one row of the report's plan
// tables whose label the subject's telling words name. Sentences, tables and figures written for this test.
const RULE = 'claim-mismatch';
const report = (claim: string, done = '41') => [
  'BÁO CÁO', '', 'I. KẾT QUẢ', '1. Chăn nuôi', `Đàn gia cầm phát triển ổn định. ${claim}`, 'Không có dịch bệnh lớn xảy ra.',
  '', 'II. BIỂU CHỈ TIÊU',
  'Bảng 5. Chỉ tiêu thú y năm 2024',
  '| STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2024 | Thực hiện năm 2024 | Tỷ lệ (%) |',
  '|---|---|---|---|---|---|',
  `| 1 | Tiêm phòng dại cho chó | con | 46 | ${done} | ${((Number(done) / 46) * 100).toFixed(1).replace('.', ',')} |`,
  '| 2 | Phun khử trùng chuồng trại | lượt | 30 | 33 | 110,0 |',
  '', 'III. NHIỆM VỤ', 'Duy trì công tác tiêm phòng.',
].join('\n') + '\n';

describe('claim-mismatch: a figure-less plan claim against the one far table row naming its subject (s40)', () => {
  it('flags a row whose result is below its plan', async () => {
    // 41 < 46.
    await expectFindings(RULE, report('Nhìn chung, công tác tiêm phòng dại cho chó năm nay vượt kế hoạch đề ra.'), [
      { messageId: 'targetMismatch', data: { value: 41, target: 46 } },
    ]);
  });

  it('says nothing when the row passed its plan, or no row names the subject', async () => {
    await expectNone(RULE, report('Nhìn chung, công tác tiêm phòng dại cho chó năm nay vượt kế hoạch đề ra.', '49'));
    await expectNone(RULE, report('Nhìn chung, công tác tiêm phòng lở mồm long móng năm nay vượt kế hoạch đề ra.'));
  });
});
