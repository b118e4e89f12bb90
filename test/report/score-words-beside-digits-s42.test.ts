import { describe, expect, it } from 'vitest';
import type { DocumentOut } from '../../src/model/index.js';
import { scoreReading, type Gold } from '../../src/report/score.js';
import { toDocumentOut } from '../../src/report/json.js';
import { analyseBytes } from '../../pipelines/analyse.js';

// Session 42: the amount in words beside its digits ("(Bằng chữ: …)") is read as the figure's words; a gold quote of the
// words alone is answered by that figure when its words stand inside the quote and say the value. Sentences written for this test.
const text = 'Kinh phí sửa chữa trạm bơm là 2.605.300.000 đồng (Bằng chữ: Hai tỷ, sáu trăm linh năm triệu, ba trăm nghìn đồng).';
const gold = (figures: Gold['figures']): Gold => ({ report: 'x', errors: [], mustNotFlag: [], figures });

async function docOf(t: string): Promise<DocumentOut> {
  const outcome = await analyseBytes('x.txt', Buffer.from(t + '\n', 'utf8'));
  return toDocumentOut('x.txt', outcome.analysis);
}

describe('scoreReading: an amount in words beside its digits', () => {
  it('puts the words and their value in the output figure', async () => {
    const doc = await docOf(text);
    const money = doc.figures.find((f) => f.kind === 'money')!;
    const passage = doc.passages.find((p) => p.block === money.words!.block)!;
    // Hand-checked: 2 000 000 000 + 605 000 000 + 300 000 = 2 605 300 000.
    expect(money.words!.value).toBe(2_605_300_000);
    expect(passage.text.slice(money.words!.from, money.words!.to)).toBe('Hai tỷ, sáu trăm linh năm triệu, ba trăm nghìn');
  });

  it('answers a quote of the words alone with their value, never another value', async () => {
    const doc = await docOf(text);
    const r = scoreReading(doc, gold([
      { quote: 'Hai tỷ, sáu trăm linh năm triệu, ba trăm nghìn đồng', value: 2_605_300_000 },
      { quote: 'Hai tỷ, sáu trăm linh năm triệu, ba trăm nghìn đồng', value: 2_605_000_000 },
      { quote: 'Hai tỷ, sáu trăm linh năm triệu', value: 2_605_300_000 }, // part of the words: not the figure's words
    ]))!;
    expect(r.figuresRight).toBe(1);
  });
});
