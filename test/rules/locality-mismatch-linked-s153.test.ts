import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import type { Finding } from '../../src/model/index.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const HEAD = ['ỦY BAN NHÂN DÂN', 'XÃ ĐỊNH AN', 'Số: 41/BC-UBND', 'Định An, ngày 10 tháng 10 năm 2025', 'BÁO CÁO', 'Kết quả xây dựng nông thôn mới 9 tháng năm 2025', 'I. KẾT QUẢ'];

function audit(body: string[]): Finding[] {
  return analyseSource(sourceFromText([...HEAD, ...body].join('\n')), { only: ['locality-mismatch'] }).findings;
}

describe('locality-mismatch: a link to another unit and a unit named beside the own one', () => {
  it('reads the far end of a road, canal or line ("nối sang xã X", "kết nối với xã Y") as a neighbour', () => {
    // Hand-checked: the bridge and the pipe reach the neighbouring commune; the issuer's own work is reported.
    expect(audit(['Cầu dân sinh bắc qua kênh Ba Xã nối sang xã Long Điền đã thông xe ngày 02/9/2025.'])).toEqual([]);
    expect(audit(['Đường ống cấp nước sinh hoạt được kết nối với xã Tân Lập, phục vụ thêm 86 hộ.'])).toEqual([]);
    // Without the link word the other commune is the subject of the deed: a slip.
    expect(audit(['Cầu dân sinh bắc qua kênh Ba Xã của xã Long Điền đã thông xe ngày 02/9/2025.']).map((x) => x.data?.found)).toEqual(['xã Long Điền']);
  });

  it('does not count a unit named beside the own one in another sentence as an item of a list that excuses a slip', () => {
    // Hand-checked: the second sentence names xã Tân Lập beside the issuer (the dyke runs through both); the first
    // sentence's xã Hòa Lợi is a slip for the issuer and stays flagged.
    const body = ['Trong quý III, đoàn viên thanh niên xã Hòa Lợi đã ra quân làm sạch 4,5 km kênh nội đồng. Tuyến đê bao đi qua địa bàn xã Định An và xã Tân Lập được gia cố 600 m.'];
    expect(audit(body).map((x) => x.data?.found)).toEqual(['xã Hòa Lợi']);
    // Two other units in one sentence still read as a list.
    expect(audit(['Đoàn viên thanh niên xã Hòa Lợi và xã Tân Lập đã ra quân làm sạch 4,5 km kênh nội đồng.'])).toEqual([]);
  });
});
