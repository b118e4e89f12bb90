import { analyseBytes } from '../../pipelines/analyse.js';
import type { Finding } from '../../src/model/index.js';

/** Findings of one rule over a small inline report. */
export async function findingsOf(rule: string, text: string): Promise<Finding[]> {
  const outcome = await analyseBytes('t.txt', Buffer.from(text, 'utf8'), { only: [rule] });
  if (outcome.error) throw new Error(outcome.error.message);
  return outcome.analysis!.findings;
}
