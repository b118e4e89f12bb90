import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import type { Finding } from '../../src/model/index.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const HEAD = ['ỦY BAN NHÂN DÂN', 'HUYỆN ĐÔNG HẢI', 'Số: 41/BC-UBND', 'Đông Hải, ngày 20 tháng 12 năm 2024', 'BÁO CÁO', 'Kết quả thu hút đầu tư năm 2024', 'I. KẾT QUẢ'];

function audit(body: string[]): Finding[] {
  return analyseSource(sourceFromText([...HEAD, ...body].join('\n')), { only: ['claim-mismatch'] }).findings;
}
const summary = (fs: Finding[]) => fs.map((f) => [f.messageId, f.data?.base ?? f.data?.target, f.data?.value]);

describe('claim-mismatch: a claim against the plan is not measured from an earlier period another comparison names', () => {
  it('leaves "vượt X% kế hoạch" unread when the only bracket after it is the earlier year of the next comparison', () => {
    // Hand-checked: 520/400 = 1,30, so "tăng 30,0% so với năm 2023 (400 tỷ đồng)" is right; the plan is not written, so the
    // "vượt 4,0% kế hoạch" cannot be checked (it is not a rise of 4% over 400).
    expect(audit(['Vốn đầu tư thực hiện trên địa bàn đạt 520 tỷ đồng, vượt 4,0% kế hoạch, tăng 30,0% so với năm 2023 (400 tỷ đồng).'])).toEqual([]);
  });

  it('still judges the comparison with the earlier year that names the bracket', () => {
    // Hand-checked: 400 → 520 is +30%, not +25%.
    expect(summary(audit(['Vốn đầu tư thực hiện trên địa bàn đạt 520 tỷ đồng, vượt 4,0% kế hoạch, tăng 25,0% so với năm 2023 (400 tỷ đồng).'])))
      .toEqual([['changeMismatch', 400_000_000_000, 520_000_000_000]]);
  });

  it('still judges a plan claim whose own bracket holds the plan', () => {
    // Hand-checked: 500 → 540 is +8%, not +4%.
    expect(summary(audit(['Vốn đầu tư thực hiện trên địa bàn đạt 540 tỷ đồng, vượt 4,0% kế hoạch (500 tỷ đồng).'])))
      .toEqual([['changeMismatch', 500_000_000_000, 540_000_000_000]]);
  });
});
