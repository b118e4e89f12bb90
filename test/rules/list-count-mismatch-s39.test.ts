import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 39: list shapes the reader did not pair with their count. Sentences written for this test (other places, topics
// and numbers than any fixture); each group has a near look-alike that must stay silent.
const lists = async (text: string) => (await findingsOf('list-count-mismatch', `${text}\n`)).map((f) => [f.data.count, f.data.listed]);

describe('list-count-mismatch: two described items after a count of the main ones', () => {
  it('reports two items told apart by a semicolon after a count of three common ones', async () => {
    expect(await lists('Đoàn kiểm tra chỉ ra 03 tồn tại phổ biến: hồ sơ thiếu chữ ký người lập; chậm nộp báo cáo quyết toán.')).toEqual([[3, 2]]);
    expect(await lists('Hội đồng nêu 04 hạn chế chủ yếu: sổ sách cập nhật chậm; thiếu biên bản bàn giao.')).toEqual([[4, 2]]);
  });

  it('says nothing when the count agrees or a piece may hold two items', async () => {
    expect(await lists('Đoàn kiểm tra chỉ ra 02 tồn tại phổ biến: hồ sơ thiếu chữ ký người lập; chậm nộp báo cáo quyết toán.')).toEqual([]);
    expect(await lists('Đoàn kiểm tra chỉ ra 03 tồn tại phổ biến: hồ sơ thiếu chữ ký, thiếu ngày lập; chậm nộp báo cáo quyết toán.')).toEqual([]);
    expect(await lists('Đoàn kiểm tra chỉ ra 03 tồn tại phổ biến: hồ sơ thiếu chữ ký; chậm nộp báo cáo và quyết toán.')).toEqual([]);
  });

  it('says nothing of two outcomes after a count that names no main ones', async () => {
    expect(await lists('Kiểm tra 04 cửa hàng: không phát hiện vi phạm; nhắc nhở chủ cửa hàng niêm yết giá.')).toEqual([]);
    expect(await lists('Tiếp nhận 03 đơn: chuyển cơ quan có thẩm quyền; hướng dẫn công dân.')).toEqual([]);
  });
});

describe('list-count-mismatch: a long description naming the body that handed the things over', () => {
  const handed = 'Năm nay, xã tiếp nhận 05 công trình do Ban Quản lý dự án đầu tư xây dựng thị xã bàn giao: nhà văn hóa thôn Đông Hạ; sân thể thao thôn Phú Mỹ; cầu tràn Khe Su.';
  it('reads the names after a description of fifteen syllables', async () => {
    expect(await lists(handed)).toEqual([[5, 3]]);
  });

  it('says nothing when the names agree with the count', async () => {
    expect(await lists(handed.replace('05 công', '03 công'))).toEqual([]);
  });
});
