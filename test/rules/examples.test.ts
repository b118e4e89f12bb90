import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';
import { RULES } from '../../src/rules/index.js';
import { readRuleExamples } from '../helpers/examples.js';

const examples = readRuleExamples();

describe('every rule documents itself with examples that run', () => {
  it('has at least one passing and one failing example per rule', () => {
    for (const rule of RULES) {
      const mine = examples.filter((e) => e.rule === rule.id);
      expect(mine.some((e) => e.expect === null), `${rule.id} has no passing example`).toBe(true);
      expect(mine.some((e) => e.expect !== null), `${rule.id} has no failing example`).toBe(true);
    }
  });

  for (const ex of examples) {
    it(`${ex.rule}: ${ex.name} ${ex.expect ? `raises ${ex.expect}` : 'raises nothing'}`, async () => {
      const outcome = await analyseBytes(ex.name, Buffer.from(ex.text, 'utf8'), { only: [ex.rule] });
      expect(outcome.error).toBeUndefined();
      const ids = outcome.analysis!.findings.map((f) => f.messageId);
      if (ex.expect) expect(ids).toContain(ex.expect);
      else expect(ids).toEqual([]);
    });
  }
});
