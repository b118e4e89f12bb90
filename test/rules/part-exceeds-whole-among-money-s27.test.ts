import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const run = (text: string) => findingsOf('part-exceeds-whole', text);

describe('part-exceeds-whole of "Trong số kinh phí <name>, <member> là N" after the amount of that name', () => {
  const text = (member: string) => 'Thu bổ sung từ ngân sách tỉnh 8,2 tỷ đồng, gồm bổ sung cân đối 7,5 tỷ đồng và bổ sung có mục tiêu 700 triệu đồng. '
    + `Trong số kinh phí bổ sung có mục tiêu, kinh phí hỗ trợ sửa chữa trường học và nhà văn hóa các thôn là ${member} triệu đồng.\n`;

  it('reads the member as a part of the one amount whose words hold the name, money head words aside', async () => {
    // Hand-checked: the member's 760 triệu exceeds the 700 triệu of "bổ sung có mục tiêu" it is among.
    const f = await run(text('760'));
    expect(f.map((x) => x.messageId)).toEqual(['partExceedsWhole']);
    expect(await run(text('560'))).toEqual([]);
  });

  it('reads nothing when two amounts hold the name', async () => {
    const two = 'Năm 2024 bổ sung có mục tiêu 650 triệu đồng; năm 2025 bổ sung có mục tiêu 700 triệu đồng. '
      + 'Trong số kinh phí bổ sung có mục tiêu, kinh phí sửa chữa trường học là 760 triệu đồng.\n';
    expect(await run(two)).toEqual([]);
  });
});
