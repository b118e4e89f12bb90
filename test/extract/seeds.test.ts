import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractFigures } from '../../src/extract/figures.js';
import { seedSource } from './seed-blocks.js';

const SEEDS = 'fixtures/seeds';
const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const read = (prefix: string) => {
  const source = seedSource(join(SEEDS, files.find((f) => f.startsWith(prefix))!));
  const { figures } = extractFigures(source, source.blocks.map(() => null));
  return { source, figures };
};

// Every a/b written in the seeds that is a real fraction, checked by reading its sentence:
// [line, numerator, denominator, stated percent or null]. Dates ("05/2024") and document
// numbers ("85/2016/NĐ-CP") are left out on purpose: they must not be fractions.
const FRACTIONS: Record<string, Array<[number, number, number, number | null]>> = {
  '000': [
    [49, 10, 10, null], [105, 21, 21, null], [113, 187, 240, null], [121, 82, 82, 100], [121, 192, 192, 100],
    [135, 7042, 9149, null], [135, 4911, 5944, null], [197, 5020, 5870, 85.5], [201, 7042, 9149, 77],
    [213, 2407, 3890, 61.8], [239, 21, 21, null], [261, 8, 10, null], [295, 10, 10, null],
  ],
  '001': [
    [25, 33, 59, 55.9], [25, 17, 59, 28.8], [41, 21, 22, 100], [120, 277, 277, null], [122, 0, 277, null],
    [136, 59, 59, null], [138, 59, 59, 100], [180, 1, 156, 0.06], [181, 82, 156, 52.6], [182, 73, 156, 46.8],
    [183, 8, 156, 5.13], [184, 50, 59, 84.7], [186, 1, 5, null], [187, 0, 0, 0], [188, 5, 59, 8.4],
  ],
  '002': [[40, 251, 251, 100], [60, 286, 286, 100], [78, 3787, 3798, 99.71], [80, 2690, 3798, 70.82]],
  '003': [[49, 6, 6, null]],
  '004': [
    [203, 4256, 5768, 73.7], [205, 4256, 5768, 73.7], [206, 4256, 5768, 73.7], [207, 8916, 9233, 96.56],
    [212, 410, 410, 100], [212, 875, 875, 100], [213, 875, 875, 100], [213, 875, 875, 100],
    [214, 875, 875, 100], [214, 875, 875, 100], [215, 875, 875, 100], [215, 875, 875, 100],
    [216, 19, 19, 100], [216, 19, 19, 100], [217, 3, 3, 100], [217, 3, 3, 100],
    [218, 59, 59, 100], [218, 342, 342, 100],
  ],
};

const NOT_FIGURE = [
  /^\d{1,2}\/\d{1,2}\/\d{2,4}$/, // date
  /\d\s?\/\s?\p{Lu}/u, // document number
  /\d-\p{Lu}/u, // document number
  /^(?:19|20)\d\d$/, // a year
  /^\d+G$/, // 4G
];

describe.each(files.map((f) => [f.slice(0, 3)]))('seed %s', (prefix) => {
  const { source, figures } = read(prefix);

  test('every figure\'s raw is the text at its span', () => {
    for (const f of figures) {
      expect(source.text.slice(f.span.start, f.span.end)).toBe(f.raw);
      expect(source.blocks[f.block].text.includes(f.raw)).toBe(true);
    }
  });

  test('no figure is a date, a year or a document number', () => {
    for (const f of figures) for (const re of NOT_FIGURE) expect(f.raw, f.raw).not.toMatch(re);
  });

  test('figures are indexed in reading order', () => {
    figures.forEach((f, i) => expect(f.index).toBe(i));
  });

  test('the real fractions are read with their numerator, denominator and stated percent, and no other', () => {
    const got = figures
      .filter((f) => f.kind === 'fraction')
      .map((f) => [source.blocks[f.block].span.line, f.numerator, f.denominator, f.percent]);
    expect(got).toEqual(FRACTIONS[prefix]);
  });
});

test('seed 004 pairs "4.256/5.768=73,7%" inside its cell but keeps the 73,70% in the next cell apart', () => {
  const { source, figures } = read('004');
  const row = figures.filter((f) => source.blocks[f.block].span.line === 203);
  expect(row.map((f) => [f.raw, f.kind, f.cell])).toEqual([
    ['95%', 'percent', 2], ['73,70%', 'percent', 3], ['4.256/5.768', 'fraction', 4], ['73,7%', 'percent', 4],
  ]);
  expect(row[2]).toMatchObject({ numerator: 4256, denominator: 5768, percent: 73.7, label: 'Tỷ lệ thuê bao băng rộng di động/100 dân' });
});

test('seed 000 reads "tổng 19 15 điểm camera" as two counts', () => {
  const { source, figures } = read('000');
  expect(figures.filter((f) => source.blocks[f.block].span.line === 253).map((f) => f.value)).toEqual([19, 15]);
});

test('seed 004 reads the garbled "đăng ký mới 555" as a count of its own', () => {
  const { source, figures } = read('004');
  const f = figures.find((g) => source.blocks[g.block].span.line === 132 && g.value === 555);
  expect(f).toMatchObject({ kind: 'count', label: 'đăng ký mới' });
});
