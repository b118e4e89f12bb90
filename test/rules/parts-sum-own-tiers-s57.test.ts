import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A "trong đó" split by tiers of government ("cấp huyện … cấp xã …") that starts at the report's own tier and runs down to
// the lowest covers its whole: what the issuing unit did, at its own tier and below (src/extract/claims-parts.ts tiersSplit).
const HEADERS = {
  district: 'ỦY BAN NHÂN DÂN HUYỆN YÊN THẾ\nBÁO CÁO\nKết quả công tác năm 2024\n',
  province: 'ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\nBÁO CÁO\nKết quả công tác năm 2024\n',
  commune: 'ỦY BAN NHÂN DÂN XÃ TAM TIẾN\nBÁO CÁO\nKết quả công tác năm 2024\n',
};
const found = async (header: keyof typeof HEADERS, text: string) =>
  (await findingsOf('parts-sum-mismatch', `${HEADERS[header]}I. KẾT QUẢ\n${text}\n`)).map((f) => ({ id: f.messageId, data: f.data }));

describe('parts-sum-mismatch: a split by tiers from the report\'s own tier down', () => {
  it('flags a district\'s food-safety trainees whose two tiers miss the total', async () => {
    // Hand-checked: 74 + 228 = 302 người, not 312.
    expect(await found('district', 'Trung tâm Y tế phối hợp mở 05 lớp bồi dưỡng kiến thức an toàn thực phẩm cho 312 người, trong đó cấp huyện 74 người, cấp xã 228 người.')).toEqual([
      { id: 'partsSumMismatch', data: { parts: '74 + 228', sum: 302, whole: 312 } },
    ]);
  });

  it('flags a province\'s three tiers of civil servants that miss the total', async () => {
    // Hand-checked: 180 + 420 + 630 = 1.230 lượt, not 1.250.
    expect(await found('province', 'Năm 2024, Sở Nội vụ tập huấn kỹ năng chuyển đổi số cho 1.250 lượt công chức, trong đó cấp tỉnh 180 lượt, cấp huyện 420 lượt, cấp xã 630 lượt.')).toEqual([
      { id: 'partsSumMismatch', data: { parts: '180 + 420 + 630', sum: 1230, whole: 1250 } },
    ]);
  });

  it('flags meetings of a district union held at its own level and at its grassroots', async () => {
    // Hand-checked: 12 + 70 = 82 hội nghị, not 86.
    expect(await found('district', 'Hội Liên hiệp Phụ nữ huyện tổ chức 86 hội nghị tuyên truyền pháp luật, trong đó cấp huyện 12 hội nghị, cấp cơ sở 70 hội nghị.')).toEqual([
      { id: 'partsSumMismatch', data: { parts: '12 + 70', sum: 82, whole: 86 } },
    ]);
  });

  it('stays silent on tiers that add up', async () => {
    // 60 + 180 = 240.
    expect(await found('district', 'Phòng Tư pháp tổ chức 06 hội nghị phổ biến pháp luật cho 240 lượt hòa giải viên, trong đó cấp huyện 60 lượt, cấp xã 180 lượt.')).toEqual([]);
  });

  it('stays silent when the tiers do not start at the report\'s own', async () => {
    // A province's report naming only its districts and communes: its own officials may be left out (250 + 600 < 900).
    expect(await found('province', 'Tập huấn nghiệp vụ thống kê cho 900 lượt cán bộ, trong đó cấp huyện 250 lượt, cấp xã 600 lượt.')).toEqual([]);
    // Tiers that stop above the lowest: the communes may have more (10 + 40 < 65).
    expect(await found('district', 'Có 65 tác phẩm dự thi, trong đó cấp tỉnh 10 tác phẩm, cấp huyện 40 tác phẩm.')).toEqual([]);
  });

  it('stays silent on awards by school level and on examples', async () => {
    // "cấp trường" is no tier of government: prizes at other levels may be left out (52 + 121 < 186).
    expect(await found('district', 'Năm học 2024 - 2025 có 186 học sinh đạt giải, trong đó cấp huyện 52 em, cấp trường 121 em.')).toEqual([]);
    // "chủ yếu": the main tiers, not all of them (40 + 200 < 320).
    expect(await found('district', 'Tập huấn nghiệp vụ văn thư, lưu trữ cho 320 lượt cán bộ, chủ yếu là cấp huyện 40 lượt, cấp xã 200 lượt.')).toEqual([]);
    // One tier named: no split (45 < 120).
    expect(await found('district', 'Tổ chức 120 giải thể thao quần chúng, trong đó cấp huyện 45 giải, thu hút trên 6.800 lượt vận động viên.')).toEqual([]);
  });
});
