import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';
import { readPassage } from '../../src/extract/read-figures.js';
import { analyseSource } from '../../pipelines/analyse.js';
import type { Finding } from '../../src/model/index.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// Session 57 (h229, h224): spans that are amounts of time (a total "tổng cộng 8 giờ", hours in thousands with a decimal
// "1.172,5 giờ", the days of a peak drive "trong 04 ngày cao điểm") are figures; an emission standard ("Euro 5") and a
// price closing a charity's name in quotes ("Tủ bánh mì 0 đồng") are not. Sentences written for this test, in other topics
// and wordings than the fixtures' (health, education, transport, market control, social work).
const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));
const values = (text: string) => readPassage(text, { atBlockStart: false }).figures.map((f) => f.value);

describe('a span that is an amount of time', () => {
  it('is read when counted in thousands with a decimal', () => {
    // 1.095,5 giờ = 1095.5 hours of emergency duty, no period.
    expect(values('Tổng thời gian trực cấp cứu của Trạm Y tế là 1.095,5 giờ.')).toEqual([1095.5]);
    expect(excluded('Tổng số giờ giảng dạy của tổ Toán đạt 2.416,25 giờ.')).toEqual([]);
  });

  it('is read when it totals other spans after "tổng cộng"', () => {
    // 4 thôn × 5 ngày = 20 ngày; 3 đợt × 1 tháng = 3 tháng.
    expect(excluded('Đội tình nguyện hè hoạt động tại 4 thôn, mỗi thôn 5 ngày, tổng cộng 20 ngày.')).not.toContain('20 ngày');
    expect(values('Đội tình nguyện hè hoạt động tại 4 thôn, mỗi thôn 5 ngày, tổng cộng 20 ngày.')).toContain(20);
    expect(values('Trạm khuyến nông mở 3 đợt tập huấn, tổng cộng 3 tháng.')).toEqual([3, 3]);
  });

  it('is read inside a clause before "cao điểm", the days of a peak drive', () => {
    expect(values('Đội quản lý thị trường kiểm tra 45 cơ sở kinh doanh thực phẩm trong 15 ngày cao điểm trước Tết.')).toEqual([45, 15]);
  });

  it('stays unread where it names the period: opening the clause, or placed by its tail', () => {
    expect(excluded('Trong 30 ngày cao điểm, toàn huyện xử lý 12 vụ vi phạm.')).toContain('30 ngày');
    expect(excluded('Trường tổ chức 14 chuyên đề trong 6 tháng đầu năm.')).toContain('6 tháng');
    expect(excluded('Sau 2 năm thực hiện, xã có 85 hộ thoát nghèo.')).toContain('2 năm');
    expect(excluded('Thời gian nuôi vỗ béo 3,5 - 4 tháng.')).toContain('3,5 - 4 tháng');
  });
});

describe('an emission standard', () => {
  it('is no figure, the count before it is', () => {
    const text = 'Hợp tác xã vận tải đưa vào khai thác 20 xe khách đạt tiêu chuẩn khí thải Euro 4.';
    expect(excluded(text)).toContain('Euro 4');
    expect(values(text)).toEqual([20]);
    expect(values('Toàn tỉnh còn 135 xe tải chưa đạt mức EURO 3, chiếm 12,5% số xe.')).toEqual([135, 12.5]);
  });

  it('leaves a tournament year to the year reading, and an amount in euros a figure', () => {
    expect(excluded('Giải Euro 2024 thu hút đông người hâm mộ.')).not.toContain('Euro 2');
    expect(values('Dự án được tài trợ 50.000 Euro.')).toEqual([50000]);
  });
});

describe('a price closing a name in quotes', () => {
  it('is part of the name', () => {
    const text = 'Hội Chữ thập đỏ duy trì 03 điểm “Siêu thị 0 đồng”, phục vụ 420 lượt người.';
    expect(excluded(text)).toContain('“Siêu thị 0 đồng');
    expect(values(text)).toEqual([3, 420]);
    expect(values('Đoàn Thanh niên phối hợp duy trì quán "Bữa cơm 2.000 đồng" tại chợ xã.')).toEqual([]);
  });

  it('leaves an amount outside the quotes, and a quoted statement of a sum, figures', () => {
    expect(values('Mô hình "Tủ sách dùng chung" nhận 1.200 cuốn, trị giá 15.000.000 đồng.')).toEqual([1200, 15000000]);
    expect(values('Khẩu hiệu "mỗi hộ góp 10.000 đồng" được hưởng ứng.')).toEqual([10000]);
  });
});

const HEAD = ['ỦY BAN NHÂN DÂN', 'XÃ AN PHÚ', 'Số: 21/BC-UBND', 'An Phú, ngày 12 tháng 12 năm 2024', 'BÁO CÁO', 'Kết quả công tác năm 2024', 'I. KẾT QUẢ'];
function audit(line: string): Finding[] {
  return analyseSource(sourceFromText([...HEAD, line].join('\n'))).findings.filter((f) => f.severity === 'error');
}

describe('rules stay silent on the spans now read', () => {
  it('does not sum a rate per day, its days and their total as parts of a whole', () => {
    // 3 giờ/ngày × 5 ngày = 15 giờ: a product, which no sum or share rule may judge.
    expect(audit('- Trạm y tế kéo dài giờ tiêm chủng thêm 3 giờ/ngày trong 05 ngày cao điểm (03/6 - 07/6/2024), tổng cộng 15 giờ.')).toEqual([]);
    expect(audit('- Tổng thời lượng phát thanh 1.240,5 giờ, trong đó chương trình địa phương 310,5 giờ, tiếp âm 930 giờ.')).toEqual([]);
  });
});
