import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import type { Finding } from '../../src/model/index.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const HEAD = ['ỦY BAN NHÂN DÂN', 'HUYỆN ĐÔNG SƠN', 'Số: 41/BC-UBND', 'Đông Sơn, ngày 10 tháng 7 năm 2025', 'BÁO CÁO',
  'Tình hình thu ngân sách 6 tháng đầu năm 2025', 'UBND huyện Đông Sơn báo cáo như sau:', 'I. KẾT QUẢ'];

function audit(body: string[]): Finding[] {
  return analyseSource(sourceFromText([...HEAD, ...body].join('\n')), { only: ['locality-mismatch'] }).findings;
}

describe('locality-mismatch of a district framing a phrase that a copula says what it is', () => {
  it('reads "<phrase> trên địa bàn huyện X vẫn là …" as the phrase being the clause\'s subject, also after ";"', () => {
    // Hand-checked: the report is huyện Đông Sơn's; the second clause puts its own main revenue in huyện Tây Sơn.
    const found = audit(['- Thu ngân sách cơ bản đạt tiến độ; thu tiền thuê đất trên địa bàn huyện Tây Sơn vẫn là nguồn thu chính.']);
    expect(found.map((x) => x.data?.found)).toEqual(['huyện Tây Sơn']);
  });

  it('leaves the phrase alone when it is an object ("Đoàn đã kiểm tra …") or no copula nor verb of a result follows', () => {
    expect(audit(['- Đoàn đã kiểm tra việc thu tiền thuê đất trên địa bàn huyện Tây Sơn là chủ yếu.'])).toEqual([]);
    expect(audit(['- Thu ngân sách cơ bản đạt tiến độ; thu tiền thuê đất trên địa bàn huyện Tây Sơn chưa có số liệu.'])).toEqual([]);
    // A copula that ranks ("là cao nhất tỉnh") compares the district with others.
    expect(audit(['- Thu ngân sách cơ bản đạt tiến độ; thu tiền thuê đất trên địa bàn huyện Tây Sơn là cao nhất tỉnh.'])).toEqual([]);
  });
});
