import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const rule = async (id: string, text: string) => (await findingsOf(id, `${text}\n`)).filter((f) => f.severity !== 'info');
const pairs = async (text: string) => (await rule('percent-mismatch', text)).map((f) => [f.data.num, f.data.den]);

describe('plans, lists, record counts and unit kinds of an internal-affairs report', () => {
  it('reads the plan in brackets after an amount whose noun is a comma list of nouns', async () => {
    // Hand-checked: 350/400 = 87,5%.
    expect(await pairs('Mở 02 lớp tập huấn cho 350 lượt hội viên, nông dân, đạt 70% kế hoạch (kế hoạch 400 lượt).')).toEqual([[350, 400]]);
    expect(await pairs('Mở 02 lớp tập huấn cho 350 lượt hội viên, nông dân, đạt 87,5% kế hoạch (kế hoạch 400 lượt).')).toEqual([]);
  });

  it('reads a plan counted in quotas, then the people its quotas were filled with', async () => {
    // Hand-checked: 17/20 = 85%.
    expect(await pairs('Thi tuyển viên chức giáo dục: 20 chỉ tiêu, trúng tuyển 17 người, đạt 80%.')).toEqual([[17, 20]]);
    expect(await pairs('Thi tuyển viên chức giáo dục: 20 chỉ tiêu, trúng tuyển 17 người, đạt 85%.')).toEqual([]);
  });

  it('counts documents named by kind and subject, no number, one per ";" piece', async () => {
    const listed = async (text: string) => (await rule('list-count-mismatch', text)).map((f) => [f.data.count, f.data.listed]);
    const three = 'Kế hoạch tổ chức Tết Trung thu năm 2025; Hướng dẫn bình xét gia đình văn hóa; Quyết định thành lập tổ công tác.';
    expect(await listed(`UBND xã ban hành 04 văn bản, gồm: ${three}`)).toEqual([[4, 3]]);
    expect(await listed(`UBND xã ban hành 03 văn bản, gồm: ${three}`)).toEqual([]);
    // A piece that is no document's title leaves the list unread.
    expect(await listed('UBND xã ban hành 04 văn bản, gồm: Kế hoạch tổ chức Tết Trung thu; Hướng dẫn bình xét gia đình văn hóa; nhiều công văn đôn đốc khác.')).toEqual([]);
  });

  it('reads a number wrongly grouped before a count of pages', async () => {
    expect((await rule('garbled-number', 'Đã số hóa 12.4.80 trang hồ sơ.')).length).toBe(1);
    expect(await rule('garbled-number', 'Đã số hóa 12.480 trang hồ sơ.')).toEqual([]);
  });

  it('splits a count of administrative units into its villages and quarters', async () => {
    const sums = async (text: string) => (await rule('parts-sum-mismatch', text)).length;
    // Hand-checked: 9 + 4 = 13, not 12.
    expect(await sums('Sau sắp xếp, toàn xã có 12 đơn vị, gồm 9 thôn và 4 khu phố.')).toBe(1);
    expect(await sums('Sau sắp xếp, toàn xã có 12 đơn vị, gồm 9 thôn và 3 khu phố.')).toBe(0);
  });
});
