import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "<subject> <count> <noun>, tăng/giảm so với cùng kỳ" right above the table whose row, named by the subject in short, holds
// that count in its current column and the earlier value beside it; a change column ("So với cùng kỳ") is no period column
// (src/extract/claims-table-direction.ts countedDirection). Figures written for this test: 340 → 315 is a fall.
const RULE = 'claim-mismatch';
const directions = async (text: string) =>
  (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'directionMismatch').map((f) => [f.data.verb, f.data.base, f.data.value]);

const school = (claim: string, now = '315') => [
  '2. Giáo dục thường xuyên',
  `Năm học 2025 trung tâm tuyển mới 1 220 học viên. Trong đó: hệ chính quy 905 học viên, giảm 2,1% so với cùng kỳ; ${claim}`,
  'Bảng 3. Tuyển sinh năm 2025 so với cùng kỳ',
  'STT\tNội dung\tNăm 2024 (học viên)\tNăm 2025 (học viên)\tSo với cùng kỳ',
  '1\tHệ chính quy tập trung\t924\t905\t-2,1%',
  `2\tHệ vừa học vừa làm tại trung tâm\t340\t${now}\t${now === '315' ? '-7,4%' : '+8,8%'}`,
  '\tCộng\t1 264\t1 220\t-3,5%',
].join('\n');

describe('claim-mismatch: a way of change of a table row named in short with its count (s38)', () => {
  it('flags a rise the row shows to be a fall', async () => {
    expect(await directions(school('hệ vừa học vừa làm 315 học viên, tăng so với cùng kỳ do mở thêm lớp.'))).toEqual([['tăng', 340, 315]]);
  });

  it.each([
    ['a rise the row bears out', 'hệ vừa học vừa làm 370 học viên, tăng so với cùng kỳ do mở thêm lớp.', '370'],
    ['a count that is not the row\'s', 'hệ vừa học vừa làm 320 học viên, tăng so với cùng kỳ do mở thêm lớp.', '315'],
    ['a subject naming no row', 'hệ liên kết đào tạo 315 học viên, tăng so với cùng kỳ do mở thêm lớp.', '315'],
    ['a base written in the statement', 'hệ vừa học vừa làm 315 học viên, tăng so với cùng kỳ (290 học viên).', '315'],
  ])('%s: nothing is said', async (_topic, claim, now) => {
    expect(await directions(school(claim, now))).toEqual([]);
  });
});
