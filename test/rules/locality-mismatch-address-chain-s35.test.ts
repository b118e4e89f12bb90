import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 35: a district named after a commune of its own ("tại xã X, huyện Y") is that commune's address; it opens no clause.
// Sentences written for this test.
const RULE = 'locality-mismatch';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';
const district = (sentence: string) => report(
  'UBND HUYỆN YÊN THẾ', 'BÁO CÁO', 'Kết quả công tác khuyến nông năm 2024', 'I. KẾT QUẢ',
  'Toàn huyện đã chuyển giao 14 tiến bộ kỹ thuật cho nông dân.', sentence,
);

describe('locality-mismatch: a district that closes a commune\'s address', () => {
  it('leaves a peer district alone where it only says where a visited commune lies', async () => {
    expect(await findingsOf(RULE, district('Trạm Khuyến nông đã tổ chức 03 lớp tập huấn cho 150 hộ; tổ chức đoàn tham quan mô hình "Nuôi ong lấy mật theo chuỗi giá trị khép kín" tại xã Tiến Thắng, huyện Lạng Giang.'))).toEqual([]);
    expect(await findingsOf(RULE, district('Có 12 hộ dự Hội thi nhà nông giỏi cấp tỉnh lần thứ V năm 2024 tổ chức tại xã Nghĩa Hòa huyện Lạng Giang.'))).toEqual([]);
  });

  it('still flags the peer district as the subject of the report\'s own deed, alone or behind its commune', async () => {
    const alone = await findingsOf(RULE, district('Trạm Khuyến nông huyện Lạng Giang đã phối hợp với Hội Nông dân tổ chức 05 lớp tập huấn.'));
    expect(alone.map((f) => f.evidence[0].quote)).toEqual(['huyện Lạng Giang']);
    const chained = await findingsOf(RULE, district('Xã Tiến Thắng, huyện Lạng Giang đã hoàn thành 09 mô hình trình diễn.'));
    expect(chained.map((f) => f.evidence[0].quote)).toEqual(['huyện Lạng Giang']);
  });
});
