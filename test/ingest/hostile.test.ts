import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { stripMarkup } from '../../src/ingest/markup.js';
import { normalizeText } from '../../src/text/normalize.js';
import fc from 'fast-check';
// @ts-expect-error a plain script kept beside the fixtures, no type declarations
import { docx, hugeNumberingDocx } from '../../fixtures/make-hostile.mjs';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** numbering.xml with one list: level 0 in `fmt` from `start`, label "%1.". */
const numbering = (fmt: string, start: number) =>
  `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
const listItem = (text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('a docx with a hostile numbering', () => {
  it('does not expand a letter counter from 100,000,000 into megabytes of labels, and warns', async () => {
    const result = await ingestBytes('n.docx', await hugeNumberingDocx(40));
    if (!result.ok) throw new Error(result.error.message);
    const text = result.source.blocks.map((b) => b.text).join('\n');
    expect(text.length).toBeLessThan(2000);
    expect(result.source.blocks[0].text).toBe('Mục báo cáo');
    expect(result.source.warnings.some((w) => /quá dài/.test(w.message))).toBe(true);
  });

  it('still labels ordinary letter and Roman lists (Z., AA., XL.)', async () => {
    const letters = await ingestBytes('l.docx', await docx(listItem('Một') + listItem('Hai'), numbering('upperLetter', 26)));
    const roman = await ingestBytes('r.docx', await docx(listItem('Bốn mươi'), numbering('upperRoman', 40)));
    if (!letters.ok || !roman.ok) throw new Error('unreadable');
    expect(letters.source.blocks.map((b) => b.text)).toEqual(['Z. Một', 'AA. Hai']);
    expect(roman.source.blocks[0].text).toBe('XL. Bốn mươi');
  });
});

describe('markup stripping on a hostile line', () => {
  // Before, each unclosed "<b" or "<input" was scanned to the end of the line: minutes for these
  // lines (20,000 tags took 2.8 s and the time grew with the square), milliseconds now.
  it('reads a line of 200,000 unclosed tags and leaves it as it is', () => {
    const tags = '<b x '.repeat(200_000);
    const inputs = '<input '.repeat(200_000);
    const links = '<http://a.vn '.repeat(100_000);
    expect(stripMarkup(tags)).toBe(tags);
    expect(stripMarkup(inputs)).toBe(inputs);
    expect(stripMarkup(links)).toBe(links);
  }, 30_000);

  it('still strips the tags, checkboxes and links exported reports carry', () => {
    expect(stripMarkup('<b>Tổng</b> <input type="checkbox" checked/> xem <https://dvc.gov.vn> <i>và</i> <input type="checkbox">')).toBe('Tổng ☑ xem https://dvc.gov.vn và ☐');
  });
});

describe('whitespace on a hostile line', () => {
  it('collapses 300,000 spaces and tabs in one pass', () => {
    // Before, a run of spaces with no tab was rescanned from each of its spaces: 100,000 took 41 s.
    const line = 'a' + ' '.repeat(300_000) + 'b' + ' \t '.repeat(100_000) + 'c';
    expect(normalizeText(line)).toBe('a b\tc');
  }, 30_000);

  it('collapses runs as before: a run holding a tab is one tab, else one space', () => {
    const before = (s: string) => s.replace(/[ \t]*\t[ \t]*/g, '\t').replace(/ {2,}/g, ' ').trim();
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(' ', '\t', 'a', 'đ', '1') }), (s) => normalizeText(s) === before(s)), { numRuns: 2000 });
  });
});
