import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const DISTRICT = ['ỦY BAN NHÂN DÂN', 'HUYỆN AN LẠC', 'Số: 45/BC-UBND', 'An Lạc, ngày 10 tháng 11 năm 2024', 'BÁO CÁO', 'Kết quả công tác năm 2024', 'I. KẾT QUẢ'];
const COMMUNE = ['ỦY BAN NHÂN DÂN', 'XÃ HÒA PHÚ', 'Số: 12/BC-UBND', 'Hòa Phú, ngày 10 tháng 11 năm 2024', 'BÁO CÁO', 'Kết quả công tác năm 2024', 'I. KẾT QUẢ'];
const localities = (head: string[], line: string) =>
  analyseSource(sourceFromText([...head, line].join('\n')), { only: ['locality-mismatch'] }).findings.map((f) => f.data?.found);
const parts = (line: string) =>
  analyseSource(sourceFromText([...COMMUNE, line].join('\n')), { only: ['part-exceeds-whole'] }).findings.length;

describe('locality-mismatch: a peer giving help to the issuer (session 22, s118)', () => {
  it('reads a peer that gives help whose receiver is the issuer as someone else, not a slip', () => {
    // Hand-checked: each sentence tells what the issuer (huyện An Lạc, or its seat thị trấn An Lạc) received from huyện Bình Sơn.
    expect(localities(DISTRICT, '- UBND huyện Bình Sơn hỗ trợ 300 bao cát giúp thị trấn An Lạc gia cố đê trong 03 ngày.')).toEqual([]);
    expect(localities(DISTRICT, '- Huyện Bình Sơn đã ủng hộ 1.200 thùng mì cho nhân dân huyện An Lạc sau bão.')).toEqual([]);
    expect(localities(COMMUNE, '- UBND xã Tân Mỹ cử 15 dân quân giúp xã khơi thông 2 km kênh mương.')).toEqual([]);
  });

  it('still flags a peer as the subject of the report\'s own facts when no receiver is the issuer', () => {
    expect(localities(DISTRICT, '- UBND huyện Bình Sơn hỗ trợ 300 hộ nghèo 12 tấn gạo trong dịp Tết.')).toEqual(['huyện Bình Sơn']);
    expect(localities(COMMUNE, '- UBND xã Tân Mỹ cấp 214 thẻ bảo hiểm y tế cho người cao tuổi.')).toEqual(['xã Tân Mỹ']);
  });
});

describe('part-exceeds-whole: an average or a per-unit value is no whole (session 22, s118)', () => {
  it('does not take a density or an average before "trong đó" as the whole of counted parts', () => {
    // Hand-checked: 312 + 98 = 410 members; 5,2 is members per 100 inhabitants, 1,8 an average per household.
    expect(parts('Toàn xã có 410 hội viên, bình quân 5,2 hội viên/100 dân; trong đó hội viên nữ 312 người, hội viên nam 98 người.')).toBe(0);
    expect(parts('Đã cấp 820 con giống, bình quân 1,8 con; trong đó bò 64 con, lợn 756 con.')).toBe(0);
  });

  it('still flags a part larger than a real whole of the same shape', () => {
    expect(parts('Toàn xã có 41 hội viên, bình quân 5,2 hội viên/100 dân; trong đó hội viên nữ 312 người.')).toBe(1);
  });
});

describe('the giver and per-unit readings stop where they would hide a slip (session 22, after the merge)', () => {
  it('a flow per day is a whole its parts per day make up', () => {
    // Hand-checked: 9,4 tấn/ngày of organic waste cannot be part of 7,8 tấn/ngày sorted; 5,1 can.
    expect(parts('Lượng rác được phân loại tại nguồn 7,8 tấn/ngày, trong đó rác hữu cơ 9,4 tấn/ngày được ủ phân.')).toBe(1);
    expect(parts('Lượng rác được phân loại tại nguồn 7,8 tấn/ngày, trong đó rác hữu cơ 5,1 tấn/ngày được ủ phân.')).toBe(0);
  });

  it('the issuer\'s level word after "của" owns what is given, it receives nothing', () => {
    // The report is xã Hòa Phú's: "hộ … của xã" are its own households, so xã Tân Mỹ giving to them is a slip for the issuer.
    expect(localities(COMMUNE, '- UBND xã Tân Mỹ đã hỗ trợ 24 hộ trồng rau của xã đăng ký nhãn hiệu tập thể.')).toEqual(['xã Tân Mỹ']);
  });
});
