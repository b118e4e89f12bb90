import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { buildSource } from '../../src/ingest/build-source.js';
import { findUnitMentions } from '../../src/extract/places.js';

// Session 36: a header whose committee line and its office's line a reader ran together ("UBND HUYỆN A PHÒNG …"): the
// unit's name in capitals ends before the office, so the report names no unit "huyện A Phòng …" beside its own.
// Headers and sentences written for this test.
const RULE = 'locality-mismatch';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';
const office = (header: string, sentence: string) => report(
  header, 'Số: 211/BC-TCKH', 'BÁO CÁO', 'Tình hình thu ngân sách 9 tháng năm 2024', 'I. KẾT QUẢ',
  'Phòng Tài chính - Kế hoạch huyện Văn Bàn báo cáo như sau:', sentence,
);

/** The units named in one paragraph each. */
function names(...texts: string[]): string[] {
  const source = buildSource({ path: 'inline.txt', format: 'txt', bytes: new Uint8Array(), encoding: 'utf-8', blocks: texts.map((text, i) => ({ kind: 'paragraph' as const, text, line: i + 1 })) });
  return findUnitMentions(source).map((m) => m.unit.name);
}

describe('locality-mismatch: an office run into its committee\'s header line', () => {
  it('gives no alarm on the district\'s own report', async () => {
    const found = await findingsOf(RULE, office('UBND HUYỆN VĂN BÀN PHÒNG TÀI CHÍNH - KẾ HOẠCH', 'Toàn huyện thu 186 tỷ đồng, đạt 81% dự toán.'));
    expect(found).toEqual([]);
  });

  it('still flags a peer district that does the report\'s deed', async () => {
    const found = await findingsOf(RULE, office('UBND HUYỆN VĂN BÀN PHÒNG TÀI CHÍNH - KẾ HOẠCH', 'UBND huyện Bảo Yên đã thu 186 tỷ đồng, đạt 81% dự toán.'));
    expect(found.map((f) => f.evidence[0].quote)).toEqual(['huyện Bảo Yên']);
  });

  it('ends a name in capitals before an office that goes on, not before a syllable of the name', () => {
    expect(names('UBND HUYỆN VĂN BÀN PHÒNG TÀI CHÍNH - KẾ HOẠCH')).toEqual(['huyện Văn Bàn']);
    expect(names('ỦY BAN NHÂN DÂN XÃ MINH TÂN TRẠM Y TẾ')).toEqual(['xã Minh Tân']);
    expect(names('UBND TỈNH HÀ GIANG SỞ NỘI VỤ')).toEqual(['tỉnh Hà Giang']);
    expect(names('UBND HUYỆN BẮC MÊ TRUNG TÂM VĂN HÓA - THỂ THAO')).toEqual(['huyện Bắc Mê']);
    // Look-alikes: "PHÒNG" ends the city's own name, before a line's end, a year, the motto or another office.
    expect(names('UBND THÀNH PHỐ HẢI PHÒNG')).toEqual(['thành phố Hải Phòng']);
    expect(names('ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG NĂM 2024')).toEqual(['thành phố Hải Phòng']);
    expect(names('UBND THÀNH PHỐ HẢI PHÒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual(['thành phố Hải Phòng']);
    expect(names('UBND THÀNH PHỐ HẢI PHÒNG SỞ Y TẾ')).toEqual(['thành phố Hải Phòng']);
  });
});
