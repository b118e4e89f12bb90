import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

// Session 45: a national emergency number after the service it reaches, in a sentence naming a line or a call.
const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

describe('national emergency numbers', () => {
  it('are no figures after their service, where a line or a call is named before them', () => {
    expect(excluded('Công khai số điện thoại đường dây nóng tiếp nhận phản ánh về tai nạn giao thông, cấp cứu 115 tại trụ sở xã')).toEqual(['115']);
    expect(excluded('Hướng dẫn người dân khi có hỏa hoạn thì gọi ngay cứu hỏa 114 hoặc công an 113')).toEqual(['114', '113']);
  });
  it('stay counts before a counted noun, or where no line or call is named', () => {
    expect(excluded('Đường dây nóng tiếp nhận thông tin cứu nạn, cứu hộ 113 tin báo')).toEqual([]);
    expect(excluded('Lực lượng xung kích tham gia cứu hộ 114, hỗ trợ di dời tài sản cho các hộ')).toEqual([]);
  });
});
