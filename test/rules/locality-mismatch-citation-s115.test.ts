import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const HEAD = ['ỦY BAN NHÂN DÂN', 'HUYỆN AN LẠC', 'Số: 45/BC-UBND', 'An Lạc, ngày 10 tháng 11 năm 2024', 'BÁO CÁO', 'Kết quả kiểm tra an toàn thực phẩm năm 2024', 'I. KẾT QUẢ'];
const found = (line: string) => analyseSource(sourceFromText([...HEAD, line].join('\n')), { only: ['locality-mismatch'] }).findings.map((f) => f.data?.found);

describe('locality-mismatch: a unit after a cited document (session 22, s115)', () => {
  it('reads a body of another district opening the clause after the citation\'s comma as the subject of the report\'s facts', () => {
    // Hand-checked: the comma closes "Thực hiện Kế hoạch số …"; the team of huyện Bình Sơn then did the issuer's inspections.
    expect(found('Thực hiện Kế hoạch số 21/KH-UBND ngày 04/3/2024, Tổ công tác liên ngành huyện Bình Sơn đã kiểm tra 86 cơ sở.')).toEqual(['huyện Bình Sơn']);
  });

  it('still reads a unit named in the citation\'s own phrase, with or without "của", as the document\'s issuer', () => {
    expect(found('Thực hiện Kế hoạch số 21/KH-UBND ngày 04/3/2024 của UBND huyện Bình Sơn, đoàn đã kiểm tra 86 cơ sở.')).toEqual([]);
    expect(found('Thực hiện Kế hoạch số 21/KH-UBND huyện Bình Sơn, đoàn đã kiểm tra 86 cơ sở.')).toEqual([]);
  });
});
