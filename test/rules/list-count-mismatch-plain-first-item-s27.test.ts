import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// A name list whose first item is in lower case ("chè búp khô", a product told by its kind) before names that each carry a
// capital: the first is one of the names (src/extract/claims-lists.ts, plainFirst).
const RULE = 'list-count-mismatch';
const report = (line: string) => ['BÁO CÁO', '', 'I. KẾT QUẢ', line, 'Các sản phẩm được tiêu thụ ổn định.'].join('\n');

describe('list-count-mismatch: a lower-case first item among names', () => {
  it('counts it with the names after it', async () => {
    // Hand-checked: 03 announced, four products named.
    await expectFindings(RULE, report('Xã có 03 sản phẩm OCOP đạt 3 sao gồm: chè búp khô, mật ong Tân Lập, bánh đa Kế Sơn, rượu men lá Đồng Tâm.'), [
      { messageId: 'listCountMismatch', data: { count: 3, listed: 4 } },
    ]);
    await expectNone(RULE, report('Xã có 04 sản phẩm OCOP đạt 3 sao gồm: chè búp khô, mật ong Tân Lập, bánh đa Kế Sơn, rượu men lá Đồng Tâm.'));
  });

  it('leaves a list of two, or one with a second lower-case item, unread', async () => {
    await expectNone(RULE, report('Xã có 03 sản phẩm OCOP gồm: chè búp khô, mật ong Tân Lập.'));
    await expectNone(RULE, report('Xã có 03 sản phẩm OCOP gồm: chè búp khô, mật ong rừng, bánh đa Kế Sơn, rượu men lá Đồng Tâm.'));
  });
});
