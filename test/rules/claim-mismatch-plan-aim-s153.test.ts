import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import type { Finding } from '../../src/model/index.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const HEAD = ['ỦY BAN NHÂN DÂN', 'HUYỆN NAM SƠN', 'Số: 77/BC-UBND', 'Nam Sơn, ngày 12 tháng 7 năm 2025', 'BÁO CÁO', 'Kết quả giảm nghèo 6 tháng đầu năm 2025'];

function audit(body: string[]): Finding[] {
  return analyseSource(sourceFromText([...HEAD, ...body].join('\n')), { only: ['claim-mismatch'] }).findings;
}

describe('claim-mismatch: "hoàn thành chỉ tiêu" under a title of plans', () => {
  it('reads the claim as an aim in a plan section, and as a result under a title of results', () => {
    // Hand-checked: 150 more households for the second half is the rest of the year's target of 310; no contradiction.
    const plan = ['I. KẾT QUẢ', 'Sáu tháng đầu năm giảm 160 hộ nghèo.', 'II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM', '- Giảm thêm 150 hộ nghèo, bảo đảm hoàn thành chỉ tiêu giảm 310 hộ nghèo năm 2025.'];
    expect(audit(plan)).toEqual([]);
    // The same sentence told as done, under the results title: 150 < 310, a contradiction (error).
    const done = ['I. KẾT QUẢ', '- Giảm thêm 150 hộ nghèo, bảo đảm hoàn thành chỉ tiêu giảm 310 hộ nghèo năm 2025.'];
    expect(audit(done).map((f) => [f.messageId, f.data?.value, f.data?.target])).toEqual([['targetMismatch', 150, 310]]);
  });

  it('still judges a deed told as done ("đã") under a plan title', () => {
    // Hand-checked: the sentence recalls what was done (đã giảm 150), claimed to complete the 310 target: 150 < 310.
    const recalled = ['I. NHIỆM VỤ NĂM 2026', '- Năm 2025 đã giảm 150 hộ nghèo, hoàn thành chỉ tiêu giảm 310 hộ nghèo.'];
    expect(audit(recalled).map((f) => [f.messageId, f.data?.value, f.data?.target])).toEqual([['targetMismatch', 150, 310]]);
  });
});
