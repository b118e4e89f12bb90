import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// A fund's balance told with bare verbs of money ("thu trong kỳ …, chi …"), src/extract/claims-balance.ts (FUND_IN/FUND_OUT).
const HEAD = ['ỦY BAN NHÂN DÂN', 'XÃ TÂN HÒA', 'Số: 27/BC-UBND', 'Tân Hòa, ngày 05 tháng 7 năm 2025', 'BÁO CÁO', 'Hoạt động Quỹ vì người nghèo 6 tháng đầu năm 2025', 'I. KẾT QUẢ'];
const flags = (line: string) => analyseSource(sourceFromText([...HEAD, line].join('\n')), { only: ['parts-sum-mismatch'] }).findings;

describe('parts-sum-mismatch: a fund balance with bare "thu" / "chi" flows', () => {
  it('reads opening + taken in − paid out against the closing balance', () => {
    // Hand-checked: 845 + 312 − 276 = 881, not 818.
    const found = flags('Quỹ vì người nghèo: số dư đầu kỳ 845 triệu đồng, thu trong kỳ 312 triệu đồng, chi 276 triệu đồng, số dư cuối kỳ 818 triệu đồng.');
    expect(found.map((f) => [f.messageId, f.data.sum])).toEqual([['balanceMismatch', 881000000]]);
    expect(flags('Quỹ vì người nghèo: số dư đầu kỳ 845 triệu đồng, thu trong kỳ 312 triệu đồng, chi 276 triệu đồng, số dư cuối kỳ 881 triệu đồng.')).toHaveLength(0);
    // "đã chi trong năm" and "thu" right before the figure alike. Hand-checked: 90 + 40 − 55 = 75, not 85.
    expect(flags('Quỹ khuyến học: số dư đầu năm 90 triệu đồng, thu 40 triệu đồng, đã chi trong năm 55 triệu đồng, số dư cuối năm 85 triệu đồng.')).toHaveLength(1);
  });

  it('leaves a verb with more words than a period unread (the balance stays unread, never guessed)', () => {
    // "chi hội" is a branch, not a payment: with its money unread as a flow, no balance is claimed.
    expect(flags('Quỹ vì người nghèo: số dư đầu kỳ 845 triệu đồng, thu trong kỳ 312 triệu đồng, chi hội phụ nữ ủng hộ 276 triệu đồng, số dư cuối kỳ 818 triệu đồng.')).toHaveLength(0);
  });
});
