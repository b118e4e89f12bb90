import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// A budget table whose "Chi sự nghiệp giáo dục" row has a slipped plan cell: 15.200 where its rate 52,0 fits 12.500
// (6.500/12.500 = 52,0%). The row's own rate is the table checks' to judge, not the sentence that repeats it.
const table = [
  'Kết quả chi ngân sách xã (đơn vị tính: triệu đồng):',
  'STT\tNội dung\tDự toán năm 2025\tThực hiện 6 tháng\tĐạt % dự toán',
  '1\tChi sự nghiệp y tế\t8.000\t3.600\t45,0',
  '2\tChi sự nghiệp giáo dục\t15.200\t6.500\t52,0',
  '3\tChi quản lý hành chính\t6.400\t3.520\t55,0',
].join('\n');

describe('percent-mismatch: a rate of the plan the text repeats from its own table row', () => {
  it('is not judged against the row\'s other cells when the row states the same rate', async () => {
    await expectNone('percent-mismatch', `Chi sự nghiệp giáo dục 6.500 triệu đồng, đạt 52,0% dự toán.\n${table}\n`);
  });

  it('is still judged against the row\'s plan when the text states another rate than the row', async () => {
    // Hand-checked: 6.500/15.200 = 42,76…% → 42,8, not 62,0% (the row says 52,0, the text 62,0).
    await expectFindings('percent-mismatch', `Chi sự nghiệp giáo dục 6.500 triệu đồng, đạt 62,0% dự toán.\n${table}\n`, [
      { messageId: 'percentMismatch', data: { stated: 62, num: 6500, den: 15200, actual: 42.8 }, quote: '62,0%' },
    ]);
  });
});
