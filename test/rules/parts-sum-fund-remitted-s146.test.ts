import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// A fund's money handed on up ("đã nộp về Quỹ …", "nộp lên …") is a flow out of its balance, however its destination is
// named (a comma inside the name: "Quỹ phòng, chống tham nhũng"); src/extract/claims-balance.ts (REMITTED, stepLead).
// Written for this test (a ward's fund collected for the city); every sum checked by hand.
const HEAD = ['ỦY BAN NHÂN DÂN', 'PHƯỜNG BẮC SƠN', 'Số: 52/BC-UBND', 'Bắc Sơn, ngày 10 tháng 7 năm 2026', 'BÁO CÁO', 'Thu, nộp Quỹ đền ơn đáp nghĩa 6 tháng đầu năm 2026', 'I. KẾT QUẢ'];
const sums = (line: string) =>
  analyseSource(sourceFromText([...HEAD, line].join('\n')), { only: ['parts-sum-mismatch'] }).findings.map((f) => [f.messageId, f.data.sum]);

describe('parts-sum-mismatch: money remitted up is a flow out of a fund (s146)', () => {
  it('"đã nộp về <a name with a comma>" between "thu trong kỳ" and the closing balance', () => {
    // 62 400 + 85 300 − 120 000 = 27 700 (thousand đồng), not 27 070.
    expect(sums('Tài khoản tạm thu của phường: số dư đầu kỳ 62 400 nghìn đồng; thu trong kỳ 85 300 nghìn đồng; đã nộp về Quỹ đền ơn, đáp nghĩa thành phố 120 000 nghìn đồng; số dư cuối kỳ 27 070 nghìn đồng.'))
      .toEqual([['balanceMismatch', 27700000]]);
    expect(sums('Tài khoản tạm thu của phường: số dư đầu kỳ 62 400 nghìn đồng; thu trong kỳ 85 300 nghìn đồng; đã nộp về Quỹ đền ơn, đáp nghĩa thành phố 120 000 nghìn đồng; số dư cuối kỳ 27 700 nghìn đồng.'))
      .toEqual([]);
  });

  it('"nộp lên" after a comma-separated step reads the same', () => {
    // 40 + 25 − 30 = 35 (million đồng), not 45.
    expect(sums('Quỹ của phường: số dư đầu năm 40 triệu đồng, thu 25 triệu đồng, nộp lên cấp trên 30 triệu đồng, số dư cuối năm 45 triệu đồng.'))
      .toEqual([['balanceMismatch', 35000000]]);
  });

  it('money paid in by others ("các tổ dân phố nộp về phường") is no flow out: the balance stays unread', () => {
    expect(sums('Quỹ của phường: số dư đầu năm 40 triệu đồng, các tổ dân phố nộp về phường 25 triệu đồng, số dư cuối năm 60 triệu đồng.')).toEqual([]);
  });
});
