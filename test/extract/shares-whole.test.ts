import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';

async function analysis(text: string) {
  return (await analyseBytes('t.txt', Buffer.from(text + '\n', 'utf8'), { only: [] })).analysis!;
}
// The part and whole each stated share was read against, as written.
async function sharesOf(text: string) {
  return (await analysis(text)).textReadings.statedShares.map((s) => [s.share.raw, s.part.raw, s.whole.raw]);
}
// Each breakdown share with its part and the parts summed as its base.
async function breakdownsOf(text: string) {
  return (await analysis(text)).textReadings.breakdownShares.map((s) => [s.share.raw, s.part.raw, s.parts.map((p) => p.raw).join('+')]);
}

describe('a share naming a whole stated once before, in another paragraph', () => {
  const births = 'Dân số đầu năm 5.200 người; trong năm sinh 80 trẻ, chết 30 người.';
  const share = 'Số trẻ sinh là con thứ ba 12 trường hợp, chiếm 17,5% tổng số trẻ sinh trong năm.';

  it('takes the one earlier count whose noun and words before it hold the named phrase', async () => {
    expect(await sharesOf(`${births}\n${share}`)).toEqual([['17,5%', '12', '80']]);
  });

  it('reads nothing when two earlier counts fit with different values', async () => {
    const again = 'Theo số liệu rà soát lại, trong năm sinh 86 trẻ.';
    expect(await sharesOf(`${births}\n${again}\n${share}`)).toEqual([]);
  });

  it('reads nothing from a count of another period, a comparison or a narrower group', async () => {
    expect(await sharesOf(`Năm 2023 sinh 80 trẻ.\n${share}`)).toEqual([]);
    // The households at the start of the year are not the whole a share of "tổng số hộ nghèo" names without a period.
    expect(await sharesOf('Đầu năm có 150 hộ nghèo.\nCó 15 hộ nghèo thoát nghèo, chiếm 12,5% tổng số hộ nghèo.')).toEqual([]);
    expect(await sharesOf(`Số trẻ sinh giảm so với cùng kỳ sinh 80 trẻ.\n${share}`)).toEqual([]);
    expect(await sharesOf(`Trong năm có 80 trẻ sinh, trong đó 41 trẻ nam.\nSố trẻ sinh là trẻ nam thứ ba 12 trường hợp, chiếm 17,5% tổng số trẻ nam.`)).toEqual([]);
  });

  it('never takes a part opened by "Trong đó," as the whole a later share names', async () => {
    // The whole of "tổng số lượt kiểm tra" is the 42, not the part "Trong đó, 30 lượt kiểm tra …": 21/42 = 50%.
    const text = 'Toàn huyện có 42 lượt kiểm tra. Trong đó, 30 lượt kiểm tra có kết luận.\nCác xã A và B có 21 lượt kiểm tra, chiếm 50% tổng số lượt kiểm tra.';
    expect(await sharesOf(text)).toEqual([['50%', '21', '42']]);
    // Without the connector the same clause is read as the whole: 21/30 = 70%.
    const plain = 'Toàn huyện có 30 lượt kiểm tra.\nCác xã A và B có 21 lượt kiểm tra, chiếm 70% tổng số lượt kiểm tra.';
    expect(await sharesOf(plain)).toEqual([['70%', '21', '30']]);
  });

  it('reads nothing for a share of another whole, a one-word whole, or a part counting something else', async () => {
    expect(await sharesOf(`${births}\nSố trẻ sinh là con thứ ba 12 trường hợp, chiếm 17,5% tổng số trẻ sinh là con thứ hai.`)).toEqual([]);
    expect(await sharesOf('Hỗ trợ làm nhà cho 300 hộ.\nCó 45 hộ nghèo, chiếm 4,5% tổng số hộ.')).toEqual([]);
    expect(await sharesOf(`${births}\nCó 12 thôn, chiếm 17,5% tổng số trẻ sinh trong năm.`)).toEqual([]);
  });
});

describe('a breakdown whose parts carry their shares in brackets', () => {
  it('reads the parts of one sentence and one noun against their sum', async () => {
    // 15 + 6 + 3 = 24; 15/24 = 62,5%, 6/24 = 25%, 3/24 = 12,5% (stated 14,50%: the one odd share).
    const text = 'Trình độ chuyên môn: đại học 15 người (62,50%); trung cấp 06 người (25,00%); sơ cấp 03 người (14,50%).';
    expect(await breakdownsOf(text)).toEqual([
      ['62,50%', '15', '15+06+03'],
      ['25,00%', '06', '15+06+03'],
      ['14,50%', '03', '15+06+03'],
    ]);
    // The bracket may name the share: 10 + 6 + 4 = 20; 50%, 30%, 20%.
    const named = 'Trình độ: đại học 10 người (chiếm 50%), cao đẳng 06 người (chiếm 30%), trung cấp 04 người (tỷ lệ 20%).';
    expect((await breakdownsOf(named)).map((r) => r[0])).toEqual(['50%', '30%', '20%']);
  });

  it('reads nothing when two shares disagree with the sum, with two parts only, or across sentences or nouns', async () => {
    // Shares of a whole of 30 (50%, 20%, 10%): none agrees with the sum 24.
    expect(await breakdownsOf('Trình độ: đại học 15 người (50,0%); trung cấp 06 người (20,0%); sơ cấp 03 người (10,0%).')).toEqual([]);
    expect(await breakdownsOf('Giới tính: nam 10 người (50%); nữ 08 người (50%).')).toEqual([]);
    expect(await breakdownsOf('Đại học 15 người (62,50%). Trung cấp 06 người (25,00%). Sơ cấp 03 người (14,50%).')).toEqual([]);
    expect(await breakdownsOf('Đã kiểm tra 15 hộ (62,50%); 06 cơ sở (25,00%); 03 người (14,50%).')).toEqual([]);
  });
});

describe('a share of the first count of its noun in the sentence, the part named by that noun and more', () => {
  it('reads "số <noun> <narrowing> là N, đạt P%" after the first count of the noun as a share of that count', async () => {
    // Hand-checked: 1.530 of 1.800 hồ sơ online; 1.530/1.800 = 85,0%.
    expect(await sharesOf('Bộ phận một cửa tiếp nhận 1.800 hồ sơ thủ tục; số hồ sơ thủ tục nộp trực tuyến là 1.530 hồ sơ, đạt 85,0%.'))
      .toEqual([['85,0%', '1.530', '1.800']]);
  });

  it('reads nothing when the percent names its own base, or the part is not named by the whole\'s words', async () => {
    expect(await sharesOf('Bộ phận một cửa tiếp nhận 1.800 hồ sơ thủ tục; số hồ sơ thủ tục nộp trực tuyến là 1.530 hồ sơ, đạt 85,0% kế hoạch.')).toEqual([]);
    expect(await sharesOf('Bộ phận một cửa tiếp nhận 1.800 hồ sơ thủ tục. Số hồ sơ thủ tục nộp trực tuyến là 1.530 hồ sơ, đạt 85,0%.')).toEqual([]);
  });
});

describe('shares naming one whole by a plain "số …" phrase, the whole stated in an earlier section', () => {
  const head = 'I. KHẢO SÁT\nToàn xã có 1.200 hộ; số hộ được khảo sát thu nhập là 800 hộ.\nII. KẾT QUẢ\n';
  const rows = (a: string, b: string, c?: string) => [
    `- Hộ nghèo: 96 hộ, chiếm ${a}% số hộ được khảo sát.`,
    `- Hộ cận nghèo: 64 hộ, chiếm ${b}% số hộ được khảo sát.`,
    ...(c ? [`- Hộ khá: 240 hộ, chiếm ${c}% số hộ được khảo sát.`] : []),
  ].join('\n');

  it('reads the earlier count named by the phrase when every share but one agrees with it', async () => {
    // Hand-checked: 96/800 = 12%, 240/800 = 30% agree; 64/800 = 8%, so the 9% is the odd one, still read against 800.
    expect(await sharesOf(head + rows('12,00', '9,00', '30,00'))).toEqual([['12,00%', '96', '800'], ['9,00%', '64', '800'], ['30,00%', '240', '800']]);
  });

  it('reads nothing from two shares alone, or when two of three disagree', async () => {
    expect(await sharesOf(head + rows('12,00', '9,00'))).toEqual([]);
    // 13% and 9% both disagree with 800: the base may be another.
    expect(await sharesOf(head + rows('13,00', '9,00', '30,00'))).toEqual([]);
  });
});

describe('bare shares of one sentence joining the one share that names a phrase', () => {
  const head = 'Toàn thôn có 960 hộ; đã điều tra thu nhập cho 800 hộ.\n';
  it('reads the bare shares and the named one against the count the phrase names, the odd one the slip', async () => {
    // Hand-checked: 96/800 = 12%, 64/800 = 8%, 240/800 = 30% (stated 32%: the slip); the phrase closes the last share.
    const text = `${head}Kết quả có 96 hộ thu nhập dưới chuẩn, chiếm 12,00%; 64 hộ thu nhập cận chuẩn, chiếm 8,00%; 240 hộ có thu nhập khá giả ổn định, chiếm 32,00% số hộ được điều tra.`;
    const read = (await sharesOf(text)).sort((a, b) => Number(b[1]) - Number(a[1]));
    expect(read).toEqual([['32,00%', '240', '800'], ['12,00%', '96', '800'], ['8,00%', '64', '800']]);
  });
  it('reads nothing when the bare shares are of another sentence, or two of three disagree', async () => {
    const apart = `${head}Có 96 hộ thu nhập dưới chuẩn, chiếm 12,00%. Có 64 hộ cận chuẩn, chiếm 8,00%; 240 hộ khá, chiếm 32,00% số hộ được điều tra.`;
    // The named share may be read on its own words; the bare ones are not read.
    const bare = (read: string[][]) => read.filter(([share]) => share !== '32,00%');
    expect(bare(await sharesOf(apart))).toEqual([]);
    const odd = `${head}Có 96 hộ thu nhập dưới chuẩn, chiếm 15,00%; 64 hộ cận chuẩn, chiếm 8,00%; 240 hộ khá, chiếm 32,00% số hộ được điều tra.`;
    expect(bare(await sharesOf(odd))).toEqual([]);
  });
});

describe('a share of the other side of a split a fraction just before states', () => {
  const text = (cash: number, share: string) => `- Số hộ nộp thuế qua ngân hàng là 1.240/1.600 hộ, đạt 77,5%.\n- Số hộ nộp thuế bằng tiền mặt là ${cash} hộ, chiếm ${share}%.`;

  it('reads the fraction\'s whole when its part and this one add up to it exactly', async () => {
    // Hand-checked: 1 240 + 360 = 1 600, so the 360 hộ are the rest of the 1 600; 360/1 600 = 22,5%.
    expect(await sharesOf(text(360, '25,0'))).toEqual([['25,0%', '360', '1.240/1.600']]);
  });

  it('reads nothing when the two parts do not make the whole', async () => {
    // 1 240 + 350 = 1 590: the 350 hộ may be of another base.
    expect(await sharesOf(text(350, '25,0'))).toEqual([]);
  });
});
