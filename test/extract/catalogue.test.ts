import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/extract/catalogue.js';
import { matchIndicator } from '../../src/extract/indicator-match.js';

describe('indicator catalogue', () => {
  it('has unique keys, each with a name, synonyms, a unit and a group', () => {
    const keys = CATALOGUE.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const d of CATALOGUE) {
      expect(d.key, d.key).toMatch(/^[a-z_]+\.[a-z0-9_]+$/);
      expect(d.name.length, d.key).toBeGreaterThan(3);
      expect(d.synonyms.length, d.key).toBeGreaterThanOrEqual(2);
      expect(d.unit, d.key).not.toBe('');
    }
  });

  it('covers the statistical indicators of the genres beyond digital transformation (60 or more)', () => {
    const other = CATALOGUE.filter((d) => !['chinh-quyen-so', 'kinh-te-so', 'xa-hoi-so', 'ha-tang-so', 'truyen-thong'].includes(d.group));
    expect(other.length).toBeGreaterThanOrEqual(60);
    for (const g of ['nong-nghiep', 'ngan-sach', 'dan-so', 'y-te', 'giao-duc', 'cai-cach-hanh-chinh', 'khieu-nai']) {
      expect(other.some((d) => d.group === g), g).toBe(true);
    }
  });

  // Names as reports of those genres write them (not the catalogue's own wording), checked by hand.
  it.each([
    ['Diện tích gieo cấy lúa vụ Đông Xuân toàn xã', false, 'nn.rice_area'],
    ['Năng suất lúa bình quân cả năm', false, 'nn.rice_yield'],
    ['Tổng đàn gia cầm của xã', false, 'nn.poultry'],
    ['Tổng thu ngân sách nhà nước trên địa bàn xã', false, 'ns.revenue_total'],
    ['Chi đầu tư phát triển', false, 'ns.capital_spending'],
    ['Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều', true, 'gn.poverty_rate'],
    ['Số hộ thoát nghèo trong năm', false, 'gn.escaped_poverty'],
    ['Tỷ lệ dân số tham gia BHYT', true, 'yt.health_insurance_rate'],
    ['Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin', true, 'yt.full_immunisation_rate'],
    ['Số trường đạt chuẩn quốc gia', false, 'gd.national_standard_schools'],
    ['Tỷ lệ học sinh tốt nghiệp THCS', true, 'gd.graduation_rate'],
    ['Số lượt tiếp công dân định kỳ', false, 'kn.citizen_receptions'],
    ['Số vụ tai nạn giao thông', false, 'an.traffic_accidents'],
  ])('%s → %s', (name, rate, key) => {
    expect(matchIndicator(name, rate).key).toBe(key);
  });

  it.each([
    ['Tổng chi ngân sách cho ứng dụng công nghệ thông tin', false],
    ['Số cuộc họp giao ban', false],
    ['Kinh phí hỗ trợ', false],
  ])('keeps the key null for a quantity the catalogue does not hold: %s', (name, rate) => {
    expect(matchIndicator(name, rate).key).toBeNull();
  });
});
