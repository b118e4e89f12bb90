import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Session 24 (holdout127): a body's branch named by its number, right after the body's capitalised name. Sentences written
// for this test.
describe('a branch numbered after its body\'s name (s127)', () => {
  it('excludes the number naming the branch, also before the province it belongs to', () => {
    expect(excluded('Đề nghị Kho bạc chi nhánh 2 hoàn trả tiền nộp thừa')).toEqual(['2']);
    expect(excluded('Phối hợp với Hải quan cơ sở 5 tỉnh Lạng Sơn kiểm tra hàng hóa')).toEqual(['5']);
    expect(excluded('- Bảo hiểm xã hội cơ sở 12 tỉnh Nghệ An;')).toEqual(['12']);
  });

  it('keeps a count: a counted noun after the number with no name going on, a lowercase word before, a decimal or a percent', () => {
    expect(excluded('Đoàn đến thăm Trường cơ sở 3 lần trong năm')).toEqual([]);
    expect(excluded('đã kiểm tra cơ sở 3 lần')).toEqual([]);
    expect(excluded('Hệ thống y tế cơ sở 2,5 tỷ đồng')).toEqual([]);
    expect(excluded('Mạng lưới Y tế cơ sở 15% chưa đạt chuẩn')).toEqual([]);
    expect(excluded('Hỗ trợ Quỹ cơ sở 5 triệu đồng để sửa chữa')).toEqual([]);
  });
});
