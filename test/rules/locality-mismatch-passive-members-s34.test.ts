import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 34: the passive's agent may be counted ("được đông đảo …", "được toàn thể …") and may be a mass organisation's
// members named by whom it gathers ("hội viên nông dân", "đoàn viên thanh niên"). Sentences written for this test.
const RULE = 'locality-mismatch';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';
const district = (sentence: string) => report(
  'UBND HUYỆN ĐỊNH HÓA', 'BÁO CÁO', 'Kết quả công tác dân vận năm 2025', 'I. KẾT QUẢ',
  'Toàn huyện đã tổ chức 86 buổi sinh hoạt chuyên đề.', sentence,
);

describe('locality-mismatch: a peer district whose members, counted, are the agent of a passive deed', () => {
  it('reads "được đông đảo cán bộ, hội viên nông dân huyện X <verb>" as district X doing the report\'s deed', async () => {
    const found = await findingsOf(RULE, district('Cuộc vận động được đông đảo cán bộ, hội viên nông dân huyện Võ Nhai nhiệt tình hưởng ứng.'));
    expect(found.map((f) => f.evidence[0].quote)).toEqual(['huyện Võ Nhai']);
    const all = await findingsOf(RULE, district('Phong trào được toàn thể đoàn viên thanh niên huyện Phú Bình tham gia.'));
    expect(all.map((f) => f.evidence[0].quote)).toEqual(['huyện Phú Bình']);
  });

  it('leaves the issuer itself, and a peer that only gave, alone', async () => {
    expect(await findingsOf(RULE, district('Cuộc vận động được đông đảo cán bộ, hội viên nông dân huyện Định Hóa nhiệt tình hưởng ứng.'))).toEqual([]);
    expect(await findingsOf(RULE, district('Mô hình được đông đảo Hội Nông dân huyện Võ Nhai đến tham quan.'))).toEqual([]);
  });
});
