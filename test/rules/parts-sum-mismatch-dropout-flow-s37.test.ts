import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// A school's roll over a year: pupils who drop out ("bỏ học") leave it as those moving away do (lexicon OUTFLOW_WORDS,
// read by src/extract/claims-balance.ts). Sentences and figures written for this test.
const RULE = 'parts-sum-mismatch';
const report = (line: string) => ['BÁO CÁO', 'Tổng kết năm học 2025-2026', '', 'I. KẾT QUẢ', line].join('\n');

describe('parts-sum-mismatch: dropouts leave a roll told from its opening to its closing level (s37)', () => {
  it('flags a closing level that forgets the dropouts', async () => {
    // 742 + 9 − 5 − 3 = 743, not 746.
    await expectFindings(RULE, report('Trường THCS Hòa Bình đầu năm học có 742 học sinh, trong năm chuyển đến 9 em, chuyển đi 5 em, bỏ học 3 em, cuối năm còn 746 em.'), [
      { messageId: 'balanceMismatch' },
    ]);
  });

  it('says nothing when the dropouts are counted out', async () => {
    await expectNone(RULE, report('Trường THCS Hòa Bình đầu năm học có 742 học sinh, trong năm chuyển đến 9 em, chuyển đi 5 em, bỏ học 3 em, cuối năm còn 743 em.'));
    // Look-alike: dropouts counted in a list of children's circumstances, no opening or closing level.
    await expectNone(RULE, report('Trẻ em có hoàn cảnh khó khăn gồm: trẻ mồ côi 14 em, trẻ em khuyết tật 22 em, trẻ em bỏ học 5 em.'));
  });
});
