import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const HEAD = ['ỦY BAN NHÂN DÂN', 'HUYỆN AN LẠC', 'Số: 77/BC-UBND', 'An Lạc, ngày 12 tháng 12 năm 2024', 'BÁO CÁO', 'Tình hình an ninh, trật tự năm 2024', 'I. KẾT QUẢ'];
const found = (line: string) => analyseSource(sourceFromText([...HEAD, line].join('\n')), { only: ['locality-mismatch'] }).findings.map((f) => f.data?.found);

describe('locality-mismatch: a state the area of another district is in (session 23, s117)', () => {
  it('reads "<tình hình> trên địa bàn huyện X … (tương đối) ổn định" as that district\'s own facts', () => {
    expect(found('Nhìn chung, tình hình an ninh nông thôn trên địa bàn huyện Bình Sơn trong năm 2024 tương đối ổn định, không có điểm nóng.')).toEqual(['huyện Bình Sơn']);
    expect(found('Tình hình cháy rừng trên địa bàn huyện Bình Sơn năm nay cơ bản ổn định.')).toEqual(['huyện Bình Sơn']);
  });

  it('leaves a district named as a place of an action or a partner alone', () => {
    expect(found('Công an huyện đã phối hợp với Công an huyện Bình Sơn truy bắt 02 đối tượng trên địa bàn huyện Bình Sơn, tình hình tương đối ổn định.')).toEqual([]);
    expect(found('Đoàn đã kiểm tra tình hình an ninh trên địa bàn huyện Bình Sơn, kết quả ổn định.')).toEqual([]);
  });
});
