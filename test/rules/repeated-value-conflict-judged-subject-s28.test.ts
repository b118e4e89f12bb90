import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// "+ Số hộ kinh doanh ăn uống tự phát trên địa bàn còn nhiều (57 hộ)": a count alone in its bracket after a judged
// "Số X" subject restates X whole, so it is the count of X stated elsewhere. Written for this test; values compared by hand.
const HEAD = ['Số: 12/BC-UBND', 'Xã An Phú, ngày 20 tháng 6 năm 2026', 'BÁO CÁO', 'Kết quả công tác vệ sinh môi trường 6 tháng đầu năm 2026', 'I. KẾT QUẢ', '1. Nước sạch và vệ sinh'];
const found = (lines: string[]) =>
  analyseSource(sourceFromText([...HEAD, ...lines].join('\n')), { only: ['repeated-value-conflict'] }).findings.filter((f) => f.severity !== 'info').map((f) => f.messageId);

describe('repeated-value-conflict: a judged "Số X" subject restated by its bracketed count (s28)', () => {
  it('flags the bracket against the count of X stated elsewhere', () => {
    expect(found(['Hiện xã quản lý 75 hộ kinh doanh ăn uống tự phát.', 'II. HẠN CHẾ',
      '+ Số hộ kinh doanh ăn uống tự phát trên địa bàn còn nhiều (57 hộ), việc vận động gặp khó khăn.'])).toEqual(['repeatedValueConflict']);
  });
  it('stays silent when the values agree, or when no "Số" opens the subject', () => {
    expect(found(['Hiện xã quản lý 75 hộ kinh doanh ăn uống tự phát.', 'II. HẠN CHẾ',
      '+ Số hộ kinh doanh ăn uống tự phát trên địa bàn còn nhiều (75 hộ), việc vận động gặp khó khăn.'])).toEqual([]);
    expect(found(['Hiện xã quản lý 75 hộ kinh doanh ăn uống tự phát.', 'II. HẠN CHẾ',
      '+ Vận động hộ kinh doanh ăn uống tự phát trên địa bàn còn nhiều (57 hộ), việc vận động gặp khó khăn.'])).toEqual([]);
  });
});
