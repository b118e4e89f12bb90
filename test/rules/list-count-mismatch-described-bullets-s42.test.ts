import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "04 lớp chuyên đề gồm:" over "- Quản lý nước và bón phân cân đối;" and more bullets: a bullet of lower-case words alone (no
// name, no code, no number, no comma) before the run's last describes one thing, its "và" its own (src/extract/claims-lists.ts,
// describedOne). Sentences written for this test; counts checked by hand.
const RULE = 'list-count-mismatch';
const bullets = (count: string) => `Năm 2025, Trạm Y tế xã triển khai ${count} nội dung truyền thông, gồm:
- Phòng chống sốt xuất huyết;
- Dinh dưỡng và chăm sóc trẻ nhỏ;
- Tiêm chủng mở rộng;
- Vệ sinh an toàn thực phẩm.
Kết quả có 1.240 lượt người dân tham dự.`;

describe('list-count-mismatch: bullets of lower-case words joined by "và" (s42)', () => {
  it('counts four bullets, one thing each, against a count of five', async () => {
    // Four bullets under "05 nội dung … gồm:": one topic short.
    await expectFindings(RULE, bullets('05'), [{ messageId: 'listCountMismatch', data: { count: 5, listed: 4 } }]);
  });

  it('stays silent when the bullets match the count', async () => {
    await expectNone(RULE, bullets('04'));
  });

  it('stays silent when a bullet may name two things by their proper names', async () => {
    // "Trụ sở thôn Hạ và sân bóng thôn Hạ": two works, each with its place's name; three bullets may be four works.
    await expectNone(RULE, `Trong năm, xã hoàn thành 04 công trình phúc lợi, gồm:
- Trụ sở thôn Hạ và sân bóng thôn Hạ;
- Cầu tràn qua suối Khe Lim;
- Đường bê tông xóm Trại.
Tổng kinh phí 3,2 tỷ đồng.`);
  });

  it('stays silent when the "và" stands in the last bullet, which may close the run with two things', async () => {
    await expectNone(RULE, `Năm 2025, Trạm Y tế xã triển khai 04 nội dung truyền thông, gồm:
- Phòng chống sốt xuất huyết;
- Tiêm chủng mở rộng;
- Dinh dưỡng và chăm sóc trẻ nhỏ.
Kết quả có 1.240 lượt người dân tham dự.`);
  });
});
