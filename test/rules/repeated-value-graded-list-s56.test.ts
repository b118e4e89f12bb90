import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 56: a grade word ("xuất sắc", "tốt", "khá", "giỏi") makes another category than the name without it, and the items of
// one bullet list are that list's categories, though one item's name holds another's words (src/extract/quantities.ts `list`).
// Sentences written for this test, in other topics than the fixture.
const found = async (text: string) =>
  (await findingsOf('repeated-value-conflict', text)).map((f) => ({ id: f.messageId, values: [f.data.value, f.data.other] }));

describe('repeated-value-conflict: graded categories and the items of one list', () => {
  it('says nothing of farm households graded "giỏi" in one section and ungraded in another', async () => {
    // 126 households graded "giỏi", 88 named without a grade: two categories, not one count said 126 and 88.
    expect(await found([
      'I. HỘI NÔNG DÂN',
      'Hộ sản xuất kinh doanh giỏi cấp huyện: 126 hộ.',
      'II. KẾT QUẢ KHÁC',
      'Hộ sản xuất kinh doanh cấp huyện: 88 hộ.',
    ].join('\n\n'))).toEqual([]);
  });

  it('says nothing of party members graded "tốt" in one section and plainly in another', async () => {
    // 312 graded "hoàn thành tốt", 45 graded "hoàn thành": two grades, no value stated twice.
    expect(await found([
      'I. CÔNG TÁC XÂY DỰNG ĐẢNG',
      'Năm 2024, Đảng bộ xã có 312 đảng viên hoàn thành tốt nhiệm vụ.',
      'II. ĐÁNH GIÁ CHUNG',
      'Qua kiểm điểm cuối năm, có 45 đảng viên hoàn thành nhiệm vụ, được nhắc nhở khắc phục hạn chế.',
    ].join('\n\n'))).toEqual([]);
  });

  it('says nothing of pupils graded "giỏi" beside pupils of every grade in another section', async () => {
    // 856 "học lực giỏi" are some of the 2.140 graded pupils: a grade, not the whole said more fully.
    expect(await found([
      'I. GIÁO DỤC',
      'Cuối năm học, toàn xã có 2.140 học sinh trung học cơ sở được xếp loại học lực.',
      'II. KẾT QUẢ',
      'Trong đó, 856 học sinh trung học cơ sở được xếp loại học lực giỏi, được nhà trường khen thưởng.',
    ].join('\n\n'))).toEqual([]);
  });

  it('says nothing of two items of one list whose names hold one another', async () => {
    // 820 "kiên cố", 1.460 "bán kiên cố" (a name holding the first's words), 95 "thiếu kiên cố": three kinds of one list.
    expect(await found([
      'I. NHÀ Ở DÂN CƯ',
      'Kết quả rà soát nhà ở dân cư trên địa bàn xã như sau:',
      '- Nhà ở kiên cố: 820 căn;',
      '- Nhà ở bán kiên cố: 1.460 căn;',
      '- Nhà ở thiếu kiên cố, đơn sơ: 95 căn.',
    ].join('\n'))).toEqual([]);
  });

  it('says nothing of the grades of a health facility rating listed together', async () => {
    // 6 rated "tốt", 9 rated "khá", 3 rated plainly "đạt": one list of grades.
    expect(await found([
      'I. Y TẾ',
      'Kết quả đánh giá chất lượng các cơ sở khám bệnh năm 2024 như sau:',
      '- Cơ sở đạt chất lượng tốt: 6 cơ sở;',
      '- Cơ sở đạt chất lượng khá: 9 cơ sở;',
      '- Cơ sở đạt chất lượng: 3 cơ sở.',
    ].join('\n'))).toEqual([]);
  });

  it('still flags a list restated in another section with one value changed', async () => {
    // The same kind in two lists: 820 in the first, 802 in the second (digits 2 and 0 swapped); the other kinds agree.
    const list = (solid: string) => [
      'Kết quả rà soát nhà ở dân cư trên địa bàn xã như sau:',
      `- Nhà ở kiên cố: ${solid} căn;`,
      '- Nhà ở bán kiên cố: 1.460 căn;',
      '- Nhà ở thiếu kiên cố, đơn sơ: 95 căn.',
    ].join('\n');
    const findings = await found(['I. NHÀ Ở DÂN CƯ', list('820'), 'Các hộ có nhà đơn sơ được ưu tiên hỗ trợ.', 'II. PHỤ LỤC SỐ LIỆU', list('802')].join('\n\n'));
    expect(findings).toHaveLength(1);
    expect(findings[0].values.sort()).toEqual(['802', '820']);
  });

  it('still flags a name restated with "tốt nghiệp" added, a word that grades nothing', async () => {
    // "đăng ký dự thi" and "đăng ký dự thi tốt nghiệp" of one class: 412 and 421 (digits 1 and 2 swapped).
    const findings = await found([
      'I. GIÁO DỤC',
      'Học sinh lớp 12 đăng ký dự thi: 412 em.',
      'II. KẾT QUẢ THI',
      'Học sinh lớp 12 đăng ký dự thi tốt nghiệp: 421 em.',
    ].join('\n\n'));
    expect(findings.map((f) => f.values.sort())).toEqual([['412', '421']]);
  });

  it('still flags one ungraded name restated with a second value', async () => {
    // "đảng viên hoàn thành tốt nhiệm vụ" twice: 312 and 321.
    const findings = await found([
      'I. CÔNG TÁC XÂY DỰNG ĐẢNG',
      'Năm 2024, Đảng bộ xã có 312 đảng viên hoàn thành tốt nhiệm vụ.',
      'II. ĐÁNH GIÁ CHUNG',
      'Qua kiểm điểm cuối năm, có 321 đảng viên hoàn thành tốt nhiệm vụ.',
    ].join('\n\n'));
    expect(findings).toHaveLength(1);
  });
});
