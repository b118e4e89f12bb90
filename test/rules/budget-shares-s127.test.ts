import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';
import { findingsOf } from './audit-helper.js';

// Session 24 (holdout127, budget reports): shares of money totals, and a continued action told with its outcome.
// Every sentence is written for this test; each expected value checked by hand.

const mismatch = async (text: string) => (await findingsOf('percent-mismatch', `${text}\n`)).map((f) => [f.data.stated, f.data.num, f.data.den]);
const overWhole = async (text: string) => (await findingsOf('percent-out-of-range', `${text}\n`)).map((f) => f.data.stated);

describe('percent-mismatch: a share of a total the sentence opens with, named after it by "số …" (s127)', () => {
  it('checks the share when the part is dated by a period before its verb and the share names the total', async () => {
    // 215/860 = 25,0%; 27,5% is not it.
    expect(await mismatch('Tổng tiền phạt chưa nộp đến ngày 31/12/2025 là 860 triệu đồng; quý I đã thu được 215 triệu đồng, đạt 27,5% số tiền phạt.'))
      .toEqual([[27.5, 215_000_000, 860_000_000]]);
    expect(await mismatch('Tổng tiền phạt chưa nộp đến ngày 31/12/2025 là 860 triệu đồng; quý I đã thu được 215 triệu đồng, đạt 25,0% số tiền phạt.')).toEqual([]);
    // "9 tháng": 1.302/2.480 = 52,5%; 58,2% is not it.
    expect(await mismatch('Tổng số hồ sơ tồn đọng là 2.480 hồ sơ; 9 tháng đầu năm đã giải quyết 1.302 hồ sơ, đạt 58,2% số hồ sơ tồn đọng.'))
      .toEqual([[58.2, 1302, 2480]]);
  });

  it('leaves a share naming another thing than the total after "số" alone', async () => {
    // "số hồ sơ đúng hạn" holds words the total's statement does not: it names another rate.
    expect(await mismatch('Tổng số hồ sơ tồn đọng là 2.480 hồ sơ; đã giải quyết 1.302 hồ sơ, đạt 58,2% số hồ sơ đúng hạn.')).toEqual([]);
  });

  it('checks a money share against the total restated in brackets after "tổng số …"', async () => {
    // 8.150/23.400 = 34,8%; 38,4% is two digits swapped.
    expect(await mismatch('Riêng tháng 12 chi trả 8.150 triệu đồng, chiếm 38,4% tổng số kinh phí chi trả trong năm (23.400 triệu đồng).'))
      .toEqual([[38.4, 8_150_000_000, 23_400_000_000]]);
    expect(await mismatch('Riêng tháng 12 chi trả 8.150 triệu đồng, chiếm 34,8% tổng số kinh phí chi trả trong năm (23.400 triệu đồng).')).toEqual([]);
  });
});

describe('percent-out-of-range: a share held by "chiếm" of a named total (s127)', () => {
  it('flags a share of a plan total over 100%, whatever words name the amount before it', async () => {
    // 12.600/41.000 = 30,7%: "130,7%" cannot be a share; "có mục tiêu" names the fund, not a target.
    expect(await overWhole('- Nguồn trung ương bổ sung có mục tiêu 12.600 triệu đồng, chiếm 130,7% tổng kế hoạch vốn;')).toEqual(['130,7']);
    expect(await overWhole('- Nguồn trung ương bổ sung có mục tiêu 12.600 triệu đồng, chiếm 30,7% tổng kế hoạch vốn;')).toEqual([]);
  });

  it('leaves fulfilment rates of a plan alone', async () => {
    expect(await overWhole('Nguồn trung ương bổ sung có mục tiêu 12.600 triệu đồng, đạt 130,7% kế hoạch vốn.')).toEqual([]);
    expect(await overWhole('Giải ngân 12.600 triệu đồng, bằng 130,7% tổng kế hoạch năm trước.')).toEqual([]);
  });
});

describe('date-out-of-period: a continued action told with its outcome is done (s127)', () => {
  const HEAD = ['Số: 77/BC-UBND', 'Xã Tân Lập, ngày 08 tháng 7 năm 2026', 'BÁO CÁO', 'Kết quả công tác 6 tháng đầu năm 2026', 'I. KẾT QUẢ'];
  const found = (line: string) =>
    analyseSource(sourceFromText([...HEAD, line].join('\n')), { only: ['date-out-of-period'] }).findings.filter((f) => f.severity !== 'info').map((f) => [f.messageId, f.data.found]);

  it('flags a day after signing on an action continued "thành công"', () => {
    expect(found('Ngày 20/3/2026, xã tổ chức giao đất cho 05 hộ. Ngày 25/9/2026, xã tiếp tục giao đất thành công cho 04 hộ còn lại.')).toEqual([['dateAfterReport', '25/9/2026']]);
  });

  it('leaves a continuation its sentence plans alone', () => {
    // Session 51: a sentence opening "Ngày <d>, …" narrates its day, "tiếp tục" there included (h176, h216); plan words
    // still keep it silent.
    expect(found('Ngày 20/3/2026, xã tổ chức giao đất cho 05 hộ. Ngày 25/9/2026, xã sẽ tiếp tục giao đất cho 04 hộ còn lại.')).toEqual([]);
    expect(found('Ngày 20/3/2026, xã tổ chức giao đất cho 05 hộ. Ngày 25/9/2026, xã tiếp tục giao đất cho 04 hộ còn lại theo kế hoạch.')).toEqual([]);
  });

  it('flags a continuation narrated on its day, with no outcome words (s51)', () => {
    expect(found('Ngày 20/3/2026, xã tổ chức giao đất cho 05 hộ. Ngày 25/9/2026, xã tiếp tục giao đất cho 04 hộ còn lại.')).toEqual([['dateAfterReport', '25/9/2026']]);
  });
});
