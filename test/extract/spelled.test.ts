import { describe, expect, test } from 'vitest';
import { parseSpelled } from '../../src/extract/spelled.js';

describe('parseSpelled', () => {
  test.each([
    ['bảy', 7],
    ['mười', 10],
    ['mười chín', 19],
    ['mười lăm', 15],
    ['hai mươi', 20],
    ['ba mươi mốt', 31],
    ['sáu mốt', 61],
    ['bảy mươi tư', 74],
    ['bảy mươi bốn', 74],
    ['tám mươi lăm', 85],
    ['chín chục', 90],
    ['ba trăm', 300],
    ['ba trăm linh sáu', 306],
    ['bốn trăm lẻ một', 401],
    ['sáu trăm mười hai', 612],
    ['hai trăm ba mươi bảy', 237],
    ['bảy trăm tám', 780],
    ['hai trăm rưỡi', 250],
    ['hai nghìn không trăm linh tám', 2008],
    ['ba ngàn bốn trăm', 3400],
    ['sáu nghìn tư', 6400],
    ['mười hai vạn', 120000],
    ['bốn triệu ba', 4300000],
    ['hai tỷ rưỡi', 2500000000],
    ['bảy trăm tám mươi triệu', 780000000],
    ['hai tỷ không trăm linh năm triệu', 2005000000],
    ['một nghìn tỷ', 1e12],
    ['sáu mươi tám triệu bốn trăm hai mươi nghìn', 68420000],
    ['bốn phẩy hai lăm', 4.25],
    ['không chấm không tám', 0.08],
    ['hai phẩy bảy tỷ', 2700000000],
    ['âm bốn phẩy năm', -4.5],
  ])('reads "%s" as %d', (words, value) => {
    expect(parseSpelled(words)?.value).toBeCloseTo(value, 6);
  });

  test('counts decimals as written, and what a scale word leaves of them', () => {
    expect(parseSpelled('bốn phẩy hai lăm')).toMatchObject({ decimals: 2, scaled: false, structured: true });
    expect(parseSpelled('hai phẩy bảy tỷ')).toMatchObject({ decimals: 0, scaled: true });
  });

  test('says whether words only numbers use are part of it', () => {
    expect(parseSpelled('ba')?.structured).toBe(false);
    expect(parseSpelled('bốn bảy')?.structured).toBe(false);
    expect(parseSpelled('ba mươi')?.structured).toBe(true);
  });

  test.each(['lăm', 'mốt', 'triệu', 'constructor', 'hai toString', 'mươi hai', 'hai triệu ba tỷ', 'phẩy năm', 'một phẩy', 'hai ba bốn'])('refuses "%s"', (words) => {
    expect(parseSpelled(words)).toBeNull();
  });
});

describe('findSpelledRuns: a comma inside an amount in words', async () => {
  const { findSpelledRuns } = await import('../../src/extract/read-spelled.js');
  const values = (text: string) => findSpelledRuns(text).map((r) => [r.raw, r.value]);
  test('a comma after a scale word, before a group, joins one number', () => {
    expect(values('Bằng chữ: Mười hai tỷ, bốn trăm triệu đồng')).toEqual([['Mười hai tỷ, bốn trăm triệu', 12_400_000_000]]);
    expect(values('Bằng chữ: Năm triệu, hai trăm mười nghìn đồng')).toEqual([['Năm triệu, hai trăm mười nghìn', 5_210_000]]);
  });
  test('a comma elsewhere, or before a lone digit word, ends the number', () => {
    expect(values('cấp hai tỷ, ba dự án').map((v) => v[1])).toEqual([2_000_000_000, 3]);
    expect(values('trong năm, ba hộ thoát nghèo').map((v) => v[1])).toEqual([3]);
  });
});
