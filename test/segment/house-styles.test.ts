/**
 * Four short reports, each numbered in a house style the seeds do not use, with their outlines
 * written out by hand: every heading as "path | number as written | level". Lists inside running
 * text (sentences ending in ";") and the signature block must not appear in the outline.
 */
import { describe, expect, test } from 'vitest';
import { segmentSections } from '../../src/segment/index.js';
import { sourceFromText } from './source-from-lines.js';

function tree(lines: string[]): string[] {
  return segmentSections(sourceFromText(lines.join('\n'))).sections.map((s) => `${s.path.join(' > ')} | ${s.number} | ${s.level}`);
}

/** A commune's socio-economic report: A. / I. / 1. / 1.1. */
const CAPITALS = [
  'ỦY BAN NHÂN DÂN XÃ TÂN PHÚ',
  'Số: 45/BC-UBND',
  'BÁO CÁO',
  'Tình hình kinh tế - xã hội năm 2024 và phương hướng, nhiệm vụ năm 2025',
  'A. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2024',
  'I. LĨNH VỰC KINH TẾ',
  '1. Sản xuất nông nghiệp',
  '1.1. Trồng trọt',
  'Tổng diện tích gieo trồng cả năm đạt 1 250 ha, bằng 101,2% kế hoạch.',
  '1.2. Chăn nuôi',
  'Tổng đàn lợn 3 400 con; đàn gia cầm 52 000 con.',
  '2. Xây dựng nông thôn mới',
  'Xã duy trì 19/19 tiêu chí nông thôn mới.',
  'II. VĂN HÓA - XÃ HỘI',
  '1. Giáo dục',
  'Các trường duy trì sĩ số, tỷ lệ học sinh lên lớp đạt 99,5%.',
  '2. Y tế',
  'Trong năm, trạm y tế xã đã thực hiện:',
  '1. Khám sàng lọc bệnh không lây nhiễm cho 820 người cao tuổi trên địa bàn xã;',
  '2. Tiêm chủng đầy đủ cho 215 trẻ em dưới một tuổi, đạt 98% kế hoạch;',
  '3. Truyền thông phòng chống sốt xuất huyết tại 8 thôn.',
  '3. Giảm nghèo',
  'Số hộ nghèo đầu năm 85 hộ, cuối năm còn 62 hộ.',
  'B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025',
  'I. MỤC TIÊU',
  'Phấn đấu tổng giá trị sản xuất tăng 7%.',
  'II. NHIỆM VỤ, GIẢI PHÁP',
  '1. Phát triển kinh tế',
  '1.1. Nông nghiệp',
  'Chuyển đổi 30 ha đất lúa kém hiệu quả sang cây trồng khác.',
  '1.2. Thương mại, dịch vụ',
  '2. Văn hóa - xã hội',
  'Nơi nhận:',
  '- UBND huyện;',
  'TM. ỦY BAN NHÂN DÂN',
  'CHỦ TỊCH',
];

/** A district's administrative-reform report: PHẦN THỨ NHẤT / I. / 1) / a- */
const ORDINAL_PARTS = [
  'BÁO CÁO',
  'Công tác cải cách hành chính năm 2024',
  'PHẦN THỨ NHẤT',
  'KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024',
  'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
  'Ủy ban nhân dân huyện ban hành 12 văn bản chỉ đạo.',
  'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ',
  '1) Cải cách thể chế',
  'a- Xây dựng văn bản quy phạm pháp luật',
  'Trong năm ban hành 04 quyết định.',
  'b- Kiểm tra, rà soát văn bản',
  '2) Cải cách thủ tục hành chính',
  'a- Tiếp nhận và giải quyết hồ sơ',
  'Tiếp nhận 5 630 hồ sơ, giải quyết đúng hạn 5 512 hồ sơ.',
  'b- Công khai thủ tục hành chính',
  'c- Dịch vụ công trực tuyến',
  'Các nhóm dịch vụ được cung cấp gồm:',
  'a) dịch vụ công trực tuyến toàn trình cho 126 thủ tục hành chính;',
  'b) dịch vụ công trực tuyến một phần cho 87 thủ tục hành chính.',
  'd- Số hóa hồ sơ',
  'đ- Thanh toán trực tuyến',
  '3) Cải cách tổ chức bộ máy',
  'III. ĐÁNH GIÁ CHUNG',
  '1) Ưu điểm',
  '2) Hạn chế',
  'PHẦN THỨ HAI',
  'NHIỆM VỤ TRỌNG TÂM NĂM 2025',
  'I. MỤC TIÊU',
  'II. NHIỆM VỤ',
  '1) Tiếp tục rà soát thủ tục hành chính',
  '2) Đẩy mạnh số hóa hồ sơ',
];

/** A health station's report: Mục 1. / 1.1. / 1.1.1. / 1.1.1.1. */
const MUC = [
  'BÁO CÁO',
  'Kết quả công tác y tế 6 tháng đầu năm 2025',
  'Mục 1. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
  '1.1. Công tác khám, chữa bệnh',
  '1.1.1. Khám bệnh tại trạm',
  '1.1.1.1. Khám ngoại trú',
  'Trạm khám cho 2 310 lượt người.',
  '1.1.1.2. Điều trị nội trú',
  '1.1.2. Khám lưu động',
  '1.2. Công tác y tế dự phòng',
  '1.2.1. Tiêm chủng',
  'Các hoạt động tiêm chủng trong kỳ gồm:',
  '1. Tiêm vắc xin sởi - rubella cho 96 trẻ em từ 18 tháng tuổi trở lên;',
  '2. Tiêm vắc xin phòng bạch hầu, ho gà, uốn ván cho 102 trẻ em;',
  '3. Tiêm phòng uốn ván cho 41 phụ nữ có thai.',
  '1.2.2. Phòng chống dịch bệnh',
  'Mục 2. TỒN TẠI, HẠN CHẾ',
  '2.1. Nhân lực',
  '2.2. Cơ sở vật chất',
  'Mục 3. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM',
  '3.1. Nhiệm vụ trọng tâm',
];

/** A commune's poverty-reduction report: 1- / a) … đ) */
const DASHES = [
  'BÁO CÁO',
  'Tình hình thực hiện chương trình giảm nghèo năm 2024',
  '1- Kết quả rà soát hộ nghèo',
  'a) Hộ nghèo đầu năm',
  'Đầu năm toàn xã có 124 hộ nghèo.',
  'b) Hộ thoát nghèo',
  'c) Hộ phát sinh',
  'd) Hộ nghèo cuối năm',
  'đ) Hộ cận nghèo',
  'e) Tỷ lệ hộ nghèo',
  '2- Thực hiện chính sách',
  'a) Bảo hiểm y tế',
  'Cấp 1 150 thẻ bảo hiểm y tế cho người nghèo, cận nghèo.',
  'b) Tín dụng ưu đãi',
  'Ngân hàng chính sách xã hội giải ngân cho các hộ, cụ thể:',
  'a) hộ nghèo vay vốn sản xuất: 35 hộ, tổng dư nợ 1 750 triệu đồng;',
  'b) hộ cận nghèo vay vốn: 21 hộ;',
  'c) hộ mới thoát nghèo vay vốn: 14 hộ.',
  'c) Hỗ trợ nhà ở',
  '3- Kiến nghị',
];

const CAPITALS_OUTLINE = [
  'A | A. | 1',
  'A > I | I. | 2',
  'A > I > 1 | 1. | 3',
  'A > I > 1 > 1.1 | 1.1. | 4',
  'A > I > 1 > 1.2 | 1.2. | 4',
  'A > I > 2 | 2. | 3',
  'A > II | II. | 2',
  'A > II > 1 | 1. | 3',
  'A > II > 2 | 2. | 3',
  'A > II > 3 | 3. | 3',
  'B | B. | 1',
  'B > I | I. | 2',
  'B > II | II. | 2',
  'B > II > 1 | 1. | 3',
  'B > II > 1 > 1.1 | 1.1. | 4',
  'B > II > 1 > 1.2 | 1.2. | 4',
  'B > II > 2 | 2. | 3',
];

const ORDINAL_PARTS_OUTLINE = [
  'PHẦN THỨ NHẤT | PHẦN THỨ NHẤT | 1',
  'PHẦN THỨ NHẤT > I | I. | 2',
  'PHẦN THỨ NHẤT > II | II. | 2',
  'PHẦN THỨ NHẤT > II > 1 | 1) | 3',
  'PHẦN THỨ NHẤT > II > 1 > a | a- | 4',
  'PHẦN THỨ NHẤT > II > 1 > b | b- | 4',
  'PHẦN THỨ NHẤT > II > 2 | 2) | 3',
  'PHẦN THỨ NHẤT > II > 2 > a | a- | 4',
  'PHẦN THỨ NHẤT > II > 2 > b | b- | 4',
  'PHẦN THỨ NHẤT > II > 2 > c | c- | 4',
  'PHẦN THỨ NHẤT > II > 2 > d | d- | 4',
  'PHẦN THỨ NHẤT > II > 2 > đ | đ- | 4',
  'PHẦN THỨ NHẤT > II > 3 | 3) | 3',
  'PHẦN THỨ NHẤT > III | III. | 2',
  'PHẦN THỨ NHẤT > III > 1 | 1) | 3',
  'PHẦN THỨ NHẤT > III > 2 | 2) | 3',
  'PHẦN THỨ HAI | PHẦN THỨ HAI | 1',
  'PHẦN THỨ HAI > I | I. | 2',
  'PHẦN THỨ HAI > II | II. | 2',
  'PHẦN THỨ HAI > II > 1 | 1) | 3',
  'PHẦN THỨ HAI > II > 2 | 2) | 3',
];

const MUC_OUTLINE = [
  'Mục 1 | Mục 1. | 1',
  'Mục 1 > 1.1 | 1.1. | 2',
  'Mục 1 > 1.1 > 1.1.1 | 1.1.1. | 3',
  'Mục 1 > 1.1 > 1.1.1 > 1.1.1.1 | 1.1.1.1. | 4',
  'Mục 1 > 1.1 > 1.1.1 > 1.1.1.2 | 1.1.1.2. | 4',
  'Mục 1 > 1.1 > 1.1.2 | 1.1.2. | 3',
  'Mục 1 > 1.2 | 1.2. | 2',
  'Mục 1 > 1.2 > 1.2.1 | 1.2.1. | 3',
  'Mục 1 > 1.2 > 1.2.2 | 1.2.2. | 3',
  'Mục 2 | Mục 2. | 1',
  'Mục 2 > 2.1 | 2.1. | 2',
  'Mục 2 > 2.2 | 2.2. | 2',
  'Mục 3 | Mục 3. | 1',
  'Mục 3 > 3.1 | 3.1. | 2',
];

const DASHES_OUTLINE = [
  '1 | 1- | 1',
  '1 > a | a) | 2',
  '1 > b | b) | 2',
  '1 > c | c) | 2',
  '1 > d | d) | 2',
  '1 > đ | đ) | 2',
  '1 > e | e) | 2',
  '2 | 2- | 1',
  '2 > a | a) | 2',
  '2 > b | b) | 2',
  '2 > c | c) | 2',
  '3 | 3- | 1',
];

describe('house styles of heading numbering', () => {
  test('A. / I. / 1. / 1.1.: capital letters above Roman numerals, I. restarting under B.', () => {
    expect(tree(CAPITALS)).toEqual(CAPITALS_OUTLINE);
  });

  test('PHẦN THỨ NHẤT / I. / 1) / a-: ordinal parts, parenthesised numbers, dashed letters', () => {
    expect(tree(ORDINAL_PARTS)).toEqual(ORDINAL_PARTS_OUTLINE);
  });

  test('Mục 1. / 1.1. / 1.1.1. / 1.1.1.1.: four levels under a "Mục"', () => {
    expect(tree(MUC)).toEqual(MUC_OUTLINE);
  });

  test('1- / a) … đ): dashed numbers on top, the Vietnamese letter order below', () => {
    expect(tree(DASHES)).toEqual(DASHES_OUTLINE);
  });
});

