import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "không phát hiện trường hợp nào <deed>" beside "lập biên bản 03 <doers> <the same deed>": a claim of no case whose deed the
// counted doers did (src/extract/universal-counter.ts: NONE_WORDS, doersDeed); a negation fixed in the state's name
// ("chưa qua xử lý", NEGATED_STATE_WORDS) is no negation of the claim. Sentences and numbers written for this test.
const seen = async (text: string) => (await findingsOf('claim-mismatch', `I. KẾT QUẢ\n2. Quản lý chất thải\n${text}\n`))
  .filter((f) => f.messageId === 'absentMismatch').map((f) => [f.data.count, f.data.unit]);

describe('claim-mismatch: "không phát hiện trường hợp nào" against counted doers of its deed (s36)', () => {
  it('flags a claim of no case the count of doers denies', async () => {
    expect(await seen('Trong 6 tháng, không phát hiện trường hợp nào đổ trộm chất thải rắn ra lòng sông; đã lập biên bản 03 cơ sở sản xuất gạch đổ trộm chất thải rắn ra lòng sông Lam.'))
      .toEqual([[3, expect.stringMatching(/^cơ sở/u)]]);
    expect(await seen('Đoàn kiểm tra không phát hiện trường hợp nào xả khí thải chưa qua xử lý ra môi trường. Sau đó, xử phạt 04 lò đốt rác xả khí thải chưa qua xử lý ra khu dân cư.'))
      .toEqual([[4, expect.stringMatching(/^lò/u)]]);
  });

  it('says nothing when the doers did another deed, share only a word or two of it, or the claim negates itself', async () => {
    expect(await seen('Trong 6 tháng, không phát hiện trường hợp nào đổ trộm chất thải rắn ra lòng sông; đã lập biên bản 03 cơ sở sản xuất gạch gây tiếng ồn.')).toEqual([]);
    expect(await seen('Trong 6 tháng, không phát hiện trường hợp nào đổ trộm chất thải rắn ra lòng sông; đã lập biên bản 03 cơ sở sản xuất gạch đổ đất lấn bờ sông.')).toEqual([]);
    // A "vụ" is one event, not each person it touched: only cases ("trường hợp") are held against counted doers.
    expect(await seen('Trong 6 tháng, không phát hiện vụ nào đổ trộm chất thải rắn ra lòng sông; đã lập biên bản 03 cơ sở sản xuất gạch đổ trộm chất thải rắn ra lòng sông Lam.')).toEqual([]);
    // Without "nào" a detection claim tells what one check did not find: no claim of none to hold against another deed's count.
    expect(await seen('Qua kiểm tra, không phát hiện trường hợp học sinh bị ngộ độc thực phẩm; ghi nhận 02 trường hợp học sinh bị tai nạn giao thông.')).toEqual([]);
    expect(await seen('Trong 6 tháng, không phát hiện trường hợp nào chưa ký cam kết đổ chất thải đúng nơi quy định; đã lập biên bản 03 cơ sở sản xuất gạch chưa ký cam kết đổ chất thải đúng nơi quy định.')).toEqual([]);
  });
});
