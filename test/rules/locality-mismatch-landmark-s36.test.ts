import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// A commune's report naming a town of its district as a landmark: a side of it or a road around it ("phía Bắc thị trấn X",
// "tuyến tránh thị trấn X"), the place its own project lies beside (src/extract/place-roles.ts, LANDMARK_WORDS). Names,
// figures and sentences written for this test.
const HEAD = ['ỦY BAN NHÂN DÂN', 'XÃ HƯƠNG SƠN', 'Số: 51/BC-UBND', 'Hương Sơn, ngày 18 tháng 6 năm 2025', 'BÁO CÁO', 'Kết quả giải phóng mặt bằng 6 tháng đầu năm 2025', 'UBND xã Hương Sơn báo cáo như sau:', 'I. KẾT QUẢ'];
const found = (...lines: string[]) => analyseSource(sourceFromText([...HEAD, ...lines].join('\n')), { only: ['locality-mismatch'] }).findings.map((f) => f.data?.found);

describe('locality-mismatch: a town named as a landmark of the issuer\'s project (s36)', () => {
  it('leaves a heading or a table row naming a project beside the town alone', () => {
    expect(found('2.1. Dự án Khu dân cư phía Nam thị trấn Phố Châu', 'Xã đã kiểm đếm 87 hộ, đạt 100%.')).toEqual([]);
    expect(found('Dự án Tuyến tránh thị trấn Phố Châu (đoạn qua xã) thu hồi 9,4 ha của 56 hộ.')).toEqual([]);
    expect(found('| 1 | Đường vành đai phía Đông Bắc thị trấn Phố Châu | 56 | 9,4 |')).toEqual([]);
  });

  it('still flags the town as the actor of the report\'s facts', () => {
    expect(found('Trong kỳ, UBND thị trấn Phố Châu đã tổ chức 04 buổi đối thoại với 56 hộ.')).toEqual(['thị trấn Phố Châu']);
    // "phía" without a side of the compass is no landmark: the town is still the subject of its clause.
    expect(found('Về phía thị trấn Phố Châu, đã chi trả 3,2 tỷ đồng cho 41 hộ.')).toEqual(['thị trấn Phố Châu']);
  });
});
