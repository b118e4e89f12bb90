import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

describe('list-count-mismatch on a list of fields whose name joins words with "và"', () => {
  it('reads "nông nghiệp và phát triển nông thôn" as one field, and ends the list before a clause after ";"', async () => {
    // Hand-checked: the fields are tư pháp; y tế; nông nghiệp và phát triển nông thôn = 3, not the 04 announced.
    const text = 'Năm 2025, huyện đề nghị bãi bỏ 06 thủ tục thuộc 04 lĩnh vực: tư pháp, y tế, nông nghiệp và phát triển nông thôn; số thủ tục còn lại là 182 thủ tục.\n';
    expect((await findingsOf('list-count-mismatch', text)).map((f) => [f.data.stated, f.data.actual])).toHaveLength(1);
    // Hand-checked: three fields for 03 is right.
    expect(await findingsOf('list-count-mismatch', text.replace('04 lĩnh vực', '03 lĩnh vực'))).toEqual([]);
  });
});

describe('claim-mismatch on a multiple said in words', () => {
  it('reads "gấp đôi" as 2 and "gấp rưỡi" as 1,5, also between two rates', async () => {
    // Hand-checked: 45,60/30,40 = 1,5: "gấp đôi" (2) is wrong, "gấp rưỡi" (1,5) is right.
    const text = 'Tỷ lệ thanh toán không dùng tiền mặt đạt 45,60%, gấp đôi năm 2024 (30,40%).\n';
    expect((await findingsOf('claim-mismatch', text)).map((f) => f.data.stated)).toEqual([2]);
    expect(await findingsOf('claim-mismatch', text.replace('gấp đôi', 'gấp rưỡi'))).toEqual([]);
    // Hand-checked: 912/450 = 2,03 lần: "gấp đôi" holds.
    expect(await findingsOf('claim-mismatch', 'Số lượt truy cập cổng thông tin đạt 912 lượt, gấp đôi năm 2024 (450 lượt).\n')).toEqual([]);
  });
});

describe('date-out-of-period on a day its month does not have', () => {
  it('flags 31/6 and 29/02 of a common year, never 29/02/2024', async () => {
    const report = 'BÁO CÁO\nKết quả công tác năm 2023\n\nI. KẾT QUẢ\nNgày 31/6/2023, UBND xã tổ chức ra quân làm sạch môi trường; ngày 29/02/2023 tổ chức hội nghị.\n';
    // Hand-checked: June has 30 days; 2023 is no leap year, so February has 28.
    expect((await findingsOf('date-out-of-period', report)).map((f) => [f.messageId, f.data.last])).toEqual([['dateNotExists', '30'], ['dateNotExists', '28']]);
    expect(await findingsOf('date-out-of-period', report.replace(/2023/g, '2024').replace('31/6', '30/6'))).toEqual([]);
  });
});

describe('locality-mismatch on communes said to belong to another district', () => {
  const report = (sentence: string) => 'BÁO CÁO\nKết quả cải cách hành chính 9 tháng năm 2024 của UBND huyện Cư Kuin\n\nUBND huyện Cư Kuin báo cáo như sau:\n\n1. Kết quả\n' + sentence + '\n';

  it('flags the own communes\' figures given to another district, never a partner or a period after the name', async () => {
    // The district's one-stop shops are its own; "thuộc huyện Krông Bông" hands their figure to another district.
    const found = await findingsOf('locality-mismatch', report('Bộ phận một cửa của 08 xã, thị trấn thuộc huyện Krông Bông tiếp nhận 6.412 hồ sơ.'));
    expect(found.map((f) => f.data.found)).toEqual(['huyện Krông Bông']);
    expect(await findingsOf('locality-mismatch', report('Đoàn công tác đã phối hợp với các xã thuộc huyện Krông Bông tổ chức 02 buổi tập huấn.'))).toEqual([]);
    expect(await findingsOf('locality-mismatch', report('Nhiều hộ dân các xã thuộc huyện Krông Bông năm 2024 đến nộp hồ sơ tại huyện.'))).toEqual([]);
  });
});
