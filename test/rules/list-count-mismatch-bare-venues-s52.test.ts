import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "N <events> … tại các <place kind> A, B, C" with no colon: the names right after the plural place kind are the places the
// events were held at (src/extract/claims-lists.ts: venueIntro's bare form). One place fewer than the events is a place left
// out or one place holding two: a warning (venueLeftOut), never an error. Silent when the names make the count, when they are
// two or more fewer (several a place), when they are more (one event may gather two places), when the sentence tells each
// place's share ("mỗi thôn 02 buổi", "thôn A 02 buổi"), when a name holds a digit, and when one name alone follows.
// Sentences written for this test (health, agriculture, education, justice); names counted by hand.
const RULE = 'list-count-mismatch';

describe('list-count-mismatch: events at places named with no colon (s52)', () => {
  it('warns of one hamlet fewer than the health talks', async () => {
    // Đông Hòa, Tây Hòa, Nam Hòa: three hamlets for four talks.
    await expectFindings(RULE, 'Trạm Y tế tổ chức 04 buổi truyền thông phòng, chống sốt xuất huyết tại các thôn Đông Hòa, Tây Hòa, Nam Hòa.',
      [{ messageId: 'venueLeftOut', severity: 'warning', data: { count: 4, listed: 3, items: 'Đông Hòa; Tây Hòa; Nam Hòa' }, quote: '04', at: 'Trạm Y tế tổ chức ' }]);
  });

  it('warns of one commune fewer than the farming conferences, the names joined by "và"', async () => {
    // Yên Lạc và Phú Xuân: two communes for three conferences.
    await expectFindings(RULE, 'Hội Nông dân huyện phối hợp tổ chức 03 hội nghị chuyển giao kỹ thuật trồng lúa tại các xã Yên Lạc và Phú Xuân.',
      [{ messageId: 'venueLeftOut', severity: 'warning', data: { count: 3, listed: 2, items: 'Yên Lạc; Phú Xuân' }, quote: '03', at: 'Hội Nông dân huyện phối hợp tổ chức ' }]);
  });

  it('warns of one quarter fewer than the legal sessions, a clause after the names', async () => {
    // Tân Thành, Tân Mỹ: two quarters for three sessions; "thu hút 320 lượt người" is no name.
    await expectFindings(RULE, 'Phòng Tư pháp tổ chức 03 đợt trợ giúp pháp lý lưu động tại các khu phố Tân Thành, Tân Mỹ, thu hút 320 lượt người tham gia.',
      [{ messageId: 'venueLeftOut', severity: 'warning', data: { count: 3, listed: 2, items: 'Tân Thành; Tân Mỹ' }, quote: '03', at: 'Phòng Tư pháp tổ chức ' }]);
  });

  it('stays silent when the places make the count', async () => {
    await expectNone(RULE, 'Trạm Y tế tổ chức 03 buổi truyền thông phòng, chống sốt xuất huyết tại các thôn Đông Hòa, Tây Hòa, Nam Hòa.');
    await expectNone(RULE, 'Trường Tiểu học tổ chức 02 lớp bồi dưỡng kỹ năng sống cho học sinh tại các điểm trường ở các thôn Bình An và Bình Minh.');
  });

  it('stays silent when several events were held at a place', async () => {
    // Six talks at three hamlets: two each, as natural a reading as any.
    await expectNone(RULE, 'Trạm Y tế tổ chức 06 buổi truyền thông phòng, chống sốt xuất huyết tại các thôn Đông Hòa, Tây Hòa, Nam Hòa.');
    // Each place's share told after the names.
    await expectNone(RULE, 'Hội Nông dân tổ chức 04 hội nghị chuyển giao kỹ thuật tại các xã Yên Lạc, Phú Xuân, Đông Kết, mỗi xã 01 hội nghị, riêng Yên Lạc thêm 01 hội nghị.');
    await expectNone(RULE, 'Hội Nông dân tổ chức 04 hội nghị chuyển giao kỹ thuật tại các xã Yên Lạc, Phú Xuân, Đông Kết (xã Yên Lạc 02 hội nghị).');
  });

  it('stays silent when more places are named than events', async () => {
    // One session may gather two quarters.
    await expectNone(RULE, 'Phòng Tư pháp tổ chức 02 đợt trợ giúp pháp lý lưu động tại các khu phố Tân Thành, Tân Mỹ, Tân Hòa.');
  });

  it('stays silent on look-alikes that are no list of places', async () => {
    // One name alone.
    await expectNone(RULE, 'Trạm Y tế tổ chức 02 buổi truyền thông tại các thôn Đông Hòa, thu hút 120 lượt người dân tham gia.');
    // A single place with no plural word: "tại thôn A" names where, not a list.
    await expectNone(RULE, 'Trạm Y tế tổ chức 04 buổi truyền thông tại thôn Đông Hòa, Tây Hòa và Nam Hòa cùng tham gia.');
    // Counts that are no events.
    await expectNone(RULE, 'Đã hỗ trợ 04 hộ nghèo tại các thôn Đông Hòa, Tây Hòa, Nam Hòa sửa chữa nhà ở.');
    // A second count of events opens after the names: no name holds a digit.
    await expectNone(RULE, 'Trạm Y tế tổ chức 03 buổi truyền thông tại các thôn Đông Hòa, Tây Hòa và 02 buổi tại các thôn Nam Hòa, Bắc Hòa.');
  });
});
