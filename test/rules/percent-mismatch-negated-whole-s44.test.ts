import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const findings = (text: string) => findingsOf('percent-mismatch', text);

describe('percent-mismatch: a whole named with a negation is not the whole the share names', () => {
  it('reads no share of "số hồ sơ không nộp trực tuyến" for "số hồ sơ nộp trực tuyến"', async () => {
    // Hand-checked: 30 returned files are 7,5% of the 400 filed online; 30/250 (the files not filed online) is another whole.
    const text = 'Trong quý, số hồ sơ nộp trực tuyến qua Cổng dịch vụ công là 400 hồ sơ, tăng 5% so với cùng kỳ; số hồ sơ không nộp trực tuyến 250 hồ sơ; bị trả lại 30 hồ sơ, chiếm 7,5% số hồ sơ nộp trực tuyến.\n';
    expect(await findings(text)).toEqual([]);
  });

  it('checks the share against the whole its words name, the negated one set aside', async () => {
    // Hand-checked: 30/400 = 7,5%, not the 8,5% stated.
    const text = 'Trong quý, số hồ sơ nộp trực tuyến là 400 hồ sơ; số hồ sơ không nộp trực tuyến 250 hồ sơ; bị trả lại 30 hồ sơ, chiếm 8,5% số hồ sơ nộp trực tuyến.\n';
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ stated: 8.5, num: 30, den: 400 });
  });

  it('stays silent when that whole agrees', async () => {
    // Hand-checked: 30/400 = 7,5%.
    const text = 'Trong quý, số hồ sơ nộp trực tuyến là 400 hồ sơ; số hồ sơ không nộp trực tuyến 250 hồ sơ; bị trả lại 30 hồ sơ, chiếm 7,5% số hồ sơ nộp trực tuyến.\n';
    expect(await findings(text)).toEqual([]);
  });
});
