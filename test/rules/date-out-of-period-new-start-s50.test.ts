import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Written for this test (public investment of a commune: culture houses, schools, irrigation); periods, days and
// expected findings checked by hand.

// Nine months (01/01–30/9/2024, signed 25/9/2024).
const INVEST = (...lines: string[]) => [
  'Số: 72/BC-UBND', 'Xã Xuân Lâm, ngày 25 tháng 9 năm 2024', 'BÁO CÁO', 'Tình hình thực hiện kế hoạch đầu tư công 9 tháng đầu năm 2024',
  'I. TÌNH HÌNH THỰC HIỆN', '1. Tiến độ các dự án', ...lines,
].join('\n');
const PERIOD = '2024-01-01 – 2024-09-30 (9 tháng đầu năm 2024)';

describe('date-out-of-period: a work classed as a new start of the plan year, started before the period (s50)', () => {
  it('flags an item after the "khởi công mới" lead-in of its block whose start day is a year before the period', async () => {
    // 20/11/2023 is before 01/01/2024; the item's day follows "khởi công"; the lead-in classes the items as new starts.
    const lead = '- Công trình khởi công mới: Nhà văn hóa thôn Trung động thổ ngày 12/4/2024; Kênh tưới nội đồng thôn Hạ khởi công ngày ';
    await expectFindings('date-out-of-period', INVEST(`${lead}20/11/2023, đã thi công được 70% khối lượng.`),
      [{ messageId: 'dateNewStartBefore', data: { found: '20/11/2023', expected: PERIOD }, quote: '20/11/2023', at: lead }]);
  });

  it('flags an item under a lead-in paragraph that ends with a colon and names the period\'s year', async () => {
    const item = '- Trường tiểu học Xuân Lâm (nhà 03 tầng, 12 phòng học) khởi công xây dựng ngày ';
    await expectFindings('date-out-of-period', INVEST('Các dự án khởi công mới năm 2024 gồm:', '- Cầu tràn thôn Đồng khởi công ngày 08/5/2024.', `${item}05/12/2023, giá trị khối lượng thực hiện 2.150 triệu đồng.`),
      [{ messageId: 'dateNewStartBefore', data: { found: '05/12/2023', expected: PERIOD }, quote: '05/12/2023', at: item }]);
  });

  it('stays silent on a project carried over, a decision\'s day, an earlier phase and a lead-in naming another year', async () => {
    await expectNone('date-out-of-period', INVEST('- Dự án chuyển tiếp: Kênh tưới nội đồng thôn Hạ khởi công ngày 20/11/2023, đã thi công được 70% khối lượng.'));
    await expectNone('date-out-of-period', INVEST('- Dự án khởi công mới: Trường mầm non xã được phê duyệt chủ trương đầu tư tại Quyết định số 125/QĐ-UBND ngày 16/9/2023, khởi công ngày 10/3/2024.'));
    await expectNone('date-out-of-period', INVEST('- Dự án khởi công mới: Đường giao thông thôn Đông khởi công ngày 15/4/2024; giai đoạn 1 của tuyến khởi công ngày 12/10/2023.'));
    await expectNone('date-out-of-period', INVEST('- Dự án khởi công mới năm 2023: Kênh tưới nội đồng thôn Hạ khởi công ngày 20/11/2023, hoàn thành tháng 6/2024.'));
  });

  it('stays silent on a new start inside the period and on a start day the item does not give as its own', async () => {
    await expectNone('date-out-of-period', INVEST('- Công trình khởi công mới: Kênh tưới nội đồng thôn Hạ khởi công ngày 20/3/2024, đã thi công được 70% khối lượng.'));
    await expectNone('date-out-of-period', INVEST('- Công trình khởi công mới: Kênh tưới nội đồng thôn Hạ, hồ sơ thiết kế lập từ ngày 20/11/2023, khởi công tháng 3/2024.'));
  });
});
