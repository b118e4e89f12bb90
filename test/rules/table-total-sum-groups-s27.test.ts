import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Unnumbered rows whose sums show a group (src/extract/table-sum-groups.ts): "Cây công nghiệp" above "Mía" and "Lạc", two of
// its columns their exact sums, the third read against them as a numbered group's is.
const RULE = 'table-total-mismatch';
const table = (output: string) => ['BÁO CÁO', '', 'I. TRỒNG TRỌT', '(Diện tích: ha; sản lượng: tấn)',
  'Cây trồng\tKế hoạch\tThực hiện\tSản lượng',
  `Cây công nghiệp\t300\t310\t${output}`, 'Mía\t180\t185\t9 250,0', 'Lạc\t120\t125\t312,5',
  'Rau các loại\t90\t96\t1 440,0', 'Tổng diện tích\t390\t406\t', '', 'Sản xuất ổn định.'].join('\n');

describe('table-total-mismatch: a group shown by its sums, not by an STT', () => {
  it('reads the third column of a row whose two columns are its next rows\' sums against them', async () => {
    // Hand-checked: 180 + 120 = 300, 185 + 125 = 310; 9 250,0 + 312,5 = 9 562,5, stated 9 526,5.
    await expectFindings(RULE, table('9 526,5'), [{ messageId: 'groupRowMismatch', data: { stated: 9526.5, actual: 9562.5 } }]);
    await expectNone(RULE, table('9 562,5'));
  });

  it('reads no group when only one column adds up', async () => {
    // 180 + 120 = 300 only; 310 is no sum (185 + 135 = 320): nothing shows "Cây công nghiệp" heads the two rows.
    const loose = table('9 526,5').replace('Lạc\t120\t125', 'Lạc\t120\t135');
    await expectNone(RULE, loose.replace('Tổng diện tích\t390\t406\t\n', ''));
  });

  it('reads no group that the table\'s total row denies, nor one of round sums with no total row', async () => {
    // Hand-checked: "Khối A" 40 = 25 + 15 and 130 = 70 + 60 by chance; the total 100 = 40 + 25 + 15 + 20 and 320 = 130 + 70
    // + 60 + 60 sums every row, so no row heads others: the third column (9 against 5 + 3) is not judged.
    const rows = ['Đơn vị\tSố lớp\tSố học viên\tSố đạt', 'Khối A\t40\t130\t9', 'Khối B\t25\t70\t5', 'Khối C\t15\t60\t3', 'Khối D\t20\t60\t4'];
    const doc = (extra: string[]) => ['BÁO CÁO', '', 'I. KẾT QUẢ', ...rows, ...extra, '', 'Kết quả ổn định.'].join('\n');
    await expectNone(RULE, doc(['Tổng cộng\t100\t320\t21']));
    // Without a total row, 40 and 130 are round: two round sums are no proof of a group.
    await expectNone(RULE, doc([]));
  });
});

