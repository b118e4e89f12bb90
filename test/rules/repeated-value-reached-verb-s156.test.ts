import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';
import { findingsOf } from './audit-helper.js';

// Three readings of a measure stated under two actions (session 30, holdout156 studied; other words here: forestry and
// irrigation). Values checked by hand.
// - "chăm sóc được 126,4 ha": "được" after a verb says the action reached its object, so the verb still acts (before, the
//   figure had no verb, and was held against the same noun under another verb: "khoanh nuôi 342,8 ha").
// - a value stated less often is held against another such value when the most stated one is another action's.
// - "giao chỉ tiêu trồng mới 40 ha …, làm mới 06 cống và nạo vét 12 km …": every item of a series of verb and object after
//   one plan word is a target, not only the first; an item whose verb tells a result ("đã nạo vét") is not.
const RULE = 'repeated-value-conflict';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';
const pairs = async (text: string) => (await findingsOf(RULE, text)).map((f) => [f.data.value, f.data.other].sort());

async function rolesOf(text: string) {
  const out = await analyseBytes('t.txt', Buffer.from(text + '\n', 'utf8'), { only: [] });
  return new Map(out.analysis!.readings.map((r) => [r.figure.raw, r.role]));
}

describe('repeated-value-conflict: a verb followed by "được" still acts', () => {
  it('holds forest tended apart from forest left to regrow, though "được" stands between the verb and the figure', async () => {
    const text = report(
      'I. KẾT QUẢ', 'Trong năm, toàn huyện chăm sóc được 126,4 ha rừng sản xuất tập trung.',
      'Công tác phòng cháy chữa cháy rừng được duy trì thường xuyên.',
      'Các chủ rừng khoanh nuôi 342,8 ha rừng sản xuất tập trung, chủ yếu là keo lai.',
    );
    expect(await pairs(text)).toEqual([]);
  });

  it('still reads two figures of the same action, one after "được", as one quantity: 126,4 against 162,4', async () => {
    const text = report(
      'I. KẾT QUẢ', 'Trong năm, toàn huyện chăm sóc được 126,4 ha rừng sản xuất tập trung.',
      'Công tác phòng cháy chữa cháy rừng được duy trì thường xuyên.',
      'Các chủ rừng khoanh nuôi 342,8 ha rừng sản xuất tập trung, chủ yếu là keo lai.',
      'II. ĐÁNH GIÁ', 'Cả năm, toàn huyện chăm sóc 162,4 ha rừng sản xuất tập trung, khoanh nuôi 342,8 ha rừng sản xuất tập trung.',
    );
    expect(await pairs(text)).toEqual([['126,4', '162,4']]);
  });

  it('reads the verb before "được" as the figure\'s action, and "có được" as none', async () => {
    const pre = async (text: string, raw: string) => {
      const out = await analyseBytes('t.txt', Buffer.from(text + '\n', 'utf8'), { only: [] });
      return out.analysis!.readings.find((r) => r.figure.raw === raw)?.pre ?? null;
    };
    expect(await pre('Trong quý, đội thi công hoàn trả được 3,8 km mặt đường nhựa.', '3,8')).toBe('công hoàn trả');
    expect(await pre('Trong quý, xã có được 14 sản phẩm OCOP đạt 3 sao.', '14')).toBeNull();
  });
});

describe('readings: the items of a plan series are targets', () => {
  it('reads every object after "giao chỉ tiêu" as a target: 40 ha, 06 cống, 12 km', async () => {
    const roles = await rolesOf('UBND xã giao chỉ tiêu trồng mới 40 ha rừng sản xuất, làm mới 06 cống tiêu nước và nạo vét 12 km mương tưới.');
    expect([roles.get('40'), roles.get('06'), roles.get('12')]).toEqual(['target', 'target', 'target']);
  });

  it('reads an item whose verb tells what was done as a result: "đã nạo vét 7 km"', async () => {
    const roles = await rolesOf('UBND xã giao chỉ tiêu nạo vét 12 km mương tưới, đã nạo vét 7 km mương tưới.');
    expect([roles.get('12'), roles.get('7')]).toEqual(['target', 'count']);
  });

  it('holds the plan item apart from the result of the same action', async () => {
    const text = report(
      'I. KẾT QUẢ', 'UBND xã giao chỉ tiêu trồng mới 40 ha rừng sản xuất, làm mới 06 cống tiêu nước và nạo vét 12 km mương tưới nội đồng.',
      'Công tác quản lý công trình thủy lợi được duy trì.',
      'Sáu tháng đầu năm, toàn xã nạo vét được 7,5 km mương tưới, đạt 62,5% kế hoạch.',
    );
    expect(await pairs(text)).toEqual([]);
  });
});
