import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 24 (holdout127): a claim that every member of a table's group passes a rate ("Tất cả 04 công trình chuyển tiếp
// đều thanh toán đạt từ 85% …"), against the rows under that group row. Table and sentences written for this test.
const run = async (text: string) => (await findingsOf('claim-mismatch', text + '\n')).filter((f) => f.messageId === 'targetMismatch');

// Hand-checked: under "Công trình chuyển tiếp" the rates are 92,0 / 81,5 / 88,0 / 95,0 (81,5 below 85); under "Công trình
// mới" 70,0 and 60,0.
const works = (second: string) => [
  'Biểu 3: Thanh toán vốn theo công trình',
  'STT\tTên công trình\tKế hoạch vốn\tĐã thanh toán\tTỷ lệ thanh toán (%)',
  '\tTổng số\t1.000\t800\t80,0',
  'I\tCông trình chuyển tiếp\t600\t540\t90,0',
  '1\tĐường thôn Đông\t200\t184\t92,0',
  `2\tKè suối Cạn\t200\t163\t${second}`,
  '3\tTrường mầm non Hoa Mai\t100\t88\t88,0',
  '4\tNhà văn hóa thôn Tây\t100\t95\t95,0',
  'II\tCông trình mới\t400\t260\t65,0',
  '1\tCầu Khe Đá\t200\t140\t70,0',
  '2\tĐường nội đồng\t200\t120\t60,0',
].join('\n');
const HEAD = 'I. KẾT QUẢ\n';

describe('claim-mismatch: every member of a table group claimed above a rate (s127)', () => {
  it('flags the claim when a row under the group named by the claim is below the rate', async () => {
    const f = await run(`${HEAD}${works('81,5')}\n1. Công trình chuyển tiếp\nTất cả 04 công trình chuyển tiếp đều thanh toán đạt từ 85% kế hoạch vốn trở lên.`);
    expect(f.map((x) => [x.data.value, x.data.target])).toEqual([[81.5, 85]]);
  });

  it('stays silent when every row of the group passes, the count is not the group\'s, or the noun names no group', async () => {
    expect(await run(`${HEAD}${works('86,0')}\n1. Công trình chuyển tiếp\nTất cả 04 công trình chuyển tiếp đều thanh toán đạt từ 85% kế hoạch vốn trở lên.`)).toEqual([]);
    expect(await run(`${HEAD}${works('81,5')}\n1. Công trình chuyển tiếp\nTất cả 05 công trình chuyển tiếp đều thanh toán đạt từ 85% kế hoạch vốn trở lên.`)).toEqual([]);
    expect(await run(`${HEAD}${works('81,5')}\n1. Công trình chuyển tiếp\nTất cả 04 công trình trọng điểm đều thanh toán đạt từ 85% kế hoạch vốn trở lên.`)).toEqual([]);
  });
});
