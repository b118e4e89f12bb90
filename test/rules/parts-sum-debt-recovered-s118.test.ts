import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const HEAD = ['ỦY BAN NHÂN DÂN', 'XÃ HÒA PHÚ', 'Số: 12/BC-UBND', 'Hòa Phú, ngày 10 tháng 4 năm 2025', 'BÁO CÁO', 'Kết quả thu phí quý I năm 2025', 'I. KẾT QUẢ'];
const flags = (line: string) => analyseSource(sourceFromText([...HEAD, line].join('\n')), { only: ['parts-sum-mismatch'] }).findings.length;

describe('parts-sum-mismatch: a debt "thu hồi được" leaves the balance (session 22, s118)', () => {
  it('reads opening + new debt − recovered against the closing debt', () => {
    // Hand-checked: 240 + 75 − 98 = 217.
    expect(flags('Tổng số nợ tiền nước tại thời điểm 01/01/2025 là 240 triệu đồng; trong quý phát sinh nợ mới 75 triệu đồng, đã thu hồi được 98 triệu đồng; nợ tiền nước đến ngày 31/3/2025 còn 227 triệu đồng.')).toBe(1);
    expect(flags('Tổng số nợ tiền nước tại thời điểm 01/01/2025 là 240 triệu đồng; trong quý phát sinh nợ mới 75 triệu đồng, đã thu hồi được 98 triệu đồng; nợ tiền nước đến ngày 31/3/2025 còn 217 triệu đồng.')).toBe(0);
  });
});
