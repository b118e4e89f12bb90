import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';
import { findingsOf } from '../rules/audit-helper.js';
import { analyseBytes } from '../../pipelines/analyse.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

async function figuresOf(text: string): Promise<Array<[number, string | null]>> {
  const outcome = await analyseBytes('t.txt', Buffer.from(text, 'utf8'), { only: ['percent-mismatch'] });
  return outcome.analysis!.figures.map((f) => [f.value, f.unit]);
}

describe('a span of time per period after its slash (session 41)', () => {
  it('reads hours a week and days a month as amounts, not as periods', () => {
    // Hand-checked: 4 hours each week and 3 days each month are rates of work, quantities a report states.
    expect(excluded('Giáo viên dạy bồi dưỡng 4 giờ/tuần; cán bộ thú y trực chốt kiểm dịch 3 ngày/tháng.')).toEqual([]);
  });

  it('gives such a rate its figure with the per-period unit', async () => {
    expect(await figuresOf('Vận động viên đội tuyển xã tập luyện 9 giờ/tuần tại nhà văn hóa.\n')).toEqual([[9, 'giờ/tuần']]);
  });

  it('leaves a span that fills its whole period, a dated period and day-month dates as not figures', () => {
    // 7 days of a week and 24 hours of a day say "always": a schedule, no amount.
    expect(excluded('Tổ phản ứng nhanh trực 24 giờ/ngày và 7 ngày/tuần.')).toEqual(['24 giờ', '7 ngày']);
    expect(excluded('Kết quả 6 tháng/năm 2025 đạt khá.')).toEqual(['6 tháng', 'năm 2025']);
    expect(excluded('Họp ngày 21/02 và ngày 14/3 tại hội trường.')).toEqual(['ngày 21/02', 'ngày 14/3']);
  });

  it('raises no finding on a rate of training beside a percentage', async () => {
    expect(await findingsOf('percent-mismatch', 'Học viên học 5 ngày/tuần, tham gia 40/50 người, đạt 80%.\n')).toEqual([]);
  });
});
