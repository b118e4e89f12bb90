import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';
import { readPassage } from '../../src/extract/read-figures.js';
import { analyseSource } from '../../pipelines/analyse.js';
import type { Finding } from '../../src/model/index.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// Session 54 (h223, h220): a frequency stated as its subject's value ("Tần số … là 87,9 MHz"), a span that is the size of a
// change ("tăng 18 giờ") and how long has passed inside a clause ("đã qua 21 ngày") are figures. Sentences written for this
// test, in other topics and wordings than the fixtures' (health, education, budget).
const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));
const values = (text: string) => readPassage(text, { atBlockStart: false }).figures.map((f) => f.value);

describe('a frequency', () => {
  it('is read when stated as the value of its subject', () => {
    expect(values('Tần số phát thanh của Đài huyện là 102,7 MHz, phủ sóng 18 xã.')).toEqual([102.7, 18]);
  });

  it('stays no figure where it names the channel broadcast on', () => {
    const text = 'Đài huyện tiếp sóng trên tần số FM 100,5 MHz.';
    expect(excluded(text)).toEqual(['100,5 MHz']);
    expect(values(text)).toEqual([]);
  });
});

describe('a span of time as the size of a change, or the time passed', () => {
  it('reads the span right after "tăng" or "giảm", a bracketed rate after it', () => {
    expect(values('Thời lượng dạy Tin học tăng 12 giờ so với năm học trước.')).toEqual([12]);
    expect(values('Thời gian nằm viện bình quân 5 ngày, giảm 2 ngày so với năm 2024.')).toEqual([5, 2]);
    expect(values('Tổng thời gian phát sóng tăng 18 giờ (tăng 6,5%) so với cùng kỳ.')).toEqual([18, 6.5]);
  });

  it('reads the days passed after "qua" inside a clause', () => {
    expect(values('Xã đã qua 14 ngày không ghi nhận ca sốt xuất huyết mới.')).toEqual([14]);
  });

  it('leaves a period opening the clause or with its tail, and "trải qua", unread', () => {
    expect(excluded('Qua 6 tháng triển khai, xã cấp 120 thẻ bảo hiểm y tế.')).toEqual(['6 tháng']);
    expect(excluded('Doanh thu tăng 3 năm liền, đạt 12 tỷ đồng.')).toEqual(['3 năm']);
    expect(excluded('Trải qua 3 tháng thi công, công trình hoàn thành 80% khối lượng.')).toEqual(['3 tháng']);
  });
});

const HEAD = ['ỦY BAN NHÂN DÂN', 'XÃ AN PHÚ', 'Số: 21/BC-UBND', 'An Phú, ngày 12 tháng 12 năm 2024', 'BÁO CÁO', 'Kết quả công tác giáo dục năm 2024', 'I. KẾT QUẢ'];
function audit(line: string): Finding[] {
  return analyseSource(sourceFromText([...HEAD, line].join('\n')), { only: ['claim-mismatch'] }).findings;
}
const summary = (fs: Finding[]) => fs.map((f) => [f.messageId, f.data.verb, f.data.stated, f.data.base, f.data.value, f.data.actual, f.evidence.map((e) => e.quote)]);

describe('claim-mismatch: a change of hours now read', () => {
  it('flags a rise of hours its two levels deny', () => {
    // Hand-checked: 138 → 150 giờ is up 12, not 20.
    const fs = audit('Tổng số giờ dạy Tin học của nhà trường là 150 giờ, tăng 20 giờ so với năm học trước (138 giờ).');
    expect(summary(fs)).toEqual([['changeMismatch', 'tăng', 20, 138, 150, 12, ['20', '150', '138']]]);
  });

  it('says nothing when the rise agrees', () => {
    expect(audit('Tổng số giờ dạy Tin học của nhà trường là 150 giờ, tăng 12 giờ so với năm học trước (138 giờ).')).toEqual([]);
  });
});
