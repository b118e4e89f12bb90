import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Readings of own sentences (other topics than any fixture), each value checked by hand.
const pairs = async (rule: string, text: string) => (await findingsOf(rule, text)).map((f) => [f.messageId, f.data.part ?? f.data.stated, f.data.whole ?? f.data.den]);

describe('a footnote mark is no whole', () => {
  it('reads no part of the mark "[2]" closing the paragraph before', async () => {
    // Before: "[2]" was read as a count 2, the whole of "07 thành viên" in the next paragraph (7 > 2).
    const text = 'Năm 2024, Sở ban hành 02 văn bản hướng dẫn, gồm 01 kế hoạch và 01 công văn[2].\nTổ kiểm tra liên ngành gồm 07 thành viên, trong đó 02 thành viên của Sở.\n';
    expect(await findingsOf('part-exceeds-whole', text)).toEqual([]);
  });
});

describe('two "gồm" side by side, each of its own subject', () => {
  it('does not read the second amount as a part of the first', async () => {
    expect(await findingsOf('part-exceeds-whole', 'Hội đồng thi đua khen thưởng gồm 09 thành viên và Tổ thư ký giúp việc gồm 12 thành viên.\n')).toEqual([]);
  });
  it('still flags a part larger than its whole after "trong đó"', async () => {
    expect(await pairs('part-exceeds-whole', 'Tổ công tác gồm 09 thành viên, trong đó 12 thành viên là công chức.\n')).toEqual([['partExceedsWhole', 12, 9]]);
  });
});

describe('a part named by a sex word and counted in "người" counts the whole\'s members', () => {
  it('flags more women than the people noun\'s whole', async () => {
    // 70 > 64 đoàn viên; 41 > 38 học viên.
    expect(await pairs('part-exceeds-whole', 'Chi đoàn có 64 đoàn viên, trong đó nữ 70 người.\n')).toEqual([['partExceedsWhole', 70, 64]]);
    expect(await pairs('part-exceeds-whole', 'Lớp bồi dưỡng nghiệp vụ thú y có 38 học viên, trong đó nữ 41 người.\n')).toEqual([['partExceedsWhole', 41, 38]]);
  });
  it('checks the share of that part against the whole', async () => {
    // 30/64 = 46,9%, not 60%.
    const found = await findingsOf('percent-mismatch', 'Chi đoàn có 64 đoàn viên, trong đó nữ 30 người, chiếm 60%.\n');
    expect(found.map((f) => [f.data.num, f.data.den, f.data.actual])).toEqual([[30, 64, 46.9]]);
    expect(await findingsOf('percent-mismatch', 'Chi đoàn có 64 đoàn viên, trong đó nữ 30 người, chiếm 46,9%.\n')).toEqual([]);
  });
  it('leaves "người" named another way, and a whole of no people', async () => {
    expect(await findingsOf('part-exceeds-whole', 'Hội nghị có 60 đại biểu, trong đó 75 người là khách mời của các tỉnh.\n')).toEqual([]);
    expect(await findingsOf('part-exceeds-whole', 'Thôn có 45 hộ chăn nuôi, trong đó nữ 60 người tham gia tổ hợp tác.\n')).toEqual([]);
  });
});

describe('committee members counted as "đồng chí"', () => {
  it('compares the share of "đồng chí" with the members of the committee', async () => {
    // 2/7 = 28,6%, not 40%.
    const found = await findingsOf('percent-mismatch', 'Ban Thường vụ Hội Cựu chiến binh có 7 ủy viên, trong đó nữ 2 đồng chí, chiếm 40%.\n');
    expect(found.map((f) => [f.data.num, f.data.den, f.data.actual])).toEqual([[2, 7, 28.6]]);
    expect(await findingsOf('percent-mismatch', 'Ban Thường vụ Hội Cựu chiến binh có 7 ủy viên, trong đó nữ 2 đồng chí, chiếm 28,6%.\n')).toEqual([]);
  });
});

describe('a hedged threshold in the words before a list is one description', () => {
  it('counts the names after "gồm:" when the description holds eight words and "dưới 3%"', async () => {
    const found = await findingsOf('list-count-mismatch', 'Có 04 xã có tỷ lệ hộ nghèo đa chiều dưới 3%, gồm: Tả Van, Bản Hồ và Lao Chải.\n');
    expect(found).toHaveLength(1);
    expect(await findingsOf('list-count-mismatch', 'Có 03 xã có tỷ lệ hộ nghèo đa chiều dưới 3%, gồm: Tả Van, Bản Hồ và Lao Chải.\n')).toEqual([]);
  });
});
