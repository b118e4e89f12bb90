import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'list-count-mismatch';
const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ TÂN HƯNG\nSố: 30/BC-UBND\nTân Hưng, ngày 03 tháng 11 năm 2025\nBÁO CÁO\nKết quả công tác quý III năm 2025\nI. KẾT QUẢ\n';
const found = async (text: string) => (await findingsOf(RULE, HEAD + text + '\n')).map((f) => [f.data.count, f.data.listed]);

describe('list-count-mismatch: a place after a person\'s name and a comma is that person\'s address (session 29, s147)', () => {
  it('counts each household once, its address aside', async () => {
    // Two households named, each with its hamlet after a comma: 2 items, as stated.
    expect(await found('Đã trao 02 (hai) con bò giống: gia đình ông Phạm Văn Hùng, thôn 4 (ngày 12/8/2025) và gia đình bà Đỗ Thị Mai, xóm Bãi Sậy (ngày 20/8/2025).')).toEqual([]);
    expect(await found('Đã trao 03 con bò giống: ông Phạm Văn Hùng, thôn 4 và bà Đỗ Thị Mai, thôn 6.')).toEqual([[3, 2]]);
  });

  it('still counts the places of a list of places', async () => {
    // No person before them: "thôn 4, thôn 6 và thôn 9" are three names.
    expect(await found('Đã khảo sát 02 thôn: thôn 4, thôn 6 và thôn 9.')).toEqual([[2, 3]]);
  });
});
