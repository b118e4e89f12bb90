import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// "… 03 nhiệm vụ trọng tâm sau:" over items numbered "(1)", "1." or "1)" from 1 on: each numbered item is one of the things
// announced, as a bullet under it is. Written for this test (a ward's flood-season tasks); each count checked by hand.
const HEAD = ['Số: 41/BC-UBND', 'Phường Tân Hòa, ngày 20 tháng 6 năm 2026', 'BÁO CÁO', 'Công tác phòng, chống thiên tai 6 tháng đầu năm 2026', 'I. KẾT QUẢ', 'Phường duy trì trực ban 24/24 giờ.', 'II. NHIỆM VỤ'];
const found = (lines: string[]) =>
  analyseSource(sourceFromText([...HEAD, ...lines, 'III. KIẾN NGHỊ', 'Đề nghị quận hỗ trợ kinh phí.'].join('\n')), { only: ['list-count-mismatch'] })
    .findings.filter((f) => f.severity !== 'info').map((f) => [f.messageId, f.data.count, f.data.listed]);

const tasks = (mark: (n: number) => string) => [
  `${mark(1)} Nạo vét 1,2 km mương thoát nước trước ngày 30/6/2026.`,
  `${mark(2)} Kiểm tra toàn bộ nhà trọ ven kênh, lập danh sách hộ phải sơ tán.`,
  `${mark(3)} Bổ sung 200 bao cát và 40 áo phao cho tổ xung kích.`,
  `${mark(4)} Tổ chức tập huấn cứu hộ cho 60 đoàn viên thanh niên.`,
];

describe('list-count-mismatch: numbered items under a count of the following (s146)', () => {
  it('four items "(1)"–"(4)" under "03 nhiệm vụ trọng tâm sau:": flagged', () => {
    expect(found(['Phường tập trung thực hiện 03 nhiệm vụ trọng tâm sau:', ...tasks((n) => `(${n})`)])).toEqual([['listCountMismatch', 3, 4]]);
  });
  it('four items "1."–"4." under "03 nhiệm vụ sau:": flagged', () => {
    expect(found(['Phường tập trung thực hiện 03 nhiệm vụ sau:', ...tasks((n) => `${n}.`)])).toEqual([['listCountMismatch', 3, 4]]);
  });
  it('four items under "04 nhiệm vụ trọng tâm sau:": nothing said', () => {
    expect(found(['Phường tập trung thực hiện 04 nhiệm vụ trọng tâm sau:', ...tasks((n) => `(${n})`)])).toEqual([]);
  });
  it('items numbered out of order (1, 2, 4, 5): unsure, nothing said', () => {
    expect(found(['Phường tập trung thực hiện 03 nhiệm vụ sau:', ...tasks((n) => `(${n < 3 ? n : n + 1})`)])).toEqual([]);
  });
});
