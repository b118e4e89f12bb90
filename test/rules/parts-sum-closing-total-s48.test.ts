import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A money total closing its section's activities, each told in its own sub-section, the last part "the other ones" of the
// kind the total names (src/extract/claims-closing-total.ts).
const found = async (text: string) =>
  (await findingsOf('parts-sum-mismatch', `${text}\n`)).map((f) => ({
    id: f.messageId,
    data: f.data,
    places: f.evidence.map((e) => [e.span.line, e.quote]),
  }));

// Education: 96 + 42,5 + 31 = 169,5 (triệu đồng).
const study = (o: { title?: string; whole?: string; rest?: string; a?: string; b?: string; intro?: string } = {}) => `I. KẾT QUẢ THỰC HIỆN
1. ${o.title ?? 'Công tác khuyến học, khuyến tài'}${o.intro ? `\n${o.intro}` : ''}
a) Trao học bổng
- Trao 120 suất học bổng cho học sinh nghèo vượt khó, tổng trị giá 96 triệu đồng.${o.a ?? ''}
b) Khen thưởng học sinh giỏi
- Khen thưởng 85 học sinh giỏi cấp tỉnh với số tiền 42,5 triệu đồng.${o.b ?? ''}
Ngoài ra, Hội còn tặng sách vở, đồ dùng học tập ${o.rest ?? 'và các hoạt động khuyến học khác với tổng kinh phí 31 triệu đồng'}. Tổng kinh phí các hoạt động khuyến học năm 2024 là ${o.whole ?? '175'} triệu đồng.
2. Công tác xây dựng Hội
Kết nạp mới 46 hội viên.`;

// Agriculture: 216 + 1.050 + 64 + 90 = 1.420 (triệu đồng); the rest told with "các khoản … khác".
const farming = (whole: string, rest = 'các khoản hỗ trợ sản xuất nông nghiệp khác có tổng kinh phí 90 triệu đồng') => `II. NÔNG NGHIỆP
2. Hỗ trợ sản xuất nông nghiệp
2.1. Giống cây trồng
Cấp 12 tấn giống lúa chất lượng cao cho 640 hộ, trị giá 216 triệu đồng.
2.2. Vật nuôi
Hỗ trợ 150 con bê giống cho hộ nghèo, tổng trị giá 1.050 triệu đồng.
2.3. Tập huấn
Mở 8 lớp tập huấn kỹ thuật với kinh phí 64 triệu đồng; ${rest}.
Tổng giá trị hỗ trợ sản xuất nông nghiệp năm 2024 là ${whole} triệu đồng.`;

// Health: 48 + 57,5 + 21 = 126,5 (triệu đồng); the rest told with "còn lại".
const health = (whole: string, b = 'tiêm vắc xin cho 2.300 con chó, trị giá 57,5 triệu đồng.') => `III. Y TẾ
2. Phòng chống dịch bệnh
a) Sốt xuất huyết
Phun hóa chất diệt muỗi tại 6 thôn, kinh phí 48 triệu đồng.
b) Bệnh dại
Đã ${b}
Các hoạt động phòng chống dịch bệnh còn lại có tổng kinh phí 21 triệu đồng. Tổng kinh phí phòng chống dịch bệnh năm 2024 là ${whole} triệu đồng.`;

describe('parts-sum-mismatch: a money total closing the activities its section tells one by one', () => {
  it('flags a closing total its sub-sections and the rest of its kind do not add up to', async () => {
    expect(await found(study())).toEqual([{
      id: 'partsSumMismatch',
      data: { parts: '96 triệu đồng + 42,5 triệu đồng + 31 triệu đồng', sum: 169_500_000, whole: 175_000_000 },
      places: [[7, '175 triệu đồng'], [4, '96 triệu đồng'], [6, '42,5 triệu đồng'], [7, '31 triệu đồng']],
    }]);
    expect(await found(farming('1.450'))).toEqual([{
      id: 'partsSumMismatch',
      data: { parts: '216 triệu đồng + 1.050 triệu đồng + 64 triệu đồng + 90 triệu đồng', sum: 1_420_000_000, whole: 1_450_000_000 },
      places: [[9, '1.450 triệu đồng'], [4, '216 triệu đồng'], [6, '1.050 triệu đồng'], [8, '64 triệu đồng'], [8, '90 triệu đồng']],
    }]);
    expect(await found(health('130'))).toEqual([{
      id: 'partsSumMismatch',
      data: { parts: '48 triệu đồng + 57,5 triệu đồng + 21 triệu đồng', sum: 126_500_000, whole: 130_000_000 },
      places: [[7, '130 triệu đồng'], [4, '48 triệu đồng'], [6, '57,5 triệu đồng'], [7, '21 triệu đồng']],
    }]);
  });

  it('stays silent when the parts add up', async () => {
    expect(await found(study({ whole: '169,5' }))).toEqual([]);
    expect(await found(farming('1.420'))).toEqual([]);
    expect(await found(health('126,5'))).toEqual([]);
  });

  it('stays silent when no part names the rest of the total\'s kind: the parts may not cover it', async () => {
    expect(await found(study({ rest: 'trị giá 31 triệu đồng' }))).toEqual([]);
    // The rest of another kind.
    expect(await found(study({ rest: 'và các hoạt động từ thiện khác với tổng kinh phí 31 triệu đồng' }))).toEqual([]);
    expect(await found(farming('1.450', 'các khoản hỗ trợ khác có tổng kinh phí 90 triệu đồng'))).toEqual([]);
  });

  it('stays silent when no section around the total is titled with its kind', async () => {
    expect(await found(study({ title: 'Công tác xã hội' }))).toEqual([]);
  });

  it('stays silent when a part may hold another, or a statement above the sub-sections may hold them', async () => {
    expect(await found(study({ a: ' Trong đó học bổng của doanh nghiệp trị giá 40 triệu đồng.' }))).toEqual([]);
    expect(await found(study({ a: '\n- Học bổng của doanh nghiệp trị giá 40 triệu đồng.' }))).toEqual([]);
    expect(await found(study({ intro: 'Quỹ khuyến học của Hội có tổng giá trị 175 triệu đồng.' }))).toEqual([]);
    expect(await found(study({ intro: 'Hội đã vận động được 175 triệu đồng.' }))).toEqual([]);
  });

  it('stays silent on an amount of another year, a price per unit alone, or a total told as a bound', async () => {
    expect(await found(study({ b: ' Năm 2023 khen thưởng với số tiền 38 triệu đồng.' }))).toEqual([]);
    expect(await found(health('130', 'tiêm vắc xin cho 2.300 con chó, mỗi liều 25.000 đồng.'))).toEqual([]);
    expect(await found(study({ whole: 'trên 175' }))).toEqual([]);
  });
});
