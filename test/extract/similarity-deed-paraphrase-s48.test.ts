import { describe, expect, it } from 'vitest';
import { canonicalLabel, labelTokens } from '../../src/extract/similarity.js';

describe('label similarity: one deed told two ways (session 48)', () => {
  it('reads fishing at sea, however worded, as going to sea', () => {
    expect(canonicalLabel('Ngư dân đánh bắt hải sản trên biển')).toBe('ngư dân đi biển');
    expect(canonicalLabel('tàu làm nghề khai thác thủy sản trên biển')).toBe('tàu đi biển');
    expect(labelTokens('thuyền viên khai thác trên biển')).toEqual(labelTokens('thuyền viên đi biển'));
  });

  it('leaves other deeds by the sea and other fishing as they are', () => {
    expect(canonicalLabel('lao động làm muối ven biển')).toBe('lao động làm muối ven biển');
    expect(canonicalLabel('sản lượng khai thác thủy sản nội địa')).toBe('sản lượng khai thác thủy sản nội địa');
    expect(canonicalLabel('diện tích nuôi trồng trên biển')).toBe('diện tích nuôi trồng trên biển');
  });
});
