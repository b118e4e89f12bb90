import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import type { Finding } from '../../src/model/index.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// Reports of other topics than the sets that showed these readings (water supply, fisheries, schools, tax), each sentence
// written here; every value checked by hand in the comments.
const HEAD = ['ỦY BAN NHÂN DÂN', 'XÃ TÂN LẬP', 'Số: 31/BC-UBND', 'Tân Lập, ngày 05 tháng 7 năm 2025', 'BÁO CÁO', 'Kết quả công tác 6 tháng đầu năm 2025', 'I. KẾT QUẢ'];

function audit(body: string[], rule: string): Finding[] {
  return analyseSource(sourceFromText([...HEAD, ...body].join('\n')), { only: [rule] }).findings;
}

describe('parts-sum-mismatch: a whole whose noun joins the parts\' own', () => {
  it('splits "14 trường học, đơn vị" by its "đơn vị" parts, not the camera count stated after it', () => {
    // Hand-checked: 06 + 05 + 03 = 14 đơn vị; 90 + 80 + 60 = 230 camera. Nothing is wrong ("đơn vị" alone would fit any whole).
    const body = ['- Có 14 trường học, đơn vị được lắp camera giám sát với tổng số 230 camera, gồm: khối mầm non 06 đơn vị (90 camera), khối tiểu học 05 đơn vị (80 camera) và khối THCS 03 đơn vị (60 camera).'];
    expect(audit(body, 'parts-sum-mismatch')).toEqual([]);
    // The same sentence with a wrong count: 06 + 05 + 03 = 14, stated 15.
    const wrong = [body[0].replace('Có 14 trường học', 'Có 15 trường học')];
    expect(audit(wrong, 'parts-sum-mismatch').map((f) => f.data?.whole)).toEqual([15]);
  });
});

describe('repeated-value-conflict: whose quantity a bare measure or an attached count is', () => {
  it('reads a bare measure after a clause whose subject acted on a full date as that subject\'s', () => {
    // Hand-checked: 840 tấn is what the two new furnaces burnt since 01/3/2025; 2.160 tấn all the household waste collected.
    const body = [
      '- Hai lò đốt rác mới vận hành từ ngày 01/3/2025, khối lượng đến ngày 30/6/2025 đạt 840 tấn.',
      'Nội dung khác của báo cáo được trình bày ở phần sau.',
      '- Khối lượng rác thải sinh hoạt được thu gom là 2.160 tấn, tăng 3,1% so với cùng kỳ.',
    ];
    expect(audit(body, 'repeated-value-conflict')).toEqual([]);
  });

  it('tells apart counts of one noun pair ("tôm, cua") reached by different verbs', () => {
    // Hand-checked: 52.000 con giống were released by the hatchery; 18.500 con were checked at the harbour.
    const body = [
      'Trong kỳ, trại giống đã thả 12.400 con cá chép, 3.100 con tôm, cua và 52.000 con cá giống.',
      'Công tác kiểm tra được duy trì thường xuyên.',
      'Đội kiểm tra cấp 40 biên bản kiểm tra chất lượng cho 2.300 con cá chép, 900 con tôm, cua và 18.500 con cá giống.',
    ];
    expect(audit(body, 'repeated-value-conflict')).toEqual([]);
  });

  it('reads counts attached by "với" to the figure before them as that figure\'s, with the objects joined to them', () => {
    // Hand-checked: 6.200 con cá giống went with the 36 transport permits; 52.000 con cá giống were released.
    const body = [
      'Trong kỳ, trại giống đã thả 12.400 con cá chép và 52.000 con cá giống.',
      'Công tác kiểm tra được duy trì thường xuyên.',
      'Đã thực hiện 36 lượt cấp phép vận chuyển thủy sản ra khỏi xã với 1.900 con cá chép và 6.200 con cá giống.',
    ];
    expect(audit(body, 'repeated-value-conflict')).toEqual([]);
  });
});

describe('locality-mismatch: a neighbour named again later', () => {
  it('keeps a commune introduced as a neighbour ("(giáp ranh)") a neighbour where it is named again', () => {
    const body = [
      'Trong kỳ, xã Hòa Phong (giáp ranh) xảy ra sạt lở tại 02 thôn; trên địa bàn xã Tân Lập không có thiệt hại.',
      'Duy trì 01 tổ trực đến khi khu vực sạt lở tại xã Hòa Phong được khắc phục xong.',
    ];
    expect(audit(body, 'locality-mismatch')).toEqual([]);
    // Named only once, without being introduced as a neighbour, it is still a slip for the issuer.
    expect(audit([body[1]], 'locality-mismatch').map((f) => f.data?.found)).toEqual(['xã Hòa Phong']);
  });
});

describe('percent-out-of-range: a percent alone in brackets', () => {
  it('reads "(112,4%)" with the words before its bracket: an exceeded plan, no share', () => {
    expect(audit(['Hoàn thành vượt kế hoạch thu thuế sử dụng đất phi nông nghiệp (112,4%); 35/35 thôn nộp đúng hạn.'], 'percent-out-of-range')).toEqual([]);
    // A share in brackets still may not pass 100%: 118,2% of households cannot be connected.
    expect(audit(['Số hộ được cấp nước sạch đạt 1.240 hộ (118,2%); 12/12 thôn có tuyến ống.'], 'percent-out-of-range')).toHaveLength(1);
  });
});
