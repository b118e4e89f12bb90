/**
 * The rule line under a piped table's header (`|---|---|---|`) on a scan: Tesseract reads its dashes and bars as marks
 * ("[~l—l~-l|") or as unsure letters ("Tlu nnnn"); put back as the rule line, the header and rows are read as a table.
 */
import { describe, expect, it } from 'vitest';
import { word } from './ocr-fakes.js';
import { garbledRuleLines, tidyReadPages } from '../../src/ingest/ocr-tidy.js';
import type { OcrPage, OcrWord } from '../../src/ingest/ocr.js';
import { ocrLines } from '../../src/ingest/ocr-source.js';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import { buildSource } from '../../src/ingest/build-source.js';

/** A word of a 200 dpi page: a "|" a thin box 50 high, letters and digits 38 high, 26 px a character. */
const W = (text: string, left: number, top: number, line: string, box?: [number, number], conf = 93): OcrWord => {
  const [width, height] = box ?? (text === '|' ? [5, 50] : [Math.max(12, 26 * [...text].length), 38]);
  return word(text, left, top, width, height, conf, line);
};
const textOf = (p: OcrPage, line: string) => p.words.filter((w) => w.line === line).sort((a, b) => a.left - b.left).map((w) => w.text).join(' ');

/** A line between rules: words and "|" set left to right from x = 300 at a top, each word followed by a gap. */
function row(cells: string[][], top: number, line: string, open = '|', close = true): OcrWord[] {
  const out: OcrWord[] = [W(open, 300, top, line, [5, 50])];
  let x = 330;
  cells.forEach((cell, i) => {
    for (const t of cell) {
      out.push(W(t, x, top + 1, line));
      x += Math.max(12, 26 * [...t].length) + 20;
    }
    if (close || i < cells.length - 1) out.push(W('|', x, top, line));
    x += 30;
  });
  return out;
}

/** A reservoir table: a header, the rule line as read (`ruleWords`), and three rows. */
function reservoirs(ruleWords: OcrWord[], headerOpen = '|', headerClosed = true): OcrPage {
  return {
    width: 1700, height: 2300, dpi: 200,
    words: [
      ...row([['Hồ'], ['Xã'], ['Dung', 'tích'], ['Tưới', '(ha)']], 500, 'h', headerOpen, headerClosed),
      ...ruleWords,
      ...row([['Khe', 'Sim'], ['Lộc', 'An'], ['4,25'], ['310']], 692, 'r1'),
      ...row([['Đá', 'Mài'], ['Lộc', 'Yên'], ['2,80'], ['185']], 788, 'r2'),
      ...row([['Cộng'], [], ['7,05'], ['495']], 884, 'r3'),
    ],
  };
}

describe('a piped table\'s rule line read as garbage', () => {
  it('is put back as a rule line when read as unsure letters', () => {
    const p = reservoirs([W('Tlu', 300, 596, 'g', [120, 51], 0), W('nnnn', 450, 596, 'g', [250, 51], 0)]);
    expect(garbledRuleLines([p])).toBe(1);
    expect(textOf(p, 'g')).toBe('|---|---|---|---|');
  });

  it('is put back when read as marks, however sure, and a header that lost its closing rule gets it back', () => {
    const p = reservoirs([W('[~l—l~-l|', 300, 596, 'g', [410, 50], 62)], 'I', false);
    expect(garbledRuleLines([p])).toBe(1);
    expect(textOf(p, 'g')).toBe('|---|---|---|---|');
    expect(textOf(p, 'h')).toBe('I Hồ | Xã | Dung tích | Tưới (ha) |');
    // The left rule read "I" is then a rule too (tableRuleBars, run after it).
    const q = reservoirs([W('[~l—l~-l|', 300, 596, 'g', [410, 50], 62)], 'I', false);
    tidyReadPages([q]);
    expect(textOf(q, 'h')).toBe('| Hồ | Xã | Dung tích | Tưới (ha) |');
  });

  it('makes the header and rows a table', () => {
    const p = reservoirs([W('Tlu', 300, 596, 'g', [120, 51], 0), W('nnnn', 450, 596, 'g', [250, 51], 0)]);
    tidyReadPages([p]);
    const blocks = buildBlocks([ocrLines(1, p)]);
    const source = buildSource({ path: 'x.pdf', format: 'pdf', bytes: new Uint8Array(), encoding: 'utf-8', blocks, pages: 1, warnings: [] });
    const rows = source.blocks.filter((b) => b.kind === 'row');
    expect(rows.map((b) => b.cells)).toEqual([
      ['Hồ', 'Xã', 'Dung tích', 'Tưới (ha)'],
      ['Khe Sim', 'Lộc An', '4,25', '310'],
      ['Đá Mài', 'Lộc Yên', '2,80', '185'],
      ['Cộng', '', '7,05', '495'],
    ]);
  });

  it('leaves a sure line of words, a line with a digit, and an unsure line not above a row', () => {
    // A note read sure between the header and the rows.
    const sure = reservoirs([W('Ghi', 300, 596, 'g', [80, 50]), W('chú', 400, 596, 'g', [90, 50])]);
    expect(garbledRuleLines([sure])).toBe(0);
    expect(textOf(sure, 'g')).toBe('Ghi chú');
    // An unsure line holding a digit.
    const digit = reservoirs([W('Tl7', 300, 596, 'g', [120, 51], 10)]);
    expect(garbledRuleLines([digit])).toBe(0);
    // An unsure scrap under a piped table's last row, prose under it.
    const after: OcrPage = {
      width: 1700, height: 2300, dpi: 200,
      words: [
        ...row([['Hồ'], ['Xã'], ['Tưới']], 500, 'h'),
        ...row([['Khe'], ['Lộc'], ['310']], 596, 'r1'),
        W('Tlu', 300, 692, 'g', [120, 51], 0),
        W('Các', 300, 788, 'p'), W('hồ', 420, 788, 'p'), W('đầy', 500, 788, 'p'), W('nước', 600, 788, 'p'),
      ],
    };
    expect(garbledRuleLines([after])).toBe(0);
    expect(textOf(after, 'g')).toBe('Tlu');
  });
});
