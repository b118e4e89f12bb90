import type { Analysis, Finding, Severity, Warning } from '../model/index.js';
import { toFinding, type Rule } from './define.js';
import { RULES } from './index.js';

/** Which rules run and at what severity ("off" disables a rule). */
export interface RuleOptions {
  /** Run only these rule ids (all when absent or empty). */
  only?: string[];
  /** Severity per rule id, overriding its default. */
  severity?: Record<string, Severity | 'off'>;
  /** The catalogue to draw from (the built-in one by default). */
  rules?: readonly Rule[];
}

/** Run the rules over one document's analysis; a rule that throws becomes a warning, never a crash. */
export function runRules(analysis: Omit<Analysis, 'findings'>, options: RuleOptions = {}): { findings: Finding[]; warnings: Warning[] } {
  const findings: Finding[] = [];
  const warnings: Warning[] = [];
  for (const rule of options.rules ?? RULES) {
    if (options.only?.length && !options.only.includes(rule.id)) continue;
    const severity = options.severity?.[rule.id] ?? rule.severity;
    if (severity === 'off') continue;
    try {
      rule.check({ ...analysis, report: (r) => findings.push(toFinding(rule, analysis, r, severity)) });
    } catch (e) {
      warnings.push({ stage: `rule:${rule.id}`, message: (e as Error).message, span: null });
    }
  }
  return { findings, warnings };
}
