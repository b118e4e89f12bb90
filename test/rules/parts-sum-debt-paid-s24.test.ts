import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const HEAD = ['ỦY BAN NHÂN DÂN', 'XÃ AN NHƠN', 'Số: 31/BC-UBND', 'An Nhơn, ngày 08 tháng 10 năm 2025', 'BÁO CÁO', 'Tình hình nợ đọng quý III năm 2025', 'I. KẾT QUẢ'];
const flags = (line: string) => analyseSource(sourceFromText([...HEAD, line].join('\n')), { only: ['parts-sum-mismatch'] }).findings;

describe('parts-sum-mismatch: what is paid of a debt leaves its balance', () => {
  it('reads opening debt + new debt − paid against the closing debt', () => {
    // Hand-checked: 860 + 142 − 305 = 697, not 597.
    const found = flags('Nhóm hộ kinh doanh ăn uống: số nợ đầu quý 860 triệu đồng, phát sinh trong quý 142 triệu đồng, đã nộp 305 triệu đồng, số nợ cuối quý còn 597 triệu đồng.');
    expect(found.map((f) => [f.messageId, f.data.sum])).toEqual([['balanceMismatch', 697000000]]);
    expect(flags('Nhóm hộ kinh doanh ăn uống: số nợ đầu quý 860 triệu đồng, phát sinh trong quý 142 triệu đồng, đã nộp 305 triệu đồng, số nợ cuối quý còn 697 triệu đồng.')).toHaveLength(0);
    // Hand-checked: 3.120 + 415 − 1.006 = 2.529, not 2.592.
    expect(flags('Tổng nợ thuế đến ngày 30/6/2025 là 3.120 triệu đồng. Trong quý III phát sinh nợ mới 415 triệu đồng, đã thu hồi 1.006 triệu đồng; số nợ đến ngày 30/9/2025 còn 2.592 triệu đồng.')).toHaveLength(1);
  });

  it('leaves money paid into a fund unread as an outflow', () => {
    // A fund's "đã nộp" comes in: 120 + 45 + 30 − 60 = 135; read as a debt it would be 75 and flag.
    expect(flags('Quỹ phòng, chống thiên tai: số dư đầu quý 120 triệu đồng, phát sinh thu 45 triệu đồng, các hộ đã nộp 30 triệu đồng, đã chi 60 triệu đồng, số dư cuối quý còn 135 triệu đồng.')).toHaveLength(0);
  });
});
