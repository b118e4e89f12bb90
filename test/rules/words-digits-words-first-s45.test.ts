import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 45: a count written words first, its digits in brackets right after them and a counted noun after the bracket.
const seen = async (text: string) => (await findingsOf('words-digits-mismatch', `I. KẾT QUẢ\n${text}\n`)).map((f) => [f.data.digits, f.data.spelled]);

describe('words-digits-mismatch: the words before their digits in brackets', () => {
  it('flags words that say another number than the digits after them', async () => {
    expect(await seen('Năm 2024, Ban tiếp công dân tiếp nhận bảy (08) đơn kiến nghị về đất đai.')).toEqual([[8, 7]]);
    expect(await seen('Hội Nông dân xã thành lập mười một (12) tổ hợp tác trồng rau an toàn.')).toEqual([[12, 11]]);
  });
  it('reads "năm" before bracketed digits and a counted noun as five', async () => {
    expect(await seen('Đoàn kiểm tra phát hiện năm (04) cơ sở kinh doanh vi phạm về vệ sinh an toàn thực phẩm.')).toEqual([[4, 5]]);
  });
  it('stays silent where words and digits agree', async () => {
    expect(await seen('Ban tiếp công dân tiếp nhận bảy (07) đơn kiến nghị; thành lập mười hai (12) tổ hợp tác và năm (05) câu lạc bộ.')).toEqual([]);
  });
  it('stays silent where "năm" is the year or the words name an item', async () => {
    expect(await seen('Trong năm (02) đơn vị được khen thưởng; cả năm (3) lớp tập huấn đều đạt yêu cầu.')).toEqual([]);
    expect(await seen('Tổ năm (12) hộ tham gia mô hình; tháng ba (04) hộ đăng ký thêm.')).toEqual([]);
  });
});
