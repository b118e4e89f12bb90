import { describe, expect, it } from 'vitest';
import { beforeBracket } from '../../src/extract/restated-bracket.js';
import { findingsOf } from '../rules/audit-helper.js';

// Session 43: speed-ups that must not change a reading. Sentences written for this test.

// The pattern beforeBracket replaces: letters and spaces (2 to 80, lazily) right before "(" and the spaces around it.
const BEFORE = /([\p{L} ]{2,80}?)\s*\(\s*$/u;
const byPattern = (s: string) => BEFORE.exec(s)?.[1] ?? null;

describe('the words right before a bracket, read in one walk back', () => {
  const cases = [
    'cấp thẻ bảo hiểm y tế cho trẻ em dưới sáu tuổi (',
    'hỗ trợ 45% hộ chăn nuôi thuộc diện chính sách (  ',
    'tổng số 1.250 lượt khách,  đoàn tham quan \u00A0(',
    `${'rất nhiều chữ '.repeat(9)}ở cuối (`,
    'số 12 x  (',
    'số 12 x (',
    '12,5   (',
    'đã tiếp nhận)',
    'không có ngoặc',
    'a\t(',
    '',
  ];
  it('gives what the lazy pattern gives, at every kind of end', () => {
    for (const s of cases) expect(beforeBracket(s), JSON.stringify(s)).toBe(byPattern(s));
  });
  it('takes the whole run of letters, cut at 80 characters, and nothing across a digit', () => {
    expect(beforeBracket('hộ nghèo toàn xã (')).toBe('hộ nghèo toàn xã');
    expect(beforeBracket('có 37 hộ nghèo (')).toBe(' hộ nghèo');
    expect(beforeBracket(`${'b'.repeat(100)} (`)).toBe('b'.repeat(80));
    expect(beforeBracket('9 x  (')).toBe(' x');
    expect(beforeBracket('9x  (')).toBe('x ');
  });
});

const seen = async (text: string) => (await findingsOf('claim-mismatch', `I. KẾT QUẢ\n${text}\n`))
  .filter((f) => f.messageId === 'directionMismatch')
  .map((f) => [f.data.verb, f.data.base, f.data.value]);

describe('a reader tried only in blocks holding its cue word', () => {
  it('still reads the cue in capitals', async () => {
    expect(await seen('Số lượt khách du lịch giảm SO VỚI năm 2023 (năm 2023 có 1.250 lượt; năm 2024 có 1.410 lượt).')).toEqual([['giảm', 1250, 1410]]);
  });
  it('stays silent on the right way', async () => {
    expect(await seen('Số lượt khách du lịch tăng So với năm 2023 (năm 2023 có 1.250 lượt; năm 2024 có 1.410 lượt).')).toEqual([]);
  });
});
