import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const found = async (text: string) => (await findingsOf('list-count-mismatch', text + '\n')).map((f) => [f.data.count, f.data.listed]);

// Written for this test, in other words and numbers than any fixture; every list counted by hand.
describe('list-count-mismatch: a proper name split at its own comma (s35)', () => {
  it('says nothing when one bare name more than the count follows a name closing on a capital', async () => {
    // Three events: "Liên hoan hát Xoan, Ghẹo Phú Thọ" is one name holding a comma.
    const text = 'Phường tổ chức thành công 03 hoạt động lớn: Liên hoan hát Xoan, Ghẹo Phú Thọ, Giải đua thuyền truyền thống, Chợ phiên nông sản cuối tuần.';
    expect(await found(text)).toEqual([]);
  });
  it('still flags a list of descriptive names one longer than its count', async () => {
    const text = 'Phường tổ chức thành công 03 hoạt động lớn: Hội thi hát dân ca, Giải đua thuyền truyền thống, Chợ phiên nông sản cuối tuần, Đêm nhạc đường phố.';
    expect(await found(text)).toEqual([[3, 4]]);
  });
  it('still flags fewer names than the count', async () => {
    const text = 'Phường tổ chức thành công 05 hoạt động lớn: Liên hoan hát Xoan, Ghẹo Phú Thọ, Giải đua thuyền truyền thống, Chợ phiên nông sản cuối tuần.';
    expect(await found(text)).toEqual([[5, 4]]);
  });
});
