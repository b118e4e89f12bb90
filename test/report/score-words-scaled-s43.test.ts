import { describe, expect, it } from 'vitest';
import type { DocumentOut } from '../../src/model/index.js';
import { scoreReading, type Gold } from '../../src/report/score.js';
import { toDocumentOut } from '../../src/report/json.js';
import { analyseBytes } from '../../pipelines/analyse.js';

// Session 43: the amount in words on its own line under digits written with a scale word ("4 350 triệu đồng" then
// "Bằng chữ: Bốn tỷ, ba trăm năm mươi triệu đồng."): a gold quote of the words valued as the digits are written (4350)
// is answered as one valued in đồng is. Sentences written for this test.
const text = 'Tổng kinh phí duy tu đường giao thông nông thôn năm 2025 là 4 350 triệu đồng.\nBằng chữ: Bốn tỷ, ba trăm năm mươi triệu đồng.';
const gold = (figures: Gold['figures']): Gold => ({ report: 'x', errors: [], mustNotFlag: [], figures });

async function docOf(t: string): Promise<DocumentOut> {
  const outcome = await analyseBytes('x.txt', Buffer.from(t + '\n', 'utf8'));
  return toDocumentOut('x.txt', outcome.analysis);
}

describe('scoreReading: words of an amount written with a scale word', () => {
  it('answers the words valued in the scale of the digits or in đồng, never another value', async () => {
    const doc = await docOf(text);
    const quote = 'Bốn tỷ, ba trăm năm mươi triệu đồng';
    // Hand-checked: 4 000 000 000 + 350 000 000 = 4 350 000 000 = 4 350 triệu.
    expect(scoreReading(doc, gold([{ quote, value: 4350 }]))!.figuresRight).toBe(1);
    expect(scoreReading(doc, gold([{ quote, value: 4_350_000_000 }]))!.figuresRight).toBe(1);
    expect(scoreReading(doc, gold([{ quote, value: 4305 }]))!.figuresRight).toBe(0);
  });
});
