import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const run = (text: string) => findingsOf('table-total-mismatch', text);
const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';

describe('table-total-mismatch', () => {
  it('checks a "Tỷ lệ (%)" column written without the sign against its row counts', async () => {
    const f = await run(rows(
      ['STT', 'Tổ dân phố', 'Số hộ', 'Số hộ có tài khoản', 'Tỷ lệ (%)'],
      ['1', 'Tổ 1', '412', '298', '72,3'], ['2', 'Tổ 2', '385', '301', '78,2'], ['3', 'Tổ 3', '356', '247', '75,6'], ['4', 'Tổ 4', '447', '339', '75,8'],
    ));
    expect(f.map((x) => [x.messageId, x.data.stated, x.data.actual])).toEqual([['percentColumnMismatch', 75.6, 69.4]]);
  });

  it('flags a total row that is not the sum of its column, citing the total and every item', async () => {
    const [f, ...rest] = await run(rows(['STT', 'Nội dung', 'Số lượng'], ['1', 'Tin bài', '16'], ['2', 'Phát sóng', '24'], ['', 'Tổng cộng', '50']));
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ stated: 50, actual: 40, column: 'Số lượng' });
    expect(f.evidence.map((e) => e.quote)).toEqual(['50', '16', '24']);
  });

  it.each([
    [rows(['TT', 'Đơn vị', 'Số hộ', 'Số khẩu'], ['1', 'Thôn Đông', '120', '480'], ['2', 'Thôn Tây', '95', '371'], ['3', 'Thôn Nam', '88', '342'], ['', 'Cộng', '303', '1.139'])],
    [rows(['STT', 'Lĩnh vực', 'Số hồ sơ'], ['', 'Tổng số', '200'], ['1', 'Hộ tịch', '120'], ['2', 'Chứng thực', '90'])],
  ])('flags totals in wording the seeds never use: %s', async (text) => {
    expect((await run(text)).map((f) => f.messageId)).toEqual(['totalRowMismatch']);
  });

  it('accepts a total equal to the subtotals of a nested table', async () => {
    const text = rows(['STT', 'Nội dung', 'Số lượng'], ['I', 'Khối Đảng', '5'], ['1', 'Văn phòng', '2'], ['2', 'Ban Tuyên giáo', '3'], ['II', 'Khối chính quyền', '7'], ['1', 'Văn phòng', '7'], ['', 'Tổng cộng', '12']);
    expect(await run(text)).toEqual([]);
  });

  it('treats empty cells as absent and skips a column whose total is empty', async () => {
    const text = rows(['STT', 'Nội dung', 'Nam', 'Nữ'], ['1', 'Cán bộ', '5', ''], ['2', 'Công chức', '7', '4'], ['', 'Tổng', '12', '']);
    expect(await run(text)).toEqual([]);
  });

  it('leaves the seed 001 equipment table alone (37 = 35 + 02)', async () => {
    const text = rows(
      ['Số thứ tự', 'Tên thiết bị', 'Đơn vị tính', 'Số lượng', '', '', ''],
      ['', '', '', '<i>Tổng số</i>', 'Trong đó(*)', '', ''],
      ['', '', '', '', '<i>Trang bị trước 5 năm</i>', '<i>Hư hỏng không SD được</i>', '<i>Mới trang bị trong năm</i>'],
      ['', 'Máy vi tính để bàn (PC)', 'Cái', '37', '35', '', '02'],
      ['', 'Máy tính xách tay', 'Cái', '01', '01', '', ''],
      ['', 'Máy in', 'Cái', '30', '25', '', '05'],
    );
    expect(await run(text)).toEqual([]);
  });

  it('flags a Tổng số that its additive parts miss, once other rows show they add up', async () => {
    const text = rows(
      ['STT', 'Đơn vị', 'Tổng số', 'Trong đó', ''],
      ['', '', '', 'Nam', 'Nữ'],
      ['1', 'Thôn Đông', '40', '22', '18'],
      ['2', 'Thôn Tây', '35', '20', '15'],
      ['3', 'Thôn Nam', '50', '27', '21'],
    );
    const [f, ...rest] = await run(text);
    expect(rest).toEqual([]);
    expect(f.messageId).toBe('partsMismatch');
    expect(f.data).toMatchObject({ stated: 50, actual: 48 });
  });

  it('flags a Tỷ lệ cell that disagrees with its row, once other rows show which columns divide', async () => {
    const text = rows(
      ['STT', 'Lĩnh vực', 'Số hồ sơ tiếp nhận', 'Đã giải quyết', 'Tỷ lệ (%)'],
      ['1', 'Hộ tịch', '120', '114', '95%'],
      ['2', 'Chứng thực', '80', '80', '100%'],
      ['3', 'Đất đai', '40', '30', '57,5%'],
      ['4', 'Xây dựng', '10', '9', '90%'],
    );
    const [f, ...rest] = await run(text);
    expect(rest).toEqual([]);
    expect(f.messageId).toBe('percentColumnMismatch');
    expect(f.data).toMatchObject({ stated: 57.5, num: 30, den: 40, actual: 75 });
  });
});
