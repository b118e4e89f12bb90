import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const HEAD = ['ỦY BAN NHÂN DÂN', 'XÃ HÒA PHÚ', 'Số: 12/BC-UBND', 'Hòa Phú, ngày 10 tháng 12 năm 2024', 'BÁO CÁO', 'Kết quả công tác năm 2024', 'I. KẾT QUẢ'];
const found = (line: string) =>
  analyseSource(sourceFromText([...HEAD, line].join('\n')), { only: ['percent-mismatch'] }).findings.map((f) => `${f.data?.num}/${f.data?.den}`);

describe('percent-mismatch: a count attached to the part by "với" (session 22, s118)', () => {
  it('reads the share of the part before the attached count against the whole "trên tổng số" names', () => {
    // Hand-checked: 1.240/1.550 = 80,0%; 1.240/1.550 is not 85,0%.
    expect(found('- Xã đã hỗ trợ 1.240 hộ với 4.610 nhân khẩu khắc phục nhà ở trên tổng số 1.550 hộ bị ảnh hưởng, đạt 80,0%.')).toEqual([]);
    expect(found('- Xã đã hỗ trợ 1.240 hộ với 4.610 nhân khẩu khắc phục nhà ở trên tổng số 1.550 hộ bị ảnh hưởng, đạt 85,0%.')).toEqual(['1240/1550']);
  });

  it('still reads the attached count as the part when it is of the whole\'s noun', () => {
    // Hand-checked: 320/400 = 80,0%.
    expect(found('- Đã tiêm cho 96 hộ với 320 con bò trên tổng số 400 con bò, đạt 80,0%.')).toEqual([]);
  });
});

describe('percent-mismatch: a count received, then a clause of what was done without "đã" (session 22, s118)', () => {
  it('reads the share of the done count against the count received right before it', () => {
    // Hand-checked: 57/64 = 89,1%; 89,1% fits, 91,8% does not.
    expect(found('- Các tổ tư vấn pháp luật tiếp nhận 64 yêu cầu, tư vấn xong 57 yêu cầu, đạt tỷ lệ 89,1%.')).toEqual([]);
    expect(found('- Các tổ tư vấn pháp luật tiếp nhận 64 yêu cầu, tư vấn xong 57 yêu cầu, đạt tỷ lệ 91,8%.')).toEqual(['57/64']);
    expect(found('- Tiếp nhận 64 hồ sơ, giải quyết 57 hồ sơ, đạt 91,8%.')).toEqual(['57/64']);
  });

  it('says nothing when the share is of a plan, or a count of another noun stands between', () => {
    expect(found('- Bộ phận một cửa tiếp nhận 64 hồ sơ, trả kết quả 57 hồ sơ, đạt 91,8% kế hoạch năm.')).toEqual([]);
    expect(found('- Bộ phận một cửa tiếp nhận 64 hồ sơ, thu phí 12 triệu đồng, trả kết quả 57 hồ sơ, đạt 91,8%.')).toEqual([]);
  });
});

describe('percent-mismatch: a part that did what was due (session 22, s118)', () => {
  it('reads the share of "N X thực hiện" against the count of X said to be due in the same sentence', () => {
    // Hand-checked: 212/240 = 88,3%; 88,3% fits, 83,8% does not.
    expect(found('- Có 240 cơ sở thuộc diện phải lắp đặt camera giám sát; đến nay đã có 212 cơ sở thực hiện, đạt 88,3%.')).toEqual([]);
    expect(found('- Có 240 cơ sở thuộc diện phải lắp đặt camera giám sát; đến nay đã có 212 cơ sở thực hiện, đạt 83,8%.')).toEqual(['212/240']);
  });

  it('says nothing when no count of the sentence is said to be due', () => {
    expect(found('- Có 240 cơ sở kinh doanh; đến nay đã có 212 cơ sở thực hiện, đạt 83,8%.')).toEqual([]);
  });
});
