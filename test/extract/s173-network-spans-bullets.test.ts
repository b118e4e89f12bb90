import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';
import { findingsOf } from '../rules/audit-helper.js';
import { expectFindings, expectNone } from '../rules/tester.js';

// Session 33 (holdout173, irrigation reports). Sentences written for this test: other topics, nouns and numbers.
const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

describe('spans of days that are measured, not the period (s173)', () => {
  it('keeps a span after a comparative of time and what it is compared with', () => {
    // "muộn hơn năm trước khoảng 15 ngày": the delay, a measured amount.
    expect(excluded('Lũ đầu mùa về muộn hơn năm trước khoảng 15 ngày so với dự báo')).toEqual([]);
  });

  it('keeps a span after "trong" with a hedge, and after "liên tục"', () => {
    expect(excluded('Các hộ ở cuối tuyến bị mất điện trong khoảng 7 ngày, đã được cấp máy phát')).toEqual([]);
    expect(excluded('Đội xung kích trực liên tục 3 ngày đêm tại đê bao')).toEqual([]);
  });

  it('still excludes a span that is the period told of', () => {
    expect(excluded('Trong 6 tháng đầu năm, xã đã sửa chữa 12 cống')).toEqual(['6 tháng']);
    expect(excluded('Sản lượng cao hơn cùng kỳ trong 9 tháng qua')).toEqual(['9 tháng']);
  });
});

describe('repeated-value-conflict: an action on some of what a network holds (s173)', () => {
  const conflicts = async (second: string) => (await findingsOf('repeated-value-conflict', ['BÁO CÁO', 'Kết quả năm 2025', '', 'I. CHUNG',
    'Mạng lưới giao thông nông thôn của xã gồm 14 cầu, 6 bến đò và 86,2 km đường trục thôn.', '', 'II. KẾT QUẢ', second].join('\n')))
    .map((f) => [f.data.value, f.data.other].sort());

  it('never holds the length repaired against the length the network holds', async () => {
    // Hand-checked: 86,2 km is the whole network's road; 21,5 km of it were resurfaced in the year.
    expect(await conflicts('Trong năm đã trải nhựa 21,5 km đường trục thôn bằng vốn lồng ghép.')).toEqual([]);
  });

  it('still holds two statements of the same undone length against each other', async () => {
    // Without the network's breakdown the two bare lengths are one quantity stated twice: 86,2 against 68,2.
    const f = await findingsOf('repeated-value-conflict', ['BÁO CÁO', 'Kết quả năm 2025', '', 'I. CHUNG', 'Toàn xã có 86,2 km đường trục thôn.', '',
      'II. KẾT QUẢ', 'Hiện có 68,2 km đường trục thôn.'].join('\n'));
    expect(f.map((x) => [x.data.value, x.data.other].sort())).toEqual([['68,2', '86,2']]);
  });
});

describe('list-count-mismatch: bullets telling one thing and its measures after a comma (s173)', () => {
  const RULE = 'list-count-mismatch';
  const report = (intro: string, bullets: string[]) => ['BÁO CÁO', '', 'I. KẾT QUẢ', intro, ...bullets.map((b) => `+ ${b};`), 'Các điểm trên được nhân dân đồng tình.'].join('\n');
  const SITES = [
    'Điểm nuôi cá lồng tại thôn Bến Cát, quy mô 12 lồng',
    'Điểm nuôi ếch thương phẩm tại thôn Đồng Xá, diện tích 800 m2',
    'Điểm trồng nấm rơm tại thôn Gò Găng, quy mô 1,5 tấn rơm',
  ];

  it('counts such a bullet as one thing', async () => {
    // Hand-checked: 04 announced, 3 bullets, each one place and its size.
    await expectFindings(RULE, report('Năm 2025 xã đã xây dựng 04 điểm trình diễn, gồm:', SITES), [{ messageId: 'listCountMismatch', data: { count: 4, listed: 3 } }]);
    await expectNone(RULE, report('Năm 2025 xã đã xây dựng 03 điểm trình diễn, gồm:', SITES));
  });

  it('still leaves a bullet alone whose comma clause may name a second thing', async () => {
    const two = [SITES[0], 'Điểm nuôi ếch tại thôn Đồng Xá, Điểm nuôi lươn 800 m2', SITES[2]];
    await expectNone(RULE, report('Năm 2025 xã đã xây dựng 04 điểm trình diễn, gồm:', two));
    const joined = [SITES[0], 'Điểm nuôi ếch và nuôi lươn tại thôn Đồng Xá, diện tích 800 m2', SITES[2]];
    await expectNone(RULE, report('Năm 2025 xã đã xây dựng 04 điểm trình diễn, gồm:', joined));
  });
});
