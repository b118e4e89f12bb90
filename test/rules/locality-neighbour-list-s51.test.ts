import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Written for this test (a ward's urban report, a commune's school report, a commune's farming report); every finding
// checked by hand.

// A ward's report on urban order.
const WARD = (line: string) => ['ỦY BAN NHÂN DÂN', 'PHƯỜNG TÂN PHONG', 'Số: 88/BC-UBND', 'Tân Phong, ngày 12 tháng 12 năm 2025', 'BÁO CÁO',
  'Kết quả công tác quản lý trật tự đô thị năm 2025', 'UBND phường Tân Phong báo cáo như sau:', 'I. KẾT QUẢ', line].join('\n');
// A commune's report on its schools.
const SCHOOL = (line: string) => ['ỦY BAN NHÂN DÂN', 'XÃ CHU HÓA', 'Số: 40/BC-UBND', 'Chu Hóa, ngày 20 tháng 5 năm 2025', 'BÁO CÁO',
  'Kết quả công tác giáo dục năm học 2024 - 2025', 'UBND xã Chu Hóa báo cáo như sau:', 'I. KẾT QUẢ', line].join('\n');
// A commune's farming report.
const FARM = (line: string) => ['ỦY BAN NHÂN DÂN', 'XÃ CHÂU TIẾN', 'Số: 73/BC-UBND', 'Châu Tiến, ngày 18 tháng 6 năm 2025', 'BÁO CÁO',
  'Kết quả sản xuất nông nghiệp 6 tháng đầu năm 2025', 'UBND xã Châu Tiến báo cáo như sau:', 'I. KẾT QUẢ', line].join('\n');

describe('locality-mismatch: a unit listed after a border cue is a neighbour (s51)', () => {
  it('leaves a ward named after another bordering place and "và" unflagged', async () => {
    await expectNone('locality-mismatch', WARD('Địa bàn phường tiếp giáp với Khu công nghiệp Hòa Phú và phường Tân Lợi, dân cư phân bố không đều.'));
    await expectNone('locality-mismatch', WARD('Phía Bắc giáp Khu công nghiệp Hòa Phú, sông Sêrêpốk và phường Tân Lợi; tuyến Quốc lộ 14 chạy qua 3 km.'));
  });

  it('leaves a commune listed after a landmark beside a school unflagged', async () => {
    await expectNone('locality-mismatch', SCHOOL('Trường THCS nằm ở khu vực liền kề Khu di tích Đền Hùng và xã Hy Cương, thuận lợi cho học sinh tham quan, học tập.'));
  });

  it('leaves a commune last in a list of bordering places unflagged', async () => {
    await expectNone('locality-mismatch', FARM('Vùng trồng cam của xã giáp ranh Lâm trường Sông Hiếu, Khu bảo tồn Pù Huống và xã Châu Bình, đất đai màu mỡ.'));
  });

  it('still flags a commune doing the report\'s work in the sentence after a border cue, or after a clause break', async () => {
    // The border cue's sentence ends; the next one gives Yên Na's station the report's own count.
    const lead = 'Địa bàn giáp ranh Vườn quốc gia Pù Mát. Trạm y tế ';
    await expectFindings('locality-mismatch', FARM(`${lead}xã Yên Na đã khám cho 1.250 lượt người.`),
      [{ messageId: 'localityMismatch', data: { found: 'xã Yên Na', expected: 'xã Châu Tiến' }, quote: 'xã Yên Na', at: lead }]);
    const semi = 'Địa bàn giáp ranh Vườn quốc gia Pù Mát; UBND ';
    await expectFindings('locality-mismatch', FARM(`${semi}xã Yên Na đã tổ chức 12 buổi tuyên truyền.`),
      [{ messageId: 'localityMismatch', data: { found: 'xã Yên Na', expected: 'xã Châu Tiến' }, quote: 'xã Yên Na', at: semi }]);
  });

  it('still flags a commune after "giáp Tết" (a time, no border) and after an organ in the list', async () => {
    const tet = 'Dịp giáp Tết Nguyên đán, Trạm y tế ';
    await expectFindings('locality-mismatch', WARD(`${tet}phường Tân Lợi đã kiểm tra 26 cơ sở kinh doanh.`),
      [{ messageId: 'localityMismatch', data: { found: 'phường Tân Lợi', expected: 'phường Tân Phong' }, quote: 'phường Tân Lợi', at: tet }]);
    const organ = 'Địa bàn giáp ranh Vườn quốc gia Pù Mát, Ban Quản lý rừng phòng hộ ';
    await expectFindings('locality-mismatch', FARM(`${organ}xã Yên Na đã trồng mới 45 ha rừng.`),
      [{ messageId: 'localityMismatch', data: { found: 'xã Yên Na', expected: 'xã Châu Tiến' }, quote: 'xã Yên Na', at: organ }]);
  });
});
