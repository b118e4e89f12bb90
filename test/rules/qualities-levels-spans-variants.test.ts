import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';
import { findingsOf } from './audit-helper.js';

// Sentences written by hand for this study, each value checked by hand.
const judged = async (rule: string, text: string) => (await findingsOf(rule, text + '\n')).filter((f) => f.severity !== 'info');

describe('percent-mismatch: a share handed to a part by a quality of the whole\'s noun', () => {
  it('flags "trong đó 12 cơ sở đủ điều kiện, đạt 80,0%" of 16 (12/16 = 75%)', async () => {
    const f = await judged('percent-mismatch', 'Kiểm tra 16 cơ sở kinh doanh thực phẩm, trong đó 12 cơ sở đủ điều kiện, đạt 80,0%; 04 cơ sở vi phạm.');
    expect(f.map((x) => x.messageId)).toEqual(['percentMismatch']);
    expect(f[0].data).toMatchObject({ stated: 80, num: 12, den: 16 });
  });
  it('passes the right share, and a rate of a plan', async () => {
    expect(await judged('percent-mismatch', 'Kiểm tra 16 cơ sở kinh doanh thực phẩm, trong đó 12 cơ sở đủ điều kiện, đạt 75,0%; 04 cơ sở vi phạm.')).toEqual([]);
    expect(await judged('percent-mismatch', 'Kiểm tra 16 cơ sở kinh doanh thực phẩm, trong đó 12 cơ sở đủ điều kiện, đạt 80% kế hoạch.')).toEqual([]);
  });
});

describe('percent-mismatch: a part over a total named by "trên tổng số", in another noun', () => {
  it('flags 9 người of 25 đại biểu stated as 40% (9/25 = 36%) and passes 36%', async () => {
    const f = await judged('percent-mismatch', 'Số nữ đại biểu Hội đồng nhân dân xã là 9 người trên tổng số 25 đại biểu, chiếm 40%.');
    expect(f.map((x) => x.messageId)).toEqual(['percentMismatch']);
    expect(f[0].data).toMatchObject({ stated: 40, num: 9, den: 25 });
    expect(await judged('percent-mismatch', 'Số nữ đại biểu Hội đồng nhân dân xã là 9 người trên tổng số 25 đại biểu, chiếm 36%.')).toEqual([]);
  });
});

describe('parts-sum-mismatch: people split by who they are', () => {
  it('flags 22 + 12 + 4 = 38 of 40 hội viên, passes 24 + 12 + 4', async () => {
    const f = await judged('parts-sum-mismatch', 'Năm 2025 chi hội kết nạp 40 hội viên mới, gồm 22 phụ nữ, 12 thanh niên và 4 học sinh.');
    expect(f.map((x) => x.messageId)).toEqual(['partsSumMismatch']);
    expect(f[0].data).toMatchObject({ sum: 38, whole: 40 });
    expect(await judged('parts-sum-mismatch', 'Năm 2025 chi hội kết nạp 40 hội viên mới, gồm 24 phụ nữ, 12 thanh niên và 4 học sinh.')).toEqual([]);
  });
});

describe('claim-mismatch: a level reached after "giảm còn" meets a ceiling', () => {
  it('flags "chưa đạt" when 14 trẻ is under the ceiling of 20, passes it at 24', async () => {
    const f = await judged('claim-mismatch', 'Số trẻ suy dinh dưỡng giảm còn 14 trẻ, chưa đạt chỉ tiêu đề ra (dưới 20 trẻ).');
    expect(f.map((x) => x.messageId)).toEqual(['targetMismatch']);
    expect(f[0].data).toMatchObject({ value: 14, target: 20 });
    expect(await judged('claim-mismatch', 'Số trẻ suy dinh dưỡng giảm còn 24 trẻ, chưa đạt chỉ tiêu đề ra (dưới 20 trẻ).')).toEqual([]);
  });
});

describe('date-out-of-period: anniversaries and events held', () => {
  const head = ['Số: 41/BC-UBND', 'Xã Hòa Bình, ngày 20 tháng 6 năm 2025', 'BÁO CÁO', 'Kết quả công tác 6 tháng đầu năm 2025', 'I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025'];
  const found = (line: string) =>
    analyseSource(sourceFromText([...head, line].join('\n')), { only: ['date-out-of-period'] }).findings.filter((f) => f.severity !== 'info').map((f) => [f.messageId, f.data.found]);
  it('reads an anniversary span (1945 - 2025) as no outlier, so the one old date stands out', () => {
    expect(found('Ngày 19/5/2024, xã tổ chức Lễ kỷ niệm 80 năm Ngày Truyền thống ngành (19/5/1945 - 19/5/2025) với 150 người tham dự.')).toEqual([['dateBeforePeriod', '19/5/2024']]);
    expect(found('Ngày 19/5/2025, xã tổ chức Lễ kỷ niệm 80 năm Ngày Truyền thống ngành (19/5/1945 - 19/5/2025) với 150 người tham dự.')).toEqual([]);
  });
  it('flags an event "đã tổ chức … vào ngày" after signing, not one planned', () => {
    expect(found('- Đã tổ chức Hội nghị biểu dương gia đình văn hóa vào ngày 26/6/2025 tại nhà văn hóa xã.')).toEqual([['dateAfterReport', '26/6/2025']]);
    expect(found('- Đã tổ chức họp thống nhất sẽ tổ chức Hội nghị biểu dương vào ngày 26/6/2025 tại nhà văn hóa xã.')).toEqual([]);
  });
});
