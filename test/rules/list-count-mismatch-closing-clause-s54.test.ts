import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "N <noun>: A, B, C, với/nhằm/góp phần/thu hút/trong đó …": a comma, then a clause word no item opens with
// (lexicon LIST_CLOSING_CLAUSE_WORDS), ends the list, number or not — after proper names (claims-lists.ts: clauseAfterNames)
// and after lower-case kinds or models of up to eight syllables, a code of capitals and digits ("J02") a word of one
// (claims-kinds.ts: readKindList; "mô hình" counts models, each named once). Silent when the items make the count, when
// the closing clause lists things of its own, when the items carry their own sizes or name the rest, and when the list is
// open. Sentences written for this test (education, health, budget, works, women's union); items counted by hand.
const RULE = 'list-count-mismatch';

describe('list-count-mismatch: a list closed by a clause word after a comma (s54)', () => {
  it('counts school models before the clause of purpose', async () => {
    // trường học hạnh phúc; thư viện thân thiện; lớp học đảo ngược; câu lạc bộ đọc sách: four models, not five.
    await expectFindings(RULE, 'Năm học 2024-2025, ngành giáo dục huyện nhân rộng 05 mô hình: trường học hạnh phúc, thư viện thân thiện, lớp học đảo ngược, câu lạc bộ đọc sách, nhằm nâng cao chất lượng giáo dục toàn diện.',
      [{ messageId: 'listCountMismatch', data: { count: 5, listed: 4, items: 'trường học hạnh phúc; thư viện thân thiện; lớp học đảo ngược; câu lạc bộ đọc sách' }, quote: '05', at: 'Năm học 2024-2025, ngành giáo dục huyện nhân rộng ' }]);
  });

  it('counts budget solutions before a clause of aim with no number', async () => {
    // rà soát nguồn thu; tiết kiệm chi thường xuyên; đẩy nhanh giải ngân vốn đầu tư công: three, not five.
    await expectFindings(RULE, 'Phòng Tài chính - Kế hoạch tham mưu 05 giải pháp: rà soát nguồn thu, tiết kiệm chi thường xuyên, đẩy nhanh giải ngân vốn đầu tư công, với mục tiêu hoàn thành dự toán năm.',
      [{ messageId: 'listCountMismatch', data: { count: 5, listed: 3 }, quote: '05', at: 'Phòng Tài chính - Kế hoạch tham mưu ' }]);
  });

  it('counts women\'s union models before the members they drew', async () => {
    // tiết kiệm tín dụng; nuôi lợn sinh sản; trồng nấm rơm: three, not four.
    await expectFindings(RULE, 'Hội Phụ nữ xã duy trì 04 mô hình: tiết kiệm tín dụng, nuôi lợn sinh sản, trồng nấm rơm, thu hút 210 hội viên tham gia.',
      [{ messageId: 'listCountMismatch', data: { count: 4, listed: 3, items: 'tiết kiệm tín dụng; nuôi lợn sinh sản; trồng nấm rơm' }, quote: '04', at: 'Hội Phụ nữ xã duy trì ' }]);
  });

  it('reads a variety code inside a model as a word of it', async () => {
    // lúa ST25; rau an toàn trong nhà lưới; nuôi vịt an toàn sinh học: three, not four.
    await expectFindings(RULE, 'Vụ hè thu, Hợp tác xã thực hiện 04 mô hình: lúa thơm ST25, rau an toàn trong nhà lưới, nuôi vịt an toàn sinh học, trong đó mô hình lúa cho năng suất cao nhất.',
      [{ messageId: 'listCountMismatch', data: { count: 4, listed: 3, items: 'lúa thơm ST25; rau an toàn trong nhà lưới; nuôi vịt an toàn sinh học' }, quote: '04', at: 'Vụ hè thu, Hợp tác xã thực hiện ' }]);
  });

  it('counts named health stations and projects before a clause with no number', async () => {
    // Tân An, Tân Bình, Tân Hòa: three stations, not four.
    await expectFindings(RULE, 'Năm 2025, Trung tâm Y tế nâng cấp 04 trạm y tế: Tân An, Tân Bình, Tân Hòa, nhằm đáp ứng nhu cầu khám chữa bệnh ban đầu của người dân.',
      [{ messageId: 'listCountMismatch', data: { count: 4, listed: 3, items: 'Tân An; Tân Bình; Tân Hòa' }, quote: '04', at: 'Năm 2025, Trung tâm Y tế nâng cấp ' }]);
    // Đường liên xã Tân An - Tân Bình, Kè sông Cầu, Chợ Tân Hòa: three projects, not four.
    await expectFindings(RULE, 'Năm 2025, huyện khởi công 04 dự án: Đường liên xã Tân An - Tân Bình, Kè sông Cầu, Chợ Tân Hòa, góp phần hoàn thiện hạ tầng nông thôn.',
      [{ messageId: 'listCountMismatch', data: { count: 4, listed: 3, items: 'Đường liên xã Tân An - Tân Bình; Kè sông Cầu; Chợ Tân Hòa' }, quote: '04', at: 'Năm 2025, huyện khởi công ' }]);
  });

  it('stays silent when the items make the count', async () => {
    await expectNone(RULE, 'Năm học 2024-2025, ngành giáo dục huyện nhân rộng 04 mô hình: trường học hạnh phúc, thư viện thân thiện, lớp học đảo ngược, câu lạc bộ đọc sách, nhằm nâng cao chất lượng giáo dục toàn diện.');
    await expectNone(RULE, 'Hội Phụ nữ xã duy trì 03 mô hình: tiết kiệm tín dụng, nuôi lợn sinh sản, trồng nấm rơm, thu hút 210 hội viên tham gia.');
    await expectNone(RULE, 'Năm 2025, huyện khởi công 04 dự án: Đường liên xã Tân An - Tân Bình, Kè sông Cầu, Chợ Tân Hòa, Trường Mầm non Hoa Sen, góp phần hoàn thiện hạ tầng nông thôn.');
  });

  it('stays silent when the closing clause lists things of its own', async () => {
    await expectNone(RULE, 'Hội Nông dân xây dựng 04 mô hình: trồng rau an toàn, nuôi gà thả vườn, nuôi cá lồng, trồng cam sành, nhằm nâng cao thu nhập, tạo việc làm, giảm nghèo bền vững.');
    await expectNone(RULE, 'Năm 2025, Trung tâm Y tế nâng cấp 03 trạm y tế: Tân An, Tân Bình, Tân Hòa, với các hạng mục: phòng khám, phòng tiêm chủng, nhà vệ sinh.');
  });

  it('stays silent when models carry their own sizes or the rest is told', async () => {
    await expectNone(RULE, 'Hội Nông dân xây dựng 06 mô hình: lúa chất lượng cao 25 ha, rau an toàn 10 ha, cây ăn quả 7 ha, với tổng kinh phí 450 triệu đồng.');
    await expectNone(RULE, 'Hội Nông dân xây dựng 05 mô hình: trồng rau an toàn, nuôi gà thả vườn, trồng cam sành, các mô hình còn lại đang triển khai.');
  });

  it('stays silent when the list is open or a name may follow the clause', async () => {
    await expectNone(RULE, 'Năm 2025, Trung tâm Y tế nâng cấp 04 trạm y tế như: Tân An, Tân Bình, Tân Hòa, nhằm đáp ứng nhu cầu khám chữa bệnh ban đầu của người dân.');
    await expectNone(RULE, 'Năm 2025, huyện đầu tư xây dựng phòng học tại 05 trường: Kim Đồng, Hòa Bình, Lê Lợi, Nguyễn Trãi, nhằm phục vụ học sinh và Trường Tân An.');
  });
});
