import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// A "Kế hoạch" / "% KH" column beside "Diện tích", "Năng suất" and "Sản lượng" plans one of them, the header says not which:
// it is never held against another table's plan of the same row (src/rules/repeated-value-conflict.ts, measureUntold).
const RULE = 'repeated-value-conflict';
const AREA = ['(ĐVT: ha)', 'Cây trồng\tKế hoạch\tThực hiện\t% KH', 'Khoai lang vụ Đông\t150\t144\t96,0', 'Đậu tương vụ Xuân\t60\t63\t105,0'];
const yields = (plan: string, pct: string) => ['(Diện tích: ha; năng suất: tạ/ha; sản lượng: tấn)', 'Cây trồng\tDiện tích\tNăng suất\tSản lượng\tKế hoạch\t% KH',
  `Khoai lang vụ Đông\t144\t100,0\t1 440\t${plan}\t${pct}`, 'Đậu tương vụ Xuân\t63\t20,0\t126\t120\t105,0'];
const report = (second: string[]) => ['BÁO CÁO', '', 'I. TRỒNG TRỌT', '1. Diện tích', ...AREA, '', '2. Sản lượng', ...second, '', 'Nông dân thu hoạch đúng lịch.'].join('\n');

describe('repeated-value-conflict: a plan column that does not say which measure it plans', () => {
  it('leaves the area plan and the output plan of one crop apart', async () => {
    // Hand-checked: area plan 150 ha (96,0%), output plan 1 500 tấn (1 440/1 500 = 96,0%) — and with 1 400 tấn, 102,9%.
    await expectNone(RULE, report(yields('1 500', '96,0')));
    await expectNone(RULE, report(yields('1 400', '102,9')));
  });

  it('leaves a result column of a table of one measure apart from a named measure of a table of several', async () => {
    // Hand-checked: "Thực hiện" 144 ha of the area table; "Sản lượng" 1 440 tấn (144 ha × 100,0 tạ/ha) of the other.
    // The plans agree with each other here (150 / 1 500), so only the result column against the output column could be held.
    await expectNone(RULE, report(yields('1 500', '96,0')));
  });

  it('still holds two plan columns of tables measuring one thing against each other', async () => {
    // Two area tables of one crop with plans 150 and 160: one quantity stated twice.
    const second = ['(ĐVT: ha)', 'Cây trồng\tKế hoạch\tThực hiện\tSo cùng kỳ (%)', 'Khoai lang vụ Đông\t160\t144\t98,0', 'Đậu tương vụ Xuân\t60\t63\t101,0'];
    await expectFindings(RULE, report(second), [{ messageId: 'repeatedValueConflict', data: { value: '160', other: '150' } }]);
  });
});
