/**
 * Undotted markers ("1 Quy mô trường lớp", "a Giáo dục mầm non" under "II KẾT QUẢ …"): a house style with no dot or
 * bracket after the number or the letter, read as headings only when the document's own pattern supports it — a run
 * counting 1, 2, 3 / a, b, c, each line short and title-like and followed by its body. Body lines opening with a
 * number, a table read as lines, a list of tasks and a lone undotted line stay body text. Written for this test (an
 * education report and a budget report of a district), outlines checked by hand against the lines.
 */
import { describe, expect, test } from 'vitest';
import { recogniseHeading, recogniseUndotted } from '../../src/segment/heading.js';
import { segmentSections } from '../../src/segment/index.js';
import { analyseBytes } from '../../pipelines/analyse.js';
import { outline, sourceFromText } from './source-from-lines.js';

const tree = (lines: string[]) => outline(segmentSections(sourceFromText(lines.join('\n'))).sections);

const EDUCATION = [
  'BÁO CÁO',
  'Tổng kết năm học 2024 - 2025 của ngành giáo dục huyện',
  'Thực hiện hướng dẫn của Sở Giáo dục và Đào tạo, Phòng Giáo dục và Đào tạo báo cáo như sau:',
  'I TÌNH HÌNH CHUNG',
  'Huyện có 42 trường với 1.250 giáo viên và nhân viên.',
  'II KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM HỌC',
  '1 Quy mô trường lớp',
  'Toàn huyện có 318 nhóm, lớp với 9.640 trẻ em và học sinh.',
  'a Giáo dục mầm non',
  'Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99,6%.',
  'b Giáo dục tiểu học',
  'Có 4.210 học sinh tiểu học, tăng 85 em so với năm học trước.',
  '2 Đội ngũ nhà giáo',
  'Tuyển mới 36 giáo viên, bồi dưỡng thường xuyên cho 1.180 người.',
  '3 Cơ sở vật chất',
  'a Xây dựng trường chuẩn quốc gia',
  'Thêm 03 trường đạt chuẩn, nâng tổng số lên 29 trường.',
  'b Thiết bị dạy học',
  'Mua sắm 120 bộ máy tính cho các phòng tin học.',
  'III PHƯƠNG HƯỚNG NĂM HỌC 2025 - 2026',
  'Tiếp tục nâng cao chất lượng dạy và học.',
];

describe('undotted markers (s36)', () => {
  test('the grammar reads the shape only: a title-like line after a bare number or letter; recogniseHeading still refuses it', () => {
    expect(recogniseUndotted('2 Đội ngũ nhà giáo')).toMatchObject({ number: '2', key: '2', style: 'arabic', ordinal: 2, mark: '', title: 'Đội ngũ nhà giáo' });
    expect(recogniseUndotted('b Thiết bị dạy học')).toMatchObject({ number: 'b', key: 'b', style: 'letter', ordinal: 2, mark: '' });
    expect(recogniseUndotted('1 Kết quả năm 2025')).toMatchObject({ key: '1', title: 'Kết quả năm 2025' });
    // A number labelling a name is title-like; a count, an amount or a table's cells are not.
    expect(recogniseUndotted('2 Tiểu dự án 3: Bồi dưỡng cán bộ quản lý')).toMatchObject({ key: '2', title: 'Tiểu dự án 3: Bồi dưỡng cán bộ quản lý' });
    expect(recogniseHeading('2 Đội ngũ nhà giáo')).toBeNull();
    for (const line of [
      '12 giáo viên được khen thưởng',
      '3 trường đạt chuẩn quốc gia',
      '1 Trường Tiểu học Hòa Bình 420 398',
      '2 Hoàn thành sửa chữa 14 phòng học.',
      '1 Tuyển dụng giáo viên; bồi dưỡng cán bộ quản lý',
      '4 Tỷ lệ học sinh lên lớp 98,2%',
      '2 Cấp 45 bộ sách giáo khoa',
      '3 Khu tập thể giáo viên số 2 18 6',
      '1 Kinh phí 1.500 triệu đồng',
      '0 Thiết bị',
      'f Thiết bị dạy học',
    ]) expect(recogniseUndotted(line), line).toBeNull();
  });

  test('an education report numbered I / 1 / a without dots reads its whole outline, and heading-numbering finds nothing', async () => {
    expect(tree(EDUCATION)).toBe('I II(1(a b) 2 3(a b)) III');
    const outcome = await analyseBytes('giao-duc.txt', new TextEncoder().encode(EDUCATION.join('\n')));
    expect(outcome.analysis?.findings.filter((f) => f.rule === 'heading-numbering')).toEqual([]);
  });

  test('a budget report mixing I / 1 / 1.1 / a without dots nests each level', () => {
    expect(tree([
      'I THU NGÂN SÁCH', 'Thu ngân sách trên địa bàn ước đạt 45.200 triệu đồng.',
      '1 Thu nội địa', 'Thu nội địa đạt 38.600 triệu đồng, bằng 104% dự toán.',
      '1.1 Thu từ khu vực ngoài quốc doanh', 'Đạt 12.300 triệu đồng.',
      'a Thuế giá trị gia tăng', 'Đạt 8.100 triệu đồng.',
      'b Thuế thu nhập doanh nghiệp', 'Đạt 4.200 triệu đồng.',
      '1.2 Lệ phí trước bạ', 'Đạt 2.050 triệu đồng.',
      '2 Thu bổ sung từ ngân sách cấp trên', 'Nhận bổ sung 6.600 triệu đồng.',
      'II CHI NGÂN SÁCH', 'Chi ngân sách ước thực hiện 44.900 triệu đồng.',
    ])).toBe('I(1(1.1(a b) 1.2) 2) II');
  });

  test('a table right under an undotted heading is its body', () => {
    expect(tree([
      'I KẾT QUẢ TUYỂN SINH', 'Năm học hoàn thành các chỉ tiêu tuyển sinh.',
      '1 Tuyển sinh lớp 1', 'STT\tTrường\tHọc sinh', '1\tHòa Bình\t120', '2\tSuối Hoa\t96',
      '2 Tuyển sinh lớp 6', 'Tuyển 980 học sinh, đạt 100% kế hoạch.',
      'II KIẾN NGHỊ', 'Đề nghị bổ sung giáo viên.',
    ])).toBe('I(1 2) II');
  });

  test('look-alikes stay body text: counts opening a line, a table read as lines, a list of tasks, a lone line, a run not from 1', () => {
    // Counts in lower case, and a table of schools whose cells run on as text.
    expect(tree([
      'I KẾT QUẢ', '12 giáo viên được khen thưởng cấp huyện.', '3 trường hoàn thành kiểm định chất lượng.',
      '1 Trường Mầm non Sơn Ca 215 209', '2 Trường Tiểu học Hòa Bình 420 398', '3 Trường THCS Lê Lợi 380 371',
      'II KIẾN NGHỊ', 'Đề nghị bổ sung biên chế.',
    ])).toBe('I II');
    // Tasks one after another, with no body of their own.
    expect(tree([
      'I KẾT QUẢ', 'Hoàn thành kế hoạch năm học.', 'II NHIỆM VỤ NĂM 2026',
      '1 Hoàn thành xây dựng thêm hai trường chuẩn quốc gia', '2 Nâng tỷ lệ học sinh học hai buổi mỗi ngày', '3 Bồi dưỡng giáo viên cốt cán',
    ])).toBe('I II');
    // A lone undotted line, and a run that starts at "2".
    expect(tree([
      'I KẾT QUẢ', 'Hoàn thành kế hoạch năm học.', '1 Kinh phí thực hiện', 'Đã chi 2.400 triệu đồng.',
      'II TỒN TẠI', 'Thiếu giáo viên.', 'b Cơ sở vật chất', 'Còn 12 phòng học tạm.', 'c Thiết bị', 'Thiếu 40 bộ máy tính.',
    ])).toBe('I II');
  });
});
