import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

// Session 35: "luật" ending another noun ("kỷ luật", "pháp luật") numbers no law. Sentences written for this test.
const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

describe('"kỷ luật 03 …", "pháp luật 12 …": the count after a compound ending in "luật"', () => {
  it('reads the number after "kỷ luật" or "pháp luật" as a count', () => {
    expect(excluded('Đã đề nghị thi hành kỷ luật 03 viên chức vi phạm quy chế.')).toEqual([]);
    expect(excluded('Tổ chức tuyên truyền pháp luật 12 buổi tại các thôn.')).toEqual([]);
  });

  it('still leaves a law\'s own number alone', () => {
    expect(excluded('Thực hiện Luật 45 về hòa giải ở cơ sở.')).toEqual(['Luật 45']);
  });
});
