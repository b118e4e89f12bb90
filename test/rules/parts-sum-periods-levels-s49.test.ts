import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { expectFindings } from './tester.js';

// Session 49 (holdout212): parts that do not add up to their whole, written so that the parts were never gathered —
// periods that tile the whole's period after "trong đó", a breakdown opening the next sentence past a head amount of
// another noun, and levels told one to a ";" item with each level's rate per head between the parts. Sentences written
// for this test in other topics (aquaculture, health, the commune budget, sport, health insurance); every sum by hand.
const RULE = 'parts-sum-mismatch';
const silent = async (text: string) => expect((await findingsOf(RULE, text + '\n')).map((f) => f.data)).toEqual([]);

describe('parts-sum-mismatch: periods that tile the whole\'s period', () => {
  const fish = (q2: string) => `Sản lượng thủy sản nuôi trồng 6 tháng đầu năm 2024 đạt 1 845 tấn, tăng 4,2% so với cùng kỳ; trong đó quý I đạt 870 tấn, quý II đạt ${q2} tấn.`;
  it('flags two quarters that do not make up the half-year (870 + 960 = 1 830, not 1 845)', async () => {
    await expectFindings(RULE, fish('960'), [
      { messageId: 'partsSumMismatch', data: { parts: '870 + 960', sum: 1830, whole: 1845 }, quote: '1 845', at: 'Sản lượng thủy sản nuôi trồng 6 tháng đầu năm 2024 đạt ' },
    ]);
  });
  it('flags three months that do not make up their quarter (402 + 415 + 409 = 1 226, not 1 236)', async () => {
    const text = 'Quý III/2024, trạm y tế khám bệnh cho 1.236 lượt người, trong đó tháng 7 khám 402 lượt người, tháng 8 khám 415 lượt người, tháng 9 khám 409 lượt người.';
    await expectFindings(RULE, text, [{ messageId: 'partsSumMismatch', data: { sum: 1226, whole: 1236 }, at: 'Quý III/2024, trạm y tế khám bệnh cho ' }]);
  });
  it('flags three quarters of money that do not make up nine months (1.320 + 1.510 + 1.680 = 4.510, not 4.560 triệu đồng)', async () => {
    const text = 'Thu ngân sách xã 9 tháng năm 2024 đạt 4.560 triệu đồng, trong đó quý I 1.320 triệu đồng, quý II 1.510 triệu đồng, quý III 1.680 triệu đồng.';
    await expectFindings(RULE, text, [{ messageId: 'partsSumMismatch', data: { sum: 4_510_000_000, whole: 4_560_000_000 } }]);
  });
  it('says nothing when the quarters add up (870 + 975 = 1 845)', () => silent(fish('975')));
  it('says nothing on a running total among the periods ("lũy kế đến hết quý II")', () =>
    silent('Sản lượng thủy sản nuôi trồng 6 tháng đầu năm 2024 đạt 1 845 tấn; trong đó quý I đạt 870 tấn, lũy kế đến hết quý II đạt 1 830 tấn.'));
  it('says nothing on months that leave part of the quarter untold', () =>
    silent('Quý III/2024, trạm y tế khám bệnh cho 1.236 lượt người, trong đó tháng 7 khám 402 lượt người, tháng 8 khám 415 lượt người.'));
  it('says nothing on quarters of a whole year told only in part, or of another year', async () => {
    await silent('Thu ngân sách xã năm 2024 đạt 6.120 triệu đồng, trong đó quý I 1.320 triệu đồng, quý II 1.510 triệu đồng, quý III 1.680 triệu đồng.');
    await silent('Thu ngân sách xã 9 tháng năm 2024 đạt 4.560 triệu đồng, trong đó quý I/2023 1.320 triệu đồng, quý II/2023 1.510 triệu đồng, quý III/2023 1.680 triệu đồng.');
  });
  it('says nothing on levels told at each quarter\'s end (a herd), nor on rates per unit by quarter', async () => {
    await silent('Tổng đàn lợn 6 tháng đầu năm 2024 là 12.450 con, trong đó quý I 12.100 con, quý II 12.450 con.');
    await silent('Năng suất lúa năm 2024 đạt 6,2 tấn/ha, trong đó: quý I 6,8 tấn/ha; quý II 5,6 tấn/ha; quý III 6,0 tấn/ha; quý IV 6,1 tấn/ha.');
  });
});

describe('parts-sum-mismatch: a breakdown opening the next sentence, past a head of another noun', () => {
  const screening = (b: string, unit = 'người') => `Trong năm, Trung tâm Y tế tổ chức 12 đợt khám, với tổng số 2.480 người được khám sàng lọc, phát hiện 310 ca tăng huyết áp. Chia theo địa bàn: xã An Bình 820 ${unit}, xã Tân Phú ${b} ${unit}, thị trấn Lộc Hà 735 ${unit}.`;
  it('flags parts counted in the noun of the one amount that can hold them (820 + 905 + 735 = 2 460, not 2 480)', async () => {
    await expectFindings(RULE, screening('905'), [
      { messageId: 'partsSumMismatch', data: { parts: '820 + 905 + 735', sum: 2460, whole: 2480 }, quote: '2.480', at: 'Trong năm, Trung tâm Y tế tổ chức 12 đợt khám, với tổng số ' },
    ]);
  });
  it('says nothing when they add up (820 + 925 + 735 = 2 480)', () => silent(screening('925')));
  it('says nothing when the parts are counted in another noun than the amount', () => silent(screening('905', 'lượt')));
  it('says nothing when two amounts of that noun could be the whole', () =>
    silent('Trong năm, Trung tâm Y tế tổ chức 12 đợt khám, với tổng số 2.480 người được khám sàng lọc, trong đó 1.460 người cao tuổi. Chia theo địa bàn: xã An Bình 820 người, xã Tân Phú 905 người, thị trấn Lộc Hà 735 người.'));
});

describe('parts-sum-mismatch: levels one to an item, a rate per head between the parts', () => {
  const athletes = (last: number) => `Năm 2024, huyện khen thưởng 64 vận động viên đạt thành tích cao, trong đó: đạt giải cấp quốc gia 6 người, mức 3.000.000 đồng/người; đạt giải cấp tỉnh 22 người, mức 1.500.000 đồng/người; đạt giải cấp huyện ${last} người, mức 500.000 đồng/người.`;
  it('flags distinct levels counting more than the whole (6 + 22 + 39 = 67 > 64)', async () => {
    await expectFindings(RULE, athletes(39), [
      { messageId: 'partsExceedWhole', data: { parts: '6 + 22 + 39', sum: 67, whole: 64 }, quote: '64', at: 'Năm 2024, huyện khen thưởng ' },
    ]);
  });
  const cards = (near: number) => `Năm 2024, xã hỗ trợ 145 hộ mua thẻ bảo hiểm y tế, gồm: hộ nghèo 98 hộ, mức 650.000 đồng/hộ; hộ cận nghèo ${near} hộ, mức 455.000 đồng/hộ.`;
  it('reads every part of a "gồm" list past the rate of each (98 + 52 = 150, not 145)', async () => {
    await expectFindings(RULE, cards(52), [{ messageId: 'partsSumMismatch', data: { parts: '98 + 52', sum: 150, whole: 145 }, quote: '145' }]);
  });
  it('says nothing when the levels add up (6 + 22 + 36 = 64) or the list adds up (98 + 47 = 145)', async () => {
    await silent(athletes(36));
    await silent(cards(47));
  });
  it('says nothing on a level open to those above it ("cấp tỉnh trở lên"), which holds the next part', () =>
    silent('Năm 2024, huyện khen thưởng 30 vận động viên, trong đó đạt giải cấp tỉnh trở lên 24 người, đạt giải cấp quốc gia 9 người.'));
  it('says nothing on a partial list ("trong đó có") short of the whole', () =>
    silent('Năm 2024, huyện khen thưởng 64 vận động viên, trong đó có: đạt giải cấp quốc gia 6 người; đạt giải cấp tỉnh 22 người.'));
  it('says nothing on rates per unit split by season', () =>
    silent('Năng suất lúa bình quân cả năm đạt 6,2 tấn/ha, trong đó: vụ Đông Xuân 6,8 tấn/ha; vụ Mùa 5,6 tấn/ha.'));
});
