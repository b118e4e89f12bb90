import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'part-exceeds-whole';

// Session 52 (holdout218): the people attached by "với" to groups stated in a later sentence of the paragraph ("Có 05
// đoàn … với 282 người") are some of the people the paragraph's activity reached ("đã tiếp 214 lượt với 268 người"). The
// groups are of that activity only by the paragraph, so the finding is a warning. Sentences written for this test
// (health examinations, vaccination), not the fixture's citizen reception.
const doc = (paragraph: string) =>
  `ỦY BAN NHÂN DÂN HUYỆN CẨM THỦY\nSố: 71/BC-UBND\nCẩm Thủy, ngày 15 tháng 12 năm 2024\nBÁO CÁO\nKết quả công tác y tế năm 2024\nI. Kết quả thực hiện\n${paragraph}\n`;
const EXAMS = 'Tổ chức khám sức khỏe định kỳ 46 đợt với 3 120 người; trong đó khám cho người cao tuổi 12 đợt.';

describe('part-exceeds-whole: people of a group above the people of the activity it is part of (s52)', () => {
  it('warns of 3 400 people in mobile teams out of 3 120 examined', async () => {
    // Hand-checked: 3 400 > 3 120, both "người", the teams in the next sentence with no verb of their own.
    await expectFindings(RULE, doc(`${EXAMS} Có 09 đoàn khám lưu động với 3 400 người.`), [
      { messageId: 'partExceedsWhole', data: { part: 3400, whole: 3120 }, quote: '3 400', at: `${EXAMS} Có 09 đoàn khám lưu động với `, severity: 'warning' },
    ]);
  });

  it('warns of 4 500 people at mobile vaccination points out of 4 260 vaccinated', async () => {
    const lead = 'Đã tổ chức tiêm vắc xin phòng bệnh 32 buổi với 4 260 người. Có 05 điểm tiêm lưu động với ';
    await expectFindings(RULE, doc(`${lead}4 500 người.`), [
      { messageId: 'partExceedsWhole', data: { part: 4500, whole: 4260 }, quote: '4 500', at: lead, severity: 'warning' },
    ]);
  });

  it('leaves alone groups within the total, of another activity, another unit or another year', async () => {
    await expectNone(RULE, doc(`${EXAMS} Có 09 đoàn khám lưu động với 2 600 người.`));
    // The groups' sentence has its own verb: another activity.
    await expectNone(RULE, doc(`${EXAMS} Tổ chức 03 hội nghị tập huấn với 3 500 người.`));
    await expectNone(RULE, doc(`${EXAMS} Có 09 đoàn khám lưu động với 3 400 lượt người.`));
    await expectNone(RULE, doc(`${EXAMS} Năm 2023 có 09 đoàn khám lưu động với 3 400 người.`));
  });
});
