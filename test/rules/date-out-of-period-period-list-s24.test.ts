import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// "Trong <the period>, đã <deed> N …: ngày A, …; ngày B, …": each item opening with its day is one of the deeds the
// lead-in tells as done in the period, so a day of an earlier year there is a slip. Each case checked by hand against
// the period of the title (9 tháng năm 2024: 01/01/2024 – 30/09/2024).
const HEAD = ['Số: 88/BC-UBND', 'Xã Hòa Lộc, ngày 25 tháng 9 năm 2024', 'BÁO CÁO', 'Kết quả công tác giao thông 9 tháng năm 2024', 'I. KẾT QUẢ'];
const found = (line: string) =>
  analyseSource(sourceFromText([...HEAD, line].join('\n')), { only: ['date-out-of-period'] }).findings.filter((f) => f.severity !== 'info').map((f) => [f.messageId, f.data.found]);

describe('date-out-of-period: an item of a list the period\'s lead-in tells as done (s24)', () => {
  it('flags an item dated in an earlier year', () => {
    expect(found('Xã có 14 tuyến đường liên thôn. Trong 9 tháng, đã nghiệm thu 02 tuyến đường bê tông: ngày 05/6/2024, nghiệm thu tuyến thôn Đông; ngày 20/7/2023, nghiệm thu tuyến thôn Bắc.'))
      .toEqual([['dateBeforePeriod', '20/7/2023']]);
    expect(found('Trong kỳ, đã tổ chức 02 đợt ra quân: ngày 11/3/2024, ra quân dọn vệ sinh; ngày 02/4/2023, ra quân trồng cây.'))
      .toEqual([['dateBeforePeriod', '02/4/2023']]);
  });

  it('leaves every item of the period, a lead-in not opened by the period, one not told as done, and one naming a start unflagged', () => {
    expect(found('Trong 9 tháng, đã nghiệm thu 02 tuyến đường bê tông: ngày 05/6/2024, nghiệm thu tuyến thôn Đông; ngày 20/7/2024, nghiệm thu tuyến thôn Bắc.')).toEqual([]);
    expect(found('Xã đã nghiệm thu 02 tuyến đường bê tông: ngày 05/6/2024, nghiệm thu tuyến thôn Đông; ngày 20/7/2023, khởi công tuyến thôn Bắc.')).toEqual([]);
    expect(found('Trong 9 tháng, xã tiếp tục theo dõi 02 tuyến đường bê tông: ngày 05/6/2024, kiểm tra tuyến thôn Đông; ngày 20/7/2023, khởi công tuyến thôn Bắc.')).toEqual([]);
    expect(found('Trong 12 tháng, đã nghiệm thu 02 tuyến đường bê tông: ngày 05/6/2024, nghiệm thu tuyến thôn Đông; ngày 20/7/2023, nghiệm thu tuyến thôn Bắc.')).toEqual([]);
  });
});
