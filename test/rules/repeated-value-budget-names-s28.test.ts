import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 28 (l140): a budget line stated in the text against its row of a settlement table (appendix rows). Three readings
// that hid such slips: "bổ sung có mục tiêu" is the name of a transfer, no addition ("bổ sung") and no target ("mục tiêu");
// a "Quyết toán năm 2024" column frames its cells as "Thực hiện" does, naming nothing they measure; "2,135 tỷ đồng" at the
// table's "triệu đồng" is 2.135 (not 2134,9999999999998) when its digits are held against the cell's. Table and sentences
// written for this test; each pair of values checked by hand to swap two neighbouring digits (1.270 / 1.720, 2.315 / 2.135).
const RULE = 'repeated-value-conflict';

const doc = (header: string, assessment: string) => [
  'ỦY BAN NHÂN DÂN XÃ TÂN HỢP',
  'BÁO CÁO',
  'Quyết toán thu, chi ngân sách xã năm 2024',
  'I. QUYẾT TOÁN THU, CHI NGÂN SÁCH',
  '1. Số liệu quyết toán',
  'Biểu 01. Quyết toán thu, chi ngân sách xã năm 2024',
  '(ĐVT: triệu đồng)',
  `STT\tNội dung\tDự toán năm 2024\t${header}\t% so với dự toán`,
  '1\tThu bổ sung cân đối\t5 400\t5 400\t100,0',
  '2\tThu bổ sung có mục tiêu\t900\t1 270\t141,1',
  '3\tChi sự nghiệp giáo dục\t2 100\t2 315\t110,2',
  '4\tChi quản lý hành chính\t3 050\t2 980\t97,7',
  '2. Đánh giá',
  assessment,
].join('\n') + '\n';
const run = async (header: string, assessment: string) => (await findingsOf(RULE, doc(header, assessment))).map((f) => [f.severity, f.data.value, f.data.other]);

const TRANSFER = 'Các khoản chi đều bảo đảm đúng chế độ; thu bổ sung có mục tiêu năm 2024 là 1,720 tỷ đồng, chủ yếu để làm đường giao thông nông thôn.';
const EDUCATION = 'Chi sự nghiệp giáo dục năm 2024 là 2,135 tỷ đồng, chủ yếu chi lương và mua sắm thiết bị dạy học.';

describe('repeated-value-conflict: a budget line against its settlement row', () => {
  it('flags the targeted transfer whose digits swap the row\'s, under "Quyết toán" or "Thực hiện"', async () => {
    expect(await run('Quyết toán năm 2024', TRANSFER)).toEqual([['error', '1,720 tỷ đồng', '1 270']]);
    expect(await run('Thực hiện năm 2024', TRANSFER)).toEqual([['error', '1,720 tỷ đồng', '1 270']]);
  });

  it('flags an amount whose scaled value is not exact in floating point', async () => {
    expect(await run('Quyết toán năm 2024', EDUCATION)).toEqual([['error', '2,135 tỷ đồng', '2 315']]);
    expect(await run('Thực hiện năm 2024', EDUCATION)).toEqual([['error', '2,135 tỷ đồng', '2 315']]);
  });

  it('says nothing when the text restates the rows right', async () => {
    expect(await run('Quyết toán năm 2024', TRANSFER.replace('1,720', '1,270'))).toEqual([]);
    expect(await run('Quyết toán năm 2024', EDUCATION.replace('2,135', '2,315'))).toEqual([]);
  });

  it('keeps a real target a target ("mục tiêu năm 2024 là …")', async () => {
    expect(await run('Quyết toán năm 2024', 'Mục tiêu chi sự nghiệp giáo dục năm 2024 là 2,135 tỷ đồng.')).toEqual([]);
  });
});
