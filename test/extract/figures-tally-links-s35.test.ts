import { describe, expect, it } from 'vitest';
import { readPassage } from '../../src/extract/read-figures.js';

// Session 35: "N lượt/M người/K vụ việc" tallies one event's measures; each link is its own count, never a fraction.
// Sentences written for this test.
const read = (text: string) => readPassage(text, {}).figures.map((f) => [f.kind, f.value, f.unit]);

describe('a tally of counts joined by "/" ("tiếp 58 lượt/63 người/41 vụ việc")', () => {
  it('reads every link of a tally of three as its own count with its own noun', () => {
    expect(read('Trụ sở tiếp công dân xã đã tiếp 58 lượt/63 người/41 vụ việc trong quý.')).toEqual([
      ['count', 58, 'lượt'], ['count', 63, 'người'], ['count', 41, 'vụ việc'],
    ]);
    expect(read('Đoàn kiểm tra làm việc 7 buổi/26 cơ sở/3 chợ đầu mối.')).toEqual([
      ['count', 7, 'buổi'], ['count', 26, 'cơ sở'], ['count', 3, 'chợ'],
    ]);
  });

  it('keeps a single "/" between two counts a fraction', () => {
    const [f] = readPassage('Có 18 máy tính/20 cán bộ được kết nối mạng.', {}).figures;
    expect([f.kind, f.numerator, f.denominator]).toEqual(['fraction', 18, 20]);
    const [g] = readPassage('Đã giải quyết 37/41 vụ việc, đạt 90,2%.', {}).figures;
    expect([g.kind, g.numerator, g.denominator]).toEqual(['fraction', 37, 41]);
  });
});
