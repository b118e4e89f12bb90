import { describe, expect, it } from 'vitest';
import { futureWords } from '../../src/extract/date-context.js';

describe('futureWords: "hạn" as a deadline, not inside other words', () => {
  it('reads a deadline', () => {
    expect(futureWords('nộp hồ sơ đúng hạn trước ngày 20/10')).toBe(true);
    expect(futureWords('thời gian gia hạn là 15 ngày')).toBe(true);
  });
  it('reads no deadline in a service life, a limitation or a drought', () => {
    expect(futureWords('Ngày 12/9/2024, Trung tâm đã thanh lý 03 máy phát điện hết niên hạn sử dụng.')).toBe(false);
    expect(futureWords('còn một số hạn chế trong công tác phối hợp')).toBe(false);
    expect(futureWords('đợt hạn hán kéo dài đã làm 40 ha lúa bị ảnh hưởng')).toBe(false);
  });
});
