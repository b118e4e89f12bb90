import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Written for this test (a commune's health report, a ward's school report, a district's public-investment report, a
// commune's farming report); every finding checked by hand.

// A commune's health report.
const HEALTH = (line: string) => ['ỦY BAN NHÂN DÂN', 'XÃ AN PHÚ', 'Số: 41/BC-UBND', 'An Phú, ngày 15 tháng 7 năm 2024', 'BÁO CÁO',
  'Kết quả công tác y tế 6 tháng đầu năm 2024', 'UBND xã An Phú báo cáo như sau:', 'I. KẾT QUẢ', line].join('\n');
// A ward's school report.
const SCHOOL = (line: string) => ['ỦY BAN NHÂN DÂN', 'PHƯỜNG NAM SƠN', 'Số: 19/BC-UBND', 'Nam Sơn, ngày 28 tháng 5 năm 2024', 'BÁO CÁO',
  'Kết quả công tác giáo dục năm học 2023 - 2024', 'I. KẾT QUẢ', line].join('\n');
// A district's report on public investment.
const DISTRICT = (line: string) => ['ỦY BAN NHÂN DÂN', 'HUYỆN ĐÔNG HƯNG', 'Số: 112/BC-UBND', 'Đông Hưng, ngày 10 tháng 10 năm 2024', 'BÁO CÁO',
  'Tình hình giải ngân vốn đầu tư công 9 tháng năm 2024', 'UBND huyện Đông Hưng báo cáo như sau:', 'I. KẾT QUẢ', line].join('\n');
// A commune's farming report.
const FARM = (line: string) => ['ỦY BAN NHÂN DÂN', 'XÃ QUỲNH LÂM', 'Số: 66/BC-UBND', 'Quỳnh Lâm, ngày 20 tháng 6 năm 2024', 'BÁO CÁO',
  'Kết quả sản xuất nông nghiệp vụ Đông Xuân 2023 - 2024', 'UBND xã Quỳnh Lâm báo cáo như sau:', 'I. KẾT QUẢ', line].join('\n');

describe('locality-mismatch: a peer whose council or committee issued what the report carries out (s53)', () => {
  it('flags the commune of a resolution of its council the health report carries out', async () => {
    const lead = 'Thực hiện Nghị quyết số 12/NQ-HĐND ngày 15/12/2023 của Hội đồng nhân dân ';
    await expectFindings('locality-mismatch', HEALTH(`${lead}xã Phú An về công tác y tế năm 2024, Trạm Y tế đã khám sàng lọc cho 1.240 người.`),
      [{ messageId: 'localityMismatch', data: { found: 'xã Phú An', expected: 'xã An Phú' }, quote: 'xã Phú An', at: lead }]);
  });

  it('says nothing of a plan of a people\'s committee (a neighbour\'s plan may be carried out jointly)', async () => {
    await expectNone('locality-mismatch', HEALTH('Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2024 của Ủy ban nhân dân xã Phú An về công tác y tế năm 2024, Trạm Y tế đã khám sàng lọc cho 1.240 người.'));
  });

  it('flags the ward of a party committee\'s resolution cited in a ";"-list of bases after "Căn cứ"', async () => {
    const lead = 'Căn cứ Luật Giáo dục năm 2019; Nghị quyết số 05-NQ/ĐU ngày 10/01/2024 của Đảng ủy ';
    await expectFindings('locality-mismatch', SCHOOL(`${lead}phường Nam Sơn Hà về phát triển giáo dục, các trường đã huy động 412 trẻ ra lớp.`),
      [{ messageId: 'localityMismatch', data: { found: 'phường Nam Sơn Hà', expected: 'phường Nam Sơn' }, quote: 'phường Nam Sơn Hà', at: lead }]);
  });

  it('flags, in a district\'s report, another district whose council\'s resolution on the year\'s investment it carries out', async () => {
    const lead = 'Thực hiện Nghị quyết số 20/NQ-HĐND ngày 12/12/2023 của HĐND ';
    await expectFindings('locality-mismatch', DISTRICT(`${lead}huyện Đông Quan về kế hoạch đầu tư công năm 2024, tổng vốn giao là 412,5 tỷ đồng.`),
      [{ messageId: 'localityMismatch', data: { found: 'huyện Đông Quan', expected: 'huyện Đông Hưng' }, quote: 'huyện Đông Quan', at: lead }]);
  });

  it.each([
    ['its own council', 'Thực hiện Nghị quyết số 45/NQ-HĐND ngày 20/12/2023 của HĐND xã Quỳnh Lâm về kế hoạch sản xuất năm 2024, xã gieo cấy 612 ha lúa.'],
    ['a council above it', 'Thực hiện Nghị quyết số 45/NQ-HĐND ngày 20/12/2023 của HĐND huyện Quỳnh Lưu về kế hoạch sản xuất năm 2024, xã gieo cấy 612 ha lúa.'],
    ['a letter from a peer', 'Thực hiện Công văn số 45/UBND ngày 03/5/2024 của UBND xã Quỳnh Hoa về việc cung cấp giống, xã đã chuyển 2 tấn lúa giống.'],
    ['a plan of a partnership', 'Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND xã Quỳnh Hoa về phối hợp phòng chống dịch bệnh gia súc, xã tiêm 1.250 liều vắc xin.'],
    ['a body that is not the unit\'s government', 'Thực hiện Kế hoạch số 12/KH-TYT ngày 15/01/2024 của Trạm Y tế xã Quỳnh Hoa, xã tiêm 1.250 liều vắc xin.'],
    ['no word of carrying it out', 'Xã đã nhận Quyết định số 12/QĐ-UBND ngày 15/01/2024 của UBND xã Quỳnh Hoa về việc chuyển 02 hồ sơ đất đai.'],
    ['a plan of several communes', 'Thực hiện Kế hoạch liên tịch số 03/KH-UBND ngày 10/01/2024 của UBND xã Quỳnh Hoa, xã Quỳnh Thạch và xã Quỳnh Lâm về nạo vét kênh, đã nạo vét 4,2 km.'],
    ['a former unit', 'Thực hiện Nghị quyết số 45/NQ-HĐND ngày 20/12/2023 của HĐND xã Quỳnh Hoa (cũ) về kế hoạch sản xuất năm 2024, xã gieo cấy 612 ha lúa.'],
    ['a bordering commune', 'Cánh đồng lúa của xã giáp xã Quỳnh Hoa, diện tích gieo cấy 612 ha.'],
  ])('%s: nothing is said', async (_how, line) => {
    await expectNone('locality-mismatch', FARM(line));
  });

  it('says nothing of a commune\'s plan in a district\'s report (a member, not a peer)', async () => {
    await expectNone('locality-mismatch', DISTRICT('Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND xã Đông Phong, tuyến đường đã giải ngân 12,5 tỷ đồng.'));
  });
});
