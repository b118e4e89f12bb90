import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

// Session 53: a service number dialled ("gọi số 114") and voltage classes joined to a line's class ("22 kV và 35 kV").
const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

describe('a short service number after a verb of calling', () => {
  it('is no figure after "gọi", "gọi số", "gọi đến số", "gọi ngay", "quay số"', () => {
    expect(excluded('Nhà trường hướng dẫn học sinh gọi đến số 111 khi bị bạo lực, xâm hại')).toEqual(['111']);
    expect(excluded('Khi người bệnh chuyển nặng, gia đình gọi ngay 115 để được cấp cứu kịp thời')).toEqual(['115']);
    expect(excluded('Người dân phát hiện hành vi trộm cắp gia súc thì gọi số 113 hoặc báo Công an xã')).toEqual(['113']);
    expect(excluded('Phụ huynh có thể quay số 1022 để phản ánh về khoản thu đầu năm học')).toEqual(['1022']);
  });

  it('stays a count before a counted noun, after "cuộc gọi" or "kêu gọi", and where the call is counted', () => {
    expect(excluded('Cán bộ thuế gọi 114 lượt điện thoại nhắc nhở hộ kinh doanh chưa nộp thuế')).toEqual([]);
    expect(excluded('Tổng số cuộc gọi: 114, tăng 12 cuộc so với cùng kỳ')).toEqual([]);
    expect(excluded('Trạm Y tế tiếp nhận 114 cuộc gọi tư vấn tiêm chủng')).toEqual([]);
    expect(excluded('Hội Nông dân kêu gọi 120 hộ tham gia hợp tác xã')).toEqual([]);
  });

  it('is no figure after a hotline or a switchboard, with or without "số"', () => {
    expect(excluded('Đường dây nóng số 1022 của huyện tiếp nhận 356 phản ánh')).toEqual(['1022']);
    expect(excluded('Tổng đài 1022 tiếp nhận phản ánh về vệ sinh môi trường')).toEqual(['1022']);
  });
});

describe('voltage classes joined to a line\'s class', () => {
  it('are classes too after "và", "hoặc", "," and "/"', () => {
    expect(excluded('Cải tạo 3,5 km đường dây 110 kV, 35 kV và 22 kV qua xã')).toEqual(['110 kV, 35 kV và 22 kV']);
    expect(excluded('Lắp đặt 2 trạm biến áp 35/22 kV cho khu công nghiệp')).toEqual(['35/22 kV']);
    expect(excluded('Kéo mới 1,2 km đường dây hạ thế 0,4 kV hoặc 22 kV cho trạm bơm')).toEqual(['0,4 kV hoặc 22 kV']);
  });

  it('a voltage measured, or a count after a class, stays a figure', () => {
    expect(excluded('Điện áp cuối nguồn tại trạm bơm đạt 35 kV, bảo đảm tưới cho 120 ha')).toEqual([]);
    expect(excluded('Lưới điện 22 kV, 12 trạm biến áp phục vụ sản xuất')).toEqual(['22 kV']);
  });
});
