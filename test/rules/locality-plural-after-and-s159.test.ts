import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const audit = (lines: string[]) =>
  analyseSource(sourceFromText(lines.join('\n')), { only: ['locality-mismatch'] }).findings.map((f) => [f.data?.found, f.data?.expected]);

// A district's report: a peer district counts only as the subject of the report's own facts.
const district = (line: string) => ['ỦY BAN NHÂN DÂN', 'HUYỆN YÊN THÀNH', 'Số: 88/BC-UBND', 'Yên Thành, ngày 20 tháng 11 năm 2025', 'BÁO CÁO',
  'Kết quả công tác an toàn giao thông năm 2025', 'UBND huyện Yên Thành báo cáo như sau:', 'I. KẾT QUẢ', line];

describe('locality-mismatch: nouns joined by "và", the second plural, framed by a peer\'s area (session 31, s159)', () => {
  it('reads "X và các Y trên địa bàn <unit>" before its verb as the clause\'s subject', () => {
    // Hand-checked: the pupils and drivers who complied are Yên Thành's own, put on huyện Quỳnh Lưu.
    expect(audit(district('Sau đợt ra quân, học sinh và các tài xế xe khách trên địa bàn huyện Quỳnh Lưu đã chấp hành tốt quy định đội mũ bảo hiểm.')))
      .toEqual([['huyện Quỳnh Lưu', 'huyện Yên Thành']]);
    expect(audit(district('Sau đợt ra quân, học sinh và các tài xế xe khách trên địa bàn huyện Yên Thành đã chấp hành tốt quy định đội mũ bảo hiểm.'))).toEqual([]);
  });

  it('still leaves such a phrase unread as the object of a verb', () => {
    expect(audit(district('Công an huyện đã kiểm tra học sinh và các tài xế xe khách trên địa bàn huyện Quỳnh Lưu đã chấp hành quy định.'))).toEqual([]);
  });
});
