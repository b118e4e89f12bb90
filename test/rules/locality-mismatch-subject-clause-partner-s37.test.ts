import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// A unit that is the subject of its own clause keeps that role though a later clause after ";" names it as a partner
// (src/extract/place-roles.ts otherThroughSentence). Sentences written for this test.
const RULE = 'locality-mismatch';
const report = (line: string) => ['ỦY BAN NHÂN DÂN HUYỆN BẮC HÀ', 'PHÒNG NÔNG NGHIỆP', 'Bắc Hà, ngày 20 tháng 6 năm 2025', 'BÁO CÁO', 'Kết quả công tác 6 tháng đầu năm 2025', 'Phòng Nông nghiệp huyện Bắc Hà báo cáo như sau:', '', 'I. KẾT QUẢ', line].join('\n');

describe('locality-mismatch: a subject clause closed off by ";" from a partner mention of the same unit (s37)', () => {
  it('flags the other district doing the issuer\'s deed in its own clause', async () => {
    await expectFindings(RULE, report('UBND huyện Mường Khương đã ban hành 04 kế hoạch phòng chống dịch bệnh gia súc trên địa bàn huyện; Trạm Thú y huyện phối hợp với Trạm Thú y huyện Mường Khương kiểm soát vận chuyển.'), [
      { messageId: 'localityMismatch', data: { found: 'huyện Mường Khương' } },
    ]);
  });

  it('says nothing when the unit is a partner in the one clause', async () => {
    // Look-alike: no ";" between, the first mention locates the partner's people.
    await expectNone(RULE, report('Hộ chăn nuôi của huyện Mường Khương được Trạm Thú y huyện phối hợp với Trạm Thú y huyện Mường Khương hướng dẫn tiêm phòng.'));
    await expectNone(RULE, report('Trạm Thú y huyện phối hợp với Trạm Thú y huyện Mường Khương kiểm soát vận chuyển gia súc qua địa bàn.'));
  });
});
