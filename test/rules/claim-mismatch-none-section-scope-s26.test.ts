import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Hand-checked readings. A claim of none scoped by its section to one of several parallel subjects, and counts of another subject or of a plan
// (src/extract/universal-counter.ts, siblingSubject).
const RULE = 'claim-mismatch';
const none = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'absentMismatch');

const report = (claimSection: string, count: string) => [
  'I. KẾT QUẢ',
  '1. Y tế cơ sở',
  '1.1. Khám chữa bệnh tại trạm y tế xã',
  claimSection === 'tram' ? 'Trong năm không có người bệnh chuyển tuyến quá hạn.' : 'Trạm duy trì khám chữa bệnh thường xuyên cho 3.120 lượt người.',
  '1.2. Khám chữa bệnh tại phòng khám đa khoa khu vực',
  claimSection === 'pk' ? 'Trong năm không có người bệnh chuyển tuyến quá hạn.' : 'Phòng khám tiếp nhận 4.480 lượt người bệnh.',
  'II. ĐÁNH GIÁ',
  count,
].join('\n');

describe('claim-mismatch: a claim of none under one of parallel sections', () => {
  it('still flags a later count of the very subject of the claim\'s section, or of no subject', async () => {
    // Hand-checked: the claim sits under "1.1. Trạm y tế xã"; the count names that subject, or none at all.
    const own = await none(report('tram', '- Còn 02 người bệnh trạm y tế chuyển tuyến quá hạn.'));
    expect(own.map((f) => f.data.state)).toEqual(['02 người bệnh trạm y tế chuyển tuyến quá hạn']);
    expect((await none(report('tram', '- Có 02 người bệnh chuyển tuyến quá hạn.'))).length).toBe(1);
  });

  it('stays silent on a count naming a sibling section\'s subject, spelled out or by its initials', async () => {
    // The headings are parallel ("Khám chữa bệnh tại …"); the count is of the clinic (1.2, "PKĐKKV"), the claim of the
    // commune stations (1.1).
    expect(await none(report('tram', '- Có 02 người bệnh phòng khám chuyển tuyến quá hạn.'))).toEqual([]);
    expect(await none(report('tram', '- Có 02 người bệnh PKĐKKV chuyển tuyến quá hạn.'))).toEqual([]);
    // And the other way round: a claim of the clinic against a count of the stations.
    expect(await none(report('pk', '- Có 02 người bệnh trạm y tế chuyển tuyến quá hạn.'))).toEqual([]);
  });

  it('stays silent on a count among the tasks of a plan section', async () => {
    const text = [
      'I. KẾT QUẢ',
      'Trong năm không có người bệnh chuyển tuyến quá hạn.',
      'II. NHIỆM VỤ TRỌNG TÂM NĂM 2026',
      'Rà soát, theo dõi 02 người bệnh chuyển tuyến quá hạn của năm trước còn lưu hồ sơ.',
    ].join('\n');
    const plain = text.replace('II. NHIỆM VỤ TRỌNG TÂM NĂM 2026', 'II. ĐÁNH GIÁ CHUNG');
    expect(await none(text)).toEqual([]);
    // Without the plan heading the count is read (the fix is the section, not the sentence).
    expect((await none(plain.replace(' của năm trước còn lưu hồ sơ', ''))).length).toBe(1);
  });
});
