import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// "thực hiện" after an aspect word ("được thực hiện", "đã thực hiện") is the verb "carry out", no "Thực hiện <document>"
// citing a basis: it no longer exempts a paragraph whose opening day is a year before the period its section names.
// Written for this test; each year checked by hand.
const HEAD = [
  'Số: 96/BC-PVH', 'Hòa Lạc, ngày 15 tháng 12 năm 2025', 'BÁO CÁO', 'Kết quả công tác văn hóa, thông tin năm 2025',
  'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025', '1. Công tác thông tin, tuyên truyền',
];
const found = (line: string) =>
  analyseSource(sourceFromText([...HEAD, line].join('\n')), { only: ['date-out-of-period'] }).findings.filter((f) => f.severity !== 'info').map((f) => [f.messageId, f.data.found]);

describe('date-out-of-period: a basis word used as a verb cites no basis (s25)', () => {
  it('flags the opening day of a year before when a later sentence says "được thực hiện"', () => {
    expect(found('Ngày 20/4/2024, Phòng tổ chức hội thi tuyên truyền viên cho 45 thí sinh. Việc số hóa tài liệu được thực hiện tại 6/6 thôn.'))
      .toEqual([['dateBeforePeriod', '20/4/2024']]);
  });
  it('stays silent when the paragraph cites its basis, or the day falls in the period', () => {
    expect(found('Ngày 20/4/2024, Phòng tổ chức hội thi tuyên truyền viên cho 45 thí sinh. Thực hiện Kế hoạch số 12/KH-UBND, Phòng số hóa tài liệu tại 6/6 thôn.')).toEqual([]);
    expect(found('Ngày 20/4/2025, Phòng tổ chức hội thi tuyên truyền viên cho 45 thí sinh. Việc số hóa tài liệu được thực hiện tại 6/6 thôn.')).toEqual([]);
  });
});
