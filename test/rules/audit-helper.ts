import { analyseBytes } from '../../pipelines/analyse.js';
import type { Evidence, Finding } from '../../src/model/index.js';

/** A finding whose evidence carries its passage's text beside its block, for assertions on the text. */
export type FindingWithText = Omit<Finding, 'evidence'> & { evidence: Array<Evidence & { text: string }> };

/** Findings of one rule over a small inline report, each evidence with its block's text. */
export async function findingsOf(rule: string, text: string): Promise<FindingWithText[]> {
  const outcome = await analyseBytes('t.txt', Buffer.from(text, 'utf8'), { only: [rule] });
  if (outcome.error) throw new Error(outcome.error.message);
  const { findings, source } = outcome.analysis!;
  return findings.map((f) => ({ ...f, evidence: f.evidence.map((e) => ({ ...e, text: source.blocks[e.block].text })) }));
}
