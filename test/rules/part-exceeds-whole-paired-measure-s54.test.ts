import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "N <noun> … với M <unit>; trong đó n <noun> … với m <unit>": a part restating its whole's noun, each holding its own
// amount by an attribute word right before it ("với", not "so với"), in one unit, no number or comparison between: the
// part's amount is some of the whole's (src/extract/claims-inline.ts: pairedByAttribute, beside pairedAmounts' named
// amounts). Silent when the part's amount is below, of another unit, compared ("so với"), or each one's ("mỗi lớp").
// Sentences written for this test (education, population, health, vocational training); values checked by hand.
const RULE = 'part-exceeds-whole';

describe('part-exceeds-whole: a part of the same things holding more than its whole (s54)', () => {
  it('holds the pupils of some boarding classes to the pupils of all of them', async () => {
    // 30 of the 48 classes hold 1.610 pupils, more than the 1.520 of all 48.
    await expectFindings(RULE, 'Năm học 2024-2025, toàn huyện duy trì 48 lớp bán trú với 1.520 học sinh; trong đó 30 lớp ở các trường vùng khó khăn với 1.610 học sinh.',
      [{ messageId: 'partExceedsWhole', data: { part: 1610, whole: 1520 }, quote: '1.610', at: 'Năm học 2024-2025, toàn huyện duy trì 48 lớp bán trú với 1.520 học sinh; trong đó 30 lớp ở các trường vùng khó khăn với ' }]);
  });

  it('holds the households of some villages to those of the commune', async () => {
    // 5 of the 12 villages hold 2.480 households, more than the 2.350 of all 12.
    await expectFindings(RULE, 'Toàn xã có 12 thôn với 2.350 hộ, trong đó 05 thôn vùng đồng bào dân tộc thiểu số với 2.480 hộ.',
      [{ messageId: 'partExceedsWhole', data: { part: 2480, whole: 2350 }, quote: '2.480', at: 'Toàn xã có 12 thôn với 2.350 hộ, trong đó 05 thôn vùng đồng bào dân tộc thiểu số với ' }]);
  });

  it('holds the patients of some clinics and the trainees of some classes to their wholes', async () => {
    await expectFindings(RULE, 'Năm 2025, huyện duy trì 06 phòng khám đa khoa khu vực với 12.400 lượt bệnh nhân, trong đó 04 phòng khám vùng cao với 12.650 lượt bệnh nhân.',
      [{ messageId: 'partExceedsWhole', data: { part: 12650, whole: 12400 }, quote: '12.650' }]);
    await expectFindings(RULE, 'Năm 2025, huyện mở 15 lớp dạy nghề với 450 học viên, trong đó 08 lớp nghề nông nghiệp với 480 học viên.',
      [{ messageId: 'partExceedsWhole', data: { part: 480, whole: 450 }, quote: '480', at: 'Năm 2025, huyện mở 15 lớp dạy nghề với 450 học viên, trong đó 08 lớp nghề nông nghiệp với ' }]);
  });

  it('stays silent when the part holds less', async () => {
    await expectNone(RULE, 'Năm 2025, huyện duy trì 06 phòng khám đa khoa khu vực với 12.400 lượt bệnh nhân, trong đó 04 phòng khám vùng cao với 8.650 lượt bệnh nhân.');
    await expectNone(RULE, 'Toàn xã có 12 thôn với 2.350 hộ, trong đó 05 thôn vùng đồng bào dân tộc thiểu số với 980 hộ.');
  });

  it('stays silent when the part holds another unit', async () => {
    await expectNone(RULE, 'Năm học 2024-2025, toàn huyện duy trì 48 lớp bán trú với 1.520 học sinh; trong đó 30 lớp ở các trường vùng khó khăn với 1.610 suất ăn.');
    await expectNone(RULE, 'Toàn xã có 12 thôn với 2.350 hộ, trong đó 05 thôn vùng cao với 2.480 nhân khẩu.');
  });

  it('stays silent when the amount is compared with, or each one\'s', async () => {
    await expectNone(RULE, 'Năm 2025, huyện mở 15 lớp dạy nghề với 450 học viên, trong đó 08 lớp nghề nông nghiệp tăng so với 480 học viên năm trước.');
    await expectNone(RULE, 'Năm 2025, huyện mở 15 lớp dạy nghề với 450 học viên, trong đó 08 lớp nghề nông nghiệp, mỗi lớp với 35 học viên.');
  });
});
