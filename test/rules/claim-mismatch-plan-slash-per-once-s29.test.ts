import { describe, expect, it } from 'vitest';
import { findUnit } from '../../src/extract/labels.js';
import { findingsOf } from './audit-helper.js';

const RULE = 'claim-mismatch';
const HEAD = 'ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA LỢI\nSố: 21/BC-UBND\nHòa Lợi, ngày 10 tháng 12 năm 2025\nBÁO CÁO\nKết quả công tác năm 2025\nI. KẾT QUẢ\n';
const found = async (text: string) => (await findingsOf(RULE, HEAD + text + '\n')).map((f) => [f.data.base, f.data.value]);

describe('a result written against its plan with a "/" ("A đơn vị/kế hoạch B đơn vị") is no rate (session 29)', () => {
  it('reads the unit before the "/" alone', () => {
    expect(findUnit('trồng 1 840 cây/kế hoạch 2 000 cây', 11)?.unit).toBe('cây');
    expect(findUnit('kết nạp 36 hội viên/KH 40 hội viên', 10)?.unit).toBe('hội viên');
    expect(findUnit('thu 12 tỷ đồng/dự toán 15 tỷ đồng', 6)?.unit).toBe('tỷ đồng');
    // A rate per something stays one.
    expect(findUnit('bình quân 3 cây/hộ', 11)?.unit).toBe('cây/hộ');
  });

  it('measures a later change from the result, not from the plan', async () => {
    // Hand-checked: 1 840 against 1 600 is a rise of 15%; "tăng 20%" is not it.
    expect(await found('Toàn phường trồng được 1 840 cây xanh/kế hoạch 2 000 cây xanh, đạt 92%, tăng 20% so với năm 2024 (1 600 cây xanh).')).toEqual([[1600, 1840]]);
    expect(await found('Toàn phường trồng được 1 840 cây xanh/kế hoạch 2 000 cây xanh, đạt 92%, tăng 15% so với năm 2024 (1 600 cây xanh).')).toEqual([]);
  });
});

describe('a span "từ A lên/xuống B" whose per-unit is written once, after B (session 29)', () => {
  it('reads A in B\'s measure', async () => {
    // Hand-checked: 8 → 10 tấn/ngày is a rise of 25%; 50% is not it.
    expect(await found('Nhờ thêm 02 xe chuyên dụng, khả năng thu gom rác tăng 50% (từ 8 tấn lên 10 tấn/ngày).')).toEqual([[8, 10]]);
    expect(await found('Nhờ thêm 02 xe chuyên dụng, khả năng thu gom rác tăng 25% (từ 8 tấn lên 10 tấn/ngày).')).toEqual([]);
  });
  it('never joins a value per something with a value of another head', async () => {
    expect(await found('Nhờ thêm 02 xe chuyên dụng, khả năng thu gom rác tăng 50% (từ 8 chuyến lên 10 tấn/ngày).')).toEqual([]);
  });
});
