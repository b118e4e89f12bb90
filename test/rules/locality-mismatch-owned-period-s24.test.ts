import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'locality-mismatch';
const HEAD = ['ỦY BAN NHÂN DÂN', 'HUYỆN SÔNG MÂY', 'Số: 40/BC-UBND', 'BÁO CÁO', 'Kết quả thực hiện dự toán năm 2025 của huyện Sông Mây', '', 'UBND huyện Sông Mây báo cáo như sau:', '', 'I. KẾT QUẢ'];
const report = (line: string) => [...HEAD, line].join('\n');

describe('locality-mismatch: a district owning the subject whose phrase names its period', () => {
  it('reads "<phrase> năm 2025 của huyện X được …" as X owning the subject', async () => {
    await expectFindings(RULE, report('Báo cáo tài chính năm 2025 của huyện Đồng Cỏ được lập đúng thời hạn.'), [
      { messageId: 'localityMismatch', data: { found: 'huyện Đồng Cỏ', expected: 'huyện Sông Mây' } },
    ]);
    await expectFindings(RULE, report('Kế hoạch vốn quý III/2025 của huyện Đồng Cỏ đã được giải ngân hết.'), [
      { messageId: 'localityMismatch', data: { found: 'huyện Đồng Cỏ' } },
    ]);
  });

  it('still leaves a phrase holding a count, and a neighbour, alone', async () => {
    await expectNone(RULE, report('Số tiền hỗ trợ năm 2025 cho 14 hộ của huyện Đồng Cỏ được chi trả đủ.'));
    await expectNone(RULE, report('Dự án đường liên xã năm 2025 giáp ranh với huyện Đồng Cỏ được khởi công.'));
  });
});
