import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Three readings of a percent's base: a rate named in the counted things' own clause is each one's rate, not the fraction's
// share (src/extract/rate-bases.ts); a whole opening a bulleted sentence frames the shares of its clauses
// (src/extract/claims-inline.ts); a share of "tổng số <noun>" stated elsewhere as "… là N người" (src/extract/shares-whole.ts).
const found = async (text: string) =>
  (await findingsOf('percent-mismatch', `I. KẾT QUẢ\n${text}\n`)).map((f) => ({ id: f.messageId, severity: f.severity, data: f.data }));
const mismatch = (stated: number, num: number, den: number, actual: number) => ({ id: 'percentMismatch', severity: 'error', data: { stated, num, den, actual } });

describe('percent-mismatch: a rate each counted unit has, named in their own clause', () => {
  it('stays silent on a rate the counted stations, schools or communes each have', async () => {
    // 14/16 = 87,5%: the 100% is each station's vaccination rate, not the share of stations.
    expect(await found('Có 14/16 trạm y tế có tỷ lệ tiêm chủng mở rộng đạt 100%, 02 trạm còn lại đạt trên 95%.')).toEqual([]);
    // 9/12 = 75%: 35,5% is a rate of pupils inside each school.
    expect(await found('Hiện nay 9/12 trường có tỷ lệ học sinh bán trú 35,5%.')).toEqual([]);
    // 17/21 = 81,0%: 97,2% is each commune's insurance coverage.
    expect(await found('Toàn huyện có 17/21 xã duy trì tỷ lệ bao phủ bảo hiểm y tế 97,2%.')).toEqual([]);
  });

  it('still flags a bare rate handed over in a clause of its own, the fraction\'s share', async () => {
    // Hand-checked: 45/48 = 93,75% → 93,8%, not 95,0%.
    expect(await found('Đã cấp 45/48 giấy chứng nhận quyền sử dụng đất cho hộ dân, đạt tỷ lệ 95,0%.')).toEqual([mismatch(95, 45, 48, 93.8)]);
    // Hand-checked: 118/120 = 98,33% → 98,3%, not 100%.
    expect(await found('Giải quyết đúng hạn 118/120 hồ sơ, tỷ lệ 100%.')).toEqual([mismatch(100, 118, 120, 98.3)]);
  });
});

describe('percent-mismatch: a whole opening a bulleted sentence', () => {
  const visits = (second: string) => `- Trong 1.250 lượt khám bệnh, khám bảo hiểm y tế 980 lượt, chiếm 78,4%; khám dịch vụ 270 lượt, chiếm ${second}.`;

  it('flags a clause\'s share that misses the whole the bullet opens with', async () => {
    // Hand-checked: 980/1.250 = 78,4% agrees; 270/1.250 = 21,6%, not 12,6%.
    expect(await found(visits('12,6%'))).toEqual([mismatch(12.6, 270, 1250, 21.6)]);
    // Hand-checked: 512/640 = 80,0% agrees; 128/640 = 20,0%, not 25,0%.
    expect(await found('+ Trong 640 hồ sơ tiếp nhận, hồ sơ trực tuyến 512 hồ sơ, chiếm 80,0%; hồ sơ trực tiếp 128 hồ sơ, chiếm 25,0%.')).toEqual([mismatch(25, 128, 640, 20)]);
  });

  it('stays silent on shares that agree, and on a time span opening the bullet', async () => {
    expect(await found(visits('21,6%'))).toEqual([]);
    // "Trong 6 tháng" is a span, no whole: 45,0% is of something the sentence does not state.
    expect(await found('* Trong 6 tháng đầu năm, cấp mới 320 thẻ bảo hiểm y tế, chiếm 45,0%.')).toEqual([]);
  });
});

describe('percent-mismatch: a share of a total stated elsewhere as a count of people', () => {
  const union = (share: string, extra = '') =>
    `1. Tình hình chung\nTổng số đoàn viên công đoàn của huyện là 640 người, sinh hoạt tại 42 công đoàn cơ sở.${extra}\n2. Kết quả thi đua\n- Có 96 đoàn viên được công nhận lao động giỏi các cấp, chiếm ${share} tổng số đoàn viên công đoàn.`;

  it('flags the share of the total the report states once, its noun restated as "người"', async () => {
    // Hand-checked: 96/640 = 15,0%, not 18,0%.
    expect(await found(union('18,0%'))).toEqual([mismatch(18, 96, 640, 15)]);
    // Hand-checked: 212/1.060 = 20,0%, not 21,2% (households of members, of the members' total).
    expect(await found('1. Tình hình chung\nTổng số hội viên nông dân toàn xã là 1.060 người.\n2. Kết quả\nCó 212 hộ hội viên nông dân đạt gia đình văn hóa tiêu biểu, chiếm 21,2% tổng số hội viên nông dân.')).toEqual([mismatch(21.2, 212, 1060, 20)]);
  });

  it('stays silent when the share agrees, when two totals differ, or when the count is of a narrower group', async () => {
    expect(await found(union('15,0%'))).toEqual([]);
    // A second total of the noun (655): unsure which one the share is of.
    expect(await found(union('18,0%', '\nTheo số liệu rà soát, tổng số đoàn viên công đoàn là 655 người.'))).toEqual([]);
    // Women members only: no whole of every member.
    expect(await found(union('18,0%').replace('Tổng số đoàn viên công đoàn của huyện là 640', 'Tổng số đoàn viên công đoàn nữ của huyện là 640'))).toEqual([]);
  });
});
