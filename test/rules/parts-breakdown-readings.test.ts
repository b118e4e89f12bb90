import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

describe('breakdowns closed by the rest, and people counted by who they are', () => {
  it('reads a "trong đó" breakdown whose last part is the rest ("khác") as covering the whole', async () => {
    // Hand-checked: 70 + 45 + 30 = 145 calls, not the 150 stated.
    const text = 'Tổng đài tiếp nhận 150 cuộc gọi, trong đó: hỏi thủ tục 70 cuộc; phản ánh chất lượng 45 cuộc; nội dung khác 30 cuộc.\n';
    const [f, ...rest] = await findingsOf('parts-sum-mismatch', text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ sum: 145, whole: 150 });
    expect(await findingsOf('parts-sum-mismatch', text.replace('30 cuộc', '35 cuộc'))).toEqual([]);
    // Without a part of the rest, "trong đó" names some of the calls only.
    expect(await findingsOf('parts-sum-mismatch', text.replace('nội dung khác', 'góp ý dịch vụ'))).toEqual([]);
  });

  it('reads visitors as people in a breakdown of people rescued', async () => {
    // Hand-checked: 25 + 12 = 37 people, not 40.
    const [f, ...rest] = await findingsOf('parts-sum-mismatch', 'Đội xuồng đã đưa đón an toàn 40 người, gồm 25 du khách và 12 người dân.\n');
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ sum: 37, whole: 40 });
  });

  it('flags students among athletes outnumbering the athletes', async () => {
    // Hand-checked: 72 students cannot be among 60 athletes.
    const [f, ...rest] = await findingsOf('part-exceeds-whole', 'Câu lạc bộ bơi lội có 60 vận động viên, trong đó 72 sinh viên.\n');
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ part: 72, whole: 60 });
    expect(await findingsOf('part-exceeds-whole', 'Câu lạc bộ bơi lội có 60 vận động viên, trong đó 27 sinh viên.\n')).toEqual([]);
  });
});
