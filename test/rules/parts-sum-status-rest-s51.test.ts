import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// The remainder's findings: message id, data, and each place as [quote, offset in its line].
const rests = async (text: string) =>
  (await findingsOf('parts-sum-mismatch', `${text}\n`)).map((f) => [f.messageId, f.data, f.evidence.map((e) => [e.quote, e.span.start])]);
const at = (text: string, quote: string) => text.indexOf(quote);

describe('parts-sum-mismatch: a group\'s status by a cut-off, "đã có N …, còn M …", against the group a deed counted (session 51)', () => {
  it('reads the herds restocked and those left against the households helped (agriculture)', async () => {
    // Hand-checked: 54 − 47 = 7 households left, not 09.
    const text = 'Sau đợt dịch tả lợn châu Phi, xã hỗ trợ con giống cho 54 hộ chăn nuôi bị thiệt hại. Tính đến ngày 30/9/2024 đã có 47 hộ tái đàn, còn 09 hộ chưa tái đàn do thiếu vốn.';
    expect(await rests(text)).toEqual([
      ['remainderMismatch', { rest: 9, whole: 54, done: 47, expected: 7 }, [['09', at(text, '09')], ['54', at(text, '54')], ['47', at(text, '47')]]],
    ]);
    expect(await rests(text.replace('còn 09', 'còn 07'))).toEqual([]);
  });

  it('passes over a "trong đó" subgroup to the group the deed counted (housing)', async () => {
    // Hand-checked: 38 − 35 = 3 houses left, not 05; the 12 built for minority households are some of the 38.
    const text = 'Năm 2024, huyện hỗ trợ xây mới 38 nhà cho hộ nghèo, trong đó 12 nhà cho hộ đồng bào dân tộc thiểu số. Đến nay đã có 35 nhà hoàn thành, còn 05 nhà đang thi công.';
    expect(await rests(text)).toEqual([
      ['remainderMismatch', { rest: 5, whole: 38, done: 35, expected: 3 }, [['05', at(text, '05')], ['38', at(text, '38')], ['35', at(text, '35')]]],
    ]);
    expect(await rests(text.replace('còn 05', 'còn 03'))).toEqual([]);
  });

  it('stays silent on pupils back at school when the rest closes (education)', async () => {
    // Hand-checked: 35 − 31 = 4.
    const text = 'Trong đợt lũ, nhà trường cho 35 học sinh ở vùng ngập nghỉ học. Đến ngày 20/10/2024, đã có 31 học sinh đi học trở lại, còn 04 học sinh chưa đến lớp.';
    expect(await rests(text)).toEqual([]);
  });

  it('stays silent when the only earlier count is what the commune has, a stock and not the group', async () => {
    const text = 'Toàn xã có 1.250 hộ dân. Đến nay đã có 118 hộ lắp đặt đồng hồ nước, còn 06 hộ đang thi công.';
    expect(await rests(text)).toEqual([]);
  });

  it('stays silent when the rest is split further in its sentence', async () => {
    const text = 'Xã đã di dời 30 hộ ra khỏi vùng sạt lở. Đến nay đã có 22 hộ ổn định chỗ ở mới, còn 05 hộ ở nhờ nhà người thân, 03 hộ ở nhà tạm.';
    expect(await rests(text)).toEqual([]);
  });

  it('stays silent when the group is told two sentences before the status (health)', async () => {
    const text = 'Trạm Y tế lập danh sách 64 người cần tiêm bổ sung. Công tác tuyên truyền được tăng cường. Đến nay đã có 50 người được tiêm, còn 10 người chưa tiêm.';
    expect(await rests(text)).toEqual([]);
  });
});
