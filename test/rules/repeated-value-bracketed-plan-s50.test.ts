import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 50 (h204 r4-rvc-kh-ngan-sach-huyen): a plan stated in brackets after its noun phrase ("X (kế hoạch N)", "(dự toán
// N)", "(chỉ tiêu N)") is X's plan, held against X's plan stated elsewhere in the text or a table's plan column. Sentences
// written for this test, in other topics and wordings than the fixture.
const rvc = (text: string) => findingsOf('repeated-value-conflict', text);
const pairs = (found: Awaited<ReturnType<typeof rvc>>) => found.map((f) => [f.data.name, f.data.value, f.data.other, f.severity]);

const health = (aside: string, first = 'Dự toán kinh phí mua sắm trang thiết bị y tế năm 2025 là 1.250 triệu đồng, đã giải ngân 640 triệu đồng.') =>
  [
    'UBND XÃ HÒA BÌNH',
    'BÁO CÁO Kết quả công tác y tế năm 2025',
    '1. Kết quả thực hiện',
    first,
    'Trạm y tế đã khám, chữa bệnh cho 4.812 lượt người.',
    '2. Tồn tại, hạn chế',
    aside,
    '',
  ].join('\n\n');

const education = (aside: string, header = 'Dự toán giao đầu năm', second = 'Dự toán sau điều chỉnh') =>
  [
    'UBND HUYỆN AN LÃO',
    'BÁO CÁO Tình hình thực hiện dự toán chi sự nghiệp giáo dục năm 2025',
    'I. Dự toán chi',
    'Bảng 1. Dự toán chi sự nghiệp giáo dục năm 2025',
    'ĐVT: triệu đồng',
    `| STT | Nội dung | ${header} | ${second} |`,
    '|---|---|---|---|',
    '| 1 | Chi sửa chữa trường học | 4.200 | 4.650 |',
    '| 2 | Chi mua sắm bàn ghế | 1.800 | 1.800 |',
    '| | Tổng cộng | 6.000 | 6.450 |',
    '',
    'II. Đánh giá',
    aside,
    '',
  ].join('\n');

describe('repeated-value-conflict: a plan in brackets after its noun phrase', () => {
  it('holds "X (dự toán N)" against X\'s plan stated by a plan word in the text', async () => {
    // Neither a slip of the digits nor one name: only the bracket says whose plan it is.
    const found = await rvc(health('- Kinh phí mua sắm trang thiết bị y tế (dự toán 1.380 triệu đồng) giải ngân còn chậm.'));
    expect(pairs(found)).toEqual([['Kinh phí mua sắm trang thiết bị y tế', '1.380 triệu đồng', '1.250 triệu đồng', 'warning']]);
    expect(found[0].evidence.map((e) => [e.quote, e.span.line])).toEqual([['1.380 triệu đồng', 13], ['1.250 triệu đồng', 7]]);
  });

  it('holds "X (kế hoạch N)" against the member X of a plan\'s breakdown', async () => {
    const found = await rvc(health(
      '- Vốn sự nghiệp y tế (kế hoạch 2.740 triệu đồng) mới thực hiện được một phần.',
      'Tổng kế hoạch vốn năm 2025 là 5.000 triệu đồng, gồm: vốn sự nghiệp y tế 2.470 triệu đồng; vốn sự nghiệp văn hóa 2.530 triệu đồng.',
    ));
    expect(pairs(found)).toEqual([['Vốn sự nghiệp y tế', '2.740 triệu đồng', '2.470 triệu đồng', 'error']]);
  });

  it('holds an unqualified bracket against the plan column it is a slip of when a table gives two stages', async () => {
    const found = await rvc(education('Chi sửa chữa trường học (dự toán 4.560 triệu đồng) thực hiện chậm do thời tiết.'));
    expect(pairs(found)).toEqual([['Chi sửa chữa trường học', '4.560 triệu đồng', '4.650', 'error']]);
  });

  it('holds a count of a target in brackets against the target stated before', async () => {
    const found = await rvc([
      'UBND XÃ TÂN PHÚ',
      'BÁO CÁO Kết quả sản xuất nông nghiệp năm 2025',
      '1. Trồng trọt',
      'Chỉ tiêu diện tích lúa chất lượng cao năm 2025 là 420 ha, thực hiện 398 ha.',
      'Sản lượng lương thực ước đạt 12.600 tấn.',
      '2. Tồn tại',
      '- Diện tích lúa chất lượng cao (chỉ tiêu 450 ha) chưa đạt do thiếu giống.',
      '',
    ].join('\n\n'));
    expect(pairs(found)).toEqual([['Diện tích lúa chất lượng cao', '450', '420', 'error']]);
  });

  it('stays silent on look-alikes: the same plan, a result, another year, another place, a sub-item, another stage', async () => {
    // The same value restated.
    expect(await rvc(health('- Kinh phí mua sắm trang thiết bị y tế (dự toán 1.250 triệu đồng) giải ngân còn chậm.'))).toEqual([]);
    // A result in brackets, no plan: "(giải ngân 1.380 …)" against the plan 1.250.
    expect(await rvc(health('- Kinh phí mua sắm trang thiết bị y tế (giải ngân 1.380 triệu đồng) còn thấp so với nhu cầu.'))).toEqual([]);
    // The plan of another year.
    expect(await rvc(health('- Kinh phí mua sắm trang thiết bị y tế năm 2024 (dự toán 1.380 triệu đồng) giải ngân chậm.'))).toEqual([]);
    expect(await rvc(health(
      '- Kinh phí mua sắm trang thiết bị y tế (dự toán 1.380 triệu đồng) giải ngân còn chậm.',
      'Dự toán kinh phí mua sắm trang thiết bị y tế năm 2024 là 1.250 triệu đồng, đã giải ngân 640 triệu đồng.',
    ))).toEqual([]);
    // Another place's budget, another item of the same budget.
    expect(await rvc(health('- Kinh phí mua sắm trang thiết bị y tế của xã Hòa Tiến (dự toán 1.380 triệu đồng) chậm.'))).toEqual([]);
    expect(await rvc(health('- Kinh phí mua sắm trang thiết bị y tế dự phòng (dự toán 520 triệu đồng) giải ngân chậm.'))).toEqual([]);
    // An adjusted plan in brackets against a table giving the adjusted one; the original stage against the original column.
    expect(await rvc(education('Chi sửa chữa trường học (dự toán sau điều chỉnh 4.650 triệu đồng) thực hiện chậm.'))).toEqual([]);
    expect(await rvc(education('Chi sửa chữa trường học (dự toán giao đầu năm 4.200 triệu đồng) thực hiện chậm.'))).toEqual([]);
    // An unqualified bracket equal to one stage, or off both stages by no slip: unsure which plan it restates.
    expect(await rvc(education('Chi sửa chữa trường học (dự toán 4.200 triệu đồng) thực hiện chậm.'))).toEqual([]);
    expect(await rvc(education('Chi sửa chữa trường học (dự toán 5.100 triệu đồng) thực hiện chậm.'))).toEqual([]);
  });
});
