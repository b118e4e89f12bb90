import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { extractFigures } from '../../src/extract/figures.js';

async function figures(text: string) {
  const r = await ingestBytes('t.txt', Buffer.from(text, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return extractFigures(r.source, r.source.blocks.map(() => null));
}

// A large number that names (a standard, a decision's number) is written ungrouped in every house style: it is no sign
// that the document writes its amounts ungrouped, so "1 845 con" stays one number (src/extract/figures.ts, maskNamingNumbers).
describe('space-grouped thousands beside an ungrouped id', () => {
  const lines = [
    'I. CHĂN NUÔI',
    'Tổng đàn lợn toàn huyện đạt 1 845 con, đàn gia cầm 32 610 con; sản lượng thịt hơi 2 470 tấn.',
    'Hỗ trợ 9 trang trại áp dụng quy trình chăn nuôi theo TCVN 13567:2022 và tiêu chuẩn ISO 14001:2015.',
  ];
  it('reads "1 845", "32 610" and "2 470" whole when the only five-digit number is a standard', async () => {
    const { figures: figs, numbers } = await figures(lines.join('\n') + '\n');
    expect(numbers.spaceGroups).toBe(true);
    const values = figs.map((f) => f.value);
    expect(values).toEqual(expect.arrayContaining([1845, 32610, 2470]));
    expect(values).not.toContain(845);
  });
  it('still reads the document as ungrouped when it writes a large amount ungrouped', async () => {
    const text = [...lines, 'Kinh phí hỗ trợ 12500 nghìn đồng.'].join('\n') + '\n';
    const { numbers } = await figures(text);
    expect(numbers.spaceGroups).toBe(false);
  });
});

// "1.110 hội viên tham gia tại 9/9 tổ dân phố, chiếm 60% tổng số hội viên": the percent names a whole of another noun than
// the fraction's, after a count of another noun: it is not the fraction's own rate (src/extract/figures.ts, pairPercents).
describe('a percent naming another whole than the fraction beside it', () => {
  it('leaves "14/14 thôn" unpaired from "chiếm 72% tổng số đoàn viên" after a count of members', async () => {
    const text = 'I. KẾT QUẢ\nChiến dịch thu hút 468 đoàn viên tham gia tại 14/14 thôn, chiếm 72,0% tổng số đoàn viên.\n';
    const { figures: figs } = await figures(text);
    const frac = figs.find((f) => f.kind === 'fraction');
    expect(frac?.numerator).toBe(14);
    expect(frac?.percent).toBeNull();
  });
  it('still pairs a fraction with the percent of its own whole', async () => {
    const text = 'I. KẾT QUẢ\nChiến dịch thu hút 468 đoàn viên tham gia tại 10/14 thôn, chiếm 71,4% tổng số thôn.\n';
    const { figures: figs } = await figures(text);
    expect(figs.find((f) => f.kind === 'fraction')?.percent).toBe(71.4);
  });
});
