import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'claim-mismatch';
const run = async (text: string, id: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === id);
const targets = async (text: string) => (await run(text, 'targetMismatch')).map((f) => [f.data.value, f.data.target]);
const ratios = async (text: string) => (await run(text, 'ratioMismatch')).map((f) => [f.data.stated, f.data.high, f.data.low, f.data.actual]);

describe('claim-mismatch: a plan claim of "Số <noun> <verb>" names the count of that noun after that verb just before', () => {
  const inspections = (claim: string, found = 'kiểm tra 74 cơ sở') =>
    `I. KẾT QUẢ\nTrong quý III, Thanh tra huyện phối hợp với các phòng chuyên môn ${found}, phát hiện 19 cơ sở vi phạm; ${claim}.`;

  it('flags a plan claim the named count misses (inspections, same sentence)', async () => {
    // Hand-checked: 74 inspected against a quarter plan of 80, so "vượt" and "đạt" are wrong, "chưa đạt" right; 86 passes 80.
    expect(await targets(inspections('số cơ sở kiểm tra đã vượt kế hoạch đề ra (kế hoạch quý 80 cơ sở)'))).toEqual([[74, 80]]);
    expect(await targets(inspections('số cơ sở được kiểm tra đạt kế hoạch (kế hoạch quý 80 cơ sở)'))).toEqual([[74, 80]]);
    expect(await targets(inspections('số cơ sở kiểm tra chưa đạt kế hoạch (kế hoạch quý 80 cơ sở)'))).toEqual([]);
    expect(await targets(inspections('số cơ sở kiểm tra đã vượt kế hoạch đề ra (kế hoạch quý 80 cơ sở)', 'kiểm tra 86 cơ sở'))).toEqual([]);
  });

  it('reads the sentence just before (vaccination) and a plan after its name (tax returns)', async () => {
    // Hand-checked: 1.180 doses against a plan of 1.250 is short of "đạt"; 1.300 meets it.
    const doses = (n: string) => `I. KẾT QUẢ\nTrong 6 tháng đầu năm, Trạm Y tế tiêm ${n} liều vắc xin cho trẻ em dưới 5 tuổi. Số liều vắc xin được tiêm đạt kế hoạch (kế hoạch 6 tháng 1.250 liều).`;
    expect(await targets(doses('1.180'))).toEqual([[1180, 1250]]);
    expect(await targets(doses('1.300'))).toEqual([]);
    // Hand-checked: 1.140 returns received, the year's plan 1.200: not passed.
    const returns = (n: string) => `I. KẾT QUẢ\nNăm 2025, Chi cục Thuế tiếp nhận ${n} tờ khai thuế, xử lý 1.095 tờ khai; số tờ khai tiếp nhận đã vượt kế hoạch năm (kế hoạch 1.200 tờ khai).`;
    expect(await targets(returns('1.140'))).toEqual([[1140, 1200]]);
    expect(await targets(returns('1.260'))).toEqual([]);
  });

  it('says nothing of two matching counts, a changed verb, a hedged plan, another unit or period, a planned claim', async () => {
    expect(await targets(inspections('số cơ sở kiểm tra đã vượt kế hoạch (kế hoạch quý 80 cơ sở)', 'kiểm tra 74 cơ sở, kiểm tra 12 cơ sở'))).toEqual([]);
    expect(await targets(inspections('số cơ sở kiểm tra đã vượt kế hoạch (kế hoạch quý 80 cơ sở)', 'tái kiểm tra 74 cơ sở'))).toEqual([]);
    expect(await targets(inspections('số cơ sở kiểm tra đã vượt kế hoạch (kế hoạch quý khoảng 80 cơ sở)'))).toEqual([]);
    expect(await targets(inspections('số cơ sở kiểm tra đã vượt kế hoạch (kế hoạch quý 80 lượt)'))).toEqual([]);
    expect(await targets(inspections('số cơ sở kiểm tra đã vượt kế hoạch năm (kế hoạch năm 300 cơ sở)'))).toEqual([]);
    expect(await targets(inspections('số cơ sở kiểm tra dự kiến vượt kế hoạch (kế hoạch quý 80 cơ sở)'))).toEqual([]);
  });
});

describe('claim-mismatch: a figure-less "gấp N lần so với cùng kỳ" against the one count stated elsewhere with its earlier value', () => {
  const report = (claim: string, stated: string) =>
    `I. KHÁI QUÁT\nTrong quý II, các mặt công tác được triển khai đồng bộ; ${claim}.\nII. KẾT QUẢ CỤ THỂ\n${stated}`;
  const measles = (n: string) => `Trạm Y tế đã tiêm vắc xin sởi cho ${n} trẻ em (cùng kỳ năm 2024: 120 trẻ), không có phản ứng nặng sau tiêm.`;

  it('flags a multiple the stated pair does not bear (vaccination)', async () => {
    // Hand-checked: 348/120 = 2,9, so "gấp 2 lần" is wrong and "gấp 3 lần" (2,9 rounded) right.
    expect(await ratios(report('số trẻ em được tiêm vắc xin sởi gấp 2 lần so với cùng kỳ', measles('348')))).toEqual([[2, 348, 120, 2.9]]);
    expect(await ratios(report('số trẻ em được tiêm vắc xin sởi gấp 3 lần so với cùng kỳ', measles('348')))).toEqual([]);
  });

  it('reads a worded multiple (inspections) and a year compared (tax)', async () => {
    // Hand-checked: 96/31 = 3,1, not "gấp đôi"; 62/31 = 2.
    const food = (n: string) => `Đoàn liên ngành đã kiểm tra an toàn thực phẩm tại ${n} cơ sở (cùng kỳ: 31 cơ sở), xử phạt 07 cơ sở.`;
    expect(await ratios(report('số cơ sở được kiểm tra an toàn thực phẩm tăng gấp đôi so với cùng kỳ', food('96')))).toEqual([[2, 96, 31, 3.1]]);
    expect(await ratios(report('số cơ sở được kiểm tra an toàn thực phẩm tăng gấp đôi so với cùng kỳ', food('62')))).toEqual([]);
    // Hand-checked: 1.240/410 = 3,02: "gấp 3 lần" right, "gấp 4 lần" wrong (even read as a rise of 4, ×5).
    const tax = 'Chi cục Thuế đã hướng dẫn 1.240 hộ kinh doanh nộp thuế điện tử (năm 2024: 410 hộ).';
    expect(await ratios(report('số hộ kinh doanh nộp thuế điện tử gấp 3 lần so với năm 2024', tax))).toEqual([]);
    expect(await ratios(report('số hộ kinh doanh nộp thuế điện tử gấp 4 lần so với năm 2024', tax))).toEqual([[4, 1240, 410, 3]]);
  });

  it('says nothing of another year, two statements, a hedge, a planned claim, another period', async () => {
    const claim = 'số trẻ em được tiêm vắc xin sởi gấp 2 lần so với cùng kỳ';
    expect(await ratios(report('số trẻ em được tiêm vắc xin sởi gấp 2 lần so với năm 2023', measles('348')))).toEqual([]);
    expect(await ratios(report(claim, `${measles('348')}\nTrạm Y tế lưu động đã tiêm vắc xin sởi cho 52 trẻ em (cùng kỳ: 40 trẻ).`))).toEqual([]);
    expect(await ratios(report(claim, measles('khoảng 348')))).toEqual([]);
    expect(await ratios(report('số trẻ em được tiêm vắc xin sởi gấp hơn 2 lần so với cùng kỳ', measles('348')))).toEqual([]);
    expect(await ratios(report('phấn đấu số trẻ em được tiêm vắc xin sởi gấp 2 lần so với cùng kỳ', measles('348')))).toEqual([]);
    expect(await ratios(report(claim, `Trong 6 tháng, ${measles('348')}`))).toEqual([]);
  });
});
