import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const HEAD = ['ỦY BAN NHÂN DÂN', 'HUYỆN AN LẠC', 'Số: 81/BC-UBND', 'An Lạc, ngày 10 tháng 12 năm 2025', 'BÁO CÁO', 'Kết quả công tác lao động, việc làm năm 2025', 'I. KẾT QUẢ'];
const found = (line: string) => analyseSource(sourceFromText([...HEAD, line].join('\n')), { only: ['locality-mismatch'] }).findings.map((f) => f.data?.found);

// Written for this test: a count of a noun owned by a peer district opening its clause is that district's facts.
describe('locality-mismatch: a count owned by another district opening its clause (session 25)', () => {
  it('reads "Số <noun> của huyện X <verb> …" as that district\'s own facts, whatever the verb', () => {
    expect(found('Toàn huyện có 860 lao động được đào tạo nghề. Số học viên của huyện Bình Sơn tốt nghiệp trong năm phần lớn tìm được việc làm.')).toEqual(['huyện Bình Sơn']);
    expect(found('Trong năm, tổng số hộ vay vốn của huyện Bình Sơn tiếp tục tăng.')).toEqual(['huyện Bình Sơn']);
  });

  it('leaves a comparison between districts and the issuer\'s own count alone', () => {
    expect(found('Số lượt khách du lịch của huyện Bình Sơn cao hơn huyện An Lạc.')).toEqual([]);
    expect(found('Số học viên của huyện An Lạc tốt nghiệp trong năm là 640 người.')).toEqual([]);
    expect(found('Số học viên của huyện Bình Sơn nhiều hơn huyện An Lạc 120 người.')).toEqual([]);
    // A copula with no figure ranks the district among others: a comparison, not its facts told here.
    expect(found('Toàn huyện có 860 lao động được đào tạo nghề. Số học viên của huyện Bình Sơn là cao nhất tỉnh.')).toEqual([]);
  });
});
