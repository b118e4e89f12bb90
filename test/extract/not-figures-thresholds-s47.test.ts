import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Session 47 (h208, h209): readings the golds of the released sets agree on by majority. Sentences written for this test.
describe('a count of repeated acts as the open end of a range ("đủ 4 lần trở lên")', () => {
  it('reads the threshold as the indicator\'s condition, no figure', () => {
    expect(excluded('Số người hiến máu tình nguyện từ 3 lần trở lên là 57 người.')).toEqual(['3 lần trở lên']);
    expect(excluded('Trẻ được uống đủ 2 liều trở lên đạt 96%.')).toEqual(['2 liều trở lên']);
    expect(excluded('Phụ nữ có thai tiêm từ 02 mũi trở lên: 140 người.')).toEqual(['02 mũi trở lên']);
  });

  it('still reads a multiple, and a count of cases so bounded, as figures', () => {
    expect(excluded('Số vụ tai nạn tăng 2 lần so với cùng kỳ.')).toEqual([]);
    expect(excluded('Có 5 thôn xảy ra từ 12 vụ trở lên.')).toEqual([]);
  });
});

describe('a count before an event title opening with a time unit ("01 Ngày hội")', () => {
  it('reads the count of events as a figure', () => {
    expect(excluded('Đoàn Thanh niên tổ chức 02 Ngày hội thanh niên khởi nghiệp với 640 lượt đoàn viên tham gia.')).toEqual([]);
    expect(excluded('Huyện đăng cai 01 Tuần Văn hóa các dân tộc.')).toEqual([]);
  });

  it('still leaves a span of days ("ngày hội viên" in lower case runs on), and a day of a month, no figure', () => {
    expect(excluded('Trong 02 ngày hội viên đã dọn 5 km kênh mương.')).toEqual(['02 ngày']);
    expect(excluded('Hội nghị tổ chức vào ngày 03 hằng tháng.')).toEqual(['ngày 03']);
    expect(excluded('Trong 2 tuần lễ, đội đã tuần tra 14 lượt.')).toEqual(['2 tuần']);
  });
});
