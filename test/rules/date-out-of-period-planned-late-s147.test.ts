import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'date-out-of-period';
const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ HÒA AN\nSố: 12/BC-UBND\nHòa An, ngày 03 tháng 7 năm 2025\nBÁO CÁO\nKết quả công tác quý II năm 2025\nI. KẾT QUẢ\n';
const found = async (text: string) => (await findingsOf(RULE, HEAD + text + '\n')).map((f) => f.messageId);

describe('date-out-of-period: a planned later date beside a done one after signing does not hide it (session 29, s147)', () => {
  it('tells the done day after signing when the other late date is only planned', async () => {
    // Signed 03/7/2025: the well told as handed over on 21/7/2025 cannot be done yet; August is only planned ("dự kiến").
    expect(await found('Trong quý, khoan 03 giếng nước sạch; đã nghiệm thu 02 giếng: giếng thôn Đông (ngày 15/6/2025) và giếng thôn Tây (ngày 21/7/2025); giếng còn lại dự kiến hoàn thành trong tháng 8/2025.')).toEqual(['dateAfterReport']);
  });

  it('says nothing when every late date is planned', async () => {
    expect(await found('Trong quý, khoan 03 giếng nước sạch; đã nghiệm thu 02 giếng: giếng thôn Đông (ngày 15/6/2025) và giếng thôn Tây (ngày 20/6/2025); giếng còn lại dự kiến hoàn thành trong tháng 8/2025.')).toEqual([]);
  });
});
