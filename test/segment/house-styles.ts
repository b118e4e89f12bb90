/**
 * Four short reports in fixtures/house-styles, each numbered in a house style the seeds do not
 * use, with their outlines written out by hand (checked line by line against the .txt): every
 * heading as "path | number as written | level". Lists inside running text (items ending in ";"
 * or opening in lower case) and the signature block are not in the outline.
 */
import { readFileSync } from 'node:fs';

/** The lines of a report in fixtures/house-styles . */
export function report(name: string): string[] {
  return readFileSync(new URL(`../../fixtures/house-styles/${name}.txt`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim());
}

/** A commune's socio-economic report: A. / I. / 1. / 1.1. */
export const CAPITALS = report('capitals');

/** A district's administrative-reform report: PHẦN THỨ NHẤT / I. / 1) / a- */
export const ORDINAL_PARTS = report('ordinal-parts');

/** A health station's report: Mục 1. / 1.1. / 1.1.1. / 1.1.1.1. */
export const MUC = report('muc');

/** A commune's poverty-reduction report: 1- / a) … đ) */
export const DASHES = report('dashes');

export const CAPITALS_OUTLINE = [
  'A | A. | 1',
  'A > I | I. | 2',
  'A > I > 1 | 1. | 3',
  'A > I > 1 > 1.1 | 1.1. | 4',
  'A > I > 1 > 1.2 | 1.2. | 4',
  'A > I > 2 | 2. | 3',
  'A > II | II. | 2',
  'A > II > 1 | 1. | 3',
  'A > II > 2 | 2. | 3',
  'A > II > 3 | 3. | 3',
  'B | B. | 1',
  'B > I | I. | 2',
  'B > II | II. | 2',
  'B > II > 1 | 1. | 3',
  'B > II > 1 > 1.1 | 1.1. | 4',
  'B > II > 1 > 1.2 | 1.2. | 4',
  'B > II > 2 | 2. | 3',
];

export const ORDINAL_PARTS_OUTLINE = [
  'PHẦN THỨ NHẤT | PHẦN THỨ NHẤT | 1',
  'PHẦN THỨ NHẤT > I | I. | 2',
  'PHẦN THỨ NHẤT > II | II. | 2',
  'PHẦN THỨ NHẤT > II > 1 | 1) | 3',
  'PHẦN THỨ NHẤT > II > 1 > a | a- | 4',
  'PHẦN THỨ NHẤT > II > 1 > b | b- | 4',
  'PHẦN THỨ NHẤT > II > 2 | 2) | 3',
  'PHẦN THỨ NHẤT > II > 2 > a | a- | 4',
  'PHẦN THỨ NHẤT > II > 2 > b | b- | 4',
  'PHẦN THỨ NHẤT > II > 2 > c | c- | 4',
  'PHẦN THỨ NHẤT > II > 2 > d | d- | 4',
  'PHẦN THỨ NHẤT > II > 2 > đ | đ- | 4',
  'PHẦN THỨ NHẤT > II > 3 | 3) | 3',
  'PHẦN THỨ NHẤT > III | III. | 2',
  'PHẦN THỨ NHẤT > III > 1 | 1) | 3',
  'PHẦN THỨ NHẤT > III > 2 | 2) | 3',
  'PHẦN THỨ HAI | PHẦN THỨ HAI | 1',
  'PHẦN THỨ HAI > I | I. | 2',
  'PHẦN THỨ HAI > II | II. | 2',
  'PHẦN THỨ HAI > II > 1 | 1) | 3',
  'PHẦN THỨ HAI > II > 2 | 2) | 3',
];

export const MUC_OUTLINE = [
  'Mục 1 | Mục 1. | 1',
  'Mục 1 > 1.1 | 1.1. | 2',
  'Mục 1 > 1.1 > 1.1.1 | 1.1.1. | 3',
  'Mục 1 > 1.1 > 1.1.1 > 1.1.1.1 | 1.1.1.1. | 4',
  'Mục 1 > 1.1 > 1.1.1 > 1.1.1.2 | 1.1.1.2. | 4',
  'Mục 1 > 1.1 > 1.1.2 | 1.1.2. | 3',
  'Mục 1 > 1.2 | 1.2. | 2',
  'Mục 1 > 1.2 > 1.2.1 | 1.2.1. | 3',
  'Mục 1 > 1.2 > 1.2.2 | 1.2.2. | 3',
  'Mục 2 | Mục 2. | 1',
  'Mục 2 > 2.1 | 2.1. | 2',
  'Mục 2 > 2.2 | 2.2. | 2',
  'Mục 3 | Mục 3. | 1',
  'Mục 3 > 3.1 | 3.1. | 2',
];

export const DASHES_OUTLINE = [
  '1 | 1- | 1',
  '1 > a | a) | 2',
  '1 > b | b) | 2',
  '1 > c | c) | 2',
  '1 > d | d) | 2',
  '1 > đ | đ) | 2',
  '1 > e | e) | 2',
  '2 | 2- | 1',
  '2 > a | a) | 2',
  '2 > b | b) | 2',
  '2 > c | c) | 2',
  '3 | 3- | 1',
];

/**
 * A district education office's report: PHẦN A. / I. / 1. / a. with "III -" and "1.1" under it.
 * Written after the grammar and tree were done, as a check they had not seen.
 */
export const PARTS_BY_LETTER = report('parts-by-letter');

export const PARTS_BY_LETTER_OUTLINE = [
  'PHẦN A | PHẦN A. | 1',
  'PHẦN A > I | I. | 2',
  'PHẦN A > II | II. | 2',
  'PHẦN B | PHẦN B. | 1',
  'PHẦN B > I | I. | 2',
  'PHẦN B > I > 1 | 1. | 3',
  'PHẦN B > I > 2 | 2. | 3',
  'PHẦN B > II | II. | 2',
  'PHẦN B > II > 1 | 1. | 3',
  'PHẦN B > II > 1 > a | a. | 4',
  'PHẦN B > II > 1 > b | b. | 4',
  'PHẦN B > II > 2 | 2. | 3',
  'PHẦN B > II > 3 | 3. | 3',
  'PHẦN B > III | III - | 2',
  'PHẦN B > III > 1.1 | 1.1 | 3',
  'PHẦN B > III > 1.2 | 1.2 | 3',
  'PHẦN C | PHẦN C. | 1',
  'PHẦN C > 1 | 1. | 2',
  'PHẦN C > 2 | 2. | 2',
];

/** Each report's file name and hand-written outline. */
/** A commune's one-stop office report: 1) / 1.1) / 1.1.1) / a/, with "•" and "-" items and a "1)" list in running text. */
export const BRACKETS = report('brackets');

export const BRACKETS_OUTLINE = [
  '1 | 1) | 1',
  '1 > 1.1 | 1.1) | 2',
  '1 > 1.1 > a | a/ | 3',
  '1 > 1.1 > b | b/ | 3',
  '1 > 1.2 | 1.2) | 2',
  '1 > 1.2 > 1.2.1 | 1.2.1) | 3',
  '1 > 1.2 > 1.2.2 | 1.2.2) | 3',
  '2 | 2) | 1',
  '2 > 2.1 | 2.1) | 2',
  '2 > 2.1 > a | a/ | 3',
  '2 > 2.1 > b | b/ | 3',
  '2 > 2.2 | 2.2) | 2',
];

export const HOUSE_STYLES: Array<{ name: string; style: string; outline: string[] }> = [
  { name: 'capitals', style: 'A. / I. / 1. / 1.1.', outline: CAPITALS_OUTLINE },
  { name: 'ordinal-parts', style: 'PHẦN THỨ NHẤT / I. / 1) / a-', outline: ORDINAL_PARTS_OUTLINE },
  { name: 'muc', style: 'Mục 1. / 1.1. / 1.1.1. / 1.1.1.1.', outline: MUC_OUTLINE },
  { name: 'dashes', style: '1- / a) … đ)', outline: DASHES_OUTLINE },
  { name: 'parts-by-letter', style: 'PHẦN A. / I. / 1. / a.', outline: PARTS_BY_LETTER_OUTLINE },
  { name: 'brackets', style: '1) / 1.1) / 1.1.1) / a/', outline: BRACKETS_OUTLINE },
];
