import { describe, expect, it } from 'vitest';
import { extractMeta } from '../../src/extract/meta.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { findingsOf } from './audit-helper.js';

// The report's own issuing body named after a counted noun narrows nothing (session 32, holdout161 studied; other words
// here: a farmers' union and tree planting). Values checked by hand: 528 and 582 swap the last two digits.
const RULE = 'repeated-value-conflict';
const header = (body: string, unit: string) => [
  `${body} TỈNH NAM ĐỊNH`, `${body} ${unit}`, '', 'Số: 31/BC-HND', '', 'Hải Hậu, ngày 28 tháng 6 năm 2024', '',
  'BÁO CÁO', 'Kết quả hoạt động 6 tháng đầu năm 2024', '', 'Hội Nông dân huyện Hải Hậu báo cáo kết quả như sau:', '',
];
const report = (lines: string[]) => lines.join('\n') + '\n';
const body = [
  'I. KẾT QUẢ', '',
  'Trong đợt ra quân, Hội đã vận động 528 hội viên tham gia trồng cây phân tán dọc các tuyến đê.', '',
  'Công tác tuyên truyền được duy trì thường xuyên qua hệ thống loa truyền thanh.', '',
  'II. ĐÁNH GIÁ CHUNG', '',
  'Với sự tham gia của 582 hội viên Hội Nông dân, phong trào trồng cây đạt kết quả tốt.',
];
const pairs = async (text: string) => (await findingsOf(RULE, text)).map((f) => [String(f.data.value), String(f.data.other)].sort());

async function metaOf(text: string) {
  const r = await ingestBytes('inline.txt', Buffer.from(text, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return extractMeta(r.source);
}

describe('the issuing body of a report', () => {
  it('is read from the header line of the unit, not the people\'s committee', async () => {
    expect((await metaOf(report([...header('HỘI NÔNG DÂN', 'HUYỆN HẢI HẬU'), ...body]))).body).toBe('hội nông dân');
    expect((await metaOf(report([...header('ỦY BAN NHÂN DÂN', 'HUYỆN HẢI HẬU'), ...body]))).body).toBeUndefined();
  });
});

describe('repeated-value-conflict: the report\'s own body after a counted noun', () => {
  it('holds "582 hội viên Hội Nông dân" in the union\'s report against "528 hội viên" with two digits swapped', async () => {
    expect(await pairs(report([...header('HỘI NÔNG DÂN', 'HUYỆN HẢI HẬU'), ...body]))).toEqual([['528', '582']]);
  });
  it('stays silent when another body issues the report: the union\'s members may be some of those counted', async () => {
    expect(await pairs(report([...header('ỦY BAN NHÂN DÂN', 'HUYỆN HẢI HẬU'), ...body]))).toEqual([]);
  });
});
