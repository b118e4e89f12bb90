import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Session 32 (h168): a number closing a programme's title in lower-case words names the programme. Sentences written for this test.
describe('a number closing a programme title ("Đề án phát triển nông nghiệp 0825")', () => {
  it('leaves the number of a programme title out of the figures at the end of its clause or before its year', () => {
    expect(excluded('2. Triển khai Đề án chuyển đổi nông nghiệp 325')).toEqual(['325']);
    expect(excluded('Kinh phí Chương trình phát triển vùng đồi 4215 năm 2023 đã giải ngân xong.')).toEqual(['4215 năm 2023']);
    expect(excluded('Nguồn vốn lồng ghép (Chiến lược phát triển thủy sản 862), đã phân bổ cho các hợp tác xã.')).toEqual(['862']);
  });

  it('still reads a count, a unit or a verb-led amount after such a title as a figure', () => {
    expect(excluded('Chương trình hỗ trợ sinh kế 245 hộ, đạt kế hoạch.')).toEqual([]);
    expect(excluded('Đề án nuôi cá lồng đã thả 450, còn lại chuyển sang năm sau.')).toEqual([]);
    expect(excluded('Chương trình khuyến nông có 36, trong đó 12 mô hình mới.')).toEqual([]);
    expect(excluded('Đề án trồng rừng thay thế 1.250 ha.')).toEqual([]);
  });
});
