import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const findings = (text: string) => findingsOf('list-count-mismatch', text);

describe('list-count-mismatch: where a list ends and what it counts', () => {
  it('takes the reading of a last "và" that agrees with the count when it opens a common noun after bare names', async () => {
    // Hand-checked: two shops named (Minh Phát, Hòa Bình); "và khu vực bến xe Nam" is another place of the sentence, so 02 agrees.
    const text = 'Đoàn kiểm tra làm việc tại 02 cửa hàng: Minh Phát, Hòa Bình và khu vực bến xe Nam.\n';
    expect(await findings(text)).toEqual([]);
    // With 04, neither reading (3 names or 2) agrees: the full reading is reported.
    const [f, ...rest] = await findings(text.replace('02 cửa hàng', '04 cửa hàng'));
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 4, listed: 3 });
    // A last item naming the counted noun again is one more of them: three shops against 02.
    const [g] = await findings('Đoàn kiểm tra làm việc tại 02 cửa hàng: Minh Phát, Hòa Bình và cửa hàng Tân Tiến.\n');
    expect(g.data).toMatchObject({ count: 2, listed: 3 });
  });

  it('counts numbered causes after "chủ yếu" closing the counted noun, examples only when "như" says so', async () => {
    // Hand-checked: (1), (2), (3) are three causes; the count says 04.
    const text = 'Doanh thu giảm do 04 nguyên nhân chủ yếu: (1) giá nguyên liệu tăng; (2) sức mua yếu; (3) thiếu vốn lưu động.\n';
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 4, listed: 3 });
    expect(await findings(text.replace('04 nguyên nhân', '03 nguyên nhân'))).toEqual([]);
    expect(await findings(text.replace('chủ yếu:', 'chủ yếu như:'))).toEqual([]);
  });

  it('flags a count of kinds naming fewer lower-case kinds than it says, never more', async () => {
    // Hand-checked: four payment methods listed (tiền mặt, chuyển khoản, quẹt thẻ, ví điện tử), the count says 05.
    const text = 'Cửa hàng áp dụng 05 phương thức thanh toán: tiền mặt, chuyển khoản, quẹt thẻ, ví điện tử.\n';
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 5, listed: 4 });
    expect(await findings(text.replace('05 phương thức', '04 phương thức'))).toEqual([]);
    // A comma may sit inside one kind ("kiểm tra, giám sát"): more pieces than the count say nothing.
    expect(await findings('Áp dụng 02 hình thức: kiểm tra, giám sát định kỳ và kiểm tra đột xuất.\n')).toEqual([]);
    // Things of a kind may be several per kind: five classes of three trades is no mismatch.
    expect(await findings('Mở 05 lớp dạy nghề: may công nghiệp, điện dân dụng, sửa chữa xe máy.\n')).toEqual([]);
    // Examples are never counted.
    expect(await findings('Áp dụng 05 phương thức thanh toán như: tiền mặt, chuyển khoản.\n')).toEqual([]);
  });

  it('counts titles in quotes each followed by its own place as one name each', async () => {
    // Hand-checked: three clubs ("Gia đình hạnh phúc", "Phụ nữ khởi nghiệp", "Dân vũ"), the count says 02.
    const text = 'Duy trì 02 câu lạc bộ: "Gia đình hạnh phúc" xóm Bắc, "Phụ nữ khởi nghiệp" xóm Nam và "Dân vũ" xóm Trung.\n';
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 2, listed: 3 });
    expect(await findings(text.replace('02 câu lạc bộ', '03 câu lạc bộ'))).toEqual([]);
  });

  it('reads the names after a coordination of counts ("02 trường và 03 trạm y tế: …") as the names of them all', async () => {
    // Hand-checked: 02 + 03 = 5 bodies counted, five named after the colon.
    const text = 'Đã lắp đặt pin mặt trời cho 02 trường học và 03 trạm y tế: Trường Tiểu học Ea Tu, Trường THCS Hòa Thuận, Trạm Y tế xã Ea Tu, Trạm Y tế xã Hòa Thuận và Trạm Y tế xã Cư Êbur.\n';
    expect(await findings(text)).toEqual([]);
    // Three counts joined by commas and "và", spelled brackets between: 01 + 02 + 01 = 4 names.
    expect(await findings('Thành lập 01 (một) tổ hợp tác, 02 (hai) hợp tác xã và 01 (một) liên hiệp: THT Rau sạch Phú Lộc, HTX Đông Phong, HTX Tây Phong, Liên hiệp HTX Bắc Bình.\n')).toEqual([]);
    // Four names against 02 + 03 = 5 (and neither count alone): a mismatch, stated against the sum.
    const [f, ...rest] = await findings(text.replace(' và Trạm Y tế xã Cư Êbur', ''));
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 5, listed: 4 });
  });
});
