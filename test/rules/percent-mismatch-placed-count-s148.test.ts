import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const HEAD = ['ỦY BAN NHÂN DÂN', 'XÃ HÒA PHÚ', 'Số: 12/BC-UBND', 'Hòa Phú, ngày 10 tháng 12 năm 2025', 'BÁO CÁO', 'Kết quả công tác năm 2025', 'I. KẾT QUẢ'];
const found = (line: string) =>
  analyseSource(sourceFromText([...HEAD, line].join('\n')), { only: ['percent-mismatch'] }).findings.map((f) => `${f.data?.num}/${f.data?.den}`);

describe('percent-mismatch: a count of places between a fraction and its percent (session 28, s148)', () => {
  it('reads the percent as the fraction\'s across "tại 03 thôn", "thuộc 2 trường"', () => {
    // Hand-checked: 84/96 = 87,5%; 91,2% is not it.
    expect(found('Có 84/96 hộ chăn nuôi tại 03 thôn đăng ký tiêm phòng, đạt 91,2%.')).toEqual(['84/96']);
    expect(found('Có 84/96 hộ chăn nuôi tại 03 thôn đăng ký tiêm phòng, đạt 87,5%.')).toEqual([]);
    // Hand-checked: 412/450 = 91,6% (91,56 rounded); 95,1% is not it.
    expect(found('Đã cấp 412/450 thẻ học sinh thuộc 2 trường tiểu học, đạt 95,1%.')).toEqual(['412/450']);
  });

  it('still keeps apart a count that is not a place\'s ("với 03 thôn" is a partner, no locative)', () => {
    // No locative before the count: the pair is not made, so nothing is said.
    expect(found('Có 84/96 hộ chăn nuôi với 320 con bò đăng ký tiêm phòng, đạt 91,2%.')).toEqual([]);
  });
});
