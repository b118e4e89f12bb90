import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// All of a plan's items claimed done ("100% … theo kế hoạch đã được <verb>") against the one statement of that deed with
// its rate and its plan. Values checked by hand: 46 of a plan of 50 (92,0%) is not all of it; 50 of 50 is.
const RULE = 'claim-mismatch';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';
const found = async (...paragraphs: string[]) => (await findingsOf(RULE, report(...paragraphs))).map((f) => [f.messageId, f.data.value, f.data.target]);
const result = (done: string, rate: string) => ['I. KẾT QUẢ', `- Kiểm tra ${done} bếp ăn tập thể, đạt ${rate} kế hoạch (50 bếp ăn tập thể); nhắc nhở 04 cơ sở.`, 'Công tác tuyên truyền được duy trì.', 'II. ĐÁNH GIÁ'];

describe('claim-mismatch: all of a plan claimed done', () => {
  it('flags "100% bếp ăn tập thể theo kế hoạch đã được kiểm tra" when 46 of the 50 planned were', async () => {
    expect(await found(...result('46', '92,0%'), '- Ưu điểm: 100% bếp ăn tập thể theo kế hoạch đã được kiểm tra; không xảy ra ngộ độc.')).toEqual([['targetMismatch', 46, 50]]);
  });

  it('leaves the claim unflagged when the plan was met, of another deed, or a task still to do', async () => {
    expect(await found(...result('50', '100%'), '- Ưu điểm: 100% bếp ăn tập thể theo kế hoạch đã được kiểm tra; không xảy ra ngộ độc.')).toEqual([]);
    expect(await found(...result('46', '92,0%'), '- Ưu điểm: 100% bếp ăn tập thể theo kế hoạch đã được tập huấn; không xảy ra ngộ độc.')).toEqual([]);
    expect(await found(...result('46', '92,0%'), 'III. NHIỆM VỤ', '- Kiểm tra 100% bếp ăn tập thể còn lại trong kế hoạch.')).toEqual([]);
  });
});
