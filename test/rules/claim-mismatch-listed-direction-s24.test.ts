import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A way of change claimed of a list of counts with no figure of its own, against the one paragraph stating each listed
// count's change. Values checked by hand: the paragraph says "tăng 2 người bị thương", the claim "giảm" of all three.
const RULE = 'claim-mismatch';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';
const results = (changes: string) => [
  'I. KẾT QUẢ',
  `- Trong năm xảy ra 12 vụ cháy, làm chết 01 người, bị thương 05 người. So với cùng kỳ năm 2023: ${changes}.`,
  'Lực lượng chữa cháy có mặt kịp thời tại hiện trường.',
  'II. ĐÁNH GIÁ',
];
const found = async (...paragraphs: string[]) => (await findingsOf(RULE, report(...paragraphs))).map((f) => [f.messageId, f.data.row, f.data.actualVerb]);
const CLAIM = '- Công tác phòng cháy được tăng cường, kéo giảm cả 03 tiêu chí về số vụ cháy, số người chết và số người bị thương so với cùng kỳ năm 2023.';

describe('claim-mismatch: one way claimed of a list of counts', () => {
  it('flags "kéo giảm cả 03 tiêu chí" when the results state a rise of one of them', async () => {
    expect(await found(...results('giảm 3 vụ cháy, giảm 1 người chết, tăng 2 người bị thương'), CLAIM)).toEqual([['statedTrendMismatch', 'số người bị thương', 'tăng']]);
  });

  it('leaves the claim unflagged when every listed count fell', async () => {
    expect(await found(...results('giảm 3 vụ cháy, giảm 1 người chết, giảm 2 người bị thương'), CLAIM)).toEqual([]);
  });

  it('leaves a goal, another year and a list the results do not all state unread', async () => {
    const changes = 'giảm 3 vụ cháy, giảm 1 người chết, tăng 2 người bị thương';
    expect(await found(...results(changes), '- Phấn đấu kéo giảm số vụ cháy, số người chết và số người bị thương so với cùng kỳ năm 2023.')).toEqual([]);
    expect(await found(...results(changes), CLAIM.replace('năm 2023', 'năm 2022'))).toEqual([]);
    expect(await found(...results('giảm 3 vụ cháy, tăng 2 người bị thương'), CLAIM.replace('cả 03 tiêu chí về ', ''))).toEqual([]);
  });
});
