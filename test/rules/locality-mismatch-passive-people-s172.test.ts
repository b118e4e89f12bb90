import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'locality-mismatch';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';
const district = (sentence: string) => report(
  'UBND HUYỆN PHÚ LƯƠNG', 'BÁO CÁO', 'Kết quả xây dựng nông thôn mới năm 2025', 'I. KẾT QUẢ',
  'Toàn huyện đã làm mới 42 km đường giao thông nông thôn.', sentence,
);

describe('locality-mismatch: a place whose people are the agent of a passive deed', () => {
  it('reads "được cấp ủy, chính quyền và nhân dân huyện X <verb>" as the district X doing the report\'s deed', async () => {
    // Hand-checked: the report is Phú Lương's; its own people backing the programme are named as Đại Từ's: a copy slip.
    const found = await findingsOf(RULE, district('Phong trào hiến đất làm đường được cấp ủy, chính quyền và nhân dân huyện Đại Từ tích cực hưởng ứng.'));
    expect(found.map((f) => f.evidence[0].quote)).toEqual(['huyện Đại Từ']);
    // The issuer's own name there is no mismatch.
    expect(await findingsOf(RULE, district('Phong trào hiến đất làm đường được cấp ủy, chính quyền và nhân dân huyện Phú Lương tích cực hưởng ứng.'))).toEqual([]);
  });

  it('leaves a peer district alone when an organ gives, or the agent is not its people', async () => {
    // An organ's gift is someone else's deed; a peer named after other words is no subject of a district's facts.
    expect(await findingsOf(RULE, district('Xã Yên Lạc được UBND huyện Đại Từ hỗ trợ 20 tấn xi măng.'))).toEqual([]);
    expect(await findingsOf(RULE, district('Mô hình được đoàn công tác của huyện Đại Từ đến tham quan, học tập.'))).toEqual([]);
  });
});
