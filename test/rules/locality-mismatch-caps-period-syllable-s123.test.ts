import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const audit = (lines: string[]) =>
  analyseSource(sourceFromText(lines.join('\n')), { only: ['locality-mismatch'] }).findings.map((f) => [f.data?.found, f.data?.expected]);

describe('locality-mismatch: a name in capitals ending in a syllable that is also a period word', () => {
  const commune = (name: string) => ['ỦY BAN NHÂN DÂN', `XÃ ${name}`, 'Số: 45/BC-UBND', 'Phú Kỳ, ngày 28 tháng 6 năm 2024', 'BÁO CÁO',
    'Kết quả tiêm chủng mở rộng 6 tháng đầu năm 2024', 'UBND xã Phú Kỳ báo cáo như sau:', 'I. KẾT QUẢ'];

  it('keeps "KỲ", "NĂM" at the end of the header line as the last word of the name', () => {
    // Hand-checked: the header names the issuer, "xã Phú Kỳ", not a commune "Phú" followed by a period word.
    expect(audit([...commune('PHÚ KỲ'), 'Trạm Y tế xã đã tiêm đủ mũi cho 312 trẻ dưới 1 tuổi.'])).toEqual([]);
    const district = ['ỦY BAN NHÂN DÂN', 'HUYỆN ĐÔNG NĂM', 'Số: 210/BC-UBND', 'Đông Năm, ngày 25 tháng 9 năm 2024', 'BÁO CÁO',
      'Kết quả thu ngân sách 9 tháng đầu năm 2024', 'UBND huyện Đông Năm báo cáo như sau:', 'I. KẾT QUẢ', 'Thu ngân sách trên địa bàn đạt 86,4% dự toán.'];
    expect(audit(district)).toEqual([]);
    // A pdf reader ran the motto into the header line: the motto is no title going on after the name.
    expect(audit(['UBND HUYỆN ĐÔNG NĂMCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', ...district.slice(2)])).toEqual([]);
  });

  it('still ends a name in capitals at a period word followed by its number, after such a syllable too', () => {
    // Hand-checked: "NĂM 2024" is the title's year; "KỲ" before it stays in the name.
    expect(audit([...commune('PHÚ KỲ'), 'KẾT QUẢ GIEO TRỒNG VỤ MÙA XÃ PHÚ KỲ NĂM 2024 (Kèm theo Báo cáo số 45/BC-UBND của UBND xã Phú Kỳ)'])).toEqual([]);
    expect(audit([...commune('PHÚ KỲ'), 'KẾT QUẢ GIEO TRỒNG VỤ MÙA XÃ TÂN KỲ NĂM 2024 (Kèm theo Báo cáo số 45/BC-UBND của UBND)'])).toEqual([['xã Tân Kỳ', 'xã Phú Kỳ']]);
  });
});
