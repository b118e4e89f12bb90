import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "đạt X% kế hoạch vốn giao năm 2024 (N)": the plan word may name what is planned, who set it and the year before the plan
// restated in brackets (src/extract/shares.ts, PLAN_BRACKET).
const RULE = 'percent-mismatch';
const report = (line: string) => ['BÁO CÁO', '', 'I. KẾT QUẢ', line, 'Các công trình thi công đúng tiến độ.'].join('\n');

describe('percent-mismatch: a plan named in a word or two before its bracket', () => {
  it('checks the rate against the plan in brackets after "kế hoạch vốn giao năm …"', async () => {
    // Hand-checked: 1 250/1 800 = 69,4%, stated 75,4%; 1 350/1 800 = 75,0%.
    await expectFindings(RULE, report('Vốn ngân sách tỉnh đã giải ngân 1 250 triệu đồng, đạt 75,4% kế hoạch vốn giao năm 2025 (1 800 triệu đồng).'), [
      { messageId: 'percentMismatch', data: { stated: 75.4, actual: 69.4 } },
    ]);
    await expectFindings(RULE, report('Đã trồng mới 42 ha, đạt 93,3% kế hoạch trồng rừng năm 2025 (48 ha).'), [
      { messageId: 'percentMismatch', data: { stated: 93.3, actual: 87.5 } },
    ]);
    await expectNone(RULE, report('Vốn ngân sách tỉnh đã giải ngân 1 350 triệu đồng, đạt 75,0% kế hoạch vốn giao năm 2025 (1 800 triệu đồng).'));
  });

  it('leaves a bracket after a comparison alone (the earlier value, not the plan)', async () => {
    // 1 250/1 500 = 83,3%: the bracket is last year's amount, the rate is of the plan, not stated.
    await expectNone(RULE, report('Vốn ngân sách tỉnh đã giải ngân 1 250 triệu đồng, đạt 75,4% kế hoạch so với năm 2024 (1 500 triệu đồng).'));
  });
});
