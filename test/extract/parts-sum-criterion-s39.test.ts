import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rules/audit-helper.js';

// Session 39: breakdowns in their own paragraph whose whole is stated before. Sentences written for this test (other
// topics and numbers than any fixture); each group has a near look-alike that must stay silent.
const sums = async (text: string) => (await findingsOf('parts-sum-mismatch', `${text}\n`)).map((f) => [f.data.sum, f.data.whole]);

describe('parts-sum-mismatch: a bare "Theo" before a criterion noun', () => {
  it('reads "Theo độ tuổi:" as a breakdown of the amount before it', async () => {
    expect(await sums('Năm 2025 có 530 người tham gia bảo hiểm xã hội tự nguyện. Theo độ tuổi: dưới 30 tuổi 140 người, từ 30 đến 50 tuổi 260 người, trên 50 tuổi 120 người.')).toEqual([[520, 530]]);
  });

  it('says nothing after "Theo" naming a source', async () => {
    expect(await sums('Năm 2025 có 530 người tham gia bảo hiểm xã hội tự nguyện. Theo báo cáo: dưới 30 tuổi 140 người, từ 30 đến 50 tuổi 260 người, trên 50 tuổi 120 người.')).toEqual([]);
  });

  it('seeks the whole past a sibling breakdown closing the paragraph before', async () => {
    const text = 'Quý III có 275 lao động được giới thiệu việc làm. Theo giới tính: nam 150 người, nữ 125 người.\nTheo hình thức: làm việc tại doanh nghiệp 190 người, tự tạo việc làm 70 người, hợp tác xã 20 người.';
    expect(await sums(text)).toEqual([[280, 275]]);
    expect(await sums(text.replace('hợp tác xã 20', 'hợp tác xã 15'))).toEqual([]);
  });
});

describe('parts-sum-mismatch: a bulleted breakdown naming its whole', () => {
  const before = '* Thanh tra xây dựng phát hiện 846 trường hợp vi phạm; trong đó Đội trật tự đô thị xử lý 701 trường hợp, Công an xã xử lý 145 trường hợp.';
  it('finds the whole past the bullet marker', async () => {
    expect(await sums(`${before}\n* Phân loại vi phạm, gồm: 402 trường hợp xây dựng không phép, 251 trường hợp lấn chiếm vỉa hè và 181 trường hợp vi phạm khác.`)).toEqual([[834, 846]]);
  });

  it('says nothing when the bullet\'s parts make up the whole', async () => {
    expect(await sums(`${before}\n* Phân loại vi phạm, gồm: 402 trường hợp xây dựng không phép, 251 trường hợp lấn chiếm vỉa hè và 193 trường hợp vi phạm khác.`)).toEqual([]);
  });
});
