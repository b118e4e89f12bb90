import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const audit = (lines: string[]) =>
  analyseSource(sourceFromText(lines.join('\n')), { only: ['locality-mismatch'] }).findings.map((f) => [f.data?.found, f.data?.expected]);

// A commune's report: its bodies coordinate with their own commune's Front committee, party committee or council, so one of
// another commune named as the partner is a slip for the issuer (src/extract/place-umbrella.ts). Written for this test: a
// ward's women's union, a commune's farmers' association, a commune's health station.
const ward = (line: string) => ['ỦY BAN NHÂN DÂN', 'PHƯỜNG HÒA AN', 'Số: 52/BC-UBND', 'Hòa An, ngày 10 tháng 12 năm 2025', 'BÁO CÁO',
  'Kết quả hoạt động của Hội Liên hiệp Phụ nữ phường năm 2025', 'UBND phường Hòa An báo cáo như sau:', 'I. KẾT QUẢ',
  '- Hội tổ chức 06 buổi sinh hoạt chuyên đề cho 420 lượt hội viên.', line];
const commune = (line: string) => ['ỦY BAN NHÂN DÂN', 'XÃ TÂN PHÚ', 'Số: 88/BC-UBND', 'Tân Phú, ngày 05 tháng 12 năm 2025', 'BÁO CÁO',
  'Kết quả công tác y tế và nông nghiệp năm 2025', 'UBND xã Tân Phú báo cáo như sau:', 'I. KẾT QUẢ', line];
const front = (line: string) => ['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM', 'XÃ TÂN PHÚ', 'BAN THƯỜNG TRỰC', 'Số: 19/BC-MTTQ', 'Tân Phú, ngày 05 tháng 12 năm 2025',
  'BÁO CÁO', 'Kết quả vận động Quỹ "Vì người nghèo" năm 2025', 'Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Phú báo cáo như sau:', 'I. KẾT QUẢ', line];

describe('locality-mismatch: another commune\'s Front, party committee or council as the partner of the issuer\'s work (s57)', () => {
  it('flags the Front committee of another ward named as the women\'s union\'s partner', () => {
    expect(audit(ward('- Phối hợp với Ủy ban MTTQ Việt Nam phường Hòa Bình trao 35 suất quà cho hội viên nghèo dịp Tết.')))
      .toEqual([['phường Hòa Bình', 'phường Hòa An']]);
  });

  it('flags a party committee of another commune coordinating a health campaign, in the plan section too', () => {
    expect(audit([...commune('- Trạm Y tế khám sàng lọc cho 1.250 người cao tuổi.'), 'II. PHƯƠNG HƯỚNG NĂM 2026',
      '- Trạm Y tế phối hợp chặt chẽ với Đảng ủy xã Tân Lộc triển khai chiến dịch tiêm chủng mở rộng.']))
      .toEqual([['xã Tân Lộc', 'xã Tân Phú']]);
  });

  it('flags a council of another commune named with the farmers\' association', () => {
    expect(audit(commune('- Hội Nông dân phối hợp với Thường trực HĐND xã Phú Lâm tổ chức 02 cuộc tiếp xúc với 180 hội viên.')))
      .toEqual([['xã Phú Lâm', 'xã Tân Phú']]);
  });

  it('says nothing of cooperation with another commune itself or its people\'s committee', () => {
    expect(audit(commune('- Phối hợp với xã Tân Lộc tổ chức giải bóng chuyền hơi; phối hợp với UBND xã Phú Lâm nạo vét 1,2 km kênh.'))).toEqual([]);
  });

  it('says nothing of a Front committee the issuer\'s own Front partners as its counterpart', () => {
    expect(audit(front('- Phối hợp với Ủy ban MTTQ Việt Nam xã Tân Lộc tổ chức đêm văn nghệ gây quỹ, vận động được 86 triệu đồng.'))).toEqual([]);
  });

  it('says nothing where the clause\'s actor is of the partner\'s kind', () => {
    expect(audit(commune('- Đảng ủy xã phối hợp với Đảng ủy xã Tân Lộc tổ chức hội nghị chuyên đề cho 120 đảng viên.'))).toEqual([]);
  });

  it('says nothing where the sentence sets the two communes side by side', () => {
    expect(audit(commune('- Phối hợp với Ủy ban MTTQ xã Tân Lộc vận động nhân dân vùng giáp ranh hiến 1.200 m² đất làm đường.'))).toEqual([]);
    expect(audit(commune('- Phối hợp với Đảng ủy xã Tân Lộc tổ chức giao lưu văn nghệ giữa hai xã.'))).toEqual([]);
  });

  it('says nothing where the report introduces the commune elsewhere as a neighbour', () => {
    expect(audit(commune('Xã giáp xã Tân Lộc về phía Bắc. Trong năm, phối hợp với Ủy ban MTTQ xã Tân Lộc trao 20 suất quà cho hộ nghèo.'))).toEqual([]);
  });

  it('still flags nothing for the issuer\'s own Front named with its own commune', () => {
    expect(audit(ward('- Phối hợp với Ủy ban MTTQ Việt Nam phường Hòa An trao 35 suất quà cho hội viên nghèo dịp Tết.'))).toEqual([]);
  });
});
