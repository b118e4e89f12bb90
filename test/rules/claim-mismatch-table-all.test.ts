import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A claim that every target was met, against the table right after its paragraph (src/extract/claims-table-all.ts).
const RULE = 'claim-mismatch';
const ids = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.severity !== 'info').map((f) => f.messageId);

// Hand-checked: Keo lai 45.000 of 50.000 cây is 90% of its plan; the other rows pass theirs.
const table = (keo: string, rate: string) => [
  'STT\tLoại cây\tĐVT\tKế hoạch\tThực hiện\tTỷ lệ so với KH (%)',
  '1\tThông ba lá\tcây\t30.000\t31.500\t105,0',
  `2\tKeo lai\tcây\t50.000\t${keo}\t${rate}`,
  '3\tQuế\tcây\t20.000\t20.400\t102,0',
].join('\n');

describe('claim-mismatch: all targets met, against the table right after', () => {
  it('flags "hoàn thành 100% kế hoạch đối với tất cả …" when a row of the table is below its plan', async () => {
    const text = (keo: string, rate: string) => `Năm 2025, Ban quản lý rừng phòng hộ trồng bổ sung cây lâm nghiệp, hoàn thành 100% kế hoạch đối với tất cả các loại cây. Số liệu như sau:\n${table(keo, rate)}`;
    const f = (await findingsOf(RULE, text('45.000', '90,0') + '\n')).filter((x) => x.severity !== 'info');
    expect(f.map((x) => x.messageId)).toEqual(['targetMismatch']);
    expect(f[0].data).toMatchObject({ value: 45000, target: 50000, relation: 'thấp hơn' });
    expect(await ids(text('52.000', '104,0'))).toEqual([]);
  });

  it('flags "Tất cả các chỉ tiêu … đều đạt và vượt" before such a table', async () => {
    expect(await ids(`Tất cả các chỉ tiêu trồng rừng của đơn vị đều đạt và vượt, cụ thể:\n${table('45.000', '90,0')}`)).toEqual(['targetMismatch']);
  });

  it('stays silent on a hedged, negated, planned or partial claim, a claim without "all", or a table further away', async () => {
    const t = table('45.000', '90,0');
    expect(await ids(`Cơ bản hoàn thành tất cả các chỉ tiêu trồng rừng, cụ thể:\n${t}`)).toEqual([]);
    expect(await ids(`Chưa hoàn thành tất cả các chỉ tiêu trồng rừng, cụ thể:\n${t}`)).toEqual([]);
    expect(await ids(`Năm 2026 phấn đấu hoàn thành tất cả các chỉ tiêu trồng rừng, cụ thể:\n${t}`)).toEqual([]);
    expect(await ids(`Hầu hết các chỉ tiêu trồng rừng đều đạt, cụ thể:\n${t}`)).toEqual([]);
    expect(await ids(`Công tác trồng rừng hoàn thành kế hoạch, cụ thể:\n${t}`)).toEqual([]);
    expect(await ids(`Hoàn thành tất cả các chỉ tiêu trồng rừng.\nBan quản lý đã nghiệm thu các lô cây giống.\n${t}`)).toEqual([]);
    // Rows named one by one before "đều" are those rows, not all of the table (Keo lai is below its plan, not named).
    expect(await ids(`Trồng thông ba lá và trồng quế đều vượt kế hoạch, cụ thể:\n${t}`)).toEqual([]);
    expect(await ids(`Các loại cây trồng rừng đều vượt kế hoạch, cụ thể:\n${t}`)).toEqual(['targetMismatch']);
    // A claim with a figure of its own is about that figure, not the table.
    expect(await ids(`Tất cả các chỉ tiêu đều đạt, trồng được 96.900 cây, cụ thể:\n${t}`)).toEqual([]);
  });

  it('stays silent on a table with no plan column', async () => {
    const noPlan = 'STT\tLoại cây\tNăm 2024\tNăm 2025\n1\tThông ba lá\t30.000\t31.500\n2\tKeo lai\t50.000\t45.000\n';
    expect(await ids(`Tất cả các chỉ tiêu trồng rừng đều đạt và vượt, cụ thể:\n${noPlan}`)).toEqual([]);
  });
});

describe('claim-mismatch: all targets met, in the paragraph that sums up the table right before', () => {
  it('flags "Nhìn chung, tất cả các loại cây đều đạt và vượt kế hoạch" under a table with a row below its plan', async () => {
    const text = (keo: string, rate: string, after: string) => `Kết quả trồng cây năm 2025:\n${table(keo, rate)}\n${after}\nBan quản lý đã nghiệm thu các lô cây giống.`;
    const claim = 'Nhìn chung, tất cả các loại cây đều đạt và vượt kế hoạch, không để xảy ra tình trạng thiếu cây giống.';
    expect(await ids(text('45.000', '90,0', claim))).toEqual(['targetMismatch']);
    expect(await ids(text('52.000', '104,0', claim))).toEqual([]);
    // The negation in the claim's own clause, or an exception anywhere in its sentence, leaves it unread.
    expect(await ids(text('45.000', '90,0', 'Nhìn chung, không phải tất cả các loại cây đều đạt kế hoạch.'))).toEqual([]);
    expect(await ids(text('45.000', '90,0', 'Tất cả các loại cây đều đạt kế hoạch, riêng keo lai chỉ đạt 90%.'))).toEqual([]);
    // The others only ("còn lại", "khác"), after the one missed was named in a sentence before.
    expect(await ids(text('45.000', '90,0', 'Keo lai thiếu giống. Các loại cây còn lại đều đạt và vượt kế hoạch.'))).toEqual([]);
    expect(await ids(text('45.000', '90,0', 'Keo lai thiếu giống. Tất cả các loại cây khác đều đạt kế hoạch.'))).toEqual([]);
    // A paragraph further down is no summing up of this table.
    expect(await ids(`${text('45.000', '90,0', 'Ban quản lý đã nghiệm thu các lô cây giống.')}\n${claim}`)).toEqual([]);
  });
});

// A claim that every row reaches a rate, against the table's one rate column (src/extract/claims-table-rate-floor.ts).
describe('claim-mismatch: all rows at or above a rate, against the table right after', () => {
  // Hand-checked: Thôn Đông's coverage 93,8% is below 95%; the other hamlets reach it.
  const rates = (dong: string) => [
    'Bảng 2. Kết quả tiêm chủng mở rộng năm 2025',
    'TT\tThôn\tSố trẻ trong diện\tSố trẻ được tiêm đủ\tTỷ lệ tiêm chủng (%)',
    `1\tThôn Đông\t160\t150\t${dong}`, '2\tThôn Tây\t120\t118\t98,3', '3\tThôn Nam\t100\t100\t100,0', '4\tThôn Bắc\t80\t80\t100,0',
  ].join('\n');

  it('flags "các thôn đều đạt tỷ lệ … từ X% trở lên" when a row of the rate column is below X', async () => {
    const f = (await findingsOf(RULE, `Công tác tiêm chủng được duy trì, các thôn đều đạt tỷ lệ tiêm chủng từ 95% trở lên.\n${rates('93,8')}\n`)).filter((x) => x.severity !== 'info');
    expect(f.map((x) => [x.messageId, x.data.value, x.data.target])).toEqual([['targetMismatch', 93.8, 95]]);
    expect(await ids(`Công tác tiêm chủng được duy trì, các thôn đều đạt tỷ lệ tiêm chủng từ 95% trở lên.\n${rates('96,3')}`)).toEqual([]);
  });

  it('reads "trên X%" as strict, like every bound over a table: a row at X itself breaks it, "từ X% trở lên" does not', async () => {
    // Hand-checked: Thôn Đông at exactly 95,0% is not above 95%, but is at 95% or more.
    const strict = (await findingsOf(RULE, `Năm 2025, các thôn đều đạt tỷ lệ tiêm chủng trên 95%.\n${rates('95,0')}\n`)).filter((x) => x.severity !== 'info');
    expect(strict.map((x) => [x.messageId, x.data.value, x.data.target])).toEqual([['targetMismatch', 95, 95]]);
    expect(await ids(`Năm 2025, các thôn đều đạt tỷ lệ tiêm chủng từ 95% trở lên.\n${rates('95,0')}`)).toEqual([]);
    expect(await ids(`Năm 2025, các thôn đều đạt tỷ lệ tiêm chủng trên 95%.\n${rates('95,1')}`)).toEqual([]);
  });

  it('tells a claim two readers of bounds both read once ("tất cả … đều đạt … từ X% trở lên")', async () => {
    // Hand-checked: Thôn Đông's 93,8% is below 95%: one finding, not one per reader.
    const f = (await findingsOf(RULE, `Năm 2025, tất cả các thôn đều đạt tỷ lệ tiêm chủng từ 95% trở lên.\n${rates('93,8')}\n`)).filter((x) => x.severity !== 'info');
    expect(f.map((x) => [x.messageId, x.data.value, x.data.target])).toEqual([['targetMismatch', 93.8, 95]]);
  });

  it('reads "các … còn lại" as the rows a statement before sets apart by their count and rate, and stays silent otherwise', async () => {
    // Two hamlets at 100% set apart; the rest (93,8 and 98,3) must reach 95%: Thôn Đông does not.
    expect(await ids(`Có 02 thôn đạt tỷ lệ tiêm chủng 100%; các thôn còn lại đều đạt tỷ lệ tiêm chủng từ 95% trở lên.\n${rates('93,8')}`)).toEqual(['targetMismatch']);
    // The rows set apart are below the floor ("01 thôn chưa đạt 95%"): Thôn Đông may be that one.
    expect(await ids(`Có 01 thôn đạt tỷ lệ tiêm chủng 93,8%; các thôn còn lại đều đạt tỷ lệ tiêm chủng từ 95% trở lên.\n${rates('93,8')}`)).toEqual([]);
    // A hedge, a rate the column does not name, or a ceiling says nothing.
    expect(await ids(`Hầu hết các thôn đều đạt tỷ lệ tiêm chủng từ 95% trở lên.\n${rates('93,8')}`)).toEqual([]);
    expect(await ids(`Các thôn đều đạt tỷ lệ bao phủ bảo hiểm y tế từ 95% trở lên.\n${rates('93,8')}`)).toEqual([]);
    expect(await ids(`Các thôn đều có tỷ lệ tiêm chủng dưới 95%.\n${rates('93,8')}`)).toEqual([]);
  });

  it('leaves a table alone when a row\'s words spill into a value column and shift its rate', async () => {
    // Hand-checked: every hamlet reaches 95% (Thôn Tây 19/20 = 95,0%), but "mới" spilt into its own cell moves "19" under the rate.
    const spilt = rates('96,3').replace('2\tThôn Tây\t120\t118\t98,3', '2\tThôn Tây\tmới\t20\t19\t95,0');
    expect(await ids(`Công tác tiêm chủng được duy trì, các thôn đều đạt tỷ lệ tiêm chủng từ 95% trở lên.\n${spilt}`)).toEqual([]);
  });
});

describe('claim-mismatch: all items met their plan, said far from the one table of those items', () => {
  // Hand-checked: "Quế" reached 18.500 of its 20.000 plan (92,5%); the other rows of the tree table pass theirs.
  const doc = (que: string, claim: string) => [
    'I. KẾT QUẢ', 'a) Trồng cây', 'Loại cây\tKế hoạch\tThực hiện\tTỷ lệ', 'Thông\t30.000\t31.500\t105,0', `Quế\t20.000\t${que}\t92,5`, 'Keo\t50.000\t52.000\t104,0',
    'b) Chăm sóc vườn ươm', 'Loại việc\tKế hoạch\tThực hiện\tTỷ lệ', 'Làm cỏ\t12\t12\t100,0', 'Bón phân\t8\t9\t112,5',
    'II. ĐÁNH GIÁ CHUNG', `Năm 2025 trồng được 102.000 cây, ${claim}; vườn ươm được chăm sóc tốt.`,
  ].join('\n');

  it('flags the claim when a row of the table its noun and plan word name falls short', async () => {
    const f = (await findingsOf(RULE, doc('18.500', 'tất cả các loại cây đều đạt và vượt kế hoạch') + '\n')).filter((x) => x.severity !== 'info');
    expect(f.map((x) => [x.messageId, x.data.value, x.data.target])).toEqual([['targetMismatch', 18500, 20000]]);
    expect(await ids(doc('20.500', 'tất cả các loại cây đều đạt và vượt kế hoạch'))).toEqual([]);
  });

  it('says nothing of a noun no single table names, nor of a hedged claim', async () => {
    expect(await ids(doc('18.500', 'tất cả các loại đều đạt và vượt kế hoạch'))).toEqual([]);
    expect(await ids(doc('18.500', 'hầu hết các loại cây đều đạt và vượt kế hoạch'))).toEqual([]);
  });
});
