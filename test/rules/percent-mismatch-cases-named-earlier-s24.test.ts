import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "chiếm X% tổng số <noun>" whose whole was stated paragraphs before as "N trường hợp <noun>" / "N vụ <noun>": a count of
// cases is told by the noun after it, and the deed before it ("phát hiện, lập biên bản") names no narrower group.
const mismatches = async (text: string) => (await findingsOf('percent-mismatch', text)).map((f) => [f.data.num, f.data.den]);

const report = (share: string, extra = '') => 'BÁO CÁO\nI. KẾT QUẢ KIỂM TRA\n1. Kết quả chung\n'
  + `- Đoàn kiểm tra liên ngành đã kiểm tra, xử lý 640 trường hợp vi phạm an toàn thực phẩm, phạt tiền 312,5 triệu đồng.\n${extra}`
  + '2. Kết quả theo lĩnh vực\n'
  + `- Vi phạm về nhãn hàng hóa: 176 trường hợp, chiếm ${share}% tổng số vi phạm an toàn thực phẩm.\n`;

describe('percent-mismatch: a share of a total of cases named by the noun after the case word, stated before', () => {
  it('reads the share against the one earlier count of cases of that noun', async () => {
    // Hand-checked: 176/640 = 27,5%, not 25,7%.
    expect(await mismatches(report('25,7'))).toEqual([[176, 640]]);
    expect(await mismatches(report('27,5'))).toEqual([]);
  });

  it('reads incidents counted as "vụ" the same way', async () => {
    // Hand-checked: 38/152 = 25%, not 52%.
    const text = 'BÁO CÁO\nI. TÌNH HÌNH\n- Trong năm, lực lượng chức năng phát hiện 152 vụ buôn lậu, thu giữ hàng hóa trị giá 1,2 tỷ đồng.\n'
      + '- Buôn lậu thuốc lá điếu: 38 vụ, chiếm 52% tổng số buôn lậu.\n';
    expect(await mismatches(text)).toEqual([[38, 152]]);
  });

  it('says nothing when two earlier counts of those cases differ', async () => {
    const extra = '- Qua kiểm tra đột xuất trong dịp Tết, phát hiện 210 trường hợp vi phạm an toàn thực phẩm.\n';
    expect(await mismatches(report('25,7', extra))).toEqual([]);
  });

  it('says nothing when the earlier cases are a narrower group', async () => {
    const text = 'BÁO CÁO\nI. KẾT QUẢ\n- Đã xử lý 640 trường hợp vi phạm giao thông đường thủy.\n- Vi phạm chở quá tải: 176 trường hợp, chiếm 25,7% tổng số vi phạm.\n';
    expect(await mismatches(text)).toEqual([]);
  });
});
