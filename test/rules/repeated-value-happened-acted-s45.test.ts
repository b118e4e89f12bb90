import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 45: incidents told as happened or recorded ("Trong tháng xảy ra 02 vụ cháy rừng") and those an office's deed reached
// ("Hạt Kiểm lâm đã phát hiện và xử lý 07 vụ cháy rừng") are two indicators, whichever is larger: a deed may reach incidents
// of earlier periods. The same incidents told as happened twice with two values are still one quantity in conflict.
// Sentences and numbers written for this test.
const RULE = 'repeated-value-conflict';
const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 57/BC-UBND\nTân Lập, ngày 25 tháng 9 năm 2025\nBÁO CÁO\nKết quả quản lý bảo vệ rừng 9 tháng năm 2025\nI. KẾT QUẢ\n';
const report = (first: string, second: string) => HEAD + [
  '1. Phòng cháy, chữa cháy rừng',
  `${first} Lực lượng tại chỗ đã kịp thời dập tắt, không để lan rộng.`,
  '2. Tuần tra, kiểm soát',
  'Đến nay toàn xã có 14 tổ bảo vệ rừng với 86 thành viên, duy trì tuần tra hằng tuần tại các khu rừng trọng điểm.',
  `Qua tuần tra bằng thiết bị bay không người lái, ${second}`,
].join('\n') + '\n';
const pairs = async (text: string) => (await findingsOf(RULE, text)).map((f) => [f.data.value, f.data.other].sort());

describe('repeated-value-conflict: incidents that happened beside those an office acted on', () => {
  it('does not hold those verified or handled (07) against those that happened (02)', async () => {
    expect(await pairs(report('Trong kỳ xảy ra 02 (hai) vụ cháy rừng, thiệt hại 1,5 ha rừng trồng.', 'Hạt Kiểm lâm đã phát hiện và xử lý 07 vụ cháy rừng.'))).toEqual([]);
    expect(await pairs(report('Trong kỳ xảy ra 02 (hai) vụ cháy rừng, thiệt hại 1,5 ha rừng trồng.', 'Hạt Kiểm lâm đã xác minh 07 vụ cháy rừng.'))).toEqual([]);
  });

  it('still flags the incidents told as happened (or recorded) twice with two values', async () => {
    // Hand-checked: both sentences tell how many forest fires happened in the period: 02 and 07, one quantity.
    expect(await pairs(report('Trong kỳ xảy ra 02 (hai) vụ cháy rừng, thiệt hại 1,5 ha rừng trồng.', 'trong kỳ đã xảy ra 07 vụ cháy rừng.'))).toEqual([['02', '07']]);
    expect(await pairs(report('Trong kỳ xảy ra 02 (hai) vụ cháy rừng, thiệt hại 1,5 ha rừng trồng.', 'trong kỳ ghi nhận 07 vụ cháy rừng.'))).toEqual([['02', '07']]);
  });
});
