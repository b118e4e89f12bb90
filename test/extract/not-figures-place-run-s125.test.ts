import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Session 25 (holdout125): places and teams numbered in a run after their word. Sentences written for this test.
describe('places numbered in a run ("Khu 2 (xóm 4, 5, 6)", "tổ 7 và 8")', () => {
  it('excludes every number of the run, and a cluster or team numbered alone', () => {
    expect(excluded('Khu 2 (xóm 4, 5, 6)\t312\t298')).toEqual(['Khu 2', 'xóm 4, 5, 6']);
    expect(excluded('Lớp tập huấn tổ chức tại tổ 7 và 8 của thị trấn.')).toEqual(['tổ 7 và 8']);
    expect(excluded('Tỷ lệ tham gia ở Cụm 2 vẫn thấp nhất.')).toEqual(['Cụm 2']);
    expect(excluded('Đội 3 giành giải nhất.')).toEqual(['Đội 3']);
  });

  it('keeps a count: a counted noun or unit after the last number, a count or plural before the word', () => {
    // "Cụm 2, 45 hộ": the cluster is named, the 45 households counted.
    expect(excluded('Cụm 2, 45 hộ chưa ký cam kết.')).toEqual(['Cụm 2']);
    expect(excluded('hợp tác xã có tổ 12 tàu và đội 3, 5 thuyền')).toEqual(['đội 3']);
    expect(excluded('Khu 3, 4 ha đất trồng lúa.')).toEqual(['Khu 3']);
    expect(excluded('Lắp đặt 05 cụm 12 loa.')).toEqual([]);
    expect(excluded('Hỗ trợ các cụm 30 triệu đồng.')).toEqual([]);
  });
});
