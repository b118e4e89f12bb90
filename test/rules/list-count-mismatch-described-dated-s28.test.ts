import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'list-count-mismatch';

// Items described between semicolons: a day and month or a month number inside one is when it is held, and an item may
// run to seventeen syllables. Written for this test; items counted by hand.
describe('list-count-mismatch: described items holding a day or month, or running long (s28)', () => {
  it('counts items that hold a day and month or a month number', async () => {
    // Four items, "02 đợt" announced.
    await expectFindings(RULE, 'Đoàn thanh niên tổ chức 02 đợt ra quân: dọn vệ sinh môi trường dịp 26/3; hiến máu tình nguyện tháng 7; tiếp sức mùa thi dịp 27/7 - 02/8; trồng cây xanh dịp Tết.',
      [{ messageId: 'listCountMismatch', data: { listed: 4 } }]);
    await expectNone(RULE, 'Đoàn thanh niên tổ chức 04 đợt ra quân: dọn vệ sinh môi trường dịp 26/3; hiến máu tình nguyện tháng 7; tiếp sức mùa thi dịp 27/7 - 02/8; trồng cây xanh dịp Tết.');
  });
  it('counts a long described item', async () => {
    // Three items (the second 17 syllables), "05 hoạt động" announced.
    await expectFindings(RULE, 'Hội thực hiện 05 hoạt động: thăm hỏi, tặng quà hội viên có hoàn cảnh khó khăn dịp Tết; giúp hội viên nghèo vay vốn ưu đãi của ngân hàng để phát triển chăn nuôi, trồng trọt; tập huấn kỹ thuật cho hội viên.',
      [{ messageId: 'listCountMismatch', data: { listed: 3 } }]);
    await expectNone(RULE, 'Hội thực hiện 03 hoạt động: thăm hỏi, tặng quà hội viên có hoàn cảnh khó khăn dịp Tết; giúp hội viên nghèo vay vốn ưu đãi của ngân hàng để phát triển chăn nuôi, trồng trọt; tập huấn kỹ thuật cho hội viên.');
  });
});
