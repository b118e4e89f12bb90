import { describe, expect, it } from 'vitest';
import { findUnitMentions } from '../../src/extract/places.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { expectNone, expectFindings } from '../rules/tester.js';

// Session 50 (h204): a level word capitalised right after a building's noun ("đền Xã Tắc", "đình Phường Đông") opens the
// building's name, no administrative unit. Sentences written for this test (culture, tourism, religion topics).
async function names(text: string): Promise<string[]> {
  const r = await ingestBytes('inline.txt', Buffer.from(text, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return findUnitMentions(r.source).map((m) => m.unit.name);
}

const COMMUNE = (body: string) => [
  'ỦY BAN NHÂN DÂN', 'XÃ AN HÒA', 'Số: 31/BC-UBND', 'An Hòa, ngày 20 tháng 6 năm 2025', 'BÁO CÁO',
  'Kết quả công tác văn hóa, du lịch 6 tháng đầu năm 2025', 'Ủy ban nhân dân xã An Hòa báo cáo như sau:', 'I. KẾT QUẢ', body,
].join('\n');

describe('a capitalised level word inside a building\'s name', () => {
  it('names no unit after a place of worship\'s noun', async () => {
    expect(await names('Xã tu bổ đình Phường Đông, miếu Xã Tắc và chùa Thôn Hạ; xã Bình Minh hỗ trợ 20 triệu đồng.')).toEqual(['xã Bình Minh']);
  });

  it('still names a commune after a building\'s noun in lower case, and after "gia đình"', async () => {
    expect(await names('Tu bổ đền xã Tân Phú và khen thưởng gia đình Xã Hòa Lạc.')).toEqual(['xã Tân Phú', 'xã Hòa Lạc']);
  });

  it('locality-mismatch stays silent on a festival of a temple named "Xã Tắc" and still flags another commune', async () => {
    await expectNone('locality-mismatch', COMMUNE('Tổ chức Lễ hội đền Xã Tắc thu hút khoảng 12.000 lượt du khách.'));
    const lead = 'Đoàn khảo sát làm việc tại ';
    await expectFindings('locality-mismatch', COMMUNE(`${lead}xã Tân Phú về tuyến du lịch mới.`),
      [{ messageId: 'localityMismatch', data: { found: 'xã Tân Phú', expected: 'xã An Hòa' }, quote: 'xã Tân Phú', at: lead }]);
  });
});
