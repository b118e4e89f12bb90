import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const found = async (text: string) =>
  (await findingsOf('repeated-value-conflict', text)).map((f) => [f.data.value, f.data.other]);

// "<verb> N <batch> cho M <people>" told in two paragraphs: the same batch (verb, count of 10 or more, noun) served one group,
// so two values of M one digit slip apart are one number mistyped. Each case written for this test and checked by hand.
const report = (first: string, second: string) => [
  'BÁO CÁO',
  'Kết quả công tác khuyến nông năm 2025',
  'I. KẾT QUẢ THỰC HIỆN',
  '1. Tập huấn, chuyển giao kỹ thuật',
  `Trong năm, Trạm Khuyến nông ${first}, tổng kinh phí 320 triệu đồng từ nguồn sự nghiệp nông nghiệp.`,
  '2. Xây dựng mô hình',
  'Xây dựng 03 mô hình nuôi gà thả vườn an toàn sinh học với quy mô 1.500 con.',
  'II. TỒN TẠI, HẠN CHẾ',
  `- Công tác tập huấn còn nặng về lý thuyết; năm 2025 Trạm ${second}, nội dung chủ yếu là lý thuyết.`,
  '',
].join('\n');

describe('repeated-value-conflict: the people one batch served, told twice (s26)', () => {
  it('flags a served count restated one digit off', async () => {
    // 480 / 460: one digit changed.
    expect(await found(report('tổ chức 16 lớp tập huấn kỹ thuật chăn nuôi cho 480 nông dân', 'tổ chức 16 lớp cho 460 nông dân'))).toEqual([['460', '480']]);
    // 1.250 / 1.280: one digit changed.
    expect(await found(report('tổ chức 32 buổi hội thảo đầu bờ cho 1.250 nông dân', 'tổ chức 32 buổi hội thảo cho 1.280 nông dân'))).toEqual([['1.280', '1.250']]);
  });

  it('says nothing when the values agree, the batch is small or another, or the values are far apart', async () => {
    expect(await found(report('tổ chức 16 lớp tập huấn kỹ thuật chăn nuôi cho 480 nông dân', 'tổ chức 16 lớp cho 480 nông dân'))).toEqual([]);
    // 06 classes alike by chance: too small a batch to pin one group.
    expect(await found(report('tổ chức 06 lớp tập huấn kỹ thuật chăn nuôi cho 180 nông dân', 'tổ chức 06 lớp cho 160 nông dân'))).toEqual([]);
    // 16 classes and 16 field days are two batches.
    expect(await found(report('tổ chức 16 lớp tập huấn kỹ thuật chăn nuôi cho 480 nông dân', 'tổ chức 16 buổi hội thảo cho 460 nông dân'))).toEqual([]);
    // 480 / 520: no single slip, maybe two groups.
    expect(await found(report('tổ chức 16 lớp tập huấn kỹ thuật chăn nuôi cho 480 nông dân', 'tổ chức 16 lớp cho 520 nông dân'))).toEqual([]);
  });
});
