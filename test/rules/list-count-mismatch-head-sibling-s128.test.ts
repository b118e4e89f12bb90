import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// "– Đã tổ chức 03 …, gồm:" over bullets of another marker, closed by a bullet of the head's own marker ("– Trong năm, …"):
// the head's next sibling ends the run under it, as a paragraph without a marker would. Written for this test; each count
// checked by hand (the items are long descriptions, so only "gồm" over a closed run makes them the things counted).
const HEAD = ['Số: 88/BC-UBND', 'Xã Tân Lập, ngày 12 tháng 12 năm 2025', 'BÁO CÁO', 'Kết quả công tác quản lý, bảo vệ rừng năm 2025', 'I. KẾT QUẢ', '1. Tuyên truyền'];
const found = (lines: string[]) =>
  analyseSource(sourceFromText([...HEAD, ...lines].join('\n')), { only: ['list-count-mismatch'] }).findings.filter((f) => f.severity !== 'info').map((f) => [f.messageId, f.data.count, f.data.listed]);

const ITEMS = [
  '+ Buổi tuyên truyền về phòng cháy, chữa cháy rừng mùa khô cho các hộ nhận khoán bảo vệ rừng ở hai thôn vùng cao giáp ranh;',
  '+ Buổi hướng dẫn kỹ thuật trồng, chăm sóc rừng keo lai và cây bản địa theo chuỗi giá trị gắn với chứng chỉ quản lý rừng bền vững;',
  '+ Buổi phổ biến quy định về khai thác, vận chuyển lâm sản, xử lý vi phạm hành chính trong lĩnh vực lâm nghiệp tại nhà văn hóa;',
  '+ Buổi đối thoại với người dân về chi trả dịch vụ môi trường rừng, giao rừng, cho thuê rừng và giải quyết tranh chấp đất lâm nghiệp.',
];
const SIBLING = '– Trong năm, không để xảy ra cháy rừng; lực lượng kiểm lâm phối hợp tuần tra thường xuyên các khu vực trọng điểm.';

describe('list-count-mismatch: a bullet of the head\'s own marker closes the run under it (s128)', () => {
  it('four bullets under "03 buổi …, gồm:" then the head\'s sibling: flagged', () => {
    expect(found(['– Đã tổ chức 03 buổi tuyên truyền về bảo vệ rừng, gồm:', ...ITEMS, SIBLING])).toEqual([['listCountMismatch', 3, 4]]);
  });
  it('four bullets under "04 buổi …": nothing said', () => {
    expect(found(['– Đã tổ chức 04 buổi tuyên truyền về bảo vệ rừng, gồm:', ...ITEMS, SIBLING])).toEqual([]);
  });
  it('a third marker after the run (maybe a deeper level under its last bullet): still unsure, nothing said', () => {
    expect(found(['– Đã tổ chức 03 buổi tuyên truyền về bảo vệ rừng, gồm:', ...ITEMS, '• Có 120 lượt người tham dự.', SIBLING])).toEqual([]);
  });
});
