import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const audit = (lines: string[]) =>
  analyseSource(sourceFromText(lines.join('\n')), { only: ['locality-mismatch'] }).findings.map((f) => f.data?.found);

// A district's report that lists all its communes: once in a table under a stated whole count, once in a sentence.
const head = ['ỦY BAN NHÂN DÂN', 'HUYỆN SÔNG MÂY', 'Số: 88/BC-UBND', 'Sông Mây, ngày 15 tháng 10 năm 2025', 'BÁO CÁO',
  'Kết quả phát triển giao thông nông thôn 9 tháng đầu năm 2025', 'UBND huyện Sông Mây báo cáo như sau:', 'I. ĐẶC ĐIỂM'];
const table = (count: string) => [...head, `Huyện Sông Mây có ${count} đơn vị hành chính cấp xã (04 xã và 01 thị trấn).`,
  'Bảng 1. Đường giao thông theo đơn vị', '| STT | Xã, thị trấn | Km đường | Cứng hóa |', '|---|---|---|---|',
  '| 1 | Thị trấn Phú Mỹ | 12 | 12 |', '| 2 | Tân Hòa | 18 | 15 |', '| 3 | Long Điền | 21 | 16 |', '| 4 | Bình Lợi | 15 | 11 |',
  '| 5 | An Thạnh | 14 | 9 |', '| | Tổng cộng | 80 | 63 |', 'II. KẾT QUẢ'];
const listed = [...head, 'Huyện Sông Mây có 05 đơn vị hành chính cấp xã, gồm thị trấn Phú Mỹ và 04 xã: Tân Hòa, Long Điền, Bình Lợi và An Thạnh.', 'II. KẾT QUẢ'];

describe('locality-mismatch: a commune the district\'s own complete list lacks', () => {
  it('flags a commune named beside members when a table holds as many communes as the stated count', () => {
    expect(audit([...table('05 (năm)'), 'Trong kỳ đã cứng hóa 7,5 km đường trục tại các xã Tân Hòa, Bình Lợi và Hòa Khánh.'])).toEqual(['xã Hòa Khánh']);
    expect(audit([...table('05'), 'Phòng Kinh tế và Hạ tầng phối hợp với UBND xã Phước Sơn lắp 40 đèn đường.'])).toEqual(['xã Phước Sơn']);
  });

  it('flags a commune against a listing sentence of all the members', () => {
    expect(audit([...listed, 'Mô hình đường hoa được duy trì tại xã Long Điền, xã An Thạnh và xã Mỹ Lợi.'])).toEqual(['xã Mỹ Lợi']);
  });

  it('says nothing when the list is not complete, the name is a member, or another district is named', () => {
    expect(audit([...table('06'), 'Trong kỳ đã cứng hóa 7,5 km đường trục tại các xã Tân Hòa, Bình Lợi và Hòa Khánh.'])).toEqual([]);
    expect(audit([...table('05'), 'Trong kỳ đã cứng hóa 7,5 km đường trục tại các xã Tân Hòa, Bình Lợi và Long Điền.'])).toEqual([]);
    expect(audit([...listed, 'UBND 05 xã Phong trào thi đua đã ký cam kết với Ban Chỉ đạo.'])).toEqual([]);
    expect(audit([...listed, 'Đoàn đã tham quan mô hình đường hoa tại xã Mỹ Lợi, huyện Đồng Xuân.'])).toEqual([]);
  });
});
