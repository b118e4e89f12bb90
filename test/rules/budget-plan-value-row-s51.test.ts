import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// A text rate of a plan that names no plan figure ("Thực hiện chi 24,615 tỷ đồng, đạt 62,15% dự toán") whose amount one
// table row restates by value beside its plan (src/extract/shares-plan-row.ts): the rate is held to done/plan of that row
// when the match is beyond doubt — the amount written in one cell only, same unit, one plan column, the row named by the
// heading or the sentence — and the row does not state the text's rate itself. Reports written for this test, in topics
// other than the holdout's (public investment): education spending, vaccination, crops.
const RULE = 'percent-mismatch';

const education = (rate: string, heading = 'a) Chi sự nghiệp giáo dục mầm non', extra = '') => [
  'BÁO CÁO',
  'Tình hình thực hiện dự toán chi ngân sách giáo dục năm 2025',
  'I. KẾT QUẢ THỰC HIỆN',
  '1. Chi thường xuyên',
  heading,
  `Thực hiện chi 24,615 tỷ đồng, đạt ${rate}% dự toán.`,
  'b) Chi sự nghiệp giáo dục tiểu học',
  'Thực hiện chi 31,240 tỷ đồng, đạt 71,00% dự toán.',
  '',
  'Biểu 1. Thực hiện dự toán chi sự nghiệp giáo dục',
  '| STT | Nội dung | Dự toán (tỷ đồng) | Thực hiện (tỷ đồng) | Tỷ lệ (%) |',
  '|---|---|---|---|---|',
  '| 1 | Chi sự nghiệp giáo dục mầm non | 38,240 | 24,615 | 64,37 |',
  '| 2 | Chi sự nghiệp giáo dục tiểu học | 44,000 | 31,240 | 71,00 |',
  '| 3 | Chi sự nghiệp giáo dục trung học cơ sở | 29,500 | 18,880 | 64,00 |',
  ...(extra ? ['', extra] : []),
  '',
].join('\n');

const vaccination = (rate: string) => [
  'BÁO CÁO',
  'Kết quả công tác y tế 9 tháng năm 2025',
  'I. CÔNG TÁC Y TẾ DỰ PHÒNG',
  '1. Tiêm chủng mở rộng',
  `Tiêm vắc xin sởi - rubella cho trẻ 18 tháng tuổi: đã tiêm 1.284 trẻ, đạt ${rate}% kế hoạch. Tiêm vắc xin DPT4: đã tiêm 1.102 trẻ, đạt 80,85% kế hoạch.`,
  '',
  'Bảng 2. Kết quả tiêm chủng mở rộng 9 tháng năm 2025',
  '| STT | Vắc xin | Kế hoạch (trẻ) | Thực hiện (trẻ) | Tỷ lệ (%) |',
  '|---|---|---|---|---|',
  '| 1 | Sởi - rubella | 1.520 | 1.284 | 84,47 |',
  '| 2 | DPT4 | 1.363 | 1.102 | 80,85 |',
  '',
].join('\n');

describe('percent-mismatch: a rate of the plan whose amount a table row restates by value (s51)', () => {
  it('holds "24,615 tỷ đồng, đạt 62,15% dự toán" to the row its heading names: 24,615/38,240 = 64,37%', async () => {
    const lead = 'Thực hiện chi 24,615 tỷ đồng, đạt ';
    await expectFindings(RULE, education('62,15'), [{ messageId: 'percentMismatch', data: { stated: 62.15, num: 24.615, den: 38.24, actual: 64.37 }, quote: '62,15%', at: lead, severity: 'error' }]);
  });

  it('holds vaccinated children to the row the sentence names: 1.284/1.520 = 84,47%, not 88,40%', async () => {
    const lead = 'Tiêm vắc xin sởi - rubella cho trẻ 18 tháng tuổi: đã tiêm 1.284 trẻ, đạt ';
    await expectFindings(RULE, vaccination('88,40'), [{ messageId: 'percentMismatch', data: { stated: 88.4, num: 1284, den: 1520, actual: 84.47 }, quote: '88,40%', at: lead }]);
  });

  it('stays silent when the text rate is the row\'s (and the row\'s arithmetic), or only truncated', async () => {
    await expectNone(RULE, education('64,37'));
    await expectNone(RULE, education('64,36'));
    await expectNone(RULE, vaccination('84,47'));
  });

  it('stays silent when the amount is written in two rows, or no heading nor sentence names the row', async () => {
    // 24,615 also in a second table: which row restates it is unsure.
    const twice = '| 1 | Trường Mầm non Sơn Ca | 40,100 | 24,615 | 61,38 |';
    await expectNone(RULE, education('62,15', 'a) Chi sự nghiệp giáo dục mầm non', ['Biểu 2. Chi theo trường', '| STT | Trường | Dự toán (tỷ đồng) | Thực hiện (tỷ đồng) | Tỷ lệ (%) |', '|---|---|---|---|---|', twice].join('\n')));
    await expectNone(RULE, education('62,15', 'a) Chi khác'));
  });

  it('stays silent on an amount of another unit, and on a row whose only plan-like cell is the amount itself', async () => {
    // 24,615 hecta in the text is no amount of tỷ đồng in the row.
    await expectNone(RULE, ['BÁO CÁO', '1. Chi sự nghiệp giáo dục mầm non', 'Trồng mới 24,615 ha, đạt 62,15% kế hoạch.', '', '| STT | Nội dung | Dự toán (tỷ đồng) | Thực hiện (tỷ đồng) | Tỷ lệ (%) |', '|---|---|---|---|---|', '| 1 | Chi sự nghiệp giáo dục mầm non | 38,240 | 24,615 | 64,37 |', ''].join('\n'));
    // The amount sits in the plan column: the text states the plan, not what was done.
    await expectNone(RULE, ['BÁO CÁO', '1. Cây ngô vụ đông', 'Diện tích gieo trồng 412,5 ha, đạt 95,0% kế hoạch.', '', '| STT | Cây trồng | Kế hoạch (ha) | Thực hiện (ha) | Tỷ lệ (%) |', '|---|---|---|---|---|', '| 1 | Cây ngô vụ đông | 412,5 | 380,0 | 92,12 |', ''].join('\n'));
  });
});
