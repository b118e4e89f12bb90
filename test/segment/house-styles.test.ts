/** The four house-style reports, read as typed (txt): their outlines must be exactly the hand-written ones. */
import { describe, expect, test } from 'vitest';
import { segmentSections } from '../../src/segment/index.js';
import {
  CAPITALS, CAPITALS_OUTLINE, DASHES, DASHES_OUTLINE, MUC, MUC_OUTLINE, ORDINAL_PARTS, ORDINAL_PARTS_OUTLINE, PARTS_BY_LETTER, PARTS_BY_LETTER_OUTLINE,
} from './house-styles.js';
import { sourceFromText } from './source-from-lines.js';

function tree(lines: string[]): string[] {
  return segmentSections(sourceFromText(lines.join('\n'))).sections.map((s) => `${s.path.join(' > ')} | ${s.number} | ${s.level}`);
}

describe('house styles of heading numbering', () => {
  test('A. / I. / 1. / 1.1.: capital letters above Roman numerals, I. restarting under B.', () => {
    expect(tree(CAPITALS)).toEqual(CAPITALS_OUTLINE);
  });

  test('PHẦN THỨ NHẤT / I. / 1) / a-: ordinal parts, parenthesised numbers, dashed letters', () => {
    expect(tree(ORDINAL_PARTS)).toEqual(ORDINAL_PARTS_OUTLINE);
  });

  test('Mục 1. / 1.1. / 1.1.1. / 1.1.1.1.: four levels under a "Mục"', () => {
    expect(tree(MUC)).toEqual(MUC_OUTLINE);
  });

  test('1- / a) … đ): dashed numbers on top, the Vietnamese letter order below', () => {
    expect(tree(DASHES)).toEqual(DASHES_OUTLINE);
  });

  test('PHẦN A. / I. / 1. / a.: parts by letter, a dashed Roman numeral, "1.1" under it', () => {
    expect(tree(PARTS_BY_LETTER)).toEqual(PARTS_BY_LETTER_OUTLINE);
  });
});

