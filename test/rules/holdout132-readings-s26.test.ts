import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Readings learnt from holdout132 (session 26); every sentence is our own, every expected value checked by hand.
const only = async (rule: string, text: string) => (await findingsOf(rule, text + '\n')).filter((f) => f.severity !== 'info');

describe('percent-mismatch: a plan rate whose amount done is a decimal and whose plan is a whole number of one unit', () => {
  it('compares "thực hiện 12,6 ha trên kế hoạch 18 ha, đạt 75,0% kế hoạch" (12,6/18 = 70,0%)', async () => {
    const f = await only('percent-mismatch', 'Trồng rừng tập trung: thực hiện 12,6 ha trên kế hoạch 18 ha, đạt 75,0% kế hoạch.');
    expect(f.map((x) => x.messageId)).toEqual(['percentMismatch']);
    expect(await only('percent-mismatch', 'Trồng rừng tập trung: thực hiện 12,6 ha trên kế hoạch 18 ha, đạt 70,0% kế hoạch.')).toEqual([]);
  });

  it('compares the plan first too: "kế hoạch 20 km, thực hiện 14,5 km, đạt 78,5%" (14,5/20 = 72,5%)', async () => {
    expect((await only('percent-mismatch', 'Nạo vét kênh mương: kế hoạch 20 km, thực hiện 14,5 km, đạt 78,5%.')).map((x) => x.messageId)).toEqual(['percentMismatch']);
    expect(await only('percent-mismatch', 'Nạo vét kênh mương: kế hoạch 20 km, thực hiện 14,5 km, đạt 72,5%.')).toEqual([]);
  });
});

describe('claim-mismatch: every row of a table claimed to have gone one way against its change column', () => {
  // Hand-checked: the "So với cùng kỳ (%)" column reads 6,5, -3,2 and 11,0; "Nông nghiệp" fell.
  const table = (nn = '-3,2') => ['Bảng 3. Thu ngân sách theo lĩnh vực', 'Lĩnh vực\tDự toán\tThực hiện\tSo với cùng kỳ (%)',
    'Thương mại, dịch vụ\t1.200\t1.050\t6,5', `Nông nghiệp\t800\t610\t${nn}`, 'Xây dựng\t950\t870\t11,0', 'Tổng cộng\t2.950\t2.530\t4,9'].join('\n');
  const report = (claim: string, nn?: string) => `1. Thu ngân sách\n${table(nn)}\n${claim}`;

  it('flags "Tất cả các lĩnh vực đều tăng so với cùng kỳ năm 2024" when one row fell', async () => {
    const f = await only('claim-mismatch', report('Tất cả các lĩnh vực đều tăng so với cùng kỳ năm 2024, đóng góp lớn nhất là xây dựng.'));
    expect(f.map((x) => x.messageId)).toEqual(['trendMismatch']);
    expect(f[0].data).toMatchObject({ row: 'Nông nghiệp', value: '-3,2' });
  });

  it('stays silent when every row rose, when the noun is not the table\'s, or when the claim is hedged', async () => {
    expect(await only('claim-mismatch', report('Tất cả các lĩnh vực đều tăng so với cùng kỳ năm 2024.', '2,1'))).toEqual([]);
    expect(await only('claim-mismatch', report('Tất cả các xã đều tăng so với cùng kỳ năm 2024.'))).toEqual([]);
    expect(await only('claim-mismatch', report('Hầu hết các lĩnh vực đều tăng so với cùng kỳ năm 2024.'))).toEqual([]);
  });
});

describe('parts-sum-mismatch: parts counted by the whole\'s noun with another word of their kind', () => {
  it('reads "120 cây xanh, gồm 70 cây sao đen, 30 cây bằng lăng và 25 cây phượng vĩ" as one breakdown (125 ≠ 120)', async () => {
    const f = await only('parts-sum-mismatch', 'Xã đã trồng mới 120 cây xanh, gồm 70 cây sao đen, 30 cây bằng lăng và 25 cây phượng vĩ.');
    expect(f).toHaveLength(1);
    expect(await only('parts-sum-mismatch', 'Xã đã trồng mới 125 cây xanh, gồm 70 cây sao đen, 30 cây bằng lăng và 25 cây phượng vĩ.')).toEqual([]);
  });
});

describe('claim-mismatch: all the items about one topic met the plan, against the topic\'s rows of a table', () => {
  // Hand-checked: the vaccination rows read 950 of 1.000 (short) and 420 of 400; the dengue row 35 of 30 is another topic.
  const table = (full = '950', dengue = '35') => ['Bảng 1. Chỉ tiêu y tế năm 2024', 'Chỉ tiêu\tĐVT\tKế hoạch\tThực hiện', `Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ\ttrẻ\t1.000\t${full}`,
    'Số phụ nữ có thai được tiêm chủng uốn ván\tngười\t400\t420', `Số ca sốt xuất huyết được điều trị\tca\t30\t${dengue}`].join('\n');
  const report = (claim: string, full?: string, dengue?: string) => `1. Y tế dự phòng\n${claim}\n2. Khám chữa bệnh\n${table(full, dengue)}\nCác trạm y tế duy trì trực 24/24 giờ.`;

  it('flags "Tất cả các chỉ tiêu về tiêm chủng năm 2024 đều đạt và vượt kế hoạch" when a vaccination row is short', async () => {
    const f = await only('claim-mismatch', report('Tất cả các chỉ tiêu về tiêm chủng năm 2024 đều đạt và vượt kế hoạch.'));
    expect(f.map((x) => x.messageId)).toEqual(['targetMismatch']);
    expect(f[0].data).toMatchObject({ value: 950, target: 1000 });
  });

  it('stays silent when only a row of another topic is short', async () => {
    expect(await only('claim-mismatch', report('Tất cả các chỉ tiêu về tiêm chủng năm 2024 đều đạt và vượt kế hoạch.', '1.010', '25'))).toEqual([]);
  });

  it('judges a claim right beside the table on the topic\'s rows only', async () => {
    const beside = `1. Y tế\n${table('1.010', '25')}\nTất cả các chỉ tiêu về tiêm chủng đều đạt kế hoạch.`;
    expect(await only('claim-mismatch', beside)).toEqual([]);
  });
});
