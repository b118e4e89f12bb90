import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const found = async (text: string) =>
  (await findingsOf('repeated-value-conflict', text)).filter((f) => f.severity !== 'info').map((f) => [f.data.value, f.data.other].sort());

// Each case written for this test (other topics and numbers than any fixture) and checked by hand.
const report = (first: string, second: string) => [
  'UBND HUYỆN TÂN PHONG',
  'BÁO CÁO Kết quả phát triển nông nghiệp năm 2026',
  'I. KẾT QUẢ THỰC HIỆN',
  '1. Chăn nuôi',
  first,
  'Công tác tiêm phòng được thực hiện đúng lịch, không để dịch bệnh lớn xảy ra.',
  '2. Quản lý chất lượng',
  second,
  '',
].join('\n');

describe('repeated-value-conflict: a count attached by "với" to a stock is a stock too (s40)', () => {
  const stock = 'Toàn huyện có 03 hợp tác xã chăn nuôi với 46 trang trại liên kết, 210 hộ thành viên tham gia chuỗi.';
  it('says nothing of those a deed reached, fewer than the stock', async () => {
    expect(await found(report(stock, 'Trong năm, hỗ trợ nâng cấp chuồng trại cho 07 trang trại liên kết (05 trang trại lợn, 02 trang trại gà).'))).toEqual([]);
    expect(await found(report(stock, 'Trong năm, đoàn liên ngành đã kiểm tra 09 trang trại liên kết.'))).toEqual([]);
  });
  it('still flags the same group\'s make-up stated twice with two values, and a deed against a plain stock', async () => {
    expect(await found(report(stock, 'Cả 03 hợp tác xã chăn nuôi với 49 trang trại liên kết đã ký hợp đồng tiêu thụ sản phẩm.'))).toEqual([['46', '49']]);
    // A deed reaching more than the stock holds is a conflict, whichever is wrong.
    expect(await found(report('Toàn huyện có 46 trang trại liên kết, 210 hộ thành viên tham gia chuỗi.', 'Trong năm, đoàn liên ngành đã kiểm tra 52 trang trại liên kết.'))).toEqual([['46', '52']]);
  });
});

describe('repeated-value-conflict: the same deed done with another partner is another occasion (s40)', () => {
  const first = 'Phối hợp Chi cục Thú y vùng III kiểm tra 24 cửa hàng thuốc thú y, phát hiện 02 cửa hàng vi phạm.';
  it('says nothing when the two sentences name different partners', async () => {
    // The partner opens the sentence; the count stands in its second clause, after another deed.
    expect(await found(report(first, 'Phối hợp Đội quản lý thị trường số 3 kiểm định 310 cân đối chứng; kiểm tra 37 cửa hàng thuốc thú y, nhắc nhở 03 cửa hàng.'))).toEqual([]);
    expect(await found(report(first, 'Phối hợp với Công an huyện kiểm tra 37 cửa hàng thuốc thú y trên địa bàn, lập biên bản 04 trường hợp.'))).toEqual([]);
  });
  it('still flags the same partner, or a partner named on one side only', async () => {
    expect(await found(report(first, 'Phối hợp với Chi cục Thú y vùng III kiểm tra 27 cửa hàng thuốc thú y, xử phạt 02 cửa hàng.'))).toEqual([['24', '27']]);
    expect(await found(report(first, 'Trong năm đã kiểm tra 27 cửa hàng thuốc thú y, xử phạt 02 cửa hàng.'))).toEqual([['24', '27']]);
    // "phối hợp kiểm tra": no partner named, the deed is compared as before.
    expect(await found(report('Các ngành phối hợp kiểm tra 24 cửa hàng thuốc thú y.', 'Phối hợp kiểm tra 27 cửa hàng thuốc thú y trên địa bàn.'))).toEqual([['24', '27']]);
  });
});
