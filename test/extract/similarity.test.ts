import { describe, expect, it } from 'vitest';
import { canonicalLabel, labelSimilarity, labelTokens, spellInitials, tokenContainment } from '../../src/extract/similarity.js';

describe('label similarity', () => {
  it('spells out the genre abbreviations', () => {
    expect(canonicalLabel('34 trạm BTS')).toBe('34 trạm phát sóng');
    expect(canonicalLabel('187/240 TTHC của CBCC')).toBe('187/240 thủ tục hành chính của cán bộ công chức');
    expect(canonicalLabel('Điểm đến du lịch cộng đồng')).toBe('điểm du lịch cộng đồng');
    expect(canonicalLabel('điểm đến')).toBe('điểm du lịch');
  });

  it('spells out each abbreviation once, after the ones before it in the list', () => {
    expect(canonicalLabel('Trạm BTS và máy vi tính')).toBe('trạm phát sóng và máy tính');
    expect(canonicalLabel('Số hồ sơ TTHC của UBND xã, HĐND')).toBe('số hồ sơ thủ tục hành chính của ủy ban nhân dân xã, hội đồng nhân dân');
    expect(canonicalLabel('Tỉ lệ CBCCVC dùng Wi-Fi')).toBe('tỷ lệ cán bộ công chức viên chức dùng wifi');
    expect(canonicalLabel('số máy in hỏng')).toBe('số máy in hỏng');
  });

  it('gives each caller its own tokens (a kept answer is not changed by what a caller does with it)', () => {
    const first = labelTokens('Số hồ sơ TTHC');
    first.push('x');
    first.sort();
    expect(labelTokens('Số hồ sơ TTHC')).toEqual(['hồ', 'sơ', 'thủ', 'tục', 'hành', 'chính']);
  });

  it('reads numbers as values and drops function words and leading "Tổng số"', () => {
    expect(labelTokens('Tổng số hồ sơ của khai tử: 04')).toEqual(['hồ', 'sơ', 'khai', 'tử', '4']);
  });

  it('scores equal, synonymous, near and unrelated labels in 0..1', () => {
    expect(labelSimilarity('Liên thông 3 ngành', 'liên thông 3 ngành')).toBe(1);
    expect(labelSimilarity('trạm BTS', 'trạm phát sóng')).toBe(1);
    const near = labelSimilarity('hồ sơ trực tuyến toàn trình', 'Hồ sơ trực tuyến toàn trình cấp huyện');
    expect(near).toBeGreaterThan(0.7);
    expect(near).toBeLessThan(1);
    expect(labelSimilarity('máy in', 'tổ công nghệ số cộng đồng')).toBeLessThan(0.3);
    expect(labelSimilarity('', 'hồ sơ')).toBe(0);
  });

  it('tolerates missing tones', () => {
    expect(labelSimilarity('ho so truc tuyen', 'hồ sơ trực tuyến')).toBeGreaterThan(0.7);
  });

  it('tells when one label refines another', () => {
    expect(tokenContainment(labelTokens('máy tính kết nối internet'), labelTokens('Tổng số máy tính kết nối internet bằng ADSL'))).toBe(1);
    expect(tokenContainment(labelTokens('máy tính kết nối LAN'), labelTokens('máy tính kết nối internet'))).toBeLessThan(1);
  });
});

describe('spellInitials', () => {
  it('spells out an abbreviation by the run of words whose first letters it is', () => {
    // Hand-checked: "ktn" = k(huyết) t(ật) n(ặng); "đtnđ" = đ(ối) t(ượng) n(ghiện) đ(ang); "xyz" stands for nothing here.
    expect(spellInitials(['người', 'ktn'], ['người', 'khuyết', 'tật', 'nặng'])).toEqual(['người', 'khuyết', 'tật', 'nặng']);
    expect(spellInitials(['đtnđ'], ['số', 'đối', 'tượng', 'nghiện', 'đang', 'cai'])).toEqual(['đối', 'tượng', 'nghiện', 'đang']);
    expect(spellInitials(['hộ', 'xyz'], ['hộ', 'nghèo'])).toEqual(['hộ', 'xyz']);
    // One letter is no abbreviation.
    expect(spellInitials(['k'], ['khuyết'])).toEqual(['k']);
  });
});
