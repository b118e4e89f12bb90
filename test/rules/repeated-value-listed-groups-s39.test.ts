import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 39: a count whose noun phrase lists, one for one, the groups a "gồm" breakdown names restates that breakdown's whole.
const RULE = 'repeated-value-conflict';
const values = async (last: string) => (await findingsOf(RULE, [
  'I. CÔNG TÁC GIẢM NGHÈO',
  'Đến nay, Ủy ban nhân dân xã đang theo dõi 52 hộ, gồm: 20 hộ nghèo, 18 hộ cận nghèo và 14 hộ mới thoát nghèo.',
  'II. ĐÁNH GIÁ CHUNG',
  'Các chính sách an sinh được triển khai kịp thời.',
  last,
].join('\n') + '\n')).map((f) => [f.data.value, f.data.other].sort());

describe('repeated-value-conflict: a later count naming the groups of a breakdown', () => {
  it('holds "55 hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo" of the same act against the whole of 52', async () => {
    expect(await values('Ủy ban nhân dân xã theo dõi sát 55 hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo trên địa bàn.')).toEqual([['52', '55']]);
  });

  it('says nothing when the values agree, the groups differ, the act differs or a wider place counts them', async () => {
    expect(await values('Ủy ban nhân dân xã theo dõi sát 52 hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo trên địa bàn.')).toEqual([]);
    expect(await values('Ủy ban nhân dân xã theo dõi sát 38 hộ nghèo và hộ cận nghèo trên địa bàn.')).toEqual([]);
    expect(await values('Ủy ban nhân dân xã đã hỗ trợ 55 hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo vay vốn.')).toEqual([]);
    expect(await values('Toàn huyện theo dõi 550 hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo.')).toEqual([]);
  });
});
