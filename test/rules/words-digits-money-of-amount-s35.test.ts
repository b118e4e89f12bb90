import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const seen = async (text: string) => (await findingsOf('words-digits-mismatch', `I. KẾT QUẢ\n${text}\n`)).map((f) => [f.data.digits, f.data.spelled]);

describe('words-digits-mismatch: money in words after a count that follows the amount', () => {
  it('holds the words to the amount of money before the count, not to the count', async () => {
    expect(await seen('- Hỗ trợ kinh phí 2.340 triệu đồng cho 46 hộ (Bằng chữ: Hai tỷ, ba trăm bốn mươi triệu đồng), bình quân 50,9 triệu đồng/hộ.')).toEqual([]);
    expect(await seen('- Hỗ trợ kinh phí 2.430 triệu đồng cho 46 hộ (Bằng chữ: Hai tỷ, ba trăm bốn mươi triệu đồng).')).toEqual([[2430000000, 2340000000]]);
  });
  it('still holds a count to its own words', async () => {
    expect(await seen('- Hỗ trợ 46 (bốn mươi lăm) hộ.')).toEqual([[46, 45]]);
    expect(await seen('- Hỗ trợ 46 (bốn mươi sáu) hộ.')).toEqual([]);
  });
});
