import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "đạt A <unit> trên tổng số W <unit> …, chiếm P%, tăng N <unit> so với năm Y (B)": W is the whole the share is taken of,
// never the value the change is told of; the change is from B to A. Sentences and figures written for this test.
const RULE = 'claim-mismatch';
const report = (line: string) => ['BÁO CÁO', '', 'I. KẾT QUẢ', line, 'Công tác kiểm tra chất lượng nước được duy trì định kỳ.'].join('\n');

describe('claim-mismatch: the whole a share is taken of is not the subject of a later change (s40)', () => {
  it('says nothing when the change from the base to the reported value is right', async () => {
    // 3.420 − 3.160 = 260: right; 4.100 − 3.160 = 940 is no claim of the sentence.
    await expectNone(RULE, report('Số hộ dân dùng nước sạch tập trung đạt 3.420 hộ trên tổng số 4.100 hộ toàn xã, chiếm 83,4%, tăng 260 hộ so với năm 2024 (3.160 hộ).'));
    await expectNone(RULE, report('Diện tích rừng trồng tập trung đạt 2.735 ha trong tổng diện tích đất lâm nghiệp 3.910 ha, chiếm 69,9%, tăng 145 ha so với năm 2024 (2.590 ha).'));
  });

  it('still flags a change the reported value and the base do not bear', async () => {
    // 3.420 − 3.160 = 260, said to be 320.
    await expectFindings(RULE, report('Số hộ dân dùng nước sạch tập trung đạt 3.420 hộ trên tổng số 4.100 hộ toàn xã, chiếm 83,4%, tăng 320 hộ so với năm 2024 (3.160 hộ).'), [
      { messageId: 'changeMismatch', quote: '320' },
    ]);
  });

  it('still reads a total stated as the value itself', async () => {
    // No share: the total is what the sentence reports; 4.100 − 3.160 = 940, said to be 900.
    await expectFindings(RULE, report('Tổng số hộ dân của xã là 4.100 hộ, tăng 900 hộ so với năm 2024 (3.160 hộ).'), [
      { messageId: 'changeMismatch', quote: '900' },
    ]);
  });
});
