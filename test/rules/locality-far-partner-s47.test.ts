import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const audit = (lines: string[]) =>
  analyseSource(sourceFromText(lines.join('\n')), { only: ['locality-mismatch'] }).findings.map((f) => [f.data?.found, f.data?.expected]);

// A commune's report on livestock vaccination; sentences written for this test (session 47, h209).
const commune = (line: string) => ['ỦY BAN NHÂN DÂN', 'XÃ ĐỊNH HÒA', 'Số: 52/BC-UBND', 'Định Hòa, ngày 10 tháng 7 năm 2025', 'BÁO CÁO',
  'Kết quả công tác thú y 6 tháng đầu năm 2025', 'UBND xã Định Hòa báo cáo như sau:', 'I. KẾT QUẢ', line];

describe('locality-mismatch: a partner "với" introduces far after its partner word (s47)', () => {
  it('leaves a neighbour\'s body named after a list of partners unflagged', () => {
    // Hand-checked: "phối hợp giữa … với …, … và với Ban Thú y xã Yên Lâm": Yên Lâm's body is the last of the partners,
    // more than 60 characters after "phối hợp".
    expect(audit(commune('Việc phối hợp giữa Ban Thú y xã với các hợp tác xã chăn nuôi, chi hội nông dân các thôn và với Ban Thú y xã Yên Lâm trong tiêm phòng dịch tả lợn được duy trì.'))).toEqual([]);
    expect(audit(commune('Xã đã làm việc với Công ty cổ phần thuốc thú y, các đại lý thức ăn chăn nuôi trên địa bàn, với UBND xã Yên Lâm về kiểm soát vận chuyển gia súc.'))).toEqual([]);
  });

  it('still flags another commune\'s body doing the report\'s own work, a partner word only in another sentence', () => {
    // Hand-checked: the second sentence states the vaccination count as Yên Lâm's, in Định Hòa's report.
    expect(audit(commune('Ban Thú y đã phối hợp với các thôn tổ chức 03 đợt tiêm phòng. Ban Thú y xã Yên Lâm đã tiêm 1.250 liều vắc xin lở mồm long móng cho đàn trâu, bò.'))).toEqual([['xã Yên Lâm', 'xã Định Hòa']]);
    expect(audit(commune('Việc phối hợp giữa các thôn được duy trì; Ban Thú y xã Yên Lâm đã tiêm 1.250 liều vắc xin cho đàn trâu, bò với sự hỗ trợ của các thôn.'))).toEqual([['xã Yên Lâm', 'xã Định Hòa']]);
  });
});
