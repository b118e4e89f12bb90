import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import type { Finding } from '../../src/model/index.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// Session 38: a higher unit's facility located in another commune, a twinned commune and a joint patrol with a neighbouring ward
// are no slips for the issuer (src/extract/place-roles.ts higherFacilitySite, NEIGHBOUR_AFTER with PARTNER_AFTER_WORDS); the
// same unit as the doer of the issuer's own deed still is. Sentences written for this test.
const report = (unit: string, town: string, body: string[]) => [
  'ỦY BAN NHÂN DÂN', unit.toUpperCase(), 'Số: 27/BC-UBND', `${town}, ngày 05 tháng 11 năm 2025`, 'BÁO CÁO', 'Kết quả công tác 10 tháng năm 2025', `UBND ${unit} báo cáo như sau:`, 'I. KẾT QUẢ', ...body,
].join('\n');

function found(unit: string, town: string, body: string[]): Array<string | number | undefined> {
  const findings: Finding[] = analyseSource(sourceFromText(report(unit, town, body)), { only: ['locality-mismatch'] }).findings;
  return findings.map((f) => f.data?.found);
}

describe('locality-mismatch: a facility of a higher unit placed in another commune (s38)', () => {
  it('says nothing of the commune that only locates the district\'s or province\'s facility', () => {
    expect(found('xã Phú Xuân', 'Phú Xuân', ['Chất thải y tế của Trạm y tế được chuyển về Lò đốt chất thải tập trung của huyện đặt tại xã Tân Mỹ để tiêu hủy, tổng 1,8 tấn.'])).toEqual([]);
    expect(found('xã Phú Xuân', 'Phú Xuân', ['Nhà máy nước sạch tỉnh Hòa Bình trên địa bàn xã Tân Mỹ cấp nước cho 1.250 hộ của xã.'])).toEqual([]);
    expect(found('xã Phú Xuân', 'Phú Xuân', ['Bùn thải được đưa về Bãi chôn lấp huyện tại xã Tân Mỹ theo hợp đồng dịch vụ.'])).toEqual([]);
  });

  it('still flags the other commune as the doer or the area of the issuer\'s own figures', () => {
    // A commune's own station is no higher unit's facility: "Trạm y tế xã tại xã X" keeps the slip.
    expect(found('xã Phú Xuân', 'Phú Xuân', ['Trạm y tế xã tại xã Tân Mỹ đã thu gom 1,8 tấn chất thải y tế.'])).toEqual(['xã Tân Mỹ']);
    expect(found('xã Phú Xuân', 'Phú Xuân', ['Trên địa bàn xã Tân Mỹ có 04 điểm tập kết rác thải sinh hoạt.'])).toEqual(['xã Tân Mỹ']);
    expect(found('xã Phú Xuân', 'Phú Xuân', ['UBND xã Tân Mỹ đã tổ chức 03 đợt thu gom rác thải nhựa.'])).toEqual(['xã Tân Mỹ']);
  });
});

describe('locality-mismatch: a partner named with a joint or twinned relation right after its name (s38)', () => {
  it('says nothing of a twinned commune or a ward of a joint patrol', () => {
    expect(found('xã Đắk Ru', 'Đắk Ru', ['Tổ chức 02 đợt khám bệnh miễn phí cho 340 người cao tuổi của xã và của xã Nam Đà (xã kết nghĩa) trong tháng 7 và tháng 9.'])).toEqual([]);
    expect(found('phường Quang Trung', 'Quang Trung', ['Tổ công tác gồm dân phòng của phường, Đội Trật tự đô thị quận và Công an phường Tân Phú (chốt liên phường) lập biên bản 64 trường hợp lấn chiếm vỉa hè.'])).toEqual([]);
  });

  it('still flags the same unit as the doer of the issuer\'s own deed', () => {
    expect(found('xã Đắk Ru', 'Đắk Ru', ['Tổ chức 02 đợt khám bệnh miễn phí cho 340 người cao tuổi của xã Nam Đà trong tháng 7 và tháng 9.'])).toEqual(['xã Nam Đà']);
    expect(found('phường Quang Trung', 'Quang Trung', ['Công an phường Tân Phú lập biên bản 64 trường hợp lấn chiếm vỉa hè.'])).toEqual(['phường Tân Phú']);
  });
});
