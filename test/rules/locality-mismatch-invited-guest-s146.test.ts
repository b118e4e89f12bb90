import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const audit = (lines: string[]) =>
  analyseSource(sourceFromText(lines.join('\n')), { only: ['locality-mismatch'] }).findings.map((f) => [f.data?.found, f.data?.expected]);

// A commune's report: a unit invited as a guest ("mời lãnh đạo xã Y dự") is someone else's, so it makes no list with a peer
// named as the doer of the report's own work. Written for this test (a drill of a commune's rescue teams).
const commune = (line: string) => ['ỦY BAN NHÂN DÂN', 'XÃ THANH BÌNH', 'Số: 71/BC-UBND', 'Thanh Bình, ngày 15 tháng 11 năm 2025', 'BÁO CÁO',
  'Kết quả diễn tập phòng, chống thiên tai năm 2025', 'UBND xã Thanh Bình báo cáo như sau:', 'I. KẾT QUẢ', line];

describe('locality-mismatch: an invited guest beside a peer doing the report\'s work (s146)', () => {
  it('flags the peer when the guest is invited in the next clause', () => {
    expect(audit(commune('Ngày 12/9/2025, UBND xã Thanh Hà đã tổ chức diễn tập ứng phó lũ tại thôn Bến Đò; mời lãnh đạo UBND xã Thanh Sơn dự, trao đổi kinh nghiệm.')))
      .toEqual([['xã Thanh Hà', 'xã Thanh Bình']]);
  });

  it('says nothing when the issuer itself held the drill and invited the guest', () => {
    expect(audit(commune('Ngày 12/9/2025, UBND xã đã tổ chức diễn tập ứng phó lũ tại thôn Bến Đò; mời lãnh đạo UBND xã Thanh Sơn dự, trao đổi kinh nghiệm.'))).toEqual([]);
  });
});
