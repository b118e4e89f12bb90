import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

describe('a span after the verb of a course and who took it', () => {
  it('reads how long the course lasted as a figure', () => {
    // Hand-checked: 12 days is how long the reservists trained, 04 days the health workers; both are amounts, no period.
    expect(excluded('Huấn luyện quân nhân dự bị hạng một 12 ngày tại thao trường.')).toEqual([]);
    expect(excluded('Tập huấn cho nhân viên y tế cơ sở 04 ngày, từ ngày 09/5 đến ngày 12/5.')).toEqual(['ngày 09/5', 'ngày 12/5']);
  });

  it('leaves a topic after the verb, a period after the span and a year before it as they were', () => {
    // "nghiệp vụ thú y" is what was taught, no trainee; "6 tháng đầu năm" is the period told of.
    expect(excluded('Tập huấn nghiệp vụ thú y 05 ngày tại huyện.')).toEqual(['05 ngày']);
    expect(excluded('Kết quả huấn luyện dân quân 6 tháng đầu năm đạt khá.')).toEqual(['6 tháng']);
  });
});
