import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Items that each carry their own count of the counted things are kinds of them, held to the count by the sum of their
// counts, never by how many items there are (src/extract/claims-counted-kinds.ts).
const found = async (rule: string, text: string) =>
  (await findingsOf(rule, `I. KẾT QUẢ\n${text}\n`)).map((f) => ({ id: f.messageId, data: f.data }));
const listed = (text: string) => found('list-count-mismatch', text);

describe('list-count-mismatch: kinds each carrying their own count', () => {
  it('stays silent on bullets of kinds counted in a noun of their own that add up to the count', async () => {
    // 3 + 2 = 5 houses ("căn" is how houses are counted) under "05 mái ấm".
    expect(await listed('Hội Liên hiệp Phụ nữ xã bàn giao 05 mái ấm tình thương, gồm:\n- Xây mới 03 căn;\n- Sửa chữa 02 căn.')).toEqual([]);
    // 6 + 3 = 9 classrooms, each kind with its cost after a comma.
    expect(await listed('Năm học 2024-2025, toàn huyện đầu tư 9 phòng học, gồm:\n- Xây mới 05 phòng, kinh phí 3,2 tỷ đồng;\n- Cải tạo 04 phòng, kinh phí 0,8 tỷ đồng.')).toEqual([]);
  });

  it('stays silent on a "sau:" run of kinds counted in the counted noun, whatever they add to', async () => {
    // 4 + 3 = 7 classes.
    expect(await listed('Ban Chỉ huy Quân sự xã tổ chức 7 lớp tập huấn sau:\n- Lớp kỹ thuật trồng trọt 04 lớp;\n- Lớp chăn nuôi thú y 03 lớp.')).toEqual([]);
    // 4 + 5 = 9, not 10: a sum that misses is a question for parts-sum, not a school left out of a list of names.
    expect(await listed('Phòng Giáo dục đã kiểm tra 10 trường học sau:\n- Trường mầm non 04 trường;\n- Trường tiểu học 05 trường.')).toEqual([]);
  });

  it('stays silent on numbered and lettered kinds inside the paragraph', async () => {
    // 5 + 3 = 8 employers.
    expect(await listed('Bảo hiểm xã hội huyện đã thanh tra 8 đơn vị sử dụng lao động: (1) doanh nghiệp ngoài nhà nước 05 đơn vị; (2) đơn vị sự nghiệp 03 đơn vị.')).toEqual([]);
    // 7 + 4 = 11 certificates.
    expect(await listed('Ủy ban nhân dân xã đã cấp 11 giấy chứng nhận quyền sử dụng đất: (1) cấp đổi 07 giấy; (2) cấp mới 04 giấy.')).toEqual([]);
    // 6 + 4 = 10 houses, each kind with its cost.
    expect(await listed('Hội Chữ thập đỏ trao 10 căn nhà nhân đạo, gồm: (1) xây mới 06 căn, kinh phí 300 triệu đồng; (2) sửa chữa 04 căn, kinh phí 80 triệu đồng.')).toEqual([]);
    // 4 + 3 = 7 classes.
    expect(await listed('Trung tâm Y tế đã tổ chức 7 lớp tập huấn gồm: lớp sơ cấp cứu 04 lớp; lớp an toàn thực phẩm 03 lớp.')).toEqual([]);
  });

  it('leaves a sum of kinds that misses the count to parts-sum', async () => {
    // 4 + 3 = 7 houses, not 6.
    const text = 'Xã đã bàn giao 06 nhà đại đoàn kết cho hộ nghèo, gồm:\n- Xây mới 04 căn;\n- Sửa chữa 03 căn.';
    expect(await listed(text)).toEqual([]);
    expect(await found('parts-sum-mismatch', text)).toEqual([{ id: 'partsSumMismatch', data: { parts: '04 + 03', sum: 7, whole: 6 } }]);
  });

  it('still flags named things whose counts are of another noun', async () => {
    // Three models named, four counted; 12 + 15 + 9 = 36 households is each model's size, no count of models.
    expect(await listed('Trong kỳ, thành lập mới 04 mô hình kinh tế tập thể, gồm:\n- Mô hình nuôi bò sinh sản thôn Đông với 12 hộ tham gia;\n- Mô hình trồng nấm rơm thôn Tây với 15 hộ tham gia;\n- Mô hình nuôi ong thôn Nam với 9 hộ tham gia.'))
      .toEqual([{ id: 'listCountMismatch', data: expect.objectContaining({ count: 4, listed: 3 }) }]);
    // Two establishments named, five counted: 2 + 3 = 5 faults found is no count of establishments (the count follows a
    // comma and a proper name).
    expect(await listed('Đoàn kiểm tra liên ngành đã kiểm tra 05 cơ sở, gồm:\n- Cơ sở sản xuất nước đá Hòa Bình, phát hiện 02 lỗi;\n- Cơ sở giết mổ gia súc An Phú, phát hiện 03 lỗi.'))
      .toEqual([{ id: 'listCountMismatch', data: expect.objectContaining({ count: 5, listed: 2 }) }]);
    // Two teams named, six counted: 4 + 2 = 6 members of the teams named by their villages.
    expect(await listed('Ban Chỉ đạo đã thành lập 06 tổ công tác, gồm:\n- Tổ công tác thôn Đông 04 thành viên;\n- Tổ công tác thôn Tây 02 thành viên.'))
      .toEqual([{ id: 'listCountMismatch', data: expect.objectContaining({ count: 6, listed: 2 }) }]);
  });
});
