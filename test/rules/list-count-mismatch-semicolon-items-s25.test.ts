import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const findings = (text: string) => findingsOf('list-count-mismatch', text);

describe('list-count-mismatch: a first item holding commas of its own in a list the semicolons part', () => {
  it('reads the semicolons as the separators when they part as many items as the count', async () => {
    // Hand-checked: three campaigns, parted by two semicolons; the first one ("chào mừng …, chào mừng …") holds a comma.
    const text = 'Hội Phụ nữ phát động 03 đợt thi đua: chào mừng Ngày Quốc tế Phụ nữ, chào mừng Ngày Phụ nữ Việt Nam; hưởng ứng Tháng hành động vì trẻ em (tháng 6, 2025); hưởng ứng Ngày Gia đình Việt Nam 28/6.\n';
    expect(await findings(text)).toEqual([]);
  });

  it('still flags a count neither reading agrees with', async () => {
    // Hand-checked: three items by semicolons, two names by commas before the first semicolon; the count says 04.
    const text = 'Hội Phụ nữ phát động 04 đợt thi đua: chào mừng Ngày Quốc tế Phụ nữ, chào mừng Ngày Phụ nữ Việt Nam; hưởng ứng Tháng hành động vì trẻ em (tháng 6, 2025); hưởng ứng Ngày Gia đình Việt Nam 28/6.\n';
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 4, listed: 2 });
  });

  it('takes no clause after a semicolon ("; đồng thời …") for an item', async () => {
    // Hand-checked: the names end at the semicolon (two of them); what follows is the sentence going on, so 03 against 2.
    const text = 'Đã kiểm tra 03 cơ sở: Nhà hàng Sông Xanh, Khách sạn Hòa Bình; đồng thời nhắc nhở các hộ kinh doanh; xử phạt 02 trường hợp vi phạm.\n';
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 3, listed: 2 });
  });
});
