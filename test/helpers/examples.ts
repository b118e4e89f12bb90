import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One `@example` of a rule's doc comment: a Vietnamese snippet and the message id it must (or must not) raise. */
export interface RuleExample {
  rule: string;
  name: string;
  expect: string | null;
  text: string;
}

const RULES_DIR = join(import.meta.dirname, '..', '..', 'src', 'rules');

/** Read every `@example {"name": …, "expect"?: …}` block from the rule modules' leading doc comments. */
export function readRuleExamples(): RuleExample[] {
  const out: RuleExample[] = [];
  for (const file of readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts')).sort()) {
    const src = readFileSync(join(RULES_DIR, file), 'utf8');
    const doc = src.match(/\/\*\*([\s\S]*?)\*\//)?.[1];
    const id = src.match(/id:\s*'([a-z0-9-]+)'/)?.[1];
    if (!doc || !id) continue;
    const lines = doc.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    for (let i = 0; i < lines.length; i++) {
      const m = lines[i].match(/^@example\s+(\{.*\})\s*$/);
      if (!m) continue;
      const meta = JSON.parse(m[1]) as { name: string; expect?: string };
      const body: string[] = [];
      while (i + 1 < lines.length && !lines[i + 1].startsWith('@') && (lines[i + 1].startsWith('  ') || lines[i + 1].trim() === '')) {
        body.push(lines[++i].replace(/^ {2}/, ''));
      }
      out.push({ rule: id, name: meta.name, expect: meta.expect ?? null, text: body.join('\n').trim() + '\n' });
    }
  }
  return out;
}
