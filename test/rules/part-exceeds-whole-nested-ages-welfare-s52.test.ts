import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 52: an age bound after a population noun names a group ("người từ 80 tuổi trở lên"); a count of a narrower group
// can never pass the count stated as all of a wider group of the same noun ("người từ 60 tuổi trở lên").
const RULE = 'part-exceeds-whole';
const report = (later: string, stock = 'Toàn xã hiện có 1.245 người từ 60 tuổi trở lên, chiếm 12,4% dân số.') => `1. Công tác chăm sóc người cao tuổi
${stock}
2. Thực hiện chế độ, chính sách
${later}
`;
const ages = async (text: string) => (await findingsOf(RULE, text)).filter((f) => f.messageId === 'ageGroupExceedsWider');

describe('part-exceeds-whole: the elderly of 80 and over against those of 60 and over', () => {
  it('flags more people of 80 and over paid an allowance than the people of 60 and over the commune has', async () => {
    const found = await ages(report('Chi trả trợ cấp xã hội hằng tháng cho 1.312 người từ 80 tuổi trở lên không có lương hưu.'));
    // Hand-checked: 80 and over is inside 60 and over, and 1.312 > 1.245.
    expect(found.map((f) => f.data)).toEqual([
      { part: 1312, whole: 1245, partGroup: 'người từ 80 tuổi trở lên', wholeGroup: 'người từ 60 tuổi trở lên', partText: '1.312', wholeText: '1.245' },
    ]);
    expect(found[0].severity).toBe('error');
    expect(found[0].evidence.map((e) => [e.block, e.quote, e.text.slice(e.offset, e.offset + e.quote.length)])).toEqual([[3, '1.312', '1.312'], [1, '1.245', '1.245']]);
    expect(found[0].evidence[0].offset).toBe('Chi trả trợ cấp xã hội hằng tháng cho '.length);
    expect(found[0].evidence[1].offset).toBe('Toàn xã hiện có '.length);
  });

  it('leaves a smaller count alone', async () => {
    expect(await ages(report('Chi trả trợ cấp xã hội hằng tháng cho 312 người từ 80 tuổi trở lên không có lương hưu.'))).toEqual([]);
  });

  it('leaves visits and repeated payments alone: one person may be counted in each', async () => {
    expect(await ages(report('Chi trả lương hưu cho 1.312 lượt người từ 80 tuổi trở lên.'))).toEqual([]);
    expect(await ages(report('Chi trả trợ cấp 2 đợt cho 1.312 người từ 80 tuổi trở lên.'))).toEqual([]);
  });

  it('leaves a wider count that is a sub-group itself, of another place or of another noun alone', async () => {
    const later = 'Chi trả trợ cấp xã hội hằng tháng cho 1.312 người từ 80 tuổi trở lên không có lương hưu.';
    expect(await ages(report(later, 'Toàn xã hiện có 1.245 người từ 60 tuổi trở lên có lương hưu.'))).toEqual([]);
    expect(await ages(report(later, 'Thôn Đông Hạ có 1.245 người từ 60 tuổi trở lên.'))).toEqual([]);
    expect(await ages(report(later, 'Toàn xã hiện có 1.245 người cao tuổi từ 60 tuổi trở lên.'))).toEqual([]);
    expect(await ages(report('Chi trả trợ cấp cho 1.312 người từ 80 tuổi trở lên tại các thôn.'))).toEqual([]);
  });

  it('leaves a group that is no narrower alone (another rule weighs the same group told twice)', async () => {
    expect(await ages(report('Chi trả trợ cấp xã hội hằng tháng cho 1.312 người từ 60 tuổi trở lên.'))).toEqual([]);
    // "trên 60 tuổi" may be read "from 60 on": no narrower than "từ 60 tuổi trở lên" for sure.
    expect(await ages(report('Chi trả trợ cấp xã hội hằng tháng cho 1.312 người trên 60 tuổi.'))).toEqual([]);
  });
});
