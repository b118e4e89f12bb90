import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// A registered stock changes by new registrations ("đăng ký mới", in) and by vessels broken up and struck off ("giải bản",
// out; lexicon INFLOW_WORDS / OUTFLOW_WORDS); "giải bản 02 …" names no hamlet "bản 02" (lexicon NOT_PRECEDED_BY).
// Sentences and figures written for this test.
const RULE = 'parts-sum-mismatch';
const report = (line: string) => ['BÁO CÁO', 'Tình hình kinh tế - xã hội 6 tháng đầu năm 2025', '', 'I. KINH TẾ', line].join('\n');

const shops = (closing: string) =>
  `Tại thời điểm 31/12/2024, trên địa bàn có 312 hộ kinh doanh. Trong quý I/2025, đăng ký mới 24 hộ, ngừng kinh doanh 09 hộ; đến ngày 31/3/2025 có ${closing} hộ kinh doanh.`;
const boats = (closing: string) =>
  `Đầu năm, huyện có 45 phương tiện thủy nội địa chở khách; trong năm giải bản 02 phương tiện, đăng ký mới 05 phương tiện; cuối năm toàn huyện có ${closing} phương tiện thủy nội địa chở khách.`;
const coops = (closing: string) =>
  `Đầu năm 2025, toàn huyện có 27 hợp tác xã. Trong năm, đăng ký mới 04 hợp tác xã, giải thể 02 hợp tác xã; đến ngày 30/11/2025 toàn huyện có ${closing}.`;

describe('parts-sum-mismatch: a registered stock with new registrations and vessels struck off (s48)', () => {
  it('counts new registrations of households in business as coming in', async () => {
    // Hand-checked: 312 + 24 − 9 = 327, not 330.
    const text = shops('330');
    await expectFindings(RULE, report(text), [
      { messageId: 'balanceMismatch', data: { parts: '312 + 24 − 09', sum: 327, whole: 330 }, quote: '330', at: text.slice(0, text.indexOf('330')) },
    ]);
  });

  it('counts boats broken up as going out, new ones as coming in', async () => {
    // Hand-checked: 45 − 2 + 5 = 48, not 46.
    const text = boats('46');
    await expectFindings(RULE, report(text), [
      { messageId: 'balanceMismatch', data: { parts: '45 − 02 + 05', sum: 48, whole: 46 }, quote: '46', at: text.slice(0, text.indexOf('46 phương tiện')) },
    ]);
  });

  it('says nothing when the registered stock closes', async () => {
    // 312 + 24 − 9 = 327; 45 − 2 + 5 = 48; 27 + 4 − 2 = 29.
    await expectNone(RULE, report(shops('327')));
    await expectNone(RULE, report(boats('48')));
    await expectNone(RULE, report(coops('29 hợp tác xã')));
  });

  it('says nothing when registrations are of another noun', async () => {
    // The 24 registered are workers, not households in business: 312 − 9 = 303, as stated (taking the workers in would
    // make 327).
    await expectNone(RULE, report('Tại thời điểm 31/12/2024, trên địa bàn có 312 hộ kinh doanh. Trong quý I/2025, đăng ký mới 24 lao động, ngừng kinh doanh 09 hộ, cấp đổi 15 giấy phép; đến ngày 31/3/2025 có 303 hộ kinh doanh.'));
  });

  it('says nothing when a figure of the stock between the levels tells no way', async () => {
    // "kiểm tra 18 hộ" neither comes in nor goes out: the balance is left unread whatever its closing level.
    await expectNone(RULE, report('Tại thời điểm 31/12/2024, trên địa bàn có 312 hộ kinh doanh. Trong quý I/2025, đăng ký mới 24 hộ, kiểm tra 18 hộ, ngừng kinh doanh 09 hộ; đến ngày 31/3/2025 có 330 hộ kinh doanh.'));
  });
});
