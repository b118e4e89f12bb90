import { describe, expect, it } from 'vitest';
import { coveredUnits, mergedUnits } from '../../src/extract/place-roles.js';

// The cheap tests run before the patterns tried at every index (session 25) must hold wherever a pattern matches: written in
// capitals or opening a sentence, the merger and area words are still found (the pre-tests ignore case as the patterns do).
describe('pre-tests before whole-paragraph patterns', () => {
  it('reads a merger written in capitals', () => {
    expect(mergedUnits('Phường Bình Minh được thành lập trên cơ sở SÁP NHẬP các xã: Đồng Tâm, Hưng Lợi và Phú Thạnh.')).toEqual(['dong tam', 'hung loi', 'phu thanh']);
  });
  it('reads the area an office covers when the area word opens its bracket in capitals', () => {
    expect(coveredUnits('Trạm Thú y số 2 (Phụ trách địa bàn xã Long Hòa và xã Mỹ Lộc) đã tiêm 4.200 liều.')).toEqual(['long hoa', 'my loc']);
  });
  it('reads nothing from a paragraph without such a word', () => {
    expect(coveredUnits('Trạm Thú y số 2 tiêm 4.200 liều vắc xin cho đàn gia súc của xã Long Hòa và xã Mỹ Lộc.')).toEqual([]);
    expect(mergedUnits('Xã Long Hòa và xã Mỹ Lộc tổ chức 12 buổi tập huấn.')).toEqual([]);
  });
});
