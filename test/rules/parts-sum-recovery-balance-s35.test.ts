import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 35: a sum owed to be recovered, carried in, added to and collected, with its words line under a bullet.
// Sentences written for this test; hand-checked: 96,4 + 130,0 − 118,5 = 107,9.
const HEAD = 'UBND HUYỆN AN LÃO\nTHANH TRA HUYỆN\nBÁO CÁO\nKết quả công tác thanh tra 6 tháng đầu năm 2024\nI. KẾT QUẢ\n';
const sums = async (text: string) => (await findingsOf('parts-sum-mismatch', HEAD + text)).map((f) => f.message);
const bullets = (closing: string) => [
  '- Số tiền sai phạm kiến nghị thu hồi chưa thu của kỳ trước chuyển sang: 96,4 triệu đồng.',
  '- Số tiền kiến nghị thu hồi phát sinh trong kỳ: 130,0 triệu đồng.',
  '- Số tiền đã thu hồi nộp ngân sách trong kỳ: 118,5 triệu đồng.',
  'Bằng chữ: Một trăm mười tám triệu năm trăm nghìn đồng.',
  `- Số tiền còn phải thu hồi chuyển kỳ sau: ${closing} triệu đồng.`,
].join('\n');

describe('parts-sum-mismatch: a sum owed to be recovered and its collections', () => {
  it('reports a carried-forward sum the flows do not reach', async () => {
    const found = await sums(bullets('117,9'));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('107.900.000');
  });

  it('says nothing when the carried-forward sum holds', async () => {
    expect(await sums(bullets('107,9'))).toEqual([]);
  });
});

describe('parts-sum-mismatch: a "gồm" split of a fraction of whole things', () => {
  const text = (last: string) => `Trong năm đã hòa giải thành 14/17 vụ việc, đạt 82,4%, gồm: tranh chấp đất đai 06 vụ việc, mâu thuẫn gia đình ${last} vụ việc, tranh chấp khác 03 vụ việc; 03 vụ việc không thành.`;
  it('reports parts that add up to neither the numerator nor the denominator', async () => {
    const found = await sums(text('04'));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('13');
  });

  it('says nothing when the parts add up to either', async () => {
    expect(await sums(text('05'))).toEqual([]);
    expect(await sums(text('08'))).toEqual([]);
  });
});
