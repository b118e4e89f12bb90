import { describeVariants } from './variants-helper.js';

// Session 22 (s115): semicolon lists whose items a "và" or a bracket could split or hide. Written for this test, judged by hand.
const FLAGGED: Array<[string, string]> = [
  // Capitalised items; the last one's "và" is followed by lower case: one criterion's name, so three named, not four.
  ['Xã còn 04 tiêu chí chưa đạt, gồm: Thủy lợi; Nhà ở dân cư; Văn hóa và thể thao.', '"count":4,"listed":3'],
  // Described items, each closed by its size in brackets: three kinds named, five counted.
  ['Các sai phạm được chia thành 05 nhóm: chậm nộp hồ sơ quyết toán (07 dự án); điều chỉnh dự án không đúng thẩm quyền (02 dự án); thanh toán vượt khối lượng (04 dự án).', '"count":5,"listed":3'],
];
const CLEAN: string[] = [
  // "và" followed by a capital: two more names, four in all, as counted.
  'Xã còn 04 tiêu chí chưa đạt, gồm: Thủy lợi; Nhà ở dân cư; Văn hóa và Thể thao.',
  // Three described items with their sizes in brackets, three counted.
  'Các sai phạm được chia thành 03 nhóm: chậm nộp hồ sơ quyết toán (07 dự án); điều chỉnh dự án không đúng thẩm quyền (02 dự án); thanh toán vượt khối lượng (04 dự án).',
];

describeVariants('list-count-mismatch', FLAGGED, CLEAN);
