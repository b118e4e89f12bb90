import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'claim-mismatch';
const run = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'targetMismatch');
const FACTS = 'I. KẾT QUẢ\nChi đầu tư phát triển của xã 6 tháng giải ngân 4 120 triệu đồng, bằng 58,3% kế hoạch vốn; chi thường xuyên 2 950 triệu đồng, bằng 104,2% kế hoạch năm.\n';

describe('claim-mismatch: a plan met or missed, claimed with no figure, against the one rate of that plan for its subject', () => {
  it('flags "vượt kế hoạch" of a subject whose stated rate is below 100%, and "chưa đạt" of one above it', async () => {
    // Hand-checked: investment spending stands at 58,3% of its plan, so it has not passed it; current spending at 104,2%.
    const over = await run(`${FACTS}II. ĐÁNH GIÁ CHUNG\nTrong 6 tháng, chi đầu tư phát triển đã vượt kế hoạch được giao; an ninh trật tự ổn định.`);
    expect(over.map((f) => [f.data.claim, f.data.value])).toEqual([['vượt kế hoạch', 58.3]]);
    const under = await run(`${FACTS}II. ĐÁNH GIÁ CHUNG\nChi thường xuyên 6 tháng chưa đạt kế hoạch do nguồn thu chậm.`);
    expect(under.map((f) => [f.data.claim, f.data.value])).toEqual([['chưa đạt kế hoạch', 104.2]]);
  });

  it('says nothing when the claim agrees, names no subject the report rated, is hedged or carries its own figure', async () => {
    expect(await run(`${FACTS}II. ĐÁNH GIÁ CHUNG\nChi thường xuyên đã vượt kế hoạch được giao.`)).toEqual([]);
    expect(await run(`${FACTS}II. ĐÁNH GIÁ CHUNG\nThu ngân sách đã vượt kế hoạch được giao.`)).toEqual([]);
    expect(await run(`${FACTS}II. NHIỆM VỤ\nPhấn đấu chi đầu tư phát triển vượt kế hoạch được giao.`)).toEqual([]);
    // A subject of words no rated statement holds ("các khoản chi") names none of the rates.
    expect(await run(`${FACTS}II. ĐÁNH GIÁ CHUNG\nNhìn chung các khoản chi đã vượt kế hoạch.`)).toEqual([]);
  });
});

describe('claim-mismatch: a figure-less plan claim is not read against an excess over the plan nor against its exception', () => {
  it('takes "vượt 4,5% so với kế hoạch" as an excess (104,5% of the plan), not as a fulfilment of 4,5%', async () => {
    // Hand-checked: 209 of a planned 200 sessions is 104,5% of the plan, 4,5% over it: the claim agrees.
    const text = 'I. KẾT QUẢ\nTrạm y tế xã tổ chức 209 buổi khám sàng lọc, vượt 4,5% so với kế hoạch năm (200 buổi).\nII. ĐÁNH GIÁ CHUNG\nTrạm y tế xã hoàn thành vượt kế hoạch khám sàng lọc.';
    expect(await run(text)).toEqual([]);
  });

  it('says nothing of "đều vượt kế hoạch, trừ X (đạt p% kế hoạch)": the one rate stated is the exception\'s', async () => {
    const text = 'I. KẾT QUẢ\n- Diện tích lúa: 410 ha, đạt 102,5% kế hoạch;\n- Diện tích khoai lang: 38 ha, đạt 84,4% kế hoạch.\nII. ĐÁNH GIÁ CHUNG\nDiện tích các cây trồng chính đều vượt kế hoạch, trừ khoai lang (đạt 84,4% kế hoạch diện tích).';
    expect(await run(text)).toEqual([]);
  });
});

describe('claim-mismatch: a plan met or missed, claimed with no figure, against the plan and result of the section it names', () => {
  const doc = (done: number, claim: string) => [
    'I. KẾT QUẢ', '1. Công tác kiểm tra an toàn thực phẩm',
    `Kế hoạch năm 2025 là 24 đợt kiểm tra; thực tế triển khai ${done} đợt, phát hiện 11 cơ sở vi phạm.`,
    '2. Công tác tuyên truyền', 'Tổ chức 16 buổi nói chuyện chuyên đề tại các thôn.',
    'II. ĐÁNH GIÁ CHUNG', `- ${claim}; người dân chấp hành tốt.`,
  ].join('\n');

  it('flags "vượt kế hoạch" of a section whose result is below its plan, and "chưa đạt" of one above it', async () => {
    // Hand-checked: 21 of the 24 inspections planned is short of the plan; 26 passes it.
    const f = await run(doc(21, 'Công tác kiểm tra an toàn thực phẩm hoàn thành vượt kế hoạch năm'));
    expect(f.map((x) => [x.data.value, x.data.target])).toEqual([[21, 24]]);
    expect(await run(doc(26, 'Công tác kiểm tra an toàn thực phẩm hoàn thành vượt kế hoạch năm'))).toEqual([]);
    expect((await run(doc(26, 'Công tác kiểm tra an toàn thực phẩm chưa đạt kế hoạch năm'))).map((x) => x.data.value)).toEqual([26]);
  });

  it('says nothing of a hedged claim, nor of one that names no single section', async () => {
    expect(await run(doc(21, 'Công tác kiểm tra an toàn thực phẩm cơ bản hoàn thành vượt kế hoạch năm'))).toEqual([]);
    expect(await run(doc(21, 'Công tác chuyên môn hoàn thành vượt kế hoạch năm'))).toEqual([]);
  });
});

describe('claim-mismatch: a plan claim naming one topic of a section title that joins two', () => {
  it('reads the rate of the plan in the section whose title opens with the claim\'s topic ("A và B")', async () => {
    // Hand-checked: 1 180 of the 1 240 cards planned is 95,2%, short of the plan the summary says was passed.
    const text = (claim: string) => [
      'I. KẾT QUẢ', '1. Cấp thẻ bảo hiểm y tế và hỗ trợ người có công',
      '- Chỉ tiêu được giao 1 240 thẻ, đã cấp 1 180 thẻ, đạt 95,2% kế hoạch; thăm hỏi 36 gia đình chính sách.',
      '2. Giảm nghèo', '- Có 12 hộ thoát nghèo.', 'II. ĐÁNH GIÁ CHUNG', `- ${claim}; công tác giảm nghèo có chuyển biến.`,
    ].join('\n');
    expect((await run(text('Công tác cấp thẻ bảo hiểm y tế cho người dân vượt kế hoạch'))).map((f) => f.data.value)).toEqual([95.2]);
    expect(await run(text('Công tác cấp thẻ bảo hiểm y tế cho người dân chưa đạt kế hoạch'))).toEqual([]);
  });
});
