import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';
import { readPassage } from '../../src/extract/read-figures.js';

// Session 49 (h213): a zero-padded part over its whole before "nhân viên" is a fraction of staff; a span after "trước/sau
// ngày <event>" is the gap from the event, a measured amount. Clock times, dates and periods stay unread (a span after a
// keeping verb, "lưu mẫu thức ăn 24 giờ", is left unread: the gold disagrees, see the commit). Sentences written for this test.
const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));
const read = (text: string) => readPassage(text, { atBlockStart: false }).figures.map((f) => ({ raw: text.slice(f.from, f.to), value: f.value }));

describe('a fraction of staff ("08/08 nhân viên")', () => {
  it('reads a padded part over its whole before "nhân viên" as a fraction', () => {
    expect(read('Trong tháng, 08/08 nhân viên y tế được tiêm nhắc lại.')).toEqual([{ raw: '08/08', value: 1 }]);
    expect(read('Trường có bếp ăn; 03/04 nhân viên cấp dưỡng đã qua lớp an toàn thực phẩm.')).toEqual([{ raw: '03/04', value: 0.75 }]);
  });

  it('still reads a day and month after "ngày" as a date', () => {
    expect(excluded('Họp ngày 06/06 nhân viên trạm y tế tham dự.')).toEqual(['ngày 06/06']);
  });
});

describe('a gap from an event', () => {
  it('reads the gap after "trước ngày" or "sau ngày" and an event named in words', () => {
    expect(read('Nhà trường gửi thông báo trước ngày khai giảng 15 ngày.')).toEqual([{ raw: '15', value: 15 }]);
    expect(read('Chi trả trợ cấp sau ngày nghỉ hưu 3 tháng.')).toEqual([{ raw: '3', value: 3 }]);
  });

  it('still leaves clock times, a period and a dated deadline unread', () => {
    expect(excluded('Bếp ăn lưu mẫu từ 10 giờ đến 11 giờ hằng ngày.')).toEqual(['10 giờ', '11 giờ']);
    expect(excluded('Trường lưu trữ hồ sơ 6 tháng đầu năm.')).toEqual(['6 tháng']);
    expect(excluded('Trước ngày 15/8 các trường hoàn thành tu sửa 12 phòng học.')).toEqual(['ngày 15/8']);
    expect(excluded('Trạm mở cửa lúc 7 giờ, tiêm cho 85 trẻ.')).toEqual(['7 giờ']);
  });
});
