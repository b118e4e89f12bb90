import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';
import { readPassage } from '../../src/extract/read-figures.js';

// Session 50 (h204/h215): an anniversary greeted ("chào mừng 95 năm Ngày thành lập …") and a period's length restated in a
// shorter unit in brackets ("quý III/2025 (92 ngày)") are figures. Sentences written for this test, in other topics than the
// fixtures' (education, health, budget).
const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));
const values = (text: string) => readPassage(text, { atBlockStart: false }).figures.map((f) => f.value);

describe('an anniversary after a greeting word', () => {
  it('reads the years before the event\'s capitalised name', () => {
    expect(values('Nhà trường tổ chức văn nghệ chào mừng 95 năm Ngày thành lập Đoàn với 650 học sinh tham gia.')).toEqual([95, 650]);
    expect(values('Các hoạt động hướng tới 50 năm Ngày giải phóng miền Nam được triển khai.')).toEqual([50]);
  });

  it('leaves years with no event named after them unread', () => {
    const text = 'Huyện chào mừng 3 năm liền đạt chuẩn với 12 xã.';
    expect(excluded(text)).toEqual(['3 năm']);
    expect(values(text)).toEqual([12]);
  });
});

describe('a period\'s length restated in brackets', () => {
  it('reads the days of a quarter or a half year', () => {
    const text = 'Trong quý III/2025 (92 ngày), bệnh viện tiếp nhận 4.215 lượt khám.';
    expect(excluded(text)).toEqual(['quý III/2025']);
    expect(values(text)).toEqual([92, 4215]);
    expect(values('Trong 6 tháng đầu năm (181 ngày), kho bạc kiểm soát 1.320 hồ sơ chi.')).toEqual([181, 1320]);
  });

  it('leaves a bracketed span after a clause mark, a shorter unit or a term counted in years unread', () => {
    expect(excluded('Trong năm 2025, khám sàng lọc (06 tháng) cho 120 trẻ.')).toContain('06 tháng');
    expect(excluded('Học sinh nghỉ 10 ngày (2 tuần) sau lũ.')).toContain('2 tuần');
    expect(excluded('Hợp đồng bảo hành 2 năm (24 tháng) kể từ ngày bàn giao.')).toEqual(['2 năm', '24 tháng']);
  });
});
