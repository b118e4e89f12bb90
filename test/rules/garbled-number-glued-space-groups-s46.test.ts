import { describe, expect, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';
import { readPassage } from '../../src/extract/read-figures.js';

const RULE = 'garbled-number';

// Session 46 (holdout206): in a report grouping its thousands with spaces, a number typed twice without deleting the old
// one leaves a group of four digits or more between the lead and a group of three. Sentences written for this test.
const SPACED = 'Toàn xã có 3 420 hộ với 11 875 nhân khẩu, diện tích lúa 1 236,5 ha.';

describe('garbled-number: a group of four to six digits inside a space-grouped number', () => {
  it('flags "2 3102 310 con" (2 310 typed twice) before a counted noun, with no suggestion', async () => {
    // Hand-checked: "3102" holds four digits; a lead and groups of three would be 2 310 or 2 310 310, never this.
    await expectFindings(RULE, `${SPACED}\nĐàn gia cầm tiêm phòng đạt 2 3102 310 con trong đợt một.`, [
      { messageId: 'malformedNumber', data: { raw: '2 3102 310', unit: 'con' }, quote: '2 3102 310 con', at: 'Đàn gia cầm tiêm phòng đạt ' },
    ]);
  });

  it('flags a two-digit lead glued to a five-digit group before an amount', async () => {
    // Hand-checked: "45 60045 600" would be 45 600 twice; "60045" is five digits.
    const found = await expectFindings(RULE, `${SPACED}\nTổng thu phí vệ sinh đạt 45 60045 600 nghìn đồng.`, [{ messageId: 'malformedNumber' }]);
    expect(found[0].data.raw).toBe('45 60045 600');
  });

  it('leaves correct look-alikes alone', async () => {
    // A well-grouped number, a year after a month, a year then a count, a table row of two grouped numbers, phone numbers.
    await expectNone(RULE, [
      SPACED,
      'Đã tiêm phòng 2 310 con gia cầm trong tháng 6 2024.',
      'Đến hết năm 2024 có 2 310 con được tiêm.',
      'Thôn\tĐợt 1\tĐợt 2',
      'Thôn Đông\t2 310\t1 450',
      'Liên hệ số 0915 234 567 hoặc tổng đài 1900 1234 để đăng ký.',
    ].join('\n'));
  });

  it('leaves a four-digit group alone where the document groups no thousands with spaces', async () => {
    // Hand-checked: no number of the document is grouped by a space, so "2 3102 310" is no space-grouped number here.
    await expectNone(RULE, 'Đàn gia cầm 4.250 con, tiêm phòng đạt 2 3102 310 con.');
  });

  it('reads no part of such a number as a figure, and keeps the figures beside it', () => {
    // Hand-checked: 2 3102 310 has no value; 1 200 and 650 are the parts stated after it.
    const figures = readPassage('Đã trồng 2 3102 310 cây, trong đó 1 200 cây keo và 650 cây xoan.', { atBlockStart: false, spaceGroups: true }).figures;
    expect(figures.map((f) => f.value)).toEqual([1200, 650]);
  });
});
