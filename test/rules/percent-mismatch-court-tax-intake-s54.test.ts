import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Cases and dossiers received, then, after ";", a clause opened by the verb of what was done (no "đã") with its share.
const court = (rate: string) => `Tòa án nhân dân huyện thụ lý 120 vụ án; giải quyết 96 vụ, ${rate}; tạm đình chỉ 04 vụ.`;
const tax = (rate: string) => `Chi cục Thuế tiếp nhận 250 hồ sơ hoàn thuế; giải quyết 240 hồ sơ, ${rate}; đang xử lý 10 hồ sơ.`;

describe('percent-mismatch: a share of the count received in the clause before ";" (session 54)', () => {
  it('checks the share of what was done against what came in, the noun one the head of the other', async () => {
    // Hand-checked: 96/120 = 80,0%, not 85,0% ("vụ" heads "vụ án").
    await expectFindings('percent-mismatch', court('đạt 85,0%'), [
      { messageId: 'percentMismatch', data: { stated: 85, num: 96, den: 120, actual: 80 }, quote: '85,0%', at: 'Tòa án nhân dân huyện thụ lý 120 vụ án; giải quyết 96 vụ, đạt ' },
    ]);
    // Hand-checked: 240/250 = 96%, not 92% ("hồ sơ" heads "hồ sơ hoàn thuế").
    await expectFindings('percent-mismatch', tax('đạt 92%'), [
      { messageId: 'percentMismatch', data: { stated: 92, num: 240, den: 250, actual: 96 }, quote: '92%', at: 'Chi cục Thuế tiếp nhận 250 hồ sơ hoàn thuế; giải quyết 240 hồ sơ, đạt ' },
    ]);
    // A time phrase may open the sentence before the subject; 380/400 = 95%, not 90%.
    await expectFindings('percent-mismatch', 'Trong quý, Bộ phận một cửa tiếp nhận 400 hồ sơ; trả kết quả 380 hồ sơ, đạt 90%.', [
      { messageId: 'percentMismatch', data: { stated: 90, num: 380, den: 400, actual: 95 }, quote: '90%' },
    ]);
  });

  it('says nothing when the share is right', async () => {
    await expectNone('percent-mismatch', court('đạt 80,0%'));
    await expectNone('percent-mismatch', tax('đạt 96%'));
  });

  it('says nothing when the share may be of another base', async () => {
    // A rate of the plan, or of the same period a year before.
    await expectNone('percent-mismatch', tax('đạt 92% kế hoạch năm'));
    await expectNone('percent-mismatch', 'Chi cục Thuế tiếp nhận 250 hồ sơ; giải quyết 240 hồ sơ, bằng 92% so với cùng kỳ.');
    // Two kinds of one head ("vụ án" against "vụ việc"), or another noun altogether.
    await expectNone('percent-mismatch', 'Tòa án nhân dân huyện thụ lý 120 vụ án; hòa giải thành 96 vụ việc, đạt 85,0%.');
    await expectNone('percent-mismatch', 'Chi cục Thuế tiếp nhận 250 hồ sơ; trả lời 40 đơn, đạt 16%.');
    // A clause of something else between, or another subject opening the done clause.
    await expectNone('percent-mismatch', 'Chi cục Thuế tiếp nhận 250 hồ sơ; thu phí 12 triệu đồng; giải quyết 240 hồ sơ, đạt 92%.');
    await expectNone('percent-mismatch', 'Chi cục Thuế tiếp nhận 250 hồ sơ; Đội Kiểm tra giải quyết 240 hồ sơ, đạt 92%.');
    // A count still open is no deed whose share "đạt" states.
    await expectNone('percent-mismatch', 'Tòa án nhân dân huyện thụ lý 120 vụ án; đang giải quyết 24 vụ, đạt 25%.');
  });
});
